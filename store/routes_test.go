package store_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

func TestRouteRuns(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		if _, err := s.RouteRun(ctx, "31337/1/a"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("missing run: err = %v, want ErrNotFound", err)
		}
		a := store.RouteRunRow{Key: "31337/1/a", ChainID: 31337, Epoch: 1, State: []byte(`{"steps":[]}`)}
		b := store.RouteRunRow{Key: "31337/1/b", ChainID: 31337, Epoch: 1, State: []byte(`{"x":1}`)}
		other := store.RouteRunRow{Key: "31337/2/a", ChainID: 31337, Epoch: 2, State: []byte(`{}`)}
		for _, r := range []store.RouteRunRow{b, a, other} {
			if err := s.SaveRouteRun(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		a.State = []byte(`{"steps":[{"status":"done"}]}`)
		if err := s.SaveRouteRun(ctx, a); err != nil {
			t.Fatal(err)
		}
		got, err := s.RouteRuns(ctx, 31337, 1)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, []store.RouteRunRow{a, b}) {
			t.Fatalf("runs of epoch 1: %+v", got)
		}
		if err := s.SaveRouteRun(ctx, store.RouteRunRow{}); err == nil {
			t.Fatal("a run without a key was saved")
		}
	})
}

// An epoch's route account is stored with it and read back by Epoch and LastEpoch; an epoch
// closed without one reads back zero.
func TestEpochRouteAccount(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e1 := store.EpochRow{ChainID: chainID, Epoch: 1, Start: 0, End: 100, Statements: []byte("{}"), Tree: []byte("{}"), ReceiptTree: []byte("{}"), Payout: []byte("{}")}
		if err := s.CloseEpoch(ctx, &e1, nil); err != nil {
			t.Fatal(err)
		}
		e2 := e1
		e2.Epoch, e2.Start, e2.End, e2.RouteAccount = 2, 100, 200, carol
		if err := s.CloseEpoch(ctx, &e2, nil); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Epoch(ctx, chainID, 1); err != nil || got.RouteAccount != zero {
			t.Fatalf("epoch 1 route account %s, %v; want none", got.RouteAccount, err)
		}
		if got, err := s.Epoch(ctx, chainID, 2); err != nil || got.RouteAccount != carol {
			t.Fatalf("epoch 2 route account %s, %v; want %s", got.RouteAccount, err, carol)
		}
		if got, err := s.LastEpoch(ctx, chainID); err != nil || got.RouteAccount != carol {
			t.Fatalf("last epoch route account %s, %v", got.RouteAccount, err)
		}
	})
}
