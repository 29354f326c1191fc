package relayer

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// Token is an asset as people read it: its symbol and decimals, read from the
// token itself.
type Token struct {
	Address  common.Address `json:"address"`
	Symbol   string         `json:"symbol"`
	Decimals uint8          `json:"decimals"`
}

// Format writes an amount of base units in token units with the symbol:
// 308246 of a 6-decimals tUSD is "0.308246 tUSD"; trailing zeros of the
// fraction are dropped ("1.5 WETH", "3 tUSD").
func (t Token) Format(amount *big.Int) string {
	return FormatUnits(amount, t.Decimals) + " " + t.symbol()
}

// symbol is printable: a token's symbol is whatever its deployer chose.
func (t Token) symbol() string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) && !unicode.IsSpace(r) {
			return r
		}
		return -1
	}, t.Symbol)
	if s == "" {
		return "units of " + t.Address.Hex()
	}
	return s
}

// FormatUnits writes base units as a decimal number of whole units.
func FormatUnits(amount *big.Int, decimals uint8) string {
	if amount == nil {
		return "0"
	}
	neg := amount.Sign() < 0
	digits := new(big.Int).Abs(amount).String()
	d := int(decimals)
	if len(digits) <= d {
		digits = strings.Repeat("0", d-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-d], strings.TrimRight(digits[len(digits)-d:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// ReadToken reads an ERC-20's symbol and decimals from the chain.
func ReadToken(ctx context.Context, chain bind.ContractBackend, addr common.Address) (Token, error) {
	return newContracts(chain).token(ctx, addr)
}

// ClaimedBy is what account has claimed of asset from the distributor so
// far (base units).
func ClaimedBy(ctx context.Context, chain bind.ContractBackend, distributor, account, asset common.Address) (*big.Int, error) {
	v, err := newContracts(chain).claimed(ctx, distributor, account, asset)
	if err != nil {
		return nil, fmt.Errorf("relayer: %w", err)
	}
	return v, nil
}
