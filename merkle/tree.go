package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sentinel errors; callers test them with errors.Is.
var (
	// ErrEmpty: a tree needs at least one value (OpenZeppelin refuses too).
	ErrEmpty = errors.New("merkle: no values")
	// ErrUnsupportedType: a leaf encoding entry this package cannot encode.
	ErrUnsupportedType = errors.New("merkle: unsupported leaf type")
	// ErrInvalidValue: a value does not parse as its declared type.
	ErrInvalidValue = errors.New("merkle: invalid value")
	// ErrIndex: a value index outside the tree's values.
	ErrIndex = errors.New("merkle: value index out of range")
	// ErrInvalidDump: a standard-v1 dump that is malformed or inconsistent.
	ErrInvalidDump = errors.New("merkle: invalid dump")
)

// Tree is an OpenZeppelin StandardMerkleTree: nodes in the 2n-1 array layout
// (root at 0, children of i at 2i+1 and 2i+2), leaves sorted by hash and stored
// from the end of the array backwards. It is immutable once built.
type Tree struct {
	types     []string
	nodes     []common.Hash
	treeIndex []int // by value index
	values    valueSet
}

// valueSet is where a tree's values live: plain strings, or typed leaves kept
// compact so a million-leaf tree stays small.
type valueSet interface {
	Len() int
	Strings(i int) []string
}

type stringValues [][]string

func (v stringValues) Len() int               { return len(v) }
func (v stringValues) Strings(i int) []string { return v[i] }

// Build hashes each value as a leaf of the given leaf encoding and returns the
// tree, as StandardMerkleTree.of(values, types) does. values is kept, not
// copied; the caller must not modify it afterwards.
func Build(types []string, values [][]string) (*Tree, error) {
	enc, err := parseTypes(types)
	if err != nil {
		return nil, err
	}
	leaf := func(h *hasher, i int) (common.Hash, error) {
		var err error
		h.buf, err = encodeValues(h.buf[:0], enc, values[i])
		if err != nil {
			return common.Hash{}, fmt.Errorf("value %d, %w", i, err)
		}
		return h.leaf(h.buf), nil
	}
	return build(slices.Clone(types), len(values), leaf, stringValues(values))
}

// LeafHash is keccak256(keccak256(abi.encode(value))) for the leaf encoding.
func LeafHash(types []string, value []string) (common.Hash, error) {
	enc, err := parseTypes(types)
	if err != nil {
		return common.Hash{}, err
	}
	buf, err := encodeValues(nil, enc, value)
	if err != nil {
		return common.Hash{}, err
	}
	return newHasher().leaf(buf), nil
}

// hasher is one goroutine's keccak state and scratch buffer.
type hasher struct {
	k   crypto.KeccakState
	buf []byte
	out common.Hash
}

func newHasher() *hasher { return &hasher{k: crypto.NewKeccakState(), buf: make([]byte, 0, 256)} }

// leaf double-hashes, so a 64-byte internal node preimage can never be
// presented as a leaf.
func (h *hasher) leaf(encoded []byte) common.Hash {
	h.k.Reset()
	h.k.Write(encoded)
	h.k.Read(h.out[:])
	h.k.Reset()
	h.k.Write(h.out[:])
	h.k.Read(h.out[:])
	return h.out // a local passed to Read would escape: one allocation per hash
}

// pair is keccak256 of the two children in ascending order.
func (h *hasher) pair(a, b *common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	h.k.Reset()
	h.k.Write(a[:])
	h.k.Write(b[:])
	h.k.Read(h.out[:])
	return h.out
}

type hashed struct {
	hash  common.Hash
	index int
}

const parallelMin = 2048 // below this, goroutines cost more than they save

// parallel runs fn over [0,n) in contiguous chunks, one hasher per worker.
func parallel(n int, fn func(h *hasher, lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin || workers < 2 {
		fn(newHasher(), 0, n)
		return
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(newHasher(), lo, hi)
		}()
	}
	wg.Wait()
}

func build(types []string, n int, leaf func(h *hasher, i int) (common.Hash, error), values valueSet) (*Tree, error) {
	if n == 0 {
		return nil, ErrEmpty
	}
	leaves := make([]hashed, n)
	var mu sync.Mutex
	firstBad, firstErr := n, error(nil)
	parallel(n, func(h *hasher, lo, hi int) {
		for i := lo; i < hi; i++ {
			l, err := leaf(h, i)
			if err != nil {
				mu.Lock()
				if i < firstBad { // report the lowest bad index, whatever the scheduling
					firstBad, firstErr = i, err
				}
				mu.Unlock()
				return
			}
			leaves[i] = hashed{l, i}
		}
	})
	if firstErr != nil {
		return nil, firstErr
	}
	// Ascending by hash, ties by value index: JavaScript's sort is stable.
	slices.SortFunc(leaves, func(a, b hashed) int {
		if c := bytes.Compare(a.hash[:], b.hash[:]); c != 0 {
			return c
		}
		return a.index - b.index
	})
	size := 2*n - 1
	t := &Tree{types: types, nodes: make([]common.Hash, size), treeIndex: make([]int, n), values: values}
	for k, l := range leaves {
		t.nodes[size-1-k] = l.hash
		t.treeIndex[l.index] = size - 1 - k
	}
	leaves = nil // the GC may take it back while the internal nodes are hashed
	t.hashInternal()
	return t, nil
}

// hashInternal fills nodes [0, n-1) level by level from the deepest, so each
// level's nodes only read children already computed and can be split across
// workers.
func (t *Tree) hashInternal() {
	last := (len(t.nodes)+1)/2 - 2 // last internal node
	if last < 0 {
		return
	}
	for d := bits.Len(uint(last+1)) - 1; d >= 0; d-- {
		lo := 1<<d - 1
		hi := min(1<<(d+1)-1, last+1)
		parallel(hi-lo, func(h *hasher, a, b int) {
			for i := lo + a; i < lo+b; i++ {
				t.nodes[i] = h.pair(&t.nodes[2*i+1], &t.nodes[2*i+2])
			}
		})
	}
}

// Root is tree[0].
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Len is the number of values.
func (t *Tree) Len() int { return len(t.treeIndex) }

// Types is the leaf encoding.
func (t *Tree) Types() []string { return slices.Clone(t.types) }

// Value is the value at index i of values, as strings.
func (t *Tree) Value(i int) ([]string, error) {
	if i < 0 || i >= t.Len() {
		return nil, fmt.Errorf("value %d of %d: %w", i, t.Len(), ErrIndex)
	}
	return slices.Clone(t.values.Strings(i)), nil
}

// LeafHashAt is the leaf hash of the value at index i.
func (t *Tree) LeafHashAt(i int) (common.Hash, error) {
	if i < 0 || i >= t.Len() {
		return common.Hash{}, fmt.Errorf("value %d of %d: %w", i, t.Len(), ErrIndex)
	}
	return t.nodes[t.treeIndex[i]], nil
}

// TreeIndex is where the value at index i sits in the node array.
func (t *Tree) TreeIndex(i int) (int, error) {
	if i < 0 || i >= t.Len() {
		return 0, fmt.Errorf("value %d of %d: %w", i, t.Len(), ErrIndex)
	}
	return t.treeIndex[i], nil
}

// depth of node j, i.e. the length of its proof.
func depth(j int) int { return bits.Len(uint(j+1)) - 1 }

// Proof is the sibling path of the value at index i (not the tree index), leaf
// first, as OpenZeppelin's getProof(i).
func (t *Tree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= t.Len() {
		return nil, fmt.Errorf("proof of value %d of %d: %w", i, t.Len(), ErrIndex)
	}
	j := t.treeIndex[i]
	p := make([]common.Hash, depth(j))
	t.fillProof(p, j)
	return p, nil
}

func (t *Tree) fillProof(p []common.Hash, j int) {
	for k := 0; j > 0; k++ {
		p[k] = t.nodes[j-1+2*(j&1)] // sibling: j+1 if j is a left child (odd), else j-1
		j = (j - 1) / 2
	}
}

// AllProofs returns every value's proof, by value index, in one pass over the
// tree. All proofs share one backing array (n·log n hashes, allocated once)
// laid out in leaf order, so neighbouring leaves, which share most of their
// path, are filled one after the other and the node reads stay in cache. Each
// proof's capacity is capped so appending to one cannot touch another.
func (t *Tree) AllProofs() [][]common.Hash {
	n := t.Len()
	first := n - 1 // tree index of the first leaf
	byLeaf := make([]int32, n)
	for i, j := range t.treeIndex {
		byLeaf[j-first] = int32(i)
	}
	total := 0
	for j := first; j < len(t.nodes); j++ {
		total += depth(j)
	}
	backing := make([]common.Hash, total)
	out := make([][]common.Hash, n)
	off := 0
	for j := first; j < len(t.nodes); j++ {
		d := depth(j)
		out[byLeaf[j-first]] = backing[off : off+d : off+d]
		off += d
	}
	parallel(n, func(_ *hasher, lo, hi int) {
		for k := lo; k < hi; k++ {
			t.fillProof(out[byLeaf[k]], first+k)
		}
	})
	return out
}

// WalkProofs calls fn with every value's proof in one pass, in leaf order
// (not value order), reusing one buffer: proof is only valid during the call.
// It produces the same proofs as AllProofs in O(log n) memory, for callers
// that write proofs out (a file, a table) rather than keep them all. The
// first error fn returns stops the walk and is returned.
func (t *Tree) WalkProofs(fn func(i int, proof []common.Hash) error) error {
	n := t.Len()
	first := n - 1
	byLeaf := make([]int32, n)
	for i, j := range t.treeIndex {
		byLeaf[j-first] = int32(i)
	}
	buf := make([]common.Hash, depth(len(t.nodes)-1))
	for k := 0; k < n; k++ {
		j := first + k
		p := buf[:depth(j)]
		t.fillProof(p, j)
		if err := fn(int(byLeaf[k]), p); err != nil {
			return err
		}
	}
	return nil
}

// Verify reports whether proof leads from leaf to root with sorted-pair
// hashing, as OpenZeppelin's MerkleProof.verify.
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	h := newHasher()
	acc := leaf
	for i := range proof {
		acc = h.pair(&acc, &proof[i])
	}
	return acc == root
}

// VerifyValue hashes value under types and verifies it against root.
func VerifyValue(root common.Hash, types []string, value []string, proof []common.Hash) (bool, error) {
	leaf, err := LeafHash(types, value)
	if err != nil {
		return false, err
	}
	return Verify(root, leaf, proof), nil
}
