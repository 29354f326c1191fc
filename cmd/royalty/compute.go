package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/dataroyalty/royalty/engine"
	"github.com/urfave/cli/v2"
)

// computeCommand prices one self-contained bundle: no chain, no database.
func computeCommand() *cli.Command {
	return &cli.Command{
		Name:      "compute",
		Usage:     "compute one line item from a bundle (event, valuation, policy, snapshot)",
		ArgsUsage: "[FILE|-]",
		Description: "Reads a JSON bundle (docs/formats.md) from FILE, or stdin when FILE is - or absent,\n" +
			"and prints the line item as JSON. Invalid input exits with status 2 naming the field.",
		Action: runCompute,
	}
}

func runCompute(c *cli.Context) error {
	r, done, err := inputFile(c)
	if err != nil {
		return err
	}
	defer done()
	in, err := engine.DecodeBundle(r)
	if err != nil {
		return computeErr(err)
	}
	li, err := engine.ComputeLineItem(in)
	if err != nil {
		return computeErr(err)
	}
	out, err := engine.EncodeLineItem(&li)
	if err != nil {
		return err
	}
	w := c.App.Writer
	if w == nil {
		w = os.Stdout
	}
	if _, err := w.Write(append(out, '\n')); err != nil {
		return fmt.Errorf("compute: write output: %w", err)
	}
	return nil
}

// computeErr gives invalid input status 2; anything else (I/O, a broken
// invariant) stays status 1.
func computeErr(err error) error {
	var fe *engine.FieldError
	if errors.As(err, &fe) {
		return exitWith(2, err)
	}
	return err
}
