package govern

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/testtoken"
)

var (
	tokABI   = ownershiptoken.NewOwnershipToken()
	govABI   = governanceconfig.NewGovernanceConfig()
	vaultABI = revenuevault.NewRevenueVault()
	erc20ABI = testtoken.NewTestToken()
)

// Contribution roles, as OwnershipToken numbers them.
var Roles = map[string]uint8{"sample": 0, "label": 1, "validation": 2}

// Register registers a contribution: units of a new CF minted to holder.
func (s *Sender) Register(dataset *big.Int, asset [32]byte, role uint8, contributor common.Address, content [32]byte, holder common.Address, units *big.Int) Action {
	return Action{Name: "contribution register", To: s.Dep.OwnershipToken,
		Data: tokABI.PackRegisterContribution(dataset, asset, role, contributor, content, holder, units)}
}

// Amend supersedes a CF by a new one (new content, holder and units).
func (s *Sender) Amend(cf *big.Int, content, reason [32]byte, holder common.Address, units *big.Int) Action {
	return Action{Name: "contribution amend", To: s.Dep.OwnershipToken,
		Data: tokABI.PackAmendContribution(cf, content, reason, holder, units)}
}

// Deprecate marks a CF deprecated.
func (s *Sender) Deprecate(cf *big.Int, reason [32]byte) Action {
	return Action{Name: "contribution deprecate", To: s.Dep.OwnershipToken, Data: tokABI.PackDeprecateContribution(cf, reason)}
}

// VersionAdd lists CFs in a dataset's open version.
func (s *Sender) VersionAdd(dataset *big.Int, version uint64, cfs []*big.Int) Action {
	return Action{Name: "version add", To: s.Dep.OwnershipToken, Data: tokABI.PackAddToVersion(dataset, version, cfs)}
}

// VersionRemove takes CFs deprecated since they were added out of the open version.
func (s *Sender) VersionRemove(dataset *big.Int, version uint64, cfs []*big.Int) Action {
	return Action{Name: "version remove", To: s.Dep.OwnershipToken, Data: tokABI.PackRemoveFromVersion(dataset, version, cfs)}
}

// VersionSeal seals a dataset's open version with its manifest hash.
func (s *Sender) VersionSeal(dataset *big.Int, version uint64, manifest [32]byte) Action {
	return Action{Name: "version seal", To: s.Dep.OwnershipToken, Data: tokABI.PackSealVersion(dataset, version, manifest)}
}

// VersionPublish lists CFs and seals the version in one transaction.
func (s *Sender) VersionPublish(dataset *big.Int, version uint64, cfs []*big.Int, manifest [32]byte) Action {
	return Action{Name: "version publish", To: s.Dep.OwnershipToken, Data: tokABI.PackPublishVersion(dataset, version, cfs, manifest)}
}

// Valuation publishes a valuation: basePrice base units of asset per
// priceUnit units of usage, times the named factors (WAD).
func (s *Sender) Valuation(dataset *big.Int, asset common.Address, unit string, basePrice, priceUnit *big.Int, names [][32]byte, wads []*big.Int) Action {
	return Action{Name: "valuation publish", To: s.Dep.GovernanceConfig,
		Data: govABI.PackPublishValuation(dataset, asset, unit, basePrice, priceUnit, names, wads)}
}

// SplitPolicy is the policy published by Policy.
type SplitPolicy = governanceconfig.GovernanceConfigSplitPolicy

// Policy publishes a split policy.
func (s *Sender) Policy(p SplitPolicy) Action {
	return Action{Name: "policy publish", To: s.Dep.GovernanceConfig, Data: govABI.PackPublishSplitPolicy(p)}
}

// Manifest publishes a task manifest under a policy version.
func (s *Sender) Manifest(dataset *big.Int, policy uint64, protocolBps, developerBps, poolBps uint16, devs []common.Address, weights []*big.Int, hash [32]byte) Action {
	return Action{Name: "manifest publish", To: s.Dep.GovernanceConfig,
		Data: govABI.PackPublishTaskManifest(dataset, policy, protocolBps, developerBps, poolBps, devs, weights, hash)}
}

// Meter authorises (or de-authorises) a meter's signing key.
func (s *Sender) Meter(meter common.Address, authorised bool) Action {
	gc := govABI.Instance(s.Chain, s.Dep.GovernanceConfig)
	return Action{Name: "meter set", To: s.Dep.GovernanceConfig, Data: govABI.PackSetMeter(meter, authorised),
		InPlace: func(ctx context.Context) (bool, error) {
			is, err := bind.Call(gc, &bind.CallOpts{Context: ctx}, govABI.PackIsMeter(meter), govABI.UnpackIsMeter)
			return is == authorised, err
		}}
}

// Contract names the contracts roles are granted on.
var Contracts = []string{"governance", "ownership", "vault", "distributor"}

// contract returns the address of a contract named as in Contracts.
func (s *Sender) contract(name string) (common.Address, error) {
	switch name {
	case "governance":
		return s.Dep.GovernanceConfig, nil
	case "ownership":
		return s.Dep.OwnershipToken, nil
	case "vault":
		return s.Dep.RevenueVault, nil
	case "distributor":
		return s.Dep.RoyaltyDistributor, nil
	}
	return common.Address{}, fmt.Errorf("contract %q: want one of %s", name, strings.Join(Contracts, ", "))
}

// RoleID is the bytes32 of a role name ("GOVERNOR_ROLE"); DEFAULT_ADMIN_ROLE is zero.
func RoleID(name string) common.Hash {
	if name == "DEFAULT_ADMIN_ROLE" {
		return common.Hash{}
	}
	return crypto.Keccak256Hash([]byte(name))
}

// Role grants (or revokes) a role on one of the contracts. Every contract
// is an OpenZeppelin AccessControl, so one ABI packs them all.
func (s *Sender) Role(contract, role string, account common.Address, grant bool) (Action, error) {
	to, err := s.contract(contract)
	if err != nil {
		return Action{}, err
	}
	id := RoleID(role)
	data := govABI.PackRevokeRole(id, account)
	verb := "role revoke"
	if grant {
		data, verb = govABI.PackGrantRole(id, account), "role grant"
	}
	inst := govABI.Instance(s.Chain, to)
	return Action{Name: verb, To: to, Data: data, InPlace: func(ctx context.Context) (bool, error) {
		has, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, govABI.PackHasRole(id, account), govABI.UnpackHasRole)
		return has == grant, err
	}}, nil
}

// Approve lets the vault take amount of asset from the sender (a deposit's first half).
func (s *Sender) Approve(asset common.Address, amount *big.Int) Action {
	return Action{Name: "deposit approve", To: asset, Data: erc20ABI.PackApprove(s.Dep.RevenueVault, amount)}
}

// Deposit moves amount of asset from the sender into the vault, credited to consumer.
func (s *Sender) Deposit(consumer, asset common.Address, amount *big.Int) Action {
	return Action{Name: "deposit", To: s.Dep.RevenueVault, Data: vaultABI.PackDeposit(consumer, asset, amount)}
}

// Mint mints the development token (anyone may: development only).
func (s *Sender) Mint(token, to common.Address, amount *big.Int) Action {
	return Action{Name: "dev-token mint", To: token, Data: erc20ABI.PackMint(to, amount)}
}

// Allowance reads how much of asset the vault may take from owner.
func (s *Sender) Allowance(ctx context.Context, asset, owner common.Address) (*big.Int, error) {
	return bind.Call(erc20ABI.Instance(s.Chain, asset), &bind.CallOpts{Context: ctx}, erc20ABI.PackAllowance(owner, s.Dep.RevenueVault), erc20ABI.UnpackAllowance)
}

// structWord writes a struct's exported fields as "name=value" pairs.
func structWord(v any) string {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct {
		return fmt.Sprint(v)
	}
	var parts []string
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		name := f.Tag.Get("json")
		if name == "" {
			name = f.Name
		}
		parts = append(parts, name+"="+word(rv.Field(i).Interface()))
	}
	return strings.Join(parts, " ")
}

// Balance reads how much of asset who holds.
func (s *Sender) Balance(ctx context.Context, asset, who common.Address) (*big.Int, error) {
	return bind.Call(erc20ABI.Instance(s.Chain, asset), &bind.CallOpts{Context: ctx}, erc20ABI.PackBalanceOf(who), erc20ABI.UnpackBalanceOf)
}
