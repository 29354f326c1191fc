package merkle

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func mustBuild(t *testing.T, types []string, values [][]string) *Tree {
	t.Helper()
	tr, err := Build(types, values)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestEmptyTreeIsAnError(t *testing.T) {
	if _, err := Build([]string{"uint256"}, nil); !errors.Is(err, ErrEmpty) {
		t.Fatalf("Build of no values: %v, want ErrEmpty", err)
	}
	if _, err := BuildDistributor(nil); !errors.Is(err, ErrEmpty) {
		t.Fatalf("BuildDistributor of no values: %v, want ErrEmpty", err)
	}
}

// An internal node is keccak256(a||b) = keccak256(abi.encode(bytes32 a, bytes32 b)).
// With single hashing, the value (a, b) would prove as a leaf; double hashing
// must stop that.
func TestInternalNodeDoesNotVerifyAsLeaf(t *testing.T) {
	g := gen{rand.New(rand.NewPCG(1, 2))}
	tr := mustBuild(t, []string{"uint256", "address"}, g.values([]string{"uint256", "address"}, 50))
	types := []string{"bytes32", "bytes32"}
	for j := 1; j < tr.Len()-1; j++ { // every internal node except the root
		a, b := tr.nodes[2*j+1], tr.nodes[2*j+2]
		if bytes.Compare(a[:], b[:]) > 0 {
			a, b = b, a
		}
		proof := make([]common.Hash, depth(j))
		tr.fillProof(proof, j)
		if !Verify(tr.Root(), tr.nodes[j], proof) {
			t.Fatalf("node %d: its own path does not verify; the test is broken", j)
		}
		single := crypto.Keccak256Hash(a[:], b[:])
		if single != tr.nodes[j] {
			t.Fatalf("node %d: single-hash preimage differs; the test is broken", j)
		}
		ok, err := VerifyValue(tr.Root(), types, []string{a.Hex(), b.Hex()}, proof)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			t.Fatalf("internal node %d verifies as the leaf (%s, %s)", j, a, b)
		}
	}
}

func TestLayoutSmallTree(t *testing.T) {
	values := [][]string{{"1"}, {"2"}, {"3"}}
	tr := mustBuild(t, []string{"uint256"}, values)
	var leaves []common.Hash
	for _, v := range values {
		h, err := LeafHash([]string{"uint256"}, v)
		if err != nil {
			t.Fatal(err)
		}
		leaves = append(leaves, h)
	}
	// Independent of the builder: abi.encode of a uint256 is its 32-byte word.
	for i, v := range []uint64{1, 2, 3} {
		w := uint256.NewInt(v).Bytes32()
		if want := crypto.Keccak256Hash(crypto.Keccak256(w[:])); leaves[i] != want {
			t.Fatalf("leaf %d = %s, want %s", i, leaves[i], want)
		}
	}
	if len(tr.nodes) != 5 {
		t.Fatalf("%d nodes, want 5", len(tr.nodes))
	}
	// Leaves ascending from the end: tree[4] is the smallest.
	for k := 0; k < 2; k++ {
		a, b := tr.nodes[4-k], tr.nodes[3-k]
		if bytes.Compare(a[:], b[:]) > 0 {
			t.Fatalf("tree[%d] > tree[%d]", 4-k, 3-k)
		}
	}
	h := newHasher()
	if tr.nodes[1] != h.pair(&tr.nodes[3], &tr.nodes[4]) || tr.nodes[0] != h.pair(&tr.nodes[1], &tr.nodes[2]) {
		t.Fatal("internal nodes are not sorted-pair hashes of their children")
	}
}

func TestDuplicateValuesKeepOrder(t *testing.T) {
	tr := mustBuild(t, []string{"uint256"}, [][]string{{"5"}, {"5"}, {"5"}})
	// Equal hashes sort by value index (JavaScript's stable sort): value 0 is
	// the first leaf, at the end of the array.
	for i, want := range []int{4, 3, 2} {
		if got, _ := tr.TreeIndex(i); got != want {
			t.Fatalf("value %d at tree index %d, want %d", i, got, want)
		}
	}
}

func TestInvalidValuesNameIndexAndPosition(t *testing.T) {
	types := []string{"uint8", "address", "bool", "bytes4", "int8", "bytes"}
	ok := []string{"255", "0x00000000000000000000000000000000000000aa", "true", "0x01020304", "-128", "0x"}
	if _, err := Build(types, [][]string{ok}); err != nil {
		t.Fatalf("valid value refused: %v", err)
	}
	cases := []struct {
		pos int
		bad string
	}{
		{0, "256"}, {0, "-1"}, {0, ""}, {0, " 1"}, {0, "1e3"}, {0, "0x"}, {0, "0x100"},
		{1, "0xaa"}, {1, "00000000000000000000000000000000000000aa"}, {1, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"[:41] + "e"},
		{1, "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed"},
		{2, "1"}, {2, "True"},
		{3, "0x010203"}, {3, "0x0102030405"}, {3, "0x0102030g"},
		{4, "-129"}, {4, "128"}, {4, "--1"},
		{5, "0x0"}, {5, "ab"},
	}
	for _, c := range cases {
		v := append([]string(nil), ok...)
		v[c.pos] = c.bad
		_, err := Build(types, [][]string{ok, ok, v})
		if !errors.Is(err, ErrInvalidValue) {
			t.Fatalf("%s %q: err %v, want ErrInvalidValue", types[c.pos], c.bad, err)
		}
		if msg := err.Error(); !strings.Contains(msg, "value 2,") || !strings.Contains(msg, "position ") {
			t.Fatalf("%s %q: error %q does not name value 2 and the position", types[c.pos], c.bad, msg)
		}
	}
	if _, err := Build([]string{"uint7"}, [][]string{{"1"}}); !errors.Is(err, ErrUnsupportedType) {
		t.Fatalf("uint7: %v", err)
	}
	if _, err := Build([]string{"uint256[]"}, [][]string{{"1"}}); !errors.Is(err, ErrUnsupportedType) {
		t.Fatalf("uint256[]: %v", err)
	}
	if _, err := Build([]string{"uint256"}, [][]string{{"1", "2"}}); !errors.Is(err, ErrInvalidValue) {
		t.Fatalf("too many fields: %v", err)
	}
}

func TestNumberSpellings(t *testing.T) {
	same := [][]string{{"255"}, {"0xff"}, {"0x00ff"}, {"000255"}}
	var want common.Hash
	for i, v := range same {
		h, err := LeafHash([]string{"uint256"}, v)
		if err != nil {
			t.Fatalf("%q: %v", v[0], err)
		}
		if i == 0 {
			want = h
		} else if h != want {
			t.Fatalf("%q hashes differently from 255", v[0])
		}
	}
	// -1 as int256 is all ones.
	h, _ := LeafHash([]string{"int256"}, []string{"-1"})
	ones := bytes.Repeat([]byte{0xff}, 32)
	if h != crypto.Keccak256Hash(crypto.Keccak256(ones)) {
		t.Fatal("int256 -1 is not two's complement")
	}
}

func TestDistributorLeafMatchesGenericEncoding(t *testing.T) {
	g := gen{rand.New(rand.NewPCG(3, 4))}
	leaves := make([]Distributor, 300)
	values := make([][]string, len(leaves))
	for i := range leaves {
		leaves[i] = Distributor{ChainID: g.r.Uint64(), Distributor: common.BytesToAddress(g.bytes(20)),
			Account: common.BytesToAddress(g.bytes(20)), Asset: common.BytesToAddress(g.bytes(20))}
		leaves[i].Cumulative.SetBytes(g.bytes(32))
		values[i] = leaves[i].Strings()
		d := leaves[i]
		got := DistributorLeaf(d.ChainID, d.Distributor, d.Account, d.Asset, &d.Cumulative)
		want, err := LeafHash(DistributorTypes, values[i])
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("leaf %d: DistributorLeaf %s, LeafHash %s", i, got, want)
		}
	}
	typed, err := BuildDistributor(leaves)
	if err != nil {
		t.Fatal(err)
	}
	generic := mustBuild(t, DistributorTypes, values)
	a, _ := typed.Dump()
	b, _ := generic.Dump()
	if !bytes.Equal(a, b) {
		t.Fatal("typed and generic distributor trees dump differently")
	}
}

func TestAllProofsAreIsolated(t *testing.T) {
	g := gen{rand.New(rand.NewPCG(5, 6))}
	tr := mustBuild(t, []string{"address", "uint256"}, g.values([]string{"address", "uint256"}, 3000))
	all := tr.AllProofs()
	for i := range all {
		p, _ := tr.Proof(i)
		if len(p) != len(all[i]) {
			t.Fatalf("proof %d: length %d, want %d", i, len(all[i]), len(p))
		}
		for k := range p {
			if p[k] != all[i][k] {
				t.Fatalf("proof %d differs at %d", i, k)
			}
		}
	}
	_ = append(all[0], common.Hash{1}) // must not overwrite all[1]
	p1, _ := tr.Proof(1)
	if len(all[1]) > 0 && all[1][0] != p1[0] {
		t.Fatal("appending to one proof changed the next")
	}
	if _, err := tr.Proof(3000); !errors.Is(err, ErrIndex) {
		t.Fatalf("Proof(3000): %v", err)
	}
	if _, err := tr.Proof(-1); !errors.Is(err, ErrIndex) {
		t.Fatalf("Proof(-1): %v", err)
	}
}

func TestLoadRejectsTamperedDumps(t *testing.T) {
	g := gen{rand.New(rand.NewPCG(7, 8))}
	tr := mustBuild(t, []string{"uint256", "address"}, g.values([]string{"uint256", "address"}, 6))
	good, _ := tr.Dump()
	if lt, err := Load(good); err != nil || lt.Root() != tr.Root() {
		t.Fatalf("own dump: %v", err)
	}
	edit := func(f func(d map[string]any)) []byte {
		var d map[string]any
		if err := json.Unmarshal(good, &d); err != nil {
			t.Fatal(err)
		}
		f(d)
		b, _ := json.Marshal(d)
		return b
	}
	tree := func(d map[string]any) []any { return d["tree"].([]any) }
	vals := func(d map[string]any) []any { return d["values"].([]any) }
	val := func(d map[string]any, i int) map[string]any { return vals(d)[i].(map[string]any) }
	flip := func(s string) string {
		if s[2] == '0' {
			return "0x1" + s[3:]
		}
		return "0x0" + s[3:]
	}
	cases := []struct {
		name, field string
		data        []byte
	}{
		{"format", "format", edit(func(d map[string]any) { d["format"] = "simple-v1" })},
		{"missing encoding", "leafEncoding", edit(func(d map[string]any) { delete(d, "leafEncoding") })},
		{"bad encoding", "leafEncoding", edit(func(d map[string]any) { d["leafEncoding"] = []string{"uint256", "adress"} })},
		{"root changed", "tree[0]", edit(func(d map[string]any) { tree(d)[0] = flip(tree(d)[0].(string)) })},
		{"internal changed", "tree[", edit(func(d map[string]any) { tree(d)[2] = flip(tree(d)[2].(string)) })},
		{"leaf changed", "values[", edit(func(d map[string]any) { tree(d)[10] = flip(tree(d)[10].(string)) })},
		{"uppercase hex", "tree[3]", edit(func(d map[string]any) { tree(d)[3] = "0x" + strings.ToUpper(tree(d)[3].(string)[2:]) })},
		{"short node", "tree[3]", edit(func(d map[string]any) { tree(d)[3] = "0x00" })},
		{"even tree", "tree", edit(func(d map[string]any) { d["tree"] = tree(d)[:10] })},
		{"value changed", "values[1]", edit(func(d map[string]any) { val(d, 1)["value"].([]any)[0] = "12345" })},
		{"value missing", "values", edit(func(d map[string]any) { d["values"] = vals(d)[:5] })},
		{"treeIndex internal", "values[0].treeIndex", edit(func(d map[string]any) { val(d, 0)["treeIndex"] = 2 })},
		{"treeIndex twice", "values[1].treeIndex", edit(func(d map[string]any) { val(d, 1)["treeIndex"] = val(d, 0)["treeIndex"] })},
		{"short value", "values[2].value", edit(func(d map[string]any) { val(d, 2)["value"] = []any{"1"} })},
		{"number value", "values[2].value", edit(func(d map[string]any) { val(d, 2)["value"].([]any)[1] = 5 })},
		{"unknown field", "unknown field", edit(func(d map[string]any) { d["extra"] = 1 })},
		{"not json", "decode", []byte("{")},
	}
	for _, c := range cases {
		_, err := Load(c.data)
		if !errors.Is(err, ErrInvalidDump) {
			t.Fatalf("%s: err %v, want ErrInvalidDump", c.name, err)
		}
		if !strings.Contains(err.Error(), c.field) {
			t.Fatalf("%s: error %q does not name %q", c.name, err, c.field)
		}
	}
}

func TestDumpRoundTrip(t *testing.T) {
	g := gen{rand.New(rand.NewPCG(9, 10))}
	types := []string{"string", "bytes", "bool", "int256"}
	tr := mustBuild(t, types, g.values(types, 200))
	d, err := tr.Dump()
	if err != nil {
		t.Fatal(err)
	}
	lt, err := Load(d)
	if err != nil {
		t.Fatal(err)
	}
	d2, _ := lt.Dump()
	if !bytes.Equal(d, d2) || lt.Root() != tr.Root() {
		t.Fatal("dump → load → dump changed the dump")
	}
	for i := 0; i < tr.Len(); i++ {
		a, _ := tr.Value(i)
		b, _ := lt.Value(i)
		if strings.Join(a, "\x00") != strings.Join(b, "\x00") {
			t.Fatalf("value %d: %q after load, want %q", i, b, a)
		}
	}
}

func TestWalkProofsEqualsAllProofs(t *testing.T) {
	g := gen{rand.New(rand.NewPCG(11, 12))}
	for _, n := range []int{1, 2, 3, 17, 1000} {
		tr := mustBuild(t, []string{"uint256"}, g.values([]string{"uint256"}, n))
		all := tr.AllProofs()
		seen := make([]bool, n)
		err := tr.WalkProofs(func(i int, p []common.Hash) error {
			if seen[i] {
				t.Fatalf("n=%d: value %d walked twice", n, i)
			}
			seen[i] = true
			if len(p) != len(all[i]) {
				t.Fatalf("n=%d: value %d: %d hashes, want %d", n, i, len(p), len(all[i]))
			}
			for k := range p {
				if p[k] != all[i][k] {
					t.Fatalf("n=%d: value %d differs at %d", n, i, k)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, ok := range seen {
			if !ok {
				t.Fatalf("n=%d: value %d never walked", n, i)
			}
		}
	}
	stop := errors.New("stop")
	tr := mustBuild(t, []string{"uint256"}, [][]string{{"1"}, {"2"}})
	calls := 0
	if err := tr.WalkProofs(func(int, []common.Hash) error { calls++; return stop }); !errors.Is(err, stop) || calls != 1 {
		t.Fatalf("WalkProofs did not stop at the first error: %v after %d calls", err, calls)
	}
}
