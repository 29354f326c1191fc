package main

import (
	"context"
	"errors"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

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
		deploymentFlag,
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
		row, err = closedEpoch(c.Context, e, n)
	} else {
		row, err = e.Store.LastEpoch(c.Context, e.Dep.ChainID)
		if errors.Is(err, store.ErrNotFound) {
			return nil, exitWith(2, errors.New("no epoch is closed yet: nothing to prove (royalty epoch close --end UNIXTIME)"))
		}
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

func proofCommand() *cli.Command {
	return &cli.Command{
		Name:  "proof",
		Usage: "print an account's entitlements with their Merkle proofs, for any wallet or web page to claim with",
		Flags: append([]cli.Flag{accountFlag(), jsonFlag(), unitsRPC()}, treeFlags()...),
		Action: func(c *cli.Context) error {
			p, err := accountProofs(c)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return printJSON(c.App.Writer, p)
			}
			var st *store.Store // the tokens kept in the database, when it is the tree's source
			if c.String("dump") == "" {
				if st, err = store.Open(c.Context, c.String("db")); err != nil {
					return err
				}
				defer st.Close()
			}
			u, closeUnits := openUnits(c, st, p.ChainID)
			defer closeUnits()
			printProofs(c.App.Writer, u, p)
			return nil
		},
	}
}

// exitNothingToClaim is the exit status of a claim refused because the
// account has claimed everything already.
const exitNothingToClaim = 6

func claimCommand() *cli.Command {
	return &cli.Command{
		Name:  "claim",
		Usage: "claim everything an account is owed, across assets, in one transaction (funds go to the account)",
		Description: "Refuses (exit " + fmt.Sprint(exitNothingToClaim) + ") without sending when the account has nothing left to claim,\n" +
			"and when the tree's root is not the distributor's active root.",
		Flags: append([]cli.Flag{
			accountFlag(),
			rpcFlag(true),
			&cli.DurationFlag{Name: "timeout", Usage: "give up waiting for the receipt after this long", Value: 5 * time.Minute},
			jsonFlag(),
		}, append(treeFlags(), keyFlags()...)...),
		Action: runClaim,
	}
}

// claimResult is what `royalty claim --json` prints.
type claimResult = relayer.ClaimResult

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
	client, err := dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer client.Close()
	res, err := relayer.Claim(ctx, client, key, p, time.Second/2)
	switch {
	case errors.Is(err, relayer.ErrNothingToClaim):
		return exitWith(exitNothingToClaim, err)
	case err != nil:
		return err
	}
	if c.Bool("json") {
		return printJSON(c.App.Writer, res)
	}
	fmt.Fprintf(c.App.Writer, "claimed for %s in tx %s (block %d):\n", res.Account.Hex(), res.Tx.Hex(), res.Block)
	tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  asset\tpaid\tcumulative (base units)\t")
	for _, l := range res.Claimed {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t\n", l.Asset.Hex(), l.Formatted, l.Cumulative)
	}
	return tw.Flush()
}
