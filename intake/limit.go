package intake

import (
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"
)

// Limits are the intake's rate limits, in events per second (a batch of n
// events costs n), as token buckets (golang.org/x/time/rate).
type Limits struct {
	PerMeter      float64 // events/s one meter may submit; 0: no per-meter limit
	PerMeterBurst int     // at least MaxBatch, so one full batch can pass
	Global        float64 // events/s all meters together; 0: no global limit
	GlobalBurst   int     // at least MaxBatch
	AuthFailures  float64 // failed authentications/s accepted before answering 429; 0: no limit
}

// DefaultLimits leave the intake's measured capacity (docs/benchmarks.md)
// to the global bucket and a tenth of it to any one meter.
var DefaultLimits = Limits{PerMeter: 2000, PerMeterBurst: 2 * MaxBatch, Global: 20000, GlobalBurst: 4 * MaxBatch, AuthFailures: 20}

// Check reports limits that could never admit a full batch.
func (l Limits) Check() error {
	switch {
	case l.PerMeter < 0 || l.Global < 0 || l.AuthFailures < 0:
		return fmt.Errorf("rate limits must not be negative")
	case l.PerMeter > 0 && l.PerMeterBurst < MaxBatch:
		return fmt.Errorf("per-meter burst %d is below one full batch (%d events)", l.PerMeterBurst, MaxBatch)
	case l.Global > 0 && l.GlobalBurst < MaxBatch:
		return fmt.Errorf("global burst %d is below one full batch (%d events)", l.GlobalBurst, MaxBatch)
	}
	return nil
}

// limiter applies Limits.
type limiter struct {
	l      Limits
	global *rate.Limiter
	auth   *rate.Limiter

	mu     sync.Mutex
	meters map[common.Address]*rate.Limiter
}

func newLimiter(l Limits) *limiter {
	lim := &limiter{l: l, meters: map[common.Address]*rate.Limiter{}}
	if l.Global > 0 {
		lim.global = rate.NewLimiter(rate.Limit(l.Global), l.GlobalBurst)
	}
	if l.AuthFailures > 0 {
		lim.auth = rate.NewLimiter(rate.Limit(l.AuthFailures), max(1, int(math.Ceil(l.AuthFailures))))
	}
	return lim
}

func (lim *limiter) meter(m common.Address) *rate.Limiter {
	if lim.l.PerMeter <= 0 {
		return nil
	}
	lim.mu.Lock()
	defer lim.mu.Unlock()
	r, ok := lim.meters[m]
	if !ok {
		r = rate.NewLimiter(rate.Limit(lim.l.PerMeter), lim.l.PerMeterBurst)
		lim.meters[m] = r
	}
	return r
}

// admit takes n events from the meter's bucket and the global one, or none
// and how long to wait: the later of the two buckets' delays.
func (lim *limiter) admit(m common.Address, n int, now time.Time) (bool, time.Duration) {
	var taken []*rate.Reservation
	cancel := func() {
		for _, r := range taken {
			r.CancelAt(now)
		}
	}
	var wait time.Duration
	for _, b := range []*rate.Limiter{lim.meter(m), lim.global} {
		if b == nil {
			continue
		}
		r := b.ReserveN(now, n)
		if !r.OK() { // n above the burst: Check keeps it from happening for n ≤ MaxBatch
			cancel()
			return false, time.Second
		}
		taken = append(taken, r)
		wait = max(wait, r.DelayFrom(now))
	}
	if wait > 0 {
		cancel()
		return false, wait
	}
	return true, 0
}

// authFailed records a failed authentication and reports whether the
// failures are over their rate (the answer is then 429, not 401).
func (lim *limiter) authFailed(now time.Time) (over bool, wait time.Duration) {
	if lim.auth == nil {
		return false, 0
	}
	r := lim.auth.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return true, d
	}
	return false, 0
}

// retryAfter is the Retry-After header value: whole seconds, at least 1.
func retryAfter(d time.Duration) string {
	return fmt.Sprint(max(1, int64(math.Ceil(d.Seconds()))))
}
