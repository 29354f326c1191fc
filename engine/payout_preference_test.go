package engine_test

import (
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/ethereum/go-ethereum/common"
)

func TestNewPayoutPreference(t *testing.T) {
	asset := common.HexToAddress("0xAbC0000000000000000000000000000000000001")
	p, err := engine.NewPayoutPreference(10, asset)
	if err != nil || p.ChainID != 10 || p.Asset != "0xabc0000000000000000000000000000000000001" {
		t.Fatalf("got %+v, %v", p, err)
	}
	if p, err := engine.NewPayoutPreference(0, common.Address{}); err != nil || !p.IsDefault() {
		t.Fatalf("(0, zero): %+v, %v; want the default", p, err)
	}
	for _, c := range []struct {
		chain uint64
		asset common.Address
	}{{0, asset}, {10, common.Address{}}} {
		if _, err := engine.NewPayoutPreference(c.chain, c.asset); err == nil {
			t.Errorf("(%d, %s) accepted; half a preference must be refused", c.chain, c.asset)
		}
	}
	if !p.Routes(1, asset) || !p.Routes(10, common.HexToAddress("0x2")) || p.Routes(10, asset) {
		t.Error("Routes: another chain or another asset needs a step, the same chain and asset does not")
	}
	if (engine.PayoutPreference{}).Routes(10, asset) {
		t.Error("the default preference never routes")
	}
}

// The statement of an account with a preference shows it and its hash covers
// it; accounts without one are unchanged (so are epochs where nobody has one:
// their stored hashes stay valid); applying again changes nothing.
func TestApplyPayoutPreferences(t *testing.T) {
	alice, bob := "0x00000000000000000000000000000000000000a1", "0x00000000000000000000000000000000000000b0"
	s := &engine.EpochStatements{Epoch: 1, Start: 0, End: 100, Trigger: "calendar",
		Recipients: []engine.RecipientStatement{{Epoch: 1, Account: alice}, {Epoch: 1, Account: bob}}}
	if err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	plain, aliceHash, bobHash := s.Hash, s.Recipients[0].Hash, s.Recipients[1].Hash
	if err := s.ApplyPayoutPreferences(nil); err != nil || s.Hash != plain {
		t.Fatalf("no preferences changed the hash: %v", err)
	}
	p, _ := engine.NewPayoutPreference(31338, common.HexToAddress("0xe0"))
	prefs := map[common.Address]engine.PayoutPreference{common.HexToAddress(alice): p, common.HexToAddress("0xc0"): p}
	if err := s.ApplyPayoutPreferences(prefs); err != nil {
		t.Fatal(err)
	}
	if s.Recipients[0].Payout == nil || *s.Recipients[0].Payout != p {
		t.Fatalf("alice's statement shows %v, want %v", s.Recipients[0].Payout, p)
	}
	if s.Recipients[1].Payout != nil || s.Recipients[1].Hash != bobHash {
		t.Fatal("bob has no preference: his statement must not change")
	}
	if s.Recipients[0].Hash == aliceHash || s.Hash == plain {
		t.Fatal("the hashes do not cover the preference")
	}
	if len(s.Recipients) != 2 {
		t.Fatal("an account with a preference but no statement was added")
	}
	withPref := s.Hash
	if err := s.ApplyPayoutPreferences(prefs); err != nil || s.Hash != withPref {
		t.Fatalf("applying again changed the hash: %v", err)
	}
	if err := s.ApplyPayoutPreferences(nil); err != nil || s.Hash != plain || s.Recipients[0].Payout != nil {
		t.Fatalf("clearing did not restore the plain statement: %v", err)
	}
}
