package intake

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/dataroyalty/royalty/store"
)

// Limits of one HTTP request.
const (
	MaxBodyBytes = 1 << 20 // 1 MiB; 413 beyond
	MaxBatch     = 1000    // events in one JSON array; 400 beyond
)

// BatchResponse is the 200 answer to a JSON array of events: one outcome per
// element, in order, and the counts.
type BatchResponse struct {
	Accepted  int       `json:"accepted"`
	Duplicate int       `json:"duplicate"`
	Rejected  int       `json:"rejected"`
	Results   []Outcome `json:"results"`
}

// errorBody is every non-2xx answer.
type errorBody struct {
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
	ID    string `json:"id,omitempty"`
}

// Handler serves
//
//	POST /v1/events       one event object → 200 outcome | 400 rejected (field named) | 409 conflict;
//	                      a JSON array of ≤ MaxBatch events → 200 BatchResponse (each element's outcome)
//	GET  /v1/events/{id}  the stored event's canonical JSON | 404
//	GET  /healthz         200 {"status":"ok"}
//
// A body over MaxBodyBytes is 413; a store failure is 500 (events of a batch
// before it are stored; resubmitting is safe).
func (in *Intake) Handler(log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/events", func(w http.ResponseWriter, r *http.Request) { in.post(w, r, log) })
	mux.HandleFunc("GET /v1/events/{id}", func(w http.ResponseWriter, r *http.Request) { in.get(w, r, log) })
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	return mux
}

func (in *Intake) post(w http.ResponseWriter, r *http.Request, log *slog.Logger) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{Error: fmt.Sprintf("request body over %d bytes", MaxBodyBytes)})
			return
		}
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "read request body: " + err.Error()})
		return
	}
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		in.postBatch(w, r, log, body)
		return
	}
	o, err := in.Submit(r.Context(), body)
	if err != nil {
		log.Error("store usage event", "err", err)
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: "store failure", ID: o.ID})
		return
	}
	switch {
	case o.Conflict:
		log.Info("usage event conflict", "id", o.ID)
		writeJSON(w, http.StatusConflict, errorBody{Error: o.Error, Field: o.Field, ID: o.ID})
	case o.Status == Rejected:
		log.Info("usage event rejected", "id", o.ID, "field", o.Field)
		writeJSON(w, http.StatusBadRequest, errorBody{Error: o.Error, Field: o.Field, ID: o.ID})
	default:
		log.Debug("usage event", "id", o.ID, "status", o.Status)
		writeJSON(w, http.StatusOK, o)
	}
}

func (in *Intake) postBatch(w http.ResponseWriter, r *http.Request, log *slog.Logger, body []byte) {
	var items []json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&items); err != nil || dec.More() {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "events: malformed JSON array", Field: "events"})
		return
	}
	if len(items) == 0 || len(items) > MaxBatch {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: fmt.Sprintf("events: %d events, want 1..%d", len(items), MaxBatch), Field: "events"})
		return
	}
	resp := BatchResponse{Results: make([]Outcome, 0, len(items))}
	for i, it := range items {
		o, err := in.Submit(r.Context(), it)
		if err != nil {
			log.Error("store usage event", "index", i, "err", err)
			writeJSON(w, http.StatusInternalServerError, errorBody{Error: fmt.Sprintf("store failure at events[%d]; the %d before it are stored", i, i), ID: o.ID})
			return
		}
		switch o.Status {
		case Accepted:
			resp.Accepted++
		case Duplicate:
			resp.Duplicate++
		case Rejected:
			resp.Rejected++
		}
		resp.Results = append(resp.Results, o)
	}
	log.Info("usage events", "accepted", resp.Accepted, "duplicate", resp.Duplicate, "rejected", resp.Rejected)
	writeJSON(w, http.StatusOK, resp)
}

func (in *Intake) get(w http.ResponseWriter, r *http.Request, log *slog.Logger) {
	id := r.PathValue("id")
	ev, err := in.store.UsageEvent(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeJSON(w, http.StatusNotFound, errorBody{Error: "no such event", ID: id})
		return
	case err != nil:
		log.Error("read usage event", "err", err)
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: "store failure"})
		return
	}
	// The canonical bytes as stored, not re-encoded (json.Marshal would escape <, > and &).
	b, _ := ev.MarshalJSON()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	w.Write(append(b, '\n'))
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"encode response"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}
