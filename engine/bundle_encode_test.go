package engine

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// EncodeBundle is the exact inverse of DecodeBundle, and the decoded bundle
// prices to the same line item.
func TestEncodeBundleRoundTrip(t *testing.T) {
	in := &Input{
		Event: Event{ID: "evt-42", Consumer: common.HexToAddress("0xc0"), DatasetID: *uint256.NewInt(7), DatasetVersion: 3,
			Quantity: *uint256.NewInt(1000), Unit: "requests", Timestamp: 1_700_000_000, ValuationVersion: 2, Mode: ModeTNPL},
		Valuation: Valuation{Version: 2, Asset: common.HexToAddress("0xa5"), Unit: "requests", BasePrice: *uint256.NewInt(2000),
			PriceUnit: *uint256.NewInt(1), Factors: []Factor{{Name: "quality", WAD: *uint256.NewInt(1_100_000_000_000_000_000)}}},
		Policy: Policy{Version: 1, ReserveBps: 500, ProtocolBps: 1500, DeveloperBps: 1000, PoolBps: 6000,
			Treasury: common.HexToAddress("0x7e"), Developers: []Developer{{Account: common.HexToAddress("0xd1"), Weight: *uint256.NewInt(1)}},
			DisputeWindow: 86400},
		Snapshot: Snapshot{ChainID: 31337, Token: common.HexToAddress("0x70"), DatasetID: *uint256.NewInt(7), DatasetVersion: 3,
			Block: 12, BlockHash: common.HexToHash("0xbb"),
			Holdings: []Holding{{CfID: *uint256.NewInt(1), Holder: common.HexToAddress("0x01"), Units: *uint256.NewInt(30)},
				{CfID: *uint256.NewInt(2), Holder: common.HexToAddress("0x02"), Units: *uint256.NewInt(70)}}},
	}
	b, err := EncodeBundle(in)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeBundle(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	if !reflect.DeepEqual(in, back) {
		t.Fatalf("round trip changed the bundle:\n%+v\n%+v", in, back)
	}
	a, err := ComputeLineItem(in)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ComputeLineItem(back)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash != c.Hash {
		t.Fatal("decoded bundle prices differently")
	}
}
