package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
)

var outcomes = pipeline.Outcomes

func disputeCommand() *cli.Command {
	chainFlags := func(extra ...cli.Flag) []cli.Flag {
		fs := []cli.Flag{
			rpcFlag(true, "JSON-RPC URL of the chain"),
			requiredDeployment(),
			&cli.StringFlag{Name: "reason", Usage: "the reason, in words (its keccak256 goes on chain; keep the text)", Required: true},
			&cli.DurationFlag{Name: "timeout", Usage: "give up waiting for the receipt after this long", Value: 5 * time.Minute},
			jsonFlag(),
		}
		return append(append(fs, extra...), keyFlags()...)
	}
	return &cli.Command{
		Name:  "dispute",
		Usage: "open, resolve, list and show disputes on usage events, CFs and valuation versions",
		Subcommands: []*cli.Command{
			{
				Name:  "open",
				Usage: "open a dispute (one of --event, --cf, --valuation) within its window",
				Description: "An event dispute must be opened before the event's timestamp plus its policy's dispute window;\n" +
					"--event-time and --policy default to the stored line item's (with --db).",
				Flags: chainFlags(
					&cli.StringFlag{Name: "event", Usage: "usage event id"},
					&cli.Uint64Flag{Name: "event-time", Usage: "the event's timestamp (unix seconds)"},
					&cli.Uint64Flag{Name: "policy", Usage: "the split policy version that priced the event"},
					&cli.StringFlag{Name: "cf", Usage: "CF (contribution) id"},
					&cli.Uint64Flag{Name: "valuation", Usage: "valuation version"},
					dbFlag,
				),
				Action: runDisputeOpen,
			},
			{
				Name:  "resolve",
				Usage: "resolve an open dispute (ARBITER_ROLE): dismissed, or upheld with one change",
				Flags: chainFlags(
					&cli.Uint64Flag{Name: "id", Usage: "dispute number", Required: true},
					&cli.StringFlag{Name: "outcome", Usage: "dismissed | cf-deprecated | cf-amended | valuation-corrected | event-voided", Required: true},
					&cli.StringFlag{Name: "cf", Usage: "the CF deprecated or amended"},
					&cli.StringFlag{Name: "new-cf", Usage: "the amending CF (cf-amended)"},
					&cli.Uint64Flag{Name: "valuation", Usage: "the corrected valuation version (valuation-corrected)"},
				),
				Action: runDisputeResolve,
			},
			{
				Name:   "list",
				Usage:  "every dispute and correction outside a dispute, as the closed epochs applied them",
				Flags:  []cli.Flag{dbFlag, requiredDeployment(), jsonFlag()},
				Action: runDisputeList,
			},
			{
				Name:      "show",
				Usage:     "one dispute and its corrections (amounts in token units with --rpc)",
				ArgsUsage: "ID (a number, or an id as list prints it)",
				Flags: []cli.Flag{dbFlag, requiredDeployment(), jsonFlag(),
					rpcFlag(false, "JSON-RPC URL, to read each asset's symbol and decimals")},
				Action: runDisputeShow,
			},
		},
	}
}

func bigArg(c *cli.Context, name string) (*big.Int, error) {
	s := c.String(name)
	if s == "" {
		return new(big.Int), nil
	}
	v, err := uint256.FromDecimal(s)
	if err != nil || v.IsZero() {
		return nil, exitWith(2, fmt.Errorf("--%s: %q is not a positive integer", name, s))
	}
	return v.ToBig(), nil
}

// govSend sends calldata to the deployment's GovernanceConfig with the key
// and returns the receipt's logs of it.
func govSend(c *cli.Context, what string, data []byte) (*govReceipt, error) {
	dep, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return nil, exitWith(2, err)
	}
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return nil, exitWith(2, err)
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	client, err := dial(ctx, c.String("rpc"))
	if err != nil {
		return nil, err
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	if chainID.Uint64() != dep.ChainID {
		return nil, exitWith(2, fmt.Errorf("--rpc is chain %s, the deployment is chain %d", chainID, dep.ChainID))
	}
	ch := deploy.Chain{Backend: client, Auth: bind.NewKeyedTransactor(key, chainID), Poll: 500 * time.Millisecond}
	gov := governanceconfig.NewGovernanceConfig()
	r, err := ch.Transact(ctx, what, gov.Instance(client, dep.GovernanceConfig), data)
	if err != nil {
		return nil, err
	}
	out := &govReceipt{Tx: r.TxHash, Block: r.BlockNumber.Uint64(), From: crypto.PubkeyToAddress(key.PublicKey)}
	for _, l := range r.Logs {
		if l.Address != dep.GovernanceConfig {
			continue
		}
		if e, err := gov.UnpackDisputeOpenedEvent(l); err == nil {
			out.ID = e.Id
		}
		if e, err := gov.UnpackDisputeResolvedEvent(l); err == nil {
			out.ID = e.Id
		}
	}
	return out, nil
}

type govReceipt struct {
	ID         uint64         `json:"id"`
	Tx         common.Hash    `json:"tx"`
	Block      uint64         `json:"block"`
	From       common.Address `json:"from"`
	ReasonHash common.Hash    `json:"reasonHash"`
	Reason     string         `json:"reason"`
}

func runDisputeOpen(c *cli.Context) error {
	var target uint8
	subject := new(big.Int)
	set := 0
	for _, n := range []string{"event", "cf", "valuation"} {
		if c.IsSet(n) {
			set++
		}
	}
	if set != 1 {
		return exitWith(2, errors.New("give exactly one of --event ID, --cf ID, --valuation VERSION"))
	}
	evID, evTime, policy := c.String("event"), c.Uint64("event-time"), c.Uint64("policy")
	switch {
	case c.IsSet("event"):
		target = pipeline.TargetEvent
		if evID == "" {
			return exitWith(2, errors.New("--event: give the usage event id"))
		}
		if evTime == 0 || policy == 0 {
			if !c.IsSet("db") {
				return exitWith(2, errors.New("--event-time and --policy are needed (or --db to read them from the stored line item)"))
			}
			e, done, err := openEpochs(c)
			if err != nil {
				return err
			}
			defer done()
			row, err := e.Store.LineItem(c.Context, evID)
			if err != nil {
				return exitWith(2, fmt.Errorf("--event %s: no priced line item in --db: %w", evID, err))
			}
			in, err := engine.DecodeBundle(bytes.NewReader(row.Bundle))
			if err != nil {
				return fmt.Errorf("line item %s: %w", evID, err)
			}
			if evTime == 0 {
				evTime = in.Event.Timestamp
			}
			if policy == 0 {
				policy = in.Policy.Version
			}
		}
	case c.IsSet("cf"):
		target = pipeline.TargetCF
		var err error
		if subject, err = bigArg(c, "cf"); err != nil {
			return err
		}
	default:
		target = pipeline.TargetValuation
		if c.Uint64("valuation") == 0 {
			return exitWith(2, errors.New("--valuation: give a published version (1 or more)"))
		}
		subject.SetUint64(c.Uint64("valuation"))
	}
	reason := c.String("reason")
	rh := crypto.Keccak256Hash([]byte(reason))
	data := governanceconfig.NewGovernanceConfig().PackOpenDispute(target, subject, evID, evTime, policy, rh)
	r, err := govSend(c, "open dispute", data)
	if err != nil {
		return err
	}
	r.ReasonHash, r.Reason = rh, reason
	if c.Bool("json") {
		return printJSON(c.App.Writer, r)
	}
	fmt.Fprintf(c.App.Writer, "opened dispute %d from %s in tx %s (block %d); reason hash %s\n", r.ID, r.From.Hex(), r.Tx.Hex(), r.Block, rh.Hex())
	return nil
}

func runDisputeResolve(c *cli.Context) error {
	outcome, ok := outcomes[c.String("outcome")]
	if !ok {
		return exitWith(2, fmt.Errorf("--outcome: %q is not one of dismissed, cf-deprecated, cf-amended, valuation-corrected, event-voided", c.String("outcome")))
	}
	cf, err := bigArg(c, "cf")
	if err != nil {
		return err
	}
	newCf, err := bigArg(c, "new-cf")
	if err != nil {
		return err
	}
	reason := c.String("reason")
	rh := crypto.Keccak256Hash([]byte(reason))
	data := governanceconfig.NewGovernanceConfig().PackResolveDispute(c.Uint64("id"), outcome, cf, newCf, c.Uint64("valuation"), rh)
	r, err := govSend(c, "resolve dispute", data)
	if err != nil {
		return err
	}
	r.ID, r.ReasonHash, r.Reason = c.Uint64("id"), rh, reason
	if c.Bool("json") {
		return printJSON(c.App.Writer, r)
	}
	fmt.Fprintf(c.App.Writer, "resolved dispute %d (%s) from %s in tx %s (block %d); reason hash %s\n", r.ID, c.String("outcome"), r.From.Hex(), r.Tx.Hex(), r.Block, rh.Hex())
	return nil
}

// disputeView is one dispute as list and show print it.
type disputeView = pipeline.DisputeView

func viewOf(d *pipeline.Dispute) disputeView { return d.View() }

func runDisputeList(c *cli.Context) error {
	e, done, err := openEpochs(c)
	if err != nil {
		return err
	}
	defer done()
	ds, err := e.Disputes(c.Context)
	if err != nil {
		return err
	}
	views := make([]disputeView, len(ds))
	for i, d := range ds {
		views[i] = viewOf(d)
	}
	if c.Bool("json") {
		return printJSON(c.App.Writer, views)
	}
	if len(views) == 0 {
		fmt.Fprintln(c.App.Writer, "no disputes")
		return nil
	}
	tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "id\tstatus\ttarget\tline items\toutcome\tnote\t")
	for _, v := range views {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", v.ID, v.Status, v.Target, strings.Join(v.LineItems, ","), v.Outcome, v.Note)
	}
	return tw.Flush()
}

type correctionView struct {
	pipeline.EpochCorrection
	Symbol   string `json:"symbol,omitempty"`
	OldGross string `json:"oldGross,omitempty"` // token units, with --rpc
	NewGross string `json:"newGross,omitempty"`
	Refund   string `json:"refund,omitempty"`
}

func runDisputeShow(c *cli.Context) error {
	if c.NArg() != 1 {
		return exitWith(2, errors.New("give the dispute: royalty dispute show ID"))
	}
	id := c.Args().First()
	if _, err := strconv.ParseUint(id, 10, 64); err == nil {
		id = "dispute-" + id
	}
	e, done, err := openEpochs(c)
	if err != nil {
		return err
	}
	defer done()
	ds, err := e.Disputes(c.Context)
	if err != nil {
		return err
	}
	var d *pipeline.Dispute
	for _, x := range ds {
		if x.ID == id {
			d = x
		}
	}
	if d == nil {
		return exitWith(2, fmt.Errorf("no dispute %s: royalty dispute list shows them", id))
	}
	cs, err := e.Corrections(c.Context, id)
	if err != nil {
		return err
	}
	views := make([]correctionView, len(cs))
	var client *ethclient.Client
	if url := c.String("rpc"); url != "" {
		if client, err = dial(c.Context, url); err != nil {
			return err
		}
		defer client.Close()
	}
	tokens := map[common.Address]relayer.Token{}
	for i, x := range cs {
		views[i].EpochCorrection = x
		if client == nil {
			continue
		}
		a := common.HexToAddress(x.Asset)
		tok, ok := tokens[a]
		if !ok {
			if tok, err = relayer.ReadToken(c.Context, client, a); err != nil {
				return err
			}
			tokens[a] = tok
		}
		whole := func(atto string) string {
			v, _ := new(big.Int).SetString(atto, 10)
			if v == nil {
				return atto
			}
			return tok.Format(v.Quo(v, big.NewInt(engine.AttoPerUnit)))
		}
		views[i].Symbol, views[i].OldGross, views[i].NewGross, views[i].Refund = tok.Symbol, whole(x.OldGross), whole(x.NewGross), whole(x.RefundAtto)
	}
	out := struct {
		disputeView
		Corrections []correctionView `json:"corrections"`
	}{viewOf(d), views}
	if c.Bool("json") {
		return printJSON(c.App.Writer, out)
	}
	v := out.disputeView
	fmt.Fprintf(c.App.Writer, "%s: %s, on %s\n", v.ID, v.Status, v.Target)
	if v.Opener != "" {
		fmt.Fprintf(c.App.Writer, "opened by %s (governance: %t) at %d\n", v.Opener, v.Governance, v.OpenedAt)
	}
	if v.Outcome != "" {
		fmt.Fprintf(c.App.Writer, "outcome: %s\n", v.Outcome)
	}
	fmt.Fprintf(c.App.Writer, "line items frozen: %s\n", strings.Join(v.LineItems, ", "))
	if v.Note != "" {
		fmt.Fprintf(c.App.Writer, "note: %s\n", v.Note)
	}
	if len(views) == 0 {
		fmt.Fprintln(c.App.Writer, "no corrections in the closed epochs")
		return nil
	}
	tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "epoch\tevent\told gross\tnew gross\trefund\treason\t")
	for _, x := range views {
		og, ng, rf := x.OldGross, x.NewGross, x.Refund
		if og == "" {
			og, ng, rf = x.Correction.OldGross+" atto", x.Correction.NewGross+" atto", x.RefundAtto+" atto"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t\n", x.Epoch, x.EventID, og, ng, rf, x.Correction.Reason)
	}
	return tw.Flush()
}
