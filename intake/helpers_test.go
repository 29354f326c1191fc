package intake_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/store"
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

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func unsigned(id string, qty uint64) *usage.SignedEvent {
	return &usage.SignedEvent{ID: id, Consumer: common.HexToAddress("0xc0"), PaymentAccount: common.HexToAddress("0xbe"),
		DatasetID: *uint256.NewInt(7), DatasetVersion: 1, Quantity: *uint256.NewInt(qty), Unit: "row",
		Timestamp: 1_700_000_000, ValuationVersion: 1, Mode: engine.ModeStandard}
}

// eventBy is the canonical JSON of an event signed by key under d.
func eventBy(t testing.TB, key *ecdsa.PrivateKey, id string, qty uint64, d usage.Domain) []byte {
	t.Helper()
	e := unsigned(id, qty)
	if err := e.Sign(key, d); err != nil {
		t.Fatal(err)
	}
	b, _ := e.MarshalJSON()
	return b
}

func event(t testing.TB, id string, qty uint64, d usage.Domain) []byte {
	return eventBy(t, meter, id, qty, d)
}

// withMetadata is an event of meter carrying a commitment to data, in its
// submission form (plaintext beside it).
func withMetadata(t testing.TB, id, data string) []byte {
	t.Helper()
	m := &usage.Metadata{Data: data}
	copy(m.Salt[:], crypto.Keccak256([]byte("salt of "+id)))
	e := unsigned(id, 3)
	e.MetadataCommitment = m.Commitment()
	if err := e.Sign(meter, domain); err != nil {
		t.Fatal(err)
	}
	return e.MarshalSubmission(m)
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// clock is the rate limiters' clock in tests: it moves only when told.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// env is an intake over a store with a key file, API keys and an HTTP server.
type env struct {
	t      testing.TB
	s      *store.Store
	in     *intake.Intake
	keys   *keyring.File
	keyDir string
	srv    *httptest.Server
	logs   *syncBuffer
	clock  *clock
	tokens map[common.Address]string
}

type envOpts struct {
	limits  intake.Limits
	noKeys  bool
	authTTL time.Duration
}

func newEnv(t testing.TB, s *store.Store, o envOpts) *env {
	t.Helper()
	e := &env{t: t, s: s, logs: &syncBuffer{}, clock: &clock{t: time.Unix(1_800_000_000, 0)}, tokens: map[common.Address]string{}}
	var opts []intake.Option
	if !o.noKeys {
		e.keyDir = t.TempDir()
		path := filepath.Join(e.keyDir, "keys.json")
		if err := keyring.AddKey(path, "k1"); err != nil {
			t.Fatal(err)
		}
		f, err := keyring.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		e.keys = f
		opts = append(opts, intake.WithKeys(f))
	}
	e.in = intake.New(s, domain, opts...)
	log := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h, err := e.in.Handler(intake.HandlerConfig{Auth: intake.NewAuthenticator(s, o.authTTL).WithClock(e.clock.Now), Limits: o.limits, Log: log, Now: e.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	e.srv = httptest.NewServer(h)
	t.Cleanup(e.srv.Close)
	return e
}

// token makes (once) an API key for the meter of key.
func (e *env) token(key *ecdsa.PrivateKey) string {
	e.t.Helper()
	m := addr(key)
	if tok, ok := e.tokens[m]; ok {
		return tok
	}
	tok, c, err := intake.NewAPIKey(m, "test", time.Now())
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.s.InsertMeterCredential(ctx, c); err != nil {
		e.t.Fatal(err)
	}
	e.tokens[m] = tok
	return tok
}

type reply struct {
	code   int
	header http.Header
	body   []byte
}

func (r reply) decode(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("answer %d %s: %v", r.code, r.body, err)
	}
}

func (r reply) errorBody(t testing.TB) intake.ErrorBody {
	t.Helper()
	var eb intake.ErrorBody
	r.decode(t, &eb)
	return eb
}

// do sends a request with the token (none when empty) and checks that every
// answer is JSON.
func (e *env) do(method, path, token string, body []byte) reply {
	e.t.Helper()
	return doURL(e.t, e.srv.Client(), e.srv.URL, method, path, token, body)
}

func doURL(t testing.TB, c *http.Client, base, method, path, token string, body []byte) reply {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, method, base+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Header.Get("Content-Type") != "application/json" {
		t.Errorf("%s %s: content type %q (%d %s)", method, path, resp.Header.Get("Content-Type"), resp.StatusCode, b)
	}
	return reply{resp.StatusCode, resp.Header, b}
}

func batchOf(items ...[]byte) []byte {
	return []byte("[" + string(bytes.Join(items, []byte(","))) + "]")
}

func ids(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s-%04d", prefix, i)
	}
	return out
}

type bigInt = big.Int

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
