// Package servicetest gives the service tests (API, metrics, statement) a
// real closed epoch: the worked example on anvil, indexed, priced, closed,
// funded and proposed.
package servicetest

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

// Closed is the worked example (docs/overview.md) on a real anvil, indexed,
// its event priced and epoch 1 closed and funded and proposed on chain by
// the relayer: a real closed epoch for the API to serve.
type Closed struct {
	W       *chaintest.World
	St      *store.Store
	Parties example.Parties
	Epochs  *pipeline.Epochs
	EventID string
	// EventTime is the event's time: final, priced with the seeded facts.
	EventTime uint64
}

// NewClosed builds it on st (epoch 1 closed at the event time + 1, stage proposed).
func NewClosed(t testing.TB, st *store.Store) *Closed {
	t.Helper()
	ctx := context.Background()
	w := chaintest.New(t, chaintest.Options{DisputeWindow: 3600, Deposit: 2_000_000})
	c := &Closed{W: w, St: st, Epochs: &pipeline.Epochs{Store: st, Dep: w.Dep}, EventID: "evt-api-1"}
	c.Parties = example.Parties{Patient: w.Addr(2), DrLin: w.Addr(3), Validator: crypto.PubkeyToAddress(anviltest.Key(4).PublicKey),
		Treasury:  common.HexToAddress("0x00000000000000000000000000000000000007e5"),
		Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: w.Addr(0)}
	if err := example.Seed(ctx, w.Chain(0), w.Dep, w.Token, c.Parties, 600); err != nil {
		t.Fatal(err)
	}
	h, err := w.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := h.Time + 5
	c.EventTime = at
	ev := &usage.SignedEvent{ID: c.EventID, Consumer: w.Consumer, PaymentAccount: w.Consumer, DatasetID: *uint256.NewInt(example.DatasetID),
		DatasetVersion: example.Version, Quantity: *uint256.NewInt(1000), Unit: "requests", Timestamp: at, PolicyRule: "rule-1", ValuationVersion: 1}
	if err := ev.Sign(w.Keys[0], usage.Domain{ChainID: w.Dep.ChainID, VerifyingContract: w.Dep.GovernanceConfig}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.InsertUsageEvent(ctx, w.Dep.ChainID, ev); err != nil {
		t.Fatal(err)
	}
	w.Warp(t, 10)
	c.Index(t)
	if res, err := (&pipeline.Pricer{Store: st, Dep: w.Dep}).Price(ctx, ev.Event(), c.Parties.Meter); err != nil || res.Outcome != pipeline.Priced {
		t.Fatalf("price: %+v %v", res, err)
	}
	if _, err := c.Epochs.Close(ctx, at+1); err != nil {
		t.Fatal(err)
	}
	cfg := relayer.DefaultConfig()
	cfg.Tx.Confirmations, cfg.Tx.PollInterval, cfg.Poll = 1, 20*time.Millisecond, 20*time.Millisecond
	prog, err := c.Epochs.Relay(ctx, w.Client, w.Keys[0], pipeline.RelayRequest{Epoch: 1, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	if prog.Stage != relayer.StageProposed {
		t.Fatalf("relay stage %s, want proposed", prog.Stage)
	}
	return c
}

// Index runs the indexer to the head once.
func (c *Closed) Index(t testing.TB) {
	t.Helper()
	ctx := context.Background()
	pool, err := ethrpc.DialPool(ctx, ethrpc.Config{}, []string{c.W.Node.URL})
	if err != nil {
		t.Fatal(err)
	}
	d := c.W.Dep
	ix, err := indexer.New(indexer.Config{ChainID: d.ChainID, StartBlock: d.StartBlock, ExitAtHead: true,
		Contracts: indexer.ContractsOf(d)}, indexer.PoolSource{Pool: pool}, c.St)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Run(ctx); err != nil {
		t.Fatal(err)
	}
}

// SignedEvent is the worked example's event (meter: account 0) with another
// id at the fixture's event time, signed, not stored.
func (c *Closed) SignedEvent(t testing.TB, id string) *usage.SignedEvent {
	t.Helper()
	w := c.W
	ev := &usage.SignedEvent{ID: id, Consumer: w.Consumer, PaymentAccount: w.Consumer, DatasetID: *uint256.NewInt(example.DatasetID),
		DatasetVersion: example.Version, Quantity: *uint256.NewInt(1000), Unit: "requests", Timestamp: c.EventTime, PolicyRule: "rule-1", ValuationVersion: 1}
	if err := ev.Sign(w.Keys[0], usage.Domain{ChainID: w.Dep.ChainID, VerifyingContract: w.Dep.GovernanceConfig}); err != nil {
		t.Fatal(err)
	}
	return ev
}
