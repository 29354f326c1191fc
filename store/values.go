package store

import (
	"fmt"

	"github.com/dataroyalty/royalty/engine"
)

// Valuation is the engine's view of a published valuation version.
func (v *ValuationPublished) Valuation() (engine.Valuation, error) {
	if len(v.FactorNames) != len(v.FactorWads) {
		return engine.Valuation{}, fmt.Errorf("valuation %d: %d factor names but %d factor WADs", v.Version, len(v.FactorNames), len(v.FactorWads))
	}
	val := engine.Valuation{Version: v.Version, Asset: v.Asset, Unit: v.Unit, BasePrice: v.BasePrice, PriceUnit: v.PriceUnit}
	for i := range v.FactorNames {
		val.Factors = append(val.Factors, engine.Factor{Name: Bytes32String(v.FactorNames[i]), WAD: v.FactorWads[i]})
	}
	return val, nil
}

// Policy is the engine's policy of a task manifest under the split policy it
// names: the manifest's shares and developers, the split policy's reserve
// rate, treasury and dispute window. Its version is the manifest's.
func (m *TaskManifestPublished) Policy(p *SplitPolicyPublished) (engine.Policy, error) {
	if len(m.Developers) != len(m.Weights) {
		return engine.Policy{}, fmt.Errorf("task manifest %d has %d developers but %d weights", m.Version, len(m.Developers), len(m.Weights))
	}
	pol := engine.Policy{Version: m.Version, ReserveBps: p.ReserveBps, ProtocolBps: m.ProtocolBps,
		DeveloperBps: m.DeveloperBps, PoolBps: m.PoolBps, Treasury: p.Treasury, DisputeWindow: p.DisputeWindow}
	for i := range m.Developers {
		pol.Developers = append(pol.Developers, engine.Developer{Account: m.Developers[i], Weight: m.Weights[i]})
	}
	return pol, nil
}
