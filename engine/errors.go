package engine

import (
	"errors"

	"github.com/dataroyalty/royalty/strict"
)

// FieldError says which input field is invalid. Field is the JSON path of the
// bundle (e.g. "policy.reserveBps", "snapshot.holdings[3].units"), so the same
// message serves callers of the Go API and users of `royalty compute`.
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

func fieldErr(field string, err error) error { return &FieldError{Field: field, Err: err} }

// Sentinels wrapped by FieldError; match them with errors.Is.
var (
	// ErrNotDecimal: an integer that is not a plain decimal string
	// (no sign, no hex, no exponent, no leading zeros). The readers of package
	// strict return it, so it is strict.ErrNotDecimal.
	ErrNotDecimal = strict.ErrNotDecimal
	// ErrOverflow: a value that does not fit its type (2^256−1 for amounts,
	// 2^64−1 for versions, 2^63−1 for timestamps); strict.ErrOverflow.
	ErrOverflow = strict.ErrOverflow
	// ErrBadAddress: not 0x followed by 40 hex digits, or mixed case without
	// a valid EIP-55 checksum; strict.ErrBadAddress.
	ErrBadAddress = strict.ErrBadAddress
	// ErrZeroAddress: the zero address in a field that names an account or an
	// asset; strict.ErrZeroAddress.
	ErrZeroAddress = strict.ErrZeroAddress
	// ErrBps: a basis-point rate over 10,000, or shares summing over 10,000.
	ErrBps = errors.New("basis points over 10000")
	// ErrZero: a quantity or price unit of zero.
	ErrZero = errors.New("must not be zero")
	// ErrMismatch: the valuation does not match the event (version or unit), the
	// snapshot names another dataset or version, or a stated snapshot hash is not
	// the hash of the snapshot.
	ErrMismatch = errors.New("mismatch")
	// ErrDuplicate: a factor name, (cfId, holder) pair or developer account listed twice.
	ErrDuplicate = errors.New("duplicate")
	// ErrNoUnits: a pool share with no units held.
	ErrNoUnits = errors.New("pool share with no units held")
	// ErrNoDevelopers: a developer share with no developers (or zero total weight).
	ErrNoDevelopers = errors.New("developer share with no developer weight")
	// ErrGrossTooLarge: gross · 10^18 does not fit in 256 bits.
	ErrGrossTooLarge = errors.New("gross too large for atto units (gross·10^18 > 2^256−1)")
	// ErrEmpty: a required string (event id, factor name) is empty.
	ErrEmpty = errors.New("must not be empty")
	// ErrMissing: a required field is absent from the bundle.
	ErrMissing = errors.New("missing")
	// ErrUnknownField: a field the bundle format does not define.
	ErrUnknownField = errors.New("unknown field")
	// ErrSyntax: malformed JSON, a value of the wrong JSON type, or a hash
	// that is not 0x + 64 hex digits; strict.ErrSyntax.
	ErrSyntax = strict.ErrSyntax
	// ErrTooLarge: a bundle or list over the decoder's limits.
	ErrTooLarge = errors.New("over the size limit")
	// ErrBadName: a factor name that is not 1..32 bytes of UTF-8 without NUL
	// (names are bytes32 on chain).
	ErrBadName = errors.New("factor name must be 1..32 bytes of UTF-8 without NUL")
	// ErrBadMode: a payment mode other than standard, tnpl or prepaid.
	ErrBadMode = errors.New("payment mode must be standard, tnpl or prepaid")
	// ErrZeroWeight: Apportion asked to split a nonzero amount over zero total weight.
	ErrZeroWeight = errors.New("nonzero amount over zero total weight")
)
