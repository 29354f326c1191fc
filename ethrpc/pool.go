package ethrpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/rpc"
)

// Pool is several endpoints of one chain with failover between poll cycles.
type Pool struct {
	eps     []*Endpoint
	log     *slog.Logger
	mu      sync.Mutex
	current int
	// MaxLag is how many blocks the current endpoint may trail the best
	// one before the pool moves to the best (0 = 2).
	MaxLag uint64
}

// NewPool makes a pool; the first endpoint is preferred.
func NewPool(log *slog.Logger, eps ...*Endpoint) (*Pool, error) {
	if len(eps) == 0 {
		return nil, errors.New("ethrpc pool: no endpoint")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Pool{eps: eps, log: log, MaxLag: 2}, nil
}

// DialPool dials every URL with the same settings.
func DialPool(ctx context.Context, cfg Config, urls []string) (*Pool, error) {
	var eps []*Endpoint
	for _, u := range urls {
		c := cfg
		c.URL = u
		ep, err := Dial(ctx, c)
		if err != nil {
			for _, e := range eps {
				e.Close()
			}
			return nil, err
		}
		eps = append(eps, ep)
	}
	return NewPool(cfg.Logger, eps...)
}

// Close closes every endpoint.
func (p *Pool) Close() {
	for _, e := range p.eps {
		e.Close()
	}
}

// Begin picks the endpoint for one poll cycle: the current one if it
// answers and is within MaxLag of the best head seen, else the best. The
// caller uses the returned endpoint for the whole cycle.
func (p *Pool) Begin(ctx context.Context) (*Endpoint, error) {
	p.mu.Lock()
	cur := p.current
	p.mu.Unlock()
	if len(p.eps) == 1 {
		return p.eps[0], nil
	}
	heads := make([]uint64, len(p.eps))
	ok := make([]bool, len(p.eps))
	var errs []error
	best := -1
	for i, e := range p.eps {
		h, err := e.HeaderByTag(ctx, rpc.LatestBlockNumber)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			errs = append(errs, err)
			continue
		}
		heads[i], ok[i] = h.Number, true
		if best < 0 || h.Number > heads[best] {
			best = i
		}
	}
	if best < 0 {
		return nil, fmt.Errorf("every endpoint failed: %w", errors.Join(errs...))
	}
	pick := cur
	if !ok[cur] || heads[cur]+p.MaxLag < heads[best] {
		pick = best
	}
	if pick != cur {
		p.log.Warn("rpc failover", "from", p.eps[cur].String(), "to", p.eps[pick].String(),
			"from_ok", ok[cur], "from_head", heads[cur], "to_head", heads[pick])
		p.mu.Lock()
		p.current = pick
		p.mu.Unlock()
	}
	return p.eps[pick], nil
}

// Fail marks the endpoint used in a cycle as failed so the next Begin
// prefers another one that answers.
func (p *Pool) Fail(e *Endpoint) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.eps) < 2 || p.eps[p.current] != e {
		return
	}
	p.current = (p.current + 1) % len(p.eps)
	p.log.Warn("rpc endpoint failed; next cycle uses another", "failed", e.String(), "next", p.eps[p.current].String())
}
