package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

// HolderStatement is what an account is owed, epoch by epoch and from
// which events, and (when a node was asked) what it has claimed.
type HolderStatement struct {
	ChainID     uint64                   `json:"chainId"`
	Distributor common.Address           `json:"distributor"`
	Account     common.Address           `json:"account"`
	Epochs      []HolderEpoch            `json:"epochs"`
	Totals      []HolderTotal            `json:"totals"`
	Tokens      map[string]relayer.Token `json:"tokens"` // by asset address; Decimals is meaningful only when Known
	// ClaimedChecked: the claimed amounts were read from the distributor.
	ClaimedChecked bool `json:"claimedChecked"`
}

// HolderEpoch is one closed epoch in which the account has a statement.
type HolderEpoch struct {
	Epoch  uint64           `json:"epoch"`
	Start  uint64           `json:"start"`
	End    uint64           `json:"end"`
	Stage  string           `json:"stage"`
	Assets []ExplainedAsset `json:"assets"`
	// Routes are the account's routed payouts of the epoch (its payout
	// preference in another asset or on another chain); absent when none.
	Routes []HolderRoute `json:"routes,omitempty"`
}

// HolderTotal is, per asset, the latest cumulative entitlement and what is
// claimed of it (nil unless checked).
type HolderTotal struct {
	Asset      common.Address `json:"asset"`
	Cumulative string         `json:"cumulative"` // base units
	Epoch      uint64         `json:"epoch"`      // the epoch whose tree holds it
	Claimed    *string        `json:"claimed,omitempty"`
	Claimable  *string        `json:"claimable,omitempty"` // cumulative − claimed, once that epoch's root is active
	// Held is the account's share of the reserves still held after the last
	// closed epoch (nil for a one-epoch statement, or when it has none).
	Held *HeldReserve `json:"held,omitempty"`
}

// TokenInfo says how to print an asset: Known when its symbol and decimals
// were read from the token (now, or earlier and stored).
type TokenInfo struct {
	relayer.Token
	Known bool
}

// Holder builds the account's statement over every closed epoch (or only
// epoch, when not 0). With a chain it reads each token's symbol and decimals
// (stored for later runs without one) and the distributor's claimed
// amounts; without, tokens come from the stored metadata and claimed
// amounts are not checked. ErrNoStatement when the account has none.
func (e *Epochs) Holder(ctx context.Context, account common.Address, epoch uint64, chain bind.ContractBackend) (*HolderStatement, map[common.Address]TokenInfo, error) {
	out := &HolderStatement{ChainID: e.Dep.ChainID, Distributor: e.Dep.RoyaltyDistributor, Account: account,
		Epochs: []HolderEpoch{}, Totals: []HolderTotal{}, Tokens: map[string]relayer.Token{}, ClaimedChecked: chain != nil}
	first, last := epoch, epoch
	if epoch == 0 {
		row, err := e.Store.LastEpoch(ctx, e.Dep.ChainID)
		if errors.Is(err, store.ErrNotFound) {
			return nil, nil, fmt.Errorf("%w: no epoch is closed yet", ErrNoStatement)
		}
		if err != nil {
			return nil, nil, err
		}
		first, last = 1, row.Epoch
	}
	stages, err := e.Store.RelayStages(ctx, e.Dep.ChainID)
	if err != nil {
		return nil, nil, err
	}
	totals := map[common.Address]*HolderTotal{}
	var order []common.Address
	for k := first; k <= last; k++ {
		row, err := e.Store.Epoch(ctx, e.Dep.ChainID, k)
		if err != nil {
			return nil, nil, err
		}
		ex, err := e.Explain(ctx, k, account)
		if errors.Is(err, ErrNoStatement) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		stage := stages[k]
		if stage == "" {
			stage = "closed"
		}
		rts, err := e.holderRoutes(ctx, k, account)
		if err != nil {
			return nil, nil, err
		}
		out.Epochs = append(out.Epochs, HolderEpoch{Epoch: k, Start: row.Start, End: row.End, Stage: stage, Assets: ex.Assets, Routes: rts})
		for _, a := range ex.Assets {
			if totals[a.Asset] == nil {
				order = append(order, a.Asset)
				totals[a.Asset] = &HolderTotal{Asset: a.Asset}
			}
			totals[a.Asset].Cumulative, totals[a.Asset].Epoch = a.Line.Cumulative, k
		}
	}
	if len(out.Epochs) == 0 {
		if epoch != 0 {
			return nil, nil, fmt.Errorf("%w: %s in epoch %d", ErrNoStatement, account.Hex(), epoch)
		}
		return nil, nil, fmt.Errorf("%w: %s in any of epochs 1..%d", ErrNoStatement, account.Hex(), last)
	}
	tokens, err := e.tokens(ctx, order, chain)
	if err != nil {
		return nil, nil, err
	}
	var held map[common.Address]HeldReserve
	if epoch == 0 {
		if held, err = e.HeldReserves(ctx, account); err != nil {
			return nil, nil, err
		}
	}
	for _, a := range order {
		t := totals[a]
		if h, ok := held[a]; ok {
			t.Held = &h
		}
		if chain != nil {
			got, err := relayer.ClaimedBy(ctx, chain, e.Dep.RoyaltyDistributor, account, a)
			if err != nil {
				return nil, nil, err
			}
			cum, ok := new(big.Int).SetString(t.Cumulative, 10)
			if !ok {
				return nil, nil, fmt.Errorf("epoch %d: cumulative %q of %s is not a decimal", t.Epoch, t.Cumulative, a.Hex())
			}
			left := new(big.Int).Sub(cum, got)
			if left.Sign() < 0 {
				left.SetInt64(0) // claimed against a later root than the database has
			}
			c, l := got.String(), left.String()
			t.Claimed, t.Claimable = &c, &l
		}
		out.Totals = append(out.Totals, *t)
		if tokens[a].Known {
			out.Tokens[a.Hex()] = tokens[a].Token
		}
	}
	return out, tokens, nil
}

// Tokens reads the assets' symbols and decimals from the chain (storing
// them), or from the store when chain is nil.
func (e *Epochs) Tokens(ctx context.Context, assets []common.Address, chain bind.ContractBackend) (map[common.Address]TokenInfo, error) {
	return e.tokens(ctx, assets, chain)
}

// tokens reads the assets' symbols and decimals from the chain (storing
// them) or from the store.
func (e *Epochs) tokens(ctx context.Context, assets []common.Address, chain bind.ContractBackend) (map[common.Address]TokenInfo, error) {
	out := map[common.Address]TokenInfo{}
	if chain != nil {
		for _, a := range assets {
			t, err := relayer.ReadToken(ctx, chain, a)
			if err != nil {
				return nil, err
			}
			if err := e.Store.SaveToken(ctx, store.TokenMeta{ChainID: e.Dep.ChainID, Address: a, Symbol: t.Symbol, Decimals: t.Decimals}); err != nil {
				return nil, err
			}
			out[a] = TokenInfo{Token: t, Known: true}
		}
		return out, nil
	}
	metas, err := e.Store.Tokens(ctx, e.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	for _, a := range assets {
		m, ok := metas[a]
		out[a] = TokenInfo{Token: relayer.Token{Address: a, Symbol: m.Symbol, Decimals: m.Decimals}, Known: ok}
	}
	return out, nil
}
