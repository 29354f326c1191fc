package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/pipeline"
)

func auditCommand() *cli.Command {
	return &cli.Command{
		Name:      "audit",
		Usage:     "recompute epochs 1..EPOCH from the signed usage events and the chain, and hold every stored artifact against them",
		ArgsUsage: "EPOCH",
		Description: "Checks every stored usage event (body, id, signature), line item (bundle, output), epoch's statements,\n" +
			"entitlement tree, receipt tree, payout and fundings, and that no cumulative decreases. With --rpc the chain's\n" +
			"facts are the node's own logs (not the database's) and the distributor's and vault's state is read too\n" +
			"(roots, totals, fundings, each account's claimed amount). Prints a table (--json for machines); each mismatch\n" +
			"names the artifact, key, field, expected and found value. With --metadata-key-file (the intake's metadata key)\n" +
			"every stored metadata plaintext is decrypted and verified against its event's signed commitment; a ciphertext\n" +
			"that does not open or a plaintext that commits to something else is a mismatch (no plaintext is printed).\n" +
			"Exits 0 when everything holds, 1 otherwise. Flags may come before or after EPOCH.",
		Flags: []cli.Flag{dbFlag, requiredDeployment(),
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL: read the chain's facts from the node itself and compare with its state", EnvVars: []string{"ROYALTY_RPC"}},
			&cli.BoolFlag{Name: "json", Usage: "print the verdict as JSON"}, metadataKeyFileFlag(false)},
		Action: func(c *cli.Context) error {
			return withEpoch(c, func(e *pipeline.Epochs, n uint64) error {
				keys, err := metadataKeys(c)
				if err != nil {
					return err
				}
				if keys != nil {
					e.Metadata = keys
				}
				var chain pipeline.Chain
				if url := c.String("rpc"); url != "" {
					client, err := dial(c.Context, url)
					if err != nil {
						return err
					}
					defer client.Close()
					chain = client
				}
				v, err := e.Audit(c.Context, n, chain)
				if err != nil {
					return fmt.Errorf("audit of epoch %d: %w", n, err)
				}
				if c.Bool("json") {
					err = printJSON(c.App.Writer, v)
				} else {
					err = v.WriteTable(c.App.Writer)
				}
				if err != nil {
					return err
				}
				if !v.OK {
					return exitWith(1, fmt.Errorf("audit of epochs 1..%d: %d mismatches", n, len(v.Mismatches)))
				}
				return nil
			})
		},
	}
}

func replayCommand() *cli.Command {
	return &cli.Command{
		Name:  "replay",
		Usage: "recompute every closed epoch from the stored inputs and print one digest (equal for equal histories, on any database)",
		Description: "Recomputes each line item from its signed usage event and the indexed chain facts, each epoch's\n" +
			"statements, trees and payout, and prints a keccak256 digest over them (docs/pipeline.md \"Replay\").\n" +
			"Stored inputs that do not replay (an event failing its signature, a missing fact) exit 1; royalty audit\n" +
			"names each.",
		Flags: []cli.Flag{dbFlag, requiredDeployment(), &cli.BoolFlag{Name: "json", Usage: "print JSON"}},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return exitWith(2, fmt.Errorf("replay takes no arguments, got %q", c.Args().Slice()))
			}
			e, done, err := openEpochs(c)
			if err != nil {
				return err
			}
			defer done()
			r, err := e.Replay(c.Context)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return printJSON(c.App.Writer, r)
			}
			_, err = fmt.Fprintf(c.App.Writer, "replay digest %s\n  %d epochs, %d line items, %d usage events, chain facts to block %d\n",
				r.Digest.Hex(), r.Epochs, r.LineItems, r.UsageEvents, r.FinalBlock)
			return err
		},
	}
}
