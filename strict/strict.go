package strict

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Sentinels wrapped by every reader's error; match them with errors.Is.
var (
	// ErrSyntax: malformed JSON, a value of the wrong JSON type, or hex that is
	// not "0x" and the expected number of hex digits.
	ErrSyntax = errors.New("malformed")
	// ErrNotDecimal: an integer that is not a plain decimal ("0", or digits
	// without a leading zero; no sign, fraction, exponent, hex or spaces).
	ErrNotDecimal = errors.New("not a plain decimal integer")
	// ErrOverflow: an integer above its kind's maximum (2^256−1, 2^64−1, or
	// 2^63−1 for timestamps).
	ErrOverflow = errors.New("value too large")
	// ErrBadAddress: not "0x" and 40 hex digits, or mixed case without a valid
	// EIP-55 checksum.
	ErrBadAddress = errors.New("not an address (0x + 40 hex digits: all lowercase, all uppercase or EIP-55)")
	// ErrZeroAddress: the zero address where the field needs an account.
	ErrZeroAddress = errors.New("zero address")
)

// MaxTimestamp is the largest timestamp (unix seconds): timestamps are SQL
// BIGINT in the store, so they order numerically on every backend.
const MaxTimestamp = 1<<63 - 1

// Clip shortens a bad value for an error message.
func Clip(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// IsPlainDecimal reports whether s is "0" or decimal digits without a leading zero.
func IsPlainDecimal(s string) bool {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Uint256 reads a plain decimal ≤ 2^256−1 into z.
func Uint256(s string, z *uint256.Int) error {
	if !IsPlainDecimal(s) {
		return fmt.Errorf("%w: %q", ErrNotDecimal, Clip(s))
	}
	if len(s) > 78 || z.SetFromDecimal(s) != nil {
		return fmt.Errorf("%w: %s exceeds 2^256-1", ErrOverflow, Clip(s))
	}
	return nil
}

// Uint64 reads a plain decimal ≤ 2^64−1.
func Uint64(s string) (uint64, error) {
	if !IsPlainDecimal(s) {
		return 0, fmt.Errorf("%w: %q", ErrNotDecimal, Clip(s))
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %s exceeds 2^64-1", ErrOverflow, Clip(s))
	}
	return v, nil
}

// Timestamp reads unix seconds: a plain decimal ≤ MaxTimestamp.
func Timestamp(s string) (uint64, error) {
	v, err := Uint64(s)
	if err == nil && v > MaxTimestamp {
		err = fmt.Errorf("%w: %s is above 2^63-1", ErrOverflow, s)
	}
	return v, err
}

// Address reads "0x" and 40 hex digits: all lowercase, all uppercase, or
// mixed case with a valid EIP-55 checksum. The zero address is accepted.
func Address(s string) (common.Address, error) {
	var a common.Address
	if len(s) != 42 || s[0] != '0' || s[1] != 'x' {
		return a, fmt.Errorf("%w: %q", ErrBadAddress, Clip(s))
	}
	lower, upper := false, false
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'f':
			lower = true
		case 'A' <= c && c <= 'F':
			upper = true
		case '0' <= c && c <= '9':
		default:
			return a, fmt.Errorf("%w: %q", ErrBadAddress, Clip(s))
		}
	}
	hex.Decode(a[:], []byte(s[2:])) // checked above
	if lower && upper && !checksumMatches(a, s) {
		return a, fmt.Errorf("%w: bad EIP-55 checksum in %q (want %s)", ErrBadAddress, s, a.Hex())
	}
	return a, nil
}

// checksummed remembers up to 4096 spellings already found to carry a valid
// EIP-55 checksum: a deployment's few meters and consumers come again in
// every event, and each check costs a keccak256.
var checksummed = struct {
	m sync.Map
	n atomic.Int64
}{}

// checksumMatches reports whether the case of s is a's EIP-55 checksum.
func checksumMatches(a common.Address, s string) bool {
	if _, ok := checksummed.m.Load(s); ok {
		return true
	}
	if !computeChecksumMatches(a, s) {
		return false
	}
	if checksummed.n.Load() < 4096 {
		if _, loaded := checksummed.m.LoadOrStore(s, struct{}{}); !loaded {
			checksummed.n.Add(1)
		}
	}
	return true
}

// computeChecksumMatches compares s with a's EIP-55 spelling, without
// building a.Hex()'s string.
func computeChecksumMatches(a common.Address, s string) bool {
	var low [40]byte
	hex.Encode(low[:], a[:])
	h := crypto.Keccak256(low[:])
	for i := 0; i < 40; i++ {
		c := low[i]
		if c > '9' {
			nibble := h[i/2]
			if i%2 == 0 {
				nibble >>= 4
			}
			if nibble&0xf > 7 {
				c -= 'a' - 'A'
			}
		}
		if s[2+i] != c {
			return false
		}
	}
	return true
}

// NonZeroAddress is Address, refusing the zero address (ErrZeroAddress).
func NonZeroAddress(s string) (common.Address, error) {
	a, err := Address(s)
	if err == nil && a == (common.Address{}) {
		err = ErrZeroAddress
	}
	return a, err
}

// Hex reads "0x" and an even number of hex digits (either case) as bytes;
// "0x" alone is the empty string.
func Hex(s string) ([]byte, error) {
	if len(s) < 2 || s[0] != '0' || s[1] != 'x' || len(s)%2 != 0 {
		return nil, fmt.Errorf("%w: want 0x and an even number of hex digits, got %q", ErrSyntax, Clip(s))
	}
	b := make([]byte, (len(s)-2)/2)
	if _, err := hex.Decode(b, []byte(s[2:])); err != nil {
		return nil, fmt.Errorf("%w: want 0x and hex digits, got %q", ErrSyntax, Clip(s))
	}
	return b, nil
}

// FixedHex reads "0x" and exactly 2·len(dst) hex digits (either case) into dst.
func FixedHex(dst []byte, s string) error {
	if len(s) != 2+2*len(dst) || s[0] != '0' || s[1] != 'x' {
		return fmt.Errorf("%w: want 0x and %d hex digits, got %q", ErrSyntax, 2*len(dst), Clip(s))
	}
	if _, err := hex.Decode(dst, []byte(s[2:])); err != nil {
		return fmt.Errorf("%w: want 0x and %d hex digits, got %q", ErrSyntax, 2*len(dst), Clip(s))
	}
	return nil
}

// Hash reads a 32-byte hash: "0x" and 64 hex digits.
func Hash(s string) (common.Hash, error) {
	var h common.Hash
	return h, FixedHex(h[:], s)
}

// String reads one JSON string value (raw is the value's bytes, as a
// json.RawMessage holds them). Anything else is ErrSyntax.
func String(raw []byte) (string, error) {
	n := len(raw)
	if n < 2 || raw[0] != '"' || raw[n-1] != '"' {
		return "", fmt.Errorf("%w: want a JSON string", ErrSyntax)
	}
	// Fast path: printable ASCII without escapes is its own value.
	plain := true
	for _, c := range raw[1 : n-1] {
		if c < 0x20 || c == '\\' || c == '"' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return string(raw[1 : n-1]), nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	return s, nil
}

// JSONUint256 reads an amount: a JSON string holding a plain decimal ≤
// 2^256−1. A JSON number is refused (many JSON tools round integers above
// 2^53), as ErrNotDecimal.
func JSONUint256(raw []byte, z *uint256.Int) error {
	if len(raw) == 0 || raw[0] != '"' {
		return fmt.Errorf("%w: amounts are decimal strings, got %s", ErrNotDecimal, Clip(string(raw)))
	}
	s, err := String(raw)
	if err != nil {
		return err
	}
	return Uint256(s, z)
}

// JSONUint64 reads a version, count or block number: a JSON integer or a
// decimal string, plain decimal digits, ≤ 2^64−1.
func JSONUint64(raw []byte) (uint64, error) {
	s, err := numberText(raw)
	if err != nil {
		return 0, err
	}
	return Uint64(s)
}

// JSONTimestamp reads unix seconds as JSONUint64 does, ≤ MaxTimestamp.
func JSONTimestamp(raw []byte) (uint64, error) {
	s, err := numberText(raw)
	if err != nil {
		return 0, err
	}
	return Timestamp(s)
}

// numberText is the digits of a JSON number or of a JSON string.
func numberText(raw []byte) (string, error) {
	switch {
	case len(raw) > 0 && raw[0] == '"':
		return String(raw)
	case len(raw) > 0 && (raw[0] == '-' || '0' <= raw[0] && raw[0] <= '9'):
		return string(raw), nil // IsPlainDecimal then refuses signs, fractions and exponents
	}
	return "", fmt.Errorf("%w: want a JSON integer or a decimal string, got %s", ErrSyntax, Clip(string(raw)))
}

// JSONAddress reads a JSON string holding an Address.
func JSONAddress(raw []byte) (common.Address, error) {
	s, err := String(raw)
	if err != nil {
		return common.Address{}, err
	}
	return Address(s)
}

// JSONNonZeroAddress reads a JSON string holding a NonZeroAddress.
func JSONNonZeroAddress(raw []byte) (common.Address, error) {
	s, err := String(raw)
	if err != nil {
		return common.Address{}, err
	}
	return NonZeroAddress(s)
}

// JSONHash reads a JSON string holding a Hash.
func JSONHash(raw []byte) (common.Hash, error) {
	s, err := String(raw)
	if err != nil {
		return common.Hash{}, err
	}
	return Hash(s)
}
