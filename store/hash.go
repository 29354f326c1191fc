package store

import (
	"bytes"
	"context"
	"fmt"
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
