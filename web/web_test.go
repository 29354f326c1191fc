package web_test

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/web"
)

// TestPagesServedFromTheBinary: both pages and every asset they load come
// from the embedded files with their types and the CSP; nothing in them
// points at another origin (no CDN); other paths and methods are refused.
func TestPagesServedFromTheBinary(t *testing.T) {
	srv := httptest.NewServer(web.Handler())
	defer srv.Close()
	get := func(method, path string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest(method, srv.URL+path, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]+)"|from '([^']+)'`)
	external := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`)
	seen := map[string]bool{}
	var walk func(path string)
	walk = func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		res, body := get(http.MethodGet, path)
		if res.StatusCode != 200 || res.Header.Get("Content-Security-Policy") != web.CSP || res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("GET %s: %d %v", path, res.StatusCode, res.Header)
		}
		if m := external.FindString(body); m != "" {
			t.Errorf("%s refers to another origin: %q", path, m)
		}
		for _, m := range refs.FindAllStringSubmatch(body, -1) {
			ref := m[1] + m[2]
			switch {
			case strings.HasPrefix(ref, "./"):
				walk("/assets/" + strings.TrimPrefix(ref, "./"))
			case strings.HasPrefix(ref, "/assets/"), ref == "/", ref == "/consumer":
				walk(ref)
			}
		}
	}
	walk("/")
	walk("/consumer")
	// Every embedded file is reached from a page (none is dead weight).
	fs.WalkDir(web.Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if !d.IsDir() && !strings.HasSuffix(p, ".html") && !seen["/assets/"+p] {
			t.Errorf("embedded %s is loaded by no page", p)
		}
		return nil
	})
	if !seen["/assets/holder.js"] || !seen["/assets/wallet.js"] || !seen["/assets/consumer.js"] || !seen["/assets/style.css"] {
		t.Fatalf("pages load %v", seen)
	}
	if res, _ := get(http.MethodGet, "/assets/holder.js"); res.Header.Get("Content-Type") != "text/javascript; charset=utf-8" {
		t.Fatalf("module type %q", res.Header.Get("Content-Type"))
	}
	for _, p := range []string{"/nope", "/assets/", "/assets/index.html", "/assets/../web.go", "/assets/missing.js", "/consumer/x"} {
		if res, _ := get(http.MethodGet, p); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, res.StatusCode)
		}
	}
	if res, _ := get(http.MethodPost, "/"); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d, want 405", res.StatusCode)
	}
}
