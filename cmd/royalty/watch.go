package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/watcher"
)

// exitWaiting is watch --once's status when its own data cannot decide yet.
const exitWaiting = 3

func watchCommand() *cli.Command {
	return &cli.Command{
		Name:  "watch",
		Usage: "the guardian's watcher: recompute every proposed root from its own database and revoke it when it differs",
		Description: "Follows the distributor's pending root. Each round indexes the chain into its OWN database (--db; never the\n" +
			"relayer's), prices the signed usage events ingested into it (`royalty ingest --db …`), stores the epochs the\n" +
			"chain activated (closed at the chain's endOf), and recomputes the pending epoch at the proposal's end without\n" +
			"storing it. It checks: root and receipt root equal the recomputed ones; per asset the declared total equals\n" +
			"the sum of the recomputed leaves and is at least the previous active total; no leaf is below what its account\n" +
			"claimed on chain; the distributor will be solvent. On any difference it sends revokeRoot(epoch, proposal) with\n" +
			"the GUARDIAN key, exactly once per proposal, and logs which check failed, for whom, expected and found. The\n" +
			"proposal is the digest of what it checked (root, receipt root, end, assets, totals): the contract revokes that\n" +
			"exact proposal or reverts, never a later one, and only that proposal is burnt: the same root with the right\n" +
			"totals can still be proposed and activate.\n" +
			"When its own data cannot decide (facts not final past the end, events of the period not priced, the intake\n" +
			"delay not over) it says so and waits: it never revokes on ignorance. The key must hold GUARDIAN_ROLE and\n" +
			"must not hold PROPOSER_ROLE (never run it with the relayer's key).\n\n" +
			"--once checks the pending root once and exits 0 when it is good or none is pending, 1 when it was bad (and\n" +
			"revoked), " + fmt.Sprint(exitWaiting) + " when this watcher's data cannot decide yet; other failures exit 1 with the reason on stderr.\n" +
			"Without --once it checks every --poll until SIGINT/SIGTERM, then exits 0.",
		Flags: append([]cli.Flag{
			rpcFlag(true, "JSON-RPC URL(s) of the chain, comma-separated (the indexer fails over between them)"),
			requiredDB("the watcher's OWN database (postgres://… or sqlite:PATH), fed by this command and `royalty ingest`"),
			requiredDeployment(),
			routeAccountFlag("the relayer's --route-account, when its epochs route payouts (docs/routes.md): the watcher recomputes the same home tree"),
			&cli.BoolFlag{Name: "once", Usage: "check the pending root once: exit 0 good or none pending, 1 bad (revoked), " + fmt.Sprint(exitWaiting) + " cannot decide yet"},
			&cli.DurationFlag{Name: "poll", Usage: "how often to check the chain", Value: 15 * time.Second},
			&cli.DurationFlag{Name: "intake-delay", Usage: "signed events reach this database within this long after their time: a period is recomputed only once the chain is this far past its end", Value: 10 * time.Minute},
			&cli.Uint64Flag{Name: "confirmations", Value: 12, EnvVars: []string{"ROYALTY_CONFIRMATIONS"},
				Usage: "blocks below the head the indexer takes as final (unless the node's finalized block is further)"},
			&cli.Uint64Flag{Name: "tx-confirmations", Usage: "blocks on top of the revoke's receipt before it is done", Value: 3},
			&cli.DurationFlag{Name: "resubmit-after", Usage: "bump fees when the revoke is not mined after this long", Value: time.Minute},
			maxFeeFlag(),
			jsonFlag(),
		}, keyFlags()...),
		Action: runWatch,
	}
}

func runWatch(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	log, err := newLog(c)
	if err != nil {
		return err
	}
	dep, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return exitWith(2, fmt.Errorf("watch: --deployment: %w", err))
	}
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return exitWith(2, fmt.Errorf("watch: the guardian key: %w", err))
	}
	feeCap, err := maxFeeCap(c)
	if err != nil {
		return err
	}
	if c.Duration("poll") <= 0 {
		return exitWith(2, errors.New("--poll must be positive"))
	}
	if c.Duration("intake-delay") < 0 {
		return exitWith(2, errors.New("--intake-delay must not be negative"))
	}
	txc := txmgr.DefaultConfig()
	txc.Confirmations = c.Uint64("tx-confirmations")
	txc.PollInterval = min(c.Duration("poll"), 2*time.Second)
	txc.ResubmitAfter = c.Duration("resubmit-after")
	txc.MaxFeeCap = feeCap
	txc.DecodeRevert = reverts.String
	if err := txc.Check(); err != nil {
		return exitWith(2, err)
	}
	var urls []string
	for _, u := range strings.Split(c.String("rpc"), ",") {
		if u = strings.TrimSpace(u); u != "" {
			urls = append(urls, u)
		}
	}
	if len(urls) == 0 {
		return exitWith(2, errors.New("watch: --rpc: no endpoint URL"))
	}

	client, err := dial(ctx, urls[0])
	if err != nil {
		return err
	}
	defer client.Close()
	if err := guardianOnly(ctx, client, dep, key); err != nil {
		return exitWith(2, err)
	}
	pool, err := ethrpc.DialPool(ctx, ethrpc.Config{Logger: log}, urls)
	if err != nil {
		return exitWith(2, fmt.Errorf("watch: --rpc: %w", err))
	}
	defer pool.Close()
	st, err := store.Open(ctx, c.String("db"))
	if err != nil {
		return fmt.Errorf("watch: open --db: %w", err)
	}
	defer st.Close()
	ix, err := indexer.New(indexer.Config{ChainID: dep.ChainID, Contracts: indexer.ContractsOf(dep), StartBlock: dep.StartBlock,
		Confirmations: c.Uint64("confirmations"), PollInterval: min(c.Duration("poll"), 2*time.Second), ExitAtHead: true, Logger: log},
		indexer.PoolSource{Pool: pool}, st)
	if err != nil {
		return exitWith(2, fmt.Errorf("watch: %w", err))
	}
	tx, err := txmgr.New(ctx, txc, client, st.Outbox(), key, log)
	if err != nil {
		return err
	}
	route, err := routeAccount(c)
	if err != nil {
		return err
	}
	w := &watcher.Watcher{Epochs: &pipeline.Epochs{Store: st, Dep: dep, RouteAccount: route}, Chain: client, Tx: tx, Log: log,
		IntakeDelay: uint64(c.Duration("intake-delay") / time.Second),
		Index: func(ctx context.Context) error {
			if err := ix.Run(ctx); err != nil {
				return err
			}
			return ctx.Err()
		}}
	log.Info("watching", "chain", dep.ChainID, "distributor", dep.RoyaltyDistributor, "guardian", tx.From(), "once", c.Bool("once"))

	if c.Bool("once") {
		rep, err := w.Round(ctx)
		if err != nil {
			return err
		}
		if err := printWatch(c, rep); err != nil {
			return err
		}
		switch rep.Status {
		case watcher.StatusBad:
			return exitWith(1, fmt.Errorf("watch: epoch %d root %s failed %d check(s)%s", rep.Epoch, rep.Root.Hex(), len(rep.Failed()), revokedWords(rep.Revoke)))
		case watcher.StatusWaiting:
			return exitWith(exitWaiting, fmt.Errorf("watch: cannot decide yet: %s", rep.Waiting))
		}
		return nil
	}
	var last string
	for {
		rep, err := w.Round(ctx)
		if ctx.Err() != nil {
			log.Info("stopped by signal")
			return nil
		}
		if err != nil {
			log.Error("watch round failed; retrying next poll", "err", explain(err))
		} else if id := fmt.Sprintf("%s/%d/%s/%s/%v", rep.Status, rep.Epoch, rep.Root.Hex(), rep.Proposal.Hex(), rep.Revoke != nil); id != last {
			last = id
			if err := printWatch(c, rep); err != nil {
				return err
			}
		}
		select {
		case <-ctx.Done():
			log.Info("stopped by signal")
			return nil
		case <-time.After(c.Duration("poll")):
		}
	}
}

// guardianOnly refuses a key that cannot revoke, or that can propose: the
// watcher must never hold the relayer's key.
func guardianOnly(ctx context.Context, client bind.ContractBackend, dep deploy.Deployment, key *ecdsa.PrivateKey) error {
	d := royaltydistributor.NewRoyaltyDistributor()
	inst := d.Instance(client, dep.RoyaltyDistributor)
	who := crypto.PubkeyToAddress(key.PublicKey)
	has := func(role [32]byte) (bool, error) {
		ok, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, d.PackHasRole(role, who), d.UnpackHasRole)
		if err != nil {
			return false, fmt.Errorf("watch: read the key's roles: %w", reverts.Explain(err))
		}
		return ok, nil
	}
	if ok, err := has(deploy.ProposerRole); err != nil {
		return err
	} else if ok {
		return fmt.Errorf("watch: %s also holds PROPOSER_ROLE: the watcher must never run with the relayer's key; give it a guardian key of its own", who.Hex())
	}
	if ok, err := has(deploy.GuardianRole); err != nil {
		return err
	} else if !ok {
		return fmt.Errorf("watch: %s does not hold GUARDIAN_ROLE on the distributor %s: give the guardian's key (the admin grants the role)", who.Hex(), dep.RoyaltyDistributor.Hex())
	}
	return nil
}

func revokedWords(r *watcher.Revoke) string {
	switch {
	case r == nil:
		return ""
	case r.Tx != (common.Hash{}):
		return fmt.Sprintf("; revoked in transaction %s (block %d)", r.Tx.Hex(), r.Block)
	case r.DoneElsewhere:
		return "; already revoked on chain by someone else"
	}
	return "; " + r.Note
}

func printWatch(c *cli.Context, rep watcher.Report) error {
	if c.Bool("json") {
		return printJSON(c.App.Writer, rep)
	}
	writeWatch(c.App.Writer, rep)
	return nil
}

// writeWatch writes a round's report as a table.
func writeWatch(w io.Writer, rep watcher.Report) {
	if rep.Epoch == 0 {
		fmt.Fprintf(w, "no root pending (block %d): %s\n", rep.Block, rep.Status)
	} else {
		proposal := ""
		if rep.Proposal != (common.Hash{}) {
			proposal = "proposal " + rep.Proposal.Hex() + ", "
		}
		fmt.Fprintf(w, "epoch %d root %s (%sreceipt root %s, end %d, activates at %s), block %d: %s",
			rep.Epoch, rep.Root.Hex(), proposal, rep.ReceiptRoot.Hex(), rep.End, time.Unix(int64(rep.ActivatesAt), 0).UTC().Format(time.RFC3339), rep.Block, rep.Status)
		if rep.Status == watcher.StatusBad {
			fmt.Fprint(w, revokedWords(rep.Revoke))
		}
		if rep.Waiting != "" {
			fmt.Fprintf(w, " — %s", rep.Waiting)
		}
		fmt.Fprintln(w)
	}
	if len(rep.Checks) > 0 {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "check\taccount\tasset\texpected\tfound\tresult\t")
		for _, r := range rep.Checks {
			res := "ok"
			if !r.OK {
				res = "FAIL"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", r.Check, dash(r.Account), dash(r.Asset), r.Expected, r.Found, res)
		}
		tw.Flush()
	}
	for _, n := range rep.Notes {
		fmt.Fprintln(w, "note:", n)
	}
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
