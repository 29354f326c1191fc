package store

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Block is a kept block header.
type Block struct {
	ChainID    uint64
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64 // unix seconds
}

// FactMeta locates a fact on chain. (ChainID, BlockHash, LogIndex,
// BatchIndex) is its identity: inserting the same identity again is a no-op
// when the content is equal and ErrConflict when it differs.
type FactMeta struct {
	ChainID     uint64
	BlockNumber uint64
	BlockHash   common.Hash
	BlockTime   uint64
	TxHash      common.Hash
	LogIndex    uint
	BatchIndex  uint           // position inside a TransferBatch, else 0
	Address     common.Address // the emitting contract
}

// Meta returns m itself, so every struct embedding FactMeta has it.
func (m *FactMeta) Meta() *FactMeta { return m }

// Fact is one decoded contract event. Only the types of this file are
// accepted by ApplyBatch.
type Fact interface{ Meta() *FactMeta }

// fact is what the store needs of a Fact: its table and pointers to its
// fields in the table's column order.
type fact interface {
	Fact
	table() *table
	fields() []any
}

// Transfer is one ERC-1155 TransferSingle, or one id of a TransferBatch
// (BatchIndex = the id's position in the batch).
type Transfer struct {
	FactMeta
	Operator, From, To common.Address
	ID, Value          uint256.Int
}

// ContributionRegistered is OwnershipToken.ContributionRegistered.
type ContributionRegistered struct {
	FactMeta
	CfID, DatasetID uint256.Int
	AssetID         common.Hash
	Role            uint8
	Contributor     common.Address
	ContentHash     common.Hash
	Holder          common.Address
	Units           uint256.Int
}

// ContributionAmended is OwnershipToken.ContributionAmended.
type ContributionAmended struct {
	FactMeta
	OldCfID, NewCfID uint256.Int
	ReasonHash       common.Hash
}

// ContributionDeprecated is OwnershipToken.ContributionDeprecated.
type ContributionDeprecated struct {
	FactMeta
	CfID       uint256.Int
	ReasonHash common.Hash
}

// VersionCFsAdded is OwnershipToken.VersionCFsAdded.
type VersionCFsAdded struct {
	FactMeta
	DatasetID uint256.Int
	Version   uint64
	CfIDs     []uint256.Int
}

// VersionCFsRemoved is OwnershipToken.VersionCFsRemoved: CFs deprecated after
// they were added to the still open version, taken out before its seal.
type VersionCFsRemoved struct {
	FactMeta
	DatasetID uint256.Int
	Version   uint64
	CfIDs     []uint256.Int
}

// VersionSealed is OwnershipToken.VersionSealed.
type VersionSealed struct {
	FactMeta
	DatasetID    uint256.Int
	Version      uint64
	ManifestHash common.Hash
	CfCount      uint256.Int
}

// ValuationPublished is GovernanceConfig.ValuationPublished.
type ValuationPublished struct {
	FactMeta
	Version     uint64
	DatasetID   uint256.Int
	Asset       common.Address
	Unit        string
	BasePrice   uint256.Int
	PriceUnit   uint256.Int
	FactorNames []common.Hash // bytes32, UTF-8 right-padded with zeros
	FactorWads  []uint256.Int
}

// SplitPolicyPublished is GovernanceConfig.SplitPolicyPublished.
type SplitPolicyPublished struct {
	FactMeta
	Version                          uint64
	ReserveBps                       uint16
	ProtocolBps                      uint16
	DeveloperBps                     uint16
	PoolBps                          uint16
	ProtocolMinBps, ProtocolMaxBps   uint16
	DeveloperMinBps, DeveloperMaxBps uint16
	PoolMinBps, PoolMaxBps           uint16
	DisputeWindow                    uint64
	Treasury                         common.Address
}

// TaskManifestPublished is GovernanceConfig.TaskManifestPublished.
type TaskManifestPublished struct {
	FactMeta
	Version       uint64
	DatasetID     uint256.Int
	PolicyVersion uint64
	ProtocolBps   uint16
	DeveloperBps  uint16
	PoolBps       uint16
	Developers    []common.Address
	Weights       []uint256.Int
	ManifestHash  common.Hash
}

// DisputeOpened is GovernanceConfig.DisputeOpened: Subject is the CF id
// (target 1) or valuation version (target 2); EventID, EventTime and
// PolicyVersion name the usage event (target 0).
type DisputeOpened struct {
	FactMeta
	ID            uint64
	Target        uint8
	Opener        common.Address
	Subject       uint256.Int
	EventID       string
	EventTime     uint64
	PolicyVersion uint64
	Governance    bool
	ReasonHash    common.Hash
}

// DisputeResolved is GovernanceConfig.DisputeResolved: Outcome 1 dismissed,
// 2 CF deprecated, 3 CF amended (by NewCfID), 4 valuation corrected, 5 event
// voided.
type DisputeResolved struct {
	FactMeta
	ID               uint64
	Outcome          uint8
	Arbiter          common.Address
	CfID, NewCfID    uint256.Int
	ValuationVersion uint64
	ReasonHash       common.Hash
}

// MeterSet is GovernanceConfig.MeterSet.
type MeterSet struct {
	FactMeta
	Meter      common.Address
	Authorised bool
}

// AssetAllowed is RevenueVault.AssetAllowed or RoyaltyDistributor.AssetAllowed
// (FactMeta.Address tells which).
type AssetAllowed struct {
	FactMeta
	Asset   common.Address
	Allowed bool
}

// Deposited is RevenueVault.Deposited.
type Deposited struct {
	FactMeta
	Consumer, Asset, From common.Address
	Amount                uint256.Int
}

// CreditPurchased is RevenueVault.CreditPurchased: prepaid credit bought for
// a consumer (the ledger's AddCredit, as Deposited is its Deposit).
type CreditPurchased struct {
	FactMeta
	Consumer, Asset, From common.Address
	Amount                uint256.Int
}

// EpochFunded is RevenueVault.EpochFunded.
type EpochFunded struct {
	FactMeta
	Epoch           uint64
	Consumer, Asset common.Address
	Amount          uint256.Int
}

// DisputeWindowSet is RoyaltyDistributor.DisputeWindowSet.
type DisputeWindowSet struct {
	FactMeta
	Seconds uint64
}

// RootProposed is RoyaltyDistributor.RootProposed.
type RootProposed struct {
	FactMeta
	Epoch       uint64
	Root        common.Hash
	ReceiptRoot common.Hash
	ActivatesAt uint64
	Assets      []common.Address
	Totals      []uint256.Int
}

// RootRevoked is RoyaltyDistributor.RootRevoked.
type RootRevoked struct {
	FactMeta
	Epoch uint64
	Root  common.Hash
}

// RootActivated is RoyaltyDistributor.RootActivated.
type RootActivated struct {
	FactMeta
	Epoch uint64
	Root  common.Hash
}

// Claimed is RoyaltyDistributor.Claimed.
type Claimed struct {
	FactMeta
	Account, Asset     common.Address
	Epoch              uint64
	Amount, Cumulative uint256.Int
}

// table describes one chain-fact table. cols name the columns after the
// meta columns, in the order fields() returns them.
type table struct {
	name string
	cols []string
	new  func() fact
}

// The chain-fact tables, in ContentHash order. Appending a table here needs a
// migration creating it; never reorder (the content hash would change).
var (
	tTransfers = &table{"transfers", []string{"operator", "from_addr", "to_addr", "token_id", "value"},
		func() fact { return new(Transfer) }}
	tContribRegistered = &table{"contributions_registered", []string{"cf_id", "dataset_id", "asset_id", "role", "contributor", "content_hash", "holder", "units"},
		func() fact { return new(ContributionRegistered) }}
	tContribAmended = &table{"contributions_amended", []string{"old_cf_id", "new_cf_id", "reason_hash"},
		func() fact { return new(ContributionAmended) }}
	tContribDeprecated = &table{"contributions_deprecated", []string{"cf_id", "reason_hash"},
		func() fact { return new(ContributionDeprecated) }}
	tVersionCFsAdded = &table{"version_cfs_added", []string{"dataset_id", "version", "cf_ids"},
		func() fact { return new(VersionCFsAdded) }}
	tVersionSealed = &table{"versions_sealed", []string{"dataset_id", "version", "manifest_hash", "cf_count"},
		func() fact { return new(VersionSealed) }}
	tValuations = &table{"valuations_published", []string{"version", "dataset_id", "asset", "unit", "base_price", "price_unit", "factor_names", "factor_wads"},
		func() fact { return new(ValuationPublished) }}
	tSplitPolicies = &table{"split_policies_published", []string{"version", "reserve_bps", "protocol_bps", "developer_bps", "pool_bps",
		"protocol_min_bps", "protocol_max_bps", "developer_min_bps", "developer_max_bps", "pool_min_bps", "pool_max_bps", "dispute_window", "treasury"},
		func() fact { return new(SplitPolicyPublished) }}
	tTaskManifests = &table{"task_manifests_published", []string{"version", "dataset_id", "policy_version", "protocol_bps", "developer_bps", "pool_bps", "developers", "weights", "manifest_hash"},
		func() fact { return new(TaskManifestPublished) }}
	tMeters = &table{"meters_set", []string{"meter", "authorised"},
		func() fact { return new(MeterSet) }}
	tAssetsAllowed = &table{"assets_allowed", []string{"asset", "allowed"},
		func() fact { return new(AssetAllowed) }}
	tDeposits = &table{"deposits", []string{"consumer", "asset", "from_addr", "amount"},
		func() fact { return new(Deposited) }}
	tEpochsFunded = &table{"epochs_funded", []string{"epoch", "consumer", "asset", "amount"},
		func() fact { return new(EpochFunded) }}
	tDisputeWindows = &table{"dispute_windows_set", []string{"seconds"},
		func() fact { return new(DisputeWindowSet) }}
	tRootsProposed = &table{"roots_proposed", []string{"epoch", "root", "receipt_root", "activates_at", "assets", "totals"},
		func() fact { return new(RootProposed) }}
	tRootsRevoked = &table{"roots_revoked", []string{"epoch", "root"},
		func() fact { return new(RootRevoked) }}
	tRootsActivated = &table{"roots_activated", []string{"epoch", "root"},
		func() fact { return new(RootActivated) }}
	tClaims = &table{"claims", []string{"account", "asset", "epoch", "amount", "cumulative"},
		func() fact { return new(Claimed) }}
	tVersionCFsRemoved = &table{"version_cfs_removed", []string{"dataset_id", "version", "cf_ids"},
		func() fact { return new(VersionCFsRemoved) }}
	tCreditPurchases = &table{"credit_purchases", []string{"consumer", "asset", "from_addr", "amount"},
		func() fact { return new(CreditPurchased) }}
	tDisputesOpened = &table{"disputes_opened", []string{"dispute_id", "target", "opener", "subject", "event_id", "event_time", "policy_version", "governance", "reason_hash"},
		func() fact { return new(DisputeOpened) }}
	tDisputesResolved = &table{"disputes_resolved", []string{"dispute_id", "outcome", "arbiter", "cf_id", "new_cf_id", "valuation_version", "reason_hash"},
		func() fact { return new(DisputeResolved) }}

	factTables = []*table{tTransfers, tContribRegistered, tContribAmended, tContribDeprecated,
		tVersionCFsAdded, tVersionSealed, tValuations, tSplitPolicies, tTaskManifests, tMeters,
		tAssetsAllowed, tDeposits, tEpochsFunded, tDisputeWindows, tRootsProposed, tRootsRevoked,
		tRootsActivated, tClaims, tVersionCFsRemoved, tCreditPurchases, tDisputesOpened, tDisputesResolved}
)

func (f *Transfer) table() *table { return tTransfers }
func (f *Transfer) fields() []any { return []any{&f.Operator, &f.From, &f.To, &f.ID, &f.Value} }

func (f *ContributionRegistered) table() *table { return tContribRegistered }
func (f *ContributionRegistered) fields() []any {
	return []any{&f.CfID, &f.DatasetID, &f.AssetID, &f.Role, &f.Contributor, &f.ContentHash, &f.Holder, &f.Units}
}

func (f *ContributionAmended) table() *table { return tContribAmended }
func (f *ContributionAmended) fields() []any { return []any{&f.OldCfID, &f.NewCfID, &f.ReasonHash} }

func (f *ContributionDeprecated) table() *table { return tContribDeprecated }
func (f *ContributionDeprecated) fields() []any { return []any{&f.CfID, &f.ReasonHash} }

func (f *VersionCFsAdded) table() *table { return tVersionCFsAdded }
func (f *VersionCFsAdded) fields() []any { return []any{&f.DatasetID, &f.Version, &f.CfIDs} }

func (f *VersionCFsRemoved) table() *table { return tVersionCFsRemoved }
func (f *VersionCFsRemoved) fields() []any { return []any{&f.DatasetID, &f.Version, &f.CfIDs} }

func (f *VersionSealed) table() *table { return tVersionSealed }
func (f *VersionSealed) fields() []any {
	return []any{&f.DatasetID, &f.Version, &f.ManifestHash, &f.CfCount}
}

func (f *ValuationPublished) table() *table { return tValuations }
func (f *ValuationPublished) fields() []any {
	return []any{&f.Version, &f.DatasetID, &f.Asset, &f.Unit, &f.BasePrice, &f.PriceUnit, &f.FactorNames, &f.FactorWads}
}

func (f *SplitPolicyPublished) table() *table { return tSplitPolicies }
func (f *SplitPolicyPublished) fields() []any {
	return []any{&f.Version, &f.ReserveBps, &f.ProtocolBps, &f.DeveloperBps, &f.PoolBps,
		&f.ProtocolMinBps, &f.ProtocolMaxBps, &f.DeveloperMinBps, &f.DeveloperMaxBps, &f.PoolMinBps, &f.PoolMaxBps,
		&f.DisputeWindow, &f.Treasury}
}

func (f *TaskManifestPublished) table() *table { return tTaskManifests }
func (f *TaskManifestPublished) fields() []any {
	return []any{&f.Version, &f.DatasetID, &f.PolicyVersion, &f.ProtocolBps, &f.DeveloperBps, &f.PoolBps,
		&f.Developers, &f.Weights, &f.ManifestHash}
}

func (f *DisputeOpened) table() *table { return tDisputesOpened }
func (f *DisputeOpened) fields() []any {
	return []any{&f.ID, &f.Target, &f.Opener, &f.Subject, &f.EventID, &f.EventTime, &f.PolicyVersion, &f.Governance, &f.ReasonHash}
}

func (f *DisputeResolved) table() *table { return tDisputesResolved }
func (f *DisputeResolved) fields() []any {
	return []any{&f.ID, &f.Outcome, &f.Arbiter, &f.CfID, &f.NewCfID, &f.ValuationVersion, &f.ReasonHash}
}

func (f *MeterSet) table() *table { return tMeters }
func (f *MeterSet) fields() []any { return []any{&f.Meter, &f.Authorised} }

func (f *AssetAllowed) table() *table { return tAssetsAllowed }
func (f *AssetAllowed) fields() []any { return []any{&f.Asset, &f.Allowed} }

func (f *Deposited) table() *table { return tDeposits }
func (f *Deposited) fields() []any { return []any{&f.Consumer, &f.Asset, &f.From, &f.Amount} }

func (f *CreditPurchased) table() *table { return tCreditPurchases }
func (f *CreditPurchased) fields() []any { return []any{&f.Consumer, &f.Asset, &f.From, &f.Amount} }

func (f *EpochFunded) table() *table { return tEpochsFunded }
func (f *EpochFunded) fields() []any { return []any{&f.Epoch, &f.Consumer, &f.Asset, &f.Amount} }

func (f *DisputeWindowSet) table() *table { return tDisputeWindows }
func (f *DisputeWindowSet) fields() []any { return []any{&f.Seconds} }

func (f *RootProposed) table() *table { return tRootsProposed }
func (f *RootProposed) fields() []any {
	return []any{&f.Epoch, &f.Root, &f.ReceiptRoot, &f.ActivatesAt, &f.Assets, &f.Totals}
}

func (f *RootRevoked) table() *table { return tRootsRevoked }
func (f *RootRevoked) fields() []any { return []any{&f.Epoch, &f.Root} }

func (f *RootActivated) table() *table { return tRootsActivated }
func (f *RootActivated) fields() []any { return []any{&f.Epoch, &f.Root} }

func (f *Claimed) table() *table { return tClaims }
func (f *Claimed) fields() []any {
	return []any{&f.Account, &f.Asset, &f.Epoch, &f.Amount, &f.Cumulative}
}
