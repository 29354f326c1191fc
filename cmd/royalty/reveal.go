package main

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/store"
)

func revealCommand() *cli.Command {
	return &cli.Command{
		Name:      "reveal",
		Usage:     "decrypt an event's metadata with the key file and check it against the signed commitment",
		ArgsUsage: "EVENT_ID",
		Description: "Prints the event's metadata plaintext, its salt and the key it was sealed under, after checking\n" +
			"that keccak256(tag ‖ salt ‖ data) is the metadataCommitment the meter signed. Exits 1 when the\n" +
			"ciphertext does not open (wrong key file, tampered row, relabelled key id) or does not match, 3 when\n" +
			"the event has no metadata stored, 2 on bad arguments. The plaintext goes to stdout only.",
		Flags: []cli.Flag{dbFlag,
			&cli.StringFlag{Name: "key-file", Usage: "the metadata key file", EnvVars: []string{"ROYALTY_METADATA_KEY_FILE"}, Required: true},
			jsonFlag()},
		Action: runReveal,
	}
}

func runReveal(c *cli.Context) error {
	if c.NArg() != 1 {
		return exitWith(2, fmt.Errorf("reveal: want one EVENT_ID, got %d arguments", c.NArg()))
	}
	id := c.Args().First()
	f, err := keyring.OpenFile(c.String("key-file"))
	if err != nil {
		return exitWith(2, err)
	}
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	rv, err := intake.Reveal(c.Context, st, f, id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return exitWith(2, fmt.Errorf("reveal: no usage event %q", id))
	case errors.Is(err, intake.ErrNoMetadata):
		return exitWith(3, fmt.Errorf("reveal: %w", err))
	case err != nil:
		return exitWith(1, fmt.Errorf("reveal: %w", err))
	}
	out := struct {
		ID         string `json:"id"`
		Commitment string `json:"metadataCommitment"`
		KeyID      string `json:"keyId"`
		Salt       string `json:"salt"`
		Data       string `json:"data"`
		Verified   bool   `json:"verified"`
	}{rv.Event.ID, rv.Event.MetadataCommitment.Hex(), rv.KeyID, fmt.Sprintf("0x%x", rv.Metadata.Salt), rv.Metadata.Data, true}
	if c.Bool("json") {
		return printJSON(output(c), out)
	}
	// The plaintext is quoted so that control characters in it cannot drive the terminal.
	fmt.Fprintf(output(c), "event       %s\ncommitment  %s (verified: keccak256(tag ‖ salt ‖ data) matches the signed event)\nkey         %s\nsalt        %s\nmetadata    %s\n",
		out.ID, out.Commitment, out.KeyID, out.Salt, strconv.Quote(out.Data))
	return nil
}
