package store

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"

	"github.com/holiman/uint256"
)

// U256 carries a uint256.Int to and from the database exactly: NUMERIC(78,0)
// in PostgreSQL, canonical decimal TEXT in SQLite. It never passes through a
// float. Scanning rejects negatives, fractions, exponents and values over
// 2^256-1; canonical text (no sign, no leading zeros) keeps SQLite equality
// comparisons exact.
type U256 struct{ uint256.Int }

// NewU256 copies v.
func NewU256(v *uint256.Int) U256 {
	var u U256
	if v != nil {
		u.Set(v)
	}
	return u
}

// Value implements driver.Valuer: the decimal string, which PostgreSQL casts
// to NUMERIC and SQLite stores as TEXT.
func (u U256) Value() (driver.Value, error) { return u.Dec(), nil }

// Scan implements sql.Scanner.
func (u *U256) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	case int64:
		if v < 0 {
			return fmt.Errorf("scan uint256: negative value %d", v)
		}
		u.SetUint64(uint64(v))
		return nil
	case nil:
		return errors.New("scan uint256: NULL")
	default:
		return fmt.Errorf("scan uint256: unsupported type %T", src)
	}
	return u.parse(s)
}

func (u *U256) parse(s string) error {
	// PostgreSQL renders NUMERIC(78,0) without a fraction, but a column
	// declared differently could add one: accept ".000…" only.
	if i := strings.IndexByte(s, '.'); i >= 0 {
		if strings.Trim(s[i+1:], "0") != "" {
			return fmt.Errorf("scan uint256: %q is not an integer", s)
		}
		s = s[:i]
	}
	if s == "" {
		return errors.New("scan uint256: empty string")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return fmt.Errorf("scan uint256: %q is not a non-negative decimal", s)
		}
	}
	s = strings.TrimLeft(s, "0")
	if s == "" {
		s = "0"
	}
	if err := u.SetFromDecimal(s); err != nil {
		return fmt.Errorf("scan uint256: %q: %w", s, err)
	}
	return nil
}
