package indexer

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// ErrDecode means a log of one of our contracts with a known signature did
// not decode: the contract and docs/contracts.md disagree. Indexing stops.
var ErrDecode = errors.New("indexer: cannot decode log")

var (
	tokenABI = ownershiptoken.NewOwnershipToken()
	govABI   = governanceconfig.NewGovernanceConfig()
	vaultABI = revenuevault.NewRevenueVault()
	distABI  = royaltydistributor.NewRoyaltyDistributor()
)

type decodeFunc func(l *types.Log, m store.FactMeta) ([]store.Fact, error)

// Decoder turns logs of the four contracts into store facts.
type Decoder struct {
	chainID uint64
	byAddr  map[common.Address]map[common.Hash]decodeFunc
}

// eventTopics lists the topic0 of every event we store, for splitting a
// refused single-block query by topic.
func eventTopics() []common.Hash {
	seen := map[common.Hash]bool{}
	var out []common.Hash
	for _, m := range decoders() {
		for t := range m {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// decoders maps contract kind → topic0 → decoder.
func decoders() map[string]map[common.Hash]decodeFunc {
	tok, gov, vault, dist := tokenABI.GetABI(), govABI.GetABI(), vaultABI.GetABI(), distABI.GetABI()
	return map[string]map[common.Hash]decodeFunc{
		"token": {
			tok.Events["TransferSingle"].ID:         decTransferSingle,
			tok.Events["TransferBatch"].ID:          decTransferBatch,
			tok.Events["ContributionRegistered"].ID: decRegistered,
			tok.Events["ContributionAmended"].ID:    decAmended,
			tok.Events["ContributionDeprecated"].ID: decDeprecated,
			tok.Events["VersionCFsAdded"].ID:        decCFsAdded,
			tok.Events["VersionCFsRemoved"].ID:      decCFsRemoved,
			tok.Events["VersionSealed"].ID:          decSealed,
		},
		"gov": {
			gov.Events["ValuationPublished"].ID:    decValuation,
			gov.Events["SplitPolicyPublished"].ID:  decSplitPolicy,
			gov.Events["TaskManifestPublished"].ID: decManifest,
			gov.Events["MeterSet"].ID:              decMeter,
			gov.Events["DisputeOpened"].ID:         decDisputeOpened,
			gov.Events["DisputeResolved"].ID:       decDisputeResolved,
		},
		"vault": {
			vault.Events["AssetAllowed"].ID:    decVaultAsset,
			vault.Events["Deposited"].ID:       decDeposited,
			vault.Events["CreditPurchased"].ID: decCreditPurchased,
			vault.Events["EpochFunded"].ID:     decFunded,
		},
		"dist": {
			dist.Events["AssetAllowed"].ID:     decDistAsset,
			dist.Events["DisputeWindowSet"].ID: decWindow,
			dist.Events["RootProposed"].ID:     decProposed,
			dist.Events["RootRevoked"].ID:      decRevoked,
			dist.Events["RootActivated"].ID:    decActivated,
			dist.Events["Claimed"].ID:          decClaimed,
		},
	}
}

// NewDecoder makes a decoder for the contracts of one chain.
func NewDecoder(chainID uint64, c Contracts) (*Decoder, error) {
	d := decoders()
	byAddr := map[common.Address]map[common.Hash]decodeFunc{
		c.OwnershipToken: d["token"], c.GovernanceConfig: d["gov"], c.RevenueVault: d["vault"], c.RoyaltyDistributor: d["dist"],
	}
	if len(byAddr) != 4 {
		return nil, errors.New("indexer: the four contract addresses must differ")
	}
	return &Decoder{chainID: chainID, byAddr: byAddr}, nil
}

// Decode turns one log into facts (none for events we do not store, such
// as role changes and approvals; several for a TransferBatch).
func (d *Decoder) Decode(l *types.Log, blockTime uint64) ([]store.Fact, error) {
	m, ok := d.byAddr[l.Address]
	if !ok {
		return nil, fmt.Errorf("log %d of block %d from %s: not one of our contracts: %w", l.Index, l.BlockNumber, l.Address, ErrDecode)
	}
	if len(l.Topics) == 0 {
		return nil, nil // anonymous events: none of ours
	}
	f, ok := m[l.Topics[0]]
	if !ok {
		return nil, nil
	}
	meta := store.FactMeta{ChainID: d.chainID, BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, BlockTime: blockTime,
		TxHash: l.TxHash, LogIndex: l.Index, Address: l.Address}
	facts, err := f(l, meta)
	if err != nil {
		return nil, fmt.Errorf("decode log %d of block %d (tx %s) from %s: %w: %w", l.Index, l.BlockNumber, l.TxHash, l.Address, ErrDecode, err)
	}
	return facts, nil
}

func u256(b *big.Int, field string) (uint256.Int, error) {
	var u uint256.Int
	if b == nil || b.Sign() < 0 || u.SetFromBig(b) {
		return u, fmt.Errorf("%s %v does not fit uint256", field, b)
	}
	return u, nil
}

func u256s(bs []*big.Int, field string) ([]uint256.Int, error) {
	out := make([]uint256.Int, len(bs))
	for i, b := range bs {
		v, err := u256(b, fmt.Sprintf("%s[%d]", field, i))
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func one(f store.Fact) ([]store.Fact, error) { return []store.Fact{f}, nil }

func decTransferSingle(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := tokenABI.UnpackTransferSingleEvent(l)
	if err != nil {
		return nil, err
	}
	id, err := u256(e.Id, "id")
	if err != nil {
		return nil, err
	}
	v, err := u256(e.Value, "value")
	if err != nil {
		return nil, err
	}
	return one(&store.Transfer{FactMeta: m, Operator: e.Operator, From: e.From, To: e.To, ID: id, Value: v})
}

func decTransferBatch(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := tokenABI.UnpackTransferBatchEvent(l)
	if err != nil {
		return nil, err
	}
	if len(e.Ids) != len(e.Values) {
		return nil, fmt.Errorf("TransferBatch with %d ids and %d values", len(e.Ids), len(e.Values))
	}
	out := make([]store.Fact, len(e.Ids))
	for i := range e.Ids {
		id, err := u256(e.Ids[i], fmt.Sprintf("ids[%d]", i))
		if err != nil {
			return nil, err
		}
		v, err := u256(e.Values[i], fmt.Sprintf("values[%d]", i))
		if err != nil {
			return nil, err
		}
		mm := m
		mm.BatchIndex = uint(i)
		out[i] = &store.Transfer{FactMeta: mm, Operator: e.Operator, From: e.From, To: e.To, ID: id, Value: v}
	}
	return out, nil
}

func decRegistered(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := tokenABI.UnpackContributionRegisteredEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.ContributionRegistered{FactMeta: m, AssetID: e.AssetId, Role: e.Role, Contributor: e.Contributor,
		ContentHash: e.ContentHash, Holder: e.Holder}
	if f.CfID, err = u256(e.CfId, "cfId"); err != nil {
		return nil, err
	}
	if f.DatasetID, err = u256(e.DatasetId, "datasetId"); err != nil {
		return nil, err
	}
	if f.Units, err = u256(e.Units, "units"); err != nil {
		return nil, err
	}
	return one(f)
}

func decAmended(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := tokenABI.UnpackContributionAmendedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.ContributionAmended{FactMeta: m, ReasonHash: e.ReasonHash}
	if f.OldCfID, err = u256(e.OldCfId, "oldCfId"); err != nil {
		return nil, err
	}
	if f.NewCfID, err = u256(e.NewCfId, "newCfId"); err != nil {
		return nil, err
	}
	return one(f)
}

func decDeprecated(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := tokenABI.UnpackContributionDeprecatedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.ContributionDeprecated{FactMeta: m, ReasonHash: e.ReasonHash}
	if f.CfID, err = u256(e.CfId, "cfId"); err != nil {
		return nil, err
	}
	return one(f)
}

func decCFsRemoved(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := tokenABI.UnpackVersionCFsRemovedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.VersionCFsRemoved{FactMeta: m, Version: e.Version}
	if f.DatasetID, err = u256(e.DatasetId, "datasetId"); err != nil {
		return nil, err
	}
	if f.CfIDs, err = u256s(e.CfIds, "cfIds"); err != nil {
		return nil, err
	}
	return one(f)
}

func decCFsAdded(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := tokenABI.UnpackVersionCFsAddedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.VersionCFsAdded{FactMeta: m, Version: e.Version}
	if f.DatasetID, err = u256(e.DatasetId, "datasetId"); err != nil {
		return nil, err
	}
	if f.CfIDs, err = u256s(e.CfIds, "cfIds"); err != nil {
		return nil, err
	}
	return one(f)
}

func decSealed(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := tokenABI.UnpackVersionSealedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.VersionSealed{FactMeta: m, Version: e.Version, ManifestHash: e.ManifestHash}
	if f.DatasetID, err = u256(e.DatasetId, "datasetId"); err != nil {
		return nil, err
	}
	if f.CfCount, err = u256(e.CfCount, "cfCount"); err != nil {
		return nil, err
	}
	return one(f)
}

func decValuation(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := govABI.UnpackValuationPublishedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.ValuationPublished{FactMeta: m, Version: e.Version, Asset: e.Asset, Unit: e.Unit}
	if f.DatasetID, err = u256(e.DatasetId, "datasetId"); err != nil {
		return nil, err
	}
	if f.BasePrice, err = u256(e.BasePrice, "basePrice"); err != nil {
		return nil, err
	}
	if f.PriceUnit, err = u256(e.PriceUnit, "priceUnit"); err != nil {
		return nil, err
	}
	for _, n := range e.FactorNames {
		f.FactorNames = append(f.FactorNames, common.Hash(n))
	}
	if f.FactorWads, err = u256s(e.FactorWads, "factorWads"); err != nil {
		return nil, err
	}
	return one(f)
}

func decSplitPolicy(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := govABI.UnpackSplitPolicyPublishedEvent(l)
	if err != nil {
		return nil, err
	}
	p := e.Policy
	return one(&store.SplitPolicyPublished{FactMeta: m, Version: e.Version, ReserveBps: p.ReserveBps,
		ProtocolBps: p.ProtocolBps, DeveloperBps: p.DeveloperBps, PoolBps: p.PoolBps,
		ProtocolMinBps: p.ProtocolMinBps, ProtocolMaxBps: p.ProtocolMaxBps,
		DeveloperMinBps: p.DeveloperMinBps, DeveloperMaxBps: p.DeveloperMaxBps,
		PoolMinBps: p.PoolMinBps, PoolMaxBps: p.PoolMaxBps, DisputeWindow: p.DisputeWindow, Treasury: p.Treasury})
}

func decManifest(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := govABI.UnpackTaskManifestPublishedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.TaskManifestPublished{FactMeta: m, Version: e.Version, PolicyVersion: e.PolicyVersion,
		ProtocolBps: e.ProtocolBps, DeveloperBps: e.DeveloperBps, PoolBps: e.PoolBps,
		Developers: e.Developers, ManifestHash: e.ManifestHash}
	if f.DatasetID, err = u256(e.DatasetId, "datasetId"); err != nil {
		return nil, err
	}
	if f.Weights, err = u256s(e.Weights, "weights"); err != nil {
		return nil, err
	}
	return one(f)
}

func decMeter(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := govABI.UnpackMeterSetEvent(l)
	if err != nil {
		return nil, err
	}
	return one(&store.MeterSet{FactMeta: m, Meter: e.Meter, Authorised: e.Authorised})
}

func decDisputeOpened(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := govABI.UnpackDisputeOpenedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.DisputeOpened{FactMeta: m, ID: e.Id, Target: e.Target, Opener: e.Opener, EventID: e.EventId,
		EventTime: e.EventTime, PolicyVersion: e.PolicyVersion, Governance: e.Governance, ReasonHash: e.ReasonHash}
	if f.Subject, err = u256(e.Subject, "subject"); err != nil {
		return nil, err
	}
	return one(f)
}

func decDisputeResolved(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := govABI.UnpackDisputeResolvedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.DisputeResolved{FactMeta: m, ID: e.Id, Outcome: e.Outcome, Arbiter: e.Arbiter,
		ValuationVersion: e.ValuationVersion, ReasonHash: e.ReasonHash}
	if f.CfID, err = u256(e.CfId, "cfId"); err != nil {
		return nil, err
	}
	if f.NewCfID, err = u256(e.NewCfId, "newCfId"); err != nil {
		return nil, err
	}
	return one(f)
}

func decVaultAsset(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := vaultABI.UnpackAssetAllowedEvent(l)
	if err != nil {
		return nil, err
	}
	return one(&store.AssetAllowed{FactMeta: m, Asset: e.Asset, Allowed: e.Allowed})
}

func decDistAsset(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := distABI.UnpackAssetAllowedEvent(l)
	if err != nil {
		return nil, err
	}
	return one(&store.AssetAllowed{FactMeta: m, Asset: e.Asset, Allowed: e.Allowed})
}

func decDeposited(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := vaultABI.UnpackDepositedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.Deposited{FactMeta: m, Consumer: e.Consumer, Asset: e.Asset, From: e.From}
	if f.Amount, err = u256(e.Amount, "amount"); err != nil {
		return nil, err
	}
	return one(f)
}

func decCreditPurchased(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := vaultABI.UnpackCreditPurchasedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.CreditPurchased{FactMeta: m, Consumer: e.Consumer, Asset: e.Asset, From: e.From}
	if f.Amount, err = u256(e.Amount, "amount"); err != nil {
		return nil, err
	}
	return one(f)
}

func decFunded(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := vaultABI.UnpackEpochFundedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.EpochFunded{FactMeta: m, Epoch: e.Epoch, Consumer: e.Consumer, Asset: e.Asset}
	if f.Amount, err = u256(e.Amount, "amount"); err != nil {
		return nil, err
	}
	return one(f)
}

func decWindow(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := distABI.UnpackDisputeWindowSetEvent(l)
	if err != nil {
		return nil, err
	}
	return one(&store.DisputeWindowSet{FactMeta: m, Seconds: e.Seconds})
}

func decProposed(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := distABI.UnpackRootProposedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.RootProposed{FactMeta: m, Epoch: e.Epoch, Root: e.Root, ReceiptRoot: e.ReceiptRoot,
		ActivatesAt: e.ActivatesAt, Assets: e.Assets}
	if f.Totals, err = u256s(e.Totals, "totals"); err != nil {
		return nil, err
	}
	return one(f)
}

func decRevoked(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := distABI.UnpackRootRevokedEvent(l)
	if err != nil {
		return nil, err
	}
	return one(&store.RootRevoked{FactMeta: m, Epoch: e.Epoch, Root: e.Root})
}

func decActivated(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := distABI.UnpackRootActivatedEvent(l)
	if err != nil {
		return nil, err
	}
	return one(&store.RootActivated{FactMeta: m, Epoch: e.Epoch, Root: e.Root})
}

func decClaimed(l *types.Log, m store.FactMeta) ([]store.Fact, error) {
	e, err := distABI.UnpackClaimedEvent(l)
	if err != nil {
		return nil, err
	}
	f := &store.Claimed{FactMeta: m, Account: e.Account, Asset: e.Asset, Epoch: e.Epoch}
	if f.Amount, err = u256(e.Amount, "amount"); err != nil {
		return nil, err
	}
	if f.Cumulative, err = u256(e.Cumulative, "cumulative"); err != nil {
		return nil, err
	}
	return one(f)
}
