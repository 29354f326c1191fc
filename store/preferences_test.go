package store_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/ethereum/go-ethereum/common"
)

func prefSet(b store.Block, log uint, at, holder common.Address, chain uint64, asset common.Address) *store.PayoutPreferenceSet {
	return &store.PayoutPreferenceSet{FactMeta: meta(b, log, 0, at), Holder: holder, PayChainID: chain, Asset: asset}
}

func pref(t *testing.T, chain uint64, asset common.Address) engine.PayoutPreference {
	t.Helper()
	p, err := engine.NewPayoutPreference(chain, asset)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The preference in force before a time is each holder's last one in a block
// with an earlier time; a cleared one is absent; another contract's events
// and another chain's do not count; an answer the chain could still change is
// ErrNotFinal; after a reorg the replaced block's preference is gone.
func TestPayoutPreferences(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		b := func(n uint64) store.Block { return blockAt(n, 0) } // time 1000 + 10n
		facts := []store.Fact{
			prefSet(b(1), 0, distr, alice, 10, bob),
			prefSet(b(2), 0, distr, bob, 20, carol),
			prefSet(b(2), 1, vault, carol, 99, bob), // not the distributor
			prefSet(b(3), 0, distr, alice, 30, carol),
			prefSet(b(3), 1, distr, alice, 31, carol), // same block, later log: wins
			prefSet(b(4), 0, distr, bob, 0, zero),     // cleared
		}
		apply(t, s, batchOf(b(6), b(6), facts...))
		for _, c := range []struct {
			before uint64
			want   map[common.Address]engine.PayoutPreference
		}{
			{1010, map[common.Address]engine.PayoutPreference{}},
			{1011, map[common.Address]engine.PayoutPreference{alice: pref(t, 10, bob)}},
			{1030, map[common.Address]engine.PayoutPreference{alice: pref(t, 10, bob), bob: pref(t, 20, carol)}},
			{1031, map[common.Address]engine.PayoutPreference{alice: pref(t, 31, carol), bob: pref(t, 20, carol)}},
			{1041, map[common.Address]engine.PayoutPreference{alice: pref(t, 31, carol)}},
		} {
			got, err := s.PayoutPreferences(ctx, chainID, distr, c.before)
			if err != nil {
				t.Fatalf("before %d: %v", c.before, err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("before %d:\n got %v\nwant %v", c.before, got, c.want)
			}
		}
		if got, err := s.PayoutPreferences(ctx, chainID+1, distr, 1031); err == nil || len(got) != 0 {
			t.Errorf("another chain: %v, %v; want none (not indexed)", got, err)
		}
		// Block times strictly increase, so every block before 1061 is known once
		// the final block (time 1060) is: 1061 is answered, 1062 is not.
		if _, err := s.PayoutPreferences(ctx, chainID, distr, 1061); err != nil {
			t.Errorf("just past the final block's time: %v", err)
		}
		if _, err := s.PayoutPreferences(ctx, chainID, distr, 1062); !errors.Is(err, store.ErrNotFinal) {
			t.Errorf("past the final block: err = %v, want ErrNotFinal", err)
		}

		// A reorg replaces block 3: alice's later preferences go, the fork's applies.
		if err := s.Rewind(ctx, chainID, b(2)); err != nil {
			t.Fatal(err)
		}
		f3 := blockAt(3, 1)
		f3.ParentHash = b(2).Hash
		fork := prefSet(f3, 0, distr, alice, 40, bob)
		f4 := blockAt(4, 1)
		f4.ParentHash = f3.Hash
		apply(t, s, &store.Batch{ChainID: chainID, Blocks: []store.Block{f3, f4}, Facts: []store.Fact{fork}, Checkpoint: f4, Final: f4})
		got, err := s.PayoutPreferences(ctx, chainID, distr, 1031)
		if err != nil {
			t.Fatal(err)
		}
		want := map[common.Address]engine.PayoutPreference{alice: pref(t, 40, bob), bob: pref(t, 20, carol)}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("after the reorg:\n got %v\nwant %v", got, want)
		}
	})
}

// Half a preference cannot come from the contract; if the store holds one
// (a decoder bug), the fold refuses it rather than guess.
func TestFoldPayoutPreferencesRefusesHalfAPreference(t *testing.T) {
	_, err := store.FoldPayoutPreferences([]*store.PayoutPreferenceSet{prefSet(blockAt(1, 0), 0, distr, alice, 5, zero)}, 2000)
	if err == nil {
		t.Fatal("chain id without an asset was accepted")
	}
}
