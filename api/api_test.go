package api_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/api"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

type client struct {
	t    *testing.T
	base string
}

// get answers status, headers and body of GET path (with an optional header).
func (c client) get(path string, hdr ...string) (int, http.Header, []byte) {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	return c.do(req)
}

func (c client) do(req *http.Request) (int, http.Header, []byte) {
	c.t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return res.StatusCode, res.Header, b
}

// json GETs path, wants status and decodes the body into v.
func (c client) json(path string, status int, v any) {
	c.t.Helper()
	code, h, b := c.get(path)
	if code != status {
		c.t.Fatalf("GET %s: %d %s, want %d", path, code, b, status)
	}
	if ct := h.Get("Content-Type"); ct != "application/json" {
		c.t.Fatalf("GET %s: content type %q", path, ct)
	}
	if err := json.Unmarshal(b, v); err != nil {
		c.t.Fatalf("GET %s: %v: %s", path, err, b)
	}
}

// wantError GETs path and wants a JSON error with status, code and field.
func (c client) wantError(path string, status int, code, field string) {
	c.t.Helper()
	var e api.Error
	c.json(path, status, &e)
	if e.Code != code || e.Field != field || e.Error == "" {
		c.t.Fatalf("GET %s: %+v, want code %q field %q", path, e, code, field)
	}
}

func serve(t *testing.T, cfg api.Config) client {
	h, err := api.Handler(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return client{t: t, base: srv.URL}
}

// wrongChecksum is a's EIP-55 form with the case of one letter flipped.
func wrongChecksum(a common.Address) string {
	b := []byte(a.Hex())
	for i := 2; i < len(b); i++ {
		if b[i] >= 'a' && b[i] <= 'f' {
			b[i] -= 'a' - 'A'
			return string(b)
		}
		if b[i] >= 'A' && b[i] <= 'F' {
			b[i] += 'a' - 'A'
			return string(b)
		}
	}
	panic("no letter in " + a.Hex())
}

const atto = "000000000000000000"

// TestAPIOnAClosedEpoch serves a real closed, funded and proposed epoch
// through a real HTTP client on both databases: every route, the CSV forms,
// the claim calldata sent on chain, and the bad requests.
func TestAPIOnAClosedEpoch(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := servicetest.NewClosed(t, st)
		c := serve(t, api.Config{Store: st, Dep: f.W.Dep, Head: func() (uint64, bool) { return 1 << 40, true }})
		patient := f.Parties.Patient

		var list struct{ Epochs []api.EpochSummary }
		c.json("/v1/epochs", 200, &list)
		if len(list.Epochs) != 1 || list.Epochs[0].Epoch != 1 || list.Epochs[0].Stage != "proposed" || list.Epochs[0].LineItems != 1 {
			t.Fatalf("epochs %+v", list.Epochs)
		}
		var ep struct {
			api.EpochSummary
			Transactions []pipeline.ReceiptTx
		}
		c.json("/v1/epochs/1", 200, &ep)
		if ep.Stage != "proposed" || len(ep.Transactions) != 2 || ep.Transactions[0].Action != "fund" || ep.Transactions[1].Action != "propose" {
			t.Fatalf("epoch 1: %+v", ep)
		}

		// Statements, JSON and CSV.
		var rs struct {
			Recipients []struct {
				Account string
				Lines   []struct{ Cumulative, AccruedAtto string }
			}
		}
		c.json("/v1/epochs/1/statements/recipients?account="+patient.Hex(), 200, &rs)
		if len(rs.Recipients) != 1 || rs.Recipients[0].Lines[0].Cumulative != "342000" || rs.Recipients[0].Lines[0].AccruedAtto != "342000"+atto {
			t.Fatalf("patient's statement: %+v", rs)
		}
		code, h, body := c.get("/v1/epochs/1/statements/recipients?format=csv")
		if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
			t.Fatalf("recipients CSV: %d %s", code, h.Get("Content-Type"))
		}
		rows, err := csv.NewReader(strings.NewReader(string(body))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		// Six recipients: three holders, treasury, developer and the consumer's margin.
		if len(rows) != 7 || rows[0][1] != "account" || rows[0][11] != "cumulative" {
			t.Fatalf("recipients CSV: %q", rows)
		}
		found := false
		for _, r := range rows[1:] {
			if common.HexToAddress(r[1]) == patient {
				found = r[11] == "342000" && r[0] == "1"
			}
		}
		if !found {
			t.Fatalf("recipients CSV has no row of the patient with cumulative 342000: %q", rows)
		}
		code, _, body = c.get("/v1/epochs/1/statements/consumers", "Accept", "text/csv, application/json;q=0.5")
		rows, err = csv.NewReader(strings.NewReader(string(body))).ReadAll()
		if code != 200 || err != nil || len(rows) != 2 || common.HexToAddress(rows[1][1]) != f.W.Consumer || rows[1][4] != "2000000"+atto || rows[1][3] != "1" {
			t.Fatalf("consumers CSV: %d %v %q", code, err, rows)
		}
		var cs struct {
			Consumers []struct{ Consumer, OwedAtto string }
		}
		c.json("/v1/epochs/1/statements/consumers?consumer="+f.W.Consumer.Hex(), 200, &cs)
		if len(cs.Consumers) != 1 || cs.Consumers[0].OwedAtto != "2000000"+atto {
			t.Fatalf("consumer statement: %+v", cs)
		}

		// Receipt and explanations.
		var rc pipeline.Receipt
		c.json("/v1/epochs/1/receipt", 200, &rc)
		if rc.Stage != "proposed" || len(rc.Payouts) != 1 || len(rc.Payouts[0].LineItems) != 1 || rc.Payouts[0].LineItems[0].EventID != f.EventID {
			t.Fatalf("receipt %+v", rc)
		}
		var ex pipeline.Explanation
		c.json("/v1/epochs/1/explain?account="+patient.Hex(), 200, &ex)
		if len(ex.Assets) != 1 || len(ex.Assets[0].Events) != 1 {
			t.Fatalf("explanation %+v", ex)
		}
		ev := ex.Assets[0].Events[0]
		if ev.EventID != f.EventID || ev.ValuationVersion != 1 || ev.SnapshotHash != rc.Payouts[0].LineItems[0].SnapshotHash ||
			ev.AmountAtto != "342000"+atto || ev.DatasetVersion == 0 {
			t.Fatalf("explained event %+v", ev)
		}
		for _, sh := range ev.Shares {
			if sh.Kind != "pool" || sh.CfID == "" || sh.Contributor == nil || sh.DataAsset == nil || sh.Holder != patient || sh.Units == "" {
				t.Fatalf("patient's share %+v: want a pool share traced to its CF and contributor", sh)
			}
		}
		var one pipeline.ExplainedEvent
		c.json("/v1/line-items/"+f.EventID+"/explain", 200, &one)
		total := new(big.Int)
		for _, sh := range one.Shares {
			v, _ := new(big.Int).SetString(sh.AmountAtto, 10)
			total.Add(total, v)
		}
		if one.Gross != "2000000" || total.String() != "1900000"+atto { // the net: gross less the reserve held
			t.Fatalf("event explained: gross %s, shares add to %s", one.Gross, total)
		}

		// Status.
		var stat api.Status
		c.json("/v1/status", 200, &stat)
		if stat.Final == 0 || stat.Events.Stored != 1 || stat.Events.Priced != 1 || stat.Events.Accrued != 1 || stat.Head == nil ||
			stat.Lag != (1<<40)-stat.Final || stat.LastEpoch == nil || stat.LastEpoch.Stage != "proposed" {
			t.Fatalf("status %+v", stat)
		}

		// Proofs and calldata: once the root is active, the calldata pays the patient.
		var pr api.Proofs
		c.json("/v1/accounts/"+patient.Hex()+"/proofs", 200, &pr)
		if pr.Epoch != 1 || pr.Account != patient || len(pr.Entitlements) != 1 || pr.Entitlements[0].Cumulative != "342000" || len(pr.ClaimCalldata) < 4 {
			t.Fatalf("proofs %+v", pr)
		}
		f.W.Warp(t, 3601)
		cfg := relayer.DefaultConfig()
		cfg.Tx.Confirmations, cfg.Tx.PollInterval, cfg.Poll = 1, 20*time.Millisecond, 20*time.Millisecond
		if prog, err := f.Epochs.Relay(ctx, f.W.Client, f.W.Keys[0], pipeline.RelayRequest{Epoch: 1, Config: cfg}); err != nil || prog.Stage != relayer.StageActivated {
			t.Fatalf("activate: %+v %v", prog, err)
		}
		c.json("/v1/epochs", 200, &list)
		if list.Epochs[0].Stage != "activated" {
			t.Fatalf("after activation: %+v", list.Epochs)
		}
		dist := royaltydistributor.NewRoyaltyDistributor().Instance(f.W.Client, f.W.Dep.RoyaltyDistributor)
		if _, err := f.W.Chain(0).Transact(ctx, "claim", dist, pr.ClaimCalldata); err != nil {
			t.Fatal(err)
		}
		if got := f.W.Balance(t, patient); got != 342_000 {
			t.Fatalf("patient holds %d after sending the API's calldata, want 342,000", got)
		}

		// Bad requests: each a JSON error with a stable code and the field.
		c.wantError("/v1/epochs/abc", 400, api.CodeBadRequest, "epoch")
		c.wantError("/v1/epochs/0/receipt", 400, api.CodeBadRequest, "epoch")
		c.wantError("/v1/epochs/9", 404, api.CodeUnknownEpoch, "epoch")
		c.wantError("/v1/epochs/9/statements/recipients?format=csv", 404, api.CodeUnknownEpoch, "epoch")
		c.wantError("/v1/epochs/1/statements/recipients?format=xls", 400, api.CodeBadRequest, "format")
		c.wantError("/v1/epochs/1/statements/recipients?account=0xdead", 400, api.CodeBadRequest, "account")
		c.wantError("/v1/epochs/1/statements/consumers?consumer="+patient.Hex(), 404, api.CodeNoStatement, "consumer")
		c.wantError("/v1/accounts/0xnotanaddress/proofs", 400, api.CodeBadRequest, "account")
		c.wantError("/v1/accounts/"+wrongChecksum(patient)+"/proofs", 400, api.CodeBadRequest, "account")
		c.wantError("/v1/accounts/0x000000000000000000000000000000000000dEaD/proofs", 404, api.CodeNoEntitlement, "account")
		c.wantError("/v1/accounts/"+patient.Hex()+"/proofs?epoch=7", 404, api.CodeUnknownEpoch, "epoch")
		c.wantError("/v1/epochs/1/explain", 400, api.CodeBadRequest, "account")
		c.wantError("/v1/epochs/1/explain?account=0x000000000000000000000000000000000000dEaD", 404, api.CodeNoStatement, "account")
		c.wantError("/v1/line-items/no-such-event/explain", 404, api.CodeUnknownEvent, "event")
		c.wantError("/v1/nowhere", 404, api.CodeNotFound, "")

		req, _ := http.NewRequest(http.MethodPost, c.base+"/v1/epochs", strings.NewReader("{}"))
		if code, h, b := c.do(req); code != 405 || h.Get("Allow") != "GET, HEAD" || !strings.Contains(string(b), api.CodeMethodNotAllowed) {
			t.Fatalf("POST: %d %s", code, b)
		}
		req, _ = http.NewRequest(http.MethodGet, c.base+"/v1/epochs", strings.NewReader(strings.Repeat("x", api.MaxBodyBytes+1)))
		if code, _, b := c.do(req); code != 413 || !strings.Contains(string(b), api.CodeTooLarge) {
			t.Fatalf("oversized body: %d %s", code, b)
		}
		// A body of unknown length (chunked) over the limit is refused too.
		req, _ = http.NewRequest(http.MethodGet, c.base+"/v1/epochs", io.MultiReader(strings.NewReader(strings.Repeat("y", api.MaxBodyBytes+1))))
		req.ContentLength = -1
		if code, _, b := c.do(req); code != 413 {
			t.Fatalf("oversized chunked body: %d %s", code, b)
		}
	})
}

// TestAPIRateLimit: a client over its rate is answered 429 with Retry-After
// and a JSON error, before any work; another client is not affected. The
// limiter's clock is frozen, so no token comes back during the test.
func TestAPIRateLimit(t *testing.T) {
	st, err := store.Open(context.Background(), storetest.SQLiteDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Unix(1_700_000_000, 0)
	c := serve(t, api.Config{Store: st, Rate: 1, Burst: 2, Now: func() time.Time { return now }})
	for i := 0; i < 2; i++ {
		var v struct{ Epochs []api.EpochSummary }
		c.json("/v1/epochs", 200, &v)
		if v.Epochs == nil || len(v.Epochs) != 0 {
			t.Fatalf("epochs of an empty store: %+v", v)
		}
	}
	code, h, b := c.get("/v1/epochs")
	var e api.Error
	if err := json.Unmarshal(b, &e); code != 429 || err != nil || e.Code != api.CodeRateLimited || h.Get("Retry-After") != "1" {
		t.Fatalf("third request: %d %s (Retry-After %q)", code, b, h.Get("Retry-After"))
	}
	// The limit is per client address: the same handler seen from another one admits it.
	h2, _ := api.Handler(api.Config{Store: st, Rate: 1, Burst: 2, Now: func() time.Time { return now }})
	for i, addr := range []string{"192.0.2.1:1000", "192.0.2.1:1001", "192.0.2.2:1000"} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/v1/status", nil)
		req.RemoteAddr = addr
		h2.ServeHTTP(rec, req)
		if rec.Code != 200 {
			t.Fatalf("request %d from %s: %d %s", i, addr, rec.Code, rec.Body)
		}
	}
	c.wantError("/v1/status", 429, api.CodeRateLimited, "")
}

// TestOpenAPIDescribesEveryRoute: the served description names every route
// the handler serves, and each route answers (not the 404 of unknown paths).
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	st, err := store.Open(context.Background(), storetest.SQLiteDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c := serve(t, api.Config{Store: st})
	code, h, doc := c.get("/v1/openapi.yaml")
	if code != 200 || h.Get("Content-Type") != "application/yaml" {
		t.Fatalf("openapi: %d %s", code, h.Get("Content-Type"))
	}
	for _, r := range api.Routes {
		if !strings.Contains(string(doc), "\n  "+r+":\n") {
			t.Errorf("openapi.yaml does not describe %s", r)
		}
		path := strings.NewReplacer("{epoch}", "1", "{account}", "0x000000000000000000000000000000000000dEaD", "{event}", "e").Replace(r)
		code, _, b := c.get(path)
		var e api.Error
		_ = json.Unmarshal(b, &e)
		if e.Code == api.CodeNotFound {
			t.Errorf("GET %s: %d %s: the route is not served", path, code, b)
		}
	}
}

// TestAPITimeout: an answer that cannot be made within the server's time
// limit is a 503 with the stable code, never a partial or empty 200.
func TestAPITimeout(t *testing.T) {
	st, err := store.Open(context.Background(), storetest.SQLiteDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c := serve(t, api.Config{Store: st, Timeout: time.Nanosecond})
	for _, path := range []string{"/v1/status", "/v1/epochs", "/v1/epochs/1/statements/recipients?format=csv"} {
		c.wantError(path, 503, api.CodeTimeout, "")
	}
}
