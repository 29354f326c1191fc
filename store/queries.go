package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/dataroyalty/royalty/engine"
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

// requireFinal returns ErrNotFinal unless the state at time t can no longer change.
func (s *Store) requireFinal(ctx context.Context, chainID, t uint64) error {
	fb, err := s.finalBlock(ctx, chainID)
	if err != nil {
		return err
	}
	if fb.Time <= t {
		return fmt.Errorf("final block %d of chain %d has time %d ≤ %d: %w", fb.Number, chainID, fb.Time, t, ErrNotFinal)
	}
	return nil
}

func u64(v uint64) U256 {
	var u U256
	u.SetUint64(v)
	return u
}

type holdingKey struct {
	id     uint256.Int
	holder common.Address
}

// Snapshot returns the holdings of a dataset version of token at time t: the
// fold of every Transfer of the version's CFs (those added before its seal,
// less those removed before it: VersionCFsRemoved) in blocks with time ≤ t, in
// chain order (block, log index, batch index), zero balances omitted,
// sorted by (cfId, holder). Block/BlockHash name the last block ≤ t in which
// those holdings or the version's CF list changed. ErrNotFinal unless the
// final block's time is > t; ErrNotFound unless the version was sealed in a
// block with time ≤ t.
func (s *Store) Snapshot(ctx context.Context, chainID uint64, token common.Address, datasetID *uint256.Int, version uint64, t uint64) (engine.Snapshot, error) {
	snap := engine.Snapshot{ChainID: chainID, Token: token, DatasetVersion: version}
	snap.DatasetID.Set(datasetID)
	err := s.readOnly(ctx, func(tx *Store) error { return tx.snapshot(ctx, &snap, t) })
	if err != nil {
		return engine.Snapshot{}, fmt.Errorf("snapshot of dataset %s version %d at %d: %w", datasetID.Dec(), version, t, err)
	}
	return snap, nil
}

func (s *Store) snapshot(ctx context.Context, snap *engine.Snapshot, t uint64) error {
	if err := s.requireFinal(ctx, snap.ChainID, t); err != nil {
		return err
	}
	chain, token, ds, ver := int64(snap.ChainID), snap.Token.Bytes(), U256{snap.DatasetID}, u64(snap.DatasetVersion)
	var sealed []int64
	err := s.q.SelectContext(ctx, &sealed, s.rebind(`SELECT block_number FROM versions_sealed
		WHERE chain_id = ? AND address = ? AND dataset_id = ? AND version = ? AND block_time <= ? ORDER BY block_number LIMIT 1`),
		chain, token, ds, ver, int64(t))
	if err != nil {
		return fmt.Errorf("find seal: %w", translate(err))
	}
	if len(sealed) == 0 {
		return fmt.Errorf("version not sealed by then: %w", ErrNotFound)
	}
	// The CF list: its last change is a candidate for the snapshot's block.
	var listBlock struct {
		Number *int64 `db:"n"`
	}
	if err := s.q.GetContext(ctx, &listBlock, s.rebind(`SELECT MAX(block_number) AS n FROM version_cf_ids
		WHERE chain_id = ? AND address = ? AND dataset_id = ? AND version = ? AND block_number <= ?`),
		chain, token, ds, ver, sealed[0]); err != nil {
		return fmt.Errorf("find CF list: %w", translate(err))
	}
	var changed Block // last block that changed the holdings or the list
	if listBlock.Number != nil {
		var h []byte
		if err := s.q.GetContext(ctx, &h, s.rebind(`SELECT block_hash FROM version_cf_ids
			WHERE chain_id = ? AND address = ? AND dataset_id = ? AND version = ? AND block_number = ? LIMIT 1`),
			chain, token, ds, ver, *listBlock.Number); err != nil {
			return fmt.Errorf("find CF list block: %w", translate(err))
		}
		changed = Block{Number: uint64(*listBlock.Number), Hash: common.BytesToHash(h)}
	}

	// CFs taken out of the version before its seal (deprecated while it was open) are not members;
	// their removal is a change of the list too.
	removedFacts, err := s.selectFacts(ctx, tVersionCFsRemoved, `chain_id = ? AND address = ? AND dataset_id = ? AND version = ? AND block_number <= ?`,
		chain, token, ds, ver, sealed[0])
	if err != nil {
		return fmt.Errorf("find removed CFs: %w", err)
	}
	removed := map[uint256.Int]bool{}
	for _, f := range removedFacts {
		r := f.(*VersionCFsRemoved)
		for _, id := range r.CfIDs {
			removed[id] = true
		}
		if r.BlockNumber >= changed.Number {
			changed = Block{Number: r.BlockNumber, Hash: r.BlockHash}
		}
	}

	rows, err := s.q.QueryContext(ctx, s.rebind(`SELECT block_number, block_hash, from_addr, to_addr, token_id, value FROM transfers
		WHERE chain_id = ? AND address = ? AND block_time <= ? AND token_id IN (SELECT cf_id FROM version_cf_ids
			WHERE chain_id = ? AND address = ? AND dataset_id = ? AND version = ? AND block_number <= ?)
		ORDER BY block_number, log_index, batch_index`),
		chain, token, int64(t), chain, token, ds, ver, sealed[0])
	if err != nil {
		return fmt.Errorf("read transfers: %w", translate(err))
	}
	defer rows.Close()
	bal := map[holdingKey]*uint256.Int{}
	var (
		cur     Block                          // the block being folded
		before  = map[holdingKey]uint256.Int{} // balances at the start of cur, for touched keys
		endCurr = func() {
			for k, old := range before {
				if nb := bal[k]; !nb.Eq(&old) && cur.Number >= changed.Number {
					changed = cur
					break
				}
			}
			clear(before)
		}
	)
	for rows.Next() {
		var (
			num            int64
			hash, from, to []byte
			id, value      U256
		)
		if err := rows.Scan(&num, &hash, &from, &to, &id, &value); err != nil {
			return fmt.Errorf("scan transfer: %w", err)
		}
		if removed[id.Int] {
			continue
		}
		if uint64(num) != cur.Number || cur.Hash == (common.Hash{}) {
			endCurr()
			cur = Block{Number: uint64(num), Hash: common.BytesToHash(hash)}
		}
		touch := func(k holdingKey) *uint256.Int {
			b := bal[k]
			if b == nil {
				b = new(uint256.Int)
				bal[k] = b
			}
			if _, seen := before[k]; !seen {
				before[k] = *b
			}
			return b
		}
		fromKey := holdingKey{id.Int, common.BytesToAddress(from)}
		toKey := holdingKey{id.Int, common.BytesToAddress(to)}
		if fromKey.holder != (common.Address{}) {
			b := touch(fromKey)
			if b.Lt(&value.Int) {
				return fmt.Errorf("transfer in block %d takes %s of CF %s from %s holding %s: stored transfers are inconsistent",
					num, value.Dec(), id.Dec(), fromKey.holder, b.Dec())
			}
			b.Sub(b, &value.Int)
		}
		if toKey.holder != (common.Address{}) {
			b := touch(toKey)
			if _, overflow := b.AddOverflow(b, &value.Int); overflow {
				return fmt.Errorf("transfer in block %d overflows the balance of CF %s of %s", num, id.Dec(), toKey.holder)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read transfers: %w", translate(err))
	}
	endCurr()
	snap.Block, snap.BlockHash = changed.Number, changed.Hash
	snap.Holdings = snap.Holdings[:0]
	for k, b := range bal {
		if !b.IsZero() {
			snap.Holdings = append(snap.Holdings, engine.Holding{CfID: k.id, Holder: k.holder, Units: *b})
		}
	}
	sort.Slice(snap.Holdings, func(i, j int) bool {
		a, b := &snap.Holdings[i], &snap.Holdings[j]
		if c := a.CfID.Cmp(&b.CfID); c != 0 {
			return c < 0
		}
		return bytes.Compare(a.Holder[:], b.Holder[:]) < 0
	})
	return nil
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
		if len(v.FactorNames) != len(v.FactorWads) {
			return fmt.Errorf("%d factor names but %d factor WADs", len(v.FactorNames), len(v.FactorWads))
		}
		val = engine.Valuation{Version: v.Version, Asset: v.Asset, Unit: v.Unit, BasePrice: v.BasePrice, PriceUnit: v.PriceUnit}
		for i := range v.FactorNames {
			val.Factors = append(val.Factors, engine.Factor{Name: Bytes32String(v.FactorNames[i]), WAD: v.FactorWads[i]})
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
// final block's time is > t; ErrNotFound when no manifest is in force.
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
		p := ps[len(ps)-1].(*SplitPolicyPublished)
		if len(m.Developers) != len(m.Weights) {
			return fmt.Errorf("task manifest %d has %d developers but %d weights", m.Version, len(m.Developers), len(m.Weights))
		}
		pol = engine.Policy{Version: m.Version, ReserveBps: p.ReserveBps, ProtocolBps: m.ProtocolBps,
			DeveloperBps: m.DeveloperBps, PoolBps: m.PoolBps, Treasury: p.Treasury, DisputeWindow: p.DisputeWindow}
		for i := range m.Developers {
			pol.Developers = append(pol.Developers, engine.Developer{Account: m.Developers[i], Weight: m.Weights[i]})
		}
		return nil
	})
	if err != nil {
		return engine.Policy{}, fmt.Errorf("policy of dataset %s at %d: %w", datasetID.Dec(), t, err)
	}
	return pol, nil
}

// MeterAt reports whether meter was authorised at time t (the last MeterSet
// for it in a block with time ≤ t; false when none). ErrNotFinal unless the
// final block's time is > t.
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
