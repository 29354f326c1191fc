// Command royalty is the one binary of the royalty engine: indexer, engine,
// relayer and audit tools. This file only wires; the work lives in packages.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

// exitError lets a command choose its exit status while the message still
// goes to stderr: 2 invalid input, 3 not final, 4 no entitlement for the
// account, 5 another relayer holds the lease (relay), 6 nothing left to
// claim (claim); 1 for every other failure.
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
			meterKeyCommand(),
			keysCommand(),
			revealCommand(),
			priceCommand(),
			merkleCommand(),
			watchCommand(),
			demoCommand(),
			disputeCommand(),
			statementCommand(),
			runCommand(),
		},
		HideHelpCommand: true,
	}
}

func main() {
	app := newApp()
	if err := app.Run(flagsFirst(app, os.Args)); err != nil {
		// Any contract revert still in the text is worded through our ABIs.
		fmt.Fprintln(os.Stderr, "royalty:", explain(err))
		var ee *exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		os.Exit(1)
	}
}
