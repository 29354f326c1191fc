package store

import (
	"context"
	"fmt"

	"github.com/dataroyalty/royalty/engine"
	"github.com/ethereum/go-ethereum/common"
)

// PayoutPreferences returns every holder's payout preference in force before
// time before on the chain (FoldPayoutPreferences over distributor's
// PayoutPreferenceSet facts). ErrNotFinal unless the final block's time is
// ≥ before, so a reorg can no longer change the answer.
func (s *Store) PayoutPreferences(ctx context.Context, chainID uint64, distributor common.Address, before uint64) (map[common.Address]engine.PayoutPreference, error) {
	var out map[common.Address]engine.PayoutPreference
	err := s.readOnly(ctx, func(tx *Store) error {
		if before > 0 {
			if err := tx.requireFinal(ctx, chainID, before-1); err != nil {
				return err
			}
		}
		fs, err := tx.selectFacts(ctx, tPayoutPreferences, `chain_id = ? AND address = ? AND block_time < ?`,
			int64(chainID), distributor.Bytes(), int64(before))
		if err != nil {
			return err
		}
		sets := make([]*PayoutPreferenceSet, len(fs))
		for i, f := range fs {
			sets[i] = f.(*PayoutPreferenceSet)
		}
		out, err = FoldPayoutPreferences(sets, before)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("payout preferences of chain %d before %d: %w", chainID, before, err)
	}
	return out, nil
}

// FoldPayoutPreferences is the rule for the preference in force: per holder
// the last of sets (in chain order) in a block with time < before. Holders
// whose last one cleared it (chain 0, zero asset) are left out.
func FoldPayoutPreferences(sets []*PayoutPreferenceSet, before uint64) (map[common.Address]engine.PayoutPreference, error) {
	out := map[common.Address]engine.PayoutPreference{}
	for _, p := range sets {
		if p.BlockTime >= before {
			continue
		}
		pref, err := engine.NewPayoutPreference(p.PayChainID, p.Asset)
		if err != nil {
			return nil, fmt.Errorf("PayoutPreferenceSet at block %d log %d: %w", p.BlockNumber, p.LogIndex, err)
		}
		if pref.IsDefault() {
			delete(out, p.Holder)
		} else {
			out[p.Holder] = pref
		}
	}
	return out, nil
}
