package intake

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

// Limits of one HTTP request.
const (
	MaxBodyBytes = 1 << 20 // 1 MiB; 413 beyond
	MaxBatch     = 1000    // events in one JSON array; 400 beyond
)

// Request-level codes (the event-level ones are beside Outcome).
const (
	CodeUnauthenticated  = "unauthenticated"    // 401: no key, or not a valid one
	CodeKeyRevoked       = "key_revoked"        // 401
	CodeRateLimited      = "rate_limited"       // 429, with Retry-After
	CodeTooLarge         = "too_large"          // 413
	CodeBadRequest       = "bad_request"        // 400: a body that is not an event or an array of 1..MaxBatch
	CodeNotFound         = "not_found"          // 404
	CodeMethodNotAllowed = "method_not_allowed" // 405
	CodeStoreFailure     = "store_failure"      // 500: nothing of the request was stored; resubmitting is safe
)

// BatchResponse is the 200 answer to a JSON array of events: one outcome per
// element, in order, and the counts.
type BatchResponse struct {
	Accepted  int       `json:"accepted"`
	Duplicate int       `json:"duplicate"`
	Rejected  int       `json:"rejected"`
	Results   []Outcome `json:"results"`
}

// ErrorBody is every non-2xx answer: a stable code, a message for people,
// and the field and event id when one event is at fault.
type ErrorBody struct {
	Code  string `json:"code"`
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
	ID    string `json:"id,omitempty"`
}

// HandlerConfig is what the HTTP handler needs beside the Intake.
type HandlerConfig struct {
	Auth   *Authenticator // required: every event request carries a meter's API key
	Limits Limits
	Log    *slog.Logger
	Now    func() time.Time // the rate limiters' clock; nil: time.Now
}

// Handler serves
//
//	POST /v1/events       one event object → 200 outcome | 400 rejected | 403 wrong meter | 409 conflict;
//	                      a JSON array of ≤ MaxBatch events → 200 BatchResponse (each element's outcome)
//	GET  /v1/events/{id}  the stored event's canonical JSON (commitment only, never plaintext), if the
//	                      credentials' meter signed it | 404
//	GET  /healthz         200 {"status":"ok"} (no credentials needed)
//
// Event requests need "Authorization: Bearer rk_…" (401 otherwise); an event
// signed by another meter than the key's is rejected (wrong_meter). Rates
// over Limits are 429 with Retry-After; a body over MaxBodyBytes is 413; a
// store failure is 500 and stores nothing of the request. Every error is an
// ErrorBody. The handler logs meters, key ids, counts and event ids, never a
// body, a key or metadata.
func (in *Intake) Handler(cfg HandlerConfig) (http.Handler, error) {
	if cfg.Auth == nil {
		return nil, errors.New("intake handler: an Authenticator is required")
	}
	if err := cfg.Limits.Check(); err != nil {
		return nil, fmt.Errorf("intake handler: %w", err)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	h := &handler{in: in, cfg: cfg, lim: newLimiter(cfg.Limits)}
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/events", h.events)
	mux.HandleFunc("/v1/events/{id}", h.event)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if !allow(w, r, http.MethodGet) {
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, ErrorBody{Code: CodeNotFound, Error: "no such endpoint: POST /v1/events, GET /v1/events/{id}, GET /healthz"})
	})
	return mux, nil
}

type handler struct {
	in  *Intake
	cfg HandlerConfig
	lim *limiter
}

func allow(w http.ResponseWriter, r *http.Request, method string) bool {
	if r.Method == method {
		return true
	}
	w.Header().Set("Allow", method)
	writeError(w, http.StatusMethodNotAllowed, ErrorBody{Code: CodeMethodNotAllowed, Error: r.Method + " is not allowed here; use " + method})
	return false
}

// authenticate answers the request itself (401, 429 or 500) when it fails.
func (h *handler) authenticate(w http.ResponseWriter, r *http.Request) (common.Address, string, bool) {
	meter, keyID, err := h.cfg.Auth.Authenticate(r.Context(), r.Header.Get("Authorization"))
	switch {
	case err == nil:
		return meter, keyID, true
	case errors.Is(err, ErrNoCredentials), errors.Is(err, ErrBadCredentials), errors.Is(err, ErrRevoked):
		if over, wait := h.lim.authFailed(h.cfg.Now()); over {
			w.Header().Set("Retry-After", retryAfter(wait))
			writeError(w, http.StatusTooManyRequests, ErrorBody{Code: CodeRateLimited, Error: "too many failed authentications; retry later"})
			return meter, "", false
		}
		code := CodeUnauthenticated
		if errors.Is(err, ErrRevoked) {
			code = CodeKeyRevoked
			h.cfg.Log.Info("revoked API key used", "keyId", keyID)
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="royalty intake"`)
		writeError(w, http.StatusUnauthorized, ErrorBody{Code: code, Error: err.Error()})
	default:
		h.cfg.Log.Error("authenticate", "err", err)
		writeError(w, http.StatusInternalServerError, ErrorBody{Code: CodeStoreFailure, Error: "store failure while checking the API key"})
	}
	return meter, "", false
}

func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodPost) {
		return
	}
	meter, keyID, ok := h.authenticate(w, r)
	if !ok {
		return
	}
	body, err := readBody(w, r)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, ErrorBody{Code: CodeTooLarge, Error: fmt.Sprintf("request body over %d bytes", MaxBodyBytes)})
			return
		}
		writeError(w, http.StatusBadRequest, ErrorBody{Code: CodeBadRequest, Error: "read request body: " + err.Error()})
		return
	}
	body = bytes.TrimSpace(body)
	batch := len(body) > 0 && body[0] == '['
	items := [][]byte{body}
	if batch {
		if items, err = usage.SplitArray(body, "events", MaxBatch); err != nil || len(items) == 0 {
			msg := fmt.Sprintf("events: want a JSON array of 1..%d events", MaxBatch)
			if err != nil {
				msg = err.Error()
			}
			writeError(w, http.StatusBadRequest, ErrorBody{Code: CodeBadRequest, Error: msg, Field: "events"})
			return
		}
	}
	if ok, wait := h.lim.admit(meter, len(items), h.cfg.Now()); !ok {
		w.Header().Set("Retry-After", retryAfter(wait))
		writeError(w, http.StatusTooManyRequests, ErrorBody{Code: CodeRateLimited,
			Error: fmt.Sprintf("over the rate limit for %d event(s); retry after %s", len(items), wait.Round(time.Millisecond))})
		return
	}
	outs, err := h.in.SubmitBatch(r.Context(), items, &meter)
	if err != nil {
		h.cfg.Log.Error("store usage events", "meter", meter.Hex(), "keyId", keyID, "events", len(items), "err", err)
		writeError(w, http.StatusInternalServerError, ErrorBody{Code: CodeStoreFailure,
			Error: "store failure: nothing of this request was stored; resubmitting is safe"})
		return
	}
	if !batch {
		h.single(w, meter, keyID, outs[0])
		return
	}
	resp := BatchResponse{Results: outs}
	for _, o := range outs {
		switch o.Status {
		case Accepted:
			resp.Accepted++
		case Duplicate:
			resp.Duplicate++
		case Rejected:
			resp.Rejected++
		}
	}
	h.cfg.Log.Info("usage events", "meter", meter.Hex(), "keyId", keyID, "accepted", resp.Accepted, "duplicate", resp.Duplicate, "rejected", resp.Rejected)
	writeJSON(w, http.StatusOK, resp)
}

func (h *handler) single(w http.ResponseWriter, meter common.Address, keyID string, o Outcome) {
	if o.Status != Rejected {
		h.cfg.Log.Debug("usage event", "meter", meter.Hex(), "keyId", keyID, "id", o.ID, "status", o.Status)
		writeJSON(w, http.StatusOK, o)
		return
	}
	h.cfg.Log.Info("usage event rejected", "meter", meter.Hex(), "keyId", keyID, "id", o.ID, "code", o.Code, "field", o.Field)
	status := http.StatusBadRequest
	switch o.Code {
	case CodeConflict:
		status = http.StatusConflict
	case CodeWrongMeter:
		status = http.StatusForbidden
	}
	writeError(w, status, ErrorBody{Code: o.Code, Error: o.Error, Field: o.Field, ID: o.ID})
}

func (h *handler) event(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	meter, _, ok := h.authenticate(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	ev, err := h.in.store.UsageEvent(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFound) || (err == nil && ev.Meter != meter):
		// Another meter's event is "not found": ids are not to be probed.
		writeError(w, http.StatusNotFound, ErrorBody{Code: CodeNotFound, Error: "no such event of this meter", ID: id})
		return
	case err != nil:
		h.cfg.Log.Error("read usage event", "err", err)
		writeError(w, http.StatusInternalServerError, ErrorBody{Code: CodeStoreFailure, Error: "store failure"})
		return
	}
	// The canonical bytes as stored, not re-encoded (json.Marshal would escape <, > and &).
	b, _ := ev.MarshalJSON()
	header(w)
	w.WriteHeader(http.StatusOK)
	w.Write(append(b, '\n'))
}

// readBody reads at most MaxBodyBytes, in one allocation when the client
// states the length (a 1,000-event batch is ~700 KB: no growing and copying).
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	rd := http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	if n := r.ContentLength; n > 0 && n <= MaxBodyBytes {
		buf := bytes.NewBuffer(make([]byte, 0, n+1))
		_, err := buf.ReadFrom(rd)
		return buf.Bytes(), err
	}
	return io.ReadAll(rd)
}

func header(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
}

func writeError(w http.ResponseWriter, code int, body ErrorBody) { writeJSON(w, code, body) }

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"code":"store_failure","error":"encode response"}`)
	}
	header(w)
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}
