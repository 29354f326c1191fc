package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/ownership"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// selectFacts reads the facts of t matching where, ordered by position on chain.
func (s *Store) selectFacts(ctx context.Context, t *table, where string, args ...any) ([]fact, error) {
	rows, err := s.q.QueryContext(ctx, s.rebind(`SELECT `+strings.Join(metaCols, ", ")+`, `+strings.Join(t.cols, ", ")+
		` FROM `+t.name+` WHERE `+where+` ORDER BY chain_id, block_number, log_index, batch_index, block_hash`), args...)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", t.name, translate(err))
	}
	defer rows.Close()
	var out []fact
	for rows.Next() {
		f, err := scanFact(rows, t)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query %s: %w", t.name, translate(err))
	}
	return out, nil
}

// finalBlock is the last block whose facts are stored and final: the final
// block, or the checkpoint when the indexer has not yet caught up to it.
func (s *Store) finalBlock(ctx context.Context, chainID uint64) (Block, error) {
	last, final, err := s.Checkpoint(ctx, chainID)
	if errors.Is(err, ErrNotFound) {
		return Block{}, fmt.Errorf("chain %d has no checkpoint: %w", chainID, ErrNotFinal)
	} else if err != nil {
		return Block{}, err
	}
	if final.Number > last.Number {
		return last, nil
	}
	return final, nil
}

// requireFinal returns ErrNotFinal unless the state at time t can no longer
// change: the final block's time is at or past t. A block's time is above its
// parent's (a consensus rule, which geth and anvil enforce), so no block
// after a final one at time t can have a time ≤ t.
func (s *Store) requireFinal(ctx context.Context, chainID, t uint64) error {
	fb, err := s.finalBlock(ctx, chainID)
	if err != nil {
		return err
	}
	if fb.Time < t {
		return fmt.Errorf("final block %d of chain %d has time %d < %d: %w", fb.Number, chainID, fb.Time, t, ErrNotFinal)
	}
	return nil
}

func u64(v uint64) U256 {
	var u U256
	u.SetUint64(v)
	return u
}

// Snapshot returns the holdings of a dataset version of token at time t, as
// ownership.At folds them (CFs listed before its seal, less those removed
// before it: VersionCFsRemoved) (the state after the last block with time ≤ t, in
// log order); the store only selects the rows. ErrNotFinal unless the final
// block's time is ≥ t; ErrNotFound unless the version was sealed in a block
// with time ≤ t.
func (s *Store) Snapshot(ctx context.Context, chainID uint64, token common.Address, datasetID *uint256.Int, version uint64, t uint64) (engine.Snapshot, error) {
	var snap engine.Snapshot
	err := s.readOnly(ctx, func(tx *Store) error {
		if err := tx.requireFinal(ctx, chainID, t); err != nil {
			return err
		}
		h, err := tx.versionHistory(ctx, chainID, token, datasetID, version, t)
		if err != nil {
			return err
		}
		snap, err = ownership.At(&h, t)
		if errors.Is(err, ownership.ErrNotSealed) {
			return fmt.Errorf("version not sealed by then: %w", ErrNotFound)
		}
		return err
	})
	if err != nil {
		return engine.Snapshot{}, fmt.Errorf("snapshot of dataset %s version %d at %d: %w", datasetID.Dec(), version, t, err)
	}
	return snap, nil
}

// versionHistory selects what the fold of a version at time t reads: its
// seals and listings, and the token's transfers up to t of every CF it lists
// (in no particular order: the fold orders them).
func (s *Store) versionHistory(ctx context.Context, chainID uint64, token common.Address, datasetID *uint256.Int, version, t uint64) (ownership.History, error) {
	h := ownership.History{ChainID: chainID, Token: token, DatasetID: *datasetID, Version: version}
	chain, addr, ds, ver := int64(chainID), token.Bytes(), U256{*datasetID}, u64(version)
	for _, tb := range []*table{tVersionSealed, tVersionCFsAdded, tVersionCFsRemoved} {
		fs, err := s.selectFacts(ctx, tb, `chain_id = ? AND address = ? AND dataset_id = ? AND version = ?`, chain, addr, ds, ver)
		if err != nil {
			return h, err
		}
		for _, f := range fs {
			switch f := f.(type) {
			case *VersionSealed:
				h.Seals = append(h.Seals, position(&f.FactMeta))
			case *VersionCFsAdded:
				h.Listings = append(h.Listings, ownership.Listing{Position: position(&f.FactMeta), CfIDs: f.CfIDs})
			case *VersionCFsRemoved:
				h.Removals = append(h.Removals, ownership.Listing{Position: position(&f.FactMeta), CfIDs: f.CfIDs})
			}
		}
	}
	rows, err := s.q.QueryContext(ctx, s.rebind(`SELECT block_number, block_hash, block_time, log_index, batch_index, from_addr, to_addr, token_id, value
		FROM transfers WHERE chain_id = ? AND address = ? AND block_time <= ? AND token_id IN (SELECT cf_id FROM version_cf_ids
			WHERE chain_id = ? AND address = ? AND dataset_id = ? AND version = ?) ORDER BY block_number, log_index, batch_index`),
		chain, addr, int64(t), chain, addr, ds, ver)
	if err != nil {
		return h, fmt.Errorf("read transfers: %w", translate(err))
	}
	defer rows.Close()
	for rows.Next() {
		var (
			num, at, log, batch int64
			hash, from, to      []byte
			id, value           U256
		)
		if err := rows.Scan(&num, &hash, &at, &log, &batch, &from, &to, &id, &value); err != nil {
			return h, fmt.Errorf("scan transfer: %w", err)
		}
		h.Transfers = append(h.Transfers, ownership.Transfer{
			Position: ownership.Position{Block: uint64(num), BlockHash: common.BytesToHash(hash), BlockTime: uint64(at), LogIndex: uint(log), BatchIndex: uint(batch)},
			From:     common.BytesToAddress(from), To: common.BytesToAddress(to), ID: id.Int, Value: value.Int})
	}
	if err := rows.Err(); err != nil {
		return h, fmt.Errorf("read transfers: %w", translate(err))
	}
	return h, nil
}

func position(m *FactMeta) ownership.Position {
	return ownership.Position{Block: m.BlockNumber, BlockHash: m.BlockHash, BlockTime: m.BlockTime, LogIndex: m.LogIndex, BatchIndex: m.BatchIndex}
}

// OwnershipHistory gathers, from facts of any kinds and contracts, the
// history ownership.At folds for one dataset version of token: the token's
// transfers and the version's listings and seals on chainID.
func OwnershipHistory(chainID uint64, token common.Address, datasetID *uint256.Int, version uint64, facts []Fact) ownership.History {
	h := ownership.History{ChainID: chainID, Token: token, DatasetID: *datasetID, Version: version}
	for _, f := range facts {
		m := f.Meta()
		if m.ChainID != chainID || m.Address != token {
			continue
		}
		pos := position(m)
		switch f := f.(type) {
		case *Transfer:
			h.Transfers = append(h.Transfers, ownership.Transfer{Position: pos, From: f.From, To: f.To, ID: f.ID, Value: f.Value})
		case *VersionCFsAdded:
			if f.DatasetID.Eq(datasetID) && f.Version == version {
				h.Listings = append(h.Listings, ownership.Listing{Position: pos, CfIDs: f.CfIDs})
			}
		case *VersionCFsRemoved:
			if f.DatasetID.Eq(datasetID) && f.Version == version {
				h.Removals = append(h.Removals, ownership.Listing{Position: pos, CfIDs: f.CfIDs})
			}
		case *VersionSealed:
			if f.DatasetID.Eq(datasetID) && f.Version == version {
				h.Seals = append(h.Seals, pos)
			}
		}
	}
	return h
}

// ValuationVersion returns a published valuation version and its dataset.
// ErrNotFound if none; ErrNotFinal while its block is not final.
func (s *Store) ValuationVersion(ctx context.Context, chainID uint64, version uint64) (engine.Valuation, *uint256.Int, error) {
	var (
		val engine.Valuation
		ds  *uint256.Int
	)
	err := s.readOnly(ctx, func(tx *Store) error {
		fs, err := tx.selectFacts(ctx, tValuations, `chain_id = ? AND version = ?`, int64(chainID), u64(version))
		if err != nil {
			return err
		}
		switch len(fs) {
		case 0:
			return ErrNotFound
		case 1:
		default:
			return fmt.Errorf("%d valuations published as version %d (several GovernanceConfig contracts?)", len(fs), version)
		}
		v := fs[0].(*ValuationPublished)
		fb, err := tx.finalBlock(ctx, chainID)
		if err != nil {
			return err
		}
		if v.BlockNumber > fb.Number {
			return fmt.Errorf("published in block %d, final is %d: %w", v.BlockNumber, fb.Number, ErrNotFinal)
		}
		if val, err = v.Valuation(); err != nil {
			return err
		}
		ds = new(uint256.Int).Set(&v.DatasetID)
		return nil
	})
	if err != nil {
		return engine.Valuation{}, nil, fmt.Errorf("valuation version %d of chain %d: %w", version, chainID, err)
	}
	return val, ds, nil
}

// Bytes32String is a bytes32 name as a string, trailing zero bytes trimmed.
func Bytes32String(h common.Hash) string { return string(bytes.TrimRight(h[:], "\x00")) }

// PolicyAt returns the policy in force for dataset datasetID at time t: the
// last TaskManifestPublished for it in a block with time ≤ t, with the split
// policy it names (same contract). Policy.Version is the task manifest's
// version (it determines the policy version too). ErrNotFinal unless the
// final block's time is ≥ t; ErrNotFound when no manifest is in force.
func (s *Store) PolicyAt(ctx context.Context, chainID uint64, datasetID *uint256.Int, t uint64) (engine.Policy, error) {
	var pol engine.Policy
	err := s.readOnly(ctx, func(tx *Store) error {
		if err := tx.requireFinal(ctx, chainID, t); err != nil {
			return err
		}
		ms, err := tx.selectFacts(ctx, tTaskManifests, `chain_id = ? AND dataset_id = ? AND block_time <= ?`,
			int64(chainID), U256{*datasetID}, int64(t))
		if err != nil {
			return err
		}
		if len(ms) == 0 {
			return fmt.Errorf("no task manifest in force: %w", ErrNotFound)
		}
		m := ms[len(ms)-1].(*TaskManifestPublished)
		ps, err := tx.selectFacts(ctx, tSplitPolicies, `chain_id = ? AND address = ? AND version = ? AND block_number <= ?`,
			int64(chainID), m.Address.Bytes(), u64(m.PolicyVersion), int64(m.BlockNumber))
		if err != nil {
			return err
		}
		if len(ps) == 0 {
			return fmt.Errorf("task manifest %d names split policy %d, which is not stored: %w", m.Version, m.PolicyVersion, ErrNotFound)
		}
		pol, err = m.Policy(ps[len(ps)-1].(*SplitPolicyPublished))
		return err
	})
	if err != nil {
		return engine.Policy{}, fmt.Errorf("policy of dataset %s at %d: %w", datasetID.Dec(), t, err)
	}
	return pol, nil
}

// MeterAt reports whether meter was authorised at time t (the last MeterSet
// for it in a block with time ≤ t; false when none). ErrNotFinal unless the
// final block's time is ≥ t.
func (s *Store) MeterAt(ctx context.Context, chainID uint64, meter common.Address, t uint64) (bool, error) {
	var ok bool
	err := s.readOnly(ctx, func(tx *Store) error {
		if err := tx.requireFinal(ctx, chainID, t); err != nil {
			return err
		}
		fs, err := tx.selectFacts(ctx, tMeters, `chain_id = ? AND meter = ? AND block_time <= ?`, int64(chainID), meter.Bytes(), int64(t))
		if err != nil {
			return err
		}
		if len(fs) > 0 {
			ok = fs[len(fs)-1].(*MeterSet).Authorised
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("meter %s at %d: %w", meter, t, err)
	}
	return ok, nil
}
