package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/strict"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"
)

// snapshotCommand answers "who owned what of a dataset version at time t".
func snapshotCommand() *cli.Command {
	return &cli.Command{
		Name:  "snapshot",
		Usage: "print the holdings of a dataset version at a time, and its snapshot hash",
		Description: "Holdings are the state after the last block with timestamp ≤ --at. It is answered once the\n" +
			"database's final block has a timestamp ≥ --at (that block and every one before it are final, and\n" +
			"block times strictly increase); otherwise exits 3 (\"not final\"). Exits 4 when the version was not\n" +
			"sealed by --at, 2 on invalid input.",
		Flags: []cli.Flag{
			dbFlag, deploymentFlag,
			&cli.StringFlag{Name: "dataset", Required: true, EnvVars: []string{"ROYALTY_DATASET"}, Usage: "dataset id (decimal)"},
			&cli.Uint64Flag{Name: "version", Required: true, EnvVars: []string{"ROYALTY_VERSION"}, Usage: "dataset version"},
			&cli.Uint64Flag{Name: "at", Required: true, EnvVars: []string{"ROYALTY_AT"}, Usage: "time, unix seconds"},
			jsonFlag(),
			&cli.Uint64Flag{Name: "chain-id", EnvVars: []string{"ROYALTY_CHAIN_ID"}, Usage: "chain id (without --deployment)"},
			&cli.StringFlag{Name: "token", EnvVars: []string{"ROYALTY_TOKEN"}, Usage: "OwnershipToken address (without --deployment)"},
		},
		Action: runSnapshot,
	}
}

type holdingJSON struct {
	CfID   string `json:"cfId"`
	Holder string `json:"holder"`
	Units  string `json:"units"`
}

type snapshotJSON struct {
	Block        string        `json:"block"`
	BlockHash    string        `json:"blockHash"`
	Holdings     []holdingJSON `json:"holdings"`
	SnapshotHash string        `json:"snapshotHash"`
}

func runSnapshot(c *cli.Context) error {
	var chainID uint64
	var token common.Address
	if path := c.String("deployment"); path != "" {
		d, err := deploy.Load(path)
		if err != nil {
			return exitWith(2, fmt.Errorf("snapshot: --deployment: %w", err))
		}
		chainID, token = d.ChainID, d.OwnershipToken
	} else {
		chainID = c.Uint64("chain-id")
		var err error
		if token, err = strict.NonZeroAddress(c.String("token")); chainID == 0 || err != nil {
			return exitWith(2, errors.New("snapshot: give --deployment, or --chain-id and --token (an address: lower, upper or EIP-55 case)"))
		}
	}
	dataset, err := uint256.FromDecimal(c.String("dataset"))
	if err != nil {
		return exitWith(2, fmt.Errorf("snapshot: --dataset %q: %w", c.String("dataset"), err))
	}
	st, err := store.Open(c.Context, c.String("db"))
	if err != nil {
		return fmt.Errorf("snapshot: open --db: %w", err)
	}
	defer st.Close()
	snap, err := st.Snapshot(c.Context, chainID, token, dataset, c.Uint64("version"), c.Uint64("at"))
	switch {
	case errors.Is(err, store.ErrNotFinal):
		return exitWith(3, fmt.Errorf("snapshot at %d: not final yet: %w; run royalty index until the final block reaches --at", c.Uint64("at"), err))
	case errors.Is(err, store.ErrNotFound):
		return exitWith(4, fmt.Errorf("snapshot: dataset %s version %d not sealed at %d: %w", dataset, c.Uint64("version"), c.Uint64("at"), err))
	case err != nil:
		return fmt.Errorf("snapshot: %w", err)
	}
	out := snapshotJSON{Block: fmt.Sprint(snap.Block), BlockHash: snap.BlockHash.Hex(),
		Holdings: []holdingJSON{}, SnapshotHash: engine.SnapshotHash(&snap).Hex()}
	for _, h := range snap.Holdings {
		out.Holdings = append(out.Holdings, holdingJSON{CfID: h.CfID.Dec(), Holder: h.Holder.Hex(), Units: h.Units.Dec()})
	}
	w := c.App.Writer
	if w == nil {
		w = os.Stdout
	}
	if c.Bool("json") {
		b, err := json.Marshal(out)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(w, string(b))
		return err
	}
	fmt.Fprintf(w, "block %s %s\nsnapshot hash %s\n", out.Block, out.BlockHash, out.SnapshotHash)
	for _, h := range out.Holdings {
		fmt.Fprintf(w, "cf %s  holder %s  units %s\n", h.CfID, h.Holder, h.Units)
	}
	return nil
}
