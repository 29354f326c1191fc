package engine

import (
	"fmt"
	"iter"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// BenchmarkCloseEpoch closes one epoch of N line items over H holders
// (N·H pool shares). The line items come from a compact input: 64 line items
// computed once with ComputeLineItem on one snapshot of H holders and
// varying quantities, streamed N times under fresh event ids and times (the
// stream shares their allocation slices, so nothing close to N·H allocations
// is ever held). The close folds each into per-recipient accumulators.
// Computing and hashing line items is benchmarked by the core's own
// benchmarks; this measures the ledger.
//
// The default sizes run in a normal `go test -bench`; ROYALTY_BENCH_FULL=1
// adds 1,000,000 items × 1,000 holders (10^9 shares).
func BenchmarkCloseEpoch(b *testing.B) {
	sizes := [][2]int{{10_000, 100}, {1_000, 1_000}}
	if os.Getenv("ROYALTY_BENCH_FULL") == "1" {
		sizes = append(sizes, [2]int{1_000_000, 1_000})
	}
	for _, sz := range sizes {
		shards, _ := NewState().shards()
		for _, shards := range []int{shards, 1} {
			benchCloseEpoch(b, sz[0], sz[1], shards)
		}
	}
}

// benchCloseEpoch is one size of BenchmarkCloseEpoch with the given shard
// count (the default: one per CPU; 1: the sequential fold, for the ratio).
func benchCloseEpoch(b *testing.B, n, h, shards int) {
	b.Run(fmt.Sprintf("items=%d/holders=%d/shards=%d", n, h, shards), func(b *testing.B) {
		tmpl := benchTemplates(b, h, 64)
		// Same-run baseline: one checked 256-bit add, the least a share can cost.
		base := addBaseline(1 << 22)
		b.ReportAllocs()
		b.ResetTimer()
		var elapsed, cpu time.Duration
		var ms runtime.MemStats
		for i := 0; i < b.N; i++ {
			st := NewState()
			st.foldShards = shards
			dep := Deposit{ID: "d", Consumer: tmpl[0].Consumer, Asset: tmpl[0].Asset, Amount: *uint256.NewInt(uint64(n) * 1_000_000)}
			if _, err := st.Deposit(dep); err != nil {
				b.Fatal(err)
			}
			t0, c0 := time.Now(), cpuTime()
			res, err := st.CloseEpoch(Close{Epoch: 1, Start: 0, End: uint64(1_001 + n), Items: n}, benchStream(tmpl, n), nil)
			elapsed += time.Since(t0)
			cpu += cpuTime() - c0
			if err != nil {
				b.Fatal(err)
			}
			if len(res.Statements.Recipients) < h {
				b.Fatalf("%d recipient statements for %d holders", len(res.Statements.Recipients), h)
			}
			runtime.ReadMemStats(&ms)
		}
		shares := float64(n) * float64(h) * float64(b.N)
		perShare := float64(elapsed.Nanoseconds()) / shares
		b.ReportMetric(perShare, "ns/share")
		// CPU time (user+sys, all threads) beside wall time: on a shared
		// machine the wall time measures the neighbours too.
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		b.ReportMetric(elapsed.Seconds()/float64(b.N), "wall-s/op")
		b.ReportMetric(base, "ns/add256")
		b.ReportMetric(perShare/base, "share/add256")
		b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heapsys-MiB")
		b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MiB")
	})
}

func benchTemplates(b testing.TB, holders, k int) []LineItem {
	in := fuzzInput("tmpl", common.HexToAddress("0xc0"), 1_000, 1, ModeStandard, 1)
	in.Policy.DisputeWindow = 86_400
	in.Snapshot.Holdings = make([]Holding, holders)
	for i := range in.Snapshot.Holdings {
		in.Snapshot.Holdings[i] = Holding{
			CfID:   *uint256.NewInt(uint64(i + 1)),
			Holder: common.BigToAddress(uint256.NewInt(uint64(0x10000 + i)).ToBig()),
			Units:  *uint256.NewInt(uint64(1_000_003 + 7919*i)),
		}
	}
	out := make([]LineItem, k)
	for j := range out {
		in.Event.Quantity = *uint256.NewInt(uint64(1_000 + 37*j))
		li, err := ComputeLineItem(in)
		if err != nil {
			b.Fatal(err)
		}
		out[j] = li
	}
	return out
}

func benchStream(tmpl []LineItem, n int) iter.Seq2[Accrual, error] {
	return func(yield func(Accrual, error) bool) {
		var li LineItem
		for i := 0; i < n; i++ {
			li = tmpl[i%len(tmpl)]
			li.EventID = fmt.Sprintf("ev-%08d", i)
			li.Timestamp = uint64(1_000 + i)
			if !yield(Accrual{Item: &li, DisputeWindow: 30 * 86_400}, nil) {
				return
			}
		}
	}
}

var benchSink uint256.Int

func addBaseline(n int) float64 {
	xs := make([]uint256.Int, 1024)
	for i := range xs {
		xs[i].SetUint64(uint64(i) * 1_000_000_007)
	}
	var acc uint256.Int
	t0 := time.Now()
	for i := 0; i < n; i++ {
		if _, c := acc.AddOverflow(&acc, &xs[i&1023]); c {
			panic("overflow")
		}
	}
	d := time.Since(t0)
	benchSink = acc
	return float64(d.Nanoseconds()) / float64(n)
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkReleaseEpoch closes one epoch whose every reserve is due in the
// same close (windows of one second): the accrual as in BenchmarkCloseEpoch,
// plus one Lookup per line item and the release. The looked-up inputs share
// one snapshot and policy, as the store's would for one dataset version.
func BenchmarkReleaseEpoch(b *testing.B) {
	sizes := [][2]int{{10_000, 1_000}}
	if os.Getenv("ROYALTY_BENCH_FULL") == "1" {
		sizes = append(sizes, [2]int{1_000_000, 1_000})
	}
	for _, sz := range sizes {
		n, h := sz[0], sz[1]
		b.Run(fmt.Sprintf("items=%d/holders=%d", n, h), func(b *testing.B) {
			in, tmpl := benchInputs(b, h, 64)
			lookup := func(id string) (*Input, error) {
				var i int
				if _, err := fmt.Sscanf(id, "ev-%d", &i); err != nil {
					return nil, err
				}
				x := *in
				x.Event.ID = id
				x.Event.Quantity = tmpl[i%len(tmpl)].quantity
				x.Event.Timestamp = uint64(1_000 + i)
				return &x, nil
			}
			items := make([]LineItem, len(tmpl))
			for i := range tmpl {
				items[i] = tmpl[i].item
			}
			b.ReportAllocs()
			b.ResetTimer()
			var elapsed, cpu time.Duration
			for i := 0; i < b.N; i++ {
				st := NewState()
				dep := Deposit{ID: "d", Consumer: in.Event.Consumer, Asset: in.Valuation.Asset, Amount: *uint256.NewInt(uint64(n) * 1_000_000)}
				if _, err := st.Deposit(dep); err != nil {
					b.Fatal(err)
				}
				stream := func(yield func(Accrual, error) bool) {
					for a, err := range benchStream(items, n) {
						a.DisputeWindow = 1
						if !yield(a, err) {
							return
						}
					}
				}
				t0, c0 := time.Now(), cpuTime()
				res, err := st.CloseEpoch(Close{Epoch: 1, Start: 0, End: uint64(1_001 + n)}, stream, lookup)
				elapsed += time.Since(t0)
				cpu += cpuTime() - c0
				if err != nil {
					b.Fatal(err)
				}
				if len(st.items) != 0 || len(res.Postings) != 3 {
					b.Fatalf("%d items left, %d postings: not everything released", len(st.items), len(res.Postings))
				}
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(elapsed.Seconds()/float64(b.N), "wall-s/op")
		})
	}
}

type benchTmpl struct {
	quantity uint256.Int
	item     LineItem
}

func benchInputs(b *testing.B, holders, k int) (*Input, []benchTmpl) {
	in := fuzzInput("tmpl", common.HexToAddress("0xc0"), 1_000, 1, ModeStandard, 1)
	in.Snapshot.Holdings = make([]Holding, holders)
	for i := range in.Snapshot.Holdings {
		in.Snapshot.Holdings[i] = Holding{
			CfID:   *uint256.NewInt(uint64(i + 1)),
			Holder: common.BigToAddress(uint256.NewInt(uint64(0x10000 + i)).ToBig()),
			Units:  *uint256.NewInt(uint64(1_000_003 + 7919*i)),
		}
	}
	out := make([]benchTmpl, k)
	for j := range out {
		in.Event.Quantity = *uint256.NewInt(uint64(1_000 + 37*j))
		li, err := ComputeLineItem(in)
		if err != nil {
			b.Fatal(err)
		}
		out[j] = benchTmpl{in.Event.Quantity, li}
	}
	return in, out
}
