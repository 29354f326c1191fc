// Package hyperlanetest deploys Hyperlane on test chains from the bytecode @hyperlane-xyz/core
// publishes (through the bindings): per chain a Mailbox whose default ISM is a TrustedRelayerIsm
// (the project's relayer key delivers) and whose hooks are a MerkleTreeHook; and a Warp Route of
// one ERC-20: HypERC20Collateral on the home chain, HypERC20 on each destination.
package hyperlanetest

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/hyperc20"
	"github.com/dataroyalty/royalty/bindings/hyperc20collateral"
	"github.com/dataroyalty/royalty/bindings/hypmailbox"
	"github.com/dataroyalty/royalty/bindings/hypmerkletreehook"
	"github.com/dataroyalty/royalty/bindings/hyptrustedrelayerism"
	"github.com/dataroyalty/royalty/deploy"
)

// Core is one chain's Hyperlane core.
type Core struct {
	Domain  uint32
	Mailbox common.Address
	Hook    common.Address
	ISM     common.Address
}

// DeployCore deploys a Mailbox for domain, a MerkleTreeHook (default and required hook) and a
// TrustedRelayerIsm trusting relayer (the default ISM), owned by c's account.
func DeployCore(ctx context.Context, c deploy.Chain, domain uint32, relayer common.Address) (Core, error) {
	k := Core{Domain: domain}
	mb := hypmailbox.NewMailbox()
	var err error
	if k.Mailbox, _, err = c.Deploy(ctx, "Mailbox", &hypmailbox.MailboxMetaData, mb.PackConstructor(domain)); err != nil {
		return k, err
	}
	if k.Hook, _, err = c.Deploy(ctx, "MerkleTreeHook", &hypmerkletreehook.MerkleTreeHookMetaData,
		hypmerkletreehook.NewMerkleTreeHook().PackConstructor(k.Mailbox)); err != nil {
		return k, err
	}
	if k.ISM, _, err = c.Deploy(ctx, "TrustedRelayerIsm", &hyptrustedrelayerism.TrustedRelayerIsmMetaData,
		hyptrustedrelayerism.NewTrustedRelayerIsm().PackConstructor(k.Mailbox, relayer)); err != nil {
		return k, err
	}
	if _, err := c.Transact(ctx, "Mailbox.initialize", mb.Instance(c.Backend, k.Mailbox),
		mb.PackInitialize(c.Auth.From, k.ISM, k.Hook, k.Hook)); err != nil {
		return k, err
	}
	return k, nil
}

// Warp is a Warp Route of one ERC-20 between a home chain and one destination.
type Warp struct {
	Collateral common.Address // HypERC20Collateral on the home chain
	Synthetic  common.Address // HypERC20 on the destination
}

// DeployWarp deploys HypERC20Collateral for token on the home chain and HypERC20 (decimals,
// name, symbol) on the destination, both using their mailbox's default hook and ISM, and enrolls
// each as the other's remote router.
func DeployWarp(ctx context.Context, home deploy.Chain, homeCore Core, dest deploy.Chain, destCore Core, token common.Address, decimals uint8, name, symbol string) (Warp, error) {
	var w Warp
	col, syn := hyperc20collateral.NewHypERC20Collateral(), hyperc20.NewHypERC20()
	one := big.NewInt(1)
	var err error
	if w.Collateral, _, err = home.Deploy(ctx, "HypERC20Collateral", &hyperc20collateral.HypERC20CollateralMetaData,
		col.PackConstructor(token, one, one, homeCore.Mailbox)); err != nil {
		return w, err
	}
	if _, err := home.Transact(ctx, "HypERC20Collateral.initialize", col.Instance(home.Backend, w.Collateral),
		col.PackInitialize(common.Address{}, common.Address{}, home.Auth.From)); err != nil {
		return w, err
	}
	if w.Synthetic, _, err = dest.Deploy(ctx, "HypERC20", &hyperc20.HypERC20MetaData,
		syn.PackConstructor(decimals, one, one, destCore.Mailbox)); err != nil {
		return w, err
	}
	if _, err := dest.Transact(ctx, "HypERC20.initialize", syn.Instance(dest.Backend, w.Synthetic),
		syn.PackInitialize(new(big.Int), name, symbol, common.Address{}, common.Address{}, dest.Auth.From)); err != nil {
		return w, err
	}
	if _, err := home.Transact(ctx, "enroll the destination router", col.Instance(home.Backend, w.Collateral),
		col.PackEnrollRemoteRouter(destCore.Domain, common.BytesToHash(w.Synthetic[:]))); err != nil {
		return w, fmt.Errorf("enroll: %w", err)
	}
	if _, err := dest.Transact(ctx, "enroll the home router", syn.Instance(dest.Backend, w.Synthetic),
		syn.PackEnrollRemoteRouter(homeCore.Domain, common.BytesToHash(w.Collateral[:]))); err != nil {
		return w, fmt.Errorf("enroll: %w", err)
	}
	return w, nil
}
