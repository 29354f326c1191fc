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
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Proxy forwards JSON-RPC to Upstream, injecting faults.
type Proxy struct {
	URL      string
	upstream string
	srv      *httptest.Server
	client   *http.Client

	mu         sync.Mutex
	http429    int
	retryAfter string
	http5xx    int
	code5xx    int
	maxRange   uint64 // eth_getLogs spanning more blocks is refused; 0 = no limit
	rangeErr   Error
	logCap     int // eth_getLogs answers with more logs are refused; 0 = no cap
	emptyLogs  int // next n non-empty eth_getLogs answers are emptied
	lag        uint64
	rules      []Rule
	stall      chan struct{} // non-nil: requests wait until it is closed
	counts     map[string]int
	faults     map[string]int
	events     []Event
}

// Error is a JSON-RPC error a rule answers with. HTTPStatus, when set,
// sends it with that HTTP status (QuickNode answers 413, others 400).
type Error struct {
	Code       int    `json:"code"`
	Message    string `json:"message"`
	Data       any    `json:"data,omitempty"`
	HTTPStatus int    `json:"-"`
}

// LogQuery is an eth_getLogs by range as a rule sees it, with the number
// of logs the real node answered.
type LogQuery struct {
	From, To uint64
	Logs     int
}

// Rule may answer an eth_getLogs by range with an error instead of the
// node's answer (nil: pass). Fault names the kind counted in Faults.
type Rule struct {
	Fault string
	Apply func(q LogQuery) *Error
}

// Event is one JSON-RPC request the proxy saw: when, what, and the fault
// served ("" when forwarded).
type Event struct {
	At       time.Time
	Method   string
	From, To uint64 // eth_getLogs by range
	Fault    string
}

// Start runs a proxy in front of upstream until test cleanup.
func Start(t testing.TB, upstream string) *Proxy {
	p := &Proxy{upstream: upstream, counts: map[string]int{}, faults: map[string]int{},
		client: &http.Client{Timeout: time.Minute}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	p.URL = p.srv.URL
	t.Cleanup(func() {
		p.Stall(false)
		p.srv.CloseClientConnections()
		p.srv.Close()
	})
	return p
}

// Fail429 answers the next n HTTP requests with 429 and a Retry-After header
// (seconds or an HTTP date; "" sends none).
func (p *Proxy) Fail429(n int, retryAfter string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.http429, p.retryAfter = n, retryAfter
}

// Fail5xx answers the next n HTTP requests with the given 5xx status (with
// the Retry-After of Fail429, if one is set).
func (p *Proxy) Fail5xx(n, status int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.http5xx, p.code5xx = n, status
}

// Stall holds every request without an answer while on (a node that
// accepts connections and never answers); off releases them.
func (p *Proxy) Stall(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case on && p.stall == nil:
		p.stall = make(chan struct{})
	case !on && p.stall != nil:
		close(p.stall)
		p.stall = nil
	}
}

// RefuseRanges refuses eth_getLogs spanning more than maxBlocks blocks with
// a JSON-RPC error of the given code and message (a provider's wording).
func (p *Proxy) RefuseRanges(maxBlocks uint64, code int, msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.maxRange, p.rangeErr = maxBlocks, Error{Code: code, Message: msg}
}

// AddRule adds a rule for eth_getLogs by range; rules run in order, the
// first error wins. Rules see the real node's log count.
func (p *Proxy) AddRule(r Rule) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rules = append(p.rules, r)
}

// ClearRules removes every rule.
func (p *Proxy) ClearRules() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rules = nil
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

// Lag makes the proxy a node n blocks behind the real head: "latest"
// (and eth_blockNumber) is the block n behind, "finalized" and "safe" are
// no higher, blocks above it are unknown (null), and eth_getLogs past it
// is refused as geth does ("block range extends beyond current head block").
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

// Faults is how many faults of a kind ("429", "5xx", "range", "cap",
// "empty", "lag", or a Rule's Fault) were served.
func (p *Proxy) Faults(kind string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.faults[kind]
}

// Events lists every JSON-RPC request seen, in arrival order.
func (p *Proxy) Events() []Event {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Event(nil), p.events...)
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
	Error   *Error          `json:"error,omitempty"`
}

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	trimmed := bytes.TrimSpace(body)
	batch := len(trimmed) > 0 && trimmed[0] == '['
	var reqs []request
	if batch {
		err = json.Unmarshal(trimmed, &reqs)
	} else {
		reqs = make([]request, 1)
		err = json.Unmarshal(trimmed, &reqs[0])
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	method := "batch"
	if len(reqs) > 0 {
		method = reqs[0].Method
	}

	p.mu.Lock()
	p.counts["http"]++
	stall := p.stall
	p.mu.Unlock()
	if stall != nil {
		p.event(Event{Method: method, Fault: "stall"})
		select {
		case <-stall:
		case <-r.Context().Done():
			return
		}
	}
	p.mu.Lock()
	if p.http429 > 0 {
		p.http429--
		p.faults["429"]++
		ra := p.retryAfter
		p.mu.Unlock()
		p.event(Event{Method: method, Fault: "429"})
		if ra != "" {
			w.Header().Set("Retry-After", ra)
		}
		http.Error(w, "rate limited", http.StatusTooManyRequests)
		return
	}
	if p.http5xx > 0 {
		p.http5xx--
		p.faults["5xx"]++
		code, ra := p.code5xx, p.retryAfter
		p.mu.Unlock()
		p.event(Event{Method: method, Fault: "5xx"})
		if ra != "" {
			w.Header().Set("Retry-After", ra)
		}
		http.Error(w, "upstream unavailable", code)
		return
	}
	p.mu.Unlock()

	status := http.StatusOK
	out := make([]json.RawMessage, 0, len(reqs))
	for _, rq := range reqs {
		raw, st := p.one(rq)
		if st != 0 {
			status = st
		}
		out = append(out, raw)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if batch {
		_ = json.NewEncoder(w).Encode(out)
		return
	}
	_, _ = w.Write(out[0])
}

func (p *Proxy) event(e Event) {
	e.At = time.Now()
	p.mu.Lock()
	p.events = append(p.events, e)
	p.mu.Unlock()
}

func errorReply(id json.RawMessage, e Error) json.RawMessage {
	b, _ := json.Marshal(response{JSONRPC: "2.0", ID: id, Error: &e})
	return b
}

func resultReply(id json.RawMessage, v any) json.RawMessage {
	b, _ := json.Marshal(response{JSONRPC: "2.0", ID: id, Result: mustJSON(v)})
	return b
}

func isTag(raw json.RawMessage) bool {
	var s string
	return json.Unmarshal(raw, &s) == nil && len(s) > 0 && s[0] != '0'
}

// one handles one JSON-RPC request: rewrite, forward, inspect. A non-zero
// status is the HTTP status the answer asks for.
func (p *Proxy) one(rq request) (json.RawMessage, int) {
	p.mu.Lock()
	p.counts[rq.Method]++
	lag, maxRange, rangeErr, rules := p.lag, p.maxRange, p.rangeErr, append([]Rule(nil), p.rules...)
	p.mu.Unlock()
	ev := Event{Method: rq.Method}
	defer func() { p.event(ev) }()

	var lagged uint64 // the lagging node's head, when lagging
	if lag > 0 {
		head, err := p.head()
		if err != nil {
			return errorReply(rq.ID, Error{Code: -32000, Message: err.Error()}), 0
		}
		if head > lag {
			lagged = head - lag
		}
		switch rq.Method {
		case "eth_blockNumber":
			return resultReply(rq.ID, hexutil.Uint64(lagged)), 0
		case "eth_getBlockByNumber":
			if len(rq.Params) > 0 {
				if isTag(rq.Params[0]) {
					raw, err := p.forward(rq)
					if err != nil {
						return errorReply(rq.ID, Error{Code: -32000, Message: err.Error()}), 0
					}
					var r struct {
						Result *struct {
							Number hexutil.Uint64 `json:"number"`
						} `json:"result"`
					}
					if json.Unmarshal(raw, &r) == nil && r.Result != nil && uint64(r.Result.Number) <= lagged {
						return raw, 0
					}
					rq.Params[0] = mustJSON(hexutil.Uint64(lagged))
				} else {
					var n hexutil.Uint64
					if json.Unmarshal(rq.Params[0], &n) == nil && uint64(n) > lagged {
						p.fault("lag")
						ev.Fault = "lag"
						return resultReply(rq.ID, nil), 0
					}
				}
			}
		}
	}
	var q *LogQuery
	if rq.Method == "eth_getLogs" && len(rq.Params) == 1 {
		var f struct {
			From *hexutil.Uint64 `json:"fromBlock"`
			To   *hexutil.Uint64 `json:"toBlock"`
		}
		if json.Unmarshal(rq.Params[0], &f) == nil && f.From != nil && f.To != nil {
			q = &LogQuery{From: uint64(*f.From), To: uint64(*f.To)}
			ev.From, ev.To = q.From, q.To
			if lag > 0 && q.To > lagged {
				p.fault("lag")
				ev.Fault = "lag"
				return errorReply(rq.ID, Error{Code: -32602, Message: "block range extends beyond current head block"}), 0
			}
			if maxRange > 0 && q.To-q.From+1 > maxRange {
				p.fault("range")
				ev.Fault = "range"
				return errorReply(rq.ID, rangeErr), 0
			}
		}
	}
	raw, err := p.forward(rq)
	if err != nil {
		return errorReply(rq.ID, Error{Code: -32000, Message: err.Error()}), 0
	}
	if rq.Method != "eth_getLogs" {
		return raw, 0
	}
	var resp response
	if err := json.Unmarshal(raw, &resp); err != nil || resp.Error != nil {
		return raw, 0
	}
	var logs []json.RawMessage
	if err := json.Unmarshal(resp.Result, &logs); err != nil {
		return raw, 0
	}
	if q != nil {
		q.Logs = len(logs)
		for _, r := range rules {
			if e := r.Apply(*q); e != nil {
				p.fault(r.Fault)
				ev.Fault = r.Fault
				return errorReply(rq.ID, *e), e.HTTPStatus
			}
		}
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
		ev.Fault = "cap"
		return errorReply(rq.ID, Error{Code: -32005, Message: "query returned more than 10000 results"}), 0
	case emptied:
		p.fault("empty")
		ev.Fault = "empty"
		resp.Result = json.RawMessage("[]")
		b, _ := json.Marshal(resp)
		return b, 0
	}
	return raw, 0
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
	resp, err := p.client.Post(p.upstream, "application/json", bytes.NewReader(body))
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
