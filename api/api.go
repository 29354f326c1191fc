package api

import (
	"context"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"golang.org/x/time/rate"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

// OpenAPI is the API's OpenAPI 3 description, served at /v1/openapi.yaml.
//
//go:embed openapi.yaml
var OpenAPI []byte

// Routes are the API's path patterns (each described in OpenAPI).
var Routes = []string{"/v1/epochs", "/v1/epochs/{epoch}", "/v1/epochs/{epoch}/statements/recipients",
	"/v1/epochs/{epoch}/statements/consumers", "/v1/epochs/{epoch}/receipt", "/v1/epochs/{epoch}/explain",
	"/v1/accounts/{account}/proofs", "/v1/line-items/{event}/explain", "/v1/status", "/v1/openapi.yaml",
	"/v1/accounts/{account}/statement", "/v1/accounts/{account}/claim", "/v1/line-items/{event}/receipt-proof",
	"/v1/consumers/{consumer}/statement"}

// MaxBodyBytes is the largest request body accepted (the API reads none:
// anything bigger is refused with 413 before any work).
const MaxBodyBytes = 4 << 10

// MaxListed bounds the epochs and statuses one answer lists.
const MaxListed = 1000

// Stable error codes (docs/api.md).
const (
	CodeBadRequest       = "bad_request"        // 400: a parameter is malformed; Field names it
	CodeUnknownEpoch     = "unknown_epoch"      // 404: no such closed epoch
	CodeNoStatement      = "no_statement"       // 404: the account or consumer has no statement in the epoch
	CodeNoEntitlement    = "no_entitlement"     // 404: the account has no leaf in the epoch's tree
	CodeUnknownEvent     = "unknown_event"      // 404: no line item for the event
	CodeNotFound         = "not_found"          // 404: no such endpoint
	CodeMethodNotAllowed = "method_not_allowed" // 405
	CodeTooLarge         = "too_large"          // 413
	CodeRateLimited      = "rate_limited"       // 429, with Retry-After
	CodeTimeout          = "timeout"            // 503: the answer took longer than the server's limit
	CodeInternal         = "internal"           // 500: a store failure; retrying is safe
)

// Error is every non-2xx answer.
type Error struct {
	Code  string `json:"code"`
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
}

// Config is what the API serves from and its limits.
type Config struct {
	Store *store.Store
	Dep   deploy.Deployment
	Log   *slog.Logger
	// Rate is requests per second one client address may make (0: no
	// limit), with bursts of Burst.
	Rate  float64
	Burst int
	// Timeout bounds the time to answer one request (0: 30 s).
	Timeout time.Duration
	// Head, when set, is the chain head the node's indexer last saw (for
	// the lag in /v1/status); ok is false before it has seen one.
	Head func() (number uint64, ok bool)
	Now  func() time.Time
	// Chain, when set, is read for the holder routes: token symbols and
	// decimals, claimed amounts, the distributor's roots (claim, receipt
	// proofs). Without it those answers say "not checked" or 503 no_chain.
	Chain bind.ContractBackend
}

// DefaultRate and DefaultBurst are `royalty run`'s API limits per client.
const (
	DefaultRate  = 50
	DefaultBurst = 100
)

type server struct {
	cfg    Config
	epochs *pipeline.Epochs
	lim    *clientLimiter
}

// Handler returns the API's handler. It serves only /v1/… routes listed in
// docs/api.md and answers anything else 404.
func Handler(cfg Config) (http.Handler, error) {
	if cfg.Store == nil {
		return nil, errors.New("api: a store is required")
	}
	if cfg.Rate < 0 || (cfg.Rate > 0 && cfg.Burst < 1) {
		return nil, fmt.Errorf("api: rate %g with burst %d: the rate must not be negative and a positive rate needs a burst of at least 1", cfg.Rate, cfg.Burst)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &server{cfg: cfg, epochs: &pipeline.Epochs{Store: cfg.Store, Dep: cfg.Dep}, lim: newClientLimiter(cfg.Rate, cfg.Burst)}
	mux := http.NewServeMux()
	routes := map[string]func(*http.Request) (any, error){
		"/v1/epochs":                               s.listEpochs,
		"/v1/epochs/{epoch}":                       s.epoch,
		"/v1/epochs/{epoch}/receipt":               s.receipt,
		"/v1/epochs/{epoch}/explain":               s.explain,
		"/v1/accounts/{account}/proofs":            s.proofs,
		"/v1/line-items/{event}/explain":           s.explainEvent,
		"/v1/status":                               s.status,
		"/v1/accounts/{account}/statement":         s.holder,
		"/v1/accounts/{account}/claim":             s.claim,
		"/v1/line-items/{event}/receipt-proof":     s.receiptProof,
		"/v1/disputes":                             s.disputes,
		"/v1/accounts/{account}/disputes":          s.accountDisputes,
		"/v1/epochs/{epoch}/statements/recipients": nil, // CSV-capable, below
		"/v1/epochs/{epoch}/statements/consumers":  nil,
	}
	for p, fn := range routes {
		if fn != nil {
			mux.Handle(p, s.jsonRoute(fn))
		}
	}
	mux.Handle("/v1/epochs/{epoch}/statements/recipients", s.tableRoute(s.recipients))
	mux.Handle("/v1/epochs/{epoch}/statements/consumers", s.tableRoute(s.consumers))
	mux.Handle("/v1/consumers/{consumer}/statement", s.tableRoute(s.consumerStatement))
	mux.HandleFunc("/v1/openapi.yaml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/yaml")
		w.Write(OpenAPI)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, Error{Code: CodeNotFound, Error: "no such endpoint: see docs/api.md (GET /v1/epochs, /v1/status, …)"})
	})
	body, _ := json.Marshal(Error{Code: CodeTimeout, Error: fmt.Sprintf("the answer took longer than %s; retry, or ask for less", cfg.Timeout)})
	return s.limits(http.TimeoutHandler(mux, cfg.Timeout, string(body))), nil
}

// limits refuses, before any work, a method other than GET or HEAD, a body
// over MaxBodyBytes, and a client over its rate.
func (s *server) limits(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeJSON(w, http.StatusMethodNotAllowed, Error{Code: CodeMethodNotAllowed, Error: r.Method + " is not allowed: the API is read-only; use GET"})
			return
		}
		if r.ContentLength > MaxBodyBytes {
			writeJSON(w, http.StatusRequestEntityTooLarge, Error{Code: CodeTooLarge, Error: fmt.Sprintf("request body over %d bytes (the API reads none)", MaxBodyBytes)})
			return
		}
		if r.Body != nil {
			n, err := io.Copy(io.Discard, http.MaxBytesReader(w, r.Body, MaxBodyBytes))
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) || n > MaxBodyBytes {
				writeJSON(w, http.StatusRequestEntityTooLarge, Error{Code: CodeTooLarge, Error: fmt.Sprintf("request body over %d bytes (the API reads none)", MaxBodyBytes)})
				return
			}
		}
		if ok, wait := s.lim.allow(clientOf(r), s.cfg.Now()); !ok {
			w.Header().Set("Retry-After", strconv.FormatInt(max(1, int64(math.Ceil(wait.Seconds()))), 10))
			writeJSON(w, http.StatusTooManyRequests, Error{Code: CodeRateLimited,
				Error: fmt.Sprintf("over %g requests per second from this address; retry after %s", s.cfg.Rate, wait.Round(time.Millisecond))})
			return
		}
		// The timeout handler's own 503 is written through w: JSON like every error.
		w.Header().Set("Content-Type", "application/json")
		next.ServeHTTP(w, r)
	})
}

// apiError is an answer other than 200 chosen by a route.
type apiError struct {
	status int
	body   Error
}

func (e *apiError) Error() string { return e.body.Error }

func fail(status int, code, field, format string, args ...any) error {
	return &apiError{status: status, body: Error{Code: code, Field: field, Error: fmt.Sprintf(format, args...)}}
}

func (s *server) answerError(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	if errors.As(err, &ae) {
		writeJSON(w, ae.status, ae.body)
		return
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		// Out of time (the timeout handler may have answered already: then
		// this is discarded) or the client is gone.
		writeJSON(w, http.StatusServiceUnavailable, Error{Code: CodeTimeout, Error: fmt.Sprintf("the answer took longer than %s; retry, or ask for less", s.cfg.Timeout)})
		return
	}
	s.cfg.Log.Error("api", "path", r.URL.Path, "err", err)
	writeJSON(w, http.StatusInternalServerError, Error{Code: CodeInternal, Error: "internal failure (the server log says which); retrying is safe"})
}

func (s *server) jsonRoute(fn func(*http.Request) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, err := fn(r)
		if err != nil {
			s.answerError(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
	})
}

// table is an answer that reads as JSON (the value) or CSV (the rows).
type table struct {
	value  any
	header []string
	rows   [][]string
	name   string // the CSV's file name
}

// tableRoute answers CSV when ?format=csv or the client accepts text/csv
// before JSON; JSON otherwise.
func (s *server) tableRoute(fn func(*http.Request) (*table, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		format := r.URL.Query().Get("format")
		if format != "" && format != "csv" && format != "json" {
			s.answerError(w, r, fail(http.StatusBadRequest, CodeBadRequest, "format", "format %q: want csv or json", format))
			return
		}
		t, err := fn(r)
		if err != nil {
			s.answerError(w, r, err)
			return
		}
		if format == "csv" || (format == "" && wantsCSV(r.Header.Get("Accept"))) {
			w.Header().Set("Content-Type", "text/csv; charset=utf-8")
			w.Header().Set("Content-Disposition", `attachment; filename="`+t.name+`"`)
			w.Header().Set("X-Content-Type-Options", "nosniff")
			cw := csv.NewWriter(w)
			_ = cw.Write(t.header)
			_ = cw.WriteAll(t.rows)
			return
		}
		writeJSON(w, http.StatusOK, t.value)
	})
}

// wantsCSV: text/csv is listed before any JSON type in Accept.
func wantsCSV(accept string) bool {
	for _, part := range strings.Split(accept, ",") {
		mt, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		switch strings.ToLower(strings.TrimSpace(mt)) {
		case "text/csv":
			return true
		case "application/json", "*/*":
			return false
		}
	}
	return false
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"code":"internal","error":"encode response"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// --- parameters ---

func epochParam(r *http.Request) (uint64, error) {
	v := r.PathValue("epoch")
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 {
		return 0, fail(http.StatusBadRequest, CodeBadRequest, "epoch", "epoch %q: want a positive integer", v)
	}
	return n, nil
}

func addressParam(field, v string) (common.Address, error) {
	if !common.IsHexAddress(v) || !strings.HasPrefix(v, "0x") {
		return common.Address{}, fail(http.StatusBadRequest, CodeBadRequest, field, "%s %q: want a 0x-prefixed 20-byte hex address", field, v)
	}
	a := common.HexToAddress(v)
	if v != strings.ToLower(v) && v[2:] != strings.ToUpper(v[2:]) && a.Hex() != v {
		return common.Address{}, fail(http.StatusBadRequest, CodeBadRequest, field, "%s %q: mixed-case address with a wrong checksum (EIP-55): check it", field, v)
	}
	return a, nil
}

// optionalAddress reads an optional query address.
func optionalAddress(r *http.Request, field string) (*common.Address, error) {
	v := r.URL.Query().Get(field)
	if v == "" {
		return nil, nil
	}
	a, err := addressParam(field, v)
	return &a, err
}

func (s *server) epochRow(ctx context.Context, n uint64) (store.EpochRow, error) {
	row, err := s.cfg.Store.Epoch(ctx, s.cfg.Dep.ChainID, n)
	if errors.Is(err, store.ErrNotFound) {
		last, lerr := s.cfg.Store.LastEpoch(ctx, s.cfg.Dep.ChainID)
		switch {
		case errors.Is(lerr, store.ErrNotFound):
			return row, fail(http.StatusNotFound, CodeUnknownEpoch, "epoch", "epoch %d is not closed: no epoch is closed yet", n)
		case lerr != nil:
			return row, lerr
		}
		return row, fail(http.StatusNotFound, CodeUnknownEpoch, "epoch", "epoch %d is not closed: the latest closed epoch is %d", n, last.Epoch)
	}
	return row, err
}

// --- routes ---

// EpochSummary is one closed epoch and how far its payout got on chain.
type EpochSummary struct {
	Epoch          uint64      `json:"epoch"`
	Start          uint64      `json:"start"`
	End            uint64      `json:"end"`
	StatementsHash common.Hash `json:"statementsHash"`
	Root           common.Hash `json:"root"`
	ReceiptRoot    common.Hash `json:"receiptRoot"`
	LineItems      int64       `json:"lineItems"`
	// Stage: "closed" (not relayed yet), "funding", "funded", "proposed",
	// "activated"; "nothing_to_pay" for an epoch without entitlements.
	Stage string `json:"stage"`
}

func (s *server) listEpochs(r *http.Request) (any, error) {
	ctx := r.Context()
	rows, err := s.cfg.Store.Epochs(ctx, s.cfg.Dep.ChainID, MaxListed)
	if err != nil {
		return nil, err
	}
	stages, err := s.cfg.Store.RelayStages(ctx, s.cfg.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	counts, err := s.cfg.Store.LineItemCounts(ctx, s.cfg.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	out := struct {
		Epochs []EpochSummary `json:"epochs"`
	}{Epochs: []EpochSummary{}}
	for _, row := range rows {
		out.Epochs = append(out.Epochs, summary(row, stages[row.Epoch], counts[row.Epoch]))
	}
	return out, nil
}

func summary(row store.EpochRow, stage string, items int64) EpochSummary {
	switch {
	case stage != "":
	case row.Root == (common.Hash{}):
		stage = "nothing_to_pay"
	default:
		stage = "closed"
	}
	return EpochSummary{Epoch: row.Epoch, Start: row.Start, End: row.End, StatementsHash: row.StatementsHash, Root: row.Root,
		ReceiptRoot: row.ReceiptRoot, LineItems: items, Stage: stage}
}

// EpochDetail is an epoch's summary with its relay transactions and payout.
type EpochDetail struct {
	EpochSummary
	Transactions []pipeline.ReceiptTx `json:"transactions"`
	Payout       json.RawMessage      `json:"payout"`
}

func (s *server) epoch(r *http.Request) (any, error) {
	n, err := epochParam(r)
	if err != nil {
		return nil, err
	}
	row, err := s.epochRow(r.Context(), n)
	if err != nil {
		return nil, err
	}
	rc, err := s.epochs.Receipt(r.Context(), n)
	if err != nil {
		return nil, err
	}
	counts, err := s.cfg.Store.LineItemCounts(r.Context(), s.cfg.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	stage := ""
	if rc.Stage != "closed" {
		stage = rc.Stage
	}
	return EpochDetail{EpochSummary: summary(row, stage, counts[n]), Transactions: rc.Transactions, Payout: row.Payout}, nil
}

func (s *server) receipt(r *http.Request) (any, error) {
	n, err := epochParam(r)
	if err != nil {
		return nil, err
	}
	if _, err := s.epochRow(r.Context(), n); err != nil {
		return nil, err
	}
	return s.epochs.Receipt(r.Context(), n)
}

func (s *server) statements(r *http.Request) (uint64, *engine.EpochStatements, error) {
	n, err := epochParam(r)
	if err != nil {
		return 0, nil, err
	}
	if _, err := s.epochRow(r.Context(), n); err != nil {
		return 0, nil, err
	}
	stm, err := s.epochs.Statements(r.Context(), n)
	return n, stm, err
}

// Token is how to read an asset's amounts: its symbol and decimals as read
// from the token (by `royalty run` when it closes an epoch, or `royalty
// statement --rpc`). Assets never read are absent.
type Token struct {
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
}

func (s *server) tokens(ctx context.Context) (map[string]Token, error) {
	metas, err := s.cfg.Store.Tokens(ctx, s.cfg.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Token, len(metas))
	for a, m := range metas {
		out[a.Hex()] = Token{Symbol: m.Symbol, Decimals: m.Decimals}
	}
	return out, nil
}

var recipientHeader = []string{"epoch", "account", "asset", "accruedAtto", "settledAtto", "releasedAtto", "correctionAtto",
	"correctionUnsettledAtto", "unsettledAtto", "payableAtto", "previousCumulative", "cumulative", "carryAtto", "debtAtto", "statementHash"}

func (s *server) recipients(r *http.Request) (*table, error) {
	acct, err := optionalAddress(r, "account")
	if err != nil {
		return nil, err
	}
	n, stm, err := s.statements(r)
	if err != nil {
		return nil, err
	}
	out := []engine.RecipientStatement{}
	t := &table{header: recipientHeader, rows: [][]string{}, name: fmt.Sprintf("epoch-%d-recipients.csv", n)}
	for _, rs := range stm.Recipients {
		if acct != nil && common.HexToAddress(rs.Account) != *acct {
			continue
		}
		out = append(out, rs)
		for _, l := range rs.Lines {
			t.rows = append(t.rows, []string{strconv.FormatUint(n, 10), rs.Account, l.Asset, l.AccruedAtto, l.SettledAtto, l.ReleasedAtto,
				l.CorrectionAtto, l.CorrectionUnsetAtto, l.UnsettledAtto, l.PayableAtto, l.PreviousCumulative, l.Cumulative, l.CarryAtto,
				l.DebtAtto, rs.Hash.Hex()})
		}
	}
	if acct != nil && len(out) == 0 {
		return nil, fail(http.StatusNotFound, CodeNoStatement, "account", "%s has no statement in epoch %d", acct.Hex(), n)
	}
	tokens, err := s.tokens(r.Context())
	if err != nil {
		return nil, err
	}
	t.value = struct {
		Epoch          uint64                      `json:"epoch"`
		StatementsHash common.Hash                 `json:"statementsHash"`
		Recipients     []engine.RecipientStatement `json:"recipients"`
		Tokens         map[string]Token            `json:"tokens"`
	}{n, stm.Hash, out, tokens}
	return t, nil
}

var consumerHeader = []string{"epoch", "consumer", "asset", "lineItems", "owedAtto", "correctionAtto", "settledAtto", "refundedAtto",
	"depositedAtto", "creditedAtto", "outstandingAtto", "deferredAtto", "overdueAtto", "revenueBalanceAtto", "creditBalanceAtto", "statementHash"}

func (s *server) consumers(r *http.Request) (*table, error) {
	who, err := optionalAddress(r, "consumer")
	if err != nil {
		return nil, err
	}
	n, stm, err := s.statements(r)
	if err != nil {
		return nil, err
	}
	out := []engine.ConsumerStatement{}
	t := &table{header: consumerHeader, rows: [][]string{}, name: fmt.Sprintf("epoch-%d-consumers.csv", n)}
	for _, c := range stm.Consumers {
		if who != nil && common.HexToAddress(c.Consumer) != *who {
			continue
		}
		out = append(out, c)
		t.rows = append(t.rows, []string{strconv.FormatUint(n, 10), c.Consumer, c.Asset, strconv.FormatUint(c.LineItems, 10), c.OwedAtto,
			c.CorrectionAtto, c.SettledAtto, c.RefundedAtto, c.DepositedAtto, c.CreditedAtto, c.OutstandingAtto, c.DeferredAtto,
			c.OverdueAtto, c.RevenueAtto, c.CreditAtto, c.Hash.Hex()})
	}
	if who != nil && len(out) == 0 {
		return nil, fail(http.StatusNotFound, CodeNoStatement, "consumer", "%s has no statement in epoch %d", who.Hex(), n)
	}
	tokens, err := s.tokens(r.Context())
	if err != nil {
		return nil, err
	}
	t.value = struct {
		Epoch          uint64                     `json:"epoch"`
		StatementsHash common.Hash                `json:"statementsHash"`
		Consumers      []engine.ConsumerStatement `json:"consumers"`
		Tokens         map[string]Token           `json:"tokens"`
	}{n, stm.Hash, out, tokens}
	return t, nil
}

// Proofs is an account's entitlements in one epoch's tree, with proofs and
// the calldata of RoyaltyDistributor.claim for all of them at once.
type Proofs struct {
	Epoch uint64 `json:"epoch"`
	relayer.AccountProofs
	ClaimCalldata hexutil.Bytes `json:"claimCalldata"`
}

func (s *server) proofs(r *http.Request) (any, error) {
	ctx := r.Context()
	acct, err := addressParam("account", r.PathValue("account"))
	if err != nil {
		return nil, err
	}
	var row store.EpochRow
	if v := r.URL.Query().Get("epoch"); v != "" {
		n, perr := strconv.ParseUint(v, 10, 64)
		if perr != nil || n == 0 {
			return nil, fail(http.StatusBadRequest, CodeBadRequest, "epoch", "epoch %q: want a positive integer", v)
		}
		row, err = s.epochRow(ctx, n)
	} else {
		row, err = s.cfg.Store.LastEpoch(ctx, s.cfg.Dep.ChainID)
		if errors.Is(err, store.ErrNotFound) {
			return nil, fail(http.StatusNotFound, CodeUnknownEpoch, "epoch", "no epoch is closed yet")
		}
	}
	if err != nil {
		return nil, err
	}
	if len(row.Tree) == 0 {
		return nil, fail(http.StatusNotFound, CodeNoEntitlement, "account", "epoch %d has no entitlements", row.Epoch)
	}
	tree, err := merkle.Load(row.Tree)
	if err != nil {
		return nil, fmt.Errorf("epoch %d tree: %w", row.Epoch, err)
	}
	p, err := relayer.ProofsFor(tree, acct)
	if errors.Is(err, relayer.ErrNoEntitlement) {
		return nil, fail(http.StatusNotFound, CodeNoEntitlement, "account", "%s has no entitlement in epoch %d's tree", acct.Hex(), row.Epoch)
	}
	if err != nil {
		return nil, err
	}
	data, err := relayer.ClaimCalldata(p)
	if err != nil {
		return nil, err
	}
	return Proofs{Epoch: row.Epoch, AccountProofs: p, ClaimCalldata: data}, nil
}

func (s *server) explain(r *http.Request) (any, error) {
	n, err := epochParam(r)
	if err != nil {
		return nil, err
	}
	v := r.URL.Query().Get("account")
	if v == "" {
		return nil, fail(http.StatusBadRequest, CodeBadRequest, "account", "account: required (?account=0x…)")
	}
	acct, err := addressParam("account", v)
	if err != nil {
		return nil, err
	}
	if _, err := s.epochRow(r.Context(), n); err != nil {
		return nil, err
	}
	ex, err := s.epochs.Explain(r.Context(), n, acct)
	if errors.Is(err, pipeline.ErrNoStatement) {
		return nil, fail(http.StatusNotFound, CodeNoStatement, "account", "%s has no statement in epoch %d", acct.Hex(), n)
	}
	return ex, err
}

func (s *server) explainEvent(r *http.Request) (any, error) {
	id := r.PathValue("event")
	if id == "" || len(id) > 256 {
		return nil, fail(http.StatusBadRequest, CodeBadRequest, "event", "event id: want 1..256 characters")
	}
	ev, err := s.epochs.ExplainEvent(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fail(http.StatusNotFound, CodeUnknownEvent, "event", "event %q has no line item (not stored, or not priced: see /v1/status)", id)
	}
	return ev, err
}

// Status is what the indexer and the pricer have done and what waits.
type Status struct {
	ChainID uint64 `json:"chainId"`
	// Head is the chain head the indexer last saw (absent when this
	// instance runs no indexer); Indexed the last block it stored; Final
	// the last final block. Lag is Head − Final (or Indexed − Final).
	Head      *uint64             `json:"head,omitempty"`
	Indexed   uint64              `json:"indexed"`
	Final     uint64              `json:"final"`
	FinalTime uint64              `json:"finalTime"`
	Lag       uint64              `json:"lagBlocks"`
	Events    store.EventCounts   `json:"events"`
	Waiting   []store.EventStatus `json:"waiting"`
	Held      []store.EventStatus `json:"held"`
	Rejected  []store.EventStatus `json:"rejected"`
	LastEpoch *EpochSummary       `json:"lastEpoch,omitempty"`
}

func (s *server) status(r *http.Request) (any, error) {
	ctx := r.Context()
	st := Status{ChainID: s.cfg.Dep.ChainID}
	last, final, err := s.cfg.Store.Checkpoint(ctx, s.cfg.Dep.ChainID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	st.Indexed, st.Final, st.FinalTime = last.Number, final.Number, final.Time
	top := last.Number
	if s.cfg.Head != nil {
		if h, ok := s.cfg.Head(); ok {
			st.Head, top = &h, max(h, top)
		}
	}
	if top > final.Number {
		st.Lag = top - final.Number
	}
	if st.Events, err = s.cfg.Store.CountEvents(ctx, s.cfg.Dep.ChainID); err != nil {
		return nil, err
	}
	for _, k := range []struct {
		status string
		to     *[]store.EventStatus
	}{{"waiting", &st.Waiting}, {"held", &st.Held}, {"rejected", &st.Rejected}} {
		if *k.to, err = s.cfg.Store.EventStatusesLimit(ctx, k.status, MaxListed); err != nil {
			return nil, err
		}
	}
	if row, err := s.cfg.Store.LastEpoch(ctx, s.cfg.Dep.ChainID); err == nil {
		stages, err := s.cfg.Store.RelayStages(ctx, s.cfg.Dep.ChainID)
		if err != nil {
			return nil, err
		}
		counts, err := s.cfg.Store.LineItemCounts(ctx, s.cfg.Dep.ChainID)
		if err != nil {
			return nil, err
		}
		sum := summary(row, stages[row.Epoch], counts[row.Epoch])
		st.LastEpoch = &sum
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	return st, nil
}

// --- rate limit per client address ---

type clientLimiter struct {
	rate  rate.Limit
	burst int
	mu    sync.Mutex
	byIP  map[string]*rate.Limiter
}

// maxClients bounds the limiter's memory: past it the table is cleared
// (every client starts a fresh bucket), which only ever errs toward admitting.
const maxClients = 100_000

func newClientLimiter(r float64, burst int) *clientLimiter {
	return &clientLimiter{rate: rate.Limit(r), burst: burst, byIP: map[string]*rate.Limiter{}}
}

func (l *clientLimiter) allow(client string, now time.Time) (bool, time.Duration) {
	if l.rate <= 0 {
		return true, 0
	}
	l.mu.Lock()
	lim := l.byIP[client]
	if lim == nil {
		if len(l.byIP) >= maxClients {
			clear(l.byIP)
		}
		lim = rate.NewLimiter(l.rate, l.burst)
		l.byIP[client] = lim
	}
	l.mu.Unlock()
	res := lim.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

func clientOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
