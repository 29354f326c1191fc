package engine

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// PayoutPreference is where a holder asked to be paid (RoyaltyDistributor
// .setPayoutPreference): Asset on the chain with id ChainID. The zero value
// is the default: the home chain, the asset each entitlement accrued in.
type PayoutPreference struct {
	ChainID uint64 `json:"chainId"`
	Asset   string `json:"asset"` // lower-case hex address
}

// NewPayoutPreference is the preference for asset on chainID. (0, zero) is
// the default; half a preference (one of the two zero) is an error, as on
// chain.
func NewPayoutPreference(chainID uint64, asset common.Address) (PayoutPreference, error) {
	if (chainID == 0) != (asset == common.Address{}) {
		return PayoutPreference{}, fmt.Errorf("payout preference: chain id %d with asset %s: both or neither must be zero", chainID, hexAddr(asset))
	}
	if chainID == 0 {
		return PayoutPreference{}, nil
	}
	return PayoutPreference{ChainID: chainID, Asset: hexAddr(asset)}, nil
}

// IsDefault reports whether p is the default preference.
func (p PayoutPreference) IsDefault() bool { return p == PayoutPreference{} }

// Routes reports whether paying an entitlement in asset on homeChain under p
// needs a route step: p names another chain or another asset.
func (p PayoutPreference) Routes(homeChain uint64, asset common.Address) bool {
	if p.IsDefault() {
		return false
	}
	return p.ChainID != homeChain || p.Asset != hexAddr(asset)
}

// ApplyPayoutPreferences records in each recipient statement the account's
// preference in force at the epoch's end (default preferences are left out)
// and reseals the statements. Applying the same preferences again changes
// nothing; an account with no statement this epoch is not added.
func (e *EpochStatements) ApplyPayoutPreferences(prefs map[common.Address]PayoutPreference) error {
	for i := range e.Recipients {
		r := &e.Recipients[i]
		if !common.IsHexAddress(r.Account) {
			return fmt.Errorf("recipient %d: account %q is not an address", i, r.Account)
		}
		r.Payout = nil
		if p, ok := prefs[common.HexToAddress(r.Account)]; ok && !p.IsDefault() {
			p := p
			r.Payout = &p
		}
	}
	return e.Seal()
}
