package indexer_test

import (
	"reflect"
	"testing"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

var distABI = royaltydistributor.NewRoyaltyDistributor()

// setPreference sends RoyaltyDistributor.setPayoutPreference from holder.
func (w *world) setPreference(holder int, chainID uint64, asset common.Address) {
	w.t.Helper()
	d := distABI.Instance(w.backend, w.d.RoyaltyDistributor)
	if _, err := w.as(holder).Transact(w.ctx, "set payout preference", d, distABI.PackSetPayoutPreference(chainID, asset)); err != nil {
		w.t.Fatal(err)
	}
}

// preferences reads the preferences in force before the final block's time.
func preferences(t *testing.T, w *world, st *store.Store) map[common.Address]engine.PayoutPreference {
	t.Helper()
	_, final, err := st.Checkpoint(w.ctx, w.chainID.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.PayoutPreferences(w.ctx, w.chainID.Uint64(), w.d.RoyaltyDistributor, final.Time)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// Holders' payout preferences are chain facts: indexed from the distributor's
// PayoutPreferenceSet events on both databases, and a reorg that replaces the
// transaction setting one leaves the replacement's preference, exactly as a
// fresh index of the final chain.
func TestPayoutPreferencesFollowedThroughReorg(t *testing.T) {
	usd, eur := common.HexToAddress("0x05d0"), common.HexToAddress("0xe0e0")
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			w := newSimWorld(t)
			pref := func(chain uint64, asset common.Address) engine.PayoutPreference {
				p, err := engine.NewPayoutPreference(chain, asset)
				if err != nil {
					t.Fatal(err)
				}
				return p
			}
			w.setPreference(1, 31338, usd)
			w.setPreference(2, 31338, eur)
			w.setPreference(1, 31339, eur)          // replaces holder 1's
			w.setPreference(2, 0, common.Address{}) // clears holder 2's
			w.mine(2)
			st := openStore(t, backend)
			mustSync(t, newIndexer(t, w.config(0), w.source(), st))
			want := map[common.Address]engine.PayoutPreference{w.addr(1): pref(31339, eur)}
			if got := preferences(t, w, st); !reflect.DeepEqual(got, want) {
				t.Fatalf("indexed:\n got %v\nwant %v", got, want)
			}

			// A reorg shallower than the confirmation depth replaces two
			// preference transactions with another one.
			const conf = 3
			st2 := openStore(t, backend)
			ix := newIndexer(t, w.config(conf), w.source(), st2)
			mustSync(t, ix)
			base := w.head()
			w.setPreference(1, 5, usd)
			w.setPreference(3, 10, usd)
			w.mine(1)
			mustSync(t, ix)
			if err := w.sim.Fork(w.hashAt(base)); err != nil {
				t.Fatal(err)
			}
			w.setPreference(3, 20, eur)
			w.mine(conf + 3)
			mustSync(t, ix)
			if got, fresh := contentHash(t, st2), w.freshHash(backend, conf); got != fresh {
				t.Fatalf("after the reorg: content %s, fresh index of the final chain %s", got, fresh)
			}
			// The store's rule gives what the contract itself holds.
			want = map[common.Address]engine.PayoutPreference{}
			d := distABI.Instance(w.backend, w.d.RoyaltyDistributor)
			for i := range w.keys {
				on, err := bind.Call(d, nil, distABI.PackPayoutPreferenceOf(w.addr(i)), distABI.UnpackPayoutPreferenceOf)
				if err != nil {
					t.Fatal(err)
				}
				if on.ChainId != 0 {
					want[w.addr(i)] = pref(on.ChainId, on.Asset)
				}
			}
			if want[w.addr(3)] != pref(20, eur) {
				t.Fatalf("the replacement transaction did not land: holder 3 has %v on chain", want[w.addr(3)])
			}
			if got := preferences(t, w, st2); !reflect.DeepEqual(got, want) {
				t.Fatalf("after the reorg, the store against the contract's payoutPreferenceOf:\n got %v\nwant %v", got, want)
			}
		})
	}
}
