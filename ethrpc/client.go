package ethrpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
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

// ErrRangeRefused means the node refused an eth_getLogs query for its size
// (too many results, too wide a range); a smaller query may succeed.
var ErrRangeRefused = errors.New("ethrpc: log query refused as too large")

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
	URL         string
	RatePerSec  float64       // requests per second; 0 = 50
	Burst       int           // 0 = 10
	CallTimeout time.Duration // per call; 0 = 30s
	RetryMax    int           // HTTP retries per request; 0 = 5
	RetryMin    time.Duration // first backoff; 0 = 100ms
	RetryWait   time.Duration // longest backoff or Retry-After honoured; 0 = 30s
	BatchSize   int           // headers per batch request; 0 = 100
	Logger      *slog.Logger
}

// Check validates the config and fills defaults.
func (c *Config) Check() error {
	if c.URL == "" {
		return errors.New("ethrpc config: url is empty")
	}
	u, err := url.Parse(c.URL)
	if err != nil {
		return fmt.Errorf("ethrpc config: url %q: %w", c.URL, err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("ethrpc config: url %q: scheme must be http(s) or ws(s)", c.URL)
	}
	if c.RatePerSec < 0 || c.Burst < 0 || c.CallTimeout < 0 || c.RetryMax < 0 || c.BatchSize < 0 {
		return errors.New("ethrpc config: negative limit")
	}
	if c.RatePerSec == 0 {
		c.RatePerSec = 50
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
		c.RetryWait = 30 * time.Second
	}
	if c.BatchSize == 0 {
		c.BatchSize = 100
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Endpoint is one JSON-RPC node. It implements the indexer's Chain.
type Endpoint struct {
	url     string
	c       *rpc.Client
	limit   *rate.Limiter
	timeout time.Duration
	batch   int
}

// Dial connects to one endpoint (HTTP through go-retryablehttp).
func Dial(ctx context.Context, cfg Config) (*Endpoint, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	var opts []rpc.ClientOption
	if strings.HasPrefix(cfg.URL, "http") {
		opts = append(opts, rpc.WithHTTPClient(retryingHTTP(cfg)))
	}
	c, err := rpc.DialOptions(ctx, cfg.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", redact(cfg.URL), err)
	}
	return newEndpoint(c, cfg), nil
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
	return newEndpoint(c, cfg), nil
}

func newEndpoint(c *rpc.Client, cfg Config) *Endpoint {
	return &Endpoint{url: redact(cfg.URL), c: c, limit: rate.NewLimiter(rate.Limit(cfg.RatePerSec), cfg.Burst),
		timeout: cfg.CallTimeout, batch: cfg.BatchSize}
}

// Close closes the connection.
func (e *Endpoint) Close() { e.c.Close() }

// String is the endpoint's URL without credentials or query.
func (e *Endpoint) String() string { return e.url }

func retryingHTTP(cfg Config) *http.Client {
	rc := retryablehttp.NewClient()
	rc.Logger = nil
	rc.RetryMax = cfg.RetryMax
	rc.RetryWaitMin = cfg.RetryMin
	rc.RetryWaitMax = cfg.RetryWait
	rc.CheckRetry = checkRetry
	rc.Backoff = backoff
	log := cfg.Logger
	rc.RequestLogHook = func(_ retryablehttp.Logger, r *http.Request, attempt int) {
		if attempt > 0 {
			log.Debug("rpc retry", "endpoint", redact(cfg.URL), "attempt", attempt)
		}
	}
	return rc.StandardClient()
}

// checkRetry retries what a later attempt can fix: rate limiting, server
// errors and broken connections; never a context cancellation.
func checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		// Connection refused/reset, timeouts, EOF: all transport errors
		// are worth another attempt within the bounded budget.
		return true, nil
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		return true, nil
	}
	return false, nil
}

// backoff honours Retry-After on any retried response (providers send it on
// 503 and 429 alike), capped at max, else doubles from min.
func backoff(min, max time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) {
		if ra := resp.Header.Get("Retry-After"); ra != "" {
			if d, ok := parseRetryAfter(ra); ok {
				if d > max {
					d = max
				}
				return d
			}
		}
	}
	return retryablehttp.DefaultBackoff(min, max, attempt, nil)
}

func parseRetryAfter(v string) (time.Duration, bool) {
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

func (e *Endpoint) call(ctx context.Context, result any, method string, args ...any) error {
	if err := e.limit.Wait(ctx); err != nil {
		return fmt.Errorf("%s %s: rate limit: %w", e.url, method, err)
	}
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	return e.c.CallContext(ctx, result, method, args...)
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
		if err := e.limit.WaitN(ctx, min(len(reqs), e.limit.Burst())); err != nil {
			return nil, fmt.Errorf("headers %d-%d from %s: rate limit: %w", start, end, e.url, err)
		}
		cctx, cancel := context.WithTimeout(ctx, e.timeout)
		err := e.c.BatchCallContext(cctx, reqs)
		cancel()
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

// Logs runs eth_getLogs. A size refusal wraps ErrRangeRefused.
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
		if Refused(err) {
			return nil, fmt.Errorf("%s from %s: %w (%v)", what, e.url, ErrRangeRefused, err)
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

// refusals are the wordings providers use to refuse a log query for its size
// (geth, Alchemy, Infura, QuickNode, Ankr, BlastAPI, Erigon, Nethermind...).
var refusals = []string{
	"more than 10000 results",
	"query returned more than",
	"block range is too large",
	"block range too large",
	"exceed maximum block range",
	"exceeds maximum block range",
	"exceeds the range",
	"limit exceeded",
	"response size exceeded",
	"response size should not",
	"log response size exceeded",
	"too many logs",
	"query timeout exceeded",
	"max results",
	"range is too large",
	"block range",
}

// Refused reports whether err is a provider refusing a log query for its size.
func Refused(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrRangeRefused) {
		return true
	}
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32005 {
		return true
	}
	var he rpc.HTTPError
	if errors.As(err, &he) && he.StatusCode == http.StatusRequestEntityTooLarge {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, r := range refusals {
		if strings.Contains(msg, r) {
			return true
		}
	}
	return false
}
