package relayer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
)

// contracts is every call the relayer makes to the vault, the distributor
// and the assets, and every event it reads: the one place to change when the
// contracts change. Reads wrap reverts in their decoded words.
type contracts struct {
	chain bind.ContractBackend
	vault *revenuevault.RevenueVault
	dist  *royaltydistributor.RoyaltyDistributor
	erc20 *testtoken.TestToken // only its ERC-20 part: balanceOf, decimals, symbol
}

func newContracts(chain bind.ContractBackend) contracts {
	return contracts{chain: chain, vault: revenuevault.NewRevenueVault(),
		dist: royaltydistributor.NewRoyaltyDistributor(), erc20: testtoken.NewTestToken()}
}

func call[T any](ctx context.Context, c *bind.BoundContract, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(c, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		return v, fmt.Errorf("read %s: %w", what, reverts.Explain(err))
	}
	return v, nil
}

// Vault.

func (c contracts) funded(ctx context.Context, vault common.Address, epoch uint64, consumer, asset common.Address) (*big.Int, error) {
	return call(ctx, c.vault.Instance(c.chain, vault), fmt.Sprintf("funded(%d, %s, %s)", epoch, consumer, asset),
		c.vault.PackFunded(epoch, consumer, asset), c.vault.UnpackFunded)
}

func (c contracts) vaultBalance(ctx context.Context, vault, consumer, asset common.Address) (*big.Int, error) {
	return call(ctx, c.vault.Instance(c.chain, vault), fmt.Sprintf("vault balance of %s in %s", consumer, asset),
		c.vault.PackBalanceOf(consumer, asset), c.vault.UnpackBalanceOf)
}

func (c contracts) fundCall(epoch uint64, f Funding) []byte {
	return c.vault.PackFundEpoch(epoch, f.Consumer, f.Asset, f.Amount)
}

// isFunding reports whether a log is the vault's EpochFunded for this funding.
func (c contracts) isFunding(l *types.Log, p *Payout, f Funding) bool {
	ev, err := c.vault.UnpackEpochFundedEvent(l)
	return err == nil && l.Address == p.Vault && ev.Epoch == p.Epoch && ev.Consumer == f.Consumer && ev.Asset == f.Asset && ev.Amount.Cmp(f.Amount) == 0
}

// fundingQuery selects the vault's EpochFunded logs of an epoch.
func (c contracts) fundingQuery(p *Payout) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{p.Vault},
		Topics: [][]common.Hash{{c.vault.GetABI().Events["EpochFunded"].ID}, {epochTopic(p.Epoch)}}}
}

// Distributor.

type pendingRoot struct {
	Epoch       uint64
	Root        common.Hash
	ActivatesAt uint64
}

func (c contracts) pending(ctx context.Context, dist common.Address) (pendingRoot, error) {
	v, err := call(ctx, c.dist.Instance(c.chain, dist), "pending root", c.dist.PackPending(), c.dist.UnpackPending)
	if err != nil {
		return pendingRoot{}, err
	}
	return pendingRoot{Epoch: v.Epoch, Root: v.Root, ActivatesAt: v.ActivatesAt}, nil
}

func (c contracts) currentEpoch(ctx context.Context, dist common.Address) (uint64, error) {
	return call(ctx, c.dist.Instance(c.chain, dist), "current epoch", c.dist.PackCurrentEpoch(), c.dist.UnpackCurrentEpoch)
}

func (c contracts) rootOf(ctx context.Context, dist common.Address, epoch uint64) (common.Hash, error) {
	r, err := call(ctx, c.dist.Instance(c.chain, dist), fmt.Sprintf("root of epoch %d", epoch), c.dist.PackRootOf(epoch), c.dist.UnpackRootOf)
	return common.Hash(r), err
}

// revoked reports whether the distributor refuses exactly the payout's
// proposal as revoked: that proposal (root, receipt root, end, assets and
// totals) was revoked by the guardian or a challenge, or its root was
// challenged. Either way it can never be proposed again for the epoch.
func (c contracts) revoked(ctx context.Context, p *Payout) (bool, error) {
	return call(ctx, c.dist.Instance(c.chain, p.Distributor), fmt.Sprintf("isRevoked(%d, %s, …)", p.Epoch, p.Root),
		c.dist.PackIsRevoked(p.Epoch, p.Root, p.ReceiptRoot, p.End, p.Assets, p.Totals), c.dist.UnpackIsRevoked)
}

// challenged reports whether root was revoked for epoch by a challenge (one of
// its leaves below what was claimed): no proposal of it is ever accepted.
func (c contracts) challenged(ctx context.Context, dist common.Address, epoch uint64, root common.Hash) (bool, error) {
	return call(ctx, c.dist.Instance(c.chain, dist), fmt.Sprintf("challenged(%d, %s)", epoch, root), c.dist.PackChallenged(epoch, root), c.dist.UnpackChallenged)
}

// pendingDigest is the proposal digest of the pending proposal (zero: none).
func (c contracts) pendingDigest(ctx context.Context, dist common.Address) (common.Hash, error) {
	d, err := call(ctx, c.dist.Instance(c.chain, dist), "pending proposal digest", c.dist.PackPendingDigest(), c.dist.UnpackPendingDigest)
	return common.Hash(d), err
}

// claimEpochOf is the epoch of the latest active root that lists asset (0:
// none yet): claims of the asset are checked against that root.
func (c contracts) claimEpochOf(ctx context.Context, dist, asset common.Address) (uint64, error) {
	return call(ctx, c.dist.Instance(c.chain, dist), fmt.Sprintf("claim epoch of %s", asset), c.dist.PackClaimEpochOf(asset), c.dist.UnpackClaimEpochOf)
}

func (c contracts) activeRoot(ctx context.Context, dist common.Address) (common.Hash, error) {
	r, err := call(ctx, c.dist.Instance(c.chain, dist), "active root", c.dist.PackActiveRoot(), c.dist.UnpackActiveRoot)
	return common.Hash(r), err
}

func (c contracts) totalClaimed(ctx context.Context, dist, asset common.Address) (*big.Int, error) {
	return call(ctx, c.dist.Instance(c.chain, dist), fmt.Sprintf("total claimed of %s", asset), c.dist.PackTotalClaimed(asset), c.dist.UnpackTotalClaimed)
}

func (c contracts) claimed(ctx context.Context, dist, account, asset common.Address) (*big.Int, error) {
	return call(ctx, c.dist.Instance(c.chain, dist), fmt.Sprintf("claimed by %s of %s", account, asset), c.dist.PackClaimed(account, asset), c.dist.UnpackClaimed)
}

func (c contracts) proposeCall(p *Payout) []byte {
	return c.dist.PackProposeRoot(p.Epoch, p.Root, p.ReceiptRoot, p.End, p.Assets, p.Totals)
}

func (c contracts) activateCall(epoch uint64) []byte { return c.dist.PackActivateRoot(epoch) }

func (c contracts) claimCall(account common.Address, assets []common.Address, cums []*big.Int, proofs [][][32]byte) []byte {
	return c.dist.PackClaim(account, assets, cums, proofs)
}

func (c contracts) isProposal(l *types.Log, p *Payout) bool {
	ev, err := c.dist.UnpackRootProposedEvent(l)
	return err == nil && l.Address == p.Distributor && ev.Epoch == p.Epoch && ev.Root == p.Root
}

func (c contracts) isActivation(l *types.Log, p *Payout) bool {
	ev, err := c.dist.UnpackRootActivatedEvent(l)
	return err == nil && l.Address == p.Distributor && ev.Epoch == p.Epoch && ev.Root == p.Root
}

// rootQuery selects the distributor's RootProposed or RootActivated logs of
// the payout's epoch and root.
func (c contracts) rootQuery(p *Payout, event string) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{p.Distributor},
		Topics: [][]common.Hash{{c.dist.GetABI().Events[event].ID}, {epochTopic(p.Epoch)}, {p.Root}}}
}

// claimedEvent reads a Claimed log of the distributor.
func (c contracts) claimedEvent(l *types.Log, dist common.Address) (asset common.Address, amount, cumulative *big.Int, ok bool) {
	ev, err := c.dist.UnpackClaimedEvent(l)
	if err != nil || l.Address != dist {
		return common.Address{}, nil, nil, false
	}
	return ev.Asset, ev.Amount, ev.Cumulative, true
}

// Assets (any ERC-20).

func (c contracts) balanceOf(ctx context.Context, token, who common.Address) (*big.Int, error) {
	return call(ctx, c.erc20.Instance(c.chain, token), fmt.Sprintf("balance of %s in %s", who, token), c.erc20.PackBalanceOf(who), c.erc20.UnpackBalanceOf)
}

func (c contracts) token(ctx context.Context, addr common.Address) (Token, error) {
	inst := c.erc20.Instance(c.chain, addr)
	sym, err := call(ctx, inst, fmt.Sprintf("symbol of %s", addr), c.erc20.PackSymbol(), c.erc20.UnpackSymbol)
	if err != nil {
		return Token{}, err
	}
	dec, err := call(ctx, inst, fmt.Sprintf("decimals of %s", addr), c.erc20.PackDecimals(), c.erc20.UnpackDecimals)
	if err != nil {
		return Token{}, err
	}
	return Token{Address: addr, Symbol: sym, Decimals: dec}, nil
}

func epochTopic(epoch uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(epoch)) }
