package service

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/dataroyalty/royalty/metrics"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

// leader holds (or waits for) the leader lease and runs the leader's work
// while it holds it.
type leader struct {
	st      *store.Store
	name    string
	holder  string
	ttl     time.Duration
	log     *slog.Logger
	metrics *metrics.Metrics

	mu    sync.Mutex
	lease store.Lease
}

// start runs work under a context of its own; stop ends it, done closes
// when it has returned.
func (l *leader) start(ctx context.Context, work func(ctx context.Context, lease func() store.Lease)) (stop context.CancelFunc, done chan struct{}) {
	wctx, cancel := context.WithCancel(ctx)
	done = make(chan struct{})
	go func() {
		defer close(done)
		work(wctx, l.current)
	}()
	return cancel, done
}

func (l *leader) current() store.Lease {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lease
}

// run campaigns every third of the TTL until ctx ends. While it holds the
// lease, work runs with a context that ends when the lease is lost (or not
// renewed within its TTL: then another may hold it) or ctx ends.
func (l *leader) run(ctx context.Context, work func(ctx context.Context, lease func() store.Lease)) {
	tick := time.NewTicker(l.ttl / 3)
	defer tick.Stop()
	var (
		held      bool
		renewedAt time.Time
		stop      context.CancelFunc
		done      chan struct{}
	)
	stepDown := func(why string, args ...any) {
		stop()
		<-done
		held = false
		l.metrics.Leader(false)
		l.log.Warn("leadership lost: "+why, append([]any{"lease", l.name, "token", l.current().Token}, args...)...)
	}
	for {
		if !held {
			lease, err := l.st.AcquireLease(ctx, l.name, l.holder, l.ttl)
			var heldErr *store.LeaseHeldError
			if errors.As(err, &heldErr) && relayer.DeadLocalHolder(heldErr.Current.Holder) {
				lease, err = l.st.TakeOverLease(ctx, heldErr.Current, l.holder, l.ttl)
				if err == nil {
					l.log.Info("leader lease taken over from a process that is gone", "from", heldErr.Current.Holder)
				}
			}
			switch {
			case err == nil:
				l.mu.Lock()
				l.lease = lease
				l.mu.Unlock()
				held, renewedAt = true, time.Now()
				l.metrics.Leader(true)
				l.log.Info("leading", "lease", l.name, "token", lease.Token, "holder", l.holder)
				stop, done = l.start(ctx, work)
			case errors.As(err, &heldErr):
			case ctx.Err() == nil:
				l.log.Warn("campaign for the leader lease", "err", err)
			}
		} else {
			lease, err := l.st.RenewLease(ctx, l.current(), l.ttl)
			switch {
			case err == nil:
				l.mu.Lock()
				l.lease = lease
				l.mu.Unlock()
				renewedAt = time.Now()
			case errors.Is(err, store.ErrLeaseLost):
				stepDown("another instance took the lease over")
			case ctx.Err() != nil:
			case time.Since(renewedAt) >= l.ttl:
				stepDown("not renewed within its ttl", "err", err)
			default:
				l.log.Warn("renew the leader lease", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			if held {
				stop()
				<-done
				l.metrics.Leader(false)
				rctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				if err := l.st.ReleaseLease(rctx, l.current()); err != nil {
					l.log.Warn("release the leader lease", "err", err)
				}
				cancel()
			}
			return
		case <-tick.C:
		}
	}
}
