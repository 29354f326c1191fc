package main

import (
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/pipeline"
)

func priceCommand() *cli.Command {
	return &cli.Command{
		Name: "price",
		Usage: "price every stored usage event whose inputs are final: one immutable line item each; " +
			"lists the events still waiting (and why) and those rejected",
		Flags: []cli.Flag{dbFlag, requiredDeployment()},
		Action: func(c *cli.Context) error {
			e, done, err := openEpochs(c)
			if err != nil {
				return err
			}
			defer done()
			s, err := (&pipeline.Pricer{Store: e.Store, Dep: e.Dep}).PriceAll(c.Context)
			if err != nil {
				return err
			}
			return printJSON(c.App.Writer, s)
		},
	}
}
