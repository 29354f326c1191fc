package ethrpc

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// Pool is several endpoints of one chain. It hands out one endpoint per
// poll cycle: the first in the list that is not held (after failures or a
// Retry-After) and not lagging the best head known. It learns the other
// endpoints' heads and health from background probes that no cycle waits
// for, so a dead or slow backup never slows a healthy primary.
type Pool struct {
	eps []*Endpoint
	log *slog.Logger
	// MaxLag is how many blocks an endpoint may trail the best head known
	// before the pool passes it over (0 = 2).
	MaxLag uint64
	// ProbeEvery is how often each endpoint's head is asked in the
	// background (0 = 2s); ProbeTimeout bounds one probe (0 = 5s).
	ProbeEvery, ProbeTimeout time.Duration

	ctx    context.Context // probes; ended by Close
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu       sync.Mutex
	current  int
	probing  []bool
	probedAt []time.Time
}

// NewPool makes a pool; the first endpoint is preferred, then the second...
func NewPool(log *slog.Logger, eps ...*Endpoint) (*Pool, error) {
	if len(eps) == 0 {
		return nil, errors.New("ethrpc pool: no endpoint")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Pool{eps: eps, log: log, MaxLag: 2, ctx: ctx, cancel: cancel,
		probing: make([]bool, len(eps)), probedAt: make([]time.Time, len(eps))}, nil
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

// Endpoints lists the pool's endpoints in preference order.
func (p *Pool) Endpoints() []*Endpoint { return p.eps }

// Close stops the probes and closes every endpoint.
func (p *Pool) Close() {
	p.cancel()
	p.wg.Wait()
	for _, e := range p.eps {
		e.Close()
	}
}

func (p *Pool) maxLag() uint64 {
	if p.MaxLag == 0 {
		return 2
	}
	return p.MaxLag
}

// Begin picks the endpoint for one poll cycle and starts background probes
// of endpoints not asked lately. It never waits for a probe. The caller
// uses the returned endpoint for the whole cycle.
func (p *Pool) Begin(ctx context.Context) (*Endpoint, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(p.eps) == 1 {
		return p.eps[0], nil
	}
	p.probeStale()
	pick := p.choose(time.Now())
	p.mu.Lock()
	cur := p.current
	p.current = pick
	p.mu.Unlock()
	if pick != cur {
		from, to := p.eps[cur].Status(), p.eps[pick].Status()
		p.log.Warn("rpc failover", "from", from.URL, "to", to.URL, "from_held_until", from.HeldUntil,
			"from_head", from.Head, "to_head", to.Head, "from_error", from.LastError)
	}
	return p.eps[pick], nil
}

// choose is the first endpoint not held and within MaxLag of the best head
// known; when every endpoint is held, the one whose hold ends first (its
// requests wait for it).
func (p *Pool) choose(now time.Time) int {
	st := make([]Status, len(p.eps))
	var best uint64
	for i, e := range p.eps {
		st[i] = e.Status()
		if st[i].HeldUntil.IsZero() && st[i].Head > best {
			best = st[i].Head
		}
	}
	for i, s := range st {
		if s.HeldUntil.IsZero() && (s.Head == 0 || s.Head+p.maxLag() >= best) {
			return i
		}
	}
	soonest := 0
	for i, s := range st {
		if s.HeldUntil.IsZero() {
			return i // not held but lagging: better than waiting
		}
		if s.HeldUntil.Before(st[soonest].HeldUntil) {
			soonest = i
		}
	}
	return soonest
}

// probeStale starts a probe of every endpoint not probed within
// ProbeEvery, not held and not being probed already.
func (p *Pool) probeStale() {
	every, timeout := p.ProbeEvery, p.ProbeTimeout
	if every == 0 {
		every = 2 * time.Second
	}
	if timeout == 0 {
		timeout = 5 * time.Second
	}
	now := time.Now()
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, e := range p.eps {
		if p.probing[i] || now.Sub(p.probedAt[i]) < every || !e.Status().HeldUntil.IsZero() {
			continue
		}
		p.probing[i], p.probedAt[i] = true, now
		p.wg.Add(1)
		go func(i int, e *Endpoint) {
			defer p.wg.Done()
			if err := e.Probe(p.ctx, timeout); err != nil && p.ctx.Err() == nil {
				p.log.Debug("rpc probe failed", "endpoint", e.String(), "err", err)
			}
			p.mu.Lock()
			p.probing[i] = false
			p.mu.Unlock()
		}(i, e)
	}
}

// Probe asks every endpoint's head now, in parallel, and waits for the
// answers (each bounded by ProbeTimeout): for a start-up that wants the
// first cycle on the best endpoint, and for tests.
func (p *Pool) Probe(ctx context.Context) {
	timeout := p.ProbeTimeout
	if timeout == 0 {
		timeout = 5 * time.Second
	}
	var wg sync.WaitGroup
	for _, e := range p.eps {
		wg.Add(1)
		go func(e *Endpoint) {
			defer wg.Done()
			_ = e.Probe(ctx, timeout)
		}(e)
	}
	wg.Wait()
	now := time.Now()
	p.mu.Lock()
	for i := range p.probedAt {
		p.probedAt[i] = now
	}
	p.mu.Unlock()
}

// Fail reports that a cycle on e failed: e is held for a back-off (doubling
// while failures continue), so the next Begin prefers another endpoint and
// a lone endpoint is not hammered.
func (p *Pool) Fail(e *Endpoint) {
	e.health.note(context.Background(), errCycleFailed)
}

var errCycleFailed = errors.New("poll cycle failed")
