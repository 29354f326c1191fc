package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/strict"
)

func deployCommand() *cli.Command {
	role := func(name, usage string) cli.Flag {
		return &cli.StringFlag{Name: name, Usage: usage + " (default: the deployer)"}
	}
	required := func(name, usage string) cli.Flag {
		return &cli.StringFlag{Name: name, Usage: usage + " (required, different from the other two, unless --single-key-dev)"}
	}
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the four contracts and write the deployment JSON",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"ROYALTY_RPC"}, Required: true},
			&cli.StringFlag{Name: "key-file", Usage: "encrypted keystore JSON of the deployer", EnvVars: []string{"ROYALTY_KEY_FILE"}},
			&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password", EnvVars: []string{"ROYALTY_PASSWORD_FILE"}},
			&cli.StringFlag{Name: "out", Usage: "where to write the deployment JSON", Required: true},
			&cli.Uint64Flag{Name: "dispute-window", Usage: fmt.Sprintf("seconds a proposed root waits before activation (%d to %d)",
				deploy.MinDisputeWindow, deploy.MaxDisputeWindow), Value: 86400},
			&cli.DurationFlag{Name: "timeout", Usage: "give up after this long", Value: 5 * time.Minute},
			required("admin", "DEFAULT_ADMIN_ROLE holder on all contracts (with --timelock-delay: the timelock's proposer and executor)"),
			required("relayer", "PROPOSER_ROLE and FUNDER_ROLE holder: the relayer's key, which can propose and fund only"),
			required("guardian", "GUARDIAN_ROLE holder: revokes pending roots, pauses claims"),
			&cli.BoolFlag{Name: "single-key-dev", Usage: "development and tests only: let admin, relayer and guardian be the deployer or one another"},
			&cli.Uint64Flag{Name: "timelock-delay", Usage: "deploy an OpenZeppelin TimelockController with this delay (seconds) as the admin of every contract, --admin as its proposer and executor"},
			role("governor", "GOVERNOR_ROLE holder"),
			role("arbiter", "ARBITER_ROLE holder: resolves disputes"),
			role("registrar", "REGISTRAR_ROLE holder"),
			role("publisher", "PUBLISHER_ROLE holder"),
			&cli.StringSliceFlag{Name: "asset", Usage: "ERC-20 to allow-list on the vault and distributor (repeatable)"},
		},
		Action: runDeploy,
	}
}

func addressFlag(c *cli.Context, name string) (common.Address, error) {
	s := c.String(name)
	if s == "" {
		return common.Address{}, nil
	}
	a, err := strict.NonZeroAddress(s)
	if err != nil {
		return common.Address{}, exitWith(2, fmt.Errorf("--%s: %w", name, err))
	}
	return a, nil
}

func runDeploy(c *cli.Context) error {
	cfg := deploy.Config{DisputeWindow: c.Uint64("dispute-window"), SingleKeyDev: c.Bool("single-key-dev"),
		TimelockDelay: c.Uint64("timelock-delay")}
	targets := map[string]*common.Address{
		"admin": &cfg.Admin, "relayer": &cfg.Relayer, "guardian": &cfg.Guardian,
		"governor": &cfg.Governor, "arbiter": &cfg.Arbiter, "registrar": &cfg.Registrar, "publisher": &cfg.Publisher,
	}
	for name, p := range targets {
		a, err := addressFlag(c, name)
		if err != nil {
			return err
		}
		*p = a
	}
	for _, s := range c.StringSlice("asset") {
		a, err := strict.NonZeroAddress(s)
		if err != nil {
			return exitWith(2, fmt.Errorf("--asset: %w", err))
		}
		cfg.Assets = append(cfg.Assets, a)
	}
	if c.IsSet("timelock-delay") && cfg.TimelockDelay == 0 {
		return exitWith(2, errors.New("--timelock-delay: give a positive number of seconds (or leave it out for no timelock)"))
	}
	if err := cfg.Check(); err != nil {
		return exitWith(2, deployFlagError(err))
	}
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return exitWith(2, err)
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	if cfg.SingleKeyDev {
		fmt.Fprintf(c.App.ErrWriter, "WARNING: --single-key-dev: roles not given go to the deployer %s and may be shared; "+
			"one key could then change the window, propose, revoke and fund. Development and tests only.\n", me)
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	client, err := ethclient.DialContext(ctx, c.String("rpc"))
	if err != nil {
		return fmt.Errorf("connect to %s: %w", c.String("rpc"), err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id from %s: %w", c.String("rpc"), err)
	}
	auth := bind.NewKeyedTransactor(key, chainID)
	fmt.Fprintf(c.App.ErrWriter, "deploying from %s on chain %s\n", me, chainID)
	res, err := deploy.Run(ctx, client, auth, cfg)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	d := res.Deployment
	orMe := func(a common.Address) common.Address {
		if a == (common.Address{}) {
			return me
		}
		return a
	}
	if res.Timelock != (common.Address{}) {
		fmt.Fprintf(c.App.ErrWriter, "admin:    TimelockController %s (delay %d s; proposer and executor %s)\n",
			res.Timelock, cfg.TimelockDelay, orMe(cfg.Admin))
	} else {
		fmt.Fprintf(c.App.ErrWriter, "admin:    %s\n", orMe(cfg.Admin))
	}
	fmt.Fprintf(c.App.ErrWriter, "relayer:  %s (proposer, funder)\nguardian: %s\nwindow:   %d s\n",
		orMe(cfg.Relayer), orMe(cfg.Guardian), cfg.DisputeWindow)
	if err := deploy.Save(c.String("out"), d); err != nil {
		return err
	}
	out, _ := d.MarshalJSON()
	fmt.Fprintf(c.App.Writer, "%s\n", out)
	return nil
}

// deployFlagError words a deploy.Config error in terms of the command's flags.
func deployFlagError(err error) error {
	msg := strings.TrimPrefix(err.Error(), deploy.ErrConfig.Error()+": ")
	for _, f := range []string{"admin", "relayer", "guardian"} {
		if strings.HasPrefix(msg, f+": required") {
			return fmt.Errorf("--%s is required: admin, relayer and guardian must be three different addresses "+
				"(--single-key-dev allows one key, for development and tests only)", f)
		}
	}
	if strings.HasPrefix(msg, "dispute window") {
		return fmt.Errorf("--dispute-window: %s", strings.TrimPrefix(msg, "dispute window "))
	}
	return fmt.Errorf("%s (give --admin, --relayer and --guardian three different addresses, or --single-key-dev for development)", msg)
}
