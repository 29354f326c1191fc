package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

// exitBusy is the exit status when another relayer holds the lease.
const exitBusy = 5

func relayCommand() *cli.Command {
	return &cli.Command{
		Name:  "relay",
		Usage: "put an epoch payout on chain exactly once: fund, propose, wait out the window, activate",
		Description: "One relayer per chain and key at a time: a second one exits " + fmt.Sprint(exitBusy) + " naming the first,\n" +
			"or waits for it with --lease-wait. Before anything is sent the payout must be covered (distributor\n" +
			"balance + claimed + this epoch's fundings >= the new total, per asset); else it exits 1 with the\n" +
			"shortfall. Progress is saved after every step for `royalty receipt`.",
		Flags: append([]cli.Flag{
			rpcFlag(true),
			dbFlag,
			requiredDeployment(),
			&cli.Uint64Flag{Name: "epoch", Usage: "relay this closed epoch's payout from the database"},
			&cli.StringFlag{Name: "payout", Usage: "or relay a payout JSON file (epoch, root, receipt root, totals, fundings)"},
			&cli.Uint64Flag{Name: "confirmations", Usage: "blocks on top of a receipt before an action is done", Value: 3},
			&cli.BoolFlag{Name: "wait", Usage: "keep running through the dispute window until the root is active"},
			&cli.DurationFlag{Name: "poll", Usage: "how often to check the chain", Value: 2 * time.Second},
			&cli.DurationFlag{Name: "resubmit-after", Usage: "bump fees when a transaction is not mined after this long", Value: time.Minute},
			maxFeeFlag(),
			&cli.DurationFlag{Name: "lease-ttl", Usage: "how long this relayer's lease on (chain, key) outlives it if it stops renewing", Value: 30 * time.Second},
			&cli.DurationFlag{Name: "lease-wait", Usage: "wait this long for another relayer's lease instead of exiting at once"},
			jsonFlag(),
		}, append(keyFlags(), logFlags("info")...)...),
		Action: runRelay,
	}
}

func runRelay(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	log, err := newLog(c)
	if err != nil {
		return err
	}

	dep, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return exitWith(2, err)
	}
	req := pipeline.RelayRequest{Epoch: c.Uint64("epoch"), Wait: c.Bool("wait"), Log: log}
	if path := c.String("payout"); path != "" {
		req.Payout = new(relayer.Payout)
		if err := readJSONFile(path, req.Payout); err != nil {
			return exitWith(2, fmt.Errorf("read payout: %w", err))
		}
	}
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return exitWith(2, err)
	}
	feeCap, err := maxFeeCap(c)
	if err != nil {
		return err
	}
	cfg := relayer.DefaultConfig()
	cfg.Tx.Confirmations = c.Uint64("confirmations")
	cfg.Tx.PollInterval = c.Duration("poll")
	cfg.Tx.ResubmitAfter = c.Duration("resubmit-after")
	cfg.Tx.MaxFeeCap = feeCap
	cfg.Poll = c.Duration("poll")
	cfg.LeaseTTL, cfg.LeaseWait = c.Duration("lease-ttl"), c.Duration("lease-wait")
	if err := cfg.Check(); err != nil {
		return exitWith(2, err)
	}
	req.Config = cfg

	st, err := store.Open(ctx, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	client, err := dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer client.Close()
	prog, err := (&pipeline.Epochs{Store: st, Dep: dep}).Relay(ctx, client, key, req)
	switch {
	case errors.Is(err, pipeline.ErrBadPayout):
		return exitWith(2, err)
	case errors.Is(err, relayer.ErrBusy):
		return exitWith(exitBusy, fmt.Errorf("%w; stop it first, or give --lease-wait DURATION to wait for it", err))
	case err != nil:
		if len(prog.Txs) > 0 {
			printProgress(c.App.ErrWriter, prog) // what landed before the failure
		}
		return err
	}
	if c.Bool("json") {
		return printJSON(c.App.Writer, prog)
	}
	printProgress(c.App.Writer, prog)
	return nil
}

// printProgress writes a relay's stage and transactions as a table.
func printProgress(w io.Writer, prog relayer.Progress) {
	fmt.Fprintf(w, "stage: %s", prog.Stage)
	if prog.Stage == relayer.StageProposed && prog.ActivatesAt != 0 {
		fmt.Fprintf(w, " (activates at %s)", time.Unix(int64(prog.ActivatesAt), 0).UTC().Format(time.RFC3339))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "action\ttransaction\tblock\tgas\tnote\t")
	for _, t := range prog.Txs {
		note := ""
		switch {
		case t.Reverted:
			note = "reverted: " + t.Reason
		case t.DoneElsewhere:
			note = "done by " + t.From.Hex()
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t\n", t.Action, t.Hash.Hex(), t.Block, t.GasUsed, note)
	}
	tw.Flush()
}

// The node client is what the relayer and claims read and send through.
var (
	_ relayer.Chain      = (*ethclient.Client)(nil)
	_ relayer.ClaimChain = (*ethclient.Client)(nil)
)

// dialTimeout bounds one-shot commands' first contact with a node.
var dialTimeout = 30 * time.Second

func dial(ctx context.Context, url string) (*ethclient.Client, error) {
	cctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	client, err := ethclient.DialContext(cctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, err)
	}
	return client, nil
}

// explain words every contract revert in an error for a person.
var explain = reverts.Explain
