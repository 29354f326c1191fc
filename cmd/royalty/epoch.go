package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/strict"
)

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// openEpochs opens the store and the deployment for the epoch commands.
func openEpochs(c *cli.Context) (*pipeline.Epochs, func(), error) {
	dep, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return nil, nil, exitWith(2, err)
	}
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		return nil, nil, err
	}
	return &pipeline.Epochs{Store: st, Dep: dep}, func() { st.Close() }, nil
}

func requiredDeployment() cli.Flag {
	return &cli.StringFlag{Name: "deployment", Usage: "deployment JSON", EnvVars: []string{"ROYALTY_DEPLOYMENT"}, Required: true}
}

func epochCommand() *cli.Command {
	return &cli.Command{
		Name:  "epoch",
		Usage: "close epochs and show their statements",
		Subcommands: []*cli.Command{
			{
				Name:  "close",
				Usage: "close the next epoch at --end: accrue priced line items before it, settle, release reserves, build the trees and the payout",
				Flags: []cli.Flag{dbFlag, requiredDeployment(),
					&cli.Uint64Flag{Name: "end", Usage: "end of the epoch, unix seconds (exclusive)", Required: true},
					&cli.StringFlag{Name: "route-account", Usage: "pay holders who prefer another asset or chain through this account (docs/routes.md); stored with the epoch and kept by later closes", EnvVars: []string{"ROYALTY_ROUTE_ACCOUNT"}}},
				Action: func(c *cli.Context) error {
					var route common.Address
					if v := c.String("route-account"); v != "" {
						a, err := strict.Address(v)
						if err != nil || a == (common.Address{}) {
							return exitWith(2, fmt.Errorf("--route-account: %q is not a non-zero address (0x and 40 hex digits)", v))
						}
						route = a
					}
					e, done, err := openEpochs(c)
					if err != nil {
						return err
					}
					defer done()
					e.RouteAccount = route
					closed, err := e.Close(c.Context, c.Uint64("end"))
					if errors.Is(err, pipeline.ErrNotFinal) {
						return exitWith(3, err)
					}
					if err != nil {
						return err
					}
					return printJSON(c.App.Writer, struct {
						Epoch      uint64 `json:"epoch"`
						LineItems  int    `json:"lineItems"`
						Statements any    `json:"statements"`
						Payout     any    `json:"payout"`
					}{closed.Row.Epoch, closed.LineItems, closed.Statements, closed.Payout})
				},
			},
			{
				Name:      "show",
				Usage:     "print a closed epoch's statements (per recipient, per consumer, corrections, entitlements)",
				ArgsUsage: "EPOCH",
				Flags:     []cli.Flag{dbFlag, requiredDeployment()},
				Action: func(c *cli.Context) error {
					return withEpoch(c, func(e *pipeline.Epochs, n uint64) error {
						row, err := e.Store.Epoch(c.Context, e.Dep.ChainID, n)
						if err != nil {
							return err
						}
						_, err = c.App.Writer.Write(append(row.Statements, '\n'))
						return err
					})
				},
			},
		},
	}
}

// withEpoch parses the EPOCH argument, opens the store and runs fn.
func withEpoch(c *cli.Context, fn func(e *pipeline.Epochs, n uint64) error) error {
	n, err := epochArg(c)
	if err != nil {
		return err
	}
	e, done, err := openEpochs(c)
	if err != nil {
		return err
	}
	defer done()
	return fn(e, n)
}

func epochArg(c *cli.Context) (uint64, error) {
	var n uint64
	if c.NArg() != 1 {
		return 0, exitWith(2, errors.New("give one EPOCH number"))
	}
	if _, err := fmt.Sscan(c.Args().First(), &n); err != nil || n == 0 {
		return 0, exitWith(2, fmt.Errorf("EPOCH: %q is not an epoch number", c.Args().First()))
	}
	return n, nil
}

func receiptCommand() *cli.Command {
	return &cli.Command{
		Name:      "receipt",
		Usage:     "export an epoch's receipt: its transactions, routes, and the events, valuation versions, snapshot hashes and amounts of its payouts",
		ArgsUsage: "EPOCH",
		Flags:     []cli.Flag{dbFlag, requiredDeployment()},
		Action: func(c *cli.Context) error {
			return withEpoch(c, func(e *pipeline.Epochs, n uint64) error {
				r, err := e.Receipt(c.Context, n)
				if err != nil {
					return err
				}
				return printJSON(c.App.Writer, r)
			})
		},
	}
}
