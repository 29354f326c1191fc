package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
)

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

func epochCommand() *cli.Command {
	return &cli.Command{
		Name:  "epoch",
		Usage: "close epochs and show their statements",
		Subcommands: []*cli.Command{
			{
				Name:  "close",
				Usage: "close the next epoch at --end: accrue priced line items before it, settle, release reserves, build the trees and the payout",
				Flags: []cli.Flag{dbFlag, requiredDeployment(),
					&cli.Uint64Flag{Name: "end", Usage: "end of the epoch, unix seconds (exclusive)", Required: true}, jsonFlag(), unitsRPC(),
					routeAccountFlag("pay holders who prefer another asset or chain through this account (docs/routes.md); stored with the epoch and kept by later closes")},
				Action: func(c *cli.Context) error {
					route, err := routeAccount(c)
					if err != nil {
						return err
					}
					e, done, err := openEpochs(c)
					if err != nil {
						return err
					}
					defer done()
					e.RouteAccount = route
					end := c.Uint64("end")
					closed, err := closedAt(c.Context, e, end)
					if err != nil {
						return err
					}
					if closed != nil {
						fmt.Fprintf(c.App.ErrWriter, "epoch %d already closed at end %d; nothing done\n", closed.Row.Epoch, end)
					} else if closed, err = e.Close(c.Context, end); errors.Is(err, pipeline.ErrNotFinal) {
						return exitWith(3, fmt.Errorf("%w; run royalty index until the final block passes --end, or close at an earlier end", err))
					} else if err != nil {
						return err
					}
					if c.Bool("json") {
						return printJSON(c.App.Writer, struct {
							Epoch      uint64 `json:"epoch"`
							LineItems  int    `json:"lineItems"`
							Statements any    `json:"statements"`
							Payout     any    `json:"payout"`
						}{closed.Row.Epoch, closed.LineItems, closed.Statements, closed.Payout})
					}
					u, closeUnits := openUnits(c, e.Store, e.Dep.ChainID)
					defer closeUnits()
					printClosed(c.App.Writer, u, closed.Statements, &closed.Payout, closed.LineItems)
					return nil
				},
			},
			{
				Name:      "show",
				Usage:     "print a closed epoch's statements (per recipient, per consumer, corrections, entitlements)",
				ArgsUsage: "EPOCH",
				Flags:     []cli.Flag{dbFlag, requiredDeployment(), jsonFlag(), unitsRPC()},
				Action: func(c *cli.Context) error {
					return withEpoch(c, func(e *pipeline.Epochs, n uint64) error {
						row, err := closedEpoch(c.Context, e, n)
						if err != nil {
							return err
						}
						if c.Bool("json") {
							_, err = c.App.Writer.Write(append(row.Statements, '\n'))
							return err
						}
						closed, err := loadClosed(c.Context, e, row)
						if err != nil {
							return err
						}
						u, closeUnits := openUnits(c, e.Store, e.Dep.ChainID)
						defer closeUnits()
						printClosed(c.App.Writer, u, closed.Statements, &closed.Payout, closed.LineItems)
						return nil
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
		Flags:     []cli.Flag{dbFlag, requiredDeployment(), jsonFlag(), unitsRPC()},
		Action: func(c *cli.Context) error {
			return withEpoch(c, func(e *pipeline.Epochs, n uint64) error {
				if _, err := closedEpoch(c.Context, e, n); err != nil {
					return err
				}
				r, err := e.Receipt(c.Context, n)
				if err != nil {
					return err
				}
				if c.Bool("json") {
					return printJSON(c.App.Writer, r)
				}
				u, closeUnits := openUnits(c, e.Store, e.Dep.ChainID)
				defer closeUnits()
				printReceipt(c.App.Writer, u, r)
				return nil
			})
		},
	}
}

// closedEpoch reads closed epoch n; an epoch not closed is an input error
// naming the last one closed.
func closedEpoch(ctx context.Context, e *pipeline.Epochs, n uint64) (store.EpochRow, error) {
	row, err := e.Store.Epoch(ctx, e.Dep.ChainID, n)
	if !errors.Is(err, store.ErrNotFound) {
		return row, err
	}
	last, lerr := e.Store.LastEpoch(ctx, e.Dep.ChainID)
	switch {
	case errors.Is(lerr, store.ErrNotFound):
		return row, exitWith(2, fmt.Errorf("epoch %d has not been closed (no epoch is closed yet: royalty epoch close --end UNIXTIME)", n))
	case lerr != nil:
		return row, lerr
	}
	return row, exitWith(2, fmt.Errorf("epoch %d has not been closed (last closed: %d)", n, last.Epoch))
}

// closedAt returns the closed epoch that ends at end, or nil when end is
// after the last closed epoch's end (the next epoch may close there). An end
// inside the closed history that no epoch ends at is an input error.
func closedAt(ctx context.Context, e *pipeline.Epochs, end uint64) (*pipeline.Closed, error) {
	row, err := e.Store.LastEpoch(ctx, e.Dep.ChainID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	last := row.Epoch
	for row.End > end && row.Epoch > 1 {
		if row, err = e.Store.Epoch(ctx, e.Dep.ChainID, row.Epoch-1); err != nil {
			return nil, err
		}
	}
	switch {
	case row.End == end:
		return loadClosed(ctx, e, row)
	case end > row.End && row.Epoch == last:
		return nil, nil
	}
	return nil, exitWith(2, fmt.Errorf("--end %d: epochs 1..%d are closed and none ends there; the next epoch must end after %d (royalty epoch show N prints a closed one)", end, last, lastEnd(ctx, e, last)))
}

func lastEnd(ctx context.Context, e *pipeline.Epochs, n uint64) uint64 {
	row, err := e.Store.Epoch(ctx, e.Dep.ChainID, n)
	if err != nil {
		return 0
	}
	return row.End
}

// loadClosed reads a closed epoch back as the close printed it.
func loadClosed(ctx context.Context, e *pipeline.Epochs, row store.EpochRow) (*pipeline.Closed, error) {
	out := &pipeline.Closed{Row: row, Statements: new(engine.EpochStatements)}
	if err := json.Unmarshal(row.Statements, out.Statements); err != nil {
		return nil, fmt.Errorf("epoch %d statements: %w", row.Epoch, err)
	}
	p, err := e.Payout(ctx, row.Epoch)
	if err != nil {
		return nil, err
	}
	out.Payout = p
	items, err := e.Store.LineItems(ctx, e.Dep.ChainID, row.Epoch)
	if err != nil {
		return nil, err
	}
	out.LineItems = len(items)
	return out, nil
}
