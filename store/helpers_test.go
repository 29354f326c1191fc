package store_test

import (
	"context"
	"encoding/binary"
	"testing"

	"github.com/dataroyalty/royalty/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

const chainID = 31337

var (
	ctx    = context.Background()
	token  = common.HexToAddress("0x1000000000000000000000000000000000000001")
	govern = common.HexToAddress("0x2000000000000000000000000000000000000002")
	vault  = common.HexToAddress("0x3000000000000000000000000000000000000003")
	distr  = common.HexToAddress("0x4000000000000000000000000000000000000004")
	alice  = common.HexToAddress("0xa11ce00000000000000000000000000000000001")
	bob    = common.HexToAddress("0xb0b0000000000000000000000000000000000002")
	carol  = common.HexToAddress("0xca50100000000000000000000000000000000003")
	zero   common.Address
	maxU   = new(uint256.Int).SetAllOne()
)

// blockAt is block n of a fork (fork 0 is the canonical chain), time = 1000 + 10n.
func blockAt(n uint64, fork byte) store.Block {
	return store.Block{ChainID: chainID, Number: n, Hash: hashFor(n, fork), ParentHash: hashFor(n-1, fork), Time: 1000 + 10*n}
}

func hashFor(n uint64, fork byte) common.Hash {
	var h common.Hash
	h[0] = 0xb1
	h[1] = fork
	binary.BigEndian.PutUint64(h[24:], n)
	return h
}

func meta(b store.Block, log, batch uint, addr common.Address) store.FactMeta {
	tx := b.Hash
	tx[2] = 0x7a
	tx[3] = byte(log)
	return store.FactMeta{ChainID: b.ChainID, BlockNumber: b.Number, BlockHash: b.Hash, BlockTime: b.Time,
		TxHash: tx, LogIndex: log, BatchIndex: batch, Address: addr}
}

func u(v uint64) uint256.Int { return *uint256.NewInt(v) }

func dec(t testing.TB, s string) uint256.Int {
	t.Helper()
	v, err := uint256.FromDecimal(s)
	if err != nil {
		t.Fatal(err)
	}
	return *v
}

func transfer(b store.Block, log, batch uint, from, to common.Address, id, value uint64) *store.Transfer {
	return &store.Transfer{FactMeta: meta(b, log, batch, token), Operator: from, From: from, To: to, ID: u(id), Value: u(value)}
}

// batchOf wraps facts in a batch whose checkpoint and final block is `upTo`.
func batchOf(upTo store.Block, final store.Block, facts ...store.Fact) *store.Batch {
	var blocks []store.Block
	seen := map[uint64]bool{}
	for _, f := range facts {
		m := f.Meta()
		if !seen[m.BlockNumber] {
			seen[m.BlockNumber] = true
			blocks = append(blocks, store.Block{ChainID: m.ChainID, Number: m.BlockNumber, Hash: m.BlockHash,
				ParentHash: hashFor(m.BlockNumber-1, m.BlockHash[1]), Time: m.BlockTime})
		}
	}
	return &store.Batch{ChainID: chainID, Blocks: blocks, Facts: facts, Checkpoint: upTo, Final: final}
}

func apply(t testing.TB, s *store.Store, b *store.Batch) {
	t.Helper()
	if err := s.ApplyBatch(ctx, b); err != nil {
		t.Fatalf("apply batch: %v", err)
	}
}

// everyFact has one fact of every type, with uint256 fields at 0 and 2^256-1
// and uint64 fields at their maximum where the type allows.
func everyFact() []store.Fact {
	b1, b2 := blockAt(1, 0), blockAt(2, 0)
	name := common.Hash{}
	copy(name[:], "quality")
	return []store.Fact{
		&store.Transfer{FactMeta: meta(b1, 0, 0, token), Operator: alice, From: zero, To: alice, ID: u(1), Value: *maxU},
		&store.Transfer{FactMeta: meta(b1, 1, 3, token), Operator: alice, From: alice, To: bob, ID: *maxU, Value: u(0)},
		&store.ContributionRegistered{FactMeta: meta(b1, 2, 0, token), CfID: *maxU, DatasetID: u(0), AssetID: common.HexToHash("0xa55e7"),
			Role: 255, Contributor: carol, ContentHash: common.HexToHash("0xc0"), Holder: alice, Units: *maxU},
		&store.ContributionAmended{FactMeta: meta(b1, 3, 0, token), OldCfID: u(0), NewCfID: *maxU, ReasonHash: common.HexToHash("0x1")},
		&store.ContributionDeprecated{FactMeta: meta(b1, 4, 0, token), CfID: *maxU, ReasonHash: common.HexToHash("0x2")},
		&store.VersionCFsAdded{FactMeta: meta(b1, 5, 0, token), DatasetID: *maxU, Version: ^uint64(0), CfIDs: []uint256.Int{u(0), *maxU, u(7)}},
		&store.VersionCFsAdded{FactMeta: meta(b1, 6, 0, token), DatasetID: u(1), Version: 1, CfIDs: nil},
		&store.VersionSealed{FactMeta: meta(b1, 7, 0, token), DatasetID: *maxU, Version: ^uint64(0), ManifestHash: common.HexToHash("0x3"), CfCount: *maxU},
		&store.ValuationPublished{FactMeta: meta(b2, 0, 0, govern), Version: ^uint64(0), DatasetID: *maxU, Asset: bob, Unit: "tok\x00\xff",
			BasePrice: *maxU, PriceUnit: u(0), FactorNames: []common.Hash{name, {}}, FactorWads: []uint256.Int{*maxU, u(0)}},
		&store.ValuationPublished{FactMeta: meta(b2, 1, 0, govern), Version: 0, Unit: "", FactorNames: nil, FactorWads: nil},
		&store.SplitPolicyPublished{FactMeta: meta(b2, 2, 0, govern), Version: ^uint64(0), ReserveBps: 65535, ProtocolBps: 1, DeveloperBps: 2,
			PoolBps: 3, ProtocolMinBps: 4, ProtocolMaxBps: 5, DeveloperMinBps: 6, DeveloperMaxBps: 7, PoolMinBps: 8, PoolMaxBps: 9,
			DisputeWindow: ^uint64(0), Treasury: carol},
		&store.TaskManifestPublished{FactMeta: meta(b2, 3, 0, govern), Version: ^uint64(0), DatasetID: *maxU, PolicyVersion: ^uint64(0),
			ProtocolBps: 10000, DeveloperBps: 0, PoolBps: 65535, Developers: []common.Address{alice, bob}, Weights: []uint256.Int{*maxU, u(0)},
			ManifestHash: common.HexToHash("0x4")},
		&store.MeterSet{FactMeta: meta(b2, 4, 0, govern), Meter: alice, Authorised: true},
		&store.MeterSet{FactMeta: meta(b2, 5, 0, govern), Meter: bob, Authorised: false},
		&store.AssetAllowed{FactMeta: meta(b2, 6, 0, vault), Asset: bob, Allowed: true},
		&store.Deposited{FactMeta: meta(b2, 7, 0, vault), Consumer: alice, Asset: bob, From: carol, Amount: *maxU},
		&store.EpochFunded{FactMeta: meta(b2, 8, 0, vault), Epoch: ^uint64(0), Consumer: alice, Asset: bob, Amount: u(0)},
		&store.DisputeWindowSet{FactMeta: meta(b2, 9, 0, distr), Seconds: ^uint64(0)},
		&store.RootProposed{FactMeta: meta(b2, 10, 0, distr), Epoch: 1, Root: common.HexToHash("0x5"), ReceiptRoot: common.HexToHash("0x6"),
			ActivatesAt: ^uint64(0), Assets: []common.Address{bob}, Totals: []uint256.Int{*maxU}},
		&store.RootRevoked{FactMeta: meta(b2, 11, 0, distr), Epoch: ^uint64(0), Root: common.HexToHash("0x5")},
		&store.RootActivated{FactMeta: meta(b2, 12, 0, distr), Epoch: 0, Root: common.HexToHash("0x7")},
		&store.Claimed{FactMeta: meta(b2, 13, 0, distr), Account: alice, Asset: bob, Epoch: ^uint64(0), Amount: *maxU, Cumulative: u(0)},
		&store.VersionCFsRemoved{FactMeta: meta(b2, 14, 0, token), DatasetID: *maxU, Version: ^uint64(0), CfIDs: []uint256.Int{u(0), *maxU}},
		&store.CreditPurchased{FactMeta: meta(b2, 15, 0, vault), Consumer: bob, Asset: alice, From: carol, Amount: *maxU},
		&store.DisputeOpened{FactMeta: meta(b2, 15, 0, govern), ID: ^uint64(0), Target: 255, Opener: alice, Subject: *maxU,
			EventID: "ev\x00\xff", EventTime: ^uint64(0), PolicyVersion: ^uint64(0), Governance: true, ReasonHash: common.HexToHash("0x8")},
		&store.DisputeOpened{FactMeta: meta(b2, 16, 0, govern), ID: 1, EventID: ""},
		&store.DisputeResolved{FactMeta: meta(b2, 17, 0, govern), ID: ^uint64(0), Outcome: 5, Arbiter: bob, CfID: *maxU, NewCfID: u(0),
			ValuationVersion: ^uint64(0), ReasonHash: common.HexToHash("0x9")},
	}
}
