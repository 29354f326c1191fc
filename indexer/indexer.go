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

// ErrBehind means the cycle's node is behind the stored tip: it has not
// seen blocks the indexer already stored, on the same chain (or it is
// below the final block, where it can say nothing of what is stored). Not
// a reorg and not fatal: nothing is changed, and the next cycle asks again
// (a pool picks an endpoint that is not behind).
var ErrBehind = errors.New("indexer: node behind the stored tip")

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
	// TargetLogs is the logs aimed at per eth_getLogs answer and per
	// write batch: ranges grow after smaller answers and shrink after
	// larger ones or a refusal (0 = DefaultTargetLogs).
	TargetLogs uint64
	// RangeSize caps the blocks per eth_getLogs (0 = DefaultMaxRange); a
	// provider's own lower limit is learned from its refusals.
	RangeSize uint64
	TipRange  uint64 // blocks per tip step, each header kept and parent-checked; 0 = 64
	// Pipeline is how many fetched ranges may wait for the writer while
	// the next is fetched (memory: about Pipeline+2 batches; 0 = 2).
	Pipeline      int
	PollInterval  time.Duration
	RetryInterval time.Duration // after a failed cycle
	ExitAtHead    bool          // return nil once the confirmed head is indexed
	Logger        *slog.Logger
	// Progress, if set, is called after every applied batch.
	Progress func(Progress)
	// OnReorg, if set, is called after every rewind with its depth: the
	// blocks dropped from the stored tip.
	OnReorg func(depth uint64)
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
	if c.TargetLogs == 0 {
		c.TargetLogs = DefaultTargetLogs
	}
	if c.RangeSize == 0 {
		c.RangeSize = DefaultMaxRange
	}
	if c.Pipeline <= 0 {
		c.Pipeline = 2
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
	ranges := &Ranger{Target: cfg.TargetLogs, Max: cfg.RangeSize, Start: min(startRange, cfg.RangeSize)}
	return &Indexer{cfg: cfg, src: src, st: st, dec: dec, log: cfg.Logger,
		fetch: Fetcher{Addresses: cfg.Contracts.Addresses(), Ranges: ranges}}, nil
}

// Run indexes until ctx ends (returns nil), a fatal error (ErrDeepReorg,
// ErrWrongChain, ErrDecode), or, with ExitAtHead, until the confirmed head
// at some cycle is indexed. Other errors, ErrUnfetchable, ErrInconsistent
// and ErrBehind included, are logged and the same blocks asked again at
// the next cycle.
func (ix *Indexer) Run(ctx context.Context) error {
	ix.started = time.Now()
	for {
		atHead, err := ix.Cycle(ctx)
		if ctx.Err() != nil {
			return nil
		}
		wait := ix.cfg.PollInterval
		switch {
		case err != nil && fatal(err):
			return err
		case errors.Is(err, ErrBehind):
			ix.log.Info("node behind the stored tip; waiting for it", "err", err)
		case errors.Is(err, ErrUnfetchable) || errors.Is(err, ErrInconsistent):
			// Never skipped: the same blocks are asked again next cycle
			// (provider limits and lagging log indexes do pass).
			ix.log.Error("blocks cannot be read consistently; retrying, not skipping", "err", err)
			wait = ix.cfg.RetryInterval
		case err != nil:
			ix.log.Warn("index cycle failed; retrying", "err", err)
			wait = ix.cfg.RetryInterval
		case atHead && ix.cfg.ExitAtHead:
			return nil
		case !atHead:
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
// against the chain (rewinding on a reorg), then applies what it fetched
// up to the confirmed block (backfill) or one step at the tip. atHead
// reports that nothing was left to do up to the head.
func (ix *Indexer) Cycle(ctx context.Context) (atHead bool, err error) {
	c, err := ix.src.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("pick endpoint: %w", err)
	}
	atHead, err = ix.cycle(ctx, c)
	if err != nil && ctx.Err() == nil && !fatal(err) && !errors.Is(err, errReorged) && !errors.Is(err, ErrBehind) {
		ix.src.Fail(c)
	}
	if errors.Is(err, errReorged) {
		return false, nil
	}
	return atHead, err
}

// errReorged ends a cycle after a rewind; the next cycle continues.
var errReorged = errors.New("rewound after reorg")

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
	ix.prog.Head = head.Number
	next := ix.cfg.StartBlock
	if !fresh {
		next = last.Number + 1
		if err := ix.checkTip(ctx, c, last, final, head); err != nil {
			return false, err
		}
	}
	confirmed, err := ix.confirmed(ctx, c, head)
	if err != nil {
		return false, err
	}
	ix.prog.Confirmed = confirmed.Number
	limit := head.Number
	if ix.cfg.ExitAtHead {
		limit = confirmed.Number
	}
	if next > limit {
		return true, nil // nothing new
	}
	if next <= confirmed.Number {
		return ix.backfill(ctx, c, last, fresh, next, confirmed, head)
	}
	r, err := ix.fetch.Next(ctx, c, next, min(limit, next+ix.cfg.TipRange-1))
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

// backfill reads next..confirmed on one endpoint in ranges sized by the
// Ranger, always fetching and decoding ahead while the writer applies the
// ranges in order, each batch with its checkpoint. At most Pipeline
// fetched ranges wait for the writer, which bounds memory. When a fetch
// fails, every range fetched before it is still applied (and what the
// Ranger learned stays), then the error ends the cycle.
func (ix *Indexer) backfill(ctx context.Context, c Chain, last store.Block, fresh bool, next uint64, confirmed, head ethrpc.Header) (bool, error) {
	type fetched struct {
		r   *Range
		b   *store.Batch
		err error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan fetched, ix.cfg.Pipeline)
	go func() {
		defer close(ch)
		for from := next; from <= confirmed.Number; {
			var f fetched
			f.r, f.err = ix.fetch.Next(ctx, c, from, confirmed.Number)
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
			from = f.r.To + 1
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

// checkTip compares the stored tip with the chain. A node whose head is
// below the stored tip is behind (ErrBehind) unless its own head block
// differs from ours; on a mismatch it walks back through the kept headers
// to the common ancestor and rewinds to it in one transaction. A block the
// node does not have is never taken for a reorg; a different block at or
// below the final block halts (ErrDeepReorg).
func (ix *Indexer) checkTip(ctx context.Context, c Chain, last, final store.Block, head ethrpc.Header) error {
	if head.Number < last.Number {
		return ix.checkBehind(ctx, c, last, final, head)
	}
	hs, err := c.Headers(ctx, last.Number, last.Number)
	switch {
	case err == nil && hs[0].Hash == last.Hash:
		return nil
	case err != nil && isNotFound(err):
		// Its head is at or past our tip yet it lacks the block: answers
		// from two backends of one provider. Not evidence of a reorg.
		return fmt.Errorf("node head %d is at or past the stored tip %d but it has no block %d: %w",
			head.Number, last.Number, last.Number, ErrInconsistent)
	case err != nil:
		return fmt.Errorf("check stored tip %d: %w", last.Number, err)
	}
	return ix.rewindBelow(ctx, c, last, final, last.Number)
}

// checkBehind handles a node whose head is below the stored tip. Below the
// final block it can say nothing about stored blocks: it is behind. Else
// every block above the final one is kept; the same block at the node's
// head means the node is behind on our chain, another one means our tip
// was replaced (or the node is on a stale branch): rewinding to the common
// ancestor is safe either way, above the final block.
func (ix *Indexer) checkBehind(ctx context.Context, c Chain, last, final store.Block, head ethrpc.Header) error {
	if head.Number < final.Number {
		return fmt.Errorf("node head %d is below the final block %d (stored tip %d): %w", head.Number, final.Number, last.Number, ErrBehind)
	}
	stored, err := ix.st.BlockByNumber(ctx, ix.cfg.ChainID, head.Number)
	if errors.Is(err, store.ErrNotFound) && head.Number == final.Number {
		stored, err = final, nil
	}
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("node head %d below the stored tip %d, no header kept there: %w", head.Number, last.Number, ErrBehind)
	}
	if err != nil {
		return fmt.Errorf("read stored block %d: %w", head.Number, err)
	}
	if stored.Hash == head.Hash {
		return fmt.Errorf("node head %d %s is on the stored chain, stored tip %d: %w", head.Number, head.Hash, last.Number, ErrBehind)
	}
	if head.Number <= final.Number {
		return fmt.Errorf("stored block %d %s is final but the node has %s (stored tip %d %s): %w",
			head.Number, stored.Hash, head.Hash, last.Number, last.Hash, ErrDeepReorg)
	}
	return ix.rewindBelow(ctx, c, last, final, head.Number)
}

// rewindBelow finds the common ancestor below block differs (which is not
// on the node's chain, and at most the node's head) through the kept
// headers, and rewinds the store to it. The search never goes below the
// final block: a difference there halts with ErrDeepReorg.
func (ix *Indexer) rewindBelow(ctx context.Context, c Chain, last, final store.Block, differs uint64) error {
	for n := differs; ; {
		if n == 0 {
			return fmt.Errorf("block 0 differs from stored: %w", ErrDeepReorg)
		}
		n0 := n - 1
		stored, err := ix.st.BlockByNumber(ctx, ix.cfg.ChainID, n0)
		if errors.Is(err, store.ErrNotFound) {
			if n0 > final.Number {
				n = n0 // not kept (a backfilled block without facts); go deeper
				continue
			}
			stored, n0 = final, final.Number
		} else if err != nil {
			return fmt.Errorf("read stored block %d: %w", n0, err)
		}
		onChain, err := c.Headers(ctx, n0, n0)
		if err != nil {
			if isNotFound(err) {
				// Below its own head, so it should have it: an inconsistent
				// answer, asked again next cycle, never taken for a reorg.
				return fmt.Errorf("find common ancestor: node lacks block %d below its head: %w", n0, ErrInconsistent)
			}
			return fmt.Errorf("find common ancestor at %d: %w", n0, err)
		}
		if onChain[0].Hash == stored.Hash {
			ix.log.Warn("reorg: rewinding", "from", last.Number, "from_hash", last.Hash, "to", n0, "to_hash", stored.Hash)
			if err := ix.st.Rewind(ctx, ix.cfg.ChainID, stored); err != nil {
				return fmt.Errorf("rewind to %d: %w", n0, err)
			}
			if ix.cfg.OnReorg != nil && last.Number > n0 {
				ix.cfg.OnReorg(last.Number - n0)
			}
			return errReorged
		}
		if n0 <= final.Number {
			return fmt.Errorf("stored block %d %s is final but the node has %s (stored tip %d %s): %w",
				n0, stored.Hash, onChain[0].Hash, last.Number, last.Hash, ErrDeepReorg)
		}
		n = n0
	}
}

func isNotFound(err error) bool { return errors.Is(err, ethereum.NotFound) }
