package ethrpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/hashicorp/go-retryablehttp"
	"golang.org/x/time/rate"
)

// ErrNoFinalized means the node does not know the "finalized" tag.
var ErrNoFinalized = errors.New("ethrpc: node has no finalized block")

// Header is the part of a block header the indexer keeps.
type Header struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
	Bloom      types.Bloom
}

type rpcHeader struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Time       hexutil.Uint64 `json:"timestamp"`
	Bloom      types.Bloom    `json:"logsBloom"`
}

func (h *rpcHeader) header() Header {
	return Header{Number: uint64(h.Number), Hash: h.Hash, ParentHash: h.ParentHash, Time: uint64(h.Time), Bloom: h.Bloom}
}

// Config of one endpoint. Check fills defaults.
type Config struct {
	URL string
	// RatePerSec is requests per second; 0 = no limit for a node on this
	// machine (loopback) and DefaultRemoteRate for any other host.
	RatePerSec  float64
	Burst       int           // 0 = 10
	CallTimeout time.Duration // per call; 0 = 30s
	RetryMax    int           // HTTP retries per request; 0 = 5
	RetryMin    time.Duration // first backoff; 0 = 100ms
	// RetryWait is the longest wait between retries of one request. A
	// Retry-After longer than this ends the request at once: the endpoint
	// is held for that long and a pool routes around it. 0 = 10s.
	RetryWait time.Duration
	// DownMin and DownMax bound how long an endpoint is held after a
	// request failed for good (doubling per consecutive failure); 0 = 1s
	// and 1m.
	DownMin, DownMax time.Duration
	BatchSize        int // headers per batch request; 0 = 100
	Logger           *slog.Logger
	// OnError, if set, is told of every failed request (not the caller's
	// cancellations) with the endpoint (redacted) and a class: "rpc_error"
	// (the node answered an error), "rate_limited", "http_4xx", "http_5xx",
	// "timeout" or "transport". For metrics; it must not block.
	OnError func(endpoint, class string)
}

// DefaultRemoteRate is the request rate per second towards a remote
// endpoint when none is set: under the free tiers of the hosted providers
// (Infura, Alchemy and QuickNode allow 25–500/s), who answer 429 beyond it.
const DefaultRemoteRate = 25

// Check validates the config and fills defaults.
func (c *Config) Check() error {
	if c.URL == "" {
		return errors.New("ethrpc config: url is empty")
	}
	u, err := url.Parse(c.URL)
	if err != nil {
		return fmt.Errorf("ethrpc config: url %q: %w", redact(c.URL), err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("ethrpc config: url %q: scheme must be http(s) or ws(s)", redact(c.URL))
	}
	if c.RatePerSec < 0 || c.Burst < 0 || c.CallTimeout < 0 || c.RetryMax < 0 || c.BatchSize < 0 ||
		c.RetryMin < 0 || c.RetryWait < 0 || c.DownMin < 0 || c.DownMax < 0 {
		return errors.New("ethrpc config: negative limit")
	}
	if c.RatePerSec == 0 && !Loopback(c.URL) {
		c.RatePerSec = DefaultRemoteRate
	}
	if c.Burst == 0 {
		c.Burst = 10
	}
	if c.CallTimeout == 0 {
		c.CallTimeout = 30 * time.Second
	}
	if c.RetryMax == 0 {
		c.RetryMax = 5
	}
	if c.RetryMin == 0 {
		c.RetryMin = 100 * time.Millisecond
	}
	if c.RetryWait == 0 {
		c.RetryWait = 10 * time.Second
	}
	if c.DownMin == 0 {
		c.DownMin = time.Second
	}
	if c.DownMax == 0 {
		c.DownMax = time.Minute
	}
	if c.DownMax < c.DownMin {
		c.DownMax = c.DownMin
	}
	if c.BatchSize == 0 {
		c.BatchSize = 100
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Loopback reports whether a URL names this machine (localhost, 127.0.0.0/8,
// ::1): a local node, which no request rate needs to spare.
func Loopback(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	host := u.Hostname()
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Endpoint is one JSON-RPC node. It implements the indexer's Chain. Its
// health (held until a time, consecutive failures, last head) outlives
// poll cycles.
type Endpoint struct {
	url     string
	c       *rpc.Client
	limit   *rate.Limiter // nil: no limit
	timeout time.Duration
	batch   int
	health  *health
	log     *slog.Logger
}

// Dial connects to one endpoint (HTTP through go-retryablehttp).
func Dial(ctx context.Context, cfg Config) (*Endpoint, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	h := newHealth(cfg)
	var opts []rpc.ClientOption
	if strings.HasPrefix(cfg.URL, "http") {
		opts = append(opts, rpc.WithHTTPClient(retryingHTTP(cfg, h)))
	}
	c, err := rpc.DialOptions(ctx, cfg.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", redact(cfg.URL), err)
	}
	return newEndpoint(c, cfg, h), nil
}

// Wrap makes an Endpoint of an existing client, e.g. the in-process one of
// go-ethereum's simulated backend.
func Wrap(c *rpc.Client, cfg Config) (*Endpoint, error) {
	if cfg.URL == "" {
		cfg.URL = "http://in-process"
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return newEndpoint(c, cfg, newHealth(cfg)), nil
}

func newEndpoint(c *rpc.Client, cfg Config, h *health) *Endpoint {
	e := &Endpoint{url: redact(cfg.URL), c: c, timeout: cfg.CallTimeout, batch: cfg.BatchSize, health: h, log: cfg.Logger}
	if cfg.RatePerSec > 0 {
		e.limit = rate.NewLimiter(rate.Limit(cfg.RatePerSec), cfg.Burst)
	}
	return e
}

// Close closes the connection.
func (e *Endpoint) Close() { e.c.Close() }

// String is the endpoint's URL without credentials or query.
func (e *Endpoint) String() string { return e.url }

// noRetryKey marks a request context whose HTTP request gets one attempt
// (a pool's health probe: a dead endpoint must not cost retries).
type noRetryKey struct{}

func retryingHTTP(cfg Config, h *health) *http.Client {
	rc := retryablehttp.NewClient()
	rc.Logger = nil
	rc.RetryMax = cfg.RetryMax
	rc.RetryWaitMin = cfg.RetryMin
	rc.RetryWaitMax = cfg.RetryWait
	rc.CheckRetry = checkRetry(cfg.RetryWait)
	rc.Backoff = backoff
	// Every Retry-After the server sends holds the whole endpoint, so the
	// next request (next cycle included) waits for it too.
	rc.HTTPClient.Transport = retryAfterHold{base: rc.HTTPClient.Transport, h: h}
	log := cfg.Logger
	rc.RequestLogHook = func(_ retryablehttp.Logger, r *http.Request, attempt int) {
		if attempt > 0 {
			log.Debug("rpc retry", "endpoint", redact(cfg.URL), "attempt", attempt)
		}
	}
	return rc.StandardClient()
}

// retryAfterHold records each response's Retry-After in the endpoint's health.
type retryAfterHold struct {
	base http.RoundTripper
	h    *health
}

func (t retryAfterHold) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) {
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After")); ok {
			t.h.hold(d, fmt.Sprintf("HTTP %d with Retry-After %s", resp.StatusCode, resp.Header.Get("Retry-After")))
		}
	}
	return resp, err
}

// checkRetry retries what a later attempt can fix: rate limiting, server
// errors and broken connections; never a context cancellation, a probe,
// nor a Retry-After longer than maxWait (the endpoint is held instead).
func checkRetry(maxWait time.Duration) retryablehttp.CheckRetry {
	return func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if ctx.Value(noRetryKey{}) != nil {
			return false, nil
		}
		if err != nil {
			// Connection refused/reset, timeouts, EOF: all transport errors
			// are worth another attempt within the bounded budget.
			return true, nil
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			if d, ok := parseRetryAfter(resp.Header.Get("Retry-After")); ok && d > maxWait {
				return false, nil
			}
			return true, nil
		}
		return false, nil
	}
}

// backoff honours Retry-After on any retried response (providers send it on
// 503 and 429 alike), capped at max, else doubles from min.
func backoff(min, max time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) {
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After")); ok {
			return d
		}
	}
	return retryablehttp.DefaultBackoff(min, max, attempt, nil)
}

func parseRetryAfter(v string) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	var secs int64
	if _, err := fmt.Sscanf(v, "%d", &secs); err == nil && secs >= 0 {
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := time.Until(t)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "<bad url>"
	}
	u.User = nil
	u.RawQuery = ""
	// Provider keys often sit in the path (…/v2/KEY): keep only the host.
	if len(u.Path) > 1 {
		u.Path = "/…"
	}
	return u.String()
}

// wait passes the endpoint's hold and its rate limit for n requests.
func (e *Endpoint) wait(ctx context.Context, n int) error {
	if err := e.health.wait(ctx); err != nil {
		return err
	}
	if e.limit == nil {
		return nil
	}
	return e.limit.WaitN(ctx, min(n, e.limit.Burst()))
}

func (e *Endpoint) call(ctx context.Context, result any, method string, args ...any) error {
	if err := e.wait(ctx, 1); err != nil {
		return fmt.Errorf("%s %s: %w", e.url, method, err)
	}
	cctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	err := e.c.CallContext(cctx, result, method, args...)
	e.health.note(ctx, err)
	return err
}

// ChainID returns eth_chainId.
func (e *Endpoint) ChainID(ctx context.Context) (uint64, error) {
	var id hexutil.Uint64
	if err := e.call(ctx, &id, "eth_chainId"); err != nil {
		return 0, fmt.Errorf("eth_chainId from %s: %w", e.url, err)
	}
	return uint64(id), nil
}

// HeaderByTag returns the header of "latest", "finalized", ... ; a node
// without the tag gives ErrNoFinalized.
func (e *Endpoint) HeaderByTag(ctx context.Context, tag rpc.BlockNumber) (Header, error) {
	var h *rpcHeader
	err := e.call(ctx, &h, "eth_getBlockByNumber", tag.String(), false)
	if err != nil {
		if tag == rpc.FinalizedBlockNumber || tag == rpc.SafeBlockNumber {
			var re rpc.Error
			if errors.As(err, &re) {
				return Header{}, fmt.Errorf("header %s from %s: %w (%v)", tag, e.url, ErrNoFinalized, err)
			}
		}
		return Header{}, fmt.Errorf("header %s from %s: %w", tag, e.url, err)
	}
	if h == nil {
		if tag == rpc.FinalizedBlockNumber || tag == rpc.SafeBlockNumber {
			return Header{}, fmt.Errorf("header %s from %s: %w", tag, e.url, ErrNoFinalized)
		}
		return Header{}, fmt.Errorf("header %s from %s: %w", tag, e.url, ethereum.NotFound)
	}
	if tag == rpc.LatestBlockNumber {
		e.health.sawHead(uint64(h.Number))
	}
	return h.header(), nil
}

// Headers returns the headers of blocks from..to inclusive, in batches.
// A missing block is an error wrapping ethereum.NotFound.
func (e *Endpoint) Headers(ctx context.Context, from, to uint64) ([]Header, error) {
	if to < from {
		return nil, nil
	}
	out := make([]Header, 0, to-from+1)
	for start := from; start <= to; start += uint64(e.batch) {
		end := min(to, start+uint64(e.batch)-1)
		hs := make([]*rpcHeader, end-start+1)
		reqs := make([]rpc.BatchElem, len(hs))
		for i := range reqs {
			reqs[i] = rpc.BatchElem{Method: "eth_getBlockByNumber",
				Args: []any{hexutil.Uint64(start + uint64(i)), false}, Result: &hs[i]}
		}
		// Providers bill each element of a batch as a request.
		if err := e.wait(ctx, len(reqs)); err != nil {
			return nil, fmt.Errorf("headers %d-%d from %s: %w", start, end, e.url, err)
		}
		cctx, cancel := context.WithTimeout(ctx, e.timeout)
		err := e.c.BatchCallContext(cctx, reqs)
		cancel()
		e.health.note(ctx, err)
		if err != nil {
			return nil, fmt.Errorf("headers %d-%d from %s: %w", start, end, e.url, err)
		}
		for i, r := range reqs {
			n := start + uint64(i)
			if r.Error != nil {
				return nil, fmt.Errorf("header %d from %s: %w", n, e.url, r.Error)
			}
			if hs[i] == nil {
				return nil, fmt.Errorf("header %d from %s: %w", n, e.url, ethereum.NotFound)
			}
			if uint64(hs[i].Number) != n {
				return nil, fmt.Errorf("header %d from %s: node answered block %d", n, e.url, hs[i].Number)
			}
			out = append(out, hs[i].header())
		}
	}
	return out, nil
}

// Logs runs eth_getLogs. A size refusal is a *Refusal (errors.Is
// ErrRangeRefused); a range past the node's head wraps ErrBeyondHead.
func (e *Endpoint) Logs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	arg := map[string]any{"address": q.Addresses, "topics": q.Topics}
	if q.BlockHash != nil {
		arg["blockHash"] = *q.BlockHash
	} else {
		arg["fromBlock"] = hexutil.EncodeBig(q.FromBlock)
		arg["toBlock"] = hexutil.EncodeBig(q.ToBlock)
	}
	var logs []types.Log
	if err := e.call(ctx, &logs, "eth_getLogs", arg); err != nil {
		what := "logs"
		if q.BlockHash != nil {
			what = "logs of block " + q.BlockHash.Hex()
		} else {
			what = fmt.Sprintf("logs %v-%v", q.FromBlock, q.ToBlock)
		}
		if r := Classify(err); r != nil {
			return nil, fmt.Errorf("%s from %s: %w", what, e.url, r)
		}
		if BeyondHead(err) {
			return nil, fmt.Errorf("%s from %s: %w: %w", what, e.url, ErrBeyondHead, err)
		}
		return nil, fmt.Errorf("%s from %s: %w", what, e.url, err)
	}
	return logs, nil
}

// ReceiptLogs returns every log of a block from its receipts
// (eth_getBlockReceipts): an independent answer to check a suspicious
// empty eth_getLogs against.
func (e *Endpoint) ReceiptLogs(ctx context.Context, block common.Hash) ([]types.Log, error) {
	var rs []struct {
		Logs []types.Log `json:"logs"`
	}
	if err := e.call(ctx, &rs, "eth_getBlockReceipts", block); err != nil {
		return nil, fmt.Errorf("receipts of block %s from %s: %w", block, e.url, err)
	}
	var out []types.Log
	for _, r := range rs {
		out = append(out, r.Logs...)
	}
	return out, nil
}

// Probe asks the node for its head once, without retries and without
// waiting for the endpoint's hold: a pool's background health check.
func (e *Endpoint) Probe(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.WithValue(ctx, noRetryKey{}, true), timeout)
	defer cancel()
	var h *rpcHeader
	err := e.c.CallContext(ctx, &h, "eth_getBlockByNumber", rpc.LatestBlockNumber.String(), false)
	if err == nil && h == nil {
		err = fmt.Errorf("latest header: %w", ethereum.NotFound)
	}
	e.health.note(context.Background(), err)
	if err != nil {
		return fmt.Errorf("probe %s: %w", e.url, err)
	}
	e.health.sawHead(uint64(h.Number))
	return nil
}

// Status is what an endpoint's health says now.
type Status struct {
	URL       string
	HeldUntil time.Time // zero: not held
	Failures  int       // consecutive failed requests
	Head      uint64    // last "latest" seen; 0: none yet
	HeadAt    time.Time
	LastError error
}

// Status reports the endpoint's health.
func (e *Endpoint) Status() Status {
	s := e.health.status()
	s.URL = e.url
	return s
}

// Hold keeps requests off the endpoint for d (a caller's verdict, e.g. a
// failed poll cycle); the next request waits for it.
func (e *Endpoint) Hold(d time.Duration, why string) { e.health.hold(d, why) }
