package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/pipeline"
)

func priceCommand() *cli.Command {
	return &cli.Command{
		Name: "price",
		Usage: "price every stored usage event whose inputs are final: one immutable line item each; " +
			"lists the events still waiting (and why), those rejected and those held for review",
		Description: "An event whose gross is above the asset's maximum (--max-gross, kept in the database) is held for\n" +
			"review: it gets no line item and joins no epoch until an operator releases it (--release EVENT_ID)\n" +
			"or raises the limit. Limits and releases apply before this pass prices.",
		Flags: []cli.Flag{dbFlag, requiredDeployment(),
			&cli.StringSliceFlag{Name: "max-gross", Usage: "ASSET=AMOUNT: hold for review any event of ASSET whose gross exceeds AMOUNT token units " +
				"(decimals read from the token over --rpc); ASSET=none removes the limit; repeatable"},
			&cli.StringSliceFlag{Name: "release", Usage: "EVENT_ID: price this held event whatever its gross (after review); repeatable"},
			&cli.StringFlag{Name: "note", Usage: "why the released events were accepted (recorded with the release)"},
			rpcFlag(false, "read a token's decimals and symbol for --max-gross"),
			jsonFlag(),
		},
		Action: func(c *cli.Context) error {
			e, done, err := openEpochs(c)
			if err != nil {
				return err
			}
			defer done()
			p := &pipeline.Pricer{Store: e.Store, Dep: e.Dep}
			for _, kv := range c.StringSlice("max-gross") {
				a, amount, ok := strings.Cut(kv, "=")
				if !ok || !common.IsHexAddress(a) || amount == "" {
					return exitWith(2, fmt.Errorf("--max-gross %q: want ASSET=AMOUNT (a token address and an amount in token units, or none)", kv))
				}
				if amount != "none" && c.String("rpc") == "" {
					return exitWith(2, errors.New("--max-gross needs --rpc (or ROYALTY_RPC) to read the token's decimals"))
				}
				var lim *pipeline.Limit
				if amount == "none" {
					lim, err = p.SetLimit(c.Context, nil, common.HexToAddress(a), amount)
				} else {
					client, derr := dial(c.Context, c.String("rpc"))
					if derr != nil {
						return derr
					}
					lim, err = p.SetLimit(c.Context, client, common.HexToAddress(a), amount)
					client.Close()
				}
				if err != nil {
					return exitWith(2, fmt.Errorf("--max-gross %s: %w", kv, err))
				}
				if lim != nil {
					fmt.Fprintf(c.App.ErrWriter, "maximum gross per event of %s: %s %s\n", lim.Asset.Hex(), lim.MaxGross, lim.Symbol)
				}
			}
			for _, id := range c.StringSlice("release") {
				if err := p.Release(c.Context, id, c.String("note")); err != nil {
					if errors.Is(err, pipeline.ErrNotHeld) {
						return exitWith(2, fmt.Errorf("--release: %w", err))
					}
					return err
				}
			}
			s, err := p.PriceAll(c.Context)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return printJSON(c.App.Writer, s)
			}
			printPriced(c.App.Writer, s)
			return nil
		},
	}
}
