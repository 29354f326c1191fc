package intake_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

var (
	ctx    = context.Background()
	domain = usage.Domain{ChainID: 31337, VerifyingContract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	meter  = mustKey("intake test meter")
)

func mustKey(seed string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		panic(err)
	}
	return k
}

func event(t testing.TB, id string, qty uint64, d usage.Domain) []byte {
	t.Helper()
	e := &usage.SignedEvent{ID: id, Consumer: common.HexToAddress("0xc0"), PaymentAccount: common.HexToAddress("0xbe"),
		DatasetID: *uint256.NewInt(7), DatasetVersion: 1, Quantity: *uint256.NewInt(qty), Unit: "row",
		Timestamp: 1_700_000_000, ValuationVersion: 1, Mode: engine.ModeStandard}
	if err := e.Sign(meter, d); err != nil {
		t.Fatal(err)
	}
	b, _ := e.MarshalJSON()
	return b
}

type reply struct {
	code int
	body []byte
}

func (r reply) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("answer %d %s: %v", r.code, r.body, err)
	}
}

func do(t *testing.T, srv *httptest.Server, method, path string, body []byte) reply {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, method, srv.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusMethodNotAllowed && resp.Header.Get("Content-Type") != "application/json" {
		t.Errorf("%s %s: content type %q", method, path, resp.Header.Get("Content-Type"))
	}
	return reply{resp.StatusCode, b}
}

type errorBody struct {
	Error, Field, ID string
}

func TestHTTP(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		srv := httptest.NewServer(intake.New(s, domain).Handler(slog.New(slog.NewTextHandler(io.Discard, nil))))
		defer srv.Close()

		post := func(body []byte) reply { return do(t, srv, "POST", "/v1/events", body) }
		var o intake.Outcome
		r := post(event(t, "evt-1", 5, domain))
		if r.decode(t, &o); r.code != 200 || o.Status != intake.Accepted || o.ID != "evt-1" {
			t.Fatalf("first post: %d %s", r.code, r.body)
		}
		r = post(append([]byte("  \n"), event(t, "evt-1", 5, domain)...))
		if r.decode(t, &o); r.code != 200 || o.Status != intake.Duplicate {
			t.Fatalf("second post: %d %s", r.code, r.body)
		}

		rejects := []struct {
			name  string
			body  []byte
			code  int
			field string
		}{
			{"conflict", event(t, "evt-1", 6, domain), 409, "event.id"},
			{"zero quantity", bytes.Replace(event(t, "evt-2", 5, domain), []byte(`"quantity":"5"`), []byte(`"quantity":"0"`), 1), 400, "event.quantity"},
			{"tampered", bytes.Replace(event(t, "evt-2", 5, domain), []byte(`"quantity":"5"`), []byte(`"quantity":"6"`), 1), 400, "event.signature"},
			{"other chain", event(t, "evt-2", 5, usage.Domain{ChainID: 1, VerifyingContract: domain.VerifyingContract}), 400, "event.signature"},
			{"unknown field", bytes.Replace(event(t, "evt-2", 5, domain), []byte(`{`), []byte(`{"x":1,`), 1), 400, "event.x"},
			{"empty body", nil, 400, "event"},
			{"malformed array", []byte(`[{"id":`), 400, "events"},
			{"empty array", []byte(`[]`), 400, "events"},
			{"too many", []byte("[" + strings.Repeat("{},", intake.MaxBatch) + "{}]"), 400, "events"},
		}
		for _, c := range rejects {
			r := post(c.body)
			var eb errorBody
			if r.decode(t, &eb); r.code != c.code || eb.Field != c.field || eb.Error == "" {
				t.Errorf("%s: %d %s; want %d naming %s", c.name, r.code, r.body, c.code, c.field)
			}
		}

		big := bytes.Repeat([]byte(" "), intake.MaxBodyBytes)
		if r := post(append(big, event(t, "evt-big", 5, domain)...)); r.code != 413 {
			t.Errorf("body over 1 MiB: %d %s", r.code, r.body)
		}
		// Exactly at the limit is read (and then judged on content).
		atLimit := append(bytes.Repeat([]byte(" "), intake.MaxBodyBytes-len(event(t, "evt-lim", 5, domain))), event(t, "evt-lim", 5, domain)...)
		if r := post(atLimit); r.code != 200 {
			t.Errorf("body of exactly 1 MiB: %d %s", r.code, r.body)
		}

		// A batch: every element gets its outcome, in order.
		odd := "evt/3 with space"
		batch := fmt.Sprintf("[%s,%s,%s,%s]", event(t, "evt-2", 5, domain), event(t, "evt-1", 5, domain),
			bytes.Replace(event(t, "evt-4", 5, domain), []byte(`"unit":"row"`), []byte(`"unit":""`), 1), event(t, odd, 9, domain))
		var br intake.BatchResponse
		r = post([]byte(batch))
		if r.decode(t, &br); r.code != 200 || br.Accepted != 2 || br.Duplicate != 1 || br.Rejected != 1 || len(br.Results) != 4 {
			t.Fatalf("batch: %d %s", r.code, r.body)
		}
		if res := br.Results[2]; res.Status != intake.Rejected || res.Field != "event.unit" || res.ID != "evt-4" {
			t.Errorf("batch element 2: %+v", res)
		}
		if br.Results[0].Status != intake.Accepted || br.Results[1].Status != intake.Duplicate || br.Results[3].ID != odd {
			t.Errorf("batch results: %+v", br.Results)
		}

		// GET returns the stored canonical bytes.
		r = do(t, srv, "GET", "/v1/events/"+url.PathEscape(odd), nil)
		if want := append(event(t, odd, 9, domain), '\n'); r.code != 200 || !bytes.Equal(r.body, want) {
			t.Errorf("get %q: %d %s, want %s", odd, r.code, r.body, want)
		}
		if r := do(t, srv, "GET", "/v1/events/nope", nil); r.code != 404 {
			t.Errorf("get missing: %d %s", r.code, r.body)
		}
		if r := do(t, srv, "GET", "/healthz", nil); r.code != 200 || !bytes.Contains(r.body, []byte(`"ok"`)) {
			t.Errorf("healthz: %d %s", r.code, r.body)
		}
		if r := do(t, srv, "DELETE", "/v1/events/evt-1", nil); r.code != http.StatusMethodNotAllowed {
			t.Errorf("delete: %d", r.code)
		}
		if n, err := s.CountUsageEvents(ctx); err != nil || n != 4 {
			t.Errorf("stored %d, %v; want 4 (evt-1, evt-lim, evt-2, %q)", n, err, odd)
		}

		// A store that fails is 500, never a rejection. (A closed pool is a real failure.)
		s.Close()
		if r := post(event(t, "evt-5", 5, domain)); r.code != 500 {
			t.Errorf("closed store: %d %s", r.code, r.body)
		}
		if r := post([]byte("[" + string(event(t, "evt-5", 5, domain)) + "]")); r.code != 500 {
			t.Errorf("closed store, batch: %d %s", r.code, r.body)
		}
	})
}
