package strict_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/strict"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

const (
	checksummed = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" // EIP-55's own example
	zero        = "0x0000000000000000000000000000000000000000"
)

func TestAddress(t *testing.T) {
	cases := []struct {
		in      string
		err     error // nil: accepted
		nonZero error
	}{
		{checksummed, nil, nil},
		{strings.ToLower(checksummed), nil, nil},
		{"0x" + strings.ToUpper(checksummed[2:]), nil, nil},
		{zero, nil, strict.ErrZeroAddress},
		{"0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed", strict.ErrBadAddress, strict.ErrBadAddress}, // mixed case, one letter wrong
		{"0X5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", strict.ErrBadAddress, strict.ErrBadAddress},
		{"5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00", strict.ErrBadAddress, strict.ErrBadAddress},
		{"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae", strict.ErrBadAddress, strict.ErrBadAddress},
		{"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed0", strict.ErrBadAddress, strict.ErrBadAddress},
		{"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg", strict.ErrBadAddress, strict.ErrBadAddress},
		{" 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae", strict.ErrBadAddress, strict.ErrBadAddress},
		{"0xc0", strict.ErrBadAddress, strict.ErrBadAddress},
		{"", strict.ErrBadAddress, strict.ErrBadAddress},
	}
	for _, c := range cases {
		a, err := strict.Address(c.in)
		if !errors.Is(err, c.err) || (c.err == nil && err != nil) {
			t.Errorf("Address(%q) = %v, want %v", c.in, err, c.err)
		}
		if err == nil && !strings.EqualFold(a.Hex(), c.in) {
			t.Errorf("Address(%q) = %s", c.in, a.Hex())
		}
		if _, err := strict.NonZeroAddress(c.in); !errors.Is(err, c.nonZero) || (c.nonZero == nil && err != nil) {
			t.Errorf("NonZeroAddress(%q) = %v, want %v", c.in, err, c.nonZero)
		}
	}
}

// FuzzAddress: the reader agrees with go-ethereum's own notion of an address
// and of its EIP-55 checksum.
func FuzzAddress(f *testing.F) {
	f.Add(checksummed)
	f.Add(strings.ToLower(checksummed))
	f.Add(zero)
	f.Add("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := strict.Address(s)
		okSyntax := len(s) == 42 && strings.HasPrefix(s, "0x") && common.IsHexAddress(s)
		body := ""
		if len(s) > 2 {
			body = s[2:]
		}
		oneCase := body == strings.ToLower(body) || body == strings.ToUpper(body)
		want := okSyntax && (oneCase || common.HexToAddress(s).Hex() == s)
		if (err == nil) != want {
			t.Fatalf("Address(%q) err = %v, want accepted=%v", s, err, want)
		}
		if err == nil && a != common.HexToAddress(s) {
			t.Fatalf("Address(%q) = %s", s, a.Hex())
		}
	})
}

func TestDecimals(t *testing.T) {
	max256 := new(uint256.Int).SetAllOne().Dec()
	cases := []struct {
		in       string
		err256   error
		err64    error
		errTime  error
		want     string
		isPlain  bool
		overflow bool
	}{
		{in: "0", isPlain: true},
		{in: "1000", isPlain: true},
		{in: "18446744073709551615", isPlain: true, errTime: strict.ErrOverflow},
		{in: "9223372036854775807", isPlain: true},
		{in: "9223372036854775808", isPlain: true, errTime: strict.ErrOverflow},
		{in: "18446744073709551616", isPlain: true, err64: strict.ErrOverflow, errTime: strict.ErrOverflow},
		{in: max256, isPlain: true, err64: strict.ErrOverflow, errTime: strict.ErrOverflow},
		{in: "115792089237316195423570985008687907853269984665640564039457584007913129639936", isPlain: true,
			err256: strict.ErrOverflow, err64: strict.ErrOverflow, errTime: strict.ErrOverflow},
		{in: "1" + strings.Repeat("0", 100), isPlain: true, err256: strict.ErrOverflow, err64: strict.ErrOverflow, errTime: strict.ErrOverflow},
	}
	for _, bad := range []string{"", "01", "00", "-1", "+1", "1.0", "1e3", "0x10", " 1", "1 ", "１"} {
		cases = append(cases, struct {
			in                     string
			err256, err64, errTime error
			want                   string
			isPlain, overflow      bool
		}{in: bad, err256: strict.ErrNotDecimal, err64: strict.ErrNotDecimal, errTime: strict.ErrNotDecimal})
	}
	for _, c := range cases {
		if got := strict.IsPlainDecimal(c.in); got != c.isPlain {
			t.Errorf("IsPlainDecimal(%q) = %v", c.in, got)
		}
		var z uint256.Int
		if err := strict.Uint256(c.in, &z); !errors.Is(err, c.err256) || (c.err256 == nil && err != nil) {
			t.Errorf("Uint256(%q) = %v, want %v", c.in, err, c.err256)
		} else if err == nil && z.Dec() != c.in {
			t.Errorf("Uint256(%q) = %s", c.in, z.Dec())
		}
		if _, err := strict.Uint64(c.in); !errors.Is(err, c.err64) || (c.err64 == nil && err != nil) {
			t.Errorf("Uint64(%q) = %v, want %v", c.in, err, c.err64)
		}
		if _, err := strict.Timestamp(c.in); !errors.Is(err, c.errTime) || (c.errTime == nil && err != nil) {
			t.Errorf("Timestamp(%q) = %v, want %v", c.in, err, c.errTime)
		}
	}
}

// FuzzUint256 against math/big: accepted exactly when plain and below 2^256, with the same value.
func FuzzUint256(f *testing.F) {
	f.Add("0")
	f.Add("115792089237316195423570985008687907853269984665640564039457584007913129639935")
	f.Add("115792089237316195423570985008687907853269984665640564039457584007913129639936")
	f.Add("007")
	limit := new(big.Int).Lsh(big.NewInt(1), 256)
	f.Fuzz(func(t *testing.T, s string) {
		var z uint256.Int
		err := strict.Uint256(s, &z)
		b, ok := new(big.Int).SetString(s, 10)
		plain := ok && b.Sign() >= 0 && b.String() == s
		want := plain && b.Cmp(limit) < 0
		if (err == nil) != want {
			t.Fatalf("Uint256(%q) err = %v, want accepted=%v", s, err, want)
		}
		if err == nil && z.ToBig().Cmp(b) != 0 {
			t.Fatalf("Uint256(%q) = %s", s, z.Dec())
		}
	})
}

func TestHex(t *testing.T) {
	for in, want := range map[string]string{"0x": "", "0x00ff": "00ff", "0xABcd": "abcd"} {
		b, err := strict.Hex(in)
		if err != nil || common.Bytes2Hex(b) != want {
			t.Errorf("Hex(%q) = %x, %v", in, b, err)
		}
	}
	for _, bad := range []string{"", "0", "0x0", "00ff", "0X00", "0xgg", "0x 0"} {
		if _, err := strict.Hex(bad); !errors.Is(err, strict.ErrSyntax) {
			t.Errorf("Hex(%q) = %v, want ErrSyntax", bad, err)
		}
	}
	h := "0x" + strings.Repeat("aB", 32)
	if got, err := strict.Hash(h); err != nil || got != common.HexToHash(h) {
		t.Errorf("Hash(%q) = %s, %v", h, got, err)
	}
	for _, bad := range []string{h[:65], h + "0", "0x" + strings.Repeat("z", 64), strings.Repeat("a", 66)} {
		if _, err := strict.Hash(bad); !errors.Is(err, strict.ErrSyntax) {
			t.Errorf("Hash(%q) = %v, want ErrSyntax", bad, err)
		}
	}
}

func TestJSONValues(t *testing.T) {
	strs := []struct {
		raw, want string
		ok        bool
	}{
		{`"plain"`, "plain", true},
		{`""`, "", true},
		{`"a\"b"`, `a"b`, true},
		{`"\u00e9t\u00e9"`, "été", true},
		{`"été"`, "été", true},
		{`"tab	here"`, "", false}, // a raw control character is not JSON
		{`"open`, "", false},
		{`7`, "", false},
		{`null`, "", false},
		{`"a" `, "", false},
	}
	for _, c := range strs {
		got, err := strict.String([]byte(c.raw))
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("String(%s) = %q, %v", c.raw, got, err)
		}
		if err != nil && !errors.Is(err, strict.ErrSyntax) {
			t.Errorf("String(%s) = %v, want ErrSyntax", c.raw, err)
		}
	}
	u64 := []struct {
		raw string
		err error
	}{
		{`7`, nil}, {`"7"`, nil}, {`0`, nil},
		{`-1`, strict.ErrNotDecimal}, {`1.0`, strict.ErrNotDecimal}, {`1e2`, strict.ErrNotDecimal}, {`"x"`, strict.ErrNotDecimal},
		{`07`, strict.ErrNotDecimal}, {`18446744073709551616`, strict.ErrOverflow},
		{`null`, strict.ErrSyntax}, {`true`, strict.ErrSyntax}, {`[1]`, strict.ErrSyntax}, {``, strict.ErrSyntax},
	}
	for _, c := range u64 {
		_, err := strict.JSONUint64([]byte(c.raw))
		if !errors.Is(err, c.err) || (c.err == nil && err != nil) {
			t.Errorf("JSONUint64(%s) = %v, want %v", c.raw, err, c.err)
		}
	}
	if _, err := strict.JSONTimestamp([]byte(`9223372036854775808`)); !errors.Is(err, strict.ErrOverflow) {
		t.Errorf("JSONTimestamp(2^63) = %v", err)
	}
	var z uint256.Int
	for raw, want := range map[string]error{`"12"`: nil, `12`: strict.ErrNotDecimal, `"012"`: strict.ErrNotDecimal, `null`: strict.ErrNotDecimal} {
		if err := strict.JSONUint256([]byte(raw), &z); !errors.Is(err, want) || (want == nil && err != nil) {
			t.Errorf("JSONUint256(%s) = %v, want %v", raw, err, want)
		}
	}
	if _, err := strict.JSONNonZeroAddress([]byte(`"` + zero + `"`)); !errors.Is(err, strict.ErrZeroAddress) {
		t.Errorf("JSONNonZeroAddress(zero) = %v", err)
	}
	if _, err := strict.JSONAddress([]byte(`"` + checksummed + `"`)); err != nil {
		t.Errorf("JSONAddress: %v", err)
	}
	if _, err := strict.JSONHash([]byte(`"0x12"`)); !errors.Is(err, strict.ErrSyntax) {
		t.Errorf("JSONHash(short): %v", err)
	}
}

// FuzzString: the fast path agrees with encoding/json on every input.
func FuzzString(f *testing.F) {
	for _, s := range []string{`"abc"`, `"a\nb"`, `"\u0000"`, `"é"`, "\"\xff\"", `"a"b"`, `"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := strict.String(raw)
		var want string
		werr := json.Unmarshal(raw, &want)
		if werr == nil && len(bytes.TrimSpace(raw)) != len(raw) {
			werr = errors.New("surrounding whitespace: not the bytes of one value")
		}
		if werr != nil {
			want = ""
		}
		isString := len(raw) > 0 && raw[0] == '"'
		if !isString {
			if err == nil {
				t.Fatalf("String(%q) accepted a non-string", raw)
			}
			return
		}
		if (err == nil) != (werr == nil) || got != want {
			t.Fatalf("String(%q) = %q, %v; encoding/json: %q, %v", raw, got, err, want, werr)
		}
	})
}
