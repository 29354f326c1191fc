package main

import (
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/strict"
)

// The flags several commands share, each defined once here.

const defaultDB = "sqlite:royalty.db"

var dbFlag = &cli.StringFlag{Name: "db", Value: defaultDB, EnvVars: []string{"ROYALTY_DB"},
	Usage: "database: postgres://… for PostgreSQL, sqlite:PATH (or a path) for SQLite"}

// requiredDB is --db where a command must not fall back to the default file.
func requiredDB(usage string) cli.Flag {
	return &cli.StringFlag{Name: "db", Usage: usage, EnvVars: []string{"ROYALTY_DB"}, Required: true}
}

// routeAccountFlag is --route-account: the account the home tree pays routed
// amounts to (docs/routes.md).
func routeAccountFlag(usage string) cli.Flag {
	return &cli.StringFlag{Name: "route-account", Usage: usage, EnvVars: []string{"ROYALTY_ROUTE_ACCOUNT"}}
}

// routeAccount reads --route-account: zero when not given.
func routeAccount(c *cli.Context) (common.Address, error) {
	v := c.String("route-account")
	if v == "" {
		return common.Address{}, nil
	}
	a, err := strict.Address(v)
	if err != nil || a == (common.Address{}) {
		return common.Address{}, exitWith(2, fmt.Errorf("--route-account: %q is not a non-zero address (0x and 40 hex digits)", v))
	}
	return a, nil
}

// maxFeeFlag is --max-fee-gwei, the fee cap of every command that sends.
func maxFeeFlag() cli.Flag {
	return &cli.StringFlag{Name: "max-fee-gwei", Usage: "never pay more than this per gas", Value: "500"}
}

// maxFeeCap reads --max-fee-gwei as a fee cap in wei.
func maxFeeCap(c *cli.Context) (*big.Int, error) {
	gwei, ok := new(big.Int).SetString(c.String("max-fee-gwei"), 10)
	if !ok || gwei.Sign() <= 0 {
		return nil, exitWith(2, fmt.Errorf("--max-fee-gwei: %q is not a positive integer", c.String("max-fee-gwei")))
	}
	return gwei.Mul(gwei, big.NewInt(1e9)), nil
}

// optionalDB is --db where a command uses a database only when given one.
func optionalDB(usage string) cli.Flag {
	return &cli.StringFlag{Name: "db", Usage: usage, EnvVars: []string{"ROYALTY_DB"}}
}

const deploymentUsage = "deployment JSON (chain id, start block, contract addresses), as royalty deploy writes it"

// deploymentFlag is --deployment where a command can do without it.
var deploymentFlag = &cli.StringFlag{Name: "deployment", EnvVars: []string{"ROYALTY_DEPLOYMENT"}, Usage: deploymentUsage}

// requiredDeployment is --deployment where a command needs it.
func requiredDeployment() cli.Flag {
	return &cli.StringFlag{Name: "deployment", Usage: deploymentUsage, EnvVars: []string{"ROYALTY_DEPLOYMENT"}, Required: true}
}

// rpcFlag is the node's JSON-RPC URL; why says what the command reads or
// sends through it when that is not obvious.
func rpcFlag(required bool, why ...string) cli.Flag {
	usage := "JSON-RPC URL of the chain"
	if len(why) > 0 {
		usage += ": " + why[0]
	}
	return &cli.StringFlag{Name: "rpc", Usage: usage, EnvVars: []string{"ROYALTY_RPC"}, Required: required}
}

// unitsRPC is --rpc where a command only reads tokens' symbols and decimals
// to show amounts in token units.
func unitsRPC() cli.Flag {
	return rpcFlag(false, "show amounts in token units (symbol and decimals read from each token); without it, base units")
}

// keyFlags name the signing key: an encrypted keystore file and its password
// file (or, for development, ROYALTY_PRIVATE_KEY).
func keyFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "key-file", Usage: "encrypted keystore JSON of the signing account", EnvVars: []string{"ROYALTY_KEY_FILE"}},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password", EnvVars: []string{"ROYALTY_PASSWORD_FILE"}},
	}
}

func jsonFlag() cli.Flag {
	return &cli.BoolFlag{Name: "json", Usage: "print JSON instead of a table", EnvVars: []string{"ROYALTY_JSON"}}
}

// logFlags are every command's logging flags; level is the default level
// (info for long-running commands, warn for one-shot ones).
func logFlags(level string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "log-level", Value: level, EnvVars: []string{"ROYALTY_LOG_LEVEL"}, Usage: "debug, info, warn or error"},
		&cli.StringFlag{Name: "log-format", Value: "text", EnvVars: []string{"ROYALTY_LOG_FORMAT"}, Usage: "text or json"},
	}
}

// newLog is the one logger setup: slog to stderr at --log-level, as
// --log-format. A command without the flags logs text at info.
func newLog(c *cli.Context) (*slog.Logger, error) {
	level, format := "info", "text"
	if flagNamed(c.Command.Flags, "log-level") != nil {
		level, format = c.String("log-level"), c.String("log-format")
	}
	w := c.App.ErrWriter
	if w == nil {
		w = os.Stderr
	}
	l, err := newLogger(w, level, format)
	if err != nil {
		return nil, exitWith(2, err)
	}
	return l, nil
}

func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: l}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text or json", format)
}

// strictAddr reads a non-zero address by the project's one rule.
func strictAddr(s string) (common.Address, error) { return strict.NonZeroAddress(s) }
