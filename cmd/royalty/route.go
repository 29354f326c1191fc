package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
)

// routeConfig is the --config file of `royalty route` (docs/routes.md).
type routeConfig struct {
	SlippageBps     uint64               `json:"slippageBps"`
	DeadlineSeconds uint64               `json:"deadlineSeconds"`
	UniswapV2Router common.Address       `json:"uniswapV2Router"`
	Bridge          routes.HyperlaneWarp `json:"bridge"`
	Destination     deploy.Deployment    `json:"destination"`
}

func loadRouteConfig(path string) (routeConfig, error) {
	var c routeConfig
	raw, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("--config: %w", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("--config %s: %w", path, err)
	}
	switch {
	case c.SlippageBps > 10_000:
		return c, fmt.Errorf("--config %s: slippageBps %d: must be at most 10000", path, c.SlippageBps)
	case c.UniswapV2Router == (common.Address{}):
		return c, fmt.Errorf("--config %s: uniswapV2Router: missing or zero", path)
	case c.Bridge.Collateral == (common.Address{}) || c.Bridge.Synthetic == (common.Address{}) || c.Bridge.Token == (common.Address{}) ||
		c.Bridge.HomeMailbox == (common.Address{}) || c.Bridge.DestMailbox == (common.Address{}):
		return c, fmt.Errorf("--config %s: bridge: token, collateral, synthetic, homeMailbox and destMailbox are required", path)
	case c.Destination.ChainID != c.Bridge.DestChain:
		return c, fmt.Errorf("--config %s: destination.chainId %d is not bridge.destChainId %d", path, c.Destination.ChainID, c.Bridge.DestChain)
	}
	if c.DeadlineSeconds == 0 {
		c.DeadlineSeconds = 3600
	}
	return c, nil
}

// routeReport is what `royalty route N --json` prints.
type routeReport struct {
	Epoch        uint64         `json:"epoch"`
	RouteAccount common.Address `json:"routeAccount"`
	ClaimTx      *common.Hash   `json:"claimTx,omitempty"`
	Routes       []routes.Run   `json:"routes"`
	Destination  *destReport    `json:"destination,omitempty"`

	format func(chain uint64, asset common.Address, amount string) string
}

type destReport struct {
	ChainID uint64      `json:"chainId"`
	Epoch   uint64      `json:"epoch"`
	Root    common.Hash `json:"root"`
	Stage   string      `json:"stage"`
}

func routeCommand() *cli.Command {
	return &cli.Command{
		Name:      "route",
		Usage:     "pay an epoch's routed holders: claim the route account's leaf, run each route (swap, bridge, pay), propose the destination chain's root",
		ArgsUsage: "EPOCH",
		Flags: append([]cli.Flag{dbFlag, requiredDeployment(),
			rpcFlag(true, "the home chain"),
			&cli.StringFlag{Name: "dest-rpc", Usage: "JSON-RPC URL of the destination chain", Required: true},
			&cli.StringFlag{Name: "dest-db", Usage: "database of the destination chain's outbox (sqlite:PATH or postgres://…)", Required: true},
			&cli.StringFlag{Name: "config", Usage: "route config JSON: slippageBps, deadlineSeconds, uniswapV2Router, bridge, destination (docs/routes.md)", Required: true},
			&cli.DurationFlag{Name: "poll", Usage: "how often to check the chains", Value: 500 * time.Millisecond},
			&cli.IntFlag{Name: "checks", Usage: "delivery checks per run before a bridge step is left undelivered (the next run checks again)", Value: 20},
			jsonFlag()}, keyFlags()...), // the key is the route account's
		Action: func(c *cli.Context) error {
			n, err := epochArg(c)
			if err != nil {
				return err
			}
			cfg, err := loadRouteConfig(c.String("config"))
			if err != nil {
				return exitWith(2, err)
			}
			key, err := loadKey(c.String("key-file"), c.String("password-file"))
			if err != nil {
				return exitWith(2, err)
			}
			e, done, err := openEpochs(c)
			if err != nil {
				return err
			}
			defer done()
			rep, err := runRoutes(c.Context, c, e, cfg, key, n)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return printJSON(c.App.Writer, rep)
			}
			return printRouteTable(c, rep)
		},
	}
}

func runRoutes(ctx context.Context, c *cli.Context, e *pipeline.Epochs, cfg routeConfig, key *ecdsa.PrivateKey, n uint64) (*routeReport, error) {
	row, err := e.Store.Epoch(ctx, e.Dep.ChainID, n)
	if err != nil {
		return nil, err
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	switch {
	case row.RouteAccount == (common.Address{}):
		return nil, exitWith(2, fmt.Errorf("epoch %d was closed without --route-account: it pays everyone directly, nothing to route", n))
	case row.RouteAccount != me:
		return nil, exitWith(2, fmt.Errorf("the key is %s, epoch %d routes through %s: give that account's key", me, n, row.RouteAccount))
	}
	home, err := ethclient.DialContext(ctx, c.String("rpc"))
	if err != nil {
		return nil, fmt.Errorf("--rpc: %w", err)
	}
	dest, err := ethclient.DialContext(ctx, c.String("dest-rpc"))
	if err != nil {
		return nil, fmt.Errorf("--dest-rpc: %w", err)
	}
	dst, err := store.Open(ctx, c.String("dest-db"))
	if err != nil {
		return nil, fmt.Errorf("--dest-db: %w", err)
	}
	defer dst.Close()
	tcfg := txmgr.DefaultConfig()
	tcfg.Confirmations, tcfg.PollInterval = 1, c.Duration("poll")
	hm, err := txmgr.New(ctx, tcfg, home, e.Store.Outbox(), key, nil)
	if err != nil {
		return nil, err
	}
	dm, err := txmgr.New(ctx, tcfg, dest, dst.Outbox(), key, nil)
	if err != nil {
		return nil, err
	}
	rep := &routeReport{Epoch: n, RouteAccount: me, Routes: []routes.Run{},
		format: tokenFormatter(ctx, map[uint64]bind.ContractBackend{e.Dep.ChainID: home, cfg.Destination.ChainID: dest})}

	// 1. The route account's leaf.
	tree, err := merkle.Load(row.Tree)
	if err != nil {
		return nil, fmt.Errorf("epoch %d tree: %w", n, err)
	}
	if proofs, err := relayer.ProofsFor(tree, me); err == nil {
		lines, err := relayer.Claimable(ctx, home, proofs)
		if err != nil {
			return nil, err
		}
		if len(lines) > 0 {
			data, err := relayer.ClaimCalldata(proofs)
			if err != nil {
				return nil, err
			}
			r, err := hm.Send(ctx, txmgr.Candidate{Key: fmt.Sprintf("%d/epoch/%d/route-claim", e.Dep.ChainID, n), To: e.Dep.RoyaltyDistributor, Data: data})
			if err != nil {
				return nil, fmt.Errorf("claim the route account's leaf (is epoch %d's root active? relay it first): %w", n, err)
			}
			if r != nil {
				h := r.TxHash
				rep.ClaimTx = &h
			}
		}
	} else if !errors.Is(err, relayer.ErrNoEntitlement) {
		return nil, err
	}

	// 2. The routes.
	var st engine.EpochStatements
	if err := json.Unmarshal(row.Statements, &st); err != nil {
		return nil, fmt.Errorf("epoch %d statements: %w", n, err)
	}
	groups, err := routes.Plan(&st, e.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	venue, err := routes.NewUniswapV2(ctx, home, e.Dep.ChainID, cfg.UniswapV2Router)
	if err != nil {
		return nil, err
	}
	bridge := cfg.Bridge
	bridge.Home, bridge.Dest = home, dest
	head, err := home.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	runner := &routes.Runner{Store: e.Store, Venue: venue, Bridge: &bridge, Home: hm, Dest: dm, Hold: me,
		DestRecipient: cfg.Destination.RoyaltyDistributor, SlippageBps: cfg.SlippageBps, Deadline: head.Time + cfg.DeadlineSeconds,
		Checks: c.Int("checks"), CheckEvery: c.Duration("poll")}
	for _, g := range groups {
		k := fmt.Sprintf("%d/epoch/%d/route/%s/%d/%s", e.Dep.ChainID, n, strings.ToLower(g.Asset.Hex()), g.ToChain, strings.ToLower(g.ToAsset.Hex()))
		if _, err := runner.Plan(ctx, k, n, g); err != nil {
			return nil, err
		}
		run, err := runner.Resume(ctx, k)
		if err != nil {
			return nil, err
		}
		rep.Routes = append(rep.Routes, *run)
	}

	// 3. The destination chain's own root over everything delivered so far.
	var runs []routes.Run
	for k := uint64(1); k <= n; k++ {
		rows, err := e.Store.RouteRuns(ctx, e.Dep.ChainID, k)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			var run routes.Run
			if err := json.Unmarshal(r.State, &run); err != nil {
				return nil, fmt.Errorf("route %q: %w", r.Key, err)
			}
			runs = append(runs, run)
		}
	}
	payout, dtree, err := routes.DestinationPayout(runs, cfg.Destination, n, row.End)
	if err != nil || dtree == nil {
		return rep, err
	}
	d := royaltydistributor.NewRoyaltyDistributor()
	inst := d.Instance(dest, cfg.Destination.RoyaltyDistributor)
	cur, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, d.PackCurrentEpoch(), d.UnpackCurrentEpoch)
	if err != nil {
		return nil, err
	}
	active, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, d.PackRootOf(cur), d.UnpackRootOf)
	if err != nil {
		return nil, err
	}
	rep.Destination = &destReport{ChainID: cfg.Destination.ChainID, Epoch: cur, Root: payout.Root, Stage: string(relayer.StageActivated)}
	if common.Hash(active) == payout.Root {
		return rep, nil
	}
	pend, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, d.PackPending(), d.UnpackPending)
	if err != nil {
		return nil, err
	}
	if common.Hash(pend.Root) == payout.Root {
		payout.Epoch, payout.End = pend.Epoch, pend.End // resuming the proposal already made
	} else {
		dh, err := dest.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		// The destination's own period: up to the home epoch's end, not past its own clock.
		payout.Epoch, payout.End = cur+1, min(row.End, dh.Time-1)
	}
	rep.Destination.Epoch = payout.Epoch
	prog, err := relayer.New(dm, dest, nil).Step(ctx, &payout)
	if err != nil {
		return nil, fmt.Errorf("destination chain %d: %w", cfg.Destination.ChainID, err)
	}
	rep.Destination.Stage = string(prog.Stage)
	return rep, nil
}

func printRouteTable(c *cli.Context, rep *routeReport) error {
	w := tabwriter.NewWriter(c.App.Writer, 0, 2, 2, ' ', 0)
	fmt.Fprintf(w, "epoch %d, route account %s\n", rep.Epoch, rep.RouteAccount)
	fmt.Fprintln(w, "ROUTE\tSTEP\tSTATUS\tVENUE\tCHAINS\tIN\tOUT\tRATE\tTX")
	for _, run := range rep.Routes {
		for _, s := range run.Steps {
			tx := ""
			if len(s.TxHashes) > 0 {
				tx = s.TxHashes[len(s.TxHashes)-1].Hex()
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d→%d\t%s\t%s\t%s\t%s\n", run.Key, s.Kind, s.Status, s.Venue,
				s.FromChain, s.ToChain, rep.format(s.FromChain, s.AssetIn, s.AmountIn), rep.format(s.ToChain, s.AssetOut, s.AmountOut), orDash(s.Rate), tx)
			if s.Reason != "" {
				fmt.Fprintf(w, "\t\t%s\n", s.Reason)
			}
		}
	}
	if d := rep.Destination; d != nil {
		fmt.Fprintf(w, "destination chain %d: epoch %d root %s %s\n", d.ChainID, d.Epoch, d.Root, d.Stage)
	}
	return w.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// tokenFormatter writes amounts of an asset on a chain in token units with its symbol, reading
// them from the token (base units of the address when it cannot).
func tokenFormatter(ctx context.Context, clients map[uint64]bind.ContractBackend) func(chain uint64, asset common.Address, amount string) string {
	cache := map[string]relayer.Token{}
	tok := testtoken.NewTestToken()
	return func(chain uint64, asset common.Address, amount string) string {
		if amount == "" {
			return "-"
		}
		n, ok := new(big.Int).SetString(amount, 10)
		if !ok {
			return amount
		}
		k := fmt.Sprint(chain, asset)
		t, seen := cache[k]
		if !seen {
			t = relayer.Token{Address: asset}
			if cl := clients[chain]; cl != nil {
				inst := tok.Instance(cl, asset)
				if sym, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, tok.PackSymbol(), tok.UnpackSymbol); err == nil {
					t.Symbol = sym
				}
				if dec, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, tok.PackDecimals(), tok.UnpackDecimals); err == nil {
					t.Decimals = dec
				}
			}
			cache[k] = t
		}
		return t.Format(n)
	}
}
