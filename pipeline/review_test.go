package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

func TestUnits(t *testing.T) {
	for _, tc := range []struct {
		in   string
		dec  uint8
		base string
		err  string
	}{
		{"1000", 6, "1000000000", ""},
		{"0.25", 6, "250000", ""},
		{"1.000001", 6, "1000001", ""},
		{"007", 2, "700", ""},
		{"0", 18, "0", ""},
		{"5", 0, "5", ""},
		{"1.0000001", 6, "", "decimal places"},
		{"1.", 6, "", "not a plain decimal"},
		{".5", 6, "", "not a plain decimal"},
		{"-1", 6, "", "not a plain decimal"},
		{"1e6", 6, "", "not a plain decimal"},
		{"", 6, "", "not a plain decimal"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936", 0, "", "largest amount"},
	} {
		v, err := pipeline.ParseUnits(tc.in, tc.dec)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseUnits(%q, %d) = %s, %v; want an error about %s", tc.in, tc.dec, v.Dec(), err, tc.err)
			}
			continue
		}
		if err != nil || v.Dec() != tc.base {
			t.Errorf("ParseUnits(%q, %d) = %s, %v; want %s", tc.in, tc.dec, v.Dec(), err, tc.base)
		}
	}
	for _, tc := range []struct {
		v   uint64
		dec uint8
		out string
	}{{2_000_000, 6, "2.000000"}, {5, 6, "0.000005"}, {0, 2, "0.00"}, {123, 0, "123"}, {1_500_000, 6, "1.500000"}} {
		if got := pipeline.FormatUnits(uint256.NewInt(tc.v), tc.dec); got != tc.out {
			t.Errorf("FormatUnits(%d, %d) = %s, want %s", tc.v, tc.dec, got, tc.out)
		}
	}
}

// An event priced above the operator's maximum waits, with the reason in
// token units, joins no epoch, and is priced once released (or once the
// limit is raised); a release names only a held event.
func TestHeldForReview(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		w := chaintest.New(t, chaintest.Options{DisputeWindow: rootWindow, Deposit: 5_000_000})
		f := &flow{t: t, w: w, st: st, epochs: &pipeline.Epochs{Store: st, Dep: w.Dep}}
		parties := example.Parties{Patient: w.Addr(2), DrLin: w.Addr(3), Validator: crypto4(),
			Treasury: common.HexToAddress("0x00000000000000000000000000000000000007e5"), Developer: common.HexToAddress("0xde"), Meter: w.Addr(0)}
		if err := example.Seed(ctx, w.Chain(0), w.Dep, w.Token, parties, reserveWindow); err != nil {
			t.Fatal(err)
		}
		pricer := &pipeline.Pricer{Store: st, Dep: w.Dep}
		lim, err := pricer.SetLimit(ctx, w.Client, w.Token, "1.5")
		if err != nil || lim.MaxGross != "1.500000" || lim.Symbol != "tUSD" || lim.Base != "1500000" {
			t.Fatalf("set limit: %+v %v", lim, err)
		}
		t0 := f.head() + 5
		event := func(id string, qty uint64, ts uint64) engine.Event {
			return engine.Event{ID: id, Consumer: w.Consumer, DatasetID: *uint256.NewInt(example.DatasetID), DatasetVersion: example.Version,
				Quantity: *uint256.NewInt(qty), Unit: "requests", Timestamp: ts, ValuationVersion: 1}
		}
		big1, small, big2 := event("absurd-1", 1_000, t0), event("fine-1", 500, t0+1), event("absurd-2", 2_000, t0+2)
		w.Warp(t, 20)
		f.index()
		for _, ev := range []engine.Event{big1, small, big2} {
			res, err := pricer.Price(ctx, ev, parties.Meter)
			if err != nil {
				t.Fatal(err)
			}
			want := pipeline.Held
			if ev.ID == small.ID {
				want = pipeline.Priced
			}
			if res.Outcome != want {
				t.Fatalf("%s: %+v, want %s", ev.ID, res, want)
			}
		}
		s, err := st.EventStatusOf(ctx, big1.ID)
		if err != nil || s.Status != "held" || !strings.Contains(s.Reason, "gross 2.000000 tUSD is above the maximum of 1.500000 tUSD per event") ||
			!strings.Contains(s.Reason, "royalty price --release absurd-1") {
			t.Fatalf("held status: %+v %v", s, err)
		}
		if _, err := st.LineItem(ctx, big1.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("a held event has a line item: %v", err)
		}
		c1, err := f.epochs.Close(ctx, t0+10)
		if err != nil || c1.LineItems != 1 {
			t.Fatalf("epoch 1 accrued %v line items (%v), want only the one within the limit", c1, err)
		}

		// A release names a held event only; then the event is priced and
		// joins the next open epoch (as a late event).
		for _, id := range []string{small.ID, "no-such-event"} {
			if err := pricer.Release(ctx, id, "checked"); !errors.Is(err, pipeline.ErrNotHeld) {
				t.Fatalf("release of %s: %v, want ErrNotHeld", id, err)
			}
		}
		if err := pricer.Release(ctx, big1.ID, "contract volume, confirmed with the builder"); err != nil {
			t.Fatal(err)
		}
		if res, err := pricer.Price(ctx, big1, parties.Meter); err != nil || res.Outcome != pipeline.Priced {
			t.Fatalf("released event: %+v %v", res, err)
		}
		// The other stays held until the limit is raised above it.
		if res, err := pricer.Price(ctx, big2, parties.Meter); err != nil || res.Outcome != pipeline.Held {
			t.Fatalf("still held: %+v %v", res, err)
		}
		if _, err := pricer.SetLimit(ctx, w.Client, w.Token, "4"); err != nil {
			t.Fatal(err)
		}
		if res, err := pricer.Price(ctx, big2, parties.Meter); err != nil || res.Outcome != pipeline.Priced {
			t.Fatalf("after raising the limit: %+v %v", res, err)
		}
		w.Warp(t, 5)
		f.index()
		c2, err := f.epochs.Close(ctx, f.head())
		if err != nil || c2.LineItems != 2 {
			t.Fatalf("epoch 2: %v %v, want the two released events", c2, err)
		}
		// Stored fundings are the engine's: a payout edited in the database
		// stops the next close (nothing stored), naming both.
		if _, err := st.DB().ExecContext(ctx, st.DB().Rebind(`UPDATE epochs SET payout = REPLACE(payout, '"amount":"950000"', '"amount":"950001"') WHERE epoch = 1`)); err != nil {
			t.Fatal(err)
		}
		w.Warp(t, 5)
		f.index()
		_, err = f.epochs.Close(ctx, f.head())
		if !errors.Is(err, pipeline.ErrReplay) || !strings.Contains(err.Error(), "950001") || !strings.Contains(err.Error(), "950000") {
			t.Fatalf("close after an edited funding: %v, want ErrReplay naming both amounts", err)
		}
		if last, err := st.LastEpoch(ctx, w.Dep.ChainID); err != nil || last.Epoch != 2 {
			t.Fatalf("a refused close stored epoch %d (%v)", last.Epoch, err)
		}
		if _, err := pricer.SetLimit(ctx, nil, w.Token, "none"); err != nil {
			t.Fatal(err)
		}
		if ls, err := pricer.Limits(ctx); err != nil || len(ls) != 0 {
			t.Fatalf("limits after removal: %v %v", ls, err)
		}
	})
}
