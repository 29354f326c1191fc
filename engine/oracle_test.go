package engine

import (
	"bytes"
	"math/big"
	"sort"

	"github.com/holiman/uint256"
)

// The oracle restates docs/overview.md "Money and numbers" in plain math/big, written
// independently of the engine's fast paths, so the fuzz targets can compare.

var (
	bigTen4 = big.NewInt(10_000)
	bigAtto = new(big.Int).SetUint64(AttoPerUnit)
	two256  = new(big.Int).Lsh(big.NewInt(1), 256)
)

// oracleApportion: ⌊P·wᵢ/W⌋, then +1 to the largest remainders, ties by index.
func oracleApportion(P *big.Int, w []*big.Int) []*big.Int {
	W := new(big.Int)
	for _, x := range w {
		W.Add(W, x)
	}
	out := make([]*big.Int, len(w))
	if W.Sign() == 0 {
		for i := range out {
			out[i] = new(big.Int)
		}
		return out
	}
	rem := make([]*big.Int, len(w))
	left := new(big.Int).Set(P)
	for i, x := range w {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(P, x), W, new(big.Int))
		out[i], rem[i] = q, r
		left.Sub(left, q)
	}
	idx := make([]int, len(w))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return rem[idx[a]].Cmp(rem[idx[b]]) > 0 })
	for k := 0; int64(k) < left.Int64(); k++ {
		out[idx[k]].Add(out[idx[k]], big.NewInt(1))
	}
	return out
}

type oracleAlloc struct {
	kind    AllocationKind
	account [20]byte
	cfID    *big.Int
	units   *big.Int
	atto    *big.Int
}

type oracleResult struct {
	gross, reserve, net, protocol, devs, pool, margin *big.Int
	allocs                                            []oracleAlloc
}

// oracleLineItem computes a valid input's line item; ok is false when the
// gross does not fit atto units.
func oracleLineItem(in *Input) (oracleResult, bool) {
	var r oracleResult
	v := &in.Valuation
	num := new(big.Int).Mul(in.Event.Quantity.ToBig(), v.BasePrice.ToBig())
	den := v.PriceUnit.ToBig()
	for _, f := range v.Factors {
		num.Mul(num, f.WAD.ToBig())
		den.Mul(den, bigAtto)
	}
	r.gross = num.Quo(num, den)
	if new(big.Int).Mul(r.gross, bigAtto).Cmp(two256) >= 0 {
		return r, false
	}
	p := &in.Policy
	bps := func(x *big.Int, b uint16) *big.Int {
		y := new(big.Int).Mul(x, big.NewInt(int64(b)))
		return y.Quo(y, bigTen4)
	}
	r.reserve = bps(r.gross, p.ReserveBps)
	r.net = new(big.Int).Sub(r.gross, r.reserve)
	r.protocol = bps(r.net, p.ProtocolBps)
	r.devs = bps(r.net, p.DeveloperBps)
	r.pool = bps(r.net, p.PoolBps)
	r.margin = new(big.Int).Sub(r.net, r.protocol)
	r.margin.Sub(r.margin, r.devs).Sub(r.margin, r.pool)
	atto := func(x *big.Int) *big.Int { return new(big.Int).Mul(x, bigAtto) }

	r.allocs = append(r.allocs, oracleAlloc{kind: KindProtocol, account: p.Treasury, atto: atto(r.protocol)})
	devs := append([]Developer(nil), p.Developers...)
	sort.Slice(devs, func(i, j int) bool { return bytes.Compare(devs[i].Account[:], devs[j].Account[:]) < 0 })
	dw := make([]*big.Int, len(devs))
	for i := range devs {
		dw[i] = devs[i].Weight.ToBig()
	}
	for i, s := range oracleApportion(atto(r.devs), dw) {
		r.allocs = append(r.allocs, oracleAlloc{kind: KindDeveloper, account: devs[i].Account, atto: s})
	}
	hs := append([]Holding(nil), in.Snapshot.Holdings...)
	sort.Slice(hs, func(i, j int) bool {
		if c := hs[i].CfID.ToBig().Cmp(hs[j].CfID.ToBig()); c != 0 {
			return c < 0
		}
		return bytes.Compare(hs[i].Holder[:], hs[j].Holder[:]) < 0
	})
	hw := make([]*big.Int, len(hs))
	for i := range hs {
		hw[i] = hs[i].Units.ToBig()
	}
	for i, s := range oracleApportion(atto(r.pool), hw) {
		r.allocs = append(r.allocs, oracleAlloc{kind: KindPool, account: hs[i].Holder, cfID: hs[i].CfID.ToBig(), units: hw[i], atto: s})
	}
	r.allocs = append(r.allocs, oracleAlloc{kind: KindConsumerMargin, account: in.Event.Consumer, atto: atto(r.margin)})
	r.allocs = append(r.allocs, oracleAlloc{kind: KindReserve, atto: atto(r.reserve)})
	return r, true
}

func u256Eq(x *uint256.Int, y *big.Int) bool { return x.ToBig().Cmp(y) == 0 }
