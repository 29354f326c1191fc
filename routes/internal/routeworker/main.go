// Command routeworker resumes one stored payout route (routes.Runner.Resume) and prints it as
// JSON: the process the route kill -9 tests kill at a failpoint and start again. Built with
// -tags failpoint by those tests only. Usage: routeworker CONFIG.json, with the relayer's key in
// ROYALTY_PRIVATE_KEY (hex; never logged).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
)

// Config is what the worker needs to rebuild the runner.
type Config struct {
	Key           string               `json:"key"` // the route's key
	HomeRPC       string               `json:"homeRpc"`
	DestRPC       string               `json:"destRpc"`
	DSN           string               `json:"dsn"`     // route runs and the home outbox
	DestDSN       string               `json:"destDsn"` // the destination outbox
	Router        common.Address       `json:"router"`
	Bridge        routes.HyperlaneWarp `json:"bridge"`
	Hold          common.Address       `json:"hold"`
	DestRecipient common.Address       `json:"destRecipient"`
	SlippageBps   uint64               `json:"slippageBps"`
	Deadline      uint64               `json:"deadline"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "routeworker:", err)
		os.Exit(1)
	}
}

func run() error {
	if len(os.Args) != 2 {
		return fmt.Errorf("usage: routeworker CONFIG.json")
	}
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		return err
	}
	var c Config
	if err := json.Unmarshal(raw, &c); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	key, err := crypto.HexToECDSA(os.Getenv("ROYALTY_PRIVATE_KEY"))
	if err != nil {
		return fmt.Errorf("ROYALTY_PRIVATE_KEY: not a hex private key")
	}
	ctx := context.Background()
	home, err := ethclient.DialContext(ctx, c.HomeRPC)
	if err != nil {
		return err
	}
	dest, err := ethclient.DialContext(ctx, c.DestRPC)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, c.DSN)
	if err != nil {
		return err
	}
	defer st.Close()
	dst, err := store.Open(ctx, c.DestDSN)
	if err != nil {
		return err
	}
	defer dst.Close()
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations, cfg.PollInterval = 1, 20*time.Millisecond
	hm, err := txmgr.New(ctx, cfg, home, st.Outbox(), key, nil)
	if err != nil {
		return err
	}
	dm, err := txmgr.New(ctx, cfg, dest, dst.Outbox(), key, nil)
	if err != nil {
		return err
	}
	venue, err := routes.NewUniswapV2(ctx, home, c.Bridge.HomeChain, c.Router)
	if err != nil {
		return err
	}
	b := c.Bridge
	b.Home, b.Dest = home, dest
	r := &routes.Runner{Store: st, Venue: venue, Bridge: &b, Home: hm, Dest: dm, Hold: c.Hold, DestRecipient: c.DestRecipient,
		SlippageBps: c.SlippageBps, Deadline: c.Deadline, Checks: 3, CheckEvery: 50 * time.Millisecond}
	out, err := r.Resume(ctx, c.Key)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}
