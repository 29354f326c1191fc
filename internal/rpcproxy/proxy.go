package rpcproxy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Proxy forwards JSON-RPC to Upstream, injecting faults.
type Proxy struct {
	URL      string
	upstream string
	srv      *httptest.Server

	mu         sync.Mutex
	http429    int
	retryAfter string
	http5xx    int
	code5xx    int
	maxRange   uint64 // eth_getLogs spanning more blocks is refused; 0 = no limit
	rangeMsg   string
	rangeCode  int
	logCap     int // eth_getLogs answers with more logs are refused; 0 = no cap
	emptyLogs  int // next n non-empty eth_getLogs answers are emptied
	lag        uint64
	counts     map[string]int
	faults     map[string]int
}

// Start runs a proxy in front of upstream until test cleanup.
func Start(t testing.TB, upstream string) *Proxy {
	p := &Proxy{upstream: upstream, counts: map[string]int{}, faults: map[string]int{}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	p.URL = p.srv.URL
	t.Cleanup(p.srv.Close)
	return p
}

// Fail429 answers the next n HTTP requests with 429 and a Retry-After header
// (seconds or an HTTP date; "" sends none).
func (p *Proxy) Fail429(n int, retryAfter string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.http429, p.retryAfter = n, retryAfter
}

// Fail5xx answers the next n HTTP requests with the given 5xx status.
func (p *Proxy) Fail5xx(n, status int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.http5xx, p.code5xx = n, status
}

// RefuseRanges refuses eth_getLogs spanning more than maxBlocks blocks with
// a JSON-RPC error of the given code and message (a provider's wording).
func (p *Proxy) RefuseRanges(maxBlocks uint64, code int, msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.maxRange, p.rangeCode, p.rangeMsg = maxBlocks, code, msg
}

// LogCap refuses eth_getLogs answers of more than n logs with geth's
// "query returned more than 10000 results" (0 removes the cap).
func (p *Proxy) LogCap(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.logCap = n
}

// EmptyLogs answers the next n eth_getLogs that have logs with none, as a
// node behind on its log index does.
func (p *Proxy) EmptyLogs(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.emptyLogs = n
}

// Lag serves "latest" (and eth_blockNumber) as the block n behind the real head.
func (p *Proxy) Lag(n uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lag = n
}

// Count is how many requests of a method (or "http" for all) were forwarded or faulted.
func (p *Proxy) Count(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts[method]
}

// Faults is how many faults of a kind ("429", "5xx", "range", "cap", "empty") were served.
func (p *Proxy) Faults(kind string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.faults[kind]
}

type request struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	p.mu.Lock()
	p.counts["http"]++
	if p.http429 > 0 {
		p.http429--
		p.faults["429"]++
		ra := p.retryAfter
		p.mu.Unlock()
		if ra != "" {
			w.Header().Set("Retry-After", ra)
		}
		http.Error(w, "rate limited", http.StatusTooManyRequests)
		return
	}
	if p.http5xx > 0 {
		p.http5xx--
		p.faults["5xx"]++
		code := p.code5xx
		p.mu.Unlock()
		http.Error(w, "upstream unavailable", code)
		return
	}
	p.mu.Unlock()

	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var reqs []request
		if err := json.Unmarshal(trimmed, &reqs); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		out := make([]json.RawMessage, 0, len(reqs))
		for _, rq := range reqs {
			out = append(out, p.one(rq))
		}
		writeJSON(w, out)
		return
	}
	var rq request
	if err := json.Unmarshal(trimmed, &rq); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(p.one(rq))
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func errorReply(id json.RawMessage, code int, msg string) json.RawMessage {
	b, _ := json.Marshal(response{JSONRPC: "2.0", ID: id, Error: &rpcError{Code: code, Message: msg}})
	return b
}

// one handles one JSON-RPC request: rewrite, forward, inspect.
func (p *Proxy) one(rq request) json.RawMessage {
	p.mu.Lock()
	p.counts[rq.Method]++
	lag, maxRange, rangeCode, rangeMsg := p.lag, p.maxRange, p.rangeCode, p.rangeMsg
	p.mu.Unlock()

	if lag > 0 && (rq.Method == "eth_blockNumber" || rq.Method == "eth_getBlockByNumber") {
		if rq.Method == "eth_blockNumber" || (len(rq.Params) > 0 && string(rq.Params[0]) == `"latest"`) {
			head, err := p.head()
			if err != nil {
				return errorReply(rq.ID, -32000, err.Error())
			}
			n := uint64(0)
			if head > lag {
				n = head - lag
			}
			if rq.Method == "eth_blockNumber" {
				b, _ := json.Marshal(response{JSONRPC: "2.0", ID: rq.ID, Result: mustJSON(hexutil.Uint64(n))})
				return b
			}
			rq.Params[0] = mustJSON(hexutil.Uint64(n))
		}
	}
	if rq.Method == "eth_getLogs" && maxRange > 0 && len(rq.Params) == 1 {
		var f struct {
			From *hexutil.Uint64 `json:"fromBlock"`
			To   *hexutil.Uint64 `json:"toBlock"`
		}
		if json.Unmarshal(rq.Params[0], &f) == nil && f.From != nil && f.To != nil && uint64(*f.To)-uint64(*f.From)+1 > maxRange {
			p.fault("range")
			return errorReply(rq.ID, rangeCode, rangeMsg)
		}
	}
	raw, err := p.forward(rq)
	if err != nil {
		return errorReply(rq.ID, -32000, err.Error())
	}
	if rq.Method != "eth_getLogs" {
		return raw
	}
	var resp response
	if err := json.Unmarshal(raw, &resp); err != nil || resp.Error != nil {
		return raw
	}
	var logs []json.RawMessage
	if err := json.Unmarshal(resp.Result, &logs); err != nil {
		return raw
	}
	p.mu.Lock()
	capped := p.logCap > 0 && len(logs) > p.logCap
	emptied := !capped && len(logs) > 0 && p.emptyLogs > 0
	if emptied {
		p.emptyLogs--
	}
	p.mu.Unlock()
	switch {
	case capped:
		p.fault("cap")
		return errorReply(rq.ID, -32005, "query returned more than 10000 results")
	case emptied:
		p.fault("empty")
		resp.Result = json.RawMessage("[]")
		b, _ := json.Marshal(resp)
		return b
	}
	return raw
}

func (p *Proxy) fault(kind string) {
	p.mu.Lock()
	p.faults[kind]++
	p.mu.Unlock()
}

func (p *Proxy) forward(rq request) (json.RawMessage, error) {
	if rq.JSONRPC == "" {
		rq.JSONRPC = "2.0"
	}
	body, err := json.Marshal(rq)
	if err != nil {
		return nil, err
	}
	resp, err := http.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("proxy forward %s: %w", rq.Method, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("proxy read %s: %w", rq.Method, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("proxy forward %s: upstream status %d", rq.Method, resp.StatusCode)
	}
	return b, nil
}

func (p *Proxy) head() (uint64, error) {
	raw, err := p.forward(request{JSONRPC: "2.0", ID: json.RawMessage("1"), Method: "eth_blockNumber"})
	if err != nil {
		return 0, err
	}
	var resp struct {
		Result hexutil.Uint64 `json:"result"`
	}
	if err := json.Unmarshal(raw, &resp); err != nil {
		return 0, err
	}
	return uint64(resp.Result), nil
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}
