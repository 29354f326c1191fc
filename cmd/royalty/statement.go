package main

import (
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

func statementCommand() *cli.Command {
	return &cli.Command{
		Name:  "statement",
		Usage: "show a holder what it is owed per epoch, from which events, and what it has claimed",
		Description: "Reads the closed epochs from --db. Amounts are in token units with the symbol, read from the token\n" +
			"with --rpc (and kept in the database for later runs), else from what the database kept; an asset never\n" +
			"read prints base units. With --rpc the distributor's claimed amounts are read; without, \"claimed: not\n" +
			"checked\". --json prints base units and atto as decimal strings. Exit 2: bad input or an epoch not closed;\n" +
			"exit 4: the account has no statement.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "account", Usage: "the holder's address", Required: true},
			&cli.Uint64Flag{Name: "epoch", Usage: "only this closed epoch (default: every closed epoch)"},
			rpcFlag(false, "read the tokens' symbols and decimals and the distributor's claimed amounts"),
			jsonFlag(), dbFlag, requiredDeployment(),
		},
		Action: runStatement,
	}
}

func runStatement(c *cli.Context) error {
	v := c.String("account")
	if !common.IsHexAddress(v) {
		return exitWith(2, fmt.Errorf("--account: %q is not an address (want 0x and 40 hex digits)", v))
	}
	acct := common.HexToAddress(v)
	e, done, err := openEpochs(c)
	if err != nil {
		return err
	}
	defer done()
	if n := c.Uint64("epoch"); n != 0 {
		if _, err := e.Store.Epoch(c.Context, e.Dep.ChainID, n); errors.Is(err, store.ErrNotFound) {
			last, _ := e.Store.LastEpoch(c.Context, e.Dep.ChainID)
			return exitWith(2, fmt.Errorf("--epoch: epoch %d is not closed (the latest closed epoch is %d)", n, last.Epoch))
		} else if err != nil {
			return err
		}
	}
	var chain bind.ContractBackend
	if url := c.String("rpc"); url != "" {
		client, err := dial(c.Context, url)
		if err != nil {
			return err
		}
		defer client.Close()
		id, err := client.ChainID(c.Context)
		if err != nil {
			return fmt.Errorf("--rpc: read chain id: %w", err)
		}
		if !id.IsUint64() || id.Uint64() != e.Dep.ChainID {
			return exitWith(2, fmt.Errorf("--rpc serves chain %s, the deployment is on chain %d", id, e.Dep.ChainID))
		}
		chain = client
	}
	hs, tokens, err := e.Holder(c.Context, acct, c.Uint64("epoch"), chain)
	if errors.Is(err, pipeline.ErrNoStatement) {
		return exitWith(4, fmt.Errorf("%w (check the address, or wait for the next epoch close)", err))
	}
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return printJSON(c.App.Writer, hs)
	}
	return writeHolderTable(c.App.Writer, hs, tokens)
}

// amountUnits, amountAtto and assetName print as the holder page does
// (pipeline.TokenInfo's Units, Atto and Name).
func amountUnits(t pipeline.TokenInfo, base string) string { return t.Units(base) }

func amountAtto(t pipeline.TokenInfo, atto string) string { return t.Atto(atto) }

func assetName(t pipeline.TokenInfo) string { return t.Name() }

func short(h common.Hash) string { return pipeline.ShortHash(h) }

// writeHolderTable prints a holder statement for people.
func writeHolderTable(w io.Writer, hs *pipeline.HolderStatement, tokens map[common.Address]pipeline.TokenInfo) error {
	tok := func(a common.Address) pipeline.TokenInfo {
		if t, ok := tokens[a]; ok {
			return t
		}
		return pipeline.TokenInfo{Token: relayer.Token{Address: a}}
	}
	fmt.Fprintf(w, "Statement of %s (chain %d, distributor %s)\n", hs.Account.Hex(), hs.ChainID, hs.Distributor.Hex())
	for _, ep := range hs.Epochs {
		fmt.Fprintf(w, "\n%s\n", pipeline.EpochTitle(ep.Epoch, ep.Start, ep.End, ep.Stage)) // the first epoch reads "up to END"
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  ASSET\tACCRUED\tRELEASED\tNEW THIS EPOCH\tCUMULATIVE")
		for _, a := range ep.Assets {
			t := tok(a.Asset)
			gain := t.Gain(a.Line.PreviousCumulative, a.Line.Cumulative)
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", assetName(t), amountAtto(t, a.Line.AccruedAtto), amountAtto(t, a.Line.ReleasedAtto),
				gain, amountUnits(t, a.Line.Cumulative))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for _, r := range ep.Routes {
			fmt.Fprintf(w, "  %s\n", pipeline.RouteOutcome(r, tokens))
		}
		var rows int
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  EVENT\tASSET\tDATASET\tVERSION\tVALUATION\tSNAPSHOT\tVIA\tSHARE")
		for _, a := range ep.Assets {
			t := tok(a.Asset)
			for _, ev := range a.Events {
				rows++
				fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%d\t%s (block %d)\t%s\t%s\n", ev.EventID, assetName(t), ev.DatasetID, ev.DatasetVersion,
					ev.ValuationVersion, short(ev.SnapshotHash), ev.SnapshotBlock, via(ev.Shares), amountAtto(t, ev.AmountAtto))
			}
		}
		if rows == 0 {
			fmt.Fprintln(w, "  from events: none this epoch (released reserves and corrections come from earlier epochs' events)")
			continue
		}
		fmt.Fprintln(w, "  from events:")
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	fmt.Fprintln(w, "\nTotals")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  ASSET\tCUMULATIVE\tIN EPOCH\tCLAIMED\tCLAIMABLE")
	for _, t := range hs.Totals {
		ti := tok(t.Asset)
		claimed, claimable := "not checked", "not checked"
		if t.Claimed != nil {
			claimed, claimable = amountUnits(ti, *t.Claimed), amountUnits(ti, *t.Claimable)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\t%s\n", assetName(ti), amountUnits(ti, t.Cumulative), t.Epoch, claimed, claimable)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := writeHeld(w, hs, tok); err != nil {
		return err
	}
	if !hs.ClaimedChecked {
		fmt.Fprintln(w, "claimed: not checked (give --rpc URL to read the distributor)")
	}
	for _, t := range hs.Totals {
		if !tok(t.Asset).Known {
			fmt.Fprintf(w, "%s: symbol and decimals never read; give --rpc URL once to print token units\n", t.Asset.Hex())
		}
	}
	return nil
}

func via(shares []pipeline.Share) string { return pipeline.Via(shares) }

// writeHeld prints, per asset, the account's share of the reserves still
// held and the earliest time one of them releases.
func writeHeld(w io.Writer, hs *pipeline.HolderStatement, tok func(common.Address) pipeline.TokenInfo) error {
	some := false
	for _, t := range hs.Totals {
		some = some || t.Held != nil
	}
	if !some {
		return nil
	}
	fmt.Fprintln(w, "\nHeld in reserve (released at the first close from that time, once the consumer has paid)")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  ASSET\tHELD\tEVENTS\tNEXT RELEASE")
	for _, t := range hs.Totals {
		if t.Held == nil {
			continue
		}
		ti := tok(t.Asset)
		fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\n", assetName(ti), amountAtto(ti, t.Held.Atto), t.Held.Events, pipeline.HeldRelease(t.Held))
	}
	return tw.Flush()
}
