package store_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/ethereum/go-ethereum/common"
)

const (
	benchFacts    = 100_000
	benchPerBlock = 100
)

// transferRun is benchFacts transfers in blocks from first on, split into
// batches of batchSize facts (whole blocks), as the indexer would apply them.
func transferRun(first uint64, batchSize int) []*store.Batch {
	var out []*store.Batch
	cur := &store.Batch{ChainID: chainID}
	for i := 0; i < benchFacts; i++ {
		n := first + uint64(i/benchPerBlock)
		b := blockAt(n, 0)
		if i%benchPerBlock == 0 {
			cur.Blocks = append(cur.Blocks, b)
		}
		holder := common.Address{0xee, byte(i), byte(i >> 8), byte(i >> 16)}
		cur.Facts = append(cur.Facts, &store.Transfer{FactMeta: meta(b, uint(i%benchPerBlock), 0, token),
			Operator: holder, From: zero, To: holder, ID: u(uint64(i%500 + 1)), Value: u(uint64(i) * 1_000_000_007)})
		if len(cur.Facts) == batchSize || i == benchFacts-1 {
			cur.Checkpoint, cur.Final = b, b
			out = append(out, cur)
			cur = &store.Batch{ChainID: chainID}
		}
	}
	return out
}

// BenchmarkApplyBatch writes 100,000 Transfer facts per op, in ApplyBatch
// calls of 5,000 facts (50 blocks), and reports facts/s.
func BenchmarkApplyBatch(b *testing.B) {
	for _, backend := range []string{"sqlite", "postgres", "postgres-insert"} {
		b.Run(backend, func(b *testing.B) {
			var dsn string
			if backend == "postgres-insert" {
				dsn = storetest.PostgresDSN(b) + "&royalty_bulk=insert"
			} else {
				dsn = storetest.DSN(b, backend)
			}
			s := storetest.Open(b, dsn)
			var next uint64 = 1
			var elapsed, cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				run := transferRun(next, 5_000)
				next += benchFacts / benchPerBlock
				b.StartTimer()
				start, cpu0 := time.Now(), processCPU(b)
				for _, batch := range run {
					if err := s.ApplyBatch(ctx, batch); err != nil {
						b.Fatal(err)
					}
				}
				elapsed += time.Since(start)
				cpu += processCPU(b) - cpu0
			}
			b.ReportMetric(float64(b.N*benchFacts)/elapsed.Seconds(), "facts/s")
			// CPU of this process only (SQLite's whole cost; for PostgreSQL
			// the client side): steadier than wall time on a shared machine.
			b.ReportMetric(float64(b.N*benchFacts)/cpu.Seconds(), "facts/cpu-s")
		})
	}
}

// processCPU is the user+system CPU time of this process so far.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
