package main

import (
	"context"
	"fmt"
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
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the four contracts and write the deployment JSON",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"ROYALTY_RPC"}, Required: true},
			&cli.StringFlag{Name: "key-file", Usage: "encrypted keystore JSON of the deployer", EnvVars: []string{"ROYALTY_KEY_FILE"}},
			&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password", EnvVars: []string{"ROYALTY_PASSWORD_FILE"}},
			&cli.StringFlag{Name: "out", Usage: "where to write the deployment JSON", Required: true},
			&cli.Uint64Flag{Name: "dispute-window", Usage: "seconds a proposed root waits before activation", Value: 86400},
			&cli.DurationFlag{Name: "timeout", Usage: "give up after this long", Value: 5 * time.Minute},
			role("admin", "DEFAULT_ADMIN_ROLE holder on all contracts"),
			role("relayer", "PROPOSER_ROLE and FUNDER_ROLE holder"),
			role("guardian", "GUARDIAN_ROLE holder"),
			role("governor", "GOVERNOR_ROLE holder"),
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
	cfg := deploy.Config{DisputeWindow: c.Uint64("dispute-window")}
	targets := map[string]*common.Address{
		"admin": &cfg.Admin, "relayer": &cfg.Relayer, "guardian": &cfg.Guardian,
		"governor": &cfg.Governor, "registrar": &cfg.Registrar, "publisher": &cfg.Publisher,
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
	key, err := loadKey(c.String("key-file"), c.String("password-file"))
	if err != nil {
		return exitWith(2, err)
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
	fmt.Fprintf(c.App.ErrWriter, "deploying from %s on chain %s\n", crypto.PubkeyToAddress(key.PublicKey), chainID)
	d, err := deploy.All(ctx, client, auth, cfg)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	if err := deploy.Save(c.String("out"), d); err != nil {
		return err
	}
	out, _ := d.MarshalJSON()
	fmt.Fprintf(c.App.Writer, "%s\n", out)
	return nil
}
