package relayer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/merkle"
)

// Entitlement is one (asset, cumulative) leaf of an account with its proof:
// everything a wallet needs to claim it.
type Entitlement struct {
	Asset      common.Address `json:"asset"`
	Cumulative string         `json:"cumulative"` // decimal base units
	Proof      []common.Hash  `json:"proof"`
}

// AccountProofs is what `royalty proof` prints for an account.
type AccountProofs struct {
	ChainID      uint64         `json:"chainId"`
	Distributor  common.Address `json:"distributor"`
	Account      common.Address `json:"account"`
	Root         common.Hash    `json:"root"`
	Entitlements []Entitlement  `json:"entitlements"`
}

// ErrNoEntitlement: the tree has no leaf for the account.
var ErrNoEntitlement = errors.New("relayer: no entitlement for the account in this tree")

// ProofsFor finds every leaf of account in a distributor tree (assets in
// ascending order) with its proof. The tree must use merkle.DistributorTypes.
func ProofsFor(t *merkle.Tree, account common.Address) (AccountProofs, error) {
	if fmt.Sprint(t.Types()) != fmt.Sprint(merkle.DistributorTypes) {
		return AccountProofs{}, fmt.Errorf("relayer: tree leaf encoding %v is not the distributor's %v", t.Types(), merkle.DistributorTypes)
	}
	out := AccountProofs{Account: account, Root: t.Root()}
	for i := 0; i < t.Len(); i++ {
		v, err := t.Value(i)
		if err != nil {
			return out, err
		}
		if !common.IsHexAddress(v[2]) || common.HexToAddress(v[2]) != account {
			continue
		}
		chain, ok := new(big.Int).SetString(v[0], 10)
		if !ok || !chain.IsUint64() {
			return out, fmt.Errorf("relayer: leaf %d: bad chain id %q", i, v[0])
		}
		out.ChainID, out.Distributor = chain.Uint64(), common.HexToAddress(v[1])
		proof, err := t.Proof(i)
		if err != nil {
			return out, err
		}
		out.Entitlements = append(out.Entitlements, Entitlement{Asset: common.HexToAddress(v[3]), Cumulative: v[4], Proof: proof})
	}
	if len(out.Entitlements) == 0 {
		return out, fmt.Errorf("%w: %s", ErrNoEntitlement, account)
	}
	sort.Slice(out.Entitlements, func(i, j int) bool {
		return out.Entitlements[i].Asset.Cmp(out.Entitlements[j].Asset) < 0
	})
	return out, nil
}

// ClaimCalldata packs RoyaltyDistributor.claim for every entitlement of the
// account in one call.
func ClaimCalldata(p AccountProofs) ([]byte, error) {
	assets := make([]common.Address, len(p.Entitlements))
	cums := make([]*big.Int, len(p.Entitlements))
	proofs := make([][][32]byte, len(p.Entitlements))
	for i, e := range p.Entitlements {
		c, err := uint256.FromDecimal(e.Cumulative)
		if err != nil {
			return nil, fmt.Errorf("entitlements[%d].cumulative: %w", i, err)
		}
		assets[i], cums[i] = e.Asset, c.ToBig()
		proofs[i] = make([][32]byte, len(e.Proof))
		for j, h := range e.Proof {
			proofs[i][j] = h
		}
	}
	return newContracts(nil).claimCall(p.Account, assets, cums, proofs), nil
}

// ErrNothingToClaim: every entitlement of the account is already claimed on
// chain; no transaction was sent.
var ErrNothingToClaim = errors.New("relayer: nothing to claim")

// ErrRootNotActive: the tree's root is not the root an entitlement's asset is
// claimed against (the latest active root that lists the asset).
var ErrRootNotActive = errors.New("relayer: the tree's root is not the active root")

// ClaimChain is what a claim reads and sends through.
type ClaimChain interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// ClaimLine is one asset an account is owed or was paid, in base units and
// in the token's units.
type ClaimLine struct {
	Asset      common.Address `json:"asset"`
	Symbol     string         `json:"symbol"`
	Decimals   uint8          `json:"decimals"`
	Amount     string         `json:"amount"`     // base units
	Cumulative string         `json:"cumulative"` // base units
	Formatted  string         `json:"formatted"`  // amount in token units, with the symbol
}

// ClaimResult is one claim transaction and what it paid.
type ClaimResult struct {
	Account common.Address `json:"account"`
	Tx      common.Hash    `json:"tx"`
	Block   uint64         `json:"block"`
	Claimed []ClaimLine    `json:"claimed"`
}

// Claimable is, per entitlement of the account, what the chain would pay now
// (cumulative − already claimed), skipping assets with nothing left.
func Claimable(ctx context.Context, chain bind.ContractBackend, p AccountProofs) ([]ClaimLine, error) {
	c := newContracts(chain)
	var out []ClaimLine
	for _, e := range p.Entitlements {
		cum, ok := new(big.Int).SetString(e.Cumulative, 10)
		if !ok {
			return nil, fmt.Errorf("entitlement of %s: cumulative %q is not a decimal", e.Asset, e.Cumulative)
		}
		already, err := c.claimed(ctx, p.Distributor, p.Account, e.Asset)
		if err != nil {
			return nil, fmt.Errorf("relayer: %w", err)
		}
		left := new(big.Int).Sub(cum, already)
		if left.Sign() <= 0 {
			continue
		}
		tok, err := c.token(ctx, e.Asset)
		if err != nil {
			return nil, fmt.Errorf("relayer: %w", err)
		}
		out = append(out, ClaimLine{Asset: e.Asset, Symbol: tok.Symbol, Decimals: tok.Decimals, Amount: left.String(),
			Cumulative: e.Cumulative, Formatted: tok.Format(left)})
	}
	return out, nil
}

// Claim sends one claim of every entitlement of the account (funds go to the
// account whoever signs) and waits for its receipt. It refuses, sending
// nothing, when the tree's root is not the root its assets are claimed
// against (ErrRootNotActive)
// or when nothing is left to claim (ErrNothingToClaim). Reverts come back
// decoded (InvalidProof, AssetNotInRoot, …).
func Claim(ctx context.Context, chain ClaimChain, key *ecdsa.PrivateKey, p AccountProofs, poll time.Duration) (ClaimResult, error) {
	c := newContracts(chain)
	// Each asset is claimed against the latest active root that lists it.
	for _, e := range p.Entitlements {
		epoch, err := c.claimEpochOf(ctx, p.Distributor, e.Asset)
		if err != nil {
			return ClaimResult{}, fmt.Errorf("relayer: %w", err)
		}
		if epoch == 0 {
			return ClaimResult{}, fmt.Errorf("%w: asset %s is in no active root yet: wait for the epoch's root to activate", ErrRootNotActive, e.Asset)
		}
		root, err := c.rootOf(ctx, p.Distributor, epoch)
		if err != nil {
			return ClaimResult{}, fmt.Errorf("relayer: %w", err)
		}
		if root != p.Root {
			return ClaimResult{}, fmt.Errorf("%w: the tree's root is %s, but asset %s is claimed against epoch %d's root %s: use that epoch's tree",
				ErrRootNotActive, p.Root, e.Asset, epoch, root)
		}
	}
	lines, err := Claimable(ctx, chain, p)
	if err != nil {
		return ClaimResult{}, err
	}
	if len(lines) == 0 {
		return ClaimResult{}, fmt.Errorf("%w: %s has already claimed all %d of its entitlements under root %s", ErrNothingToClaim, p.Account, len(p.Entitlements), p.Root)
	}
	data, err := ClaimCalldata(p)
	if err != nil {
		return ClaimResult{}, err
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return ClaimResult{}, fmt.Errorf("relayer: read chain id: %w", err)
	}
	auth := bind.NewKeyedTransactor(key, id)
	auth.Context = ctx
	inst := c.dist.Instance(chain, p.Distributor)
	tx, err := bind.Transact(inst, auth, data)
	if err != nil {
		return ClaimResult{}, fmt.Errorf("relayer: claim for %s: %w", p.Account, reverts.Explain(err))
	}
	rcpt, err := waitReceipt(ctx, chain, tx.Hash(), poll)
	if err != nil {
		return ClaimResult{}, fmt.Errorf("relayer: claim for %s: %w", p.Account, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		msg := ethereum.CallMsg{From: auth.From, To: &p.Distributor, Data: data, Gas: tx.Gas()}
		_, cerr := chain.CallContract(ctx, msg, rcpt.BlockNumber)
		reason := "no reason the node can replay"
		if d, ok := reverts.Data(cerr); ok {
			reason = reverts.String(d)
		}
		return ClaimResult{}, fmt.Errorf("relayer: claim for %s: tx %s reverted: %s", p.Account, tx.Hash(), reason)
	}
	res := ClaimResult{Account: p.Account, Tx: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64(), Claimed: []ClaimLine{}}
	for _, l := range rcpt.Logs {
		asset, amount, cum, ok := c.claimedEvent(l, p.Distributor)
		if !ok {
			continue
		}
		tok, err := c.token(ctx, asset)
		if err != nil {
			return res, fmt.Errorf("relayer: %w", err)
		}
		res.Claimed = append(res.Claimed, ClaimLine{Asset: asset, Symbol: tok.Symbol, Decimals: tok.Decimals,
			Amount: amount.String(), Cumulative: cum.String(), Formatted: tok.Format(amount)})
	}
	return res, nil
}

func waitReceipt(ctx context.Context, chain ClaimChain, h common.Hash, poll time.Duration) (*types.Receipt, error) {
	if poll <= 0 {
		poll = time.Second
	}
	for {
		r, err := chain.TransactionReceipt(ctx, h)
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt of %s: %w", h, err)
		}
		t := time.NewTimer(poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("waiting for %s: %w", h, ctx.Err())
		case <-t.C:
		}
	}
}
