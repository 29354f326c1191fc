package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/api"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
	"github.com/dataroyalty/royalty/web"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "verify and store signed usage events, one JSON object per line",
		ArgsUsage: "[FILE|-]",
		Description: "Reads signed usage events (docs/usage-events.md) as JSON lines from FILE, or stdin when FILE is - or\n" +
			"absent; blank lines are skipped. Each event is verified against the deployment's EIP-712 domain and\n" +
			"stored in its own transaction, so every valid line is stored whatever the others hold. A line may carry\n" +
			"its metadata plaintext (\"metadata\", as sign-event prints it): it is sealed under --metadata-key-file's\n" +
			"current key, and refused without one. Prints\n" +
			"the counts and a table of rejected lines; with --json\n" +
			"{\"accepted\":N,\"duplicate\":N,\"rejected\":[{\"line\":N,\"id\":…,\"code\":…,\"error\":…}]}. Exits 2 if any line was rejected.",
		Flags:  []cli.Flag{dbFlag, requiredDeployment(), metadataKeyFileFlag(false), jsonFlag()},
		Action: runIngest,
	}
}

// metadataKeyFileFlag is the key file that seals (or opens) metadata plaintext.
func metadataKeyFileFlag(required bool) cli.Flag {
	return &cli.StringFlag{Name: "metadata-key-file", Required: required, EnvVars: []string{"ROYALTY_METADATA_KEY_FILE"},
		Usage: "key file sealing usage-event metadata (royalty keys add makes one; mode 0600)"}
}

// metadataKeys opens --metadata-key-file, or returns nil when it is not given.
func metadataKeys(c *cli.Context) (*keyring.File, error) {
	path := c.String("metadata-key-file")
	if path == "" {
		return nil, nil
	}
	f, err := keyring.OpenFile(path)
	if err != nil {
		return nil, exitWith(2, err)
	}
	return f, nil
}

func serveCommand() *cli.Command {
	d, l := intake.DefaultServerConfig, intake.DefaultLimits
	return &cli.Command{
		Name:  "serve",
		Usage: "serve the HTTP(S) intake of signed usage events, the read-only /v1 API and the holder and consumer pages",
		Description: "POST /v1/events (one event, or a JSON array of at most 1000; body at most 1 MiB), GET /v1/events/{id},\n" +
			"the read-only API (GET /v1/…, docs/api.md), the holder page at / and the consumer page at /consumer\n" +
			"(docs/web.md; with --rpc the pages show claimed amounts and token units and offer the claim),\n" +
			"GET /healthz. Event requests need a meter's API key (royalty meter-key create): \"Authorization: Bearer rk_…\";\n" +
			"an event signed by another meter than the key's is rejected. Serves TLS with --tls-cert/--tls-key; plain\n" +
			"HTTP only on a loopback address unless --insecure-http. Errors are JSON {\"code\",\"error\",\"field\",\"id\"}.\n" +
			"Stops gracefully on SIGINT or SIGTERM.",
		Flags: []cli.Flag{dbFlag, requiredDeployment(), metadataKeyFileFlag(false),
			&cli.StringFlag{Name: "listen", Usage: "address to listen on (port 0 picks one; the log says which)", EnvVars: []string{"ROYALTY_LISTEN"}, Value: d.Listen},
			rpcFlag(false, "the API and pages read token units, claimed amounts and roots from it"),
			&cli.StringFlag{Name: "tls-cert", Usage: "PEM certificate (chain) to serve HTTPS with", EnvVars: []string{"ROYALTY_TLS_CERT"}},
			&cli.StringFlag{Name: "tls-key", Usage: "PEM private key of --tls-cert", EnvVars: []string{"ROYALTY_TLS_KEY"}},
			&cli.BoolFlag{Name: "insecure-http", Usage: "allow plain HTTP on a non-loopback address (only behind a TLS-terminating proxy)"},
			&cli.Float64Flag{Name: "rate-per-meter", Usage: "events per second one meter may submit (0: unlimited)", Value: l.PerMeter},
			&cli.IntFlag{Name: "burst-per-meter", Usage: "events one meter may submit at once (at least 1000)", Value: l.PerMeterBurst},
			&cli.Float64Flag{Name: "rate-global", Usage: "events per second all meters together (0: unlimited)", Value: l.Global},
			&cli.IntFlag{Name: "burst-global", Usage: "events all meters may submit at once (at least 1000)", Value: l.GlobalBurst},
			&cli.DurationFlag{Name: "auth-cache", Usage: "how long an API key lookup is cached (a revocation takes effect within it)", Value: 5 * time.Second},
			&cli.IntFlag{Name: "max-conns", Usage: "connections served at once", Value: d.MaxConns},
			&cli.DurationFlag{Name: "read-header-timeout", Usage: "a client must send its headers within this", Value: d.ReadHeaderTimeout},
			&cli.DurationFlag{Name: "read-timeout", Usage: "a client must send its whole request within this", Value: d.ReadTimeout},
			&cli.DurationFlag{Name: "shutdown-timeout", Usage: "how long to let requests in flight finish on a signal", Value: 15 * time.Second},
		},
		Action: runServe,
	}
}

func signEventCommand() *cli.Command {
	return &cli.Command{
		Name:      "sign-event",
		Usage:     "sign usage events as a meter (JSON lines in, signed JSON lines out)",
		ArgsUsage: "[FILE|-]",
		Description: "Reads unsigned usage events (every field but signature; meter is set from the key) as JSON lines\n" +
			"from FILE or stdin and prints them signed, in canonical form. An event may carry sensitive metadata as\n" +
			"\"metadata\":{\"data\":\"…\"} (a salt is drawn unless \"salt\" is given): the signature then covers only its\n" +
			"commitment, and the line printed keeps the plaintext and salt beside the event for the intake to seal.\n" +
			"The first invalid line exits 2 naming it.",
		Flags: []cli.Flag{requiredDeployment(),
			keyFlags()[0], keyFlags()[1],
		},
		Action: runSignEvent,
	}
}

func loadDomain(path string) (usage.Domain, error) {
	d, err := deploy.Load(path)
	if err != nil {
		return usage.Domain{}, exitWith(2, err)
	}
	return usage.Domain{ChainID: d.ChainID, VerifyingContract: d.GovernanceConfig}, nil
}

// inputFile is FILE, or the app's reader (stdin) for "-" or no argument.
func inputFile(c *cli.Context) (io.Reader, func(), error) {
	if c.NArg() > 1 {
		return nil, nil, exitWith(2, fmt.Errorf("%s: want at most one FILE, got %d arguments", c.Command.Name, c.NArg()))
	}
	var r io.Reader = c.App.Reader
	if r == nil {
		r = os.Stdin
	}
	if name := c.Args().First(); name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", c.Command.Name, err)
		}
		return f, func() { f.Close() }, nil
	}
	return r, func() {}, nil
}

func output(c *cli.Context) io.Writer {
	if c.App.Writer != nil {
		return c.App.Writer
	}
	return os.Stdout
}

// eachLine calls fn with every non-blank line (trimmed) and its 1-based
// number. A line over max bytes is passed as nil with tooLong set, after
// skipping it, so one huge line cannot make the reader hold it.
func eachLine(r io.Reader, max int, fn func(n int, line []byte, tooLong bool) error) error {
	br := bufio.NewReaderSize(r, max+2) // room for "\r\n"
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		tooLong := errors.Is(err, bufio.ErrBufferFull)
		for errors.Is(err, bufio.ErrBufferFull) {
			_, err = br.ReadSlice('\n')
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("read line %d: %w", n, err)
		}
		if tooLong {
			line = nil
		}
		if line = bytes.TrimSpace(line); len(line) > 0 || tooLong {
			if ferr := fn(n, line, tooLong); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

var errLineTooLong = &engine.FieldError{Field: "event", Err: fmt.Errorf("%w: line over %d bytes", engine.ErrTooLarge, usage.MaxSubmissionBytes)}

type ingestRejection struct {
	Line  int    `json:"line"`
	ID    string `json:"id,omitempty"`
	Code  string `json:"code"`
	Error string `json:"error"`
}

type ingestSummary struct {
	Accepted  int               `json:"accepted"`
	Duplicate int               `json:"duplicate"`
	Rejected  []ingestRejection `json:"rejected"`
}

func runIngest(c *cli.Context) error {
	dom, err := loadDomain(c.String("deployment"))
	if err != nil {
		return err
	}
	r, done, err := inputFile(c)
	if err != nil {
		return err
	}
	defer done()
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	keys, err := metadataKeys(c)
	if err != nil {
		return err
	}
	var opts []intake.Option
	if keys != nil {
		opts = append(opts, intake.WithKeys(keys))
	}
	in := intake.New(st, dom, opts...)
	sum := ingestSummary{Rejected: []ingestRejection{}}
	err = eachLine(r, usage.MaxSubmissionBytes, func(n int, line []byte, tooLong bool) error {
		var o intake.Outcome
		if tooLong {
			o = intake.Outcome{Status: intake.Rejected, Code: intake.CodeInvalid, Error: errLineTooLong.Error()}
		} else {
			var err error
			if o, err = in.Submit(c.Context, line); err != nil {
				return fmt.Errorf("line %d: %w", n, err)
			}
		}
		switch o.Status {
		case intake.Accepted:
			sum.Accepted++
		case intake.Duplicate:
			sum.Duplicate++
		default:
			sum.Rejected = append(sum.Rejected, ingestRejection{Line: n, ID: o.ID, Code: o.Code, Error: o.Error})
		}
		return nil
	})
	// The summary is printed even after a store failure: what it counts is stored.
	var werr error
	if c.Bool("json") {
		out, _ := json.Marshal(sum)
		_, werr = output(c).Write(append(out, '\n'))
	} else {
		_, werr = fmt.Fprintf(output(c), "accepted: %d; duplicate (stored before): %d; rejected: %d\n", sum.Accepted, sum.Duplicate, len(sum.Rejected))
		if len(sum.Rejected) > 0 {
			t := newTable(output(c), "LINE", "EVENT", "CODE", "ERROR")
			for _, r := range sum.Rejected {
				t.row(fmt.Sprint(r.Line), r.ID, r.Code, r.Error)
			}
			t.flush()
		}
	}
	if werr != nil && err == nil {
		err = fmt.Errorf("ingest: write summary: %w", werr)
	}
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if len(sum.Rejected) > 0 {
		return exitWith(2, fmt.Errorf("ingest: %d line(s) rejected (the others are stored)", len(sum.Rejected)))
	}
	return nil
}

func runSignEvent(c *cli.Context) error {
	dom, err := loadDomain(c.String("deployment"))
	if err != nil {
		return err
	}
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return exitWith(2, err)
	}
	r, done, err := inputFile(c)
	if err != nil {
		return err
	}
	defer done()
	w := bufio.NewWriter(output(c))
	err = eachLine(r, usage.MaxSubmissionBytes, func(n int, line []byte, tooLong bool) error {
		if tooLong {
			return exitWith(2, fmt.Errorf("sign-event: line %d: %w", n, errLineTooLong))
		}
		ev, md, err := usage.DecodeUnsigned(line)
		if err != nil {
			return exitWith(2, fmt.Errorf("sign-event: line %d: %w", n, err))
		}
		if md != nil && md.Salt == ([usage.SaltLength]byte{}) {
			// The commitment's salt: 32 random bytes, printed with the plaintext for the intake.
			if _, err := rand.Read(md.Salt[:]); err != nil {
				return fmt.Errorf("sign-event: salt: %w", err)
			}
			ev.MetadataCommitment = md.Commitment()
		}
		if err := ev.Sign(key, dom); err != nil {
			return exitWith(2, fmt.Errorf("sign-event: line %d: %w", n, err))
		}
		_, err = w.Write(append(ev.MarshalSubmission(md), '\n'))
		return err
	})
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("sign-event: write: %w", ferr)
	}
	return err
}

// serveMux puts the intake, the API and the pages on one listener: the
// intake's routes first, then /v1/… to the API, everything else to the pages.
func serveMux(intakeH, apiH, webH http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/v1/events", intakeH)
	mux.Handle("/v1/events/", intakeH)
	mux.Handle("/healthz", intakeH)
	mux.Handle("/v1/", apiH)
	mux.Handle("/", webH)
	return mux
}

func runServe(c *cli.Context) error {
	dep, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return exitWith(2, err)
	}
	dom := usage.Domain{ChainID: dep.ChainID, VerifyingContract: dep.GovernanceConfig}
	cfg := intake.DefaultServerConfig
	cfg.Listen, cfg.TLSCert, cfg.TLSKey, cfg.InsecureHTTP = c.String("listen"), c.String("tls-cert"), c.String("tls-key"), c.Bool("insecure-http")
	cfg.MaxConns, cfg.ReadHeaderTimeout, cfg.ReadTimeout = c.Int("max-conns"), c.Duration("read-header-timeout"), c.Duration("read-timeout")
	if err := cfg.Check(); err != nil {
		return exitWith(2, err)
	}
	limits := intake.Limits{PerMeter: c.Float64("rate-per-meter"), PerMeterBurst: c.Int("burst-per-meter"),
		Global: c.Float64("rate-global"), GlobalBurst: c.Int("burst-global"), AuthFailures: intake.DefaultLimits.AuthFailures}
	if err := limits.Check(); err != nil {
		return exitWith(2, fmt.Errorf("serve: %w", err))
	}
	keys, err := metadataKeys(c)
	if err != nil {
		return err
	}
	log, err := newLog(c)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	var opts []intake.Option
	if keys != nil {
		opts = append(opts, intake.WithKeys(keys))
	}
	h, err := intake.New(st, dom, opts...).Handler(intake.HandlerConfig{
		Auth: intake.NewAuthenticator(st, c.Duration("auth-cache")), Limits: limits, Log: log})
	if err != nil {
		return exitWith(2, err)
	}
	acfg := api.Config{Store: st, Dep: dep, Log: log, Rate: api.DefaultRate, Burst: api.DefaultBurst}
	if url := c.String("rpc"); url != "" {
		client, err := dial(ctx, url)
		if err != nil {
			return err
		}
		defer client.Close()
		id, err := client.ChainID(ctx)
		if err != nil {
			return fmt.Errorf("--rpc: read chain id: %w", err)
		}
		if !id.IsUint64() || id.Uint64() != dep.ChainID {
			return exitWith(2, fmt.Errorf("--rpc serves chain %s, the deployment is on chain %d", id, dep.ChainID))
		}
		acfg.Chain = client
	}
	ah, err := api.Handler(acfg)
	if err != nil {
		return exitWith(2, err)
	}
	srv, err := intake.Listen(cfg, serveMux(h, ah, web.Handler()), log)
	if err != nil {
		return exitWith(2, err)
	}
	log.Info("listening", "addr", srv.Addr().String(), "url", srv.URL(), "chainId", dom.ChainID, "governanceConfig", dom.VerifyingContract.Hex(),
		"metadataKeys", keys != nil)
	served := make(chan error, 1)
	go func() { served <- srv.Serve() }()
	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), c.Duration("shutdown-timeout"))
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	<-served
	log.Info("stopped")
	return nil
}
