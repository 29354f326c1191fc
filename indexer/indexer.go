package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/store"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrDeepReorg means the chain reorganised below a block the indexer had
// already taken as final. Nothing is rewound: an operator must look.
var ErrDeepReorg = errors.New("indexer: reorg below the final block")

// ErrWrongChain means the node serves another chain id than configured.
var ErrWrongChain = errors.New("indexer: node serves another chain")

// Store is what the indexer needs of the store.
type Store interface {
	ApplyBatch(ctx context.Context, b *store.Batch) error
	Checkpoint(ctx context.Context, chainID uint64) (last, final store.Block, err error)
	BlockByNumber(ctx context.Context, chainID, number uint64) (store.Block, error)
	Rewind(ctx context.Context, chainID uint64, keep store.Block) error
}

var _ Store = (*store.Store)(nil)

// Config of an Indexer. Check validates it and fills defaults.
type Config struct {
	ChainID       uint64
	Contracts     Contracts
	StartBlock    uint64 // first block to read when there is no checkpoint (the deployment block)
	Confirmations uint64 // head − Confirmations is final unless the node's "finalized" is ahead
	RangeSize     uint64 // blocks per backfill eth_getLogs (split further on refusal); 0 = 2000
	TipRange      uint64 // blocks per tip step, each header kept and parent-checked; 0 = 64
	PollInterval  time.Duration
	RetryInterval time.Duration // after a failed cycle
	ExitAtHead    bool          // return nil once the confirmed head is indexed
	Logger        *slog.Logger
	// Progress, if set, is called after every applied batch.
	Progress func(Progress)
}

// Contracts are the four contracts whose events are indexed.
type Contracts struct {
	OwnershipToken, GovernanceConfig, RevenueVault, RoyaltyDistributor common.Address
}

// ContractsOf names the contracts of a deployment.
func ContractsOf(d deploy.Deployment) Contracts {
	return Contracts{OwnershipToken: d.OwnershipToken, GovernanceConfig: d.GovernanceConfig,
		RevenueVault: d.RevenueVault, RoyaltyDistributor: d.RoyaltyDistributor}
}

// Addresses lists the contracts, for eth_getLogs.
func (c Contracts) Addresses() []common.Address {
	return []common.Address{c.OwnershipToken, c.GovernanceConfig, c.RevenueVault, c.RoyaltyDistributor}
}

// Check validates the config.
func (c *Config) Check() error {
	if c.ChainID == 0 {
		return errors.New("indexer config: chainID is 0")
	}
	for name, a := range map[string]common.Address{"ownershipToken": c.Contracts.OwnershipToken,
		"governanceConfig": c.Contracts.GovernanceConfig, "revenueVault": c.Contracts.RevenueVault,
		"royaltyDistributor": c.Contracts.RoyaltyDistributor} {
		if a == (common.Address{}) {
			return fmt.Errorf("indexer config: contracts.%s is the zero address", name)
		}
	}
	if c.RangeSize == 0 {
		c.RangeSize = 2000
	}
	if c.TipRange == 0 {
		c.TipRange = 64
	}
	if c.PollInterval == 0 {
		c.PollInterval = 2 * time.Second
	}
	if c.RetryInterval == 0 {
		c.RetryInterval = time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Progress is reported after each applied batch.
type Progress struct {
	Block, Confirmed, Head uint64
	Blocks, Logs, Facts    uint64 // totals since Run started
	Elapsed                time.Duration
}

// Indexer follows one chain into a Store.
type Indexer struct {
	cfg   Config
	src   Source
	st    Store
	fetch Fetcher
	dec   *Decoder
	log   *slog.Logger

	prog    Progress
	started time.Time
}

// New makes an Indexer.
func New(cfg Config, src Source, st Store) (*Indexer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	dec, err := NewDecoder(cfg.ChainID, cfg.Contracts)
	if err != nil {
		return nil, err
	}
	return &Indexer{cfg: cfg, src: src, st: st, dec: dec, log: cfg.Logger,
		fetch: Fetcher{Addresses: cfg.Contracts.Addresses()}}, nil
}

// Run indexes until ctx ends (returns nil), a fatal error (ErrDeepReorg,
// ErrWrongChain, ErrDecode), or, with ExitAtHead, until the confirmed head
// at some cycle is indexed. Other errors, ErrUnfetchable and ErrInconsistent
// included, are logged and the same blocks retried at the next cycle.
func (ix *Indexer) Run(ctx context.Context) error {
	ix.started = time.Now()
	for {
		atHead, err := ix.Cycle(ctx)
		if ctx.Err() != nil {
			return nil
		}
		wait := ix.cfg.PollInterval
		if err != nil {
			if fatal(err) {
				return err
			}
			if errors.Is(err, ErrUnfetchable) || errors.Is(err, ErrInconsistent) {
				// Never skipped: the same blocks are asked again next cycle
				// (provider limits and lagging log indexes do pass).
				ix.log.Error("blocks cannot be read consistently; retrying, not skipping", "err", err)
			} else {
				ix.log.Warn("index cycle failed; retrying", "err", err)
			}
			wait = ix.cfg.RetryInterval
		} else if atHead && ix.cfg.ExitAtHead {
			return nil
		} else if !atHead {
			wait = 0
		}
		if wait > 0 {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(wait):
			}
		}
	}
}

func fatal(err error) bool {
	return errors.Is(err, ErrDeepReorg) || errors.Is(err, ErrWrongChain) || errors.Is(err, ErrDecode)
}

// Cycle does one poll cycle on one endpoint: it checks the stored tip
// against the chain (rewinding on a reorg), then applies one batch. atHead
// reports that nothing was left to do up to the head.
func (ix *Indexer) Cycle(ctx context.Context) (atHead bool, err error) {
	c, err := ix.src.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("pick endpoint: %w", err)
	}
	atHead, err = ix.cycle(ctx, c)
	if err != nil && ctx.Err() == nil && !fatal(err) && !errors.Is(err, errReorged) {
		ix.src.Fail(c)
	}
	if errors.Is(err, errReorged) {
		return false, nil
	}
	return atHead, err
}

// errReorged ends a cycle after a rewind; the next cycle continues.
var errReorged = errors.New("rewound after reorg")

// errBehind ends a cycle whose node is behind the stored tip on our chain.
var errBehind = errors.New("node behind the stored tip")

func (ix *Indexer) cycle(ctx context.Context, c Chain) (bool, error) {
	id, err := c.ChainID(ctx)
	if err != nil {
		return false, err
	}
	if id != ix.cfg.ChainID {
		return false, fmt.Errorf("node chain id %d, configured %d: %w", id, ix.cfg.ChainID, ErrWrongChain)
	}
	last, final, err := ix.st.Checkpoint(ctx, ix.cfg.ChainID)
	fresh := errors.Is(err, store.ErrNotFound)
	if err != nil && !fresh {
		return false, fmt.Errorf("read checkpoint: %w", err)
	}
	head, err := c.HeaderByTag(ctx, rpc.LatestBlockNumber)
	if err != nil {
		return false, err
	}
	confirmed, err := ix.confirmed(ctx, c, head)
	if err != nil {
		return false, err
	}
	next := ix.cfg.StartBlock
	if !fresh {
		next = last.Number + 1
		switch err := ix.checkTip(ctx, c, last, final, head); {
		case errors.Is(err, errBehind):
			ix.prog.Head, ix.prog.Confirmed = head.Number, confirmed.Number
			return true, nil
		case err != nil:
			return false, err
		}
	}
	limit := head.Number
	if ix.cfg.ExitAtHead {
		limit = confirmed.Number
	}
	if next > limit {
		ix.prog.Head, ix.prog.Confirmed = head.Number, confirmed.Number
		return true, nil // a lagging node, or nothing new
	}
	if next <= confirmed.Number {
		return ix.backfill(ctx, c, last, fresh, next, confirmed, head)
	}
	to := min(limit, next+ix.cfg.TipRange-1)
	r, err := ix.fetch.Fetch(ctx, c, next, to)
	if err != nil {
		return false, err
	}
	if err := linked(r, last.Hash, !fresh); err != nil {
		return false, err
	}
	b, err := ix.batch(r, confirmed)
	if err != nil {
		return false, err
	}
	if err := ix.apply(ctx, r, b, confirmed, head); err != nil {
		return false, err
	}
	return r.To >= limit, nil
}

// linked checks the parent links of a range: its first block continues
// prev (when known) and each block the one before it.
func linked(r *Range, prev common.Hash, checkFirst bool) error {
	for i, h := range r.Headers {
		if i == 0 {
			if checkFirst && h.ParentHash != prev {
				// The stored tip was replaced since checkTip; the next
				// cycle finds the common ancestor.
				return fmt.Errorf("block %d's parent %s is not the previous block %s: %w", h.Number, h.ParentHash, prev, ErrInconsistent)
			}
			continue
		}
		if want := r.Headers[i-1].Hash; h.ParentHash != want {
			return fmt.Errorf("block %d's parent %s is not block %d %s: %w", h.Number, h.ParentHash, h.Number-1, want, ErrInconsistent)
		}
	}
	return nil
}

func (ix *Indexer) apply(ctx context.Context, r *Range, b *store.Batch, confirmed, head ethrpc.Header) error {
	if err := ix.st.ApplyBatch(ctx, b); err != nil {
		return fmt.Errorf("apply blocks %d-%d: %w", r.From, r.To, err)
	}
	ix.prog.Block, ix.prog.Confirmed, ix.prog.Head = r.To, confirmed.Number, head.Number
	ix.prog.Blocks += r.To - r.From + 1
	ix.prog.Logs += uint64(len(r.Logs))
	ix.prog.Facts += uint64(len(b.Facts))
	ix.prog.Elapsed = time.Since(ix.started)
	if ix.cfg.Progress != nil {
		ix.cfg.Progress(ix.prog)
	}
	return nil
}

// backfill reads ranges next..confirmed on one endpoint, fetching and
// decoding the next range while the previous one is written, and applies
// them in order, each with its checkpoint.
func (ix *Indexer) backfill(ctx context.Context, c Chain, last store.Block, fresh bool, next uint64, confirmed, head ethrpc.Header) (bool, error) {
	type fetched struct {
		r   *Range
		b   *store.Batch
		err error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan fetched, 2)
	go func() {
		defer close(ch)
		for from := next; from <= confirmed.Number; from += ix.cfg.RangeSize {
			to := min(confirmed.Number, from+ix.cfg.RangeSize-1)
			var f fetched
			f.r, f.err = ix.fetch.Fetch(ctx, c, from, to)
			if f.err == nil {
				f.err = linked(f.r, common.Hash{}, false)
			}
			if f.err == nil {
				f.b, f.err = ix.batch(f.r, confirmed)
			}
			select {
			case ch <- f:
			case <-ctx.Done():
				return
			}
			if f.err != nil {
				return
			}
		}
	}()
	prev, havePrev := last.Hash, !fresh
	for f := range ch {
		if f.err != nil {
			return false, f.err
		}
		if first := f.r.Headers[0]; havePrev && first.ParentHash != prev {
			return false, fmt.Errorf("block %d's parent %s is not the previous block %s: %w", first.Number, first.ParentHash, prev, ErrInconsistent)
		}
		if err := ix.apply(ctx, f.r, f.b, confirmed, head); err != nil {
			return false, err
		}
		prev, havePrev = f.r.Headers[len(f.r.Headers)-1].Hash, true
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	limit := head.Number
	if ix.cfg.ExitAtHead {
		limit = confirmed.Number
	}
	return confirmed.Number >= limit, nil
}

// confirmed is the node's finalized block when it is ahead of
// head − Confirmations, else that block.
func (ix *Indexer) confirmed(ctx context.Context, c Chain, head ethrpc.Header) (ethrpc.Header, error) {
	n := uint64(0)
	if head.Number > ix.cfg.Confirmations {
		n = head.Number - ix.cfg.Confirmations
	}
	fin, err := c.HeaderByTag(ctx, rpc.FinalizedBlockNumber)
	switch {
	case err == nil && fin.Number > n && fin.Number <= head.Number:
		return fin, nil
	case err != nil && !errors.Is(err, ethrpc.ErrNoFinalized):
		return ethrpc.Header{}, err
	}
	hs, err := c.Headers(ctx, n, n)
	if err != nil {
		return ethrpc.Header{}, fmt.Errorf("confirmed header %d: %w", n, err)
	}
	return hs[0], nil
}

// checkTip compares the stored tip with the chain; on a mismatch it walks
// back through the kept headers to the common ancestor and rewinds to it in
// one transaction. Below the final block it halts.
func (ix *Indexer) checkTip(ctx context.Context, c Chain, last, final store.Block, head ethrpc.Header) error {
	hs, err := c.Headers(ctx, last.Number, last.Number)
	if err == nil && hs[0].Hash == last.Hash {
		return nil
	}
	if err != nil && !isNotFound(err) {
		return fmt.Errorf("check stored tip %d: %w", last.Number, err)
	}
	if err != nil && head.Number < last.Number {
		// The node is behind the checkpoint. If its head is on our chain it
		// is merely lagging (or rolled back without new blocks yet): wait
		// rather than rewind; a replacement shows up as a hash mismatch.
		stored, serr := ix.st.BlockByNumber(ctx, ix.cfg.ChainID, head.Number)
		if serr == nil && stored.Hash == head.Hash {
			return errBehind
		}
	}
	// The tip is gone (rolled back) or replaced: find the ancestor.
	for n := last.Number; ; n-- {
		if n == 0 {
			return fmt.Errorf("block 0 differs from stored: %w", ErrDeepReorg)
		}
		n0 := n - 1
		stored, err := ix.st.BlockByNumber(ctx, ix.cfg.ChainID, n0)
		if errors.Is(err, store.ErrNotFound) {
			if n0 > final.Number {
				continue // not kept (a backfilled block without facts); go deeper
			}
			stored = final
			n0 = final.Number
		} else if err != nil {
			return fmt.Errorf("read stored block %d: %w", n0, err)
		}
		onChain, err := c.Headers(ctx, n0, n0)
		if err != nil && !isNotFound(err) {
			return fmt.Errorf("find common ancestor at %d: %w", n0, err)
		}
		if err == nil && onChain[0].Hash == stored.Hash {
			if n0 < final.Number {
				return fmt.Errorf("common ancestor %d is below final block %d %s: %w", n0, final.Number, final.Hash, ErrDeepReorg)
			}
			ix.log.Warn("reorg: rewinding", "from", last.Number, "from_hash", last.Hash, "to", n0, "to_hash", stored.Hash)
			if err := ix.st.Rewind(ctx, ix.cfg.ChainID, stored); err != nil {
				return fmt.Errorf("rewind to %d: %w", n0, err)
			}
			return errReorged
		}
		if n0 <= final.Number {
			got := "missing"
			if err == nil {
				got = onChain[0].Hash.Hex()
			}
			return fmt.Errorf("stored block %d %s is final but the node has %s (stored tip %d %s): %w",
				n0, stored.Hash, got, last.Number, last.Hash, ErrDeepReorg)
		}
		n = n0 + 1
	}
}

func isNotFound(err error) bool { return errors.Is(err, ethereum.NotFound) }
