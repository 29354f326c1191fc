package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/api"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/service"
	"github.com/dataroyalty/royalty/store"
)

func runCommand() *cli.Command {
	d, l := intake.DefaultServerConfig, intake.DefaultLimits
	return &cli.Command{
		Name:  "run",
		Usage: "run a node: intake, API, metrics, pricer, and (as leader) indexer, epoch closer and relayer",
		Description: "One long-running process (docs/operations.md). Every instance serves POST /v1/events (the intake), the\n" +
			"read-only /v1 API (docs/api.md), /metrics, /healthz and /readyz on --listen, and prices events. With a\n" +
			"relayer key (--key-file or ROYALTY_PRIVATE_KEY) it campaigns for the leader lease in the database; the\n" +
			"leader indexes the chain, closes epochs at --epoch-anchor + k·--epoch-every once the chain is final past\n" +
			"them (or early when a recipient's pending accrual reaches --threshold ASSET=AMOUNT), and relays their\n" +
			"payouts. Several instances may share one PostgreSQL: one leads, and every leader write checks its\n" +
			"fencing token. SIGINT/SIGTERM drain and exit 0; a restart resumes.",
		Flags: append([]cli.Flag{dbFlag, requiredDeployment(), metadataKeyFileFlag(false),
			rpcFlag(true, "endpoint URL(s), comma-separated (the indexer fails over between them; the first relays)"),
			&cli.Uint64Flag{Name: "confirmations", Value: 12, EnvVars: []string{"ROYALTY_CONFIRMATIONS"},
				Usage: "blocks below the head taken as final, for indexing and for the relayer's receipts"},
			&cli.Float64Flag{Name: "rps", EnvVars: []string{"ROYALTY_RPS"}, Usage: "requests per second per endpoint (0: unlimited on localhost, 25 remote)"},
			&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, EnvVars: []string{"ROYALTY_POLL"}, Usage: "pause between passes of every loop"},
			&cli.DurationFlag{Name: "epoch-every", Value: 168 * time.Hour, EnvVars: []string{"ROYALTY_EPOCH_EVERY"},
				Usage: "the calendar: epochs end every this long (of chain time) from --epoch-anchor"},
			&cli.Uint64Flag{Name: "epoch-anchor", EnvVars: []string{"ROYALTY_EPOCH_ANCHOR"},
				Usage: "unix time of a calendar boundary (default 0: boundaries at multiples of --epoch-every)"},
			&cli.StringSliceFlag{Name: "threshold", EnvVars: []string{"ROYALTY_THRESHOLD"},
				Usage: "ASSET=AMOUNT (base units): close early when one recipient's pending accrual of ASSET reaches AMOUNT (repeatable)"},
			&cli.DurationFlag{Name: "lease-ttl", Value: 10 * time.Second, EnvVars: []string{"ROYALTY_LEASE_TTL"},
				Usage: "how long the leader lease (and the relayer's) outlives a leader that stops renewing it"},
			&cli.DurationFlag{Name: "resubmit-after", Value: time.Minute, Usage: "bump fees when a transaction is not mined after this long"},
			maxFeeFlag(),
			&cli.StringFlag{Name: "listen", Value: d.Listen, EnvVars: []string{"ROYALTY_LISTEN"}, Usage: "address to serve on"},
			&cli.StringFlag{Name: "tls-cert", EnvVars: []string{"ROYALTY_TLS_CERT"}, Usage: "PEM certificate (chain) to serve HTTPS with"},
			&cli.StringFlag{Name: "tls-key", EnvVars: []string{"ROYALTY_TLS_KEY"}, Usage: "PEM private key of --tls-cert"},
			&cli.BoolFlag{Name: "insecure-http", Usage: "allow plain HTTP on a non-loopback address (only behind a TLS-terminating proxy)"},
			&cli.Float64Flag{Name: "rate-per-meter", Value: l.PerMeter, Usage: "intake: events per second one meter may submit (0: unlimited)"},
			&cli.Float64Flag{Name: "rate-global", Value: l.Global, Usage: "intake: events per second all meters together (0: unlimited)"},
			&cli.Float64Flag{Name: "api-rate", Value: api.DefaultRate, Usage: "API: requests per second per client address (0: unlimited)"},
			&cli.IntFlag{Name: "api-burst", Value: api.DefaultBurst, Usage: "API: requests one client address may make at once"},
			&cli.DurationFlag{Name: "api-timeout", Value: 30 * time.Second, Usage: "API: longest time to answer a request"},
			&cli.DurationFlag{Name: "shutdown-timeout", Value: 15 * time.Second, Usage: "how long requests in flight may finish on a signal"},
		}, append(keyFlags(), logFlags("info")...)...),
		Action: runRun,
	}
}

func runRun(c *cli.Context) error {
	log, err := newLog(c)
	if err != nil {
		return err
	}
	dep, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return exitWith(2, fmt.Errorf("--deployment: %w", err))
	}
	var rpcs []string
	for _, u := range strings.Split(c.String("rpc"), ",") {
		if u = strings.TrimSpace(u); u != "" {
			rpcs = append(rpcs, u)
		}
	}
	thresholds := map[common.Address]*uint256.Int{}
	for _, t := range c.StringSlice("threshold") {
		a, v, ok := strings.Cut(t, "=")
		amt, err := uint256.FromDecimal(strings.TrimSpace(v))
		if !ok || !common.IsHexAddress(strings.TrimSpace(a)) || err != nil || amt.IsZero() {
			return exitWith(2, fmt.Errorf("--threshold %q: want ASSET=AMOUNT, an address and a positive integer of base units", t))
		}
		thresholds[common.HexToAddress(strings.TrimSpace(a))] = amt
	}
	cfg := service.Config{Dep: dep, RPCs: rpcs, RPCRate: c.Float64("rps"), Confirmations: c.Uint64("confirmations"),
		LeaseTTL: c.Duration("lease-ttl"), Poll: c.Duration("poll"), EpochEvery: c.Duration("epoch-every"), EpochAnchor: c.Uint64("epoch-anchor"),
		Thresholds: thresholds, AuthCache: 5 * time.Second, APIRate: c.Float64("api-rate"), APIBurst: c.Int("api-burst"),
		APITimeout: c.Duration("api-timeout"), ShutdownTimeout: c.Duration("shutdown-timeout"), Log: log}
	cfg.Server = intake.DefaultServerConfig
	cfg.Server.Listen, cfg.Server.TLSCert, cfg.Server.TLSKey, cfg.Server.InsecureHTTP = c.String("listen"), c.String("tls-cert"), c.String("tls-key"), c.Bool("insecure-http")
	cfg.IntakeLimits = intake.DefaultLimits
	cfg.IntakeLimits.PerMeter, cfg.IntakeLimits.Global = c.Float64("rate-per-meter"), c.Float64("rate-global")
	if err := cfg.IntakeLimits.Check(); err != nil {
		return exitWith(2, fmt.Errorf("run: %w", err))
	}
	if c.String("key-file") != "" || os.Getenv(envPrivateKey) != "" {
		if cfg.Key, err = loadKey(c.String("key-file"), c.String("password-file")); err != nil {
			return exitWith(2, err)
		}
		feeCap, err := maxFeeCap(c)
		if err != nil {
			return err
		}
		rc := relayer.DefaultConfig()
		rc.Tx.Confirmations, rc.Tx.PollInterval, rc.Tx.ResubmitAfter = c.Uint64("confirmations"), c.Duration("poll"), c.Duration("resubmit-after")
		rc.Tx.MaxFeeCap = feeCap
		rc.Poll, rc.LeaseTTL, rc.StartBlock = c.Duration("poll"), c.Duration("lease-ttl"), dep.StartBlock
		cfg.Relayer = rc
	} else {
		log.Warn("no relayer key (--key-file or " + envPrivateKey + "): this instance never leads; it serves and prices")
	}
	if cfg.MetadataKeys, err = metadataKeys(c); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, sessionTimeouts(c.String("db"), c.Duration("lease-ttl")))
	if err != nil {
		return fmt.Errorf("run: open --db: %w", err)
	}
	defer st.Close()
	cfg.Store = st
	err = service.Run(ctx, cfg)
	if err != nil && ctx.Err() == nil {
		return exitWith(2, err)
	}
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// sessionTimeouts gives a PostgreSQL DSN the session limits failover needs
// (unless it sets them): a leader paused inside a transaction holds the
// lease row's lock, which would keep the next leader waiting for as long as
// the pause lasts. idle_in_transaction_session_timeout (the lease TTL) makes
// PostgreSQL end such a session — its transaction rolls back, so nothing of
// it is written — and lock_timeout (the same) bounds any wait for a lock.
// Other DSNs are returned as they are.
func sessionTimeouts(dsn string, ttl time.Duration) string {
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn // store.Open reports it
	}
	q := u.Query()
	for _, k := range []string{"idle_in_transaction_session_timeout", "lock_timeout"} {
		if q.Get(k) == "" {
			q.Set(k, fmt.Sprint(ttl.Milliseconds()))
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}
