package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// shardEpoch is one random history of two closes: line items of several
// consumers, assets and modes over snapshots that differ in size (so the
// shards' layouts change mid-stream) and name some holders under several
// CFs (so one recipient's allocations fall in more than one shard's range),
// deposits that pay some of it, and, when bad is set, one or two broken
// items (a wrong sum, an overflowing allocation, a conflicting re-delivery,
// a future time, no reserve row) at random places.
type shardEpoch struct {
	deposits [2][]Deposit
	items    [2][]LineItem
	inputs   map[string]*Input
}

func randomShardEpoch(t *testing.T, seed uint64, bad bool) *shardEpoch {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	e := &shardEpoch{inputs: map[string]*Input{}}
	consumers := []common.Address{common.HexToAddress("0xc0"), common.HexToAddress("0xc1"), common.HexToAddress("0xc2")}
	assets := []common.Address{testAsset, common.HexToAddress("0xab")}
	// A few snapshots, shared by many items (the fold's layout cache).
	snaps := make([][]Holding, 4)
	for s := range snaps {
		n := 1 + rng.IntN(40)
		for i := 0; i < n; i++ {
			snaps[s] = append(snaps[s], Holding{
				CfID:   *uint256.NewInt(uint64(i/3 + 1)),
				Holder: common.BigToAddress(uint256.NewInt(uint64(0xb00 + rng.IntN(12))).ToBig()),
				Units:  *uint256.NewInt(uint64(rng.IntN(1_000))),
			})
		}
		snaps[s] = dedupe(snaps[s], func(a, b Holding) bool { return a.CfID == b.CfID && a.Holder == b.Holder })
		snaps[s] = append(snaps[s], Holding{CfID: *uint256.NewInt(99), Holder: common.HexToAddress("0xbff"), Units: *uint256.NewInt(1)})
	}
	n := 0
	for k := 0; k < 2; k++ {
		end := uint64(k+1) * 10_000
		for i, m := 0, 1+rng.IntN(120); i < m; i++ {
			id := fmt.Sprintf("e%d-%03d", k, n)
			n++
			c := consumers[rng.IntN(len(consumers))]
			in := fuzzInput(id, c, end-10_000+uint64(rng.IntN(10_000)), byte(rng.IntN(250)), PaymentMode(rng.IntN(3)), byte(rng.IntN(200)))
			in.Valuation.Asset = assets[rng.IntN(len(assets))]
			in.Policy.DisputeWindow = uint64(rng.IntN(3)) * 7_000
			in.Snapshot.Holdings = snaps[rng.IntN(len(snaps))]
			li, err := ComputeLineItem(in)
			if err != nil {
				t.Fatal(err)
			}
			e.inputs[id] = in
			e.items[k] = append(e.items[k], li)
		}
		for _, c := range consumers {
			for _, a := range assets {
				if rng.IntN(3) > 0 {
					e.deposits[k] = append(e.deposits[k], Deposit{ID: fmt.Sprintf("d%d-%s-%s", k, c.Hex(), a.Hex()), Consumer: c, Asset: a,
						Amount: *uint256.NewInt(uint64(rng.IntN(40_000_000))), At: end - 1})
				}
			}
		}
	}
	if bad {
		for j := 1 + rng.IntN(2); j > 0; j-- {
			k := rng.IntN(2)
			items := e.items[k]
			i := rng.IntN(len(items))
			li := items[i]
			li.Allocations = append([]Allocation(nil), li.Allocations...)
			switch rng.IntN(5) {
			case 0: // one atto too many
				a := &li.Allocations[rng.IntN(len(li.Allocations))]
				a.AmountAtto.AddUint64(&a.AmountAtto, 1)
			case 1: // an allocation near 2^256: the sum wraps
				li.Allocations[rng.IntN(len(li.Allocations))].AmountAtto.SetAllOne()
			case 2: // a re-delivery of an earlier item under another hash
				li.EventID = items[rng.IntN(i+1)].EventID
				li.Hash[0] ^= 1
			case 3:
				li.Timestamp = uint64(k+1) * 10_000
			case 4:
				li.Allocations = li.Allocations[:len(li.Allocations)-1]
			}
			items[i] = li
		}
	}
	return e
}

type closeOutcome struct {
	results []*EpochResult
	err     string
}

// closeWith runs the history's closes with the given shard count, batch
// size (items per batch; 0: the default) and size below which items are
// folded whole (0: the default, all of these items; −1: none).
func (e *shardEpoch) closeWith(shards, batch, splitMin int) closeOutcome {
	st := NewState()
	st.foldShards, st.foldBatchItems, st.foldSplitMin = shards, batch, splitMin
	lookup := func(id string) (*Input, error) {
		if in := e.inputs[id]; in != nil {
			return in, nil
		}
		return nil, fmt.Errorf("no input for %s", id)
	}
	var out closeOutcome
	for k := 0; k < 2; k++ {
		for _, d := range e.deposits[k] {
			if _, err := st.Deposit(d); err != nil {
				out.err = err.Error()
				return out
			}
		}
		items := e.items[k]
		seq := func(yield func(Accrual, error) bool) {
			var li LineItem // reused: the close must copy what it keeps
			for i := range items {
				li = items[i]
				if !yield(Accrual{Item: &li, DisputeWindow: e.inputs[li.EventID].Policy.DisputeWindow}, nil) {
					return
				}
			}
		}
		res, err := st.CloseEpoch(Close{Epoch: uint64(k + 1), Start: uint64(k) * 10_000, End: uint64(k+1) * 10_000, Items: len(items)}, seq, lookup)
		if err != nil {
			out.err = err.Error()
			return out
		}
		out.results = append(out.results, res)
	}
	return out
}

// TestCloseEpochShardsMatchSequential: on random histories, good and
// broken, a close folded by 2–5 shards in batches of 1–9 items (and the
// default), with items dealt whole, cut into ranges, or either by size,
// returns exactly what the sequential fold (one shard, inline) returns: the
// same postings, statements (byte for byte as JSON) and fundings, or the
// same error.
func TestCloseEpochShardsMatchSequential(t *testing.T) {
	histories := 200
	if testing.Short() {
		histories = 45
	}
	failures := 0
	for seed := uint64(0); seed < uint64(histories); seed++ {
		bad := seed%3 == 2
		e := randomShardEpoch(t, seed, bad)
		want := e.closeWith(1, 0, 0)
		if want.err != "" {
			failures++
		} else if bad {
			t.Fatalf("seed %d: a broken history closed", seed)
		}
		rng := rand.New(rand.NewPCG(seed, 7))
		for _, cfg := range [][3]int{{2, 0, 0}, {2, 1 + rng.IntN(9), -1}, {3 + rng.IntN(3), 1 + rng.IntN(9), 1 + rng.IntN(40)}} {
			got := e.closeWith(cfg[0], cfg[1], cfg[2])
			if got.err != want.err {
				t.Fatalf("seed %d, %d shards, batches of %d, cut from %d: error %q, sequential %q", seed, cfg[0], cfg[1], cfg[2], got.err, want.err)
			}
			if len(got.results) != len(want.results) {
				t.Fatalf("seed %d: %d closes, sequential %d", seed, len(got.results), len(want.results))
			}
			for k := range want.results {
				g, w := got.results[k], want.results[k]
				gj, err := json.Marshal(g.Statements)
				if err != nil {
					t.Fatal(err)
				}
				wj, _ := json.Marshal(w.Statements)
				if string(gj) != string(wj) {
					t.Fatalf("seed %d, %d shards, batches of %d, epoch %d: statements differ:\n%s\nsequential:\n%s", seed, cfg[0], cfg[1], k+1, gj, wj)
				}
				if !reflect.DeepEqual(g, w) {
					t.Fatalf("seed %d, %d shards, batches of %d, epoch %d: postings or fundings differ", seed, cfg[0], cfg[1], k+1)
				}
			}
		}
	}
	// The broken histories must have exercised the error paths.
	if failures < histories/6 {
		t.Fatalf("only %d of %d histories failed to close", failures, histories)
	}
}

// TestCloseEpochAllocsPerItem bounds the allocations of a close per line
// item: with the stream's own allocations excluded, accruing 2,048 items
// over 100 holders (and settling them, statements, postings) allocates
// fewer than 4 objects per item — the ItemState slab share, the reserve
// leg's account name, the map entries — whatever the shard count.
func TestCloseEpochAllocsPerItem(t *testing.T) {
	tmpl := benchTemplates(t, 100, 16)
	const n = 2_048
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("ev-%08d", i)
	}
	stream := func(yield func(Accrual, error) bool) {
		var li LineItem
		for i := 0; i < n; i++ {
			li = tmpl[i%len(tmpl)]
			li.EventID = ids[i]
			li.Timestamp = uint64(1_000 + i)
			if !yield(Accrual{Item: &li, DisputeWindow: 30 * 86_400}, nil) {
				return
			}
		}
	}
	for _, shards := range []int{1, 2} {
		allocs := testing.AllocsPerRun(3, func() {
			st := NewState()
			st.foldShards = shards
			if _, err := st.Deposit(Deposit{ID: "d", Consumer: tmpl[0].Consumer, Asset: tmpl[0].Asset, Amount: *uint256.NewInt(n * 1_000_000)}); err != nil {
				t.Fatal(err)
			}
			if _, err := st.CloseEpoch(Close{Epoch: 1, End: 1_001 + n, Items: n}, stream, nil); err != nil {
				t.Fatal(err)
			}
		})
		if per := allocs / n; per >= 4 {
			t.Fatalf("%d shards: %.0f allocations for %d items = %.2f per item, want < 4", shards, allocs, n, per)
		} else {
			t.Logf("%d shards: %.2f allocations per item", shards, per)
		}
	}
}

// TestSettleOldestFirstAcrossCloses: settlement pays oldest first across the
// items left unpaid by earlier closes and this close's, including a late
// arrival older than both. A (epoch 1, t=5,000) is unpaid when epoch 2
// accrues C (t=4,000, late) and B (t=15,000) with cash for two of the three:
// C and A are paid, B is not.
func TestSettleOldestFirstAcrossCloses(t *testing.T) {
	c0 := common.HexToAddress("0xc0")
	inA := fuzzInput("a", c0, 5_000, 9, ModeStandard, 3)
	inB := fuzzInput("b", c0, 15_000, 9, ModeStandard, 3)
	inC := fuzzInput("c", c0, 4_000, 9, ModeStandard, 3)
	inputs := map[string]*Input{"a": inA, "b": inB, "c": inC}
	lookup := func(id string) (*Input, error) { return inputs[id], nil }
	for _, shards := range []int{1, 3} {
		st := NewState()
		st.foldShards = shards
		a, b, c := mustItem(t, inA), mustItem(t, inB), mustItem(t, inC)
		if _, err := st.CloseEpoch(Close{Epoch: 1, Start: 0, End: 10_000}, seqOf(a), lookup); err != nil {
			t.Fatal(err)
		}
		var two uint256.Int
		two.Add(&a.Gross, &c.Gross)
		if _, err := st.Deposit(Deposit{ID: "d", Consumer: c0, Asset: a.Asset, Amount: two, At: 19_000}); err != nil {
			t.Fatal(err)
		}
		if _, err := st.CloseEpoch(Close{Epoch: 2, Start: 10_000, End: 20_000}, seqOf(b, c), lookup); err != nil {
			t.Fatal(err)
		}
		for id, paid := range map[string]bool{"a": true, "b": false, "c": true} {
			if it := st.items[id]; it.fullySettled() != paid {
				t.Errorf("%d shards: item %s settled %s of %s, want paid=%v", shards, id, it.Settled.Dec(), it.Gross.Dec(), paid)
			}
		}
	}
}

// TestCloseRefusesWrappingAllocations: allocations whose true sum is
// gross·10^18 + 2^256 (equal modulo 2^256) are refused as an overflow, with
// the two raised allocations next to each other (one shard's range) or at
// both ends (different shards' ranges), on one shard and on several.
func TestCloseRefusesWrappingAllocations(t *testing.T) {
	in := fuzzInput("w", common.HexToAddress("0xc0"), 1_000, 9, ModeStandard, 3)
	var half uint256.Int
	half.Lsh(uint256.NewInt(1), 255)
	base := mustItem(t, in)
	n := len(base.Allocations)
	for _, pair := range [][2]int{{0, 1}, {0, n - 2}} {
		li := *base
		li.Allocations = append([]Allocation(nil), base.Allocations...)
		for _, i := range pair {
			a := &li.Allocations[i].AmountAtto
			a.Add(a, &half)
		}
		for _, shards := range []int{1, 2, 4} {
			st := NewState()
			st.foldShards, st.foldSplitMin = shards, -1 // cut even this small item
			_, err := st.CloseEpoch(Close{Epoch: 1, End: 2_000}, seqOf(&li), nil)
			// Refused by the fold's check of the item, not later by a posting.
			if !errors.Is(err, ErrAmountOverflow) || !strings.Contains(err.Error(), "accrue w: allocations:") {
				t.Fatalf("allocations %v raised by 2^255, %d shards: %v, want the item's allocations refused (ErrAmountOverflow)", pair, shards, err)
			}
		}
	}
}
