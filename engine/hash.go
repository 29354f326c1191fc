package engine

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Domain tags open each encoding so that a snapshot encoding can never be
// read as a line-item encoding (docs/formats.md).
const (
	snapshotTag = "royalty/snapshot/v1"
	lineItemTag = "royalty/line-item/v1"
)

// SnapshotHash is keccak256 of the canonical snapshot encoding
// (docs/formats.md): the chain fields, then the holdings sorted by (cfId,
// holder). The input order of Holdings does not matter.
func SnapshotHash(s *Snapshot) common.Hash {
	h := s.Holdings
	order := canonicalOrder(nil, len(h), func(i, j int) int {
		if c := cmpHolding(&h[i], &h[j]); c != 0 {
			return c
		}
		return h[i].Units.Cmp(&h[j].Units) // total order even for invalid duplicates
	})
	return snapshotHash(s, order)
}

func snapshotHash(s *Snapshot, order []int) common.Hash {
	w := newHashWriter(snapshotTag)
	w.u64(s.ChainID)
	w.bytes(s.Token[:])
	w.u256(&s.DatasetID)
	w.u64(s.DatasetVersion)
	w.u64(s.Block)
	w.bytes(s.BlockHash[:])
	w.u64(uint64(len(s.Holdings)))
	for k := range s.Holdings {
		hd := &s.Holdings[at(order, k)]
		w.u256(&hd.CfID)
		w.bytes(hd.Holder[:])
		w.u256(&hd.Units)
	}
	return w.sum()
}

// LineItemHash is keccak256 of the canonical line-item encoding
// (docs/formats.md): every field of li except Hash, allocations in their order.
func LineItemHash(li *LineItem) common.Hash {
	w := newHashWriter(lineItemTag)
	w.u32(uint32(len(li.EventID)))
	w.bytes([]byte(li.EventID))
	w.bytes(li.Consumer[:])
	w.bytes(li.Asset[:])
	w.u256(&li.DatasetID)
	w.u64(li.DatasetVersion)
	w.u64(li.ValuationVersion)
	w.u64(li.PolicyVersion)
	w.u64(li.Timestamp)
	w.byte1(byte(li.Mode))
	for _, v := range []*uint256.Int{&li.Gross, &li.Reserve, &li.Net, &li.Protocol, &li.Developers, &li.Pool, &li.ConsumerMargin} {
		w.u256(v)
	}
	w.bytes(li.SnapshotHash[:])
	w.u64(uint64(len(li.Allocations)))
	for i := range li.Allocations {
		a := &li.Allocations[i]
		w.byte1(byte(a.Kind))
		w.bytes(a.Account[:])
		w.u256(&a.CfID)
		w.u256(&a.Units)
		w.u256(&a.AmountAtto)
	}
	return w.sum()
}

// hashWriter feeds keccak in large chunks: per-field writes to the sponge
// cost more than the copying.
type hashWriter struct {
	st  crypto.KeccakState
	buf []byte
}

const hashChunk = 2 << 10

func newHashWriter(tag string) *hashWriter {
	w := &hashWriter{st: crypto.NewKeccakState(), buf: make([]byte, 0, hashChunk+64)}
	w.bytes([]byte(tag))
	return w
}

func (w *hashWriter) flushIfFull() {
	if len(w.buf) >= hashChunk {
		w.st.Write(w.buf)
		w.buf = w.buf[:0]
	}
}

func (w *hashWriter) bytes(b []byte) {
	if len(b) > hashChunk {
		w.st.Write(w.buf)
		w.st.Write(b)
		w.buf = w.buf[:0]
		return
	}
	w.buf = append(w.buf, b...)
	w.flushIfFull()
}

func (w *hashWriter) byte1(b byte) { w.buf = append(w.buf, b); w.flushIfFull() }
func (w *hashWriter) u32(v uint32) { w.buf = binary.BigEndian.AppendUint32(w.buf, v); w.flushIfFull() }
func (w *hashWriter) u64(v uint64) { w.buf = binary.BigEndian.AppendUint64(w.buf, v); w.flushIfFull() }

func (w *hashWriter) u256(v *uint256.Int) {
	b := v.Bytes32()
	w.buf = append(w.buf, b[:]...)
	w.flushIfFull()
}

func (w *hashWriter) sum() common.Hash {
	w.st.Write(w.buf)
	var h common.Hash
	w.st.Read(h[:])
	return h
}
