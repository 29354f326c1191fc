package main

import (
	"errors"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/strict"
)

func meterKeyCommand() *cli.Command {
	jsonFlag := jsonFlag()
	return &cli.Command{
		Name:  "meter-key",
		Usage: "create, list and revoke the API keys meters send events with",
		Subcommands: []*cli.Command{
			{
				Name:  "create",
				Usage: "make an API key for one meter and print it (once: only its hash is stored)",
				Flags: []cli.Flag{dbFlag, jsonFlag,
					&cli.StringFlag{Name: "meter", Usage: "the meter's address (events it signs are accepted with this key)", Required: true},
					&cli.StringFlag{Name: "label", Usage: "a note for the operator (which gateway holds it)"}},
				Action: runMeterKeyCreate,
			},
			{
				Name:   "list",
				Usage:  "list API keys (ids, meters, labels, creation and revocation times; never secrets)",
				Flags:  []cli.Flag{dbFlag, jsonFlag, &cli.StringFlag{Name: "meter", Usage: "only this meter's keys"}},
				Action: runMeterKeyList,
			},
			{
				Name:      "revoke",
				Usage:     "revoke an API key (the intake refuses it within its --auth-cache time)",
				ArgsUsage: "KEY_ID",
				Flags:     []cli.Flag{dbFlag},
				Action:    runMeterKeyRevoke,
			},
		},
	}
}

type jsonCredential struct {
	KeyID     string `json:"keyId"`
	Meter     string `json:"meter"`
	Label     string `json:"label"`
	CreatedAt int64  `json:"createdAt"`
	RevokedAt int64  `json:"revokedAt,omitempty"`
}

func credentialJSON(c store.MeterCredential) jsonCredential {
	return jsonCredential{KeyID: c.KeyID, Meter: c.Meter.Hex(), Label: c.Label, CreatedAt: c.CreatedAt, RevokedAt: c.RevokedAt}
}

func runMeterKeyCreate(c *cli.Context) error {
	m, err := strict.NonZeroAddress(c.String("meter"))
	if err != nil {
		return exitWith(2, fmt.Errorf("meter-key create: --meter: %w", err))
	}
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	token, cred, err := intake.NewAPIKey(m, c.String("label"), time.Now())
	if err != nil {
		return err
	}
	if err := st.InsertMeterCredential(c.Context, cred); err != nil {
		return err
	}
	if c.Bool("json") {
		return printJSON(output(c), struct {
			jsonCredential
			APIKey string `json:"apiKey"`
		}{credentialJSON(cred), token})
	}
	fmt.Fprintf(output(c), "API key for meter %s (key id %s):\n\n  %s\n\n"+
		"Give it to the meter's gateway now: it is not stored and cannot be shown again.\n"+
		"The gateway sends it as \"Authorization: Bearer <key>\"; revoke it with: royalty meter-key revoke %s\n",
		m.Hex(), cred.KeyID, token, cred.KeyID)
	return nil
}

func runMeterKeyList(c *cli.Context) error {
	var filter *common.Address
	if s := c.String("meter"); s != "" {
		m, err := strict.NonZeroAddress(s)
		if err != nil {
			return exitWith(2, fmt.Errorf("meter-key list: --meter: %w", err))
		}
		filter = &m
	}
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	creds, err := st.MeterCredentials(c.Context, filter)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		out := make([]jsonCredential, len(creds))
		for i, cr := range creds {
			out[i] = credentialJSON(cr)
		}
		return printJSON(output(c), out)
	}
	if len(creds) == 0 {
		fmt.Fprintln(output(c), "no API keys (royalty meter-key create --meter 0x… makes one)")
		return nil
	}
	tw := tabwriter.NewWriter(output(c), 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY ID\tMETER\tLABEL\tCREATED (UTC)\tSTATUS")
	for _, cr := range creds {
		status := "active"
		if cr.Revoked() {
			status = "revoked " + time.Unix(cr.RevokedAt, 0).UTC().Format(time.DateTime)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", cr.KeyID, cr.Meter.Hex(), cr.Label, time.Unix(cr.CreatedAt, 0).UTC().Format(time.DateTime), status)
	}
	return tw.Flush()
}

func runMeterKeyRevoke(c *cli.Context) error {
	if c.NArg() != 1 {
		return exitWith(2, fmt.Errorf("meter-key revoke: want one KEY_ID (royalty meter-key list shows them), got %d arguments", c.NArg()))
	}
	id := c.Args().First()
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	was, err := st.RevokeMeterCredential(c.Context, id, time.Now().Unix())
	if errors.Is(err, store.ErrNotFound) {
		return exitWith(2, fmt.Errorf("meter-key revoke: no API key %q (royalty meter-key list shows them)", id))
	}
	if err != nil {
		return err
	}
	if was {
		fmt.Fprintf(output(c), "API key %s was already revoked\n", id)
		return nil
	}
	fmt.Fprintf(output(c), "API key %s revoked; a running intake refuses it within its --auth-cache time\n", id)
	return nil
}
