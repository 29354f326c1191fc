// Package example puts the worked example (docs/overview.md) on a chain through the real
// contracts: one dataset version of three contributions (a patient's sample,
// 30 units; Dr. Lin's label, 50; a validator's check, 20), a valuation of
// 0.002 USDC per request, a split policy of 5% reserve, 15% protocol, 10%
// task developers and 60% knowledge pool, and an authorised meter. The demo
// and the end-to-end tests use it.
package example

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/deploy"
)

// DatasetID and Version identify the example's dataset version.
const (
	DatasetID = 1
	Version   = 1
)

// Parties are the example's accounts.
type Parties struct {
	Patient, DrLin, Validator common.Address // the three contributors (and holders)
	Treasury                  common.Address // protocol treasury
	Developer                 common.Address // the schema/taxonomy/workflow author
	Meter                     common.Address // the access gateway's signing key
}

// Seed registers the contributions, publishes the version, the valuation
// (asset, "requests", 2000 base units per request), the split policy (with
// disputeWindow seconds of reserve hold) and the task manifest, and
// authorises the meter. c must hold the registrar, publisher and governor roles.
func Seed(ctx context.Context, c deploy.Chain, dep deploy.Deployment, asset common.Address, p Parties, disputeWindow uint64) error {
	tok, gov := ownershiptoken.NewOwnershipToken(), governanceconfig.NewGovernanceConfig()
	ot, gc := tok.Instance(c.Backend, dep.OwnershipToken), gov.Instance(c.Backend, dep.GovernanceConfig)
	dataset := big.NewInt(DatasetID)
	contribs := []struct {
		role   uint8
		who    common.Address
		units  int64
		remark string
	}{
		{0, p.Patient, 30, "sample"},
		{1, p.DrLin, 50, "label"},
		{2, p.Validator, 20, "validation"},
	}
	var cfIDs []*big.Int
	for i, k := range contribs {
		content := crypto.Keccak256Hash([]byte(fmt.Sprintf("example %s %d", k.remark, i)))
		asset := crypto.Keccak256Hash([]byte("example asset"))
		data := tok.PackRegisterContribution(dataset, asset, k.role, k.who, content, k.who, big.NewInt(k.units))
		if _, err := c.Transact(ctx, "register "+k.remark, ot, data); err != nil {
			return err
		}
		cfIDs = append(cfIDs, big.NewInt(int64(i+1)))
	}
	steps := []struct {
		what string
		to   *bind.BoundContract
		data []byte
	}{
		{"publish version", ot, tok.PackPublishVersion(dataset, Version, cfIDs, crypto.Keccak256Hash([]byte("example manifest v1")))},
		{"publish valuation", gc, gov.PackPublishValuation(dataset, asset, "requests", big.NewInt(2000), big.NewInt(1), [][32]byte{}, []*big.Int{})},
		{"publish split policy", gc, gov.PackPublishSplitPolicy(governanceconfig.GovernanceConfigSplitPolicy{
			ReserveBps: 500, ProtocolBps: 1500, DeveloperBps: 1000, PoolBps: 6000,
			ProtocolMinBps: 1000, ProtocolMaxBps: 3000, DeveloperMinBps: 500, DeveloperMaxBps: 1500,
			PoolMinBps: 4000, PoolMaxBps: 8000, DisputeWindow: disputeWindow, Treasury: p.Treasury})},
		{"publish task manifest", gc, gov.PackPublishTaskManifest(dataset, 1, 1500, 1000, 6000,
			[]common.Address{p.Developer}, []*big.Int{big.NewInt(1)}, crypto.Keccak256Hash([]byte("example task")))},
		{"authorise meter", gc, gov.PackSetMeter(p.Meter, true)},
	}
	for _, s := range steps {
		if _, err := c.Transact(ctx, s.what, s.to, s.data); err != nil {
			return err
		}
	}
	return nil
}
