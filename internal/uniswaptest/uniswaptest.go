// Package uniswaptest deploys Uniswap V2 (factory, WETH9, Router02) on a test chain from the
// bytecode of the pinned npm packages (through the bindings) and adds real liquidity.
package uniswaptest

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/bindings/uniswapv2factory"
	"github.com/dataroyalty/royalty/bindings/uniswapv2router02"
	"github.com/dataroyalty/royalty/bindings/weth9"
	"github.com/dataroyalty/royalty/deploy"
)

// Uniswap is a deployed Uniswap V2.
type Uniswap struct {
	Factory, Router, WETH common.Address
}

// Deploy deploys the factory (fee switch off), WETH9 and Router02 from c's account.
func Deploy(ctx context.Context, c deploy.Chain) (Uniswap, error) {
	var u Uniswap
	var err error
	if u.Factory, _, err = c.Deploy(ctx, "UniswapV2Factory", &uniswapv2factory.UniswapV2FactoryMetaData,
		uniswapv2factory.NewUniswapV2Factory().PackConstructor(c.Auth.From)); err != nil {
		return u, err
	}
	if u.WETH, _, err = c.Deploy(ctx, "WETH9", &weth9.WETH9MetaData, nil); err != nil {
		return u, err
	}
	if u.Router, _, err = c.Deploy(ctx, "UniswapV2Router02", &uniswapv2router02.UniswapV2Router02MetaData,
		uniswapv2router02.NewUniswapV2Router02().PackConstructor(u.Factory, u.WETH)); err != nil {
		return u, err
	}
	return u, nil
}

// AddLiquidity mints amountA of a and amountB of b (test tokens) to c's account and adds them
// to the pair's pool through the router (creating the pair on first use).
func (u Uniswap) AddLiquidity(ctx context.Context, c deploy.Chain, a, b common.Address, amountA, amountB *big.Int) error {
	tok, r := testtoken.NewTestToken(), uniswapv2router02.NewUniswapV2Router02()
	me := c.Auth.From
	for _, x := range []struct {
		t common.Address
		n *big.Int
	}{{a, amountA}, {b, amountB}} {
		if _, err := c.Transact(ctx, "mint", tok.Instance(c.Backend, x.t), tok.PackMint(me, x.n)); err != nil {
			return err
		}
		if _, err := c.Transact(ctx, "approve router", tok.Instance(c.Backend, x.t), tok.PackApprove(u.Router, x.n)); err != nil {
			return err
		}
	}
	deadline := new(big.Int).Lsh(big.NewInt(1), 40)
	if _, err := c.Transact(ctx, "addLiquidity", r.Instance(c.Backend, u.Router),
		r.PackAddLiquidity(a, b, amountA, amountB, amountA, amountB, me, deadline)); err != nil {
		return fmt.Errorf("add liquidity %s/%s: %w", a, b, err)
	}
	return nil
}

// Trade swaps amountIn of in (minted to c's account first) for out through the router: another
// trader moving the price.
func (u Uniswap) Trade(ctx context.Context, c deploy.Chain, in, out common.Address, amountIn *big.Int) error {
	tok, r := testtoken.NewTestToken(), uniswapv2router02.NewUniswapV2Router02()
	me := c.Auth.From
	if _, err := c.Transact(ctx, "mint", tok.Instance(c.Backend, in), tok.PackMint(me, amountIn)); err != nil {
		return err
	}
	if _, err := c.Transact(ctx, "approve router", tok.Instance(c.Backend, in), tok.PackApprove(u.Router, amountIn)); err != nil {
		return err
	}
	_, err := c.Transact(ctx, "swap", r.Instance(c.Backend, u.Router),
		r.PackSwapExactTokensForTokens(amountIn, big.NewInt(0), []common.Address{in, out}, me, new(big.Int).Lsh(big.NewInt(1), 40)))
	return err
}
