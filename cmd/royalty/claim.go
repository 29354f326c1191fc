package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

func accountFlag() cli.Flag {
	return &cli.StringFlag{Name: "account", Usage: "the holder's address", Required: true}
}

func treeFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "dump", Usage: "an epoch's entitlement tree (OpenZeppelin standard-v1 dump); default: the latest epoch in --db"},
		dbFlag,
		&cli.StringFlag{Name: "deployment", Usage: "deployment JSON", EnvVars: []string{"ROYALTY_DEPLOYMENT"}},
		&cli.Uint64Flag{Name: "epoch", Usage: "with --db: this epoch's tree instead of the latest"},
	}
}

// treeData returns the entitlement tree dump from --dump or from the store.
func treeData(c *cli.Context) ([]byte, error) {
	if path := c.String("dump"); path != "" {
		data, err := readLimited(path)
		if err != nil {
			return nil, exitWith(2, fmt.Errorf("--dump: %w", err))
		}
		return data, nil
	}
	if c.String("deployment") == "" {
		return nil, exitWith(2, errors.New("give --dump FILE, or --db and --deployment to read the tree from the database"))
	}
	e, done, err := openEpochs(c)
	if err != nil {
		return nil, err
	}
	defer done()
	var row store.EpochRow
	if n := c.Uint64("epoch"); n != 0 {
		row, err = e.Store.Epoch(c.Context, e.Dep.ChainID, n)
	} else {
		row, err = e.Store.LastEpoch(c.Context, e.Dep.ChainID)
	}
	if err != nil {
		return nil, err
	}
	if len(row.Tree) == 0 {
		return nil, fmt.Errorf("epoch %d has no entitlements", row.Epoch)
	}
	return row.Tree, nil
}

// accountProofs reads a dump and returns the account's entitlements with proofs.
func accountProofs(c *cli.Context) (relayer.AccountProofs, error) {
	acct := c.String("account")
	if !common.IsHexAddress(acct) {
		return relayer.AccountProofs{}, exitWith(2, fmt.Errorf("--account: %q is not an address", acct))
	}
	data, err := treeData(c)
	if err != nil {
		return relayer.AccountProofs{}, err
	}
	tree, err := merkle.Load(data)
	if err != nil {
		return relayer.AccountProofs{}, exitWith(2, fmt.Errorf("entitlement tree: %w", err))
	}
	p, err := relayer.ProofsFor(tree, common.HexToAddress(acct))
	if errors.Is(err, relayer.ErrNoEntitlement) {
		return p, exitWith(4, err)
	}
	return p, err
}

func readLimited(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > maxJSONInput {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, maxJSONInput)
	}
	return os.ReadFile(path)
}

func proofCommand() *cli.Command {
	return &cli.Command{
		Name:  "proof",
		Usage: "print an account's entitlements with their Merkle proofs, for any wallet or web page to claim with",
		Flags: append([]cli.Flag{accountFlag()}, treeFlags()...),
		Action: func(c *cli.Context) error {
			p, err := accountProofs(c)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(c.App.Writer)
			enc.SetIndent("", "  ")
			return enc.Encode(p)
		},
	}
}

func claimCommand() *cli.Command {
	return &cli.Command{
		Name:  "claim",
		Usage: "claim everything an account is owed, across assets, in one transaction (funds go to the account)",
		Flags: append([]cli.Flag{
			accountFlag(),
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"ROYALTY_RPC"}, Required: true},
			&cli.DurationFlag{Name: "timeout", Usage: "give up waiting for the receipt after this long", Value: 5 * time.Minute},
		}, append(treeFlags(), keyFlags()...)...),
		Action: runClaim,
	}
}

// claimResult is what `royalty claim` prints.
type claimResult struct {
	Tx      common.Hash   `json:"tx"`
	Block   uint64        `json:"block"`
	Claimed []claimedLine `json:"claimed"`
}

type claimedLine struct {
	Asset      common.Address `json:"asset"`
	Amount     string         `json:"amount"`
	Cumulative string         `json:"cumulative"`
}

func runClaim(c *cli.Context) error {
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	p, err := accountProofs(c)
	if err != nil {
		return err
	}
	if c.String("deployment") == "" {
		return exitWith(2, errors.New("--deployment is required to claim"))
	}
	dep, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return exitWith(2, err)
	}
	if p.ChainID != dep.ChainID || p.Distributor != dep.RoyaltyDistributor {
		return exitWith(2, fmt.Errorf("--dump: its leaves are for chain %d distributor %s, the deployment is chain %d distributor %s",
			p.ChainID, p.Distributor, dep.ChainID, dep.RoyaltyDistributor))
	}
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return exitWith(2, err)
	}
	data, err := relayer.ClaimCalldata(p)
	if err != nil {
		return err
	}
	client, err := dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer client.Close()
	dist := royaltydistributor.NewRoyaltyDistributor()
	// Each asset is claimed against the latest active root that lists it.
	inst := dist.Instance(client, dep.RoyaltyDistributor)
	opts := &bind.CallOpts{Context: ctx}
	for _, e := range p.Entitlements {
		epoch, err := bind.Call(inst, opts, dist.PackClaimEpochOf(e.Asset), dist.UnpackClaimEpochOf)
		if err != nil {
			return fmt.Errorf("read the claim epoch of %s: %w", e.Asset, err)
		}
		if epoch == 0 {
			return fmt.Errorf("asset %s is in no active root yet: wait for the epoch's root to activate", e.Asset)
		}
		root, err := bind.Call(inst, opts, dist.PackRootOf(epoch), dist.UnpackRootOf)
		if err != nil {
			return fmt.Errorf("read root of epoch %d: %w", epoch, err)
		}
		if common.Hash(root) != p.Root {
			return fmt.Errorf("the dump's root %s is not the root asset %s is claimed against (epoch %d, root %x): use that epoch's dump",
				p.Root, e.Asset, epoch, root)
		}
	}
	chain := deploy.Chain{Backend: client, Auth: bind.NewKeyedTransactor(key, new(big.Int).SetUint64(dep.ChainID))}
	rcpt, err := chain.Transact(ctx, "claim", dist.Instance(client, dep.RoyaltyDistributor), data)
	if err != nil {
		return err
	}
	res := claimResult{Tx: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64(), Claimed: []claimedLine{}}
	for _, l := range rcpt.Logs {
		if ev, err := dist.UnpackClaimedEvent(l); err == nil && l.Address == dep.RoyaltyDistributor {
			res.Claimed = append(res.Claimed, claimedLine{Asset: ev.Asset, Amount: ev.Amount.String(), Cumulative: ev.Cumulative.String()})
		}
	}
	enc := json.NewEncoder(c.App.Writer)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}
