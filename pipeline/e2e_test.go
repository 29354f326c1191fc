package pipeline_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
)

const (
	rootWindow    = 3600 // the distributor's dispute window for a root (its minimum)
	reserveWindow = 600  // the split policy's dispute window for a line item's reserve
)

type flow struct {
	t       *testing.T
	w       *chaintest.World
	st      *store.Store
	parties example.Parties
	epochs  *pipeline.Epochs
	relayer *relayer.Relayer
}

func (f *flow) index() {
	f.t.Helper()
	ctx := context.Background()
	pool, err := ethrpc.DialPool(ctx, ethrpc.Config{}, []string{f.w.Node.URL})
	if err != nil {
		f.t.Fatal(err)
	}
	d := f.w.Dep
	ix, err := indexer.New(indexer.Config{ChainID: d.ChainID, StartBlock: d.StartBlock, ExitAtHead: true,
		Contracts: indexer.ContractsOf(d)}, indexer.PoolSource{Pool: pool}, f.st)
	if err != nil {
		f.t.Fatal(err)
	}
	if err := ix.Run(ctx); err != nil {
		f.t.Fatal(err)
	}
}

func (f *flow) head() uint64 {
	h, err := f.w.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

func (f *flow) relay(p *relayer.Payout) {
	f.t.Helper()
	ctx := context.Background()
	prog, err := f.relayer.Step(ctx, p)
	if err != nil {
		f.t.Fatal(err)
	}
	if prog.Stage != relayer.StageActivated {
		f.w.Warp(f.t, rootWindow+1)
		if prog, err = f.relayer.Step(ctx, p); err != nil || prog.Stage != relayer.StageActivated {
			f.t.Fatalf("relay epoch %d: %+v %v", p.Epoch, prog, err)
		}
	}
}

func (f *flow) claim(i int, tree *merkle.Tree) {
	f.t.Helper()
	p, err := relayer.ProofsFor(tree, f.w.Addr(i))
	if err != nil {
		f.t.Fatal(err)
	}
	data, err := relayer.ClaimCalldata(p)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.w.Chain(0).Transact(context.Background(), "claim", royaltydistributor.NewRoyaltyDistributor().Instance(f.w.Client, f.w.Dep.RoyaltyDistributor), data); err != nil {
		f.t.Fatal(err)
	}
}

func loadTree(t *testing.T, dump []byte) *merkle.Tree {
	tr, err := merkle.Load(dump)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func amountOf(t *testing.T, s *engine.EpochStatements, who common.Address) string {
	for _, e := range s.Entitlements {
		if common.HexToAddress(e.Account) == who {
			return e.Cumulative
		}
	}
	t.Fatalf("no entitlement for %s", who)
	return ""
}

// the worked example (docs/overview.md) through the whole product: contracts seeded on a
// real anvil, indexed into the store, the usage event priced, epoch 1 closed
// (the reserve held) and paid on chain, holders claiming; then, after the
// reserve's dispute window, epoch 2 releasing the reserve by the same split;
// and an audit of both epochs against the raw inputs and the chain.
func TestWorkedExampleEndToEnd(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		{
			ctx := context.Background()
			f := newWorkedFlow(t, st)
			w := f.w
			evTime := f.head() + 5
			ev := f.signEvent("evt-worked-1", evTime).Event()
			pricer := &pipeline.Pricer{Store: st, Dep: w.Dep}

			// Before the chain is final past the event's time, the event waits visibly.
			f.index()
			res, err := pricer.Price(ctx, ev, f.parties.Meter)
			if err != nil || res.Outcome != pipeline.Waiting {
				t.Fatalf("price before finality: %+v %v", res, err)
			}
			w.Warp(t, 10)
			f.index()
			if res, err = pricer.Price(ctx, ev, f.parties.Meter); err != nil || res.Outcome != pipeline.Priced {
				t.Fatalf("price: %+v %v", res, err)
			}
			row, err := st.LineItem(ctx, ev.ID)
			if err != nil {
				t.Fatal(err)
			}
			var out struct {
				Gross, Reserve, Net, Protocol, Developers, Pool, ConsumerMargin string
			}
			if err := json.Unmarshal(row.Item, &out); err != nil {
				t.Fatal(err)
			}
			want := [7]string{"2000000", "100000", "1900000", "285000", "190000", "1140000", "285000"}
			if got := [7]string{out.Gross, out.Reserve, out.Net, out.Protocol, out.Developers, out.Pool, out.ConsumerMargin}; got != want {
				t.Fatalf("line item %v, want the worked example's %v", got, want)
			}

			// Epoch 1: the reserve is held; everything else becomes claimable.
			c1, err := f.epochs.Close(ctx, evTime+1)
			if err != nil {
				t.Fatal(err)
			}
			for who, amt := range map[common.Address]string{f.parties.Patient: "342000", f.parties.DrLin: "570000",
				f.parties.Validator: "228000", f.parties.Treasury: "285000", f.parties.Developer: "190000", w.Consumer: "285000"} {
				if got := amountOf(t, c1.Statements, who); got != amt {
					t.Fatalf("epoch 1 cumulative of %s = %s, want %s", who, got, amt)
				}
			}
			if len(c1.Payout.Fundings) != 1 || c1.Payout.Fundings[0].Amount.Cmp(big.NewInt(1_900_000)) != 0 {
				t.Fatalf("epoch 1 fundings %+v, want the consumer's 1,900,000", c1.Payout.Fundings)
			}
			f.relay(&c1.Payout)
			tree1 := loadTree(t, c1.Row.Tree)
			f.claim(2, tree1)
			if got := w.Balance(t, f.parties.Patient); got != 342_000 {
				t.Fatalf("patient holds %d after epoch 1, want 342,000", got)
			}

			// Epoch 2, after the reserve's window: the 100,000 is released by the same split.
			w.Warp(t, reserveWindow+10)
			f.index()
			c2, err := f.epochs.Close(ctx, f.head()-1)
			if err != nil {
				t.Fatal(err)
			}
			for who, amt := range map[common.Address]string{f.parties.Patient: "360000", f.parties.DrLin: "600000",
				f.parties.Validator: "240000", f.parties.Treasury: "300000", f.parties.Developer: "200000", w.Consumer: "300000"} {
				if got := amountOf(t, c2.Statements, who); got != amt {
					t.Fatalf("epoch 2 cumulative of %s = %s, want %s", who, got, amt)
				}
			}
			if len(c2.Payout.Fundings) != 1 || c2.Payout.Fundings[0].Amount.Cmp(big.NewInt(100_000)) != 0 {
				t.Fatalf("epoch 2 fundings %+v, want the released 100,000", c2.Payout.Fundings)
			}
			f.relay(&c2.Payout)
			tree2 := loadTree(t, c2.Row.Tree)
			f.claim(2, tree2)
			f.claim(3, tree2)
			if got := w.Balance(t, f.parties.Patient); got != 360_000 {
				t.Fatalf("patient holds %d after epoch 2, want 360,000", got)
			}
			if got := w.Balance(t, f.parties.DrLin); got != 600_000 {
				t.Fatalf("Dr. Lin holds %d, want 600,000", got)
			}

			for k := uint64(1); k <= 2; k++ {
				v, err := f.epochs.Audit(ctx, k, w.Client)
				if err != nil {
					t.Fatal(err)
				}
				if !v.OK {
					t.Fatalf("audit of epoch %d failed: %+v", k, v)
				}
			}

			// Tampering with a stored result is caught: an edited output, and an
			// edited bundle (its snapshot no longer what the chain says).
			tamper := func(q string) {
				if _, err := st.DB().ExecContext(ctx, st.DB().Rebind(q), ev.ID); err != nil {
					t.Fatal(err)
				}
			}
			tamper(`UPDATE line_items SET item = REPLACE(item, '"gross":"2000000"', '"gross":"2000001"') WHERE event_id = ?`)
			if v, err := f.epochs.Audit(ctx, 1, w.Client); err != nil || v.OK {
				t.Fatalf("audit passed an edited line item output: %+v %v", v, err)
			}
			tamper(`UPDATE line_items SET item = REPLACE(item, '"gross":"2000001"', '"gross":"2000000"') WHERE event_id = ?`)
			if v, err := f.epochs.Audit(ctx, 1, w.Client); err != nil || !v.OK {
				t.Fatalf("audit after restoring: %+v %v", v, err)
			}
			tamper(`UPDATE line_items SET bundle = REPLACE(bundle, '"units":"30"', '"units":"31"') WHERE event_id = ?`)
			if v, err := f.epochs.Audit(ctx, 1, w.Client); err != nil || v.OK {
				t.Fatalf("audit passed a bundle whose snapshot is not the chain's: %+v %v", v, err)
			}
		}
	})
}

// newWorkedFlow is the worked example seeded on a fresh anvil (the
// consumer deposits 2,000,000), with a relayer from account 0.
func newWorkedFlow(t *testing.T, st *store.Store) *flow {
	ctx := context.Background()
	w := chaintest.New(t, chaintest.Options{DisputeWindow: rootWindow, Deposit: 2_000_000})
	f := &flow{t: t, w: w, st: st, epochs: &pipeline.Epochs{Store: st, Dep: w.Dep}}
	f.parties = example.Parties{Patient: w.Addr(2), DrLin: w.Addr(3), Validator: crypto4(),
		Treasury:  common.HexToAddress("0x00000000000000000000000000000000000007e5"),
		Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: w.Addr(0)}
	if err := example.Seed(ctx, w.Chain(0), w.Dep, w.Token, f.parties, reserveWindow); err != nil {
		t.Fatal(err)
	}
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations, cfg.PollInterval = 1, 20*time.Millisecond
	m, err := txmgr.New(ctx, cfg, w.Client, st.Outbox(), w.Keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	f.relayer = relayer.New(m, w.Client, nil)
	return f
}

// signEvent is the meter (account 0) signing a usage event of 1,000
// requests of the example's dataset at time at, stored as intake stores it:
// the audit recomputes from it.
func (f *flow) signEvent(id string, at uint64) *usage.SignedEvent {
	f.t.Helper()
	w := f.w
	ev := &usage.SignedEvent{ID: id, Consumer: w.Consumer, PaymentAccount: w.Consumer, DatasetID: *uint256.NewInt(example.DatasetID),
		DatasetVersion: example.Version, Quantity: *uint256.NewInt(1000), Unit: "requests", Timestamp: at, PolicyRule: "rule-1", ValuationVersion: 1}
	if err := ev.Sign(w.Keys[0], usage.Domain{ChainID: w.Dep.ChainID, VerifyingContract: w.Dep.GovernanceConfig}); err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.st.InsertUsageEvent(context.Background(), w.Dep.ChainID, ev); err != nil {
		f.t.Fatal(err)
	}
	return ev
}

func crypto4() common.Address { return crypto.PubkeyToAddress(anviltest.Key(4).PublicKey) }
