package engine

import (
	"errors"
	"iter"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// workedInput is the worked example's bundle (1,000 requests at 2,000 base
// units: gross 2,000,000, reserve 100,000) for a consumer, mode and time, with
// a dispute window of two days.
func workedInput(id string, consumer common.Address, ts uint64, mode PaymentMode) *Input {
	h := func(cf uint64, holder string, u uint64) Holding {
		return Holding{CfID: *uint256.NewInt(cf), Holder: common.HexToAddress(holder), Units: *uint256.NewInt(u)}
	}
	return &Input{
		Event: Event{ID: id, Consumer: consumer, DatasetID: *uint256.NewInt(7), DatasetVersion: 1,
			Quantity: *uint256.NewInt(1_000), Unit: "request", Timestamp: ts, ValuationVersion: 1, Mode: mode},
		Valuation: Valuation{Version: 1, Asset: testAsset, Unit: "request", BasePrice: *uint256.NewInt(2_000), PriceUnit: *uint256.NewInt(1)},
		Policy: Policy{Version: 1, ReserveBps: 500, ProtocolBps: 1500, DeveloperBps: 1000, PoolBps: 6000,
			Treasury: common.HexToAddress("0xa1"), Developers: []Developer{{Account: common.HexToAddress("0xd1"), Weight: *uint256.NewInt(1)}},
			DisputeWindow: 2 * 86_400},
		Snapshot: Snapshot{Holdings: []Holding{h(1, "0xb01", 30), h(2, "0xb02", 50), h(3, "0xb03", 20)}},
	}
}

type fundingCase struct {
	t      *testing.T
	st     *State
	inputs map[string]*Input
	n      int
}

func (f *fundingCase) lookup(id string) (*Input, error) { return f.inputs[id], nil }

func (f *fundingCase) deposit(c common.Address, amount uint64) {
	f.t.Helper()
	f.n++
	if _, err := f.st.Deposit(Deposit{ID: "d" + string(rune('a'+f.n)), Consumer: c, Asset: testAsset, Amount: *uint256.NewInt(amount)}); err != nil {
		f.t.Fatal(err)
	}
}

// close closes the next day-long epoch with the given events and returns
// what it funds per consumer, and the asset's total entitlement.
func (f *fundingCase) close(ins ...*Input) (map[common.Address]uint64, uint64) {
	f.t.Helper()
	epoch, end := f.st.LastClose()
	if end == 0 {
		end = 1_767_225_600
	}
	var items []Accrual
	for _, in := range ins {
		f.inputs[in.Event.ID] = in
		li, err := ComputeLineItem(in)
		if err != nil {
			f.t.Fatal(err)
		}
		items = append(items, Accrual{Item: &li, DisputeWindow: in.Policy.DisputeWindow})
	}
	seq := func(yield func(Accrual, error) bool) {
		for _, a := range items {
			if !yield(a, nil) {
				return
			}
		}
	}
	res, err := f.st.CloseEpoch(Close{Epoch: epoch + 1, Start: end, End: end + 86_400}, iter.Seq2[Accrual, error](seq), f.lookup)
	if err != nil {
		f.t.Fatal(err)
	}
	out := map[common.Address]uint64{}
	for _, fu := range res.Fundings {
		if !fu.Amount.IsZero() {
			out[fu.Consumer] = fu.Amount.Uint64()
		}
	}
	ts, err := Totals(res.Statements.Entitlements)
	if err != nil || len(ts) > 1 {
		f.t.Fatal(ts, err)
	}
	var total uint64
	if len(ts) == 1 {
		total = ts[0].Total.Uint64()
	}
	return out, total
}

// The three failures, each with its numbers worked by hand: a
// consumer funds the cash it settled into payable accounts, never less
// because of reserves it has not paid.
func TestFundingsOfUnpaidReserves(t *testing.T) {
	c0, c1, c2 := common.HexToAddress("0xc0"), common.HexToAddress("0xc1"), common.HexToAddress("0xc2")
	f := &fundingCase{t: t, st: NewState(), inputs: map[string]*Input{}}
	t0 := uint64(1_767_225_600)

	// Epoch 1: c0 deposits 45% of its 2,000,000; c2 pays its standard event
	// in full and has a prepaid one with no credit; c1 uses data on TNPL.
	f.deposit(c0, 900_000)
	f.deposit(c2, 2_000_000)
	got, entitled := f.close(workedInput("a1", c0, t0+10, ModeStandard), workedInput("c1", c1, t0+20, ModeTNPL),
		workedInput("p1", c2, t0+30, ModePrepaid), workedInput("s1", c2, t0+40, ModeStandard))
	// c0's 900,000 settles 45% of each allocation: 855,000 payable, 45,000
	// of reserve held (the old rule subtracted all 100,000: 800,000).
	// c2: 1,900,000 (the old rule also subtracted the prepaid item's reserve).
	want := map[common.Address]uint64{c0: 855_000, c2: 1_900_000}
	checkFunded(t, 1, got, want)
	if entitled > 855_000+1_900_000 {
		t.Fatalf("epoch 1: entitlements %d above the 2,755,000 funded", entitled)
	}

	// Epoch 2: c0 tops up; c1 pays 10,266 of its TNPL obligation. Windows
	// still open: nothing released yet.
	f.deposit(c0, 1_100_000)
	f.deposit(c1, 10_266)
	got, entitled = f.close()
	// c1: 10,266 paid pro rata, of which 95% is payable: 9,752.7 → 9,753.
	checkFunded(t, 2, got, map[common.Address]uint64{c0: 1_045_000, c1: 9_753})
	if entitled > 1_900_000+1_900_000+9_753 {
		t.Fatalf("epoch 2: entitlements %d above the funded total", entitled)
	}

	// Epoch 3: the windows are over; the paid items' reserves are released
	// and funded; c1's unpaid reserve and the prepaid item stay unfunded.
	got, entitled = f.close()
	checkFunded(t, 3, got, map[common.Address]uint64{c0: 100_000, c2: 100_000})
	if entitled > 2_000_000+2_000_000+9_753 {
		t.Fatalf("epoch 3: entitlements %d above the funded total", entitled)
	}
	for _, fu := range f.st.Fundings() {
		if fu.Consumer == c1 && (fu.Total.Uint64() != 9_753 || fu.PaidAtto.Dec() != "9752700000000000000000") {
			t.Fatalf("c1 funded %s for %s atto made payable", fu.Total.Dec(), fu.PaidAtto.Dec())
		}
	}
}

func checkFunded(t *testing.T, epoch int, got, want map[common.Address]uint64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("epoch %d: funds %v, want %v", epoch, got, want)
	}
	for c, w := range want {
		if got[c] != w {
			t.Fatalf("epoch %d: %s funds %d, want %d", epoch, c.Hex(), got[c], w)
		}
	}
}

func TestCheckConservation(t *testing.T) {
	a, b := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
	c0, c1 := common.HexToAddress("0xc0"), common.HexToAddress("0xc1")
	u := func(v uint64) uint256.Int { return *uint256.NewInt(v) }
	atto := func(v uint64) uint256.Int {
		var x uint256.Int
		x.Mul(uint256.NewInt(v), attoPerUnit)
		return x
	}
	ent := func(acct string, asset common.Address, v string) Entitlement {
		return Entitlement{Account: acct, Asset: hexAddr(asset), Cumulative: v}
	}
	ok := []Funding{
		{Consumer: c0, Asset: a, Amount: u(10), Total: u(600), PaidAtto: atto(600)},
		{Consumer: c1, Asset: a, Amount: u(0), Total: u(401), PaidAtto: func() uint256.Int { x := atto(400); x.AddUint64(&x, 1); return x }()},
		{Consumer: c0, Asset: b, Amount: u(5), Total: u(5), PaidAtto: atto(5)},
	}
	leaves := []Entitlement{ent("0x00000000000000000000000000000000000000b1", a, "700"), ent("0x00000000000000000000000000000000000000b2", a, "300"),
		ent("0x00000000000000000000000000000000000000b1", b, "5")}
	if err := CheckConservation(leaves, ok); err != nil {
		t.Fatalf("conserved set refused: %v", err)
	}
	for _, tc := range []struct {
		name   string
		leaves []Entitlement
		funds  []Funding
		check  string
		msg    string
	}{
		{"a leaf more than funded", append(leaves[:2:2], ent("0x00000000000000000000000000000000000000b3", a, "2")), ok, "funded",
			"cumulative entitlements total 1002 base units, fundings over all epochs 1001: short 1"},
		{"funded but not by settled cash", leaves, []Funding{ok[0], {Consumer: c1, Asset: a, Total: u(400), PaidAtto: atto(399)}, ok[2]}, "consumer funding",
			"funds 400 base units, more than the 399 its cash allows"},
		{"no cash behind a leaf", []Entitlement{ent("0x00000000000000000000000000000000000000b1", b, "6")}, ok, "funded", "short 1"},
	} {
		err := CheckConservation(tc.leaves, tc.funds)
		var ce *ConservationError
		if !errors.As(err, &ce) || !errors.Is(err, ErrNotConserved) || ce.Check != tc.check || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: %v, want a %q failure saying %q", tc.name, err, tc.check, tc.msg)
		}
	}
	// Funded in full by rounding up, but with less settled cash than the leaves: not traced.
	err := CheckConservation([]Entitlement{ent("0x00000000000000000000000000000000000000b1", b, "5")},
		[]Funding{{Consumer: c0, Asset: b, Total: u(5), PaidAtto: func() uint256.Int { x := atto(4); x.AddUint64(&x, 1); return x }()}})
	var ce *ConservationError
	if !errors.As(err, &ce) || ce.Check != "traced" || !strings.Contains(err.Error(), "not traced to settled cash") {
		t.Errorf("untraced leaf: %v", err)
	}
	for name, in := range map[string][]Entitlement{
		"duplicate leaf": {leaves[0], leaves[0]},
		"bad amount":     {ent("0x00000000000000000000000000000000000000b1", a, "-1")},
		"bad address":    {{Account: "b1", Asset: hexAddr(a), Cumulative: "1"}},
	} {
		if err := CheckConservation(in, ok); err == nil {
			t.Errorf("%s accepted", name)
		}
	}
	if err := CheckConservation(nil, []Funding{ok[0], ok[0]}); err == nil {
		t.Error("duplicate funding accepted")
	}
}
