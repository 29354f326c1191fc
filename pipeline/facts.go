package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/ownership"
	"github.com/dataroyalty/royalty/store"
)

// Facts is what the deployment's four contracts said, up to a final block:
// the audit's and the replay's only view of the chain. It is read either
// from the store's indexed facts (FactsFromStore) or from logs fetched from a
// node (FactsFromChain); the two answer with the same rules, and ownership
// goes through the same pure fold as the pricer (ownership.At).
type Facts struct {
	// Source says where the facts came from, for reports: "database" or "chain".
	Source     string
	FinalBlock uint64
	FinalTime  uint64

	dep        deploy.Deployment
	all        []store.Fact // of the four contracts, in chain order
	valuations []*store.ValuationPublished
	policies   []*store.SplitPolicyPublished
	manifests  []*store.TaskManifestPublished
	meters     []*store.MeterSet
	deposits   []*store.Deposited
	credits    []*store.CreditPurchased
	funded     []*store.EpochFunded
	proposed   []*store.RootProposed
	revoked    []*store.RootRevoked
	activated  []*store.RootActivated
	claims     []*store.Claimed
	histories  map[versionKey]*ownership.History
}

type versionKey struct {
	dataset uint256.Int
	version uint64
}

// FactsFromStore reads the indexed facts of the deployment up to the store's
// final block (the checkpoint, if the indexer is behind the final block).
func FactsFromStore(ctx context.Context, st *store.Store, dep deploy.Deployment) (*Facts, error) {
	last, final, err := st.Checkpoint(ctx, dep.ChainID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("chain %d is not indexed: run royalty index first: %w", dep.ChainID, err)
	} else if err != nil {
		return nil, err
	}
	if final.Number > last.Number {
		final = last
	}
	all, err := st.Facts(ctx, dep.ChainID)
	if err != nil {
		return nil, err
	}
	return newFacts("database", dep, final.Number, final.Time, all), nil
}

func newFacts(source string, dep deploy.Deployment, finalBlock, finalTime uint64, all []store.Fact) *Facts {
	f := &Facts{Source: source, FinalBlock: finalBlock, FinalTime: finalTime, dep: dep, histories: map[versionKey]*ownership.History{}}
	ours := map[common.Address]bool{dep.OwnershipToken: true, dep.GovernanceConfig: true, dep.RevenueVault: true, dep.RoyaltyDistributor: true}
	for _, x := range all {
		m := x.Meta()
		if m.ChainID == dep.ChainID && ours[m.Address] && m.BlockNumber <= finalBlock {
			f.all = append(f.all, x)
		}
	}
	slices.SortStableFunc(f.all, func(a, b store.Fact) int {
		x, y := a.Meta(), b.Meta()
		for _, d := range [][2]uint64{{x.BlockNumber, y.BlockNumber}, {uint64(x.LogIndex), uint64(y.LogIndex)}, {uint64(x.BatchIndex), uint64(y.BatchIndex)}} {
			if d[0] != d[1] {
				if d[0] < d[1] {
					return -1
				}
				return 1
			}
		}
		return 0
	})
	for _, x := range f.all {
		at := x.Meta().Address
		switch x := x.(type) {
		case *store.ValuationPublished:
			if at == dep.GovernanceConfig {
				f.valuations = append(f.valuations, x)
			}
		case *store.SplitPolicyPublished:
			if at == dep.GovernanceConfig {
				f.policies = append(f.policies, x)
			}
		case *store.TaskManifestPublished:
			if at == dep.GovernanceConfig {
				f.manifests = append(f.manifests, x)
			}
		case *store.MeterSet:
			if at == dep.GovernanceConfig {
				f.meters = append(f.meters, x)
			}
		case *store.Deposited:
			if at == dep.RevenueVault {
				f.deposits = append(f.deposits, x)
			}
		case *store.CreditPurchased:
			if at == dep.RevenueVault {
				f.credits = append(f.credits, x)
			}
		case *store.EpochFunded:
			if at == dep.RevenueVault {
				f.funded = append(f.funded, x)
			}
		case *store.RootProposed:
			if at == dep.RoyaltyDistributor {
				f.proposed = append(f.proposed, x)
			}
		case *store.RootRevoked:
			if at == dep.RoyaltyDistributor {
				f.revoked = append(f.revoked, x)
			}
		case *store.RootActivated:
			if at == dep.RoyaltyDistributor {
				f.activated = append(f.activated, x)
			}
		case *store.Claimed:
			if at == dep.RoyaltyDistributor {
				f.claims = append(f.claims, x)
			}
		}
	}
	return f
}

// final is ErrNotFinal unless the final block is past time t.
func (f *Facts) final(t uint64) error {
	if f.FinalTime <= t {
		return fmt.Errorf("final block %d (%s) has time %d ≤ %d: %w", f.FinalBlock, f.Source, f.FinalTime, t, store.ErrNotFinal)
	}
	return nil
}

// Snapshot is the holdings of a dataset version at time t, by ownership.At.
func (f *Facts) Snapshot(datasetID *uint256.Int, version, t uint64) (engine.Snapshot, error) {
	if err := f.final(t); err != nil {
		return engine.Snapshot{}, err
	}
	k := versionKey{*datasetID, version}
	h := f.histories[k]
	if h == nil {
		hh := store.OwnershipHistory(f.dep.ChainID, f.dep.OwnershipToken, datasetID, version, f.all)
		h = &hh
		f.histories[k] = h
	}
	snap, err := ownership.At(h, t)
	if errors.Is(err, ownership.ErrNotSealed) {
		return engine.Snapshot{}, fmt.Errorf("%w: %w", err, store.ErrNotFound)
	}
	return snap, err
}

// Valuation is a published valuation version and the dataset it prices.
func (f *Facts) Valuation(version uint64) (engine.Valuation, *uint256.Int, error) {
	var found []*store.ValuationPublished
	for _, v := range f.valuations {
		if v.Version == version {
			found = append(found, v)
		}
	}
	switch len(found) {
	case 0:
		return engine.Valuation{}, nil, fmt.Errorf("valuation version %d is not published: %w", version, store.ErrNotFound)
	case 1:
	default:
		return engine.Valuation{}, nil, fmt.Errorf("valuation version %d published %d times", version, len(found))
	}
	val, err := found[0].Valuation()
	return val, &found[0].DatasetID, err
}

// PolicyAt is the policy in force for a dataset at time t: the last task
// manifest for it in a block with time ≤ t, under the split policy it names.
func (f *Facts) PolicyAt(datasetID *uint256.Int, t uint64) (engine.Policy, error) {
	if err := f.final(t); err != nil {
		return engine.Policy{}, err
	}
	var m *store.TaskManifestPublished
	for _, x := range f.manifests {
		if x.DatasetID.Eq(datasetID) && x.BlockTime <= t {
			m = x
		}
	}
	if m == nil {
		return engine.Policy{}, fmt.Errorf("no task manifest of dataset %s in force at %d: %w", datasetID.Dec(), t, store.ErrNotFound)
	}
	var p *store.SplitPolicyPublished
	for _, x := range f.policies {
		if x.Version == m.PolicyVersion && x.BlockNumber <= m.BlockNumber {
			p = x
		}
	}
	if p == nil {
		return engine.Policy{}, fmt.Errorf("task manifest %d names split policy %d, which is not published: %w", m.Version, m.PolicyVersion, store.ErrNotFound)
	}
	return m.Policy(p)
}

// MeterAt reports whether meter was authorised at time t.
func (f *Facts) MeterAt(meter common.Address, t uint64) (bool, error) {
	if err := f.final(t); err != nil {
		return false, err
	}
	ok := false
	for _, x := range f.meters {
		if x.Meter == meter && x.BlockTime <= t {
			ok = x.Authorised
		}
	}
	return ok, nil
}

// Deposits are the vault's deposits in blocks with time < before, in chain
// order, as the engine takes them (ids as store.Deposits writes them).
func (f *Facts) Deposits(before uint64) []engine.Deposit {
	var out []engine.Deposit
	for _, d := range f.deposits {
		if d.BlockTime < before {
			out = append(out, inflow(&d.FactMeta, d.Consumer, d.Asset, d.Amount))
		}
	}
	return out
}

// Credits are the vault's prepaid credit purchases in blocks with time <
// before, in chain order, as the engine's AddCredit takes them (ids as
// store.CreditPurchases writes them).
func (f *Facts) Credits(before uint64) []engine.Deposit {
	var out []engine.Deposit
	for _, c := range f.credits {
		if c.BlockTime < before {
			out = append(out, inflow(&c.FactMeta, c.Consumer, c.Asset, c.Amount))
		}
	}
	return out
}

func inflow(m *store.FactMeta, consumer, asset common.Address, amount uint256.Int) engine.Deposit {
	return engine.Deposit{ID: strconv.FormatUint(m.ChainID, 10) + "/" + m.BlockHash.Hex() + "/" + strconv.FormatUint(uint64(m.LogIndex), 10),
		Consumer: consumer, Asset: asset, Amount: amount, At: m.BlockTime}
}

// Funded are the vault's EpochFunded events of an epoch.
func (f *Facts) Funded(epoch uint64) []*store.EpochFunded {
	var out []*store.EpochFunded
	for _, x := range f.funded {
		if x.Epoch == epoch {
			out = append(out, x)
		}
	}
	return out
}

// Proposal is the epoch's last RootProposed that was not revoked after it,
// or nil.
func (f *Facts) Proposal(epoch uint64) *store.RootProposed {
	var out *store.RootProposed
	for _, p := range f.proposed {
		if p.Epoch == epoch {
			out = p
		}
	}
	for _, r := range f.revoked {
		if out != nil && r.Epoch == epoch && r.Root == out.Root && after(&r.FactMeta, &out.FactMeta) {
			out = nil
		}
	}
	return out
}

// Activation is the epoch's RootActivated, or nil.
func (f *Facts) Activation(epoch uint64) *store.RootActivated {
	for _, a := range f.activated {
		if a.Epoch == epoch {
			return a
		}
	}
	return nil
}

// Claims are the distributor's Claimed events, in chain order.
func (f *Facts) Claims() []*store.Claimed { return f.claims }

func after(a, b *store.FactMeta) bool {
	if a.BlockNumber != b.BlockNumber {
		return a.BlockNumber > b.BlockNumber
	}
	return a.LogIndex > b.LogIndex
}
