package pipeline

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/relayer"
)

// Units prints an amount of base units (a decimal string) in the token's
// units with its symbol ("0.342 tUSD"), or as base units when the token was
// never read ("342000 base units"). `royalty statement` and the holder page
// print every amount through it, so both read the same bytes.
func (t TokenInfo) Units(base string) string {
	v, ok := new(big.Int).SetString(base, 10)
	if !ok {
		return base + "?"
	}
	if !t.Known {
		return v.String() + " base units"
	}
	return t.Format(v)
}

// Atto prints an amount in 10⁻¹⁸ base units (a decimal string) the same way.
func (t TokenInfo) Atto(atto string) string {
	v, ok := new(big.Int).SetString(atto, 10)
	if !ok {
		return atto + "?"
	}
	if !t.Known || t.Decimals > 255-18 {
		return relayer.FormatUnits(v, 18) + " base units"
	}
	return relayer.FormatUnits(v, t.Decimals+18) + " " + strings.TrimPrefix(t.Format(big.NewInt(0)), "0 ")
}

// Name is the asset's symbol, or its address when the token was never read.
func (t TokenInfo) Name() string {
	if t.Known && t.Symbol != "" {
		return strings.TrimPrefix(t.Format(big.NewInt(0)), "0 ")
	}
	return t.Address.Hex()
}

// Gain prints cumulative − previous (base units) in the token's units.
func (t TokenInfo) Gain(previous, cumulative string) string {
	prev, _ := new(big.Int).SetString(previous, 10)
	cum, _ := new(big.Int).SetString(cumulative, 10)
	if prev == nil || cum == nil {
		return "?"
	}
	return t.Units(new(big.Int).Sub(cum, prev).String())
}

// TokenOf is tokens[a], or an unread token at a.
func TokenOf(tokens map[common.Address]TokenInfo, a common.Address) TokenInfo {
	if t, ok := tokens[a]; ok {
		return t
	}
	return TokenInfo{Token: relayer.Token{Address: a}}
}

// Via names what a share came through: "pool CF 3", "protocol", ….
func Via(shares []Share) string {
	parts := make([]string, 0, len(shares))
	for _, s := range shares {
		p := s.Kind
		if s.CfID != "" {
			p += " CF " + s.CfID
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// EpochTitle is an epoch's heading as `royalty statement` and the holder
// page print it: "Epoch 2: 2026-11-30T07:00:00Z to 2026-12-07T07:00:00Z,
// activated"; the first epoch, which has no start, reads "up to END".
func EpochTitle(epoch, start, end uint64, stage string) string {
	utc := func(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }
	if start == 0 {
		return fmt.Sprintf("Epoch %d: up to %s, %s", epoch, utc(end), stage)
	}
	return fmt.Sprintf("Epoch %d: %s to %s, %s", epoch, utc(start), utc(end), stage)
}

// ShortHash is h as 0x12345678…abcd.
func ShortHash(h common.Hash) string { s := h.Hex(); return s[:10] + "…" + s[len(s)-4:] }
