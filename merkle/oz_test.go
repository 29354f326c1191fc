package merkle

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// moduleRoot walks up from the package directory to go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// runOZ feeds req to scripts/oz-merkle.mjs. node and
// node_modules/@openzeppelin/merkle-tree are required: the cross-check is the
// point of this package, so their absence fails the test (CI or not).
func runOZ(t testing.TB, mode string, req any, resp any) {
	t.Helper()
	root := moduleRoot(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is required for the OpenZeppelin cross-check (run scripts/test.sh): %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", "@openzeppelin", "merkle-tree", "package.json")); err != nil {
		t.Fatalf("@openzeppelin/merkle-tree is required (npm ci in %s): %v", root, err)
	}
	in, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	args := []string{filepath.Join(root, "scripts", "oz-merkle.mjs")}
	if mode != "" {
		args = append(args, mode)
	}
	cmd := exec.Command(node, args...)
	cmd.Dir = root
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node oz-merkle.mjs: %v\n%s", err, stderr.String())
	}
	t.Logf("node oz-merkle.mjs %s: %d bytes in, %d out, %v", mode, len(in), len(out), time.Since(start).Round(time.Millisecond))
	if err := json.Unmarshal(out, resp); err != nil {
		t.Fatalf("decode oz-merkle.mjs output: %v", err)
	}
}

// gen makes random values of a type list from a fixed seed; about one value in
// twenty repeats an earlier one, so equal leaves (and sort ties) occur.
type gen struct{ r *rand.Rand }

func (g gen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	return b
}

func (g gen) scalar(typ string) string {
	r := g.r
	switch {
	case typ == "address":
		a := common.BytesToAddress(g.bytes(20))
		if r.IntN(2) == 0 {
			return a.Hex() // EIP-55
		}
		return strings.ToLower(a.Hex())
	case typ == "bool":
		return []string{"true", "false"}[r.IntN(2)]
	case typ == "string":
		parts := []string{"", "a", "royalty", "é", "漢字", "😀", "<&>", `"q"`, `\`, "\n", "\t", "\u2028", "\x01\x1f\x7f", "\b\f\r", "a longer string that does not fit in one word of thirty-two bytes"}
		var sb strings.Builder
		for range r.IntN(4) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		return sb.String()
	case typ == "bytes":
		return "0x" + hex.EncodeToString(g.bytes(r.IntN(70)))
	case strings.HasPrefix(typ, "bytes"):
		var n int
		fmt.Sscanf(typ, "bytes%d", &n)
		return "0x" + hex.EncodeToString(g.bytes(n))
	case strings.HasPrefix(typ, "uint"), strings.HasPrefix(typ, "int"):
		signed := typ[0] == 'i'
		bitsN := 256
		fmt.Sscanf(strings.TrimLeft(typ, "uint"), "%d", &bitsN)
		v := new(big.Int).SetBytes(g.bytes(bitsN / 8))
		switch r.IntN(6) {
		case 0:
			v.SetInt64(int64(r.IntN(3)))
		case 1:
			v.Rsh(v, uint(r.IntN(bitsN))) // small-ish
		}
		if signed {
			v.Rsh(v, 1)
			if r.IntN(2) == 0 {
				v.Neg(v)
			}
		}
		if !signed && r.IntN(5) == 0 {
			return "0x" + v.Text(16)
		}
		return v.String()
	}
	panic("gen: unknown type " + typ)
}

func (g gen) values(types []string, n int) [][]string {
	out := make([][]string, n)
	for i := range out {
		if i > 0 && g.r.IntN(20) == 0 {
			out[i] = out[g.r.IntN(i)]
			continue
		}
		v := make([]string, len(types))
		for k, typ := range types {
			v[k] = g.scalar(typ)
		}
		out[i] = v
	}
	return out
}

type ozTreeReq struct {
	Types  []string   `json:"types"`
	Values [][]string `json:"values"`
	Dump   string     `json:"dump"`
}

type ozTreeResp struct {
	Root           string     `json:"root"`
	Proofs         [][]string `json:"proofs"`
	Dump           string     `json:"dump"`
	LoadedRoot     string     `json:"loadedRoot"`
	LoadedChecked  int        `json:"loadedChecked"`
	LoadedMismatch int        `json:"loadedMismatch"`
	LoadError      string     `json:"loadError"`
}

func hexProofs(ps [][]common.Hash) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = make([]string, len(p))
		for k, h := range p {
			out[i][k] = h.Hex()
		}
	}
	return out
}

func equalProofs(t *testing.T, what string, want [][]string, got [][]string) {
	t.Helper()
	if len(want) != len(got) {
		t.Fatalf("%s: %d proofs, want %d", what, len(got), len(want))
	}
	for i := range want {
		if strings.Join(want[i], ",") != strings.Join(got[i], ",") {
			t.Fatalf("%s: proof %d = %v, want %v", what, i, got[i], want[i])
		}
	}
}

// TestOpenZeppelinCrossCheck builds random trees in Go and in
// @openzeppelin/merkle-tree and checks, both ways, that roots, every proof and
// the dumps agree: our dump loads and verifies in OpenZeppelin's library, and
// theirs loads in ours with the same root and proofs.
func TestOpenZeppelinCrossCheck(t *testing.T) {
	typeLists := [][]string{
		{"uint256", "address"},
		{"address", "uint256"},
		DistributorTypes,
		{"bytes32", "bool", "uint8"},
		{"string", "uint256"},
		{"int256", "bytes", "uint64", "bytes4", "int8"},
	}
	g := gen{rand.New(rand.NewPCG(20261122, 5))}
	small := []int{1, 2, 3, 4, 5, 7, 8, 9}
	big := []int{1000, 5000, 1 + g.r.IntN(5000), 1 + g.r.IntN(5000), 1 + g.r.IntN(300)}
	type tc struct {
		types  []string
		values [][]string
	}
	var cases []tc
	for _, types := range typeLists {
		for _, n := range small {
			cases = append(cases, tc{types, g.values(types, n)})
		}
	}
	for k, n := range big {
		types := typeLists[k%len(typeLists)]
		cases = append(cases, tc{types, g.values(types, n)})
	}
	// The distributor leaves through the typed path, too.
	dist := make([]Distributor, 777)
	for i := range dist {
		dist[i] = Distributor{ChainID: 1 + g.r.Uint64N(1<<40), Distributor: common.Address{0xd1},
			Account: common.BytesToAddress(g.bytes(20)), Asset: common.BytesToAddress(g.bytes(20))}
		dist[i].Cumulative.SetBytes(g.bytes(1 + g.r.IntN(32)))
	}
	distTree, err := BuildDistributor(dist)
	if err != nil {
		t.Fatal(err)
	}
	distValues := make([][]string, len(dist))
	for i := range dist {
		distValues[i] = dist[i].Strings()
	}

	trees := make([]*Tree, len(cases)+1)
	req := struct {
		Trees []ozTreeReq `json:"trees"`
	}{}
	for i, c := range cases {
		tr, err := Build(c.types, c.values)
		if err != nil {
			t.Fatalf("case %d (%v, %d values): %v", i, c.types, len(c.values), err)
		}
		trees[i] = tr
		d, err := tr.Dump()
		if err != nil {
			t.Fatal(err)
		}
		req.Trees = append(req.Trees, ozTreeReq{c.types, c.values, string(d)})
	}
	trees[len(cases)] = distTree
	d, err := distTree.Dump()
	if err != nil {
		t.Fatal(err)
	}
	req.Trees = append(req.Trees, ozTreeReq{DistributorTypes, distValues, string(d)})

	var resp []ozTreeResp
	runOZ(t, "", req, &resp)
	if len(resp) != len(trees) {
		t.Fatalf("oz answered %d trees, want %d", len(resp), len(trees))
	}
	for i, oz := range resp {
		tr, rq := trees[i], req.Trees[i]
		name := fmt.Sprintf("tree %d (%v, %d values)", i, rq.Types, len(rq.Values))
		t.Run(name, func(t *testing.T) {
			if got := tr.Root().Hex(); got != oz.Root {
				t.Fatalf("root %s, OpenZeppelin %s", got, oz.Root)
			}
			all := hexProofs(tr.AllProofs())
			equalProofs(t, "AllProofs vs getProof", oz.Proofs, all)
			for k := range rq.Values {
				p, err := tr.Proof(k)
				if err != nil {
					t.Fatal(err)
				}
				leaf, _ := tr.LeafHashAt(k)
				if !Verify(tr.Root(), leaf, p) {
					t.Fatalf("proof %d does not verify in Go", k)
				}
				if strings.Join(hexProofs([][]common.Hash{p})[0], ",") != strings.Join(oz.Proofs[k], ",") {
					t.Fatalf("Proof(%d) differs from getProof(%d)", k, k)
				}
			}
			// Our dump in OpenZeppelin.
			if oz.LoadError != "" {
				t.Fatalf("OpenZeppelin cannot load our dump: %s", oz.LoadError)
			}
			if oz.LoadedRoot != oz.Root {
				t.Fatalf("our dump in OpenZeppelin: root %s, want %s", oz.LoadedRoot, oz.Root)
			}
			if oz.LoadedMismatch >= 0 || oz.LoadedChecked < min(len(rq.Values), 200) {
				t.Fatalf("our dump in OpenZeppelin: proof of value %d differs or does not verify (%d checked)", oz.LoadedMismatch, oz.LoadedChecked)
			}
			// Byte-identical dumps: same key order, spelling and escapes.
			if oz.Dump != rq.Dump {
				t.Fatalf("dumps differ:\nours %.300s\ntheirs %.300s", rq.Dump, oz.Dump)
			}
			// Their dump in ours.
			lt, err := Load([]byte(oz.Dump))
			if err != nil {
				t.Fatalf("load OpenZeppelin's dump: %v", err)
			}
			if lt.Root() != tr.Root() {
				t.Fatalf("their dump loads with root %s, want %s", lt.Root(), tr.Root())
			}
			equalProofs(t, "our proofs of their dump", oz.Proofs, hexProofs(lt.AllProofs()))
			again, err := lt.Dump()
			if err != nil || string(again) != oz.Dump {
				t.Fatalf("their dump does not survive Load+Dump unchanged (err %v)", err)
			}
		})
	}
}

// TestOpenZeppelinNonStringValues: OpenZeppelin dumps hold whatever JavaScript
// values it was given; JSON true/false and safe integers must load in ours and
// dump back unchanged.
func TestOpenZeppelinNonStringValues(t *testing.T) {
	// Built in node from raw JSON values, so the dump carries true and 7.
	raw := `{"trees":[{"types":["bool","uint8","int256"],"values":[[true,7,-3],[false,255,"-57896044618658097711785492504343953926634992332820282019728792003956564819968"]]}]}`
	var req any
	if err := json.Unmarshal([]byte(raw), &req); err != nil {
		t.Fatal(err)
	}
	var resp []ozTreeResp
	runOZ(t, "", req, &resp)
	lt, err := Load([]byte(resp[0].Dump))
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if lt.Root().Hex() != resp[0].Root {
		t.Fatalf("root %s, OpenZeppelin %s", lt.Root().Hex(), resp[0].Root)
	}
	equalProofs(t, "proofs", resp[0].Proofs, hexProofs(lt.AllProofs()))
	again, _ := lt.Dump()
	if string(again) != resp[0].Dump {
		t.Fatalf("re-dump differs:\n%s\n%s", again, resp[0].Dump)
	}
	want, _ := Build([]string{"bool", "uint8", "int256"}, [][]string{{"true", "7", "-3"}, {"false", "255", "-57896044618658097711785492504343953926634992332820282019728792003956564819968"}})
	if want.Root() != lt.Root() {
		t.Fatal("string spelling of the same values gives another root")
	}
}
