package merkle

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dataroyalty/royalty/strict"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

type kind uint8

const (
	kindUint kind = iota
	kindInt
	kindAddress
	kindBool
	kindFixedBytes
	kindBytes
	kindString
)

// abiType is one parsed leaf encoding entry.
type abiType struct {
	name string
	kind kind
	size int // bits for ints, bytes for bytesN
}

func (t abiType) dynamic() bool { return t.kind == kindBytes || t.kind == kindString }

// parseType accepts the subset of Solidity types a leaf may hold: static
// scalars and dynamic bytes/string. Arrays and tuples are refused rather than
// half-supported.
func parseType(s string) (abiType, error) {
	switch s {
	case "address":
		return abiType{name: s, kind: kindAddress}, nil
	case "bool":
		return abiType{name: s, kind: kindBool}, nil
	case "bytes":
		return abiType{name: s, kind: kindBytes}, nil
	case "string":
		return abiType{name: s, kind: kindString}, nil
	case "uint":
		return abiType{name: s, kind: kindUint, size: 256}, nil
	case "int":
		return abiType{name: s, kind: kindInt, size: 256}, nil
	}
	num := func(prefix string, k kind) (abiType, bool) {
		rest, ok := strings.CutPrefix(s, prefix)
		if !ok || rest == "" || rest[0] == '0' {
			return abiType{}, false
		}
		n, err := strconv.Atoi(rest)
		if err != nil {
			return abiType{}, false
		}
		if k == kindFixedBytes {
			if n < 1 || n > 32 {
				return abiType{}, false
			}
		} else if n < 8 || n > 256 || n%8 != 0 {
			return abiType{}, false
		}
		return abiType{name: s, kind: k, size: n}, true
	}
	if t, ok := num("uint", kindUint); ok {
		return t, nil
	}
	if t, ok := num("int", kindInt); ok {
		return t, nil
	}
	if t, ok := num("bytes", kindFixedBytes); ok {
		return t, nil
	}
	return abiType{}, fmt.Errorf("type %q: %w", s, ErrUnsupportedType)
}

func parseTypes(types []string) ([]abiType, error) {
	if len(types) == 0 {
		return nil, fmt.Errorf("leaf encoding: no types: %w", ErrUnsupportedType)
	}
	out := make([]abiType, len(types))
	for i, s := range types {
		t, err := parseType(s)
		if err != nil {
			return nil, fmt.Errorf("leaf encoding position %d: %w", i, err)
		}
		out[i] = t
	}
	return out, nil
}

// encodeValues appends abi.encode(values...) to buf: a head of one word per
// value (offsets for dynamic ones) followed by the tails.
func encodeValues(buf []byte, types []abiType, values []string) ([]byte, error) {
	if len(values) != len(types) {
		return buf, fmt.Errorf("%d fields for %d types: %w", len(values), len(types), ErrInvalidValue)
	}
	start := len(buf)
	headLen := 32 * len(types)
	buf = append(buf, make([]byte, headLen)...)
	for j, t := range types {
		head := buf[start+32*j : start+32*j+32]
		if !t.dynamic() {
			if err := encodeStatic(head, t, values[j]); err != nil {
				return buf, fmt.Errorf("position %d (%s): %w", j, t.name, err)
			}
			continue
		}
		data, err := dynamicBytes(t, values[j])
		if err != nil {
			return buf, fmt.Errorf("position %d (%s): %w", j, t.name, err)
		}
		binary.BigEndian.PutUint64(head[24:], uint64(len(buf)-start))
		var word [32]byte
		binary.BigEndian.PutUint64(word[24:], uint64(len(data)))
		buf = append(buf, word[:]...)
		buf = append(buf, data...)
		if pad := (32 - len(data)%32) % 32; pad > 0 {
			buf = append(buf, make([]byte, pad)...)
		}
	}
	return buf, nil
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrInvalidValue)
}

// encodeStatic writes one 32-byte word. Inputs are held to one canonical
// spelling per kind (no whitespace, no short addresses) so that a typo cannot
// silently become a different leaf.
func encodeStatic(word []byte, t abiType, s string) error {
	switch t.kind {
	case kindUint, kindInt:
		return encodeNumber(word, t, s)
	case kindBool:
		switch s {
		case "true":
			word[31] = 1
		case "false":
		default:
			return invalid("bool %q: want \"true\" or \"false\"", s)
		}
		return nil
	case kindAddress:
		a, err := parseAddress(s)
		if err != nil {
			return err
		}
		copy(word[12:], a[:])
		return nil
	case kindFixedBytes:
		b, err := parseHexBytes(s)
		if err != nil {
			return err
		}
		if len(b) != t.size {
			return invalid("%s %q: %d bytes, want %d", t.name, s, len(b), t.size)
		}
		copy(word, b)
		return nil
	}
	return invalid("%s is not static", t.name)
}

func dynamicBytes(t abiType, s string) ([]byte, error) {
	if t.kind == kindString {
		if !utf8.ValidString(s) {
			return nil, invalid("string is not valid UTF-8")
		}
		return []byte(s), nil
	}
	return parseHexBytes(s)
}

// parseHexBytes and parseAddress apply the project's readers (package
// strict): hex is 0x and an even number of digits of either case; an address
// is 0x and 40 hex digits, all lowercase, all uppercase or EIP-55 (a
// mixed-case spelling must carry a valid checksum, since that is what mixed
// case promises). A leaf may hold the zero address.
func parseHexBytes(s string) ([]byte, error) {
	b, err := strict.Hex(s)
	if err != nil {
		return nil, invalid("%v", err)
	}
	return b, nil
}

func parseAddress(s string) (common.Address, error) {
	a, err := strict.Address(s)
	if err != nil {
		return common.Address{}, invalid("address: %v", err)
	}
	return a, nil
}

var (
	two256   = new(big.Int).Lsh(big.NewInt(1), 256)
	bigLimit = map[int]*big.Int{}
)

func init() {
	for n := 8; n <= 256; n += 8 {
		bigLimit[n] = new(big.Int).Lsh(big.NewInt(1), uint(n))
	}
}

// encodeNumber accepts a decimal integer (with '-' for signed types) or a
// 0x-prefixed hexadecimal one, checked against the type's range.
func encodeNumber(word []byte, t abiType, s string) error {
	if t.kind == kindUint && t.size == 256 && isDigits(s) && len(s) <= 78 {
		// Fast path for the common case: no big.Int allocation.
		var u uint256.Int
		if err := u.SetFromDecimal(s); err != nil {
			return invalid("%s %q: out of range", t.name, s)
		}
		u.WriteToSlice(word)
		return nil
	}
	v, ok := new(big.Int), false
	switch {
	case strings.HasPrefix(s, "0x"):
		if len(s) > 2 && isHex(s[2:]) {
			_, ok = v.SetString(s[2:], 16)
		}
	case strings.HasPrefix(s, "-"):
		if t.kind == kindInt && isDigits(s[1:]) {
			_, ok = v.SetString(s, 10)
		}
	default:
		if isDigits(s) {
			_, ok = v.SetString(s, 10)
		}
	}
	if !ok {
		return invalid("%s %q: want a decimal or 0x-hex integer", t.name, s)
	}
	if t.kind == kindUint {
		if v.Cmp(bigLimit[t.size]) >= 0 {
			return invalid("%s %q: out of range", t.name, s)
		}
	} else {
		half := new(big.Int).Rsh(bigLimit[t.size], 1)
		if v.Cmp(half) >= 0 || v.Cmp(new(big.Int).Neg(half)) < 0 {
			return invalid("%s %q: out of range", t.name, s)
		}
		if v.Sign() < 0 {
			v.Add(v, two256) // two's complement over the whole word
		}
	}
	v.FillBytes(word)
	return nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
