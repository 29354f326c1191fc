package store

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ContentHash is keccak256 over every chain-fact table, in the fixed order of
// factTables, each as its name, then its rows in chain order (chain, block,
// log index, batch index, block hash), each row in the canonical encoding of
// its Go values (fixed-width big-endian integers, raw bytes, length-prefixed
// strings and lists), then the row count. Kept headers and checkpoints are
// left out: they depend on how the indexer batched, not on the chain. The
// same facts give the same hash on SQLite and PostgreSQL.
func (s *Store) ContentHash(ctx context.Context) (common.Hash, error) {
	h := crypto.NewKeccakState()
	var buf bytes.Buffer
	err := s.readOnly(ctx, func(tx *Store) error {
		for _, t := range factTables {
			buf.Reset()
			buf.WriteString(t.name)
			buf.WriteByte(0)
			h.Write(buf.Bytes())
			rows, err := tx.q.QueryContext(ctx, `SELECT `+strings.Join(metaCols, ", ")+`, `+strings.Join(t.cols, ", ")+
				` FROM `+t.name+` ORDER BY chain_id, block_number, log_index, batch_index, block_hash`)
			if err != nil {
				return fmt.Errorf("read %s: %w", t.name, err)
			}
			var n uint64
			for rows.Next() {
				f, err := scanFact(rows, t)
				if err != nil {
					rows.Close()
					return err
				}
				buf.Reset()
				encodeFact(&buf, f)
				h.Write(buf.Bytes())
				n++
			}
			if err := rows.Err(); err != nil {
				rows.Close()
				return fmt.Errorf("read %s: %w", t.name, err)
			}
			rows.Close()
			buf.Reset()
			canon(&buf, &n)
			h.Write(buf.Bytes())
		}
		return nil
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("content hash: %w", err)
	}
	var out common.Hash
	h.Read(out[:])
	return out, nil
}

// Facts returns every stored fact of a chain, in ContentHash order (table
// order, then chain order). For tests and audits: it loads everything.
func (s *Store) Facts(ctx context.Context, chainID uint64) ([]Fact, error) {
	var out []Fact
	err := s.readOnly(ctx, func(tx *Store) error {
		for _, t := range factTables {
			fs, err := tx.selectFacts(ctx, t, `chain_id = ?`, int64(chainID))
			if err != nil {
				return err
			}
			for _, f := range fs {
				out = append(out, f)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read facts of chain %d: %w", chainID, err)
	}
	return out, nil
}

// SortFacts returns a copy of facts in the order Facts reads them back
// (table order, then chain, block, log index, batch index, block hash).
// Facts of types the store does not know sort last, in their given order.
func SortFacts(facts []Fact) []Fact {
	rank := map[*table]int{}
	for i, t := range factTables {
		rank[t] = i
	}
	tableOf := func(f Fact) int {
		if ff, ok := f.(fact); ok {
			return rank[ff.table()]
		}
		return len(factTables)
	}
	out := append([]Fact(nil), facts...)
	sort.SliceStable(out, func(i, j int) bool {
		ti, tj := tableOf(out[i]), tableOf(out[j])
		if ti != tj {
			return ti < tj
		}
		a, b := out[i].Meta(), out[j].Meta()
		switch {
		case a.ChainID != b.ChainID:
			return a.ChainID < b.ChainID
		case a.BlockNumber != b.BlockNumber:
			return a.BlockNumber < b.BlockNumber
		case a.LogIndex != b.LogIndex:
			return a.LogIndex < b.LogIndex
		case a.BatchIndex != b.BatchIndex:
			return a.BatchIndex < b.BatchIndex
		}
		return bytes.Compare(a.BlockHash[:], b.BlockHash[:]) < 0
	})
	return out
}
