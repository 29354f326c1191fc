package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/merkle"
)

// maxMerkleInput bounds what merkle build/proof read: a million distributor
// leaves are about 200 MB of JSON, their dump about 350 MB.
const maxMerkleInput = 1 << 30

func merkleCommand() *cli.Command {
	return &cli.Command{
		Name:  "merkle",
		Usage: "OpenZeppelin StandardMerkleTree: build a standard-v1 dump, print a proof",
		Subcommands: []*cli.Command{
			{
				Name:      "build",
				Usage:     "read values (a JSON array of arrays of strings) and write the standard-v1 dump",
				ArgsUsage: "[FILE|-] --types uint256,address,...",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "types", Usage: "the leaf encoding, comma separated (e.g. uint256,address)"},
				},
				Action: merkleBuild,
			},
			{
				Name:      "proof",
				Usage:     "print the proof of the value at position INDEX of the dump's values, as getProof(INDEX)",
				ArgsUsage: "DUMP|- INDEX",
				Action:    merkleProof,
			},
		},
	}
}

func readInput(c *cli.Context, name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = c.App.Reader
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	return readBounded(r, "input", maxMerkleInput)
}

func merkleBuild(c *cli.Context) error {
	typesArg, args := c.String("types"), c.Args().Slice()
	if typesArg == "" {
		return exitWith(2, errors.New("merkle build: --types is required (e.g. --types uint256,address)"))
	}
	if len(args) > 1 {
		return exitWith(2, fmt.Errorf("merkle build: one input file at most, got %q", args))
	}
	name := "-"
	if len(args) == 1 {
		name = args[0]
	}
	types := strings.Split(typesArg, ",")
	for i := range types {
		types[i] = strings.TrimSpace(types[i])
	}
	data, err := readInput(c, name)
	if err != nil {
		return exitWith(2, fmt.Errorf("merkle build: read %s: %w", name, err))
	}
	var outer []json.RawMessage
	if err := json.Unmarshal(data, &outer); err != nil {
		return exitWith(2, fmt.Errorf("merkle build: values: want a JSON array of arrays of strings: %w", err))
	}
	values := make([][]string, len(outer))
	var fields []*string // pointers, so a JSON null is caught instead of read as ""
	for i, raw := range outer {
		fields = fields[:0]
		if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
			return exitWith(2, fmt.Errorf("merkle build: value %d: want an array of strings, got %.80s", i, raw))
		}
		values[i] = make([]string, len(fields))
		for k, f := range fields {
			if f == nil {
				return exitWith(2, fmt.Errorf("merkle build: value %d, position %d: null, want a string", i, k))
			}
			values[i][k] = *f
		}
	}
	tree, err := merkle.Build(types, values)
	if err != nil {
		return exitWith(2, fmt.Errorf("merkle build: %w", err))
	}
	w := c.App.Writer
	if err := tree.WriteDump(w); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

func merkleProof(c *cli.Context) error {
	if c.NArg() != 2 {
		return exitWith(2, errors.New("merkle proof: want DUMP and INDEX"))
	}
	name, idxArg := c.Args().Get(0), c.Args().Get(1)
	idx, err := strconv.Atoi(idxArg)
	if err != nil || idx < 0 {
		return exitWith(2, fmt.Errorf("merkle proof: INDEX %q is not a non-negative integer", idxArg))
	}
	data, err := readInput(c, name)
	if err != nil {
		return exitWith(2, fmt.Errorf("merkle proof: read %s: %w", name, err))
	}
	tree, err := merkle.Load(bytes.TrimSpace(data))
	if err != nil {
		return exitWith(2, fmt.Errorf("merkle proof: %s: %w", name, err))
	}
	proof, err := tree.Proof(idx)
	if err != nil {
		return exitWith(2, fmt.Errorf("merkle proof: INDEX: %w", err))
	}
	out := make([]string, len(proof))
	for i, h := range proof {
		out[i] = h.Hex()
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.App.Writer, "%s\n", b)
	return err
}
