package relayer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// The JSON form of a payout carries every amount as a decimal string.

type fundingJSON struct {
	Consumer common.Address `json:"consumer"`
	Asset    common.Address `json:"asset"`
	Amount   string         `json:"amount"`
}

type payoutJSON struct {
	ChainID     uint64           `json:"chainId"`
	Vault       common.Address   `json:"revenueVault"`
	Distributor common.Address   `json:"royaltyDistributor"`
	Epoch       uint64           `json:"epoch"`
	End         uint64           `json:"end"`
	Root        common.Hash      `json:"root"`
	ReceiptRoot common.Hash      `json:"receiptRoot"`
	Assets      []common.Address `json:"assets"`
	Totals      []string         `json:"totals"`
	Fundings    []fundingJSON    `json:"fundings"`
}

// MarshalJSON writes amounts as decimal strings.
func (p Payout) MarshalJSON() ([]byte, error) {
	out := payoutJSON{ChainID: p.ChainID, Vault: p.Vault, Distributor: p.Distributor, Epoch: p.Epoch,
		End: p.End, Root: p.Root, ReceiptRoot: p.ReceiptRoot, Assets: p.Assets, Totals: []string{}, Fundings: []fundingJSON{}}
	for _, t := range p.Totals {
		out.Totals = append(out.Totals, t.String())
	}
	for _, f := range p.Fundings {
		out.Fundings = append(out.Fundings, fundingJSON{Consumer: f.Consumer, Asset: f.Asset, Amount: f.Amount.String()})
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a payout strictly: unknown fields and amounts that are
// not plain decimals below 2^256 are errors naming the field.
func (p *Payout) UnmarshalJSON(data []byte) error {
	var in payoutJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return fmt.Errorf("payout: %w", err)
	}
	out := Payout{ChainID: in.ChainID, Vault: in.Vault, Distributor: in.Distributor, Epoch: in.Epoch,
		End: in.End, Root: in.Root, ReceiptRoot: in.ReceiptRoot, Assets: in.Assets}
	for i, t := range in.Totals {
		v, err := decimal(t)
		if err != nil {
			return fmt.Errorf("payout.totals[%d]: %w", i, err)
		}
		out.Totals = append(out.Totals, v)
	}
	for i, f := range in.Fundings {
		v, err := decimal(f.Amount)
		if err != nil {
			return fmt.Errorf("payout.fundings[%d].amount: %w", i, err)
		}
		out.Fundings = append(out.Fundings, Funding{Consumer: f.Consumer, Asset: f.Asset, Amount: v})
	}
	*p = out
	return nil
}

func decimal(s string) (*big.Int, error) {
	if len(s) > 1 && s[0] == '0' {
		return nil, fmt.Errorf("%q has a leading zero", s)
	}
	v, err := uint256.FromDecimal(s)
	if err != nil {
		return nil, fmt.Errorf("%q is not a decimal integer below 2^256", s)
	}
	return v.ToBig(), nil
}

// MarshalJSON writes a funding with its amount as a decimal string, like
// every amount the project prints.
func (f Funding) MarshalJSON() ([]byte, error) {
	amount := "0"
	if f.Amount != nil {
		amount = f.Amount.String()
	}
	return json.Marshal(fundingJSON{Consumer: f.Consumer, Asset: f.Asset, Amount: amount})
}

// UnmarshalJSON reads a funding strictly (its amount a decimal string).
func (f *Funding) UnmarshalJSON(data []byte) error {
	var in fundingJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return fmt.Errorf("funding: %w", err)
	}
	v, err := decimal(in.Amount)
	if err != nil {
		return fmt.Errorf("funding.amount: %w", err)
	}
	*f = Funding{Consumer: in.Consumer, Asset: in.Asset, Amount: v}
	return nil
}
