package engine

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

var testAsset = common.HexToAddress("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")

func TestLedgerIdempotency(t *testing.T) {
	l := NewLedger()
	x := uint256.NewInt(5)
	p := &Posting{Key: "k1", Asset: testAsset, Legs: []Leg{{"a", Pos(x)}, {"b", NegOf(x)}}}
	if fresh, err := l.Apply(p); err != nil || !fresh {
		t.Fatalf("first apply: fresh=%v err=%v", fresh, err)
	}
	// Same key, same content, legs in another order: a no-op.
	q := &Posting{Key: "k1", Asset: testAsset, Legs: []Leg{{"b", NegOf(x)}, {"a", Pos(x)}}}
	if fresh, err := l.Apply(q); err != nil || fresh {
		t.Fatalf("replay: fresh=%v err=%v", fresh, err)
	}
	if got := l.Balance("a", testAsset); got.Abs.Uint64() != 5 || got.Neg {
		t.Fatalf("balance a = %s after replay, want 5", got)
	}
	y := uint256.NewInt(6)
	r := &Posting{Key: "k1", Asset: testAsset, Legs: []Leg{{"a", Pos(y)}, {"b", NegOf(y)}}}
	if _, err := l.Apply(r); !errors.Is(err, ErrPostingConflict) {
		t.Fatalf("same key, other amount: %v, want ErrPostingConflict", err)
	}
}

func TestLedgerRejects(t *testing.T) {
	l := NewLedger()
	if _, err := l.Apply(&Posting{Key: "u", Asset: testAsset, Legs: []Leg{{"a", Pos(uint256.NewInt(2))}, {"b", NegOf(uint256.NewInt(1))}}}); !errors.Is(err, ErrUnbalanced) {
		t.Fatalf("unbalanced: %v", err)
	}
	if _, err := l.Apply(&Posting{Asset: testAsset}); !errors.Is(err, ErrEmptyKey) {
		t.Fatalf("empty key: %v", err)
	}
	max := new(uint256.Int).SetAllOne()
	if _, err := l.Apply(&Posting{Key: "m1", Asset: testAsset, Legs: []Leg{{"a", Pos(max)}, {"b", NegOf(max)}}}); err != nil {
		t.Fatal(err)
	}
	// A second max credit to "a" overflows its balance: rejected, nothing changes.
	_, err := l.Apply(&Posting{Key: "m2", Asset: testAsset, Legs: []Leg{{"a", Pos(max)}, {"c", NegOf(max)}}})
	if !errors.Is(err, ErrAmountOverflow) {
		t.Fatalf("overflow: %v", err)
	}
	if _, ok := l.Balances[BalanceKey{"c", testAsset}]; ok {
		t.Fatal("failed posting changed a balance")
	}
	if _, ok := l.Applied["m2"]; ok {
		t.Fatal("failed posting recorded its key")
	}
}

// TestLedgerBigPosting: a posting of more legs than nextBalances reads on
// one CPU (an epoch's reserves) applies like a small one: every balance
// set, and on failure the first failing leg named (two legs overflow here,
// one in each half) and nothing changed.
func TestLedgerBigPosting(t *testing.T) {
	const n = 1<<16 + 5
	max := new(uint256.Int).SetAllOne()
	build := func(key string) *Posting {
		p := &Posting{Key: key, Asset: testAsset}
		for i := 0; i < n; i++ {
			p.Legs = append(p.Legs, Leg{fmt.Sprintf("r%06d", i), Pos(uint256.NewInt(1))})
		}
		p.Legs = append(p.Legs, Leg{"source", NegOf(uint256.NewInt(n))})
		return p
	}
	l := NewLedger()
	if _, err := l.Apply(build("ok")); err != nil {
		t.Fatal(err)
	}
	if b := l.Balance("r065540", testAsset); b.Abs.Uint64() != 1 || len(l.Balances) != n+1 {
		t.Fatalf("balance r065540 = %s, %d balances; want 1 and %d", b, len(l.Balances), n+1)
	}
	l = NewLedger()
	l.Balances[BalanceKey{"r000100", testAsset}] = Pos(max)
	l.Balances[BalanceKey{"r060000", testAsset}] = Pos(max)
	l.Balances[BalanceKey{"source", testAsset}] = NegOf(max)
	l.Balances[BalanceKey{"sink", testAsset}] = NegOf(max)
	_, err := l.Apply(build("overflow"))
	if !errors.Is(err, ErrAmountOverflow) || !strings.Contains(err.Error(), "balance r000100:") {
		t.Fatalf("overflow: %v, want ErrAmountOverflow at r000100", err)
	}
	if len(l.Balances) != 4 {
		t.Fatalf("a failed posting left %d balances, want the 4 there were", len(l.Balances))
	}
}

// FuzzSigned checks Signed arithmetic against math/big.
func FuzzSigned(f *testing.F) {
	f.Add(uint64(3), uint64(5), false, true, uint8(0))
	f.Fuzz(func(t *testing.T, a, b uint64, na, nb bool, shift uint8) {
		x, y := new(uint256.Int).Lsh(uint256.NewInt(a), uint(shift)), uint256.NewInt(b)
		sa, sb := Pos(x), Pos(y)
		if na {
			sa = NegOf(x)
		}
		if nb {
			sb = NegOf(y)
		}
		want := new(big.Int).Add(toBig(sa), toBig(sb))
		got, err := sa.Add(sb)
		if err != nil {
			if want.CmpAbs(new(big.Int).Lsh(big.NewInt(1), 256)) < 0 {
				t.Fatalf("%s + %s: %v", sa, sb, err)
			}
			return
		}
		if toBig(got).Cmp(want) != 0 || (got.Neg && got.Abs.IsZero()) {
			t.Fatalf("%s + %s = %s, want %s", sa, sb, got, want)
		}
		if c := sa.Cmp(sb); c != toBig(sa).Cmp(toBig(sb)) {
			t.Fatalf("cmp %s %s = %d", sa, sb, c)
		}
	})
}

func toBig(s Signed) *big.Int {
	x := s.Abs.ToBig()
	if s.Neg {
		x.Neg(x)
	}
	return x
}
