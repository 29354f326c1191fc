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
	var w hashWriter
	w.start(snapshotTag)
	w.u64(s.ChainID)
	w.bytes(s.Token[:])
	w.u256(&s.DatasetID)
	w.u64(s.DatasetVersion)
	w.u64(s.Block)
	w.bytes(s.BlockHash[:])
	w.u64(uint64(len(s.Holdings)))
	for k := range s.Holdings {
		hd := &s.Holdings[at(order, k)]
		// One record per holding: cfId ‖ holder ‖ units (84 bytes).
		b := w.record(32 + 20 + 32)
		putU256(b[0:32], &hd.CfID)
		copy(b[32:52], hd.Holder[:])
		putU256(b[52:84], &hd.Units)
	}
	return w.sum()
}

// LineItemHash is keccak256 of the canonical line-item encoding
// (docs/formats.md): every field of li except Hash, allocations in their order.
func LineItemHash(li *LineItem) common.Hash {
	var w hashWriter
	w.start(lineItemTag)
	w.u32(uint32(len(li.EventID)))
	w.str(li.EventID)
	w.bytes(li.Consumer[:])
	w.bytes(li.Asset[:])
	w.u256(&li.DatasetID)
	w.u64(li.DatasetVersion)
	w.u64(li.ValuationVersion)
	w.u64(li.PolicyVersion)
	w.u64(li.Timestamp)
	w.byte1(byte(li.Mode))
	for _, v := range [...]*uint256.Int{&li.Gross, &li.Reserve, &li.Net, &li.Protocol, &li.Developers, &li.Pool, &li.ConsumerMargin} {
		w.u256(v)
	}
	w.bytes(li.SnapshotHash[:])
	w.u64(uint64(len(li.Allocations)))
	for i := range li.Allocations {
		a := &li.Allocations[i]
		// One record per allocation: kind ‖ account ‖ cfId ‖ units ‖ amount (117 bytes).
		b := w.record(1 + 20 + 32 + 32 + 32)
		b[0] = byte(a.Kind)
		copy(b[1:21], a.Account[:])
		putU256(b[21:53], &a.CfID)
		putU256(b[53:85], &a.Units)
		putU256(b[85:117], &a.AmountAtto)
	}
	return w.sum()
}

// hashWriter streams an encoding into one keccak state through a fixed
// buffer: fields are written straight into it (no per-field allocation or
// call into the sponge), and it is handed over in whole multiples of the
// keccak rate (136 bytes), which the sponge absorbs without copying. It
// lives on the caller's stack; only the keccak state is allocated.
type hashWriter struct {
	st  crypto.KeccakState
	n   int
	buf [hashChunk]byte
}

// hashChunk is 6 keccak-256 blocks (816 bytes: the writer escapes to the heap
// through the state's Write, so it is kept small); a record never exceeds
// hashRecord.
const (
	hashChunk  = 6 * 136
	hashRecord = 128
)

func (w *hashWriter) start(tag string) {
	w.st = crypto.NewKeccakState()
	w.n = 0
	w.str(tag)
}

// record returns the next n ≤ hashRecord bytes of the encoding to fill in.
func (w *hashWriter) record(n int) []byte {
	if w.n+n > len(w.buf) {
		w.flush()
	}
	b := w.buf[w.n : w.n+n : w.n+n]
	w.n += n
	return b
}

// flush hands over the whole blocks buffered and keeps the remainder.
func (w *hashWriter) flush() {
	whole := w.n - w.n%136
	w.st.Write(w.buf[:whole])
	w.n = copy(w.buf[:], w.buf[whole:w.n])
}

func (w *hashWriter) bytes(b []byte) {
	for len(b) > 0 {
		k := min(len(b), hashRecord)
		copy(w.record(k), b[:k])
		b = b[k:]
	}
}

func (w *hashWriter) str(s string) {
	for len(s) > 0 {
		k := min(len(s), hashRecord)
		copy(w.record(k), s[:k])
		s = s[k:]
	}
}

func (w *hashWriter) byte1(v byte)        { w.record(1)[0] = v }
func (w *hashWriter) u32(v uint32)        { binary.BigEndian.PutUint32(w.record(4), v) }
func (w *hashWriter) u64(v uint64)        { binary.BigEndian.PutUint64(w.record(8), v) }
func (w *hashWriter) u256(v *uint256.Int) { putU256(w.record(32), v) }

// putU256 writes v as 32 big-endian bytes.
func putU256(b []byte, v *uint256.Int) {
	_ = b[31]
	binary.BigEndian.PutUint64(b[0:8], v[3])
	binary.BigEndian.PutUint64(b[8:16], v[2])
	binary.BigEndian.PutUint64(b[16:24], v[1])
	binary.BigEndian.PutUint64(b[24:32], v[0])
}

func (w *hashWriter) sum() common.Hash {
	w.st.Write(w.buf[:w.n])
	var h common.Hash
	w.st.Read(h[:])
	return h
}
