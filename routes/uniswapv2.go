package routes

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/bindings/uniswapv2factory"
	"github.com/dataroyalty/royalty/bindings/uniswapv2pair"
	"github.com/dataroyalty/royalty/bindings/uniswapv2router02"
	"github.com/dataroyalty/royalty/relayer/txmgr"
)

var (
	routerABI  = uniswapv2router02.NewUniswapV2Router02()
	factoryABI = uniswapv2factory.NewUniswapV2Factory()
	pairABI    = uniswapv2pair.NewUniswapV2Pair()
	erc20ABI   = testtoken.NewTestToken() // only its ERC-20 functions
	swapTopic  = pairABI.GetABI().Events["Swap"].ID
)

// LookupSender is a Sender that can also tell whether an action's intent is already stored
// (relayer/txmgr.Manager): a resumed swap must not be quoted again (our own swap may have moved
// the price).
type LookupSender interface {
	Sender
	Lookup(ctx context.Context, key string) (*txmgr.Intent, error)
}

// UniswapV2 swaps through a Uniswap V2 Router02 on one chain, over the direct pair of the two
// assets (no multi-hop).
type UniswapV2 struct {
	backend bind.ContractBackend
	chainID uint64
	router  common.Address
	factory common.Address
}

// NewUniswapV2 is the venue of the Router02 at router; its factory is read from the router.
func NewUniswapV2(ctx context.Context, backend bind.ContractBackend, chainID uint64, router common.Address) (*UniswapV2, error) {
	f, err := bind.Call(routerABI.Instance(backend, router), &bind.CallOpts{Context: ctx}, routerABI.PackFactory(), routerABI.UnpackFactory)
	if err != nil {
		return nil, fmt.Errorf("uniswap v2: read the factory of router %s: %w", router, err)
	}
	return &UniswapV2{backend: backend, chainID: chainID, router: router, factory: f}, nil
}

// Name is "uniswap-v2:" and the router's address.
func (u *UniswapV2) Name() string { return "uniswap-v2:" + strings.ToLower(u.router.Hex()) }

// ChainID is the chain the venue is on.
func (u *UniswapV2) ChainID() uint64 { return u.chainID }

// Pair is the pool of two assets, or an error when the factory has none.
func (u *UniswapV2) Pair(ctx context.Context, a, b common.Address) (common.Address, error) {
	p, err := bind.Call(factoryABI.Instance(u.backend, u.factory), &bind.CallOpts{Context: ctx}, factoryABI.PackGetPair(a, b), factoryABI.UnpackGetPair)
	if err != nil {
		return common.Address{}, fmt.Errorf("uniswap v2: pair of %s and %s: %w", a, b, err)
	}
	if p == (common.Address{}) {
		return common.Address{}, fmt.Errorf("uniswap v2: factory %s has no pool for %s and %s: create one or choose another venue", u.factory, a, b)
	}
	return p, nil
}

// Quote is the router's getAmountsOut over the direct pair.
func (u *UniswapV2) Quote(ctx context.Context, in, out common.Address, amountIn *big.Int) (*big.Int, error) {
	if _, err := u.Pair(ctx, in, out); err != nil {
		return nil, err
	}
	amts, err := bind.Call(routerABI.Instance(u.backend, u.router), &bind.CallOpts{Context: ctx},
		routerABI.PackGetAmountsOut(amountIn, []common.Address{in, out}), routerABI.UnpackGetAmountsOut)
	if err != nil {
		return nil, fmt.Errorf("uniswap v2: quote %s of %s for %s: %w", amountIn, in, out, err)
	}
	if len(amts) != 2 {
		return nil, fmt.Errorf("uniswap v2: quote returned %d amounts, want 2", len(amts))
	}
	return amts[1], nil
}

// Swap approves the router for o.AmountIn (unless the allowance already covers it) and calls
// swapExactTokensForTokens, each exactly once under key+"/approve" and key+"/swap". Before the
// first signature it quotes again and refuses (ErrSlippage, nothing sent) when the pool would
// give less than o.MinOut; the router enforces the same bound on chain. A swap already stored
// under the key is resumed without quoting. The fill is read from the pair's own Swap event.
func (u *UniswapV2) Swap(ctx context.Context, s Sender, key string, o SwapOrder) (*Fill, error) {
	if o.AmountIn == nil || o.AmountIn.Sign() <= 0 || o.MinOut == nil || o.MinOut.Sign() < 0 {
		return nil, fmt.Errorf("uniswap v2: swap %q: amountIn must be positive and minOut non-negative", key)
	}
	pair, err := u.Pair(ctx, o.In, o.Out)
	if err != nil {
		return nil, err
	}
	stored := false
	if ls, ok := s.(LookupSender); ok {
		_, err := ls.Lookup(ctx, key+"/swap")
		switch {
		case err == nil:
			stored = true
		case !errors.Is(err, txmgr.ErrNotFound):
			return nil, fmt.Errorf("uniswap v2: swap %q: %w", key, err)
		}
	}
	var hashes []common.Hash
	if !stored {
		q, err := u.Quote(ctx, o.In, o.Out, o.AmountIn)
		if err != nil {
			return nil, err
		}
		if q.Cmp(o.MinOut) < 0 {
			return nil, fmt.Errorf("%w: swap %q: %s of %s now buys %s of %s, the bound is %s", ErrSlippage, key, o.AmountIn, o.In, q, o.Out, o.MinOut)
		}
		token := erc20ABI.Instance(u.backend, o.In)
		from := s.From()
		r, err := s.Send(ctx, txmgr.Candidate{Key: key + "/approve", To: o.In, Data: erc20ABI.PackApprove(u.router, o.AmountIn),
			Done: func(ctx context.Context) (bool, error) {
				a, err := bind.Call(token, &bind.CallOpts{Context: ctx}, erc20ABI.PackAllowance(from, u.router), erc20ABI.UnpackAllowance)
				return err == nil && a.Cmp(o.AmountIn) >= 0, err
			}})
		if err != nil {
			return nil, fmt.Errorf("uniswap v2: approve the router for swap %q: %w", key, err)
		}
		if r != nil {
			hashes = append(hashes, r.TxHash)
		}
	}
	data := routerABI.PackSwapExactTokensForTokens(o.AmountIn, o.MinOut, []common.Address{o.In, o.Out}, o.To, new(big.Int).SetUint64(o.Deadline))
	r, err := s.Send(ctx, txmgr.Candidate{Key: key + "/swap", To: u.router, Data: data,
		Expect: func(r *types.Receipt) error { _, err := u.fill(r, pair, o); return err }})
	if err != nil {
		if strings.Contains(err.Error(), "INSUFFICIENT_OUTPUT_AMOUNT") {
			return nil, fmt.Errorf("%w: swap %q: %w", ErrSlippage, key, err)
		}
		return nil, fmt.Errorf("uniswap v2: swap %q: %w", key, err)
	}
	if r == nil {
		return nil, fmt.Errorf("uniswap v2: swap %q: no receipt", key)
	}
	f, err := u.fill(r, pair, o)
	if err != nil {
		return nil, err
	}
	f.TxHashes = append(hashes, r.TxHash)
	return f, nil
}

// fill reads the pair's Swap event to o.To from a receipt.
func (u *UniswapV2) fill(r *types.Receipt, pair common.Address, o SwapOrder) (*Fill, error) {
	for _, l := range r.Logs {
		if l.Address != pair || len(l.Topics) == 0 || l.Topics[0] != swapTopic {
			continue
		}
		e, err := pairABI.UnpackSwapEvent(l)
		if err != nil {
			return nil, fmt.Errorf("uniswap v2: decode Swap of pair %s: %w", pair, err)
		}
		if e.To != o.To {
			continue
		}
		in, out := e.Amount0In, e.Amount1Out
		if bytes.Compare(o.In[:], o.Out[:]) > 0 { // o.In is token1
			in, out = e.Amount1In, e.Amount0Out
		}
		// The pair keeps 0.3% of the input: fee = ⌈in·3/1000⌉.
		fee := new(big.Int).Mul(in, big.NewInt(3))
		fee.Add(fee, big.NewInt(999)).Quo(fee, big.NewInt(1000))
		return &Fill{Venue: u.Name(), ChainID: u.chainID, Pool: pair, In: o.In, Out: o.Out, AmountIn: in, AmountOut: out, Fee: fee}, nil
	}
	return nil, fmt.Errorf("uniswap v2: receipt %s has no Swap of pair %s to %s", r.TxHash, pair, o.To)
}
