package main

import (
	"fmt"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/store"
)

func keysCommand() *cli.Command {
	keyFile := &cli.StringFlag{Name: "key-file", Usage: "the metadata key file", EnvVars: []string{"ROYALTY_METADATA_KEY_FILE"}, Required: true}
	jsonFlag := jsonFlag()
	return &cli.Command{
		Name:  "keys",
		Usage: "manage the keys that seal usage-event metadata at rest (add, list, rotate)",
		Subcommands: []*cli.Command{
			{
				Name: "add",
				Usage: "add a fresh random key to the key file (created with mode 0600 if absent) and make it current;" +
					" a running intake seals new metadata under it within a second",
				Flags:  []cli.Flag{keyFile, &cli.StringFlag{Name: "id", Usage: "the new key's id (default: today's date and a random suffix)"}},
				Action: runKeysAdd,
			},
			{
				Name:   "list",
				Usage:  "list the key ids (never the keys), the current one, and with --db how many rows each seals",
				Flags:  []cli.Flag{keyFile, jsonFlag, optionalDB("database, to count rows per key")},
				Action: runKeysList,
			},
			{
				Name: "rotate",
				Usage: "re-encrypt every metadata row under the current key, page by page while the intake runs;" +
					" progress on stderr; stopped, it resumes where it was",
				Flags: []cli.Flag{dbFlag, keyFile, jsonFlag,
					&cli.IntFlag{Name: "page", Usage: "rows per page", Value: 500}},
				Action: runKeysRotate,
			},
		},
	}
}

func runKeysAdd(c *cli.Context) error {
	id := c.String("id")
	if id == "" {
		id = keyring.DefaultKeyID(time.Now())
	}
	if err := keyring.AddKey(c.String("key-file"), id); err != nil {
		return exitWith(2, err)
	}
	fmt.Fprintf(output(c), "key %s added to %s and made current.\nNew metadata is sealed under it; re-encrypt older rows with: royalty keys rotate --key-file %s\n",
		id, c.String("key-file"), c.String("key-file"))
	return nil
}

func runKeysList(c *cli.Context) error {
	f, err := keyring.OpenFile(c.String("key-file"))
	if err != nil {
		return exitWith(2, err)
	}
	ids, current := f.KeyIDs()
	var counts map[string]int64
	if dsn := c.String("db"); dsn != "" {
		st, err := store.Open(c.Context, dsn)
		if err != nil {
			return err
		}
		defer st.Close()
		if counts, err = st.UsageMetadataKeyCounts(c.Context); err != nil {
			return err
		}
		// Rows under a key the file lacks cannot be opened: show them too.
		for k := range counts {
			if !contains(ids, k) {
				ids = append(ids, k)
			}
		}
		sort.Strings(ids)
	}
	type row struct {
		ID      string `json:"id"`
		Current bool   `json:"current"`
		InFile  bool   `json:"inFile"`
		Rows    *int64 `json:"rows,omitempty"`
	}
	inFile, _ := f.KeyIDs()
	rows := make([]row, len(ids))
	for i, id := range ids {
		rows[i] = row{ID: id, Current: id == current, InFile: contains(inFile, id)}
		if counts != nil {
			n := counts[id]
			rows[i].Rows = &n
		}
	}
	if c.Bool("json") {
		return printJSON(output(c), rows)
	}
	tw := tabwriter.NewWriter(output(c), 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY ID\tCURRENT\tROWS\tNOTE")
	for _, r := range rows {
		n, note := "-", ""
		if r.Rows != nil {
			n = fmt.Sprint(*r.Rows)
		}
		if !r.InFile {
			note = "not in the key file: these rows cannot be opened"
		}
		cur := ""
		if r.Current {
			cur = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, cur, n, note)
	}
	return tw.Flush()
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func runKeysRotate(c *cli.Context) error {
	f, err := keyring.OpenFile(c.String("key-file"))
	if err != nil {
		return exitWith(2, err)
	}
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	pr, err := intake.Rotate(c.Context, st, f, c.Int("page"), func(p intake.RotateProgress) {
		pct := 100.0
		if p.Total > 0 {
			pct = 100 * float64(p.Done) / float64(p.Total)
		}
		fmt.Fprintf(c.App.ErrWriter, "rotate: %d/%d rows re-encrypted under key %s (%.0f%%, %s)\n",
			p.Done, p.Total, p.KeyID, pct, time.Since(start).Round(time.Millisecond))
	})
	if pr.Failed == nil {
		pr.Failed = []string{}
	}
	if c.Bool("json") {
		if perr := printJSON(output(c), pr); perr != nil && err == nil {
			err = perr
		}
	} else {
		fmt.Fprintf(output(c), "%d row(s) re-encrypted under key %s; %d left as they were\n", pr.Done, pr.KeyID, len(pr.Failed))
	}
	return err
}
