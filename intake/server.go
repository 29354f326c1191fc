package intake

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// ServerConfig is how the intake listens: TLS served by the process, plain
// HTTP only on a loopback address unless InsecureHTTP says otherwise, and the
// limits that keep slow or greedy clients from holding it.
type ServerConfig struct {
	Listen       string // host:port; port 0 picks one
	TLSCert      string // PEM certificate chain file; with TLSKey, serve HTTPS
	TLSKey       string // PEM private key file
	InsecureHTTP bool   // allow plain HTTP on a non-loopback address (behind a TLS-terminating proxy)

	ReadHeaderTimeout time.Duration // a client must send its headers within this (Slowloris)
	ReadTimeout       time.Duration // ... and its whole request within this
	WriteTimeout      time.Duration // the answer must be written within this
	IdleTimeout       time.Duration // a keep-alive connection waits this long for the next request
	MaxHeaderBytes    int
	MaxConns          int // connections served at once; more wait in the kernel's backlog
}

// DefaultServerConfig is what `royalty serve` starts from.
var DefaultServerConfig = ServerConfig{
	Listen:            "127.0.0.1:8580",
	ReadHeaderTimeout: 5 * time.Second,
	ReadTimeout:       30 * time.Second, // a 1 MiB body at a slow client's pace, no longer
	WriteTimeout:      60 * time.Second, // 1000 events verified and stored
	IdleTimeout:       60 * time.Second,
	MaxHeaderBytes:    16 << 10,
	MaxConns:          512,
}

// ErrPlainHTTP: plain HTTP asked for on an address other hosts can reach.
var ErrPlainHTTP = errors.New("plain HTTP is served only on a loopback address: give --tls-cert and --tls-key, or --insecure-http when a TLS proxy is in front")

// Check reports a configuration that would serve insecurely or not at all.
func (c *ServerConfig) Check() error {
	if (c.TLSCert == "") != (c.TLSKey == "") {
		return errors.New("serve: --tls-cert and --tls-key go together")
	}
	host, _, err := net.SplitHostPort(c.Listen)
	if err != nil {
		return fmt.Errorf("serve: listen address %q: %w", c.Listen, err)
	}
	if c.TLSCert == "" && !c.InsecureHTTP && !isLoopback(host) {
		return fmt.Errorf("serve: listen address %q: %w", c.Listen, ErrPlainHTTP)
	}
	switch {
	case c.ReadHeaderTimeout <= 0, c.ReadTimeout <= 0, c.WriteTimeout <= 0, c.IdleTimeout <= 0:
		return errors.New("serve: every timeout must be positive")
	case c.MaxHeaderBytes <= 0 || c.MaxConns <= 0:
		return errors.New("serve: header and connection limits must be positive")
	}
	return nil
}

// isLoopback: "localhost" or a loopback IP; an empty host (every interface)
// or any other name is not.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Server is the intake's HTTP(S) server.
type Server struct {
	srv *http.Server
	ln  net.Listener
	tls bool
}

// Listen checks cfg, opens the listener (TLS if configured) and returns a
// server ready to Serve h.
func Listen(cfg ServerConfig, h http.Handler, log *slog.Logger) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	var tlsConf *tls.Config
	if cfg.TLSCert != "" {
		cert, err := tls.LoadX509KeyPair(cfg.TLSCert, cfg.TLSKey)
		if err != nil {
			return nil, fmt.Errorf("serve: load TLS certificate and key: %w", err)
		}
		tlsConf = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	if tlsConf == nil && !cfg.InsecureHTTP {
		// "localhost" could resolve anywhere: check what was bound.
		if a, ok := ln.Addr().(*net.TCPAddr); !ok || !a.IP.IsLoopback() {
			ln.Close()
			return nil, fmt.Errorf("serve: bound %s: %w", ln.Addr(), ErrPlainHTTP)
		}
	}
	ln = &limitListener{Listener: ln, slots: make(chan struct{}, cfg.MaxConns), done: make(chan struct{})}
	if tlsConf != nil {
		ln = tls.NewListener(ln, tlsConf)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    cfg.MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	return &Server{srv: srv, ln: ln, tls: tlsConf != nil}, nil
}

// Addr is the bound address.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// URL is the base URL clients use.
func (s *Server) URL() string {
	if s.tls {
		return "https://" + s.ln.Addr().String()
	}
	return "http://" + s.ln.Addr().String()
}

// Serve serves until Shutdown; it returns nil after a Shutdown.
func (s *Server) Serve() error {
	if err := s.srv.Serve(s.ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Shutdown stops accepting and waits for requests in flight, up to ctx.
func (s *Server) Shutdown(ctx context.Context) error { return s.srv.Shutdown(ctx) }

// Close closes the listener and every connection at once.
func (s *Server) Close() error { return s.srv.Close() }

// limitListener serves at most cap(slots) connections at once: Accept waits
// for a slot, so further clients queue in the kernel's backlog instead of
// each costing a goroutine and buffers.
type limitListener struct {
	net.Listener
	slots chan struct{}
	done  chan struct{}
	once  sync.Once
}

func (l *limitListener) Accept() (net.Conn, error) {
	select {
	case l.slots <- struct{}{}:
	case <-l.done:
		return nil, net.ErrClosed
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &limitConn{Conn: c, release: func() { <-l.slots }}, nil
}

func (l *limitListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return l.Listener.Close()
}

type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
