package store_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/ownership"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// BenchmarkSnapshot answers the pricer's question, the holdings of a
// dataset version at a time, over a version of 50 CFs whose units 1,000
// holders trade in 20,000 transfers (plus 5,000 of CFs of no version), on
// both backends: the store selects the rows, ownership.At folds them.
func BenchmarkSnapshot(b *testing.B) {
	const cfs, holders, trades, perBlock = 50, 1000, 20_000, 100
	var facts []store.Fact
	var blocks []store.Block
	holder := func(i int) common.Address { return common.Address{0xee, byte(i), byte(i >> 8)} }
	block := func(n uint64) store.Block {
		bl := blockAt(n, 0)
		if len(blocks) == 0 || blocks[len(blocks)-1].Number != n {
			blocks = append(blocks, bl)
		}
		return bl
	}
	var ids []uint256.Int
	for cf := 1; cf <= cfs; cf++ {
		facts = append(facts, &store.Transfer{FactMeta: meta(block(1), uint(cf), 0, token), From: zero, To: holder(cf), ID: u(uint64(cf)), Value: u(1_000_000)})
		ids = append(ids, u(uint64(cf)))
	}
	facts = append(facts, &store.VersionCFsAdded{FactMeta: meta(block(2), 0, 0, token), DatasetID: u(1), Version: 1, CfIDs: ids},
		&store.VersionSealed{FactMeta: meta(block(2), 1, 0, token), DatasetID: u(1), Version: 1, CfCount: u(cfs)})
	bal := map[[2]int]uint64{}
	for cf := 1; cf <= cfs; cf++ {
		bal[[2]int{cf, cf}] = 1_000_000
	}
	for i := 0; i < trades+trades/4; i++ {
		n := 3 + uint64(i/perBlock)
		if i%5 == 4 { // a CF of no version
			facts = append(facts, &store.Transfer{FactMeta: meta(block(n), uint(i%perBlock), 0, token), From: zero, To: holder(i % holders), ID: u(uint64(1000 + i)), Value: u(1)})
			continue
		}
		cf := 1 + i%cfs
		var from int
		for h := range bal {
			if h[0] == cf && bal[h] > 0 {
				from = h[1]
				break
			}
		}
		to := (i * 7) % holders
		v := bal[[2]int{cf, from}] / 2
		bal[[2]int{cf, from}] -= v
		bal[[2]int{cf, to}] += v
		facts = append(facts, &store.Transfer{FactMeta: meta(block(n), uint(i%perBlock), 0, token), From: holder(from), To: holder(to), ID: u(uint64(cf)), Value: u(v)})
	}
	last := blocks[len(blocks)-1]
	// The fold alone, over the same facts in memory: the rest of the store's
	// time is selecting and scanning the rows.
	b.Run("fold", func(b *testing.B) {
		h := store.OwnershipHistory(chainID, token, uint256.NewInt(1), 1, facts)
		for b.Loop() {
			if _, err := ownership.At(&h, last.Time); err != nil {
				b.Fatal(err)
			}
		}
	})
	final := blockAt(last.Number+1, 0)
	at := last.Time
	for _, backend := range storetest.Backends {
		b.Run(backend, func(b *testing.B) {
			s := storetest.Open(b, storetest.DSN(b, backend))
			batch := &store.Batch{ChainID: chainID, Blocks: append(append([]store.Block(nil), blocks...), final), Facts: facts, Checkpoint: final, Final: final}
			if err := s.ApplyBatch(ctx, batch); err != nil {
				b.Fatal(err)
			}
			ds := uint256.NewInt(1)
			for b.Loop() {
				snap, err := s.Snapshot(ctx, chainID, token, ds, 1, at)
				if err != nil || len(snap.Holdings) == 0 {
					b.Fatalf("snapshot: %d holdings, %v", len(snap.Holdings), err)
				}
			}
		})
	}
}
