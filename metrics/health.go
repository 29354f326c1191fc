package metrics

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sort"
	"time"

	"github.com/dataroyalty/royalty/store"
)

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }

// Check is one readiness condition: nil when ready, else why not.
type Check func(ctx context.Context) error

// Healthz answers 200 {"status":"ok"} while the process serves at all.
func Healthz() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
}

// Readyz answers 200 when every check passes, 503 otherwise, with each
// check's result: {"status":"ready"|"not_ready","checks":{name:"ok"|why}}.
func Readyz(checks map[string]Check) http.Handler {
	names := make([]string, 0, len(checks))
	for n := range checks {
		names = append(names, n)
	}
	sort.Strings(names)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		out := struct {
			Status string            `json:"status"`
			Checks map[string]string `json:"checks"`
		}{"ready", map[string]string{}}
		code := http.StatusOK
		for _, n := range names {
			if err := checks[n](ctx); err != nil {
				out.Checks[n], out.Status, code = err.Error(), "not_ready", http.StatusServiceUnavailable
			} else {
				out.Checks[n] = "ok"
			}
		}
		writeJSON(w, code, out)
	})
}

// StoreCheck is ready when the database answers.
func StoreCheck(st *store.Store) Check {
	return func(ctx context.Context) error { return st.DB().PingContext(ctx) }
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}
