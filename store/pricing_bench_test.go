package store_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// BenchmarkPricing prices events end to end as the pricer does for each one
// (pipeline.Pricer.Price once the governance facts are read): the snapshot
// of the event's dataset version at its time read from the store (rows
// selected, ownership folded), engine.ComputeLineItem, the bundle and line
// item encoded, and the line item written in its own transaction
// (Store.InsertLineItem). Versions of 10 and 1,000 holders, on SQLite and
// PostgreSQL. It reports line items per second of wall time and, from the
// same run, each step's share of the time.
func BenchmarkPricing(b *testing.B) {
	for _, holders := range []int{10, 1_000} {
		facts, blocks, at := pricingFacts(holders)
		for _, backend := range storetest.Backends {
			b.Run(fmt.Sprintf("holders=%d/%s", holders, backend), func(b *testing.B) {
				s := storetest.Open(b, storetest.DSN(b, backend))
				final := blockAt(blocks[len(blocks)-1].Number+1, 0)
				batch := &store.Batch{ChainID: chainID, Blocks: append(append([]store.Block(nil), blocks...), final), Facts: facts, Checkpoint: final, Final: final}
				if err := s.ApplyBatch(ctx, batch); err != nil {
					b.Fatal(err)
				}
				ds := uint256.NewInt(1)
				ev := engine.Event{Consumer: common.HexToAddress("0xc0"), DatasetID: *ds, DatasetVersion: 1, Unit: "request",
					Timestamp: at, ValuationVersion: 1, Mode: engine.ModeStandard}
				val := engine.Valuation{Version: 1, Asset: common.HexToAddress("0xaa"), Unit: "request", BasePrice: u(2000), PriceUnit: u(1)}
				pol := engine.Policy{Version: 1, ReserveBps: 500, ProtocolBps: 1500, DeveloperBps: 1000, PoolBps: 6000,
					Treasury: common.HexToAddress("0xa1"), Developers: []engine.Developer{{Account: common.HexToAddress("0xd1"), Weight: u(1)}},
					DisputeWindow: 86_400}
				var tSnap, tCompute, tWrite time.Duration
				n := 0
				b.ReportAllocs()
				for b.Loop() {
					ev.ID = fmt.Sprintf("ev-%d-%08d", holders, n)
					ev.Quantity = u(uint64(1 + n%1000))
					n++
					t0 := time.Now()
					snap, err := s.Snapshot(ctx, chainID, token, ds, 1, at)
					if err != nil || len(snap.Holdings) != holders {
						b.Fatalf("snapshot: %d holdings, want %d: %v", len(snap.Holdings), holders, err)
					}
					t1 := time.Now()
					in := &engine.Input{Event: ev, Valuation: val, Policy: pol, Snapshot: snap}
					li, err := engine.ComputeLineItem(in)
					if err != nil {
						b.Fatal(err)
					}
					bundle, err := engine.EncodeBundle(in)
					if err != nil {
						b.Fatal(err)
					}
					item, err := engine.EncodeLineItem(&li)
					if err != nil {
						b.Fatal(err)
					}
					t2 := time.Now()
					err = s.InsertLineItem(ctx, &store.LineItemRow{EventID: ev.ID, ChainID: chainID, Consumer: li.Consumer, Asset: li.Asset,
						EventTime: li.Timestamp, Hash: li.Hash, DisputeWindow: pol.DisputeWindow, Bundle: bundle, Item: item})
					if err != nil {
						b.Fatal(err)
					}
					t3 := time.Now()
					tSnap += t1.Sub(t0)
					tCompute += t2.Sub(t1)
					tWrite += t3.Sub(t2)
				}
				total := tSnap + tCompute + tWrite
				b.ReportMetric(float64(n)/total.Seconds(), "items/s")
				b.ReportMetric(float64(tSnap)/float64(total), "snapshot-share")
				b.ReportMetric(float64(tCompute)/float64(total), "compute-share")
				b.ReportMetric(float64(tWrite)/float64(total), "write-share")
				// The stored rows are the line items just priced.
				row, err := s.LineItem(ctx, ev.ID)
				if err != nil || row.Hash == (common.Hash{}) {
					b.Fatalf("last line item: %v", err)
				}
			})
		}
	}
}

// pricingFacts is a sealed version 1 of dataset 1 whose 50 CFs (10 when
// fewer holders) are held by the given number of holders, one holding each,
// minted over a few blocks; at is a time after the last.
func pricingFacts(holders int) ([]store.Fact, []store.Block, uint64) {
	cfs := min(50, holders)
	var facts []store.Fact
	var blocks []store.Block
	var ids []uint256.Int
	for cf := 1; cf <= cfs; cf++ {
		ids = append(ids, u(uint64(cf)))
	}
	b1 := blockAt(1, 0)
	blocks = append(blocks, b1)
	facts = append(facts, &store.VersionCFsAdded{FactMeta: meta(b1, 0, 0, token), DatasetID: u(1), Version: 1, CfIDs: ids},
		&store.VersionSealed{FactMeta: meta(b1, 1, 0, token), DatasetID: u(1), Version: 1, CfCount: u(uint64(cfs))})
	const perBlock = 200
	for i := 0; i < holders; i++ {
		n := 2 + uint64(i/perBlock)
		if blocks[len(blocks)-1].Number != n {
			blocks = append(blocks, blockAt(n, 0))
		}
		holder := common.Address{0xee, byte(i), byte(i >> 8)}
		facts = append(facts, &store.Transfer{FactMeta: meta(blocks[len(blocks)-1], uint(i%perBlock), 0, token), From: zero, To: holder,
			ID: u(uint64(1 + i%cfs)), Value: u(uint64(1_000 + 7*i))})
	}
	return facts, blocks, blocks[len(blocks)-1].Time + 1
}
