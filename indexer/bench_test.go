package indexer_test

import (
	"context"
	"math/big"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// makeTransfers puts n TransferSingle logs on the chain: one CF of n units
// registered to account 0, then n signed transfers of 1 unit to rotating
// recipients, sent in JSON-RPC batches with automine off and mined perBlock
// at a time.
func (w *world) makeTransfers(n, perBlock int) {
	w.t.Helper()
	cf := w.register(0, uint64(n))
	if err := w.node.SetAutomine(w.ctx, false); err != nil {
		w.t.Fatal(err)
	}
	nonce, err := w.backend.PendingNonceAt(w.ctx, w.addr(0))
	if err != nil {
		w.t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(w.chainID)
	for sent := 0; sent < n; {
		var reqs []rpc.BatchElem
		for i := 0; i < perBlock && sent < n; i++ {
			to := common.BigToAddress(big.NewInt(int64(1000 + sent%997)))
			data := tokenABI.PackSafeTransferFrom(w.addr(0), to, new(big.Int).SetUint64(cf), big.NewInt(1), nil)
			tx, err := types.SignTx(types.NewTx(&types.LegacyTx{Nonce: nonce, To: &w.d.OwnershipToken, Gas: 90_000,
				GasPrice: big.NewInt(20_000_000_000), Data: data}), signer, w.keys[0])
			if err != nil {
				w.t.Fatal(err)
			}
			raw, _ := tx.MarshalBinary()
			reqs = append(reqs, rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)})
			nonce++
			sent++
		}
		for start := 0; start < len(reqs); start += 250 {
			chunk := reqs[start:min(len(reqs), start+250)]
			if err := w.rpc.BatchCallContext(w.ctx, chunk); err != nil {
				w.t.Fatal(err)
			}
			for _, r := range chunk {
				if r.Error != nil {
					w.t.Fatal(r.Error)
				}
			}
		}
		if err := w.node.Mine(w.ctx, 1); err != nil {
			w.t.Fatal(err)
		}
	}
	if err := w.node.SetAutomine(w.ctx, true); err != nil {
		w.t.Fatal(err)
	}
}

// BenchmarkBackfill: 100,000 transfer logs (blocks of 2,000) on a local
// anvil; in the same run, fetching them alone (no writes), then
// backfilling them with default settings into SQLite and into PostgreSQL.
// scripts/bench-indexer.sh runs the same comparison through the binary,
// beside Ponder. Run with:
//
//	go test ./indexer -run '^$' -bench Backfill -benchtime 1x
//
// ROYALTY_BENCH_LOGS changes the count.
func BenchmarkBackfill(b *testing.B) {
	n := 100_000
	if v := os.Getenv("ROYALTY_BENCH_LOGS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatal(err)
		}
	}
	w := newAnvilWorldTB(b, anviltest.Options{ChainID: 31337, Args: []string{"--gas-limit", "3000000000"}})
	start := time.Now()
	w.makeTransfers(n, 2000)
	w.mine(3)
	b.Logf("made %d transfer logs in %d blocks in %v", n, w.head()-w.d.StartBlock, time.Since(start).Round(time.Millisecond))
	const conf = 2
	cfg := w.config(conf)
	cfg.RangeSize, cfg.TargetLogs, cfg.TipRange = 0, 0, 0 // the defaults: adaptive ranges
	ctx := context.Background()

	src := w.source()
	c, _ := src.Begin(ctx)
	head, err := c.HeaderByTag(ctx, rpc.LatestBlockNumber)
	if err != nil {
		b.Fatal(err)
	}
	target := head.Number - conf

	b.ResetTimer()
	// Fetch alone: the same default ranges, headers, logs, checks and
	// decoding, no writes.
	f := indexer.Fetcher{Addresses: cfg.Contracts.Addresses()}
	dec, err := indexer.NewDecoder(cfg.ChainID, cfg.Contracts)
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	logs := 0
	for from := cfg.StartBlock; from <= target; {
		r, err := f.Next(ctx, c, from, target)
		if err != nil {
			b.Fatal(err)
		}
		from = r.To + 1
		for i := range r.Logs {
			if _, err := dec.Decode(&r.Logs[i], 0); err != nil {
				b.Fatal(err)
			}
		}
		logs += len(r.Logs)
	}
	fetch := time.Since(t0)
	if logs < n {
		b.Fatalf("fetched %d logs, made %d", logs, n)
	}

	rates := map[string]float64{"fetch": float64(logs) / fetch.Seconds()}
	times := map[string]time.Duration{"fetch": fetch}
	for _, backend := range backends {
		st := openStore(b, backend)
		cfg := cfg
		cfg.ExitAtHead = true
		ix, err := indexer.New(cfg, w.source(), st)
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		if err := ix.Run(ctx); err != nil {
			b.Fatal(err)
		}
		d := time.Since(t0)
		times[backend] = d
		rates[backend] = float64(logs) / d.Seconds()
	}
	b.StopTimer()
	for _, k := range []string{"fetch", "sqlite", "postgres"} {
		b.ReportMetric(rates[k], k+"_logs/s")
	}
	b.ReportMetric(times["sqlite"].Seconds()/fetch.Seconds(), "sqlite/fetch")
	b.ReportMetric(times["postgres"].Seconds()/fetch.Seconds(), "postgres/fetch")
	b.Logf("%d logs: fetch %v (%.0f logs/s); sqlite %v (%.0f logs/s, %.2f× fetch); postgres %v (%.0f logs/s, %.2f× fetch)",
		logs, fetch.Round(time.Millisecond), rates["fetch"],
		times["sqlite"].Round(time.Millisecond), rates["sqlite"], times["sqlite"].Seconds()/fetch.Seconds(),
		times["postgres"].Round(time.Millisecond), rates["postgres"], times["postgres"].Seconds()/fetch.Seconds())
}
