package engine

import (
	"encoding/json"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// EncodeBundle writes in as a `royalty compute` bundle (docs/formats.md):
// the exact input DecodeBundle reads back, so a stored line item can be
// replayed by anyone with `royalty compute`. uint64 fields are JSON numbers,
// uint256 fields decimal strings, addresses lowercase hex.
func EncodeBundle(in *Input) ([]byte, error) {
	type factor struct {
		Name string `json:"name"`
		WAD  string `json:"wad"`
	}
	type developer struct {
		Account string `json:"account"`
		Weight  string `json:"weight"`
	}
	type holding struct {
		CfID   string `json:"cfId"`
		Holder string `json:"holder"`
		Units  string `json:"units"`
	}
	addr := func(a common.Address) string { return strings.ToLower(a.Hex()) }
	e, v, p, s := &in.Event, &in.Valuation, &in.Policy, &in.Snapshot
	factors := make([]factor, len(v.Factors))
	for i := range v.Factors {
		factors[i] = factor{v.Factors[i].Name, v.Factors[i].WAD.Dec()}
	}
	devs := make([]developer, len(p.Developers))
	for i := range p.Developers {
		devs[i] = developer{addr(p.Developers[i].Account), p.Developers[i].Weight.Dec()}
	}
	holdings := make([]holding, len(s.Holdings))
	for i := range s.Holdings {
		holdings[i] = holding{s.Holdings[i].CfID.Dec(), addr(s.Holdings[i].Holder), s.Holdings[i].Units.Dec()}
	}
	out := struct {
		Event     any `json:"event"`
		Valuation any `json:"valuation"`
		Policy    any `json:"policy"`
		Snapshot  any `json:"snapshot"`
	}{
		Event: struct {
			ID               string `json:"id"`
			Consumer         string `json:"consumer"`
			DatasetID        string `json:"datasetId"`
			DatasetVersion   uint64 `json:"datasetVersion"`
			Quantity         string `json:"quantity"`
			Unit             string `json:"unit"`
			Timestamp        uint64 `json:"timestamp"`
			ValuationVersion uint64 `json:"valuationVersion"`
			Mode             string `json:"mode"`
		}{e.ID, addr(e.Consumer), e.DatasetID.Dec(), e.DatasetVersion, e.Quantity.Dec(), e.Unit, e.Timestamp, e.ValuationVersion, e.Mode.String()},
		Valuation: struct {
			Version   uint64   `json:"version"`
			Asset     string   `json:"asset"`
			Unit      string   `json:"unit"`
			BasePrice string   `json:"basePrice"`
			PriceUnit string   `json:"priceUnit"`
			Factors   []factor `json:"factors"`
		}{v.Version, addr(v.Asset), v.Unit, v.BasePrice.Dec(), v.PriceUnit.Dec(), factors},
		Policy: struct {
			Version       uint64      `json:"version"`
			ReserveBps    uint16      `json:"reserveBps"`
			ProtocolBps   uint16      `json:"protocolBps"`
			DeveloperBps  uint16      `json:"developerBps"`
			PoolBps       uint16      `json:"poolBps"`
			Treasury      string      `json:"treasury"`
			Developers    []developer `json:"developers"`
			DisputeWindow uint64      `json:"disputeWindow"`
		}{p.Version, p.ReserveBps, p.ProtocolBps, p.DeveloperBps, p.PoolBps, addr(p.Treasury), devs, p.DisputeWindow},
		Snapshot: struct {
			ChainID        uint64    `json:"chainId"`
			Token          string    `json:"token"`
			DatasetID      string    `json:"datasetId"`
			DatasetVersion uint64    `json:"datasetVersion"`
			Block          uint64    `json:"block"`
			BlockHash      string    `json:"blockHash"`
			Holdings       []holding `json:"holdings"`
		}{s.ChainID, addr(s.Token), s.DatasetID.Dec(), s.DatasetVersion, s.Block, s.BlockHash.Hex(), holdings},
	}
	return json.Marshal(out)
}
