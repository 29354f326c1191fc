package servicetest

import (
	"context"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/usage"
)

// RelayConfig is the relayer configuration the fixture relays with.
func RelayConfig() relayer.Config {
	cfg := relayer.DefaultConfig()
	cfg.Tx.Confirmations, cfg.Tx.PollInterval, cfg.Poll = 1, 20*time.Millisecond, 20*time.Millisecond
	return cfg
}

// Activate passes epoch's dispute window on chain and relays it to
// activated.
func (c *Closed) Activate(t *testing.T, epoch uint64) {
	t.Helper()
	c.W.Warp(t, 3601)
	prog, err := c.Epochs.Relay(context.Background(), c.W.Client, c.W.Keys[0], pipeline.RelayRequest{Epoch: epoch, Config: RelayConfig()})
	if err != nil || prog.Stage != relayer.StageActivated {
		t.Fatalf("activate epoch %d: %+v %v", epoch, prog, err)
	}
}

// CloseNext deposits deposit base units of the consumer's revenue, prices
// one more event of the worked example (id, in payment mode) and closes the
// next epoch with it and relays it; it answers the epoch and the relay's
// stage.
func (c *Closed) CloseNext(t *testing.T, id string, mode engine.PaymentMode, deposit int64) (uint64, relayer.Stage) {
	t.Helper()
	ctx := context.Background()
	if deposit > 0 {
		c.W.Deposit(t, 1, deposit)
	}
	h, err := c.W.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := h.Time + 5
	ev := &usage.SignedEvent{ID: id, Consumer: c.W.Consumer, PaymentAccount: c.W.Consumer, DatasetID: *uint256.NewInt(example.DatasetID),
		DatasetVersion: example.Version, Quantity: *uint256.NewInt(1000), Unit: "requests", Timestamp: at, PolicyRule: "rule-1", ValuationVersion: 1, Mode: mode}
	if err := ev.Sign(c.W.Keys[0], usage.Domain{ChainID: c.W.Dep.ChainID, VerifyingContract: c.W.Dep.GovernanceConfig}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.St.InsertUsageEvent(ctx, c.W.Dep.ChainID, ev); err != nil {
		t.Fatal(err)
	}
	c.W.Warp(t, 10)
	c.Index(t)
	if res, err := (&pipeline.Pricer{Store: c.St, Dep: c.W.Dep}).Price(ctx, ev.Event(), c.Parties.Meter); err != nil || res.Outcome != pipeline.Priced {
		t.Fatalf("price %s: %+v %v", id, res, err)
	}
	closed, err := c.Epochs.Close(ctx, at+1)
	if err != nil {
		t.Fatal(err)
	}
	n := closed.Payout.Epoch
	prog, err := c.Epochs.Relay(ctx, c.W.Client, c.W.Keys[0], pipeline.RelayRequest{Epoch: n, Config: RelayConfig()})
	if err != nil {
		t.Fatalf("relay epoch %d: %+v %v", n, prog, err)
	}
	return n, prog.Stage
}
