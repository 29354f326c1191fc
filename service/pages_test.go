package service

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/metrics"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// TestRunServesThePages: `royalty run`'s one listener serves the holder and
// consumer pages (docs/web.md) beside the API, the intake and health; the
// API keeps its JSON 404 under /v1/.
func TestRunServesThePages(t *testing.T) {
	st, err := store.Open(context.Background(), storetest.SQLiteDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log := slog.New(slog.DiscardHandler)
	dep := deploy.Deployment{ChainID: 31337}
	n := &node{cfg: Config{Store: st, Dep: dep, RPCs: []string{"http://127.0.0.1:1"}}, log: log, metrics: metrics.New(st, dep.ChainID, log)}
	h, err := n.handler()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, c := range []struct {
		path, ctype, body string
		status            int
	}{
		{"/", "text/html; charset=utf-8", "Your royalties", 200},
		{"/consumer", "text/html; charset=utf-8", "Consumer statement", 200},
		{"/assets/holder.js", "text/javascript; charset=utf-8", "eth_sendTransaction", 200},
		{"/v1/status", "application/json", `"chainId":31337`, 200},
		{"/v1/nope", "application/json", `"code":"not_found"`, 404},
		{"/healthz", "", "", 200},
		{"/nope", "", "", 404},
	} {
		res, err := http.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != c.status || (c.ctype != "" && res.Header.Get("Content-Type") != c.ctype) || !strings.Contains(string(b), c.body) {
			t.Errorf("GET %s: %d %q %.200s", c.path, res.StatusCode, res.Header.Get("Content-Type"), b)
		}
	}
}
