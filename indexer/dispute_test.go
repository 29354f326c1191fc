package indexer_test

import (
	"context"
	"math/big"
	"reflect"
	"testing"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/store"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

var govABI = governanceconfig.NewGovernanceConfig()

func (w *world) gov(from int, what string, data []byte) uint64 {
	w.t.Helper()
	r, err := w.as(from).Transact(w.ctx, what, govABI.Instance(w.backend, w.d.GovernanceConfig), data)
	if err != nil {
		w.t.Fatal(err)
	}
	return r.BlockNumber.Uint64()
}

func disputeFacts(t *testing.T, st *store.Store, chainID uint64) ([]*store.DisputeOpened, []*store.DisputeResolved) {
	t.Helper()
	all, err := st.Facts(context.Background(), chainID)
	if err != nil {
		t.Fatal(err)
	}
	var op []*store.DisputeOpened
	var rs []*store.DisputeResolved
	for _, f := range all {
		switch f := f.(type) {
		case *store.DisputeOpened:
			op = append(op, f)
		case *store.DisputeResolved:
			rs = append(rs, f)
		}
	}
	return op, rs
}

// Disputes are chain facts: DisputeOpened and DisputeResolved are decoded
// with every field, stored on both databases, and a reorg that replaces a
// resolution leaves exactly what a fresh index of the final chain holds.
func TestDisputeFactsFollowReorgs(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			w := newSimWorld(t)
			w.gov(0, "grant arbiter", govABI.PackGrantRole(crypto.Keccak256Hash([]byte("ARBITER_ROLE")), w.addr(2)))
			w.gov(0, "policy", govABI.PackPublishSplitPolicy(governanceconfig.GovernanceConfigSplitPolicy{
				ReserveBps: 1000, ProtocolBps: 1000, DeveloperBps: 0, PoolBps: 5000, ProtocolMaxBps: 10000,
				DeveloperMaxBps: 10000, PoolMaxBps: 10000, DisputeWindow: 86400, Treasury: w.addr(4)}))
			h, err := w.backend.HeaderByNumber(w.ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			evTime := h.Time - 10
			reason := crypto.Keccak256Hash([]byte("double counted"))
			w.gov(1, "open event dispute", govABI.PackOpenDispute(0, new(big.Int), "ev-1", evTime, 1, reason))
			w.gov(0, "open cf dispute", govABI.PackOpenDispute(1, big.NewInt(7), "", 0, 0, reason))
			st := openStore(t, backend)
			const conf = 3
			ix := newIndexer(t, w.config(conf), w.source(), st)
			dismissed := w.gov(2, "dismiss", govABI.PackResolveDispute(1, 1, new(big.Int), new(big.Int), 0, reason))
			mustSync(t, ix)
			op, rs := disputeFacts(t, st, w.chainID.Uint64())
			if len(op) != 2 || len(rs) != 1 {
				t.Fatalf("stored %d opened, %d resolved; want 2, 1", len(op), len(rs))
			}
			want := store.DisputeOpened{FactMeta: op[0].FactMeta, ID: 1, Target: 0, Opener: w.addr(1), EventID: "ev-1",
				EventTime: evTime, PolicyVersion: 1, Governance: false, ReasonHash: reason}
			if !reflect.DeepEqual(*op[0], want) {
				t.Errorf("event dispute stored as %+v, want %+v", *op[0], want)
			}
			want = store.DisputeOpened{FactMeta: op[1].FactMeta, ID: 2, Target: 1, Opener: w.addr(0), Subject: *uint256.NewInt(7),
				Governance: true, ReasonHash: reason}
			if !reflect.DeepEqual(*op[1], want) {
				t.Errorf("CF dispute stored as %+v, want %+v", *op[1], want)
			}
			if r := rs[0]; r.ID != 1 || r.Outcome != 1 || r.Arbiter != w.addr(2) || r.ReasonHash != reason || r.Address != w.d.GovernanceConfig {
				t.Errorf("resolution stored as %+v", *r)
			}

			// The dismissal is reorged out and replaced by an upheld CF deprecation of dispute 2.
			if err := w.sim.Fork(w.hashAt(dismissed - 1)); err != nil {
				t.Fatal(err)
			}
			w.gov(2, "uphold", govABI.PackResolveDispute(2, 2, big.NewInt(7), new(big.Int), 0, reason))
			w.mine(2)
			mustSync(t, ix)
			if got, fresh := contentHash(t, st), w.freshHash(backend, conf); got != fresh {
				t.Fatalf("after the reorg: content %s, fresh index %s", got, fresh)
			}
			// The node re-includes the orphaned dismissal after the reorg: every
			// stored resolution must sit in a canonical block, none in the orphan.
			_, rs = disputeFacts(t, st, w.chainID.Uint64())
			upheld := false
			for _, r := range rs {
				if r.BlockHash != w.hashAt(r.BlockNumber) {
					t.Errorf("resolution of dispute %d stored from block %s, not canonical", r.ID, r.BlockHash)
				}
				upheld = upheld || (r.ID == 2 && r.Outcome == 2 && r.CfID.Eq(uint256.NewInt(7)))
			}
			if !upheld {
				t.Errorf("after the reorg the upheld CF deprecation of dispute 2 is not stored")
			}
		})
	}
}
