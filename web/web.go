// Package web is the holder page (/) and the consumer page (/consumer):
// static HTML, CSS and a few small ES modules, embedded in the binary (no
// CDN, no build step), that read the /v1 API of the same server and claim
// through the visitor's EIP-1193 wallet (window.ethereum).
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var static embed.FS

// Files are the embedded assets (static/…).
func Files() fs.FS {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder
	}
	return sub
}

// CSP is the pages' Content-Security-Policy: everything from this server,
// nothing inline, no other origin.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

var pages = map[string]string{"/": "index.html", "/consumer": "consumer.html"}

var types = map[string]string{".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
	".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}

// Handler serves the pages at / and /consumer and their assets at
// /assets/…; any other path is 404. It answers only GET and HEAD. Mount it
// beside the API (which it reads at /v1/…) on the same origin.
func Handler() http.Handler {
	files := Files()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed: GET", http.StatusMethodNotAllowed)
			return
		}
		name, ok := pages[r.URL.Path]
		if !ok {
			rest, isAsset := strings.CutPrefix(r.URL.Path, "/assets/")
			if !isAsset || rest == "" || strings.Contains(rest, "/") || strings.HasSuffix(rest, ".html") {
				http.NotFound(w, r)
				return
			}
			name = rest
		}
		b, err := fs.ReadFile(files, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		ct := types[path.Ext(name)]
		if ct == "" {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", ct)
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		w.Write(b)
	})
}
