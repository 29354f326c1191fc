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
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "verify and store signed usage events, one JSON object per line",
		ArgsUsage: "[FILE|-]",
		Description: "Reads signed usage events (docs/usage-events.md) as JSON lines from FILE, or stdin when FILE is - or\n" +
			"absent; blank lines are skipped. Each event is verified against the deployment's EIP-712 domain and\n" +
			"stored in its own transaction, so every valid line is stored whatever the others hold. Prints\n" +
			"{\"accepted\":N,\"duplicate\":N,\"rejected\":[{\"line\":N,\"id\":…,\"error\":…}]}; exits 2 if any line was rejected.",
		Flags:  []cli.Flag{dbFlag, requiredDeployment()},
		Action: runIngest,
	}
}

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "serve the HTTP intake of signed usage events",
		Description: "POST /v1/events (one event, or a JSON array of at most 1000; body at most 1 MiB),\n" +
			"GET /v1/events/{id}, GET /healthz. Stops gracefully on SIGINT or SIGTERM.",
		Flags: []cli.Flag{dbFlag, requiredDeployment(),
			&cli.StringFlag{Name: "listen", Usage: "address to listen on (port 0 picks one; the log says which)", EnvVars: []string{"ROYALTY_LISTEN"}, Value: "127.0.0.1:8580"},
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
			"from FILE or stdin and prints them signed, in canonical form. The first invalid line exits 2 naming it.",
		Flags: []cli.Flag{requiredDeployment(),
			&cli.StringFlag{Name: "key-file", Usage: "encrypted keystore JSON of the meter", EnvVars: []string{"ROYALTY_KEY_FILE"}},
			&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password", EnvVars: []string{"ROYALTY_PASSWORD_FILE"}},
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

var errLineTooLong = &engine.FieldError{Field: "event", Err: fmt.Errorf("%w: line over %d bytes", engine.ErrTooLarge, usage.MaxEventBytes)}

type ingestRejection struct {
	Line  int    `json:"line"`
	ID    string `json:"id,omitempty"`
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
	in := intake.New(st, dom)
	sum := ingestSummary{Rejected: []ingestRejection{}}
	err = eachLine(r, usage.MaxEventBytes, func(n int, line []byte, tooLong bool) error {
		var o intake.Outcome
		if tooLong {
			o = intake.Outcome{Status: intake.Rejected, Error: errLineTooLong.Error()}
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
			sum.Rejected = append(sum.Rejected, ingestRejection{Line: n, ID: o.ID, Error: o.Error})
		}
		return nil
	})
	// The summary is printed even after a store failure: what it counts is stored.
	out, _ := json.Marshal(sum)
	if _, werr := output(c).Write(append(out, '\n')); werr != nil && err == nil {
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

func runServe(c *cli.Context) error {
	dom, err := loadDomain(c.String("deployment"))
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(c.App.ErrWriter, nil))
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	ln, err := net.Listen("tcp", c.String("listen"))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           intake.New(st, dom).Handler(log),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second, // a 1 MiB body at a slow client's pace, no longer
		WriteTimeout:      60 * time.Second, // 1000 events, each in its own transaction
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("listening", "addr", ln.Addr().String(), "chainId", dom.ChainID, "governanceConfig", dom.VerifyingContract.Hex())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
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
