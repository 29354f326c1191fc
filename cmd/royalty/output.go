package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
)

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// units words amounts for people: in the asset's units with its symbol,
// read from the token over --rpc when the command has a node (and kept in
// the database), else as the database kept them; otherwise in base units.
type units struct {
	ctx     context.Context
	chain   bind.ContractBackend // nil: no node
	st      *store.Store         // nil: no database
	chainID uint64
	known   map[common.Address]relayer.Token
}

// openUnits reads tokens through --rpc when it is given, keeping what it
// reads in st (when not nil) for later commands without a node; a node
// that cannot be reached leaves amounts as st kept them, or in base units
// (said once on stderr).
func openUnits(c *cli.Context, st *store.Store, chainID uint64) (*units, func()) {
	u := &units{ctx: c.Context, st: st, chainID: chainID, known: map[common.Address]relayer.Token{}}
	url := ""
	if flagNamed(c.Command.Flags, "rpc") != nil {
		url = c.String("rpc")
	}
	if url == "" {
		return u, func() {}
	}
	client, err := dial(c.Context, url)
	if err != nil {
		fmt.Fprintf(c.App.ErrWriter, "amounts in base units: %v\n", err)
		return u, func() {}
	}
	u.chain = client
	return u, client.Close
}

// token is the asset as read from the chain, or one without symbol and
// decimals (amounts then show in base units).
func (u *units) token(a common.Address) relayer.Token {
	if t, ok := u.known[a]; ok {
		return t
	}
	t := relayer.Token{Address: a}
	read := false
	if u.chain != nil {
		if r, err := relayer.ReadToken(u.ctx, u.chain, a); err == nil {
			t, read = r, true
		}
	}
	switch {
	case u.st == nil:
	case read: // kept for commands without a node; a failure only loses the cache
		_ = u.st.SaveToken(u.ctx, store.TokenMeta{ChainID: u.chainID, Address: a, Symbol: t.Symbol, Decimals: t.Decimals})
	default:
		if m, err := u.st.Token(u.ctx, u.chainID, a); err == nil {
			t = relayer.Token{Address: a, Symbol: m.Symbol, Decimals: m.Decimals}
		}
	}
	u.known[a] = t
	return t
}

func parseInt(s string) (*big.Int, bool) {
	v, ok := new(big.Int).SetString(s, 10)
	return v, ok && s != ""
}

// name is the asset's symbol, or its address when the token is not known.
func (u *units) name(asset common.Address) string {
	if t := u.token(asset); t.Symbol != "" {
		return t.Symbol
	}
	return asset.Hex()
}

// base words an amount of base units of asset: "0.342 tUSD", or
// "342000 base units" when the token is not known (the asset is named
// beside it).
func (u *units) base(asset common.Address, amount string) string {
	v, ok := parseInt(amount)
	if !ok {
		return amount
	}
	return u.format(asset, v, 0)
}

// atto words an amount of 10^-18 base units of asset.
func (u *units) atto(asset common.Address, amount string) string {
	v, ok := parseInt(amount)
	if !ok {
		return amount
	}
	return u.format(asset, v, 18)
}

func (u *units) format(asset common.Address, v *big.Int, extra uint8) string {
	t := u.token(asset)
	if t.Symbol == "" || t.Decimals > 255-extra {
		return relayer.FormatUnits(v, extra) + " base units"
	}
	t.Decimals += extra
	return t.Format(v)
}

func (u *units) amount(asset common.Address, v *big.Int) string { return u.format(asset, v, 0) }

func when(unix uint64) string {
	return time.Unix(int64(unix), 0).UTC().Format("2006-01-02 15:04:05Z")
}

// table is a tab-aligned writer whose rows are cells.
type table struct{ tw *tabwriter.Writer }

func newTable(w io.Writer, header ...string) *table {
	t := &table{tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}
	if len(header) > 0 {
		t.row(header...)
	}
	return t
}

func (t *table) row(cells ...string) { fmt.Fprintln(t.tw, "  "+strings.Join(cells, "\t")) }

func (t *table) flush() { t.tw.Flush() }

// printClosed writes a closed epoch for people: its period, roots, each
// recipient's and consumer's lines, and the fundings.
func printClosed(w io.Writer, u *units, s *engine.EpochStatements, p *relayer.Payout, lineItems int) {
	fmt.Fprintf(w, "epoch %d: %s → %s (%d → %d), %d line items, trigger %s\n", s.Epoch, when(s.Start), when(s.End), s.Start, s.End, lineItems, s.Trigger)
	fmt.Fprintf(w, "  statements hash  %s\n", s.Hash.Hex())
	if p != nil {
		fmt.Fprintf(w, "  payout root      %s\n  receipt root     %s\n", p.Root.Hex(), p.ReceiptRoot.Hex())
	}
	fmt.Fprintln(w, "\nrecipients (owed this epoch, and the cumulative entitlement they can claim):")
	if len(s.Recipients) == 0 {
		fmt.Fprintln(w, "  none")
	} else {
		t := newTable(w, "ACCOUNT", "ASSET", "ACCRUED", "SETTLED", "RELEASED", "UNSETTLED (RESERVED)", "CUMULATIVE")
		for _, r := range s.Recipients {
			for _, l := range r.Lines {
				a := common.HexToAddress(l.Asset)
				t.row(r.Account, u.name(a), u.atto(a, l.AccruedAtto), u.atto(a, l.SettledAtto), u.atto(a, l.ReleasedAtto), u.atto(a, l.UnsettledAtto), u.base(a, l.Cumulative))
			}
		}
		t.flush()
	}
	fmt.Fprintln(w, "\nconsumers:")
	if len(s.Consumers) == 0 {
		fmt.Fprintln(w, "  none")
	} else {
		t := newTable(w, "CONSUMER", "ASSET", "LINE ITEMS", "OWED", "SETTLED", "DEPOSITED", "OUTSTANDING")
		for _, c := range s.Consumers {
			a := common.HexToAddress(c.Asset)
			t.row(c.Consumer, u.name(a), fmt.Sprint(c.LineItems), u.atto(a, c.OwedAtto), u.atto(a, c.SettledAtto), u.atto(a, c.DepositedAtto), u.atto(a, c.OutstandingAtto))
		}
		t.flush()
	}
	if len(s.Corrections) > 0 {
		fmt.Fprintf(w, "\ncorrections: %d (royalty epoch show --json lists them)\n", len(s.Corrections))
	}
	if p != nil && len(p.Fundings) > 0 {
		fmt.Fprintln(w, "\nfunded from the vault:")
		t := newTable(w, "CONSUMER", "ASSET", "AMOUNT")
		for _, f := range p.Fundings {
			t.row(f.Consumer.Hex(), u.name(f.Asset), u.amount(f.Asset, f.Amount))
		}
		t.flush()
	}
}

// printReceipt writes an epoch's receipt for people.
func printReceipt(w io.Writer, u *units, r *pipeline.Receipt) {
	fmt.Fprintf(w, "epoch %d on chain %d: %s, %s → %s\n", r.Epoch, r.ChainID, r.Stage, when(r.Start), when(r.End))
	fmt.Fprintf(w, "  statements hash  %s\n  root             %s\n  receipt root     %s\n", r.StatementsHash.Hex(), r.Root.Hex(), r.ReceiptRoot.Hex())
	fmt.Fprintln(w, "\ntransactions:")
	if len(r.Transactions) == 0 {
		fmt.Fprintln(w, "  none yet (royalty relay --epoch N puts the epoch on chain)")
	} else {
		t := newTable(w, "ACTION", "TRANSACTION", "BLOCK", "GAS", "FEE (WEI)", "NOTE")
		for _, x := range r.Transactions {
			note := ""
			switch {
			case x.Reverted:
				note = "reverted: " + x.Reason
			case x.DoneElsewhere:
				note = "done by " + x.From.Hex()
			}
			t.row(x.Action, x.Hash.Hex(), fmt.Sprint(x.Block), fmt.Sprint(x.GasUsed), x.FeeWei, note)
		}
		t.flush()
	}
	if len(r.Fundings) > 0 {
		fmt.Fprintln(w, "\nfunded from the vault:")
		t := newTable(w, "CONSUMER", "ASSET", "AMOUNT")
		for _, f := range r.Fundings {
			t.row(f.Consumer.Hex(), u.name(f.Asset), u.amount(f.Asset, f.Amount))
		}
		t.flush()
	}
	for _, p := range r.Payouts {
		fmt.Fprintf(w, "\npayout in %s (%s): cumulative total %s\n", u.name(p.Asset), p.Asset.Hex(), u.base(p.Asset, p.Total))
		for _, s := range p.Route {
			fmt.Fprintf(w, "  route: %s from %s to %s at %s\n", s.Kind, s.From, s.To, s.Rate)
		}
		t := newTable(w, "EVENT", "CONSUMER", "VALUATION", "POLICY", "GROSS", "RESERVE", "NET", "SNAPSHOT")
		for _, li := range p.LineItems {
			t.row(li.EventID, li.Consumer, fmt.Sprintf("v%d", li.ValuationVersion), fmt.Sprintf("v%d", li.PolicyVersion),
				u.base(p.Asset, li.Gross), u.base(p.Asset, li.Reserve), u.base(p.Asset, li.Net), li.SnapshotHash.Hex())
		}
		t.flush()
	}
	if len(r.Routes) > 0 {
		printReceiptRoutes(w, u, r)
	}
	if len(r.Corrections) > 0 {
		fmt.Fprintf(w, "\ncorrections: %d (royalty receipt --json lists them)\n", len(r.Corrections))
	}
}

// printReceiptRoutes lists every step of the epoch's routes: kind, status,
// venue or route, chain ids, amounts in and out, realised rate, fee, the
// last transaction, the message id, and why a step was aborted or skipped.
// A swap's fee is what the pool kept of the input; a bridge's the native gas
// payment in wei.
// Amounts on another chain are in base units (its tokens are not read).
func printReceiptRoutes(w io.Writer, u *units, r *pipeline.Receipt) {
	amount := func(chain uint64, asset common.Address, v string) string {
		switch {
		case v == "":
			return "-"
		case chain == r.ChainID:
			return u.base(asset, v)
		}
		return fmt.Sprintf("%s base units of %s", v, asset.Hex())
	}
	fmt.Fprintln(w, "\nroutes:")
	for _, run := range r.Routes {
		fmt.Fprintf(w, "  %s: %s on chain %d → %s on chain %d, %d holders\n", run.Key, u.name(run.Group.Asset), run.Group.HomeChain,
			run.Group.ToAsset.Hex(), run.Group.ToChain, len(run.Group.Parts))
		t := newTable(w, "STEP", "STATUS", "VENUE", "CHAINS", "IN", "OUT", "RATE", "FEE", "TRANSACTION", "MESSAGE")
		for _, s := range run.Steps {
			tx, msg := "-", "-"
			if len(s.TxHashes) > 0 {
				tx = s.TxHashes[len(s.TxHashes)-1].Hex()
			}
			if s.MessageID != nil {
				msg = s.MessageID.Hex()
			}
			fee := orDash(s.Fee)
			switch {
			case s.Fee == "":
			case s.Kind == routes.KindSwap: // what the pool kept, in base units of the input
				fee = amount(s.FromChain, s.AssetIn, s.Fee)
			case s.Kind == routes.KindBridge: // the native gas payment on the source chain
				fee = s.Fee + " wei"
			}
			t.row(s.Kind, s.Status, s.Venue, fmt.Sprintf("%d→%d", s.FromChain, s.ToChain), amount(s.FromChain, s.AssetIn, s.AmountIn),
				amount(s.ToChain, s.AssetOut, s.AmountOut), orDash(s.Rate), fee, tx, msg)
		}
		t.flush()
		for _, s := range run.Steps {
			if s.Reason != "" {
				fmt.Fprintf(w, "    %s %s: %s\n", s.Kind, s.Status, s.Reason)
			}
		}
	}
}

// printProofs writes an account's entitlements for people.
func printProofs(w io.Writer, u *units, p relayer.AccountProofs) {
	fmt.Fprintf(w, "account %s: entitlements under root %s\n  (chain %d, distributor %s)\n", p.Account.Hex(), p.Root.Hex(), p.ChainID, p.Distributor.Hex())
	t := newTable(w, "ASSET", "CUMULATIVE", "PROOF")
	for _, e := range p.Entitlements {
		t.row(u.name(e.Asset), u.base(e.Asset, e.Cumulative), fmt.Sprintf("%d hashes", len(e.Proof)))
	}
	t.flush()
	fmt.Fprintln(w, "\nThe cumulative is everything the account was ever entitled to; a claim pays it less what was claimed already\n(royalty claim --account A). --json prints the proofs for a wallet.")
}

// printPriced writes a pricing pass for people.
func printPriced(w io.Writer, s pipeline.Summary) {
	fmt.Fprintf(w, "priced now: %d; priced earlier: %d; waiting: %d; rejected: %d; held for review: %d\n",
		s.Priced, s.Earlier, s.Waiting, s.Rejected, s.Held)
	if len(s.Pending) > 0 {
		fmt.Fprintln(w, "\nnot priced:")
		t := newTable(w, "EVENT", "OUTCOME", "WHY")
		for _, r := range s.Pending {
			t.row(r.EventID, string(r.Outcome), r.Reason)
		}
		t.flush()
	}
	if len(s.Limits) > 0 {
		fmt.Fprintln(w, "\nmaximum gross per event (held for review above it):")
		t := newTable(w, "ASSET", "MAXIMUM")
		for _, l := range s.Limits {
			t.row(l.Asset.Hex(), l.MaxGross+" "+l.Symbol)
		}
		t.flush()
	}
}
