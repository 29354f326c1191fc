package store_test

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// ownershipHistory: dataset 1 version 1 lists CFs 1 and 2 (CF 3 is of no
// version). Block n has time 1000+10n; the final block is 9 (time 1090).
func ownershipHistory() []store.Fact {
	b := func(n uint64) store.Block { return blockAt(n, 0) }
	batch := func(blk store.Block, log uint, from, to common.Address, ids, values []uint64) []store.Fact {
		var out []store.Fact
		for i := range ids {
			out = append(out, transfer(blk, log, uint(i), from, to, ids[i], values[i]))
		}
		return out
	}
	facts := []store.Fact{
		transfer(b(1), 0, 0, zero, alice, 1, 100),
		transfer(b(1), 1, 0, zero, bob, 2, 50),
		transfer(b(1), 2, 0, zero, alice, 3, 7),
		&store.VersionCFsAdded{FactMeta: meta(b(2), 0, 0, token), DatasetID: u(1), Version: 1, CfIDs: []uint256.Int{u(1), u(2)}},
		&store.VersionSealed{FactMeta: meta(b(2), 1, 0, token), DatasetID: u(1), Version: 1, CfCount: u(2)},
		&store.VersionCFsAdded{FactMeta: meta(b(2), 2, 0, token), DatasetID: u(1), Version: 2, CfIDs: []uint256.Int{u(1)}}, // never sealed
		// Block 3: a chain of transfers of CF 1 that only works in log order.
		transfer(b(3), 0, 0, alice, bob, 1, 30),
		transfer(b(3), 1, 0, bob, carol, 1, 30),
		transfer(b(3), 2, 0, carol, alice, 1, 10),
	}
	// Block 4: a TransferBatch, then a single transfer needing it, then a batch
	// repeating an id.
	facts = append(facts, batch(b(4), 0, alice, bob, []uint64{1, 3}, []uint64{5, 7})...)
	facts = append(facts, transfer(b(4), 1, 0, bob, carol, 1, 5))
	facts = append(facts, batch(b(4), 2, carol, alice, []uint64{1, 1}, []uint64{20, 0})...)
	facts = append(facts,
		transfer(b(5), 0, 0, alice, bob, 3, 7),    // CF 3 is not in the version
		transfer(b(6), 0, 0, alice, alice, 1, 10), // to oneself: no change
		transfer(b(7), 0, 0, bob, alice, 2, 50),   // and back in the same block: no change
		transfer(b(7), 1, 0, alice, bob, 2, 50),
		transfer(b(8), 0, 0, alice, bob, 1, 0), // zero value: no change
	)
	return facts
}

func holdings(hs ...any) []engine.Holding {
	var out []engine.Holding
	for i := 0; i < len(hs); i += 3 {
		out = append(out, engine.Holding{CfID: u(uint64(hs[i].(int))), Holder: hs[i+1].(common.Address), Units: u(uint64(hs[i+2].(int)))})
	}
	return out
}

func TestSnapshot(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		// Stored in reverse chain order: the fold must order by (block, log
		// index, batch index), not by insertion.
		facts := ownershipHistory()
		slices.Reverse(facts)
		apply(t, s, batchOf(blockAt(9, 0), blockAt(9, 0), facts...))
		ds := uint256.NewInt(1)
		after2 := holdings(1, alice, 100, 2, bob, 50)
		after3 := holdings(1, alice, 80, 1, carol, 20, 2, bob, 50)
		after4 := holdings(1, alice, 95, 1, carol, 5, 2, bob, 50)
		for _, c := range []struct {
			t     uint64
			block uint64
			want  []engine.Holding
		}{
			{1020, 2, after2}, // on the sealing block
			{1029, 2, after2}, // between
			{1030, 3, after3}, // on a block with transfers inside it
			{1039, 3, after3},
			{1040, 4, after4}, // TransferBatch and transfers depending on it
			{1089, 4, after4}, // later blocks changed nothing of the version
		} {
			got, err := s.Snapshot(ctx, chainID, token, ds, 1, c.t)
			if err != nil {
				t.Fatalf("snapshot at %d: %v", c.t, err)
			}
			want := engine.Snapshot{ChainID: chainID, Token: token, DatasetID: u(1), DatasetVersion: 1,
				Block: c.block, BlockHash: blockAt(c.block, 0).Hash, Holdings: c.want}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("snapshot at %d:\n got %+v\nwant %+v", c.t, got, want)
			}
		}
		if _, err := s.Snapshot(ctx, chainID, token, ds, 1, 1019); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("snapshot before the seal: err = %v, want ErrNotFound", err)
		}
		if _, err := s.Snapshot(ctx, chainID, token, ds, 2, 1080); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("snapshot of an unsealed version: err = %v, want ErrNotFound", err)
		}
		if _, err := s.Snapshot(ctx, chainID, common.Address{9}, ds, 1, 1080); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("snapshot on another token: err = %v, want ErrNotFound", err)
		}
		// The final block's own time is answered (block times strictly increase); after it, not.
		if _, err := s.Snapshot(ctx, chainID, token, ds, 1, 1090); err != nil {
			t.Errorf("snapshot at the final block's time 1090: %v", err)
		}
		for _, tt := range []uint64{1091, 5000} {
			if _, err := s.Snapshot(ctx, chainID, token, ds, 1, tt); !errors.Is(err, store.ErrNotFinal) {
				t.Errorf("snapshot at %d with final time 1090: err = %v, want ErrNotFinal", tt, err)
			}
		}
		if _, err := s.Snapshot(ctx, chainID+1, token, ds, 1, 1020); !errors.Is(err, store.ErrNotFinal) {
			t.Errorf("snapshot of an unindexed chain: err = %v, want ErrNotFinal", err)
		}
	})
}

// A CF deprecated while its version was open and taken out before the seal
// (VersionCFsRemoved) is not a member: its holders get no share, and the
// removal counts as a change of the list. Another version's removal changes
// nothing here.
func TestSnapshotLeavesOutRemovedCFs(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		b := func(n uint64) store.Block { return blockAt(n, 0) }
		facts := []store.Fact{
			transfer(b(1), 0, 0, zero, alice, 1, 100),
			transfer(b(1), 1, 0, zero, bob, 2, 50),
			transfer(b(1), 2, 0, zero, carol, 3, 9),
			&store.VersionCFsAdded{FactMeta: meta(b(2), 0, 0, token), DatasetID: u(1), Version: 1, CfIDs: []uint256.Int{u(1), u(2), u(3)}},
			&store.ContributionDeprecated{FactMeta: meta(b(3), 0, 0, token), CfID: u(2)},
			&store.VersionCFsRemoved{FactMeta: meta(b(3), 1, 0, token), DatasetID: u(1), Version: 1, CfIDs: []uint256.Int{u(2)}},
			&store.VersionCFsRemoved{FactMeta: meta(b(3), 2, 0, token), DatasetID: u(1), Version: 2, CfIDs: []uint256.Int{u(3)}},
			&store.VersionSealed{FactMeta: meta(b(3), 3, 0, token), DatasetID: u(1), Version: 1, CfCount: u(2)},
			transfer(b(4), 0, 0, bob, alice, 2, 50), // a removed CF's transfers change nothing
		}
		apply(t, s, batchOf(blockAt(9, 0), blockAt(9, 0), facts...))
		got, err := s.Snapshot(ctx, chainID, token, uint256.NewInt(1), 1, 1080)
		if err != nil {
			t.Fatal(err)
		}
		want := engine.Snapshot{ChainID: chainID, Token: token, DatasetID: u(1), DatasetVersion: 1,
			Block: 3, BlockHash: blockAt(3, 0).Hash, Holdings: holdings(1, alice, 100, 3, carol, 9)}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("snapshot:\n got %+v\nwant %+v", got, want)
		}
	})
}

func TestFinalityIsBoundedByTheCheckpoint(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		// The final block is far ahead of what was processed: only the
		// processed part counts as known.
		apply(t, s, batchOf(blockAt(9, 0), blockAt(50, 0), ownershipHistory()...))
		if _, err := s.Snapshot(ctx, chainID, token, uint256.NewInt(1), 1, 1089); err != nil {
			t.Fatalf("snapshot inside the processed range: %v", err)
		}
		if _, err := s.Snapshot(ctx, chainID, token, uint256.NewInt(1), 1, 1091); !errors.Is(err, store.ErrNotFinal) {
			t.Fatalf("snapshot past the checkpoint: err = %v, want ErrNotFinal", err)
		}
		// And a final block behind the checkpoint limits it.
		s2 := storetest.Open(t, storetest.SQLiteDSN(t))
		apply(t, s2, batchOf(blockAt(9, 0), blockAt(3, 0), ownershipHistory()...))
		if _, err := s2.Snapshot(ctx, chainID, token, uint256.NewInt(1), 1, 1030); err != nil {
			t.Fatalf("snapshot at the final block's time: %v", err)
		}
		if _, err := s2.Snapshot(ctx, chainID, token, uint256.NewInt(1), 1, 1031); !errors.Is(err, store.ErrNotFinal) {
			t.Fatalf("snapshot after the final block's time: err = %v, want ErrNotFinal", err)
		}
	})
}

// A float64 holds 53 bits: these sums would come out wrong through one.
func TestSnapshotBigNumbersExact(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		b1, b2 := blockAt(1, 0), blockAt(2, 0)
		big := dec(t, "1606938044258990275541962092341162602522202993782792835301377") // 2^200 + 1
		almost := *new(uint256.Int).SubUint64(maxU, 1)
		facts := []store.Fact{
			&store.Transfer{FactMeta: meta(b1, 0, 0, token), From: zero, To: alice, ID: u(10), Value: big},
			&store.Transfer{FactMeta: meta(b1, 1, 0, token), From: zero, To: alice, ID: u(10), Value: big},
			&store.Transfer{FactMeta: meta(b1, 2, 0, token), From: zero, To: bob, ID: u(10), Value: almost},
			&store.Transfer{FactMeta: meta(b1, 3, 0, token), From: zero, To: bob, ID: u(10), Value: u(1)},
			&store.Transfer{FactMeta: meta(b1, 4, 0, token), From: alice, To: carol, ID: u(10), Value: u(1)},
			&store.VersionCFsAdded{FactMeta: meta(b2, 0, 0, token), DatasetID: *maxU, Version: 1, CfIDs: []uint256.Int{u(10)}},
			&store.VersionSealed{FactMeta: meta(b2, 1, 0, token), DatasetID: *maxU, Version: 1, CfCount: u(1)},
		}
		apply(t, s, batchOf(blockAt(3, 0), blockAt(3, 0), facts...))
		got, err := s.Snapshot(ctx, chainID, token, maxU, 1, 1020)
		if err != nil {
			t.Fatal(err)
		}
		want := []engine.Holding{
			{CfID: u(10), Holder: alice, Units: dec(t, "3213876088517980551083924184682325205044405987565585670602753")}, // 2^201 + 1
			{CfID: u(10), Holder: bob, Units: *maxU},
			{CfID: u(10), Holder: carol, Units: u(1)},
		}
		if !reflect.DeepEqual(got.Holdings, want) {
			t.Fatalf("holdings:\n got %+v\nwant %+v", got.Holdings, want)
		}
		// One more unit would overflow: an error, never a wrapped value.
		b3 := blockAt(3, 0)
		apply(t, s, batchOf(blockAt(4, 0), blockAt(4, 0), &store.Transfer{FactMeta: meta(b3, 0, 0, token), From: zero, To: bob, ID: u(10), Value: u(1)}))
		if _, err := s.Snapshot(ctx, chainID, token, maxU, 1, 1030); err == nil {
			t.Fatal("a balance past 2^256-1 folded without error")
		}
	})
}

func TestPolicyMeterValuation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		b := func(n uint64) store.Block { return blockAt(n, 0) }
		quality := common.Hash{}
		copy(quality[:], "quality")
		facts := []store.Fact{
			&store.SplitPolicyPublished{FactMeta: meta(b(1), 0, 0, govern), Version: 1, ReserveBps: 500, ProtocolBps: 1000, DeveloperBps: 1000,
				PoolBps: 5000, ProtocolMaxBps: 10000, DeveloperMaxBps: 10000, PoolMaxBps: 10000, DisputeWindow: 3600, Treasury: carol},
			&store.TaskManifestPublished{FactMeta: meta(b(2), 0, 0, govern), Version: 1, DatasetID: u(1), PolicyVersion: 1,
				ProtocolBps: 1000, DeveloperBps: 2000, PoolBps: 5000, Developers: []common.Address{alice}, Weights: []uint256.Int{u(1)}},
			&store.MeterSet{FactMeta: meta(b(2), 1, 0, govern), Meter: alice, Authorised: true},
			&store.ValuationPublished{FactMeta: meta(b(2), 2, 0, govern), Version: 1, DatasetID: u(1), Asset: bob, Unit: "token",
				BasePrice: u(3), PriceUnit: u(1000), FactorNames: []common.Hash{quality}, FactorWads: []uint256.Int{dec(t, "1500000000000000000")}},
			&store.SplitPolicyPublished{FactMeta: meta(b(3), 0, 0, govern), Version: 2, ReserveBps: 700, ProtocolBps: 1000,
				PoolBps: 5000, ProtocolMaxBps: 10000, DeveloperMaxBps: 10000, PoolMaxBps: 10000, DisputeWindow: 7200, Treasury: bob},
			&store.TaskManifestPublished{FactMeta: meta(b(4), 0, 0, govern), Version: 2, DatasetID: u(2), PolicyVersion: 2, PoolBps: 9000},
			&store.TaskManifestPublished{FactMeta: meta(b(5), 0, 0, govern), Version: 3, DatasetID: u(1), PolicyVersion: 2,
				ProtocolBps: 1500, DeveloperBps: 0, PoolBps: 6000},
			&store.MeterSet{FactMeta: meta(b(6), 0, 0, govern), Meter: alice, Authorised: false},
			&store.ValuationPublished{FactMeta: meta(b(12), 0, 0, govern), Version: 2, DatasetID: u(1), Asset: bob, Unit: "token",
				BasePrice: u(4), PriceUnit: u(1000)},
		}
		apply(t, s, batchOf(blockAt(12, 0), blockAt(9, 0), facts...))
		ds := uint256.NewInt(1)

		v1 := engine.Policy{Version: 1, ReserveBps: 500, ProtocolBps: 1000, DeveloperBps: 2000, PoolBps: 5000, Treasury: carol,
			Developers: []engine.Developer{{Account: alice, Weight: u(1)}}, DisputeWindow: 3600}
		v3 := engine.Policy{Version: 3, ReserveBps: 700, ProtocolBps: 1500, DeveloperBps: 0, PoolBps: 6000, Treasury: bob, DisputeWindow: 7200}
		for _, c := range []struct {
			t    uint64
			want engine.Policy
		}{{1020, v1}, {1049, v1}, {1050, v3}, {1089, v3}} {
			got, err := s.PolicyAt(ctx, chainID, ds, c.t)
			if err != nil || !reflect.DeepEqual(got, c.want) {
				t.Errorf("policy at %d = %+v, %v; want %+v", c.t, got, err, c.want)
			}
		}
		if _, err := s.PolicyAt(ctx, chainID, ds, 1019); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("policy before any manifest: err = %v, want ErrNotFound", err)
		}
		if _, err := s.PolicyAt(ctx, chainID, ds, 1090); err != nil {
			t.Errorf("policy at the final block's time: %v", err)
		}
		if _, err := s.PolicyAt(ctx, chainID, ds, 1091); !errors.Is(err, store.ErrNotFinal) {
			t.Errorf("policy after the final block's time: err = %v, want ErrNotFinal", err)
		}

		for _, c := range []struct {
			meter common.Address
			t     uint64
			want  bool
		}{{alice, 1019, false}, {alice, 1020, true}, {alice, 1059, true}, {alice, 1060, false}, {bob, 1080, false}} {
			got, err := s.MeterAt(ctx, chainID, c.meter, c.t)
			if err != nil || got != c.want {
				t.Errorf("meter %s at %d = %v, %v; want %v", c.meter, c.t, got, err, c.want)
			}
		}
		if _, err := s.MeterAt(ctx, chainID, alice, 2000); !errors.Is(err, store.ErrNotFinal) {
			t.Errorf("meter after the final block: err = %v, want ErrNotFinal", err)
		}

		val, vds, err := s.ValuationVersion(ctx, chainID, 1)
		wantVal := engine.Valuation{Version: 1, Asset: bob, Unit: "token", BasePrice: u(3), PriceUnit: u(1000),
			Factors: []engine.Factor{{Name: "quality", WAD: dec(t, "1500000000000000000")}}}
		if err != nil || !reflect.DeepEqual(val, wantVal) || vds == nil || !vds.Eq(ds) {
			t.Errorf("valuation 1 = %+v, dataset %v, %v; want %+v", val, vds, err, wantVal)
		}
		if _, _, err := s.ValuationVersion(ctx, chainID, 2); !errors.Is(err, store.ErrNotFinal) {
			t.Errorf("valuation published after the final block: err = %v, want ErrNotFinal", err)
		}
		if _, _, err := s.ValuationVersion(ctx, chainID, 3); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unpublished valuation: err = %v, want ErrNotFound", err)
		}
	})
}
