package metrics_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/metrics"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// scrape GETs /metrics through a real HTTP client and parses it with the
// Prometheus text parser.
func scrape(t *testing.T, url string) map[string]*dto.MetricFamily {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("GET /metrics: %d", res.StatusCode)
	}
	var p expfmt.TextParser
	fams, err := p.TextToMetricFamilies(res.Body)
	if err != nil {
		t.Fatalf("parse /metrics: %v", err)
	}
	return fams
}

// value is the value of the series of family name whose labels include all
// of labels ("k=v"); it fails when there is none.
func value(t *testing.T, fams map[string]*dto.MetricFamily, name string, labels ...string) float64 {
	t.Helper()
	f, ok := fams[name]
	if !ok {
		t.Fatalf("no series %s", name)
	}
next:
	for _, m := range f.Metric {
		have := map[string]string{}
		for _, l := range m.Label {
			have[l.GetName()] = l.GetValue()
		}
		for _, kv := range labels {
			k, v, _ := strings.Cut(kv, "=")
			if have[k] != v {
				continue next
			}
		}
		switch {
		case m.Gauge != nil:
			return m.Gauge.GetValue()
		case m.Counter != nil:
			return m.Counter.GetValue()
		case m.Histogram != nil:
			return float64(m.Histogram.GetSampleCount())
		}
	}
	t.Fatalf("no series %s%v", name, labels)
	return 0
}

// TestMetricsScrapedAndParsed: a node's /metrics over a real closed and
// relayed epoch, on both databases, parsed with the Prometheus text parser:
// every named series exists with the value the state implies.
func TestMetricsScrapedAndParsed(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		f := servicetest.NewClosed(t, st)
		m := metrics.New(st, f.W.Dep.ChainID, nil)

		// The loops' hooks, fed for real: an indexer pass and an endpoint
		// that refuses connections.
		pool, err := ethrpc.DialPool(context.Background(), ethrpc.Config{}, []string{f.W.Node.URL})
		if err != nil {
			t.Fatal(err)
		}
		d := f.W.Dep
		f.W.Warp(t, 5)
		ix, err := indexer.New(indexer.Config{ChainID: d.ChainID, StartBlock: d.StartBlock, ExitAtHead: true, Contracts: indexer.ContractsOf(d),
			Progress: m.Progress, OnReorg: m.Reorg}, indexer.PoolSource{Pool: pool}, st)
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		dead := "http://" + ln.Addr().String()
		ln.Close()
		ep, err := ethrpc.Dial(context.Background(), ethrpc.Config{URL: dead, RetryMax: 1, RetryMin: time.Millisecond, RetryWait: time.Millisecond, OnError: m.RPCError})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ep.ChainID(context.Background()); err == nil {
			t.Fatal("a closed port answered")
		}
		ep.Close()
		m.EpochClosed("calendar", 250*time.Millisecond)
		m.Leader(true)

		mux := http.NewServeMux()
		mux.Handle("/metrics", m.Handler())
		srv := httptest.NewServer(mux)
		defer srv.Close()
		fams := scrape(t, srv.URL+"/metrics")

		head, _, err := f.W.Node.Head(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		_, final, err := st.Checkpoint(context.Background(), d.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name   string
			labels []string
			want   float64
		}{
			{"royalty_store_up", nil, 1},
			{"royalty_chain_head_block", nil, float64(head)},
			{"royalty_chain_final_block", nil, float64(final.Number)},
			{"royalty_chain_lag_blocks", nil, float64(head - final.Number)},
			{"royalty_events", []string{"state=accrued"}, 1},
			{"royalty_events", []string{"state=waiting"}, 0},
			{"royalty_line_items", []string{"accrued=true"}, 1},
			{"royalty_line_items", []string{"accrued=false"}, 0},
			{"royalty_outbox_intents", []string{"state=confirmed"}, 2}, // fund and propose
			{"royalty_outbox_intents", []string{"state=failed"}, 0},
			{"royalty_relayer_fee_bumps", nil, 0},
			{"royalty_epoch_last", nil, 1},
			{"royalty_epoch_close_seconds", nil, 1},
			{"royalty_epoch_closes_total", []string{"trigger=calendar"}, 1},
			{"royalty_leader", nil, 1},
			{"royalty_rpc_errors_total", []string{"endpoint=" + dead, "class=transport"}, 1},
			{"royalty_indexer_reorgs_total", nil, 0},
		} {
			if got := value(t, fams, c.name, c.labels...); got != c.want {
				t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
			}
		}
		if got := value(t, fams, "royalty_indexer_logs_total"); got <= 0 {
			t.Errorf("royalty_indexer_logs_total = %v after indexing the deployment", got)
		}
		if got := value(t, fams, "royalty_indexer_logs_per_second"); got <= 0 {
			t.Errorf("royalty_indexer_logs_per_second = %v", got)
		}
		value(t, fams, "royalty_indexer_reorg_depth_blocks")
	})
}

// TestHealthAndReadiness: /healthz always answers; /readyz is 503 naming
// the failing check, 200 once every check passes.
func TestHealthAndReadiness(t *testing.T) {
	st, err := store.Open(context.Background(), storetest.SQLiteDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	caughtUp := false
	mux := http.NewServeMux()
	mux.Handle("/healthz", metrics.Healthz())
	mux.Handle("/readyz", metrics.Readyz(map[string]metrics.Check{
		"store": metrics.StoreCheck(st),
		"indexer": func(context.Context) error {
			if !caughtUp {
				return errNotYet
			}
			return nil
		},
	}))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	get := func(path string) (int, string) {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var b strings.Builder
		_, _ = io.Copy(&b, res.Body)
		return res.StatusCode, b.String()
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, `"ok"`) {
		t.Fatalf("healthz: %d %s", code, body)
	}
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, `"indexer":"not caught up"`) || !strings.Contains(body, `"store":"ok"`) {
		t.Fatalf("readyz before catching up: %d %s", code, body)
	}
	caughtUp = true
	if code, body := get("/readyz"); code != 200 || !strings.Contains(body, `"ready"`) {
		t.Fatalf("readyz: %d %s", code, body)
	}
	st.Close() // the database gone: not ready, and says so
	if code, body := get("/readyz"); code != 503 || strings.Contains(body, `"store":"ok"`) {
		t.Fatalf("readyz with the store closed: %d %s", code, body)
	}
}

var errNotYet = errorString("not caught up")

type errorString string

func (e errorString) Error() string { return string(e) }
