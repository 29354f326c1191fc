package routes_test

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/routes"
)

func hexOf(a common.Address) string { return "0x" + common.Bytes2Hex(a[:]) }

func recipient(acct common.Address, pay *engine.PayoutPreference, lines ...engine.RecipientLine) engine.RecipientStatement {
	return engine.RecipientStatement{Epoch: 2, Account: hexOf(acct), Lines: lines, Payout: pay}
}

func line(asset common.Address, prev, cum string) engine.RecipientLine {
	return engine.RecipientLine{Asset: hexOf(asset), PreviousCumulative: prev, Cumulative: cum}
}

// Groups are by (asset, chain, asset out) of the preference in force; each holder's part is
// what became payable this epoch; the default preference, one naming the home chain and the
// line's own asset, and a holder with nothing new are paid directly (not in a group).
func TestPlan(t *testing.T) {
	const home, other = 31337, 31338
	usd, eur := common.HexToAddress("0x05d0"), common.HexToAddress("0xe0")
	alice, bob, carol, dave, erin, fred := common.Address{19: 1}, common.Address{19: 2}, common.Address{19: 3}, common.Address{19: 4}, common.Address{19: 5}, common.Address{19: 6}
	pref := func(chain uint64, a common.Address) *engine.PayoutPreference {
		p, err := engine.NewPayoutPreference(chain, a)
		if err != nil {
			t.Fatal(err)
		}
		return &p
	}
	s := &engine.EpochStatements{Epoch: 2, Recipients: []engine.RecipientStatement{
		recipient(alice, pref(home, eur), line(usd, "100", "250"), line(eur, "0", "7")), // usd swapped, eur is already eur
		recipient(bob, pref(other, usd), line(usd, "0", "40")),
		recipient(carol, pref(home, usd), line(usd, "0", "99")), // her own asset at home: direct
		recipient(dave, nil, line(usd, "0", "1000")),            // default: direct
		recipient(erin, pref(home, eur), line(usd, "5", "5")),   // nothing new
		recipient(fred, pref(home, eur), line(usd, "0", "3")),
	}}
	got, err := routes.Plan(s, home)
	if err != nil {
		t.Fatal(err)
	}
	want := []routes.Group{
		{HomeChain: home, Asset: usd, ToChain: home, ToAsset: eur, Parts: []routes.Part{
			{Account: alice, Amount: *uint256.NewInt(150)}, {Account: fred, Amount: *uint256.NewInt(3)}}},
		{HomeChain: home, Asset: usd, ToChain: other, ToAsset: usd, Parts: []routes.Part{{Account: bob, Amount: *uint256.NewInt(40)}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("plan:\n got %+v\nwant %+v", got, want)
	}
	if k := got[0].Kinds(); !reflect.DeepEqual(k, []string{routes.KindSwap}) {
		t.Errorf("same chain, other asset: kinds %v", k)
	}
	if k := got[1].Kinds(); !reflect.DeepEqual(k, []string{routes.KindBridge}) {
		t.Errorf("other chain: kinds %v", k)
	}
	s.Recipients[0].Lines[0].Cumulative = "99"
	if _, err := routes.Plan(s, home); err == nil {
		t.Error("a cumulative below the previous one was planned")
	}
}
