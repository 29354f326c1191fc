package ownership_test

import (
	"encoding/binary"
	"errors"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/ownership"
)

var (
	alice = common.HexToAddress("0xa11ce00000000000000000000000000000000001")
	bob   = common.HexToAddress("0xb0b0000000000000000000000000000000000002")
	carol = common.HexToAddress("0xca50100000000000000000000000000000000003")
	token = common.HexToAddress("0x1000000000000000000000000000000000000001")
	zero  common.Address
)

func hashOf(n uint64) common.Hash {
	var h common.Hash
	h[0] = 0xb1
	binary.BigEndian.PutUint64(h[24:], n)
	return h
}

// at is block n (time 1000 + 10n), log index log, batch index batch.
func at(n uint64, log, batch uint) ownership.Position {
	return ownership.Position{Block: n, BlockHash: hashOf(n), BlockTime: 1000 + 10*n, LogIndex: log, BatchIndex: batch}
}

func u(v uint64) uint256.Int { return *uint256.NewInt(v) }

func tr(p ownership.Position, from, to common.Address, id, value uint64) ownership.Transfer {
	return ownership.Transfer{Position: p, From: from, To: to, ID: u(id), Value: u(value)}
}

func holdings(hs ...any) []engine.Holding {
	var out []engine.Holding
	for i := 0; i < len(hs); i += 3 {
		out = append(out, engine.Holding{CfID: u(uint64(hs[i].(int))), Holder: hs[i+1].(common.Address), Units: u(uint64(hs[i+2].(int)))})
	}
	return out
}

// history: version 1 of dataset 7 lists CFs 1 and 2 in block 2 and is sealed
// there; CF 3 is in no version. Block 3 chains transfers that only work in
// log order; block 4 has TransferBatches (one repeating an id).
func history() ownership.History {
	return ownership.History{ChainID: 31337, Token: token, DatasetID: u(7), Version: 1,
		Listings: []ownership.Listing{{Position: at(2, 0, 0), CfIDs: []uint256.Int{u(1), u(2)}},
			{Position: at(6, 0, 0), CfIDs: []uint256.Int{u(3)}}}, // after the seal: not part of the version
		Seals: []ownership.Position{at(2, 1, 0), at(9, 0, 0)},
		Transfers: []ownership.Transfer{
			tr(at(1, 0, 0), zero, alice, 1, 100), tr(at(1, 1, 0), zero, bob, 2, 50), tr(at(1, 2, 0), zero, alice, 3, 7),
			tr(at(3, 0, 0), alice, bob, 1, 30), tr(at(3, 1, 0), bob, carol, 1, 30), tr(at(3, 2, 0), carol, alice, 1, 10),
			tr(at(4, 0, 0), alice, bob, 1, 5), tr(at(4, 0, 1), alice, bob, 3, 7), tr(at(4, 1, 0), bob, carol, 1, 5),
			tr(at(4, 2, 0), carol, alice, 1, 20), tr(at(4, 2, 1), carol, alice, 1, 0),
			tr(at(5, 0, 0), alice, bob, 3, 7),                                      // CF 3 is not listed
			tr(at(6, 0, 0), alice, alice, 1, 10),                                   // to oneself: no change
			tr(at(7, 0, 0), bob, alice, 2, 50), tr(at(7, 1, 0), alice, bob, 2, 50), // and back in one block
			tr(at(8, 0, 0), alice, bob, 1, 0), // zero value
		},
	}
}

func TestAtFollowsTheBlockOrderingRule(t *testing.T) {
	h := history()
	after2 := holdings(1, alice, 100, 2, bob, 50)
	after3 := holdings(1, alice, 80, 1, carol, 20, 2, bob, 50)
	after4 := holdings(1, alice, 95, 1, carol, 5, 2, bob, 50)
	for _, c := range []struct {
		t     uint64
		block uint64
		want  []engine.Holding
	}{
		{1020, 2, after2}, // the sealing block's own time
		{1029, 2, after2}, // between blocks: the last block with time ≤ t
		{1030, 3, after3},
		{1039, 3, after3},
		{1040, 4, after4},
		{5000, 4, after4}, // later blocks changed nothing of the version
	} {
		got, err := ownership.At(&h, c.t)
		if err != nil {
			t.Fatalf("at %d: %v", c.t, err)
		}
		want := engine.Snapshot{ChainID: 31337, Token: token, DatasetID: u(7), DatasetVersion: 1, Block: c.block, BlockHash: hashOf(c.block), Holdings: c.want}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("at %d:\n got %+v\nwant %+v", c.t, got, want)
		}
	}
	if _, err := ownership.At(&h, 1019); !errors.Is(err, ownership.ErrNotSealed) {
		t.Errorf("before the seal: err = %v, want ErrNotSealed", err)
	}
}

func TestAtRefusesWhatDoesNotFold(t *testing.T) {
	for name, bad := range map[string]ownership.Transfer{
		"sends more than held": tr(at(3, 5, 0), carol, bob, 1, 21),
		"second hash at a height": {Position: ownership.Position{Block: 3, BlockHash: common.Hash{9}, BlockTime: 1030, LogIndex: 9},
			From: alice, To: bob, ID: u(1), Value: u(1)},
	} {
		h := history()
		h.Transfers = append(h.Transfers, bad)
		if _, err := ownership.At(&h, 1030); !errors.Is(err, ownership.ErrInconsistent) {
			t.Errorf("%s: err = %v, want ErrInconsistent", name, err)
		}
	}
	h := history()
	max := new(uint256.Int).SetAllOne()
	h.Transfers = append(h.Transfers, ownership.Transfer{Position: at(3, 7, 0), From: zero, To: bob, ID: u(2), Value: *max})
	if _, err := ownership.At(&h, 1030); !errors.Is(err, ownership.ErrInconsistent) {
		t.Errorf("a balance past 2^256-1: err = %v, want ErrInconsistent", err)
	}
}

// The fold against a plain oracle over random histories: balances in
// math/big, the state after every block, the snapshot block the last one
// whose end state differs from its start (or the listing block, if later).
// The input order must not matter and the input must not change.
func FuzzAt(f *testing.F) {
	f.Add(uint64(1), uint64(1040))
	f.Add(uint64(42), uint64(1100))
	f.Fuzz(func(t *testing.T, seed, at uint64) {
		h := randomHistory(seed)
		keep := cloneHistory(&h)
		got, err := ownership.At(&h, at)
		want, werr := oracle(&h, at)
		if (err == nil) != (werr == nil) || (err != nil && !errors.Is(err, werr)) {
			t.Fatalf("seed %d at %d: err %v, oracle %v", seed, at, err, werr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d at %d:\n got %+v\nwant %+v", seed, at, got, want)
		}
		if !reflect.DeepEqual(h, keep) {
			t.Fatalf("seed %d: the fold modified its input", seed)
		}
		r := rand.New(rand.NewPCG(seed, 1))
		r.Shuffle(len(h.Transfers), func(i, j int) { h.Transfers[i], h.Transfers[j] = h.Transfers[j], h.Transfers[i] })
		r.Shuffle(len(h.Listings), func(i, j int) { h.Listings[i], h.Listings[j] = h.Listings[j], h.Listings[i] })
		r.Shuffle(len(h.Seals), func(i, j int) { h.Seals[i], h.Seals[j] = h.Seals[j], h.Seals[i] })
		again, err2 := ownership.At(&h, at)
		if (err == nil) != (err2 == nil) || (err == nil && !reflect.DeepEqual(got, again)) {
			t.Fatalf("seed %d: shuffling the input changed the snapshot", seed)
		}
	})
}

func TestAtMatchesOracle(t *testing.T) {
	for seed := uint64(0); seed < 2000; seed++ {
		h := randomHistory(seed)
		for _, at := range []uint64{1000, 1015, 1040, 1075, 1200} {
			got, err := ownership.At(&h, at)
			want, werr := oracle(&h, at)
			if (err == nil) != (werr == nil) {
				t.Fatalf("seed %d at %d: err %v, oracle %v", seed, at, err, werr)
			}
			if err == nil && !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d at %d:\n got %+v\nwant %+v", seed, at, got, want)
			}
		}
	}
}

func randomHistory(seed uint64) ownership.History {
	r := rand.New(rand.NewPCG(seed, 0))
	holders := []common.Address{alice, bob, carol}
	h := ownership.History{ChainID: 1, Token: token, DatasetID: u(7), Version: 1}
	for i := 0; i < 1+r.IntN(2); i++ {
		n := uint64(r.IntN(8))
		h.Listings = append(h.Listings, ownership.Listing{Position: at(n, 0, 0), CfIDs: []uint256.Int{u(uint64(1 + r.IntN(4)))}})
	}
	for i := 0; i < r.IntN(3); i++ {
		h.Seals = append(h.Seals, at(uint64(r.IntN(10)), 1, 0))
	}
	bal := map[[2]uint64]uint64{} // (cf, holder) → balance, to generate mostly valid transfers
	for n := uint64(1); n <= 15; n++ {
		for log := uint(0); log < uint(r.IntN(4)); log++ {
			batch := 1 + r.IntN(2)
			from := r.IntN(4) // 3 = mint
			to := r.IntN(4)   // 3 = burn
			for b := 0; b < batch; b++ {
				cf := uint64(1 + r.IntN(4))
				var v uint64
				if from == 3 {
					v = uint64(r.IntN(100))
				} else if held := bal[[2]uint64{cf, uint64(from)}]; held > 0 {
					v = uint64(r.IntN(int(held) + 1))
				}
				if from != 3 {
					bal[[2]uint64{cf, uint64(from)}] -= v
				}
				if to != 3 {
					bal[[2]uint64{cf, uint64(to)}] += v
				}
				pick := func(i int) common.Address {
					if i == 3 {
						return zero
					}
					return holders[i]
				}
				h.Transfers = append(h.Transfers, tr(at(n, log, uint(b)), pick(from), pick(to), cf, v))
			}
		}
	}
	return h
}

func cloneHistory(h *ownership.History) ownership.History {
	c := *h
	c.Seals = slices.Clone(h.Seals)
	c.Transfers = slices.Clone(h.Transfers)
	c.Listings = nil
	for _, l := range h.Listings {
		c.Listings = append(c.Listings, ownership.Listing{Position: l.Position, CfIDs: slices.Clone(l.CfIDs)})
	}
	return c
}

// oracle recomputes the snapshot the simple way (see FuzzAt).
func oracle(h *ownership.History, t uint64) (engine.Snapshot, error) {
	sealBlock, sealed := uint64(0), false
	for _, s := range h.Seals {
		if s.BlockTime <= t && (!sealed || s.Block < sealBlock) {
			sealBlock, sealed = s.Block, true
		}
	}
	if !sealed {
		return engine.Snapshot{}, ownership.ErrNotSealed
	}
	listed := map[uint256.Int]bool{}
	snapBlock, snapHash := uint64(0), common.Hash{}
	for _, l := range h.Listings {
		if l.Block <= sealBlock && len(l.CfIDs) > 0 {
			for _, id := range l.CfIDs {
				listed[id] = true
			}
			if l.Block >= snapBlock {
				snapBlock, snapHash = l.Block, l.BlockHash
			}
		}
	}
	var ts []ownership.Transfer
	for _, x := range h.Transfers {
		if x.BlockTime <= t && listed[x.ID] {
			ts = append(ts, x)
		}
	}
	slices.SortFunc(ts, func(a, b ownership.Transfer) int {
		for _, d := range [][2]uint64{{a.Block, b.Block}, {uint64(a.LogIndex), uint64(b.LogIndex)}, {uint64(a.BatchIndex), uint64(b.BatchIndex)}} {
			if d[0] != d[1] {
				if d[0] < d[1] {
					return -1
				}
				return 1
			}
		}
		return 0
	})
	type key struct {
		id     uint256.Int
		holder common.Address
	}
	state := map[key]*big.Int{}
	snapshotOf := func() map[key]string {
		out := map[key]string{}
		for k, v := range state {
			if v.Sign() != 0 {
				out[k] = v.String()
			}
		}
		return out
	}
	for i := 0; i < len(ts); {
		j := i
		start := snapshotOf()
		for ; j < len(ts) && ts[j].Block == ts[i].Block; j++ {
			x := ts[j]
			for _, side := range []struct {
				who  common.Address
				sign int
			}{{x.From, -1}, {x.To, 1}} {
				if side.who == zero {
					continue
				}
				k := key{x.ID, side.who}
				if state[k] == nil {
					state[k] = new(big.Int)
				}
				v := x.Value.ToBig()
				if side.sign < 0 {
					if state[k].Cmp(v) < 0 {
						return engine.Snapshot{}, ownership.ErrInconsistent
					}
					v.Neg(v)
				}
				state[k].Add(state[k], v)
			}
		}
		if !reflect.DeepEqual(start, snapshotOf()) && ts[i].Block >= snapBlock {
			snapBlock, snapHash = ts[i].Block, ts[i].BlockHash
		}
		i = j
	}
	snap := engine.Snapshot{ChainID: h.ChainID, Token: h.Token, DatasetID: h.DatasetID, DatasetVersion: h.Version, Block: snapBlock, BlockHash: snapHash}
	for k, v := range state {
		if v.Sign() != 0 {
			var units uint256.Int
			units.SetFromBig(v)
			snap.Holdings = append(snap.Holdings, engine.Holding{CfID: k.id, Holder: k.holder, Units: units})
		}
	}
	slices.SortFunc(snap.Holdings, func(a, b engine.Holding) int {
		if c := a.CfID.Cmp(&b.CfID); c != 0 {
			return c
		}
		return a.Holder.Cmp(b.Holder)
	})
	return snap, nil
}
