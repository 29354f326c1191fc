package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrInconsistent means the node's answers contradict each other (a log
// whose block hash is not the header's, a bloom that promises logs the node
// will not give). The range is not applied; the cycle is retried later.
var ErrInconsistent = errors.New("indexer: inconsistent node answer")

// ErrUnfetchable means a single block's logs for one address and topic are
// refused even alone. The block is never skipped: Run logs the error and
// asks again at the next cycle.
var ErrUnfetchable = errors.New("indexer: block logs cannot be fetched")

// Range is what was read for blocks From..To: every header, and the logs of
// our contracts in chain order.
type Range struct {
	From, To uint64
	Headers  []ethrpc.Header
	Logs     []types.Log
}

// Defaults of the log range sizing (Config.TargetLogs, RangeSize).
const (
	DefaultTargetLogs = 5000   // logs per eth_getLogs answer and per write batch
	DefaultMaxRange   = 10_000 // blocks per eth_getLogs, the common hosted-provider cap
	startRange        = 4      // blocks of an endpoint's first query
)

// Fetcher reads ranges of logs of a fixed set of contracts from one Chain.
// It is used by one goroutine at a time.
type Fetcher struct {
	Addresses []common.Address
	// EmptyRetries is how often a block whose bloom names our contracts
	// but whose logs came back empty is asked again (0 = 2).
	EmptyRetries int
	// Ranges sizes each eth_getLogs per endpoint; nil = the defaults.
	Ranges *Ranger
}

func (f *Fetcher) ranger() *Ranger {
	if f.Ranges == nil {
		f.Ranges = &Ranger{Target: DefaultTargetLogs, Max: DefaultMaxRange, Start: startRange}
	}
	return f.Ranges
}

// Next reads the range that starts at from, as many blocks (at most up to
// limit) as the Ranger sizes for c: every header, then the logs, the range
// cut so that it spans no more blocks whose bloom names our contracts than
// the Ranger allows (Hits). A refused
// query is asked again smaller (the refusal's limit is remembered for c); a
// refused single block is split by contract and then by event topic.
func (f *Fetcher) Next(ctx context.Context, c Chain, from, limit uint64) (*Range, error) {
	if limit < from {
		return nil, fmt.Errorf("fetch from %d to %d: empty range", from, limit)
	}
	rg := f.ranger()
	size := rg.Size(c)
	to := limit
	if limit-from >= size {
		to = from + size - 1
	}
	// Headers first: their blooms show which blocks hold our logs, so the
	// range is cut before the answer could grow far past the target.
	headers, err := c.Headers(ctx, from, to)
	if err != nil {
		return nil, fmt.Errorf("fetch headers %d-%d: %w", from, to, err)
	}
	if len(headers) != int(to-from+1) {
		return nil, fmt.Errorf("fetch headers %d-%d: %d headers: %w", from, to, len(headers), ErrInconsistent)
	}
	allowed, hits := rg.Hits(c), uint64(0)
	for i, h := range headers {
		if !f.bloomHit(h.Bloom) {
			continue
		}
		if hits == allowed && i > 0 {
			to = h.Number - 1
			headers = headers[:i]
			break
		}
		hits++
	}
	var logs []types.Log
	for {
		logs, err = c.Logs(ctx, f.query(from, to))
		if err == nil {
			rg.Answered(c, to-from+1, len(logs), f.hits(headers))
			break
		}
		if !errors.Is(err, ethrpc.ErrRangeRefused) {
			return nil, fmt.Errorf("fetch logs %d-%d: %w", from, to, err)
		}
		if from == to {
			if logs, err = f.block(ctx, c, from); err != nil {
				return nil, err
			}
			break
		}
		var why *ethrpc.Refusal
		errors.As(err, &why)
		size = rg.Refused(c, to-from+1, why)
		to = from + size - 1
		headers = headers[:size]
	}
	r := &Range{From: from, To: to, Headers: headers, Logs: logs}
	if err := f.check(ctx, c, r); err != nil {
		return nil, err
	}
	return r, nil
}

// Fetch reads headers and logs of exactly from..to, in as many queries as
// c's limits need.
func (f *Fetcher) Fetch(ctx context.Context, c Chain, from, to uint64) (*Range, error) {
	var out *Range
	for next := from; next <= to; {
		r, err := f.Next(ctx, c, next, to)
		if err != nil {
			return nil, err
		}
		if out == nil {
			out = r
		} else {
			out.To = r.To
			out.Headers = append(out.Headers, r.Headers...)
			out.Logs = append(out.Logs, r.Logs...)
		}
		next = r.To + 1
		if r.To == to {
			break
		}
	}
	if out == nil {
		return nil, fmt.Errorf("fetch %d-%d: empty range", from, to)
	}
	return out, nil
}

func (f *Fetcher) query(from, to uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: f.Addresses}
}

// topic0s are every event signature we decode, to split a block by topic.
var topic0s = eventTopics()

// block fetches one block's logs split by address, then by topic0.
func (f *Fetcher) block(ctx context.Context, c Chain, n uint64) ([]types.Log, error) {
	var out []types.Log
	for _, addr := range f.Addresses {
		q := f.query(n, n)
		q.Addresses = []common.Address{addr}
		logs, err := c.Logs(ctx, q)
		if err == nil {
			out = append(out, logs...)
			continue
		}
		if !errors.Is(err, ethrpc.ErrRangeRefused) {
			return nil, fmt.Errorf("fetch logs of block %d, contract %s: %w", n, addr, err)
		}
		// Split by topic0; a log of an event we do not know is not needed.
		for _, t := range topic0s {
			q.Topics = [][]common.Hash{{t}}
			logs, err := c.Logs(ctx, q)
			if err != nil {
				if errors.Is(err, ethrpc.ErrRangeRefused) {
					return nil, fmt.Errorf("fetch logs of block %d, contract %s, topic %s: %w: %w", n, addr, t, ErrUnfetchable, err)
				}
				return nil, fmt.Errorf("fetch logs of block %d, contract %s, topic %s: %w", n, addr, t, err)
			}
			out = append(out, logs...)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out, nil
}

// check verifies the logs against the headers: same block hash, and no
// block whose bloom names our contracts left without logs.
func (f *Fetcher) check(ctx context.Context, c Chain, r *Range) error {
	if uint64(len(r.Headers)) != r.To-r.From+1 {
		return fmt.Errorf("fetch %d-%d: %d headers: %w", r.From, r.To, len(r.Headers), ErrInconsistent)
	}
	has := make(map[uint64]bool)
	for i := range r.Logs {
		l := &r.Logs[i]
		if l.BlockNumber < r.From || l.BlockNumber > r.To {
			return fmt.Errorf("fetch %d-%d: log in block %d: %w", r.From, r.To, l.BlockNumber, ErrInconsistent)
		}
		h := r.Headers[l.BlockNumber-r.From]
		if l.BlockHash != h.Hash {
			return fmt.Errorf("fetch %d-%d: log %d of block %d has block hash %s, header says %s: %w",
				r.From, r.To, l.Index, l.BlockNumber, l.BlockHash, h.Hash, ErrInconsistent)
		}
		if l.Removed {
			return fmt.Errorf("fetch %d-%d: removed log in block %d: %w", r.From, r.To, l.BlockNumber, ErrInconsistent)
		}
		has[l.BlockNumber] = true
	}
	var patched bool
	for _, h := range r.Headers {
		if has[h.Number] || !f.bloomHit(h.Bloom) {
			continue
		}
		logs, err := f.suspicious(ctx, c, h)
		if err != nil {
			return err
		}
		if len(logs) > 0 {
			r.Logs = append(r.Logs, logs...)
			patched = true
		}
	}
	if patched {
		sort.SliceStable(r.Logs, func(i, j int) bool {
			if r.Logs[i].BlockNumber != r.Logs[j].BlockNumber {
				return r.Logs[i].BlockNumber < r.Logs[j].BlockNumber
			}
			return r.Logs[i].Index < r.Logs[j].Index
		})
	}
	return nil
}

func (f *Fetcher) hits(hs []ethrpc.Header) uint64 {
	var n uint64
	for _, h := range hs {
		if f.bloomHit(h.Bloom) {
			n++
		}
	}
	return n
}

func (f *Fetcher) bloomHit(b types.Bloom) bool {
	for _, a := range f.Addresses {
		if types.BloomLookup(b, a) {
			return true
		}
	}
	return false
}

// suspicious handles a block whose bloom names our contracts but whose logs
// came back empty: ask again; if still empty, the receipts decide between a
// bloom false positive (no log of ours: accept empty) and a node that hides
// logs (error, never accepted silently).
func (f *Fetcher) suspicious(ctx context.Context, c Chain, h ethrpc.Header) ([]types.Log, error) {
	tries := f.EmptyRetries
	if tries == 0 {
		tries = 2
	}
	for i := 0; i < tries; i++ {
		hash := h.Hash
		logs, err := c.Logs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: f.Addresses})
		if err != nil {
			return nil, fmt.Errorf("refetch logs of block %d (bloom not empty): %w", h.Number, err)
		}
		if len(logs) > 0 {
			for _, l := range logs {
				if l.BlockHash != h.Hash || l.BlockNumber != h.Number {
					return nil, fmt.Errorf("refetch logs of block %d: log of block %d %s: %w", h.Number, l.BlockNumber, l.BlockHash, ErrInconsistent)
				}
			}
			return logs, nil
		}
	}
	all, err := c.ReceiptLogs(ctx, h.Hash)
	if err != nil {
		return nil, fmt.Errorf("check receipts of block %d (bloom not empty, no logs): %w", h.Number, err)
	}
	for _, l := range all {
		for _, a := range f.Addresses {
			if l.Address == a {
				return nil, fmt.Errorf("block %d %s: receipts hold logs of %s but eth_getLogs returns none: %w", h.Number, h.Hash, a, ErrInconsistent)
			}
		}
	}
	return nil, nil // a bloom false positive
}
