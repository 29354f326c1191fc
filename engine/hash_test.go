package engine

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// The encodings below are written out again from docs/formats.md, byte by
// byte, independently of hash.go: they are what an auditor would write.

func be32(v *uint256.Int) []byte { b := v.Bytes32(); return b[:] }
func be64(v uint64) []byte       { return binary.BigEndian.AppendUint64(nil, v) }

func docSnapshotEncoding(s *Snapshot, sorted []Holding) []byte {
	b := []byte("royalty/snapshot/v1")
	b = append(b, be64(s.ChainID)...)
	b = append(b, s.Token[:]...)
	b = append(b, be32(&s.DatasetID)...)
	b = append(b, be64(s.DatasetVersion)...)
	b = append(b, be64(s.Block)...)
	b = append(b, s.BlockHash[:]...)
	b = append(b, be64(uint64(len(sorted)))...)
	for _, h := range sorted {
		b = append(b, be32(&h.CfID)...)
		b = append(b, h.Holder[:]...)
		b = append(b, be32(&h.Units)...)
	}
	return b
}

func docLineItemEncoding(li *LineItem) []byte {
	b := []byte("royalty/line-item/v1")
	b = binary.BigEndian.AppendUint32(b, uint32(len(li.EventID)))
	b = append(b, li.EventID...)
	b = append(b, li.Consumer[:]...)
	b = append(b, li.Asset[:]...)
	b = append(b, be32(&li.DatasetID)...)
	for _, v := range []uint64{li.DatasetVersion, li.ValuationVersion, li.PolicyVersion, li.Timestamp} {
		b = append(b, be64(v)...)
	}
	b = append(b, byte(li.Mode))
	for _, v := range []*uint256.Int{&li.Gross, &li.Reserve, &li.Net, &li.Protocol, &li.Developers, &li.Pool, &li.ConsumerMargin} {
		b = append(b, be32(v)...)
	}
	b = append(b, li.SnapshotHash[:]...)
	b = append(b, be64(uint64(len(li.Allocations)))...)
	for _, a := range li.Allocations {
		b = append(b, byte(a.Kind))
		b = append(b, a.Account[:]...)
		b = append(b, be32(&a.CfID)...)
		b = append(b, be32(&a.Units)...)
		b = append(b, be32(&a.AmountAtto)...)
	}
	return b
}

type hashVector struct {
	Name     string `json:"name"`
	Input    string `json:"input"`
	Encoding string `json:"encoding"`
	Hash     string `json:"keccak256"`
}

// TestHashVectors regenerates docs/formats.md's golden vectors and checks that
// the engine's hashes are keccak256 of the documented encodings.
func TestHashVectors(t *testing.T) {
	in := loadBundle(t, "worked_example.json")
	chain := in.Snapshot
	chain.ChainID = 31337
	chain.Token = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	chain.DatasetID = *uint256.NewInt(7)
	chain.DatasetVersion = 1
	chain.Block = 42
	chain.BlockHash = common.HexToHash("0x" + strings.Repeat("42", 32))
	// Given out of order on purpose: the encoding sorts by (cfId, holder).
	h := in.Snapshot.Holdings
	chain.Holdings = []Holding{h[2], h[0], h[1]}
	sorted := []Holding{h[0], h[1], h[2]}

	li, err := ComputeLineItem(in)
	if err != nil {
		t.Fatal(err)
	}
	var vectors []hashVector
	add := func(name, input string, enc []byte, got common.Hash) {
		want := crypto.Keccak256Hash(enc)
		if got != want {
			t.Errorf("%s: engine hash %s, keccak256 of the documented encoding %s", name, got.Hex(), want.Hex())
		}
		vectors = append(vectors, hashVector{name, input, hex.EncodeToString(enc), got.Hex()})
	}
	add("snapshot-chain", "worked example holdings (given as cfId 3, 1, 2) with chainId 31337, token 0x5FbD…0aa3, dataset 7 version 1, block 42, blockHash 0x4242…42",
		docSnapshotEncoding(&chain, sorted), SnapshotHash(&chain))
	add("snapshot-empty", "the zero snapshot: no chain fields, no holdings", docSnapshotEncoding(&Snapshot{}, nil), SnapshotHash(&Snapshot{}))
	add("snapshot-bundle", "the worked example bundle's snapshot (holdings only)", docSnapshotEncoding(&in.Snapshot, sorted), li.SnapshotHash)
	add("line-item-worked-example", "royalty compute engine/testdata/worked_example.json", docLineItemEncoding(&li), li.Hash)

	out, err := json.MarshalIndent(vectors, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "hash_vectors.golden.json", append(out, '\n'))

	doc, err := os.ReadFile("../docs/formats.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vectors {
		if !strings.Contains(string(doc), v.Hash) {
			t.Errorf("docs/formats.md does not show vector %s's hash %s", v.Name, v.Hash)
		}
		if strings.HasPrefix(v.Name, "snapshot-") && v.Name != "snapshot-bundle" && !strings.Contains(string(doc), v.Encoding) {
			t.Errorf("docs/formats.md does not show vector %s's encoding", v.Name)
		}
	}
}

// TestHashesSeeEveryField: changing any encoded field changes the hash.
func TestHashesSeeEveryField(t *testing.T) {
	in := loadBundle(t, "worked_example.json")
	li, err := ComputeLineItem(in)
	if err != nil {
		t.Fatal(err)
	}
	base := LineItemHash(&li)
	edits := []func(l *LineItem){
		func(l *LineItem) { l.EventID += "x" },
		func(l *LineItem) { l.Consumer[0] ^= 1 },
		func(l *LineItem) { l.Asset[0] ^= 1 },
		func(l *LineItem) { l.DatasetID.AddUint64(&l.DatasetID, 1) },
		func(l *LineItem) { l.DatasetVersion++ },
		func(l *LineItem) { l.ValuationVersion++ },
		func(l *LineItem) { l.PolicyVersion++ },
		func(l *LineItem) { l.Timestamp++ },
		func(l *LineItem) { l.Mode = ModeTNPL },
		func(l *LineItem) { l.Gross.AddUint64(&l.Gross, 1) },
		func(l *LineItem) { l.ConsumerMargin.AddUint64(&l.ConsumerMargin, 1) },
		func(l *LineItem) { l.SnapshotHash[5] ^= 1 },
		func(l *LineItem) { l.Allocations[3].AmountAtto.AddUint64(&l.Allocations[3].AmountAtto, 1) },
		func(l *LineItem) { l.Allocations[3].Units.AddUint64(&l.Allocations[3].Units, 1) },
		func(l *LineItem) { l.Allocations[3].CfID.AddUint64(&l.Allocations[3].CfID, 1) },
		func(l *LineItem) { l.Allocations = l.Allocations[:len(l.Allocations)-1] },
	}
	for i, edit := range edits {
		c := li
		c.Allocations = append([]Allocation(nil), li.Allocations...)
		edit(&c)
		if LineItemHash(&c) == base {
			t.Errorf("edit %d did not change the line-item hash", i)
		}
	}
	s := in.Snapshot
	s.Holdings = append([]Holding(nil), s.Holdings...)
	s.Holdings[1].Units.AddUint64(&s.Holdings[1].Units, 1)
	if SnapshotHash(&s) == SnapshotHash(&in.Snapshot) {
		t.Error("changing units did not change the snapshot hash")
	}
}
