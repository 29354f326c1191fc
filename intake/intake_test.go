package intake_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
)

func TestHTTP(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{})
		tok := e.token(meter)
		post := func(body []byte) reply { return e.do("POST", "/v1/events", tok, body) }
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
			name    string
			body    []byte
			code    int
			errCode string
			field   string
		}{
			{"conflict", event(t, "evt-1", 6, domain), 409, intake.CodeConflict, "event.id"},
			{"zero quantity", bytes.Replace(event(t, "evt-2", 5, domain), []byte(`"quantity":"5"`), []byte(`"quantity":"0"`), 1), 400, intake.CodeInvalid, "event.quantity"},
			{"tampered", bytes.Replace(event(t, "evt-2", 5, domain), []byte(`"quantity":"5"`), []byte(`"quantity":"6"`), 1), 400, intake.CodeWrongSigner, "event.signature"},
			{"other chain", event(t, "evt-2", 5, usage.Domain{ChainID: 1, VerifyingContract: domain.VerifyingContract}), 400, intake.CodeWrongDomain, "event.signature"},
			{"high s", highS(t, event(t, "evt-2", 5, domain)), 400, intake.CodeBadSignature, "event.signature"},
			{"unknown field", bytes.Replace(event(t, "evt-2", 5, domain), []byte(`{`), []byte(`{"x":1,`), 1), 400, intake.CodeInvalid, "event.x"},
			{"empty body", nil, 400, intake.CodeInvalid, "event"},
			{"malformed array", []byte(`[{"id":`), 400, intake.CodeBadRequest, "events"},
			{"empty array", []byte(`[]`), 400, intake.CodeBadRequest, "events"},
			{"too many", []byte("[" + strings.Repeat("{},", intake.MaxBatch) + "{}]"), 400, intake.CodeBadRequest, "events"},
		}
		for _, c := range rejects {
			r := post(c.body)
			if eb := r.errorBody(t); r.code != c.code || eb.Code != c.errCode || eb.Field != c.field || eb.Error == "" {
				t.Errorf("%s: %d %s; want %d %s naming %s", c.name, r.code, r.body, c.code, c.errCode, c.field)
			}
		}
		if r := post(event(t, "evt-2", 5, usage.Domain{ChainID: 1, VerifyingContract: domain.VerifyingContract})); !strings.Contains(string(r.body), "chain id 1 and") {
			t.Errorf("wrong domain does not say which domain verifies: %s", r.body)
		}

		big := bytes.Repeat([]byte(" "), intake.MaxBodyBytes)
		if r := post(append(big, event(t, "evt-big", 5, domain)...)); r.code != 413 || r.errorBody(t).Code != intake.CodeTooLarge {
			t.Errorf("body over 1 MiB: %d %s", r.code, r.body)
		}
		// Exactly at the limit is read (and then judged on content).
		atLimit := append(bytes.Repeat([]byte(" "), intake.MaxBodyBytes-len(event(t, "evt-lim", 5, domain))), event(t, "evt-lim", 5, domain)...)
		if r := post(atLimit); r.code != 200 {
			t.Errorf("body of exactly 1 MiB: %d %s", r.code, r.body)
		}

		// A batch: every element gets its outcome, in order.
		odd := "evt/3 with space"
		batch := batchOf(event(t, "evt-2", 5, domain), event(t, "evt-1", 5, domain),
			bytes.Replace(event(t, "evt-4", 5, domain), []byte(`"unit":"row"`), []byte(`"unit":""`), 1), event(t, odd, 9, domain))
		var br intake.BatchResponse
		r = post(batch)
		if r.decode(t, &br); r.code != 200 || br.Accepted != 2 || br.Duplicate != 1 || br.Rejected != 1 || len(br.Results) != 4 {
			t.Fatalf("batch: %d %s", r.code, r.body)
		}
		if res := br.Results[2]; res.Status != intake.Rejected || res.Field != "event.unit" || res.ID != "evt-4" || res.Code != intake.CodeInvalid {
			t.Errorf("batch result 2: %+v", res)
		}
		if br.Results[0].Status != intake.Accepted || br.Results[1].Status != intake.Duplicate || br.Results[3].ID != odd {
			t.Errorf("batch results: %+v", br.Results)
		}

		// GET returns the stored canonical bytes, to the meter that signed them.
		r = e.do("GET", "/v1/events/"+url.PathEscape(odd), tok, nil)
		if want := append(event(t, odd, 9, domain), '\n'); r.code != 200 || !bytes.Equal(r.body, want) {
			t.Errorf("get %q: %d %s, want %s", odd, r.code, r.body, want)
		}
		other := mustKey("another meter")
		if r := e.do("GET", "/v1/events/"+url.PathEscape(odd), e.token(other), nil); r.code != 404 {
			t.Errorf("get another meter's event: %d %s", r.code, r.body)
		}
		if r := e.do("GET", "/v1/events/"+url.PathEscape(odd), "", nil); r.code != 401 {
			t.Errorf("get without credentials: %d %s", r.code, r.body)
		}
		if r := e.do("GET", "/v1/events/nope", tok, nil); r.code != 404 || r.errorBody(t).Code != intake.CodeNotFound {
			t.Errorf("get missing: %d %s", r.code, r.body)
		}
		if r := e.do("GET", "/healthz", "", nil); r.code != 200 || !bytes.Contains(r.body, []byte(`"ok"`)) {
			t.Errorf("healthz: %d %s", r.code, r.body)
		}
		if r := e.do("DELETE", "/v1/events/evt-1", tok, nil); r.code != http.StatusMethodNotAllowed || r.errorBody(t).Code != intake.CodeMethodNotAllowed {
			t.Errorf("delete: %d %s", r.code, r.body)
		}
		if r := e.do("GET", "/v1/events", tok, nil); r.code != http.StatusMethodNotAllowed {
			t.Errorf("GET /v1/events: %d %s", r.code, r.body)
		}
		if r := e.do("GET", "/nope", "", nil); r.code != 404 || r.errorBody(t).Code != intake.CodeNotFound {
			t.Errorf("unknown path: %d %s", r.code, r.body)
		}
		if n, err := s.CountUsageEvents(ctx); err != nil || n != 4 {
			t.Errorf("stored %d, %v; want 4 (evt-1, evt-lim, evt-2, %q)", n, err, odd)
		}

		// A store that fails is 500, never a rejection. (A closed pool is a real failure.)
		s.Close()
		if r := post(event(t, "evt-5", 5, domain)); r.code != 500 {
			t.Errorf("closed store: %d %s", r.code, r.body)
		}
	})
}

// highS replaces an event's signature by its malleable twin (r, n−s, v^1).
func highS(t testing.TB, body []byte) []byte {
	t.Helper()
	ev, err := usage.Decode(body)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := new(bigInt).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	s := new(bigInt).SetBytes(ev.Signature[32:64])
	new(bigInt).Sub(n, s).FillBytes(ev.Signature[32:64])
	ev.Signature[64] ^= 1
	b, _ := ev.MarshalJSON()
	return b
}

// TestRejections: every way a request is refused, one table, with the
// status, the stable code and what was stored.
func TestRejections(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		limits := intake.Limits{PerMeter: 10, PerMeterBurst: intake.MaxBatch, Global: 1000, GlobalBurst: 2 * intake.MaxBatch}
		e := newEnv(t, s, envOpts{limits: limits})
		tok := e.token(meter)
		other := mustKey("other meter")
		otherTok := e.token(other)
		revokedKey := mustKey("revoked meter")
		revoked := e.token(revokedKey)
		if _, err := s.RevokeMeterCredential(ctx, strings.Split(revoked, "_")[1], time.Now().Unix()); err != nil {
			t.Fatal(err)
		}
		wrongSecret := tok[:len(tok)-1] + map[bool]string{true: "0", false: "1"}[strings.HasSuffix(tok, "1")]
		unknownID := "rk_00000000000000ff" + tok[len("rk_0000000000000000"):]

		cases := []struct {
			name   string
			token  string
			header string // a raw Authorization value instead of a token
			body   []byte
			status int
			code   string
			field  string
			stored bool
			retry  bool
		}{
			{"credentials missing", "", "", event(t, "r-1", 1, domain), 401, intake.CodeUnauthenticated, "", false, false},
			{"not a bearer token", "", "Basic dXNlcjpwYXNz", event(t, "r-2", 1, domain), 401, intake.CodeUnauthenticated, "", false, false},
			{"malformed key", "rk_123", "", event(t, "r-3", 1, domain), 401, intake.CodeUnauthenticated, "", false, false},
			{"unknown key id", unknownID, "", event(t, "r-4", 1, domain), 401, intake.CodeUnauthenticated, "", false, false},
			{"wrong secret", wrongSecret, "", event(t, "r-5", 1, domain), 401, intake.CodeUnauthenticated, "", false, false},
			{"revoked key", revoked, "", eventBy(t, revokedKey, "r-6", 1, domain), 401, intake.CodeKeyRevoked, "", false, false},
			{"wrong meter for the credentials", otherTok, "", event(t, "r-7", 1, domain), 403, intake.CodeWrongMeter, "event.meter", false, false},
			{"the credentials' own meter", otherTok, "", eventBy(t, other, "r-8", 1, domain), 200, "", "", true, false},
			{"oversized", tok, "", append(bytes.Repeat([]byte(" "), intake.MaxBodyBytes), '1'), 413, intake.CodeTooLarge, "", false, false},
			{"too many events", tok, "", []byte("[" + strings.Repeat("{},", intake.MaxBatch) + "{}]"), 400, intake.CodeBadRequest, "events", false, false},
			// 10 events/s, burst 1000: a batch of 1000 empties the bucket, the next event is over the rate.
			{"a full burst", tok, "", batchOf(fillBatch(t, "burst", intake.MaxBatch)...), 200, "", "", true, false},
			{"over the rate", tok, "", event(t, "r-9", 1, domain), 429, intake.CodeRateLimited, "", false, true},
			{"another meter is not limited by it", otherTok, "", eventBy(t, other, "r-10", 1, domain), 200, "", "", true, false},
		}
		for _, c := range cases {
			req, _ := http.NewRequestWithContext(ctx, "POST", e.srv.URL+"/v1/events", bytes.NewReader(c.body))
			switch {
			case c.header != "":
				req.Header.Set("Authorization", c.header)
			case c.token != "":
				req.Header.Set("Authorization", "Bearer "+c.token)
			}
			resp, err := e.srv.Client().Do(req)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			var eb intake.ErrorBody
			b := new(bytes.Buffer)
			b.ReadFrom(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				if err := jsonUnmarshal(b.Bytes(), &eb); err != nil {
					t.Errorf("%s: %d, not a JSON error: %s", c.name, resp.StatusCode, b)
				}
			}
			if resp.StatusCode != c.status || eb.Code != c.code || eb.Field != c.field {
				t.Errorf("%s: %d %s; want %d %q at %q", c.name, resp.StatusCode, b, c.status, c.code, c.field)
			}
			if got := resp.Header.Get("Retry-After"); c.retry != (got != "") || (c.retry && got != "1") {
				t.Errorf("%s: Retry-After %q", c.name, got)
			}
			if c.status == 401 && resp.Header.Get("WWW-Authenticate") == "" {
				t.Errorf("%s: 401 without WWW-Authenticate", c.name)
			}
		}
		// What was stored: the two accepted single events and the full batch, nothing of the refused.
		if n, _ := s.CountUsageEvents(ctx); n != 2+intake.MaxBatch {
			t.Errorf("stored %d events, want %d", n, 2+intake.MaxBatch)
		}
		for _, id := range []string{"r-1", "r-5", "r-6", "r-7", "r-9"} {
			if _, err := s.UsageEvent(ctx, id); err == nil {
				t.Errorf("%s was stored", id)
			}
		}
		// Time refills the bucket: after 0.1 s, one event passes.
		e.clock.Advance(100 * time.Millisecond)
		if r := e.do("POST", "/v1/events", tok, event(t, "r-9", 1, domain)); r.code != 200 {
			t.Errorf("after the refill: %d %s", r.code, r.body)
		}

		// In a batch, another meter's event is rejected on its own; the rest is stored.
		e.clock.Advance(time.Hour)
		var br intake.BatchResponse
		r := e.do("POST", "/v1/events", tok, batchOf(event(t, "mix-1", 1, domain), eventBy(t, other, "mix-2", 1, domain)))
		if r.decode(t, &br); r.code != 200 || br.Accepted != 1 || br.Results[1].Code != intake.CodeWrongMeter || br.Results[1].Field != "event.meter" {
			t.Errorf("mixed batch: %d %s", r.code, r.body)
		}
		// A revoked key stays refused, and the key's log line names only its id.
		if logs := e.logs.String(); strings.Contains(logs, strings.Split(revoked, "_")[2]) || strings.Contains(logs, tok) {
			t.Errorf("a secret reached the log:\n%s", logs)
		}
	})
}

// TestGlobalLimit: the global bucket holds all meters together.
func TestGlobalLimit(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{limits: intake.Limits{Global: 100, GlobalBurst: intake.MaxBatch}})
		a, b := mustKey("global a"), mustKey("global b")
		var batch [][]byte
		for i := 0; i < intake.MaxBatch; i++ {
			batch = append(batch, eventBy(t, a, fmt.Sprintf("g-a-%d", i), 1, domain))
		}
		if r := e.do("POST", "/v1/events", e.token(a), batchOf(batch...)); r.code != 200 {
			t.Fatalf("first burst: %d %s", r.code, r.body)
		}
		r := e.do("POST", "/v1/events", e.token(b), eventBy(t, b, "g-b", 1, domain))
		if r.code != 429 || r.errorBody(t).Code != intake.CodeRateLimited || r.header.Get("Retry-After") != "1" {
			t.Fatalf("other meter over the global rate: %d %s %v", r.code, r.body, r.header)
		}
		e.clock.Advance(10 * time.Millisecond)
		if r := e.do("POST", "/v1/events", e.token(b), eventBy(t, b, "g-b", 1, domain)); r.code != 200 {
			t.Fatalf("after the refill: %d %s", r.code, r.body)
		}
	})
}

// TestAuthFailuresLimited: a flood of bad keys is answered 429 once over the
// failure rate, so guessing costs the guesser time.
func TestAuthFailuresLimited(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{limits: intake.Limits{AuthFailures: 5}})
		codes := map[int]int{}
		for i := 0; i < 8; i++ {
			codes[e.do("POST", "/v1/events", "rk_bad", event(t, "x", 1, domain)).code]++
		}
		if codes[401] != 5 || codes[429] != 3 {
			t.Fatalf("answers %v, want 5×401 then 3×429", codes)
		}
		if r := e.do("POST", "/v1/events", e.token(meter), event(t, "x", 1, domain)); r.code != 200 {
			t.Fatalf("a valid key while failures are limited: %d %s", r.code, r.body)
		}
	})
}

// TestRevocationTakesEffect: with a credential cache, a revoked key keeps
// working only until its cache entry is older than the TTL.
func TestRevocationTakesEffect(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{authTTL: time.Minute})
		tok := e.token(meter)
		if r := e.do("POST", "/v1/events", tok, event(t, "a", 1, domain)); r.code != 200 {
			t.Fatalf("%d %s", r.code, r.body)
		}
		if _, err := s.RevokeMeterCredential(ctx, strings.Split(tok, "_")[1], 1); err != nil {
			t.Fatal(err)
		}
		if r := e.do("POST", "/v1/events", tok, event(t, "b", 1, domain)); r.code != 200 {
			t.Fatalf("within the TTL (documented delay): %d %s", r.code, r.body)
		}
		e.clock.Advance(time.Minute)
		if r := e.do("POST", "/v1/events", tok, event(t, "c", 1, domain)); r.code != 401 || r.errorBody(t).Code != intake.CodeKeyRevoked {
			t.Fatalf("after the TTL: %d %s", r.code, r.body)
		}
	})
}

func fillBatch(t testing.TB, prefix string, n int) [][]byte {
	out := make([][]byte, n)
	for i, id := range ids(prefix, n) {
		out[i] = event(t, id, 1, domain)
	}
	return out
}
