package engine

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Held and ItemStatus follow an item from accrual (held) through a freeze to
// its release (final), and a frozen item stays held past its window.
func TestHeldAndItemStatus(t *testing.T) {
	c0 := common.HexToAddress("0xc0")
	a, b := workedInput("a", c0, 100, ModeStandard), workedInput("b", c0, 100, ModeStandard)
	inputs := map[string]*Input{"a": a, "b": b}
	lookup := func(id string) (*Input, error) { return inputs[id], nil }
	st := NewState()
	if _, err := st.Deposit(Deposit{ID: "d", Consumer: c0, Asset: testAsset, Amount: *uint256.NewInt(10_000_000), At: 1}); err != nil {
		t.Fatal(err)
	}
	if acc, fin, by := st.ItemStatus("a"); acc || fin || by != "" {
		t.Fatalf("before accrual: %v %v %q", acc, fin, by)
	}
	if _, err := st.CloseEpoch(Close{Epoch: 1, Start: 0, End: 200}, seqOf(mustItem(t, a), mustItem(t, b)), lookup); err != nil {
		t.Fatal(err)
	}
	if got := st.Held(); !slices.Equal(got, []string{"a", "b"}) {
		t.Fatalf("held after accrual: %v", got)
	}
	if err := st.OpenDispute(Dispute{ID: "d1", EventIDs: []string{"a"}}); err != nil {
		t.Fatal(err)
	}
	if acc, fin, by := st.ItemStatus("a"); !acc || fin || by != "d1" {
		t.Fatalf("frozen: %v %v %q", acc, fin, by)
	}
	// Past both windows (3 days from seqOf): b is released, a stays held.
	if _, err := st.CloseEpoch(Close{Epoch: 2, Start: 200, End: 100 + 3*86_400}, seqOf(), lookup); err != nil {
		t.Fatal(err)
	}
	if got := st.Held(); !slices.Equal(got, []string{"a"}) {
		t.Fatalf("held after the window: %v", got)
	}
	if acc, fin, by := st.ItemStatus("b"); !acc || !fin || by != "" {
		t.Fatalf("released: %v %v %q", acc, fin, by)
	}
}
