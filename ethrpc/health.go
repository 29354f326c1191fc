package ethrpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// health is one endpoint's state across poll cycles: until when it is
// held (a Retry-After, or a back-off after failures), how many requests in
// a row failed, and the last head it reported.
type health struct {
	downMin, downMax time.Duration
	log              *slog.Logger
	url              string
	onError          func(endpoint, class string)

	mu      sync.Mutex
	until   time.Time
	fails   int
	head    uint64
	headAt  time.Time
	lastErr error
}

func newHealth(cfg Config) *health {
	return &health{downMin: cfg.DownMin, downMax: cfg.DownMax, log: cfg.Logger, url: redact(cfg.URL), onError: cfg.OnError}
}

// hold keeps requests off until now+d (never shortens an existing hold).
func (h *health) hold(d time.Duration, why string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if t := time.Now().Add(d); t.After(h.until) {
		h.until = t
		h.log.Warn("rpc endpoint held", "endpoint", h.url, "for", d.Round(time.Millisecond), "why", why)
	}
}

// wait blocks until the hold is over.
func (h *health) wait(ctx context.Context) error {
	h.mu.Lock()
	d := time.Until(h.until)
	h.mu.Unlock()
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return fmt.Errorf("waiting %v for the endpoint's back-off: %w", d.Round(time.Millisecond), ctx.Err())
	case <-t.C:
		return nil
	}
}

// note records a request's outcome. A JSON-RPC error answer (a refusal, a
// revert, an unknown block) shows a live node; a transport error, a 5xx or
// 429 that outlasted the retries, a cut answer or our own timeout count as
// a failure and hold the endpoint for a back-off doubling per failure in a
// row. The caller's cancellation says nothing about the node.
func (h *health) note(ctx context.Context, err error) {
	if err != nil && ctx.Err() != nil {
		return
	}
	if err != nil && h.onError != nil && !errors.Is(err, errCycleFailed) {
		h.onError(h.url, ErrorClass(err))
	}
	if err == nil || answered(err) {
		h.mu.Lock()
		if h.fails > 0 {
			h.log.Info("rpc endpoint answers again", "endpoint", h.url, "after_failures", h.fails)
		}
		h.fails, h.lastErr = 0, nil
		h.mu.Unlock()
		return
	}
	h.mu.Lock()
	h.fails++
	d := h.downMin << min(h.fails-1, 16)
	if d > h.downMax || d <= 0 {
		d = h.downMax
	}
	h.lastErr = err
	fails := h.fails
	h.mu.Unlock()
	h.hold(d, fmt.Sprintf("%d failed request(s) in a row: %v", fails, err))
}

// ErrorClass names the kind of a failed request, for metrics: "rpc_error"
// (the node's own JSON-RPC error answer), "rate_limited" (429, or an answer
// saying to slow down), "http_4xx", "http_5xx", "timeout" or "transport".
func ErrorClass(err error) string {
	var re rpc.Error
	var he rpc.HTTPError
	switch {
	case errors.As(err, &he) && he.StatusCode == 429:
		return "rate_limited"
	case errors.As(err, &re):
		if _, text := errorText(err); rateLimited.MatchString(text) {
			return "rate_limited"
		}
		return "rpc_error"
	case errors.As(err, &he) && he.StatusCode >= 500:
		return "http_5xx"
	case errors.As(err, &he):
		return "http_4xx"
	case errors.Is(err, context.DeadlineExceeded) || os.IsTimeout(err):
		return "timeout"
	}
	return "transport"
}

// answered reports whether err is the node's own JSON-RPC answer (alive),
// rather than a failure to get one.
func answered(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) {
		// A JSON-RPC error saying "slow down" is a rate limit, not an answer.
		_, text := errorText(err)
		return !rateLimited.MatchString(text)
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode != 429 && he.StatusCode < 500
	}
	return false
}

func (h *health) sawHead(n uint64) {
	h.mu.Lock()
	h.head, h.headAt = n, time.Now()
	h.mu.Unlock()
}

func (h *health) status() Status {
	h.mu.Lock()
	defer h.mu.Unlock()
	s := Status{Failures: h.fails, Head: h.head, HeadAt: h.headAt, LastError: h.lastErr}
	if time.Now().Before(h.until) {
		s.HeldUntil = h.until
	}
	return s
}
