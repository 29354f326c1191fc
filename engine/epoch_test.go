package engine

import (
	"errors"
	"iter"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func seqOf(items ...*LineItem) iter.Seq2[Accrual, error] {
	return func(yield func(Accrual, error) bool) {
		for _, li := range items {
			if !yield(Accrual{Item: li, DisputeWindow: 3 * 86_400}, nil) {
				return
			}
		}
	}
}

func mustItem(t *testing.T, in *Input) *LineItem {
	t.Helper()
	li, err := ComputeLineItem(in)
	if err != nil {
		t.Fatal(err)
	}
	return &li
}

func TestCloseRefusals(t *testing.T) {
	c0 := common.HexToAddress("0xc0")
	in := fuzzInput("e1", c0, 1_000, 9, ModeStandard, 3)
	li := mustItem(t, in)
	lookup := func(string) (*Input, error) { return in, nil }

	st := NewState()
	if _, err := st.CloseEpoch(Close{Epoch: 2, Start: 0, End: 10}, seqOf(), lookup); !errors.Is(err, ErrEpochOrder) {
		t.Fatalf("epoch 2 first: %v, want ErrEpochOrder", err)
	}
	if _, err := st.CloseEpoch(Close{Epoch: 1, Start: 0, End: 1_000}, seqOf(li), lookup); !errors.Is(err, ErrFutureItem) {
		t.Fatalf("item at the end time: %v, want ErrFutureItem", err)
	}

	st = NewState()
	if _, err := st.CloseEpoch(Close{Epoch: 1, Start: 0, End: 2_000}, seqOf(li), lookup); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CloseEpoch(Close{Epoch: 2, Start: 1_999, End: 3_000}, seqOf(), lookup); !errors.Is(err, ErrEpochOrder) {
		t.Fatalf("gap between epochs: %v, want ErrEpochOrder", err)
	}
	// The same line item again is skipped; another under the same id is refused.
	res, err := st.CloseEpoch(Close{Epoch: 2, Start: 2_000, End: 3_000}, seqOf(li), lookup)
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Statements.Consumers[0].LineItems; n != 0 {
		t.Fatalf("re-delivered item accrued again: %d line items", n)
	}
	other := fuzzInput("e1", c0, 1_000, 10, ModeStandard, 3)
	if _, err := st.CloseEpoch(Close{Epoch: 3, Start: 3_000, End: 4_000}, seqOf(mustItem(t, other)), lookup); !errors.Is(err, ErrItemConflict) {
		t.Fatalf("same id, other item: %v, want ErrItemConflict", err)
	}
}

func TestLookupIsVerified(t *testing.T) {
	c0 := common.HexToAddress("0xc0")
	in := fuzzInput("e1", c0, 1_000, 9, ModeTNPL, 3)
	wrong := fuzzInput("e1", c0, 1_000, 8, ModeTNPL, 3)
	st := NewState()
	if _, err := st.CloseEpoch(Close{Epoch: 1, Start: 0, End: 2_000}, seqOf(mustItem(t, in)), nil); err != nil {
		t.Fatal(err)
	}
	// Half the obligation arrives: settling part of an older item needs its
	// allocations, and a bundle that does not reproduce it is refused.
	if _, err := st.Deposit(Deposit{ID: "d1", Consumer: c0, Asset: testAsset, Amount: *uint256.NewInt(100)}); err != nil {
		t.Fatal(err)
	}
	_, err := st.CloseEpoch(Close{Epoch: 2, Start: 2_000, End: 3_000}, seqOf(), func(string) (*Input, error) { return wrong, nil })
	if !errors.Is(err, ErrLookup) {
		t.Fatalf("wrong bundle: %v, want ErrLookup", err)
	}
}

func TestDepositIdempotent(t *testing.T) {
	st := NewState()
	d := Deposit{ID: "d1", Consumer: common.HexToAddress("0xc0"), Asset: testAsset, Amount: *uint256.NewInt(7)}
	for i := 0; i < 2; i++ {
		if _, err := st.Deposit(d); err != nil {
			t.Fatal(err)
		}
	}
	if b := st.ledger.Balance(AcctRevenue(d.Consumer), testAsset); b.Abs.Cmp(new(uint256.Int).Mul(uint256.NewInt(7), attoPerUnit)) != 0 {
		t.Fatalf("revenue %s after a replayed deposit", b)
	}
	d.Amount = *uint256.NewInt(8)
	if _, err := st.Deposit(d); !errors.Is(err, ErrPostingConflict) {
		t.Fatalf("same deposit id, other amount: %v", err)
	}
}

func TestDisputeRules(t *testing.T) {
	st := NewState()
	if err := st.OpenDispute(Dispute{ID: "x1", EventIDs: []string{"e1", "e2"}}); err != nil {
		t.Fatal(err)
	}
	if err := st.OpenDispute(Dispute{ID: "x1", EventIDs: []string{"e2", "e1"}}); err != nil {
		t.Fatalf("reopening the same dispute: %v", err)
	}
	if err := st.OpenDispute(Dispute{ID: "x1", EventIDs: []string{"e3"}}); !errors.Is(err, ErrDisputeConflict) {
		t.Fatalf("same id, other items: %v", err)
	}
	if err := st.OpenDispute(Dispute{ID: "x2", EventIDs: []string{"e2"}}); !errors.Is(err, ErrDisputeConflict) {
		t.Fatalf("item already frozen: %v", err)
	}
	if _, err := st.ResolveDispute(Resolution{DisputeID: "x9"}, nil); !errors.Is(err, ErrUnknownDispute) {
		t.Fatalf("unknown dispute: %v", err)
	}
	// Upheld before the item was accrued: refused, the dispute stays open.
	r := Resolution{DisputeID: "x1", Upheld: true, Changes: []Change{{EventID: "e1", Void: true}}}
	if _, err := st.ResolveDispute(r, nil); !errors.Is(err, ErrUnknownItem) {
		t.Fatalf("upheld on an unaccrued item: %v", err)
	}
	if st.disputes["x1"] == nil || st.freezes["e1"] != "x1" {
		t.Fatal("a refused resolution changed the dispute")
	}
	dismiss := Resolution{DisputeID: "x1", Reason: "no case"}
	for i := 0; i < 2; i++ {
		if _, err := st.ResolveDispute(dismiss, nil); err != nil {
			t.Fatalf("dismiss #%d: %v", i, err)
		}
	}
	if len(st.freezes) != 0 {
		t.Fatalf("freezes left after dismissal: %v", st.freezes)
	}
	if _, err := st.ResolveDispute(r, nil); !errors.Is(err, ErrDisputeConflict) {
		t.Fatalf("resolved again differently: %v", err)
	}
}
