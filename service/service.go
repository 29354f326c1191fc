package service

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/api"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/metrics"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
	"github.com/dataroyalty/royalty/web"
)

// Config is one instance's configuration.
type Config struct {
	Store *store.Store
	Dep   deploy.Deployment
	RPCs  []string // JSON-RPC endpoints (indexer failover; the first relays)
	// RPCRate is requests per second per endpoint (0: ethrpc's default).
	RPCRate       float64
	Confirmations uint64
	// Key relays payouts; without one the instance never leads (it serves
	// intake and API and prices).
	Key     *ecdsa.PrivateKey
	Relayer relayer.Config
	// LeaseTTL is how long the leader lease outlives a leader that stops
	// renewing it (renewed every third of it).
	LeaseTTL time.Duration
	// Poll is the pause between passes of the pricer, closer and relayer,
	// and the indexer's poll at the head.
	Poll time.Duration
	// EpochEvery and EpochAnchor are the calendar: epochs end at
	// EpochAnchor + k·EpochEvery (unix seconds), closed once the chain is
	// final past the end.
	EpochEvery  time.Duration
	EpochAnchor uint64
	// Thresholds close an epoch early, at the final block's time, when a
	// recipient's accrual not yet in an epoch reaches its asset's
	// threshold (base units). Nil: calendar only.
	Thresholds map[common.Address]*uint256.Int
	PriceBatch int // events per pricing transaction (0: 100)

	Server          intake.ServerConfig
	IntakeLimits    intake.Limits
	AuthCache       time.Duration
	MetadataKeys    *keyring.File
	APIRate         float64
	APIBurst        int
	APITimeout      time.Duration
	ShutdownTimeout time.Duration
	Log             *slog.Logger
}

// Check reports the first bad field.
func (c *Config) Check() error {
	switch {
	case c.Store == nil:
		return errors.New("run: a store is required")
	case len(c.RPCs) == 0:
		return errors.New("run: --rpc: at least one endpoint is required")
	case c.LeaseTTL < time.Second:
		return fmt.Errorf("run: --lease-ttl %s: at least 1s", c.LeaseTTL)
	case c.Poll <= 0:
		return errors.New("run: --poll must be positive")
	case c.EpochEvery < time.Second:
		return fmt.Errorf("run: --epoch-every %s: at least 1s", c.EpochEvery)
	case c.PriceBatch < 0 || c.PriceBatch > store.MaxUsageEventsPage:
		return fmt.Errorf("run: price batch %d not in 0..%d", c.PriceBatch, store.MaxUsageEventsPage)
	}
	if c.Key != nil {
		if err := c.Relayer.Check(); err != nil {
			return fmt.Errorf("run: %w", err)
		}
	}
	return c.Server.Check()
}

// node is a running instance.
type node struct {
	cfg     Config
	log     *slog.Logger
	metrics *metrics.Metrics
	epochs  *pipeline.Epochs
	leader  *leader
	holder  string

	skipped uint64 // the last boundary closed with nothing new (logged once)
}

// Run serves and works until ctx ends, then drains and returns nil; it
// returns an error only when it cannot start (a bad config, a port taken).
func Run(ctx context.Context, cfg Config) error {
	if err := cfg.Check(); err != nil {
		return err
	}
	if cfg.PriceBatch == 0 {
		cfg.PriceBatch = 100
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = 15 * time.Second
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	n := &node{cfg: cfg, log: log, holder: relayer.HolderID()}
	n.metrics = metrics.New(cfg.Store, cfg.Dep.ChainID, log)
	n.epochs = &pipeline.Epochs{Store: cfg.Store, Dep: cfg.Dep}
	n.leader = &leader{st: cfg.Store, name: fmt.Sprintf("leader/%d", cfg.Dep.ChainID), holder: n.holder, ttl: cfg.LeaseTTL,
		log: log, metrics: n.metrics}

	h, err := n.handler()
	if err != nil {
		return err
	}
	srv, err := intake.Listen(cfg.Server, h, log)
	if err != nil {
		return err
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve() }()
	log.Info("serving", "url", srv.URL(), "chainId", cfg.Dep.ChainID, "holder", n.holder, "leaderCandidate", cfg.Key != nil)

	var wg sync.WaitGroup
	loopCtx, stopLoops := context.WithCancel(ctx)
	n.supervise(loopCtx, &wg, "pricer", n.priceLoop)
	if cfg.Key != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.leader.run(loopCtx, n.lead)
		}()
	}
	select {
	case <-ctx.Done():
	case err := <-served:
		stopLoops()
		wg.Wait()
		return fmt.Errorf("run: serve: %w", err)
	}
	log.Info("stopping: draining requests in flight", "timeout", cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	serr := srv.Shutdown(sctx)
	<-served
	stopLoops()
	wg.Wait()
	if serr != nil {
		log.Warn("shutdown: requests still in flight were cut", "err", serr)
	}
	log.Info("stopped")
	return nil
}

// handler is the one listener's routes: intake, API, metrics, health and
// the pages.
func (n *node) handler() (http.Handler, error) {
	cfg := n.cfg
	var opts []intake.Option
	if cfg.MetadataKeys != nil {
		opts = append(opts, intake.WithKeys(cfg.MetadataKeys))
	}
	dom := usage.Domain{ChainID: cfg.Dep.ChainID, VerifyingContract: cfg.Dep.GovernanceConfig}
	in, err := intake.New(cfg.Store, dom, opts...).Handler(intake.HandlerConfig{
		Auth: intake.NewAuthenticator(cfg.Store, cfg.AuthCache), Limits: cfg.IntakeLimits, Log: n.log})
	if err != nil {
		return nil, err
	}
	// The pages' reads (token units, claimed amounts, roots) go to the first
	// endpoint; an HTTP client connects on first use.
	chain, err := ethclient.Dial(cfg.RPCs[0])
	if err != nil {
		return nil, fmt.Errorf("run: --rpc %s: %w", cfg.RPCs[0], err)
	}
	ap, err := api.Handler(api.Config{Store: cfg.Store, Dep: cfg.Dep, Log: n.log, Rate: cfg.APIRate, Burst: cfg.APIBurst,
		Timeout: cfg.APITimeout, Head: n.metrics.Head, Chain: chain})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/v1/events", in)
	mux.Handle("/v1/events/", in)
	mux.Handle("/metrics", n.metrics.Handler())
	mux.Handle("/healthz", metrics.Healthz())
	mux.Handle("/readyz", metrics.Readyz(map[string]metrics.Check{
		"store": metrics.StoreCheck(cfg.Store),
		"chain": func(ctx context.Context) error {
			if _, _, err := cfg.Store.Checkpoint(ctx, cfg.Dep.ChainID); err != nil {
				return fmt.Errorf("nothing indexed yet: %w", err)
			}
			return nil
		},
	}))
	mux.Handle("/v1/", ap)
	mux.Handle("/", web.Handler()) // the holder page (/) and the consumer page (/consumer), docs/web.md
	return mux, nil
}

// supervise runs loop until ctx ends, restarting it after a failure with a
// back-off doubling from 1 s to 30 s (reset after a minute of health).
func (n *node) supervise(ctx context.Context, wg *sync.WaitGroup, name string, loop func(ctx context.Context) error) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		backoff := time.Second
		for {
			started := time.Now()
			err := loop(ctx)
			if ctx.Err() != nil {
				return
			}
			if time.Since(started) > time.Minute {
				backoff = time.Second
			}
			if errors.Is(err, store.ErrLeaseLost) {
				n.log.Warn("write refused: the leader lease was lost (fenced); stepping down", "loop", name, "err", err)
			} else {
				n.log.Error("loop failed; restarting", "loop", name, "in", backoff, "err", err)
			}
			n.metrics.LoopRestarted(name)
			t := time.NewTimer(backoff)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
			backoff = min(2*backoff, 30*time.Second)
		}
	}()
}

// every calls fn now and then every d until ctx ends or fn fails.
func every(ctx context.Context, d time.Duration, fn func(ctx context.Context) error) error {
	for {
		if err := fn(ctx); err != nil {
			return err
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

func (n *node) priceLoop(ctx context.Context) error {
	p := &pipeline.Pricer{Store: n.cfg.Store, Dep: n.cfg.Dep}
	return every(ctx, n.cfg.Poll, func(ctx context.Context) error {
		s, err := p.PriceShared(ctx, n.cfg.PriceBatch)
		if s.Priced > 0 {
			n.metrics.Priced(s.Priced)
			n.log.Info("priced", "priced", s.Priced, "waiting", s.Waiting, "rejected", s.Rejected, "held", s.Held)
		}
		if err != nil && ctx.Err() != nil {
			return nil
		}
		return err
	})
}

// lead runs the leader's loops until ctx ends (leadership lost or stop).
func (n *node) lead(ctx context.Context, lease func() store.Lease) {
	fence := func(ctx context.Context, tx *store.Store) error { return tx.CheckLease(ctx, lease()) }
	var wg sync.WaitGroup
	n.supervise(ctx, &wg, "indexer", func(ctx context.Context) error { return n.indexLoop(ctx, fence) })
	n.supervise(ctx, &wg, "closer", func(ctx context.Context) error { return n.closeLoop(ctx, fence) })
	n.supervise(ctx, &wg, "relayer", n.relayLoop)
	wg.Wait()
}

// fencedIndex is the indexer's store with every write fenced by the lease.
type fencedIndex struct {
	*store.Store
	fence func(ctx context.Context, tx *store.Store) error
}

func (f fencedIndex) ApplyBatch(ctx context.Context, b *store.Batch) error {
	return f.Store.Transact(ctx, func(tx *store.Store) error {
		if err := f.fence(ctx, tx); err != nil {
			return err
		}
		return tx.ApplyBatch(ctx, b)
	})
}

func (f fencedIndex) Rewind(ctx context.Context, chainID uint64, keep store.Block) error {
	return f.Store.Transact(ctx, func(tx *store.Store) error {
		if err := f.fence(ctx, tx); err != nil {
			return err
		}
		return tx.Rewind(ctx, chainID, keep)
	})
}

func (n *node) indexLoop(ctx context.Context, fence func(ctx context.Context, tx *store.Store) error) error {
	pool, err := ethrpc.DialPool(ctx, ethrpc.Config{RatePerSec: n.cfg.RPCRate, Logger: n.log, OnError: n.metrics.RPCError}, n.cfg.RPCs)
	if err != nil {
		return err
	}
	defer pool.Close()
	d := n.cfg.Dep
	ix, err := indexer.New(indexer.Config{ChainID: d.ChainID, Contracts: indexer.ContractsOf(d), StartBlock: d.StartBlock,
		Confirmations: n.cfg.Confirmations, PollInterval: n.cfg.Poll, Logger: n.log, Progress: n.metrics.Progress, OnReorg: n.metrics.Reorg},
		indexer.PoolSource{Pool: pool}, fencedIndex{Store: n.cfg.Store, fence: fence})
	if err != nil {
		return err
	}
	return ix.Run(ctx)
}

// closeLoop closes the next epoch when the chain is final past a calendar
// boundary, or early when a threshold is reached.
func (n *node) closeLoop(ctx context.Context, fence func(ctx context.Context, tx *store.Store) error) error {
	e := &pipeline.Epochs{Store: n.cfg.Store, Dep: n.cfg.Dep, Fence: fence, SkipUnchanged: true}
	period := uint64(n.cfg.EpochEvery / time.Second)
	return everyPass(ctx, n.cfg.Poll, func(ctx context.Context) error {
		_, final, err := e.Store.Checkpoint(ctx, e.Dep.ChainID)
		if errors.Is(err, store.ErrNotFound) {
			return nil // nothing indexed yet
		}
		if err != nil {
			return err
		}
		last, err := e.Store.LastEpoch(ctx, e.Dep.ChainID)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if final.Time > n.cfg.EpochAnchor {
			if b := n.cfg.EpochAnchor + (final.Time-n.cfg.EpochAnchor)/period*period; b > last.End && b > n.cfg.EpochAnchor {
				if closed, err := n.tryClose(ctx, e, b, "calendar"); closed || err != nil {
					return err
				}
			}
		}
		if len(n.cfg.Thresholds) > 0 && final.Time > last.End {
			over, err := n.overThreshold(ctx, e, final.Time)
			if err != nil || over == "" {
				return err
			}
			n.log.Debug("threshold reached", "what", over)
			_, err = n.tryClose(ctx, e, final.Time, "threshold")
			return err
		}
		return nil
	})
}

// tryClose closes the next epoch at end; closed is false when the chain is
// not final past end yet or the epoch would pay nothing new.
func (n *node) tryClose(ctx context.Context, e *pipeline.Epochs, end uint64, trigger string) (closed bool, err error) {
	started := time.Now()
	c, err := e.Close(ctx, end)
	switch {
	case errors.Is(err, pipeline.ErrNotFinal):
		return false, nil
	case errors.Is(err, pipeline.ErrNothingToPay):
		if end != n.skipped {
			n.log.Debug("boundary passed with nothing new to pay: the epoch runs on", "end", end, "trigger", trigger)
			n.skipped = end
		}
		return false, nil
	case err != nil:
		return false, fmt.Errorf("close epoch at %d: %w", end, err)
	}
	n.metrics.EpochClosed(trigger, time.Since(started))
	n.recordTokens(ctx, c.Payout.Assets)
	n.log.Info("epoch closed", "epoch", c.Row.Epoch, "end", end, "trigger", trigger, "lineItems", c.LineItems, "root", c.Row.Root.Hex())
	return true, nil
}

// recordTokens reads and keeps the symbol and decimals of the assets an
// epoch pays that are not recorded yet, so the API and `royalty statement`
// print token units without a node. A failure is only logged.
func (n *node) recordTokens(ctx context.Context, assets []common.Address) {
	known, err := n.cfg.Store.Tokens(ctx, n.cfg.Dep.ChainID)
	if err != nil {
		n.log.Warn("read asset metadata", "err", err)
		return
	}
	var client *ethclient.Client
	for _, a := range assets {
		if _, ok := known[a]; ok {
			continue
		}
		if client == nil {
			if client, err = ethclient.DialContext(ctx, n.cfg.RPCs[0]); err != nil {
				n.log.Warn("read token metadata: dial", "err", err)
				return
			}
			defer client.Close()
		}
		t, err := relayer.ReadToken(ctx, client, a)
		if err == nil {
			err = n.cfg.Store.SaveToken(ctx, store.TokenMeta{ChainID: n.cfg.Dep.ChainID, Address: a, Symbol: t.Symbol, Decimals: t.Decimals})
		}
		if err != nil {
			n.log.Warn("read token metadata", "asset", a.Hex(), "err", err)
		}
	}
}

// everyPass is every, but a pass that failed on a lost lease or a stopped
// context ends the loop, and other failures end it too (the supervisor
// restarts it with a back-off).
func everyPass(ctx context.Context, d time.Duration, fn func(ctx context.Context) error) error {
	return every(ctx, d, func(ctx context.Context) error {
		err := fn(ctx)
		if err != nil && ctx.Err() != nil {
			return nil
		}
		return err
	})
}

func (n *node) overThreshold(ctx context.Context, e *pipeline.Epochs, before uint64) (string, error) {
	pend, err := e.PendingAccruals(ctx, before)
	if err != nil {
		return "", err
	}
	atto := uint256.NewInt(1_000_000_000_000_000_000)
	for _, p := range pend {
		th, ok := n.cfg.Thresholds[p.Asset]
		if !ok {
			continue
		}
		var whole uint256.Int
		whole.Div(&p.AmountAtto, atto)
		if whole.Cmp(th) >= 0 {
			return fmt.Sprintf("%s accrued %s of %s (threshold %s)", p.Account.Hex(), whole.Dec(), p.Asset.Hex(), th.Dec()), nil
		}
	}
	return "", nil
}

// relayLoop relays, oldest first, each closed epoch with a root that is not
// active yet, one step per pass (fund, propose, activate after the window),
// under one relayer session (the lease on (chain, key)) kept while it leads.
func (n *node) relayLoop(ctx context.Context) error {
	client, err := ethclient.DialContext(ctx, n.cfg.RPCs[0])
	if err != nil {
		return fmt.Errorf("relayer: dial: %w", err)
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("relayer: read chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != n.cfg.Dep.ChainID {
		return fmt.Errorf("relayer: the node serves chain %s, the deployment is on chain %d", id, n.cfg.Dep.ChainID)
	}
	var sess *relayer.Session
	defer func() {
		if sess != nil {
			sess.Close()
		}
	}()
	busy := false
	return everyPass(ctx, n.cfg.Poll, func(ctx context.Context) error {
		rows, err := n.cfg.Store.Epochs(ctx, n.cfg.Dep.ChainID, api.MaxListed)
		if err != nil {
			return err
		}
		stages, err := n.cfg.Store.RelayStages(ctx, n.cfg.Dep.ChainID)
		if err != nil {
			return err
		}
		for i := len(rows) - 1; i >= 0; i-- { // oldest first
			row := rows[i]
			if row.Root == (common.Hash{}) || stages[row.Epoch] == string(relayer.StageActivated) {
				continue
			}
			if sess == nil {
				s, err := relayer.Open(ctx, n.cfg.Relayer, n.cfg.Store, client, n.cfg.Key, n.log)
				if errors.Is(err, relayer.ErrBusy) {
					if !busy {
						n.log.Info("the relayer lease is still held by the previous leader; waiting for it", "err", err)
						busy = true
					}
					return nil
				}
				if err != nil {
					return err
				}
				sess, busy = s, false
			}
			prog, err := n.epochs.RelayStep(ctx, sess, row.Epoch)
			if errors.Is(err, relayer.ErrLeaseLost) {
				sess.Close()
				sess = nil
				return fmt.Errorf("relay epoch %d: %w", row.Epoch, store.ErrLeaseLost)
			}
			if err != nil {
				return fmt.Errorf("relay epoch %d: %w", row.Epoch, err)
			}
			if string(prog.Stage) != stages[row.Epoch] && prog.Stage != "" {
				n.log.Info("relay", "epoch", row.Epoch, "stage", prog.Stage)
			}
			return nil // one epoch at a time: the next waits for this one's root
		}
		return nil
	})
}
