package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/store"
	"github.com/urfave/cli/v2"
)

// indexCommand follows the chain into the database.
func indexCommand() *cli.Command {
	return &cli.Command{
		Name:  "index",
		Usage: "follow the contracts' events into the database (until SIGINT/SIGTERM)",
		Description: "Backfills by eth_getLogs ranges up to the confirmed block, sized to --target-logs logs each and\n" +
			"written while the next range is fetched, then follows the tip with parent-hash checks, rewinding\n" +
			"reorgs to the common ancestor. A reorg below the final block stops it with an error; a node that is\n" +
			"merely behind is waited for (or another --rpc endpoint used). Restarting continues from the stored\n" +
			"checkpoint. See docs/indexer.md.",
		Flags: append([]cli.Flag{
			rpcFlag(true, "one URL, or several comma-separated; failover between them between poll cycles"),
			dbFlag,
			requiredDeployment(),
			&cli.Uint64Flag{Name: "confirmations", Value: 12, EnvVars: []string{"ROYALTY_CONFIRMATIONS"},
				Usage: "blocks below the head taken as final (unless the node's finalized block is further)"},
			&cli.BoolFlag{Name: "exit-at-head", EnvVars: []string{"ROYALTY_EXIT_AT_HEAD"},
				Usage: "exit 0 once the confirmed head is indexed"},
			&cli.Uint64Flag{Name: "range", Value: 0, EnvVars: []string{"ROYALTY_RANGE"},
				Usage: "most blocks per eth_getLogs (0 = " + fmt.Sprint(indexer.DefaultMaxRange) + "); ranges adapt below it, and a provider's lower limit is learned from its refusals"},
			&cli.Uint64Flag{Name: "target-logs", Value: indexer.DefaultTargetLogs, EnvVars: []string{"ROYALTY_TARGET_LOGS"},
				Usage: "logs aimed at per eth_getLogs answer and per write batch: ranges grow after smaller answers and shrink after larger ones"},
			&cli.Float64Flag{Name: "rps", Value: 0, EnvVars: []string{"ROYALTY_RPS"},
				Usage: "requests per second per endpoint (0 = no limit for a node on localhost, " + fmt.Sprint(ethrpc.DefaultRemoteRate) + " for a remote one)"},
			&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, EnvVars: []string{"ROYALTY_POLL"},
				Usage: "wait between polls at the head"},
		}, logFlags("info")...),
		Action: runIndex,
	}
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func runIndex(c *cli.Context) error {
	log, err := newLog(c)
	if err != nil {
		return err
	}
	d, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return exitWith(2, fmt.Errorf("index: --deployment: %w", err))
	}
	var urls []string
	for _, u := range strings.Split(c.String("rpc"), ",") {
		if u = strings.TrimSpace(u); u != "" {
			urls = append(urls, u)
		}
	}
	if len(urls) == 0 {
		return exitWith(2, errors.New("index: --rpc: no endpoint URL"))
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()

	pool, err := ethrpc.DialPool(ctx, ethrpc.Config{RatePerSec: c.Float64("rps"), Logger: log}, urls)
	if err != nil {
		return exitWith(2, fmt.Errorf("index: --rpc: %w", err))
	}
	defer pool.Close()
	st, err := store.Open(ctx, c.String("db"))
	if err != nil {
		return fmt.Errorf("index: open --db: %w", err)
	}
	defer st.Close()

	prog := newProgress(log, os.Stderr, isTerminal(os.Stderr))
	cfg := indexer.Config{
		ChainID:    d.ChainID,
		Contracts:  indexer.ContractsOf(d),
		StartBlock: d.StartBlock, Confirmations: c.Uint64("confirmations"), RangeSize: c.Uint64("range"),
		TargetLogs:   c.Uint64("target-logs"),
		PollInterval: c.Duration("poll"), ExitAtHead: c.Bool("exit-at-head"), Logger: log, Progress: prog.report,
	}
	ix, err := indexer.New(cfg, indexer.PoolSource{Pool: pool}, st)
	if err != nil {
		return exitWith(2, fmt.Errorf("index: %w", err))
	}
	log.Info("indexing", "chain", d.ChainID, "endpoints", len(urls), "from", d.StartBlock, "confirmations", cfg.Confirmations)
	err = ix.Run(ctx)
	prog.done()
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if ctx.Err() != nil {
		log.Info("stopped by signal")
	} else {
		log.Info("confirmed head indexed")
	}
	return nil
}

// progress shows blocks/s, logs/s and head lag: one updating line on a
// terminal, a structured log line every few seconds otherwise.
type progress struct {
	log      *slog.Logger
	w        io.Writer
	terminal bool
	last     time.Time
	shown    bool
}

func newProgress(log *slog.Logger, w io.Writer, terminal bool) *progress {
	return &progress{log: log, w: w, terminal: terminal}
}

func (p *progress) report(pr indexer.Progress) {
	now := time.Now()
	every := 5 * time.Second
	if p.terminal {
		every = 200 * time.Millisecond
	}
	if !p.last.IsZero() && now.Sub(p.last) < every {
		return
	}
	p.last = now
	secs := pr.Elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	var lag uint64
	if pr.Head > pr.Block {
		lag = pr.Head - pr.Block
	}
	if p.terminal {
		fmt.Fprintf(p.w, "\r\033[Kblock %d  head %d  lag %d  confirmed %d  %.0f blocks/s  %.0f logs/s",
			pr.Block, pr.Head, lag, pr.Confirmed, float64(pr.Blocks)/secs, float64(pr.Logs)/secs)
		p.shown = true
		return
	}
	p.log.Info("progress", "block", pr.Block, "head", pr.Head, "lag", lag, "confirmed", pr.Confirmed,
		"blocks_per_s", int64(float64(pr.Blocks)/secs), "logs_per_s", int64(float64(pr.Logs)/secs), "facts", pr.Facts)
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprintln(p.w)
	}
}
