package merkle

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// Format is the only dump format OpenZeppelin's StandardMerkleTree.load accepts.
const Format = "standard-v1"

type dumpJSON struct {
	Format       string      `json:"format"`
	LeafEncoding []string    `json:"leafEncoding"`
	Tree         []string    `json:"tree"`
	Values       []dumpValue `json:"values"`
}

type dumpValue struct {
	Value     []json.RawMessage `json:"value"`
	TreeIndex int               `json:"treeIndex"`
}

// rawValues keeps a loaded dump's values exactly as written (a bool may be a
// JSON true, a small integer a JSON number), so dumping it again changes
// nothing.
type rawValues struct {
	raw     [][]json.RawMessage
	strings [][]string
}

func (v *rawValues) Len() int               { return len(v.strings) }
func (v *rawValues) Strings(i int) []string { return v.strings[i] }

// WriteDump writes the tree as OpenZeppelin's dump() serialised by
// JSON.stringify: compact, keys in the same order, hashes as lowercase 0x hex,
// values as strings.
func (t *Tree) WriteDump(w io.Writer) error {
	var b bytes.Buffer
	b.Grow(len(t.nodes)*69 + t.Len()*64)
	b.WriteString(`{"format":"standard-v1","leafEncoding":`)
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // JSON.stringify leaves <, > and & alone
	if err := enc.Encode(t.types); err != nil {
		return fmt.Errorf("dump leaf encoding: %w", err)
	}
	trimNewline(&b)
	b.WriteString(`,"tree":[`)
	var hx [66]byte
	hx[0], hx[1] = '0', 'x'
	for i := range t.nodes {
		if i > 0 {
			b.WriteByte(',')
		}
		hex.Encode(hx[2:], t.nodes[i][:])
		b.WriteByte('"')
		b.Write(hx[:])
		b.WriteByte('"')
	}
	b.WriteString(`],"values":[`)
	raw, _ := t.values.(*rawValues)
	for i := range t.treeIndex {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"value":[`)
		if raw != nil {
			for k, r := range raw.raw[i] {
				if k > 0 {
					b.WriteByte(',')
				}
				b.Write(r)
			}
		} else {
			for k, s := range t.values.Strings(i) {
				if k > 0 {
					b.WriteByte(',')
				}
				writeJSString(&b, s)
			}
		}
		b.WriteString(`],"treeIndex":`)
		b.WriteString(strconv.Itoa(t.treeIndex[i]))
		b.WriteByte('}')
	}
	b.WriteString("]}")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write dump: %w", err)
	}
	return nil
}

func trimNewline(b *bytes.Buffer) { b.Truncate(b.Len() - 1) }

// writeJSString quotes s as JSON.stringify does. encoding/json differs only in
// escaping U+2028 and U+2029, which JSON.stringify writes as they are; matching
// it keeps our dumps byte-identical to OpenZeppelin's.
func writeJSString(b *bytes.Buffer, s string) {
	const hexDigits = "0123456789abcdef"
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\b':
			b.WriteString(`\b`)
		case c == '\f':
			b.WriteString(`\f`)
		case c < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&0xf])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
}

// Dump is WriteDump into a byte slice.
func (t *Tree) Dump() ([]byte, error) {
	var b bytes.Buffer
	if err := t.WriteDump(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func dumpErr(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrInvalidDump)
}

// Load reads a standard-v1 dump and checks all of it: the format, every leaf
// encoding entry, every node's spelling, that there is exactly one value per
// leaf (a leaf without a value would be a hidden claim), that each value hashes
// to the leaf at its treeIndex, and that every internal node is the hash of its
// children. Errors name the offending field.
func Load(data []byte) (*Tree, error) {
	var d dumpJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return nil, dumpErr("decode dump: %v", err)
	}
	if dec.More() {
		return nil, dumpErr("trailing data after the dump")
	}
	if d.Format != Format {
		return nil, dumpErr("format: %q, want %q", d.Format, Format)
	}
	enc, err := parseTypes(d.LeafEncoding)
	if err != nil {
		return nil, dumpErr("leafEncoding: %v", err)
	}
	if len(d.Tree) == 0 {
		return nil, dumpErr("tree: empty")
	}
	if len(d.Tree)%2 == 0 {
		return nil, dumpErr("tree: %d nodes, want an odd number (2n-1)", len(d.Tree))
	}
	t := &Tree{types: d.LeafEncoding, nodes: make([]common.Hash, len(d.Tree))}
	for i, s := range d.Tree {
		if len(s) != 66 || s[:2] != "0x" || !isLowerHex(s[2:]) {
			return nil, dumpErr("tree[%d]: %q is not 0x and 64 lowercase hex digits", i, s)
		}
		hex.Decode(t.nodes[i][:], []byte(s[2:]))
	}
	n := (len(d.Tree) + 1) / 2
	if len(d.Values) != n {
		return nil, dumpErr("values: %d values for a tree of %d leaves", len(d.Values), n)
	}
	vals := &rawValues{raw: make([][]json.RawMessage, n), strings: make([][]string, n)}
	t.values, t.treeIndex = vals, make([]int, n)
	seen := make([]bool, n)
	h := newHasher()
	for i, v := range d.Values {
		j := v.TreeIndex
		if j < n-1 || j >= len(d.Tree) {
			return nil, dumpErr("values[%d].treeIndex: %d is not a leaf (leaves are %d..%d)", i, j, n-1, len(d.Tree)-1)
		}
		if seen[j-(n-1)] {
			return nil, dumpErr("values[%d].treeIndex: leaf %d already has a value", i, j)
		}
		seen[j-(n-1)] = true
		strs, err := valueStrings(enc, v.Value)
		if err != nil {
			return nil, dumpErr("values[%d].value: %v", i, err)
		}
		if h.buf, err = encodeValues(h.buf[:0], enc, strs); err != nil {
			return nil, dumpErr("values[%d].value: %v", i, err)
		}
		if h.leaf(h.buf) != t.nodes[j] {
			return nil, dumpErr("values[%d]: leaf hash differs from tree[%d]", i, j)
		}
		vals.raw[i], vals.strings[i], t.treeIndex[i] = compactAll(v.Value), strs, j
	}
	for i := n - 2; i >= 0; i-- {
		if h.pair(&t.nodes[2*i+1], &t.nodes[2*i+2]) != t.nodes[i] {
			return nil, dumpErr("tree[%d]: not the hash of tree[%d] and tree[%d]", i, 2*i+1, 2*i+2)
		}
	}
	return t, nil
}

func compactAll(in []json.RawMessage) []json.RawMessage {
	out := make([]json.RawMessage, len(in))
	for i, r := range in {
		var b bytes.Buffer
		json.Compact(&b, r)
		out[i] = b.Bytes()
	}
	return out
}

// maxSafeInteger is JavaScript's Number.MAX_SAFE_INTEGER: a JSON number above
// it has already lost precision in OpenZeppelin's hands.
const maxSafeInteger = 1<<53 - 1

// valueStrings turns one dump value into strings: JSON strings as they are,
// true/false for bool positions, and safe integers for integer positions.
func valueStrings(enc []abiType, raw []json.RawMessage) ([]string, error) {
	if len(raw) != len(enc) {
		return nil, fmt.Errorf("%d fields for %d types", len(raw), len(enc))
	}
	out := make([]string, len(raw))
	for k, r := range raw {
		r = bytes.TrimSpace(r)
		switch {
		case len(r) > 0 && r[0] == '"':
			if err := json.Unmarshal(r, &out[k]); err != nil {
				return nil, fmt.Errorf("position %d: %v", k, err)
			}
		case enc[k].kind == kindBool && (string(r) == "true" || string(r) == "false"):
			out[k] = string(r)
		case enc[k].kind == kindUint || enc[k].kind == kindInt:
			v, err := strconv.ParseInt(string(r), 10, 64)
			if err != nil || v > maxSafeInteger || v < -maxSafeInteger {
				return nil, fmt.Errorf("position %d: %s is not a string or a safe integer", k, r)
			}
			out[k] = strconv.FormatInt(v, 10)
		default:
			return nil, fmt.Errorf("position %d: %s is not a string", k, r)
		}
	}
	return out, nil
}

func isLowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
