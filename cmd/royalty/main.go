// Command royalty is the one binary of the royalty engine: indexer, engine,
// relayer and audit tools. This file only wires; the work lives in packages.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

// exitCoder lets a command choose its exit status (2 for invalid input,
// 3 for "not final") while the message still goes to stderr.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func exitWith(code int, err error) error { return &exitError{code: code, err: err} }

func newApp() *cli.App {
	return &cli.App{
		Name:  "royalty",
		Usage: "index data ownership, price usage, split and pay royalties on chain",
		Commands: []*cli.Command{
			computeCommand,
			deployCommand(),
			indexCommand,
			snapshotCommand,
			relayCommand(),
			proofCommand(),
			claimCommand(),
			epochCommand(),
			auditCommand(),
			replayCommand(),
			receiptCommand(),
			signEventCommand(),
			ingestCommand(),
			serveCommand(),
			priceCommand(),
			merkleCommand(),
			demoCommand(),
		},
		HideHelpCommand: true,
	}
}

func main() {
	app := newApp()
	if err := app.Run(flagsFirst(app, os.Args)); err != nil {
		fmt.Fprintln(os.Stderr, "royalty:", err)
		var ee *exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		os.Exit(1)
	}
}
