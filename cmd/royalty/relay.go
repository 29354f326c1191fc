package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

// maxJSONInput bounds every JSON file a command reads.
const maxJSONInput = 64 << 20

func readJSONFile(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxJSONInput+1))
	if err != nil {
		return err
	}
	if len(data) > maxJSONInput {
		return fmt.Errorf("%s is larger than %d bytes", path, maxJSONInput)
	}
	return json.Unmarshal(data, v)
}

func keyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "key-file", Usage: "encrypted keystore JSON of the signing account", EnvVars: []string{"ROYALTY_KEY_FILE"}},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password", EnvVars: []string{"ROYALTY_PASSWORD_FILE"}},
	}
}

func relayCommand() *cli.Command {
	return &cli.Command{
		Name:  "relay",
		Usage: "put an epoch payout on chain exactly once: fund, propose, wait out the window, activate",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"ROYALTY_RPC"}, Required: true},
			dbFlag,
			&cli.StringFlag{Name: "deployment", Usage: "deployment JSON", EnvVars: []string{"ROYALTY_DEPLOYMENT"}, Required: true},
			&cli.Uint64Flag{Name: "epoch", Usage: "relay this closed epoch's payout from the database (its progress is recorded for `royalty receipt`)"},
			&cli.StringFlag{Name: "payout", Usage: "or relay a payout JSON file (epoch, root, receipt root, totals, fundings)"},
			&cli.Uint64Flag{Name: "confirmations", Usage: "blocks on top of a receipt before an action is done", Value: 3},
			&cli.BoolFlag{Name: "wait", Usage: "keep running through the dispute window until the root is active"},
			&cli.DurationFlag{Name: "poll", Usage: "how often to check the chain", Value: 2 * time.Second},
			&cli.DurationFlag{Name: "resubmit-after", Usage: "bump fees when a transaction is not mined after this long", Value: time.Minute},
			&cli.StringFlag{Name: "max-fee-gwei", Usage: "never pay more than this per gas", Value: "500"},
		}, keyFlags()...),
		Action: runRelay,
	}
}

func runRelay(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))

	dep, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return exitWith(2, err)
	}
	st, err := store.Open(ctx, c.String("db"))
	if err != nil {
		return err
	}
	defer st.Close()
	var p relayer.Payout
	epoch := c.Uint64("epoch")
	switch {
	case epoch != 0 && c.String("payout") != "":
		return exitWith(2, errors.New("give --epoch or --payout, not both"))
	case epoch != 0:
		if p, err = (&pipeline.Epochs{Store: st, Dep: dep}).Payout(ctx, epoch); err != nil {
			return err
		}
	case c.String("payout") != "":
		if err := readJSONFile(c.String("payout"), &p); err != nil {
			return exitWith(2, fmt.Errorf("read payout: %w", err))
		}
	default:
		return exitWith(2, errors.New("give --epoch N (from the database) or --payout FILE"))
	}
	if p.Root == (common.Hash{}) {
		return exitWith(2, fmt.Errorf("epoch %d has no entitlements: nothing to pay", p.Epoch))
	}
	if p.ChainID != dep.ChainID || p.Vault != dep.RevenueVault || p.Distributor != dep.RoyaltyDistributor {
		return exitWith(2, errors.New("payout: chain id, vault or distributor differ from the deployment"))
	}
	if err := p.Check(); err != nil {
		return exitWith(2, err)
	}
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return exitWith(2, err)
	}
	gwei, ok := new(big.Int).SetString(c.String("max-fee-gwei"), 10)
	if !ok || gwei.Sign() <= 0 {
		return exitWith(2, fmt.Errorf("--max-fee-gwei: %q is not a positive integer", c.String("max-fee-gwei")))
	}
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = c.Uint64("confirmations")
	cfg.PollInterval = c.Duration("poll")
	cfg.ResubmitAfter = c.Duration("resubmit-after")
	cfg.MaxFeeCap = new(big.Int).Mul(gwei, big.NewInt(1e9))
	if err := cfg.Check(); err != nil {
		return exitWith(2, err)
	}

	client, err := dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer client.Close()
	id, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	if id.Uint64() != dep.ChainID {
		return fmt.Errorf("the node serves chain %s, the deployment is on chain %d", id, dep.ChainID)
	}
	m, err := txmgr.New(ctx, cfg, client, st.Outbox(), key, log)
	if err != nil {
		return err
	}
	r := relayer.New(m, client, log)
	var prog relayer.Progress
	if c.Bool("wait") {
		prog, err = r.Run(ctx, &p, c.Duration("poll"))
	} else {
		prog, err = r.Step(ctx, &p)
	}
	if err != nil {
		return err
	}
	if epoch != 0 {
		b, err := json.Marshal(prog)
		if err != nil {
			return err
		}
		if err := st.SaveRelay(ctx, p.ChainID, epoch, string(prog.Stage), b); err != nil {
			return err
		}
	}
	return printJSON(c.App.Writer, prog)
}

// dialTimeout bounds one-shot commands' first contact with a node.
var dialTimeout = 30 * time.Second

func dial(ctx context.Context, url string) (*ethclient.Client, error) {
	cctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	client, err := ethclient.DialContext(cctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, err)
	}
	return client, nil
}
