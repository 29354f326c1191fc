package main

import (
	"log/slog"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/demo"
)

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "the whole job on the embedded defaults (in-process chain, SQLite): the worked example of docs/overview.md, paid and audited",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "verbose", Usage: "log progress to stderr"},
		},
		Action: func(c *cli.Context) error {
			dir, err := os.MkdirTemp("", "royalty-demo-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			log := slog.New(slog.DiscardHandler)
			if c.Bool("verbose") {
				if log, err = newLog(c); err != nil {
					return err
				}
			}
			_, err = demo.Run(c.Context, demo.Options{Dir: dir, Out: c.App.Writer, Log: log})
			return err
		},
	}
}
