package merkle

import (
	"math/rand/v2"

	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"testing"
)

// BenchmarkDistributorAllProofs builds a tree of n distributor leaves and all
// its proofs, the relayer's per-epoch work. See scripts/bench-merkle.sh for the
// same work beside OpenZeppelin's library.
func BenchmarkDistributorAllProofs(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		leaves := benchLeaves(n, 1)
		b.Run(fmt.Sprintf("leaves=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tr, err := BuildDistributor(leaves)
				if err != nil {
					b.Fatal(err)
				}
				if len(tr.AllProofs()) != n {
					b.Fatal("wrong number of proofs")
				}
			}
		})
	}
}

// BenchmarkDistributorWalkProofs produces every proof without keeping them
// (WalkProofs), as a relayer writing proofs out would.
func BenchmarkDistributorWalkProofs(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		leaves := benchLeaves(n, 1)
		b.Run(fmt.Sprintf("leaves=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tr, err := BuildDistributor(leaves)
				if err != nil {
					b.Fatal(err)
				}
				count := 0
				tr.WalkProofs(func(int, []common.Hash) error { count++; return nil })
				if count != n {
					b.Fatal("wrong number of proofs")
				}
			}
		})
	}
}

// BenchmarkStringsAllProofs is the same through Build's string parsing, as
// `royalty merkle build` does it.
func BenchmarkStringsAllProofs(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		values := benchStrings(benchLeaves(n, 1))
		b.Run(fmt.Sprintf("leaves=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tr, err := Build(DistributorTypes, values)
				if err != nil {
					b.Fatal(err)
				}
				if len(tr.AllProofs()) != n {
					b.Fatal("wrong number of proofs")
				}
			}
		})
	}
}

// benchLeaves makes n distinct distributor leaves, deterministically.
func benchLeaves(n int, seed uint64) []Distributor {
	r := rand.New(rand.NewPCG(seed, uint64(n)))
	out := make([]Distributor, n)
	dist := common.Address{0xd1, 0x57}
	for i := range out {
		var acct, asset common.Address
		for k := range acct {
			acct[k] = byte(r.Uint32())
		}
		asset[19] = byte(1 + r.IntN(3))
		out[i] = Distributor{ChainID: 8453, Distributor: dist, Account: acct, Asset: asset}
		out[i].Cumulative.SetUint64(r.Uint64())
	}
	return out
}

func benchStrings(leaves []Distributor) [][]string {
	out := make([][]string, len(leaves))
	for i := range leaves {
		out[i] = leaves[i].Strings()
	}
	return out
}
