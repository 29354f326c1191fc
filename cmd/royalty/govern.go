package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/govern"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

// sendFlags are the flags of every command that sends a governance
// transaction: where, as whom, how long to wait, and the outbox's database.
func sendFlags() []cli.Flag {
	return append([]cli.Flag{
		rpcFlag(true), dbFlag, requiredDeployment(), jsonFlag(), inputFlag(),
		&cli.Uint64Flag{Name: "confirmations", Usage: "blocks on top of the transaction's block before it is done", Value: 3, EnvVars: []string{"ROYALTY_TX_CONFIRMATIONS"}},
		&cli.DurationFlag{Name: "poll", Usage: "how often to check for the receipt", Value: 2 * time.Second, EnvVars: []string{"ROYALTY_TX_POLL"}},
		&cli.DurationFlag{Name: "timeout", Usage: "give up waiting after this long (a re-run resumes the same transaction)", Value: 5 * time.Minute},
		&cli.StringFlag{Name: "ref", Usage: "a reference telling a deliberate repeat of identical inputs apart (identical inputs and ref are sent once)"},
	}, append(keyFlags(), logFlags("warn")...)...)
}

// govFlags are a governance command's own flags and the sending flags.
func govFlags(own ...cli.Flag) []cli.Flag { return append(own, sendFlags()...) }

// sendActions builds the actions from the flags and sends them in order
// through the outbox, printing each one's decoded events.
func sendActions(build func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error)) cli.ActionFunc {
	return func(c *cli.Context) error {
		dep, err := deploy.Load(c.String("deployment"))
		if err != nil {
			return exitWith(2, fmt.Errorf("--deployment: %w", err))
		}
		key, err := loadKey(c.String("key-file"), c.String("password-file"))
		if err != nil {
			return exitWith(2, err)
		}
		log, err := newLog(c)
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
		defer cancel()
		client, err := dial(ctx, c.String("rpc"))
		if err != nil {
			return err
		}
		defer client.Close()
		if id, err := client.ChainID(ctx); err != nil {
			return fmt.Errorf("read chain id: %w", err)
		} else if !id.IsUint64() || id.Uint64() != dep.ChainID {
			return exitWith(2, fmt.Errorf("--rpc serves chain %s, the deployment is on chain %d", id, dep.ChainID))
		}
		s := &govern.Sender{Chain: client, Dep: dep}
		actions, err := build(ctx, c, s)
		if err != nil {
			return err
		}
		st, err := store.Open(ctx, c.String("db"))
		if err != nil {
			return err
		}
		defer st.Close()
		cfg := txmgr.DefaultConfig()
		cfg.Confirmations, cfg.PollInterval, cfg.DecodeRevert = c.Uint64("confirmations"), c.Duration("poll"), reverts.String
		if err := cfg.Check(); err != nil {
			return exitWith(2, err)
		}
		if s.TM, err = txmgr.New(ctx, cfg, client, st.Outbox(), key, log); err != nil {
			return err
		}
		var results []govern.Result
		for _, a := range actions {
			a.Ref = c.String("ref")
			res, err := s.Send(ctx, a)
			if err != nil {
				if len(results) > 0 && !c.Bool("json") {
					printResults(c.App.Writer, results) // what was done before the failure
				}
				return err
			}
			results = append(results, res)
		}
		if c.Bool("json") {
			if len(results) == 1 {
				return printJSON(c.App.Writer, results[0])
			}
			return printJSON(c.App.Writer, results)
		}
		printResults(c.App.Writer, results)
		return nil
	}
}

// printResults writes each action, its transaction and its decoded events.
func printResults(w io.Writer, results []govern.Result) {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		switch {
		case r.InPlace:
			fmt.Fprintf(w, "%s: already in place on chain; nothing sent\n", r.Action)
			continue
		case r.Earlier:
			fmt.Fprintf(w, "%s: sent earlier with the same inputs (give --ref to send it again); nothing sent now\n", r.Action)
		default:
			fmt.Fprintf(w, "%s: done\n", r.Action)
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "  tx\t%s\n  block\t%d\n  gas used\t%d\n  from\t%s\n", r.Tx.Hex(), r.Block, r.Gas, r.From.Hex())
		for _, e := range r.Events {
			fmt.Fprintf(tw, "  event\t%s.%s\n", e.Contract, e.Name)
			for _, f := range e.Fields {
				if f.Formatted != "" {
					fmt.Fprintf(tw, "    %s\t%s (%s base units)\n", f.Name, f.Formatted, f.Value)
				} else {
					fmt.Fprintf(tw, "    %s\t%s\n", f.Name, f.Value)
				}
			}
		}
		tw.Flush()
	}
}

func one(a govern.Action) []govern.Action { return []govern.Action{a} }

func contributionCommand() *cli.Command {
	roles := "sample, label or validation"
	return &cli.Command{
		Name:  "contribution",
		Usage: "register, amend and deprecate contributions (OwnershipToken; needs REGISTRAR_ROLE)",
		Subcommands: []*cli.Command{
			{
				Name:  "register",
				Usage: "register a contribution: a new CF id, its units minted to the holder (prints ContributionRegistered with the cfId)",
				Flags: govFlags(append(append([]cli.Flag{
					&cli.StringFlag{Name: "dataset", Usage: "dataset id (decimal)", Required: true},
					&cli.StringFlag{Name: "role", Usage: "the contribution's role: " + roles, Required: true},
					&cli.StringFlag{Name: "contributor", Usage: "the contributor's address", Required: true},
					&cli.StringFlag{Name: "holder", Usage: "who receives the units (default: the contributor)"},
					&cli.StringFlag{Name: "units", Usage: "ownership units minted (decimal)", Required: true},
				}, hashFlags("asset", "the data asset the contribution belongs to")...), hashFlags("content", "the contribution's content")...)...),
				Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
					dataset, err := bigOf(c, "dataset")
					if err != nil {
						return nil, err
					}
					role, ok := govern.Roles[c.String("role")]
					if !ok {
						return nil, exitWith(2, fmt.Errorf("--role %q: want %s", c.String("role"), roles))
					}
					contributor, err := addrOf(c, "contributor")
					if err != nil {
						return nil, err
					}
					holder := contributor
					if c.String("holder") != "" {
						if holder, err = addrOf(c, "holder"); err != nil {
							return nil, err
						}
					}
					units, err := bigOf(c, "units")
					if err != nil {
						return nil, err
					}
					asset, err := hashOf(c, "asset")
					if err != nil {
						return nil, err
					}
					content, err := hashOf(c, "content")
					if err != nil {
						return nil, err
					}
					return one(s.Register(dataset, asset, role, contributor, content, holder, units)), nil
				}),
			},
			{
				Name:  "amend",
				Usage: "supersede a CF by a new one (same dataset, asset, role and contributor; new content, holder and units)",
				Flags: govFlags(append(append([]cli.Flag{
					&cli.StringFlag{Name: "cf", Usage: "the CF id amended", Required: true},
					&cli.StringFlag{Name: "holder", Usage: "who receives the new CF's units", Required: true},
					&cli.StringFlag{Name: "units", Usage: "the new CF's units (decimal)", Required: true},
				}, hashFlags("content", "the new content")...), hashFlags("reason", "why it is amended")...)...),
				Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
					cf, err := bigOf(c, "cf")
					if err != nil {
						return nil, err
					}
					holder, err := addrOf(c, "holder")
					if err != nil {
						return nil, err
					}
					units, err := bigOf(c, "units")
					if err != nil {
						return nil, err
					}
					content, err := hashOf(c, "content")
					if err != nil {
						return nil, err
					}
					reason, err := hashOf(c, "reason")
					if err != nil {
						return nil, err
					}
					return one(s.Amend(cf, content, reason, holder, units)), nil
				}),
			},
			{
				Name:  "deprecate",
				Usage: "deprecate a CF (it can no longer join a version; an open version holding it must drop it before sealing)",
				Flags: govFlags(append([]cli.Flag{
					&cli.StringFlag{Name: "cf", Usage: "the CF id", Required: true},
				}, hashFlags("reason", "why it is deprecated")...)...),
				Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
					cf, err := bigOf(c, "cf")
					if err != nil {
						return nil, err
					}
					reason, err := hashOf(c, "reason")
					if err != nil {
						return nil, err
					}
					return one(s.Deprecate(cf, reason)), nil
				}),
			},
		},
	}
}

func versionCommand() *cli.Command {
	ids := func() []cli.Flag {
		return []cli.Flag{
			&cli.StringFlag{Name: "dataset", Usage: "dataset id (decimal)", Required: true},
			&cli.StringFlag{Name: "version", Usage: "the version: the dataset's open one (last sealed + 1)", Required: true},
		}
	}
	cfs := &cli.StringSliceFlag{Name: "cf", Usage: "CF ids (repeatable, or comma-separated)", Required: true}
	read := func(c *cli.Context) (*big.Int, uint64, error) {
		d, err := bigOf(c, "dataset")
		if err != nil {
			return nil, 0, err
		}
		v, err := uint64Of(c, "version")
		return d, v, err
	}
	return &cli.Command{
		Name:  "version",
		Usage: "build and seal dataset versions (OwnershipToken; needs PUBLISHER_ROLE)",
		Subcommands: []*cli.Command{
			{
				Name:  "add",
				Usage: "list CFs in the dataset's open version (may be called in chunks)",
				Flags: govFlags(append(ids(), cfs)...),
				Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
					d, v, err := read(c)
					if err != nil {
						return nil, err
					}
					list, err := bigsOf(c, "cf")
					if err != nil {
						return nil, err
					}
					return one(s.VersionAdd(d, v, list)), nil
				}),
			},
			{
				Name:  "remove",
				Usage: "take CFs deprecated since they were added out of the open version",
				Flags: govFlags(append(ids(), &cli.StringSliceFlag{Name: "cf", Usage: "CF ids (repeatable, or comma-separated)", Required: true})...),
				Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
					d, v, err := read(c)
					if err != nil {
						return nil, err
					}
					list, err := bigsOf(c, "cf")
					if err != nil {
						return nil, err
					}
					return one(s.VersionRemove(d, v, list)), nil
				}),
			},
			{
				Name:  "seal",
				Usage: "seal the open version: its CF list is fixed for ever",
				Flags: govFlags(append(ids(), hashFlags("manifest", "the version's manifest")...)...),
				Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
					d, v, err := read(c)
					if err != nil {
						return nil, err
					}
					m, err := hashOf(c, "manifest")
					if err != nil {
						return nil, err
					}
					return one(s.VersionSeal(d, v, m)), nil
				}),
			},
			{
				Name:  "publish",
				Usage: "list CFs and seal the version in one transaction",
				Flags: govFlags(append(append(ids(), &cli.StringSliceFlag{Name: "cf", Usage: "CF ids (repeatable, or comma-separated)", Required: true}),
					hashFlags("manifest", "the version's manifest")...)...),
				Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
					d, v, err := read(c)
					if err != nil {
						return nil, err
					}
					list, err := bigsOf(c, "cf")
					if err != nil {
						return nil, err
					}
					m, err := hashOf(c, "manifest")
					if err != nil {
						return nil, err
					}
					return one(s.VersionPublish(d, v, list, m)), nil
				}),
			},
		},
	}
}

// readToken reads an asset's symbol and decimals from the chain.
func readToken(ctx context.Context, s *govern.Sender, asset common.Address, flag string) (relayer.Token, error) {
	t, err := relayer.ReadToken(ctx, s.Chain, asset)
	if err != nil {
		return t, exitWith(2, fmt.Errorf("--%s %s: cannot read the token's symbol and decimals (is it an ERC-20 on this chain?): %w", flag, asset.Hex(), err))
	}
	return t, nil
}

// amountOf reads --NAME in the token's units ("0.002") into base units.
func amountOf(c *cli.Context, name string, t relayer.Token) (*big.Int, error) {
	v, err := pipeline.ParseUnits(c.String(name), t.Decimals)
	if err != nil {
		return nil, flagErr(name, fmt.Errorf("%w (an amount of %s, which has %d decimals)", err, t.Symbol, t.Decimals))
	}
	return v.ToBig(), nil
}

func valuationCommand() *cli.Command {
	return &cli.Command{
		Name:  "valuation",
		Usage: "publish valuations (GovernanceConfig; needs GOVERNOR_ROLE)",
		Subcommands: []*cli.Command{{
			Name: "publish",
			Usage: "publish a valuation: --price of --asset per --per units of usage, times any --factor " +
				"(prints ValuationPublished with its version)",
			Flags: govFlags(
				&cli.StringFlag{Name: "dataset", Usage: "dataset id (decimal)", Required: true},
				&cli.StringFlag{Name: "asset", Usage: "the ERC-20 paid", Required: true},
				&cli.StringFlag{Name: "unit", Usage: "the unit of usage metered (\"requests\")", Required: true},
				&cli.StringFlag{Name: "price", Usage: "price in the asset's units (\"0.002\"; decimals read from the token)", Required: true},
				&cli.StringFlag{Name: "per", Usage: "units of usage the price is for (decimal)", Value: "1"},
				&cli.StringSliceFlag{Name: "factor", Usage: "NAME=WAD: a named multiplier (1e18 = ×1; name up to 32 bytes); repeatable"},
			),
			Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
				d, err := bigOf(c, "dataset")
				if err != nil {
					return nil, err
				}
				asset, err := addrOf(c, "asset")
				if err != nil {
					return nil, err
				}
				tok, err := readToken(ctx, s, asset, "asset")
				if err != nil {
					return nil, err
				}
				price, err := amountOf(c, "price", tok)
				if err != nil {
					return nil, err
				}
				per, err := bigOf(c, "per")
				if err != nil {
					return nil, err
				}
				var names [][32]byte
				var wads []*big.Int
				for _, kv := range c.StringSlice("factor") {
					n, w, ok := strings.Cut(kv, "=")
					if !ok || n == "" || len(n) > 32 {
						return nil, exitWith(2, fmt.Errorf("--factor %q: want NAME=WAD with a name of 1 to 32 bytes", kv))
					}
					var name [32]byte
					copy(name[:], n)
					var wad big.Int
					if _, ok := wad.SetString(w, 10); !ok || wad.Sign() < 0 || !isPlain(w) {
						return nil, exitWith(2, fmt.Errorf("--factor %q: the WAD is a plain decimal (1000000000000000000 = ×1)", kv))
					}
					names, wads = append(names, name), append(wads, &wad)
				}
				if c.String("unit") == "" {
					return nil, exitWith(2, fmt.Errorf("--unit: give the unit of usage"))
				}
				return one(s.Valuation(d, asset, c.String("unit"), price, per, names, wads)), nil
			}),
		}},
	}
}

func isPlain(s string) bool {
	return len(s) > 0 && strings.Trim(s, "0123456789") == "" && (s == "0" || s[0] != '0')
}

func policyCommand() *cli.Command {
	bps := func(name, usage string, def string) cli.Flag {
		return &cli.StringFlag{Name: name, Usage: usage + " (basis points, 10000 = 100%)", Value: def}
	}
	return &cli.Command{
		Name:  "policy",
		Usage: "publish split policies (GovernanceConfig; needs GOVERNOR_ROLE)",
		Subcommands: []*cli.Command{{
			Name: "publish",
			Usage: "publish a split policy: the reserve held through the dispute window, then protocol, task developers " +
				"and knowledge pool shares of the net, each within its band (prints SplitPolicyPublished with its version)",
			Flags: govFlags(
				&cli.StringFlag{Name: "treasury", Usage: "the protocol treasury's address", Required: true},
				&cli.StringFlag{Name: "dispute-window", Usage: "seconds a line item's reserve is held", Required: true},
				bps("reserve-bps", "reserve held from the gross", "500"),
				bps("protocol-bps", "protocol share of the net", "1500"),
				bps("developer-bps", "task developers' share of the net", "1000"),
				bps("pool-bps", "knowledge contributor pool's share of the net", "6000"),
				bps("protocol-min-bps", "lowest protocol share a task manifest may set", "1000"),
				bps("protocol-max-bps", "highest protocol share", "3000"),
				bps("developer-min-bps", "lowest developer share", "500"),
				bps("developer-max-bps", "highest developer share", "1500"),
				bps("pool-min-bps", "lowest pool share", "4000"),
				bps("pool-max-bps", "highest pool share", "8000"),
			),
			Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
				var p govern.SplitPolicy
				var err error
				for _, f := range []struct {
					name string
					to   *uint16
				}{{"reserve-bps", &p.ReserveBps}, {"protocol-bps", &p.ProtocolBps}, {"developer-bps", &p.DeveloperBps}, {"pool-bps", &p.PoolBps},
					{"protocol-min-bps", &p.ProtocolMinBps}, {"protocol-max-bps", &p.ProtocolMaxBps}, {"developer-min-bps", &p.DeveloperMinBps},
					{"developer-max-bps", &p.DeveloperMaxBps}, {"pool-min-bps", &p.PoolMinBps}, {"pool-max-bps", &p.PoolMaxBps}} {
					if *f.to, err = bpsOf(c, f.name); err != nil {
						return nil, err
					}
				}
				if p.DisputeWindow, err = uint64Of(c, "dispute-window"); err != nil {
					return nil, err
				}
				if p.Treasury, err = addrOf(c, "treasury"); err != nil {
					return nil, err
				}
				return one(s.Policy(p)), nil
			}),
		}},
	}
}

func manifestCommand() *cli.Command {
	return &cli.Command{
		Name:  "manifest",
		Usage: "publish task manifests (GovernanceConfig; needs GOVERNOR_ROLE)",
		Subcommands: []*cli.Command{{
			Name: "publish",
			Usage: "publish a task manifest for a dataset under a split policy version: its shares (within the policy's bands) " +
				"and its developers with their weights (prints TaskManifestPublished)",
			Flags: govFlags(append([]cli.Flag{
				&cli.StringFlag{Name: "dataset", Usage: "dataset id (decimal)", Required: true},
				&cli.StringFlag{Name: "policy", Usage: "split policy version", Required: true},
				&cli.StringFlag{Name: "protocol-bps", Usage: "protocol share of the net (basis points)", Required: true},
				&cli.StringFlag{Name: "developer-bps", Usage: "task developers' share (basis points)", Required: true},
				&cli.StringFlag{Name: "pool-bps", Usage: "knowledge pool's share (basis points)", Required: true},
				&cli.StringSliceFlag{Name: "developer", Usage: "ADDRESS=WEIGHT: a task developer and its weight (decimal); repeatable"},
			}, hashFlags("manifest", "the task manifest")...)...),
			Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
				d, err := bigOf(c, "dataset")
				if err != nil {
					return nil, err
				}
				pol, err := uint64Of(c, "policy")
				if err != nil {
					return nil, err
				}
				var shares [3]uint16
				for i, n := range []string{"protocol-bps", "developer-bps", "pool-bps"} {
					if shares[i], err = bpsOf(c, n); err != nil {
						return nil, err
					}
				}
				var devs []common.Address
				var weights []*big.Int
				for _, kv := range c.StringSlice("developer") {
					a, w, ok := strings.Cut(kv, "=")
					addr, aerr := strictAddr(a)
					if ok && aerr != nil {
						return nil, exitWith(2, fmt.Errorf("--developer %q: %w", kv, aerr))
					}
					weight, werr := new(big.Int).SetString(w, 10)
					if !ok || !werr || !isPlain(w) || weight.Sign() == 0 {
						return nil, exitWith(2, fmt.Errorf("--developer %q: want ADDRESS=WEIGHT (a non-zero address, a positive decimal weight)", kv))
					}
					devs, weights = append(devs, addr), append(weights, weight)
				}
				m, err := hashOf(c, "manifest")
				if err != nil {
					return nil, err
				}
				return one(s.Manifest(d, pol, shares[0], shares[1], shares[2], devs, weights, m)), nil
			}),
		}},
	}
}

func meterCommand() *cli.Command {
	set := func(name, usage string, authorised bool) *cli.Command {
		return &cli.Command{
			Name:  name,
			Usage: usage,
			Flags: govFlags(&cli.StringFlag{Name: "meter", Usage: "the meter's signing address", Required: true}),
			Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
				m, err := addrOf(c, "meter")
				if err != nil {
					return nil, err
				}
				return one(s.Meter(m, authorised)), nil
			}),
		}
	}
	return &cli.Command{
		Name:  "meter",
		Usage: "authorise and de-authorise meters' signing keys (GovernanceConfig; needs GOVERNOR_ROLE)",
		Subcommands: []*cli.Command{
			set("authorise", "authorise a meter: usage events it signs are priced from now on", true),
			set("revoke", "de-authorise a meter: its events signed from now on are rejected", false),
		},
	}
}

func roleCommand() *cli.Command {
	set := func(name, usage string, grant bool) *cli.Command {
		return &cli.Command{
			Name:  name,
			Usage: usage,
			Flags: govFlags(
				&cli.StringFlag{Name: "contract", Usage: "one of " + strings.Join(govern.Contracts, ", "), Required: true},
				&cli.StringFlag{Name: "role", Usage: "the role's name (GOVERNOR_ROLE, REGISTRAR_ROLE, PUBLISHER_ROLE, PROPOSER_ROLE, FUNDER_ROLE, GUARDIAN_ROLE, DEFAULT_ADMIN_ROLE)", Required: true},
				&cli.StringFlag{Name: "account", Usage: "the account", Required: true},
			),
			Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
				a, err := addrOf(c, "account")
				if err != nil {
					return nil, err
				}
				role := c.String("role")
				if !strings.HasSuffix(role, "_ROLE") || strings.Trim(role, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") != "" {
					return nil, exitWith(2, fmt.Errorf("--role %q: want a role's name in capitals, such as GOVERNOR_ROLE", role))
				}
				act, err := s.Role(c.String("contract"), role, a, grant)
				if err != nil {
					return nil, exitWith(2, fmt.Errorf("--contract: %w", err))
				}
				return one(act), nil
			}),
		}
	}
	return &cli.Command{
		Name:  "role",
		Usage: "grant and revoke roles on the contracts (needs the role's admin: DEFAULT_ADMIN_ROLE, or the timelock)",
		Subcommands: []*cli.Command{
			set("grant", "grant a role (nothing is sent when the account holds it already)", true),
			set("revoke", "revoke a role (nothing is sent when the account does not hold it)", false),
		},
	}
}

func depositCommand() *cli.Command {
	return &cli.Command{
		Name: "deposit",
		Usage: "deposit revenue into the vault for a consumer: approve the vault for the amount (when its allowance is short) " +
			"and deposit, from the signing key's tokens",
		Flags: govFlags(
			&cli.StringFlag{Name: "asset", Usage: "the ERC-20 deposited (allow-listed on the vault)", Required: true},
			&cli.StringFlag{Name: "amount", Usage: "amount in the asset's units (\"2\" or \"0.5\"; decimals read from the token)", Required: true},
			&cli.StringFlag{Name: "consumer", Usage: "the consumer credited (default: the signing key's address)"},
		),
		Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
			asset, err := addrOf(c, "asset")
			if err != nil {
				return nil, err
			}
			tok, err := readToken(ctx, s, asset, "asset")
			if err != nil {
				return nil, err
			}
			amount, err := amountOf(c, "amount", tok)
			if err != nil {
				return nil, err
			}
			if amount.Sign() == 0 {
				return nil, exitWith(2, fmt.Errorf("--amount: a deposit is more than 0"))
			}
			key, err := loadKey(c.String("key-file"), c.String("password-file"))
			if err != nil {
				return nil, exitWith(2, err)
			}
			me := crypto.PubkeyToAddress(key.PublicKey)
			consumer := me
			if c.String("consumer") != "" {
				if consumer, err = addrOf(c, "consumer"); err != nil {
					return nil, err
				}
			}
			if held, err := s.Balance(ctx, asset, me); err != nil {
				return nil, fmt.Errorf("read the signing key's balance: %w", err)
			} else if held.Cmp(amount) < 0 {
				return nil, exitWith(2, fmt.Errorf("--amount %s: the signing key %s holds %s, less than the deposit", tok.Format(amount), me.Hex(), tok.Format(held)))
			}
			var acts []govern.Action
			allowed, err := s.Allowance(ctx, asset, me)
			if err != nil {
				return nil, fmt.Errorf("read the vault's allowance: %w", err)
			}
			if allowed.Cmp(amount) < 0 {
				acts = append(acts, s.Approve(asset, amount))
			}
			return append(acts, s.Deposit(consumer, asset, amount)), nil
		}),
	}
}

func devTokenCommand() *cli.Command {
	return &cli.Command{
		Name:  "dev-token",
		Usage: "DEVELOPMENT ONLY: a 6-decimals ERC-20 anyone can mint, to pay royalties in on a test chain",
		Subcommands: []*cli.Command{
			{
				Name:  "deploy",
				Usage: "deploy the test token and print its address (give it to royalty deploy --asset)",
				Flags: append([]cli.Flag{rpcFlag(true), jsonFlag(),
					&cli.StringFlag{Name: "name", Usage: "the token's name", Value: "Test USD"},
					&cli.StringFlag{Name: "symbol", Usage: "the token's symbol", Value: "tUSD"},
					&cli.DurationFlag{Name: "timeout", Usage: "give up waiting after this long", Value: 5 * time.Minute},
				}, append(keyFlags(), logFlags("warn")...)...),
				Action: runDevTokenDeploy,
			},
			{
				Name:  "mint",
				Usage: "mint test tokens to an account",
				Flags: govFlags(
					&cli.StringFlag{Name: "token", Usage: "the test token's address", Required: true},
					&cli.StringFlag{Name: "to", Usage: "who receives them", Required: true},
					&cli.StringFlag{Name: "amount", Usage: "amount in token units (\"1000\")", Required: true},
				),
				Action: sendActions(func(ctx context.Context, c *cli.Context, s *govern.Sender) ([]govern.Action, error) {
					token, err := addrOf(c, "token")
					if err != nil {
						return nil, err
					}
					to, err := addrOf(c, "to")
					if err != nil {
						return nil, err
					}
					tok, err := readToken(ctx, s, token, "token")
					if err != nil {
						return nil, err
					}
					amount, err := amountOf(c, "amount", tok)
					if err != nil {
						return nil, err
					}
					return one(s.Mint(token, to, amount)), nil
				}),
			},
		},
	}
}

func runDevTokenDeploy(c *cli.Context) error {
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return exitWith(2, err)
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	client, err := dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	addr, err := deploy.TestToken(ctx, deploy.Chain{Backend: client, Auth: bind.NewKeyedTransactor(key, id), Poll: 200 * time.Millisecond},
		c.String("name"), c.String("symbol"))
	if err != nil {
		return err
	}
	if c.Bool("json") {
		return printJSON(c.App.Writer, struct {
			Token  common.Address `json:"token"`
			Name   string         `json:"name"`
			Symbol string         `json:"symbol"`
		}{addr, c.String("name"), c.String("symbol")})
	}
	fmt.Fprintf(c.App.ErrWriter, "test token %q (%s, 6 decimals, anyone may mint) deployed on chain %s\n", c.String("name"), c.String("symbol"), id)
	_, err = fmt.Fprintln(c.App.Writer, addr.Hex())
	return err
}
