package intake_test

import (
	"bytes"
	"crypto/tls"
	"errors"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/internal/tlstest"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

func TestServerConfigCheck(t *testing.T) {
	base := intake.DefaultServerConfig
	cases := []struct {
		name   string
		edit   func(c *intake.ServerConfig)
		plain  bool // ErrPlainHTTP
		wantOK bool
	}{
		{"loopback v4", func(c *intake.ServerConfig) { c.Listen = "127.0.0.1:0" }, false, true},
		{"loopback v6", func(c *intake.ServerConfig) { c.Listen = "[::1]:0" }, false, true},
		{"localhost", func(c *intake.ServerConfig) { c.Listen = "localhost:0" }, false, true},
		{"every interface", func(c *intake.ServerConfig) { c.Listen = ":8580" }, true, false},
		{"0.0.0.0", func(c *intake.ServerConfig) { c.Listen = "0.0.0.0:8580" }, true, false},
		{"a LAN address", func(c *intake.ServerConfig) { c.Listen = "192.168.1.20:8580" }, true, false},
		{"a host name", func(c *intake.ServerConfig) { c.Listen = "intake.example:8580" }, true, false},
		{"public with --insecure-http", func(c *intake.ServerConfig) { c.Listen, c.InsecureHTTP = "0.0.0.0:8580", true }, false, true},
		{"public with TLS", func(c *intake.ServerConfig) { c.Listen, c.TLSCert, c.TLSKey = "0.0.0.0:8580", "c.pem", "k.pem" }, false, true},
		{"cert without key", func(c *intake.ServerConfig) { c.TLSCert = "c.pem" }, false, false},
		{"no port", func(c *intake.ServerConfig) { c.Listen = "127.0.0.1" }, false, false},
		{"zero timeout", func(c *intake.ServerConfig) { c.ReadHeaderTimeout = 0 }, false, false},
	}
	for _, c := range cases {
		cfg := base
		c.edit(&cfg)
		err := cfg.Check()
		if (err == nil) != c.wantOK || errors.Is(err, intake.ErrPlainHTTP) != c.plain {
			t.Errorf("%s: Check = %v", c.name, err)
		}
	}
}

// serve runs an intake server with cfg for the test.
func serve(t *testing.T, e *env, cfg intake.ServerConfig) *intake.Server {
	t.Helper()
	h, err := e.in.Handler(intake.HandlerConfig{Auth: intake.NewAuthenticator(e.s, 0), Limits: intake.DefaultLimits})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := intake.Listen(cfg, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve() }()
	t.Cleanup(func() {
		srv.Close()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return srv
}

// closedWithin reads from c until the server closes it (or answers and
// closes); it fails the test if that takes longer than limit, which is a
// liveness bound, far above the server's own timeouts.
func closedWithin(t *testing.T, c net.Conn, limit time.Duration) []byte {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(limit))
	b, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server kept a slow connection open for %s", limit)
	}
	return b
}

// TestSlowClients: a client that sends its headers or its body too slowly is
// cut off, stores nothing, and cannot keep the server's connection slots.
func TestSlowClients(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{})
		cfg := intake.DefaultServerConfig
		cfg.Listen, cfg.ReadHeaderTimeout, cfg.ReadTimeout, cfg.MaxConns = "127.0.0.1:0", 300*time.Millisecond, time.Second, 2
		srv := serve(t, e, cfg)
		tok := e.token(meter)
		body := event(t, "slow-1", 1, domain)

		// Headers trickled in: cut after ReadHeaderTimeout.
		slowHeaders, err := net.Dial("tcp", srv.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer slowHeaders.Close()
		io.WriteString(slowHeaders, "POST /v1/events HTTP/1.1\r\nHost: intake\r\n")
		// Headers sent, body trickled: cut after ReadTimeout.
		slowBody, err := net.Dial("tcp", srv.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer slowBody.Close()
		io.WriteString(slowBody, "POST /v1/events HTTP/1.1\r\nHost: intake\r\nAuthorization: Bearer "+tok+
			"\r\nContent-Type: application/json\r\nContent-Length: "+itoa(len(body))+"\r\n\r\n"+string(body[:10]))

		// Both slots are taken; a normal request waits for them, then is served.
		served := make(chan reply, 1)
		go func() {
			served <- doURL(t, http.DefaultClient, srv.URL(), "POST", "/v1/events", tok, event(t, "fast-1", 1, domain))
		}()

		if got := closedWithin(t, slowHeaders, 20*time.Second); len(got) > 0 && !bytes.HasPrefix(got, []byte("HTTP/1.1 408")) {
			t.Errorf("slow headers answered %q", got)
		}
		if got := closedWithin(t, slowBody, 20*time.Second); len(got) > 0 && !bytes.Contains(got, []byte(" 400 ")) {
			t.Errorf("slow body answered %q", got)
		}
		select {
		case r := <-served:
			if r.code != 200 {
				t.Errorf("the request queued behind slow clients: %d %s", r.code, r.body)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("a normal request was never served while slow clients held the slots")
		}
		if _, err := s.UsageEvent(ctx, "slow-1"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("the slow body's event was stored: %v", err)
		}
		// Headers over the limit are refused (net/http allows 4 KiB of slack).
		big := strings.Repeat("a", cfg.MaxHeaderBytes+8<<10)
		req, _ := http.NewRequest("GET", srv.URL()+"/healthz", nil)
		req.Header.Set("X-Big", big)
		if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("oversized headers: %v %v", resp, err)
		} else {
			resp.Body.Close()
		}
	})
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// TestTLS: the binary serves TLS itself; every bad TLS use is refused and
// stores nothing.
func TestTLS(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{})
		certFile, keyFile, pool := tlstest.SelfSigned(t)
		cfg := intake.DefaultServerConfig
		cfg.Listen, cfg.TLSCert, cfg.TLSKey = "127.0.0.1:0", certFile, keyFile
		srv := serve(t, e, cfg)
		if !strings.HasPrefix(srv.URL(), "https://") {
			t.Fatalf("URL %s", srv.URL())
		}
		tok := e.token(meter)
		good := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
		if r := doURL(t, good, srv.URL(), "POST", "/v1/events", tok, event(t, "tls-ok", 1, domain)); r.code != 200 {
			t.Fatalf("over TLS: %d %s", r.code, r.body)
		}

		post := func(c *http.Client, base, id string) (*http.Response, error) {
			req, _ := http.NewRequest("POST", base+"/v1/events", bytes.NewReader(event(t, id, 1, domain)))
			req.Header.Set("Authorization", "Bearer "+tok)
			return c.Do(req)
		}
		bad := []struct {
			name   string
			client *http.Client
			base   string
			status int // 0: the connection fails
		}{
			{"plain HTTP to the TLS port", http.DefaultClient, "http://" + srv.Addr().String(), 400},
			{"a certificate the client does not trust", &http.Client{Transport: &http.Transport{}}, srv.URL(), 0},
			{"TLS 1.1", &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}}}, srv.URL(), 0},
			{"another host name", &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, ServerName: "intake.example"}}}, srv.URL(), 0},
		}
		for i, c := range bad {
			id := "tls-bad-" + itoa(i)
			resp, err := post(c.client, c.base, id)
			switch {
			case c.status == 0 && err == nil:
				resp.Body.Close()
				t.Errorf("%s: answered %d, want a failed connection", c.name, resp.StatusCode)
			case c.status != 0 && (err != nil || resp.StatusCode != c.status):
				t.Errorf("%s: %v %v, want %d", c.name, resp, err, c.status)
			}
			if resp != nil && err == nil {
				resp.Body.Close()
			}
			if _, err := s.UsageEvent(ctx, id); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("%s: the event was stored", c.name)
			}
		}

		// A key that is not the certificate's, or missing files, fail at start.
		otherCert, _, _ := tlstest.SelfSigned(t)
		for name, files := range map[string][2]string{"key of another certificate": {otherCert, keyFile}, "missing file": {certFile, keyFile + ".nope"}} {
			cfg.TLSCert, cfg.TLSKey = files[0], files[1]
			if _, err := intake.Listen(cfg, http.NotFoundHandler(), nil); err == nil {
				t.Errorf("%s: Listen succeeded", name)
			}
		}
		// Plain HTTP on every interface is refused at start.
		plain := intake.DefaultServerConfig
		plain.Listen = "0.0.0.0:0"
		if _, err := intake.Listen(plain, http.NotFoundHandler(), nil); !errors.Is(err, intake.ErrPlainHTTP) {
			t.Errorf("plain HTTP on 0.0.0.0: %v", err)
		}
	})
}
