package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/bindings/timelockcontroller"
)

// Backend is what deploying needs: send transactions, wait for their receipts, know the chain.
// *ethclient.Client and simulated.Client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
}

// ErrReverted is wrapped when a transaction was mined with a failed status.
var ErrReverted = errors.New("transaction reverted")

// Role identifiers, as the contracts compute them.
var (
	DefaultAdminRole = common.Hash{}
	RegistrarRole    = crypto.Keccak256Hash([]byte("REGISTRAR_ROLE"))
	PublisherRole    = crypto.Keccak256Hash([]byte("PUBLISHER_ROLE"))
	GovernorRole     = crypto.Keccak256Hash([]byte("GOVERNOR_ROLE"))
	FunderRole       = crypto.Keccak256Hash([]byte("FUNDER_ROLE"))
	ProposerRole     = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	GuardianRole     = crypto.Keccak256Hash([]byte("GUARDIAN_ROLE"))
	ArbiterRole      = crypto.Keccak256Hash([]byte("ARBITER_ROLE"))
)

// The distributor's bounds on the dispute window (RoyaltyDistributor.MIN/MAX_DISPUTE_WINDOW; a
// test checks they agree).
const (
	MinDisputeWindow uint64 = 3600
	MaxDisputeWindow uint64 = 30 * 86400
)

// ErrConfig is wrapped by every Config.Check error.
var ErrConfig = errors.New("invalid deploy configuration")

// Config says who holds which role.
//
// Admin, Relayer and Guardian must be given and be three different addresses, unless
// SingleKeyDev is set: then a zero one means the deployer (auth.From) and they may coincide
// (the demo and tests). Governor, Arbiter, Registrar and Publisher default to the deployer.
type Config struct {
	DisputeWindow uint64         // seconds a proposed root waits before it can activate, in [MinDisputeWindow, MaxDisputeWindow]
	Admin         common.Address // DEFAULT_ADMIN_ROLE everywhere (or, with TimelockDelay, the timelock's proposer and executor)
	Relayer       common.Address // PROPOSER_ROLE on the distributor and FUNDER_ROLE on the vault, nothing else
	Guardian      common.Address // GUARDIAN_ROLE on the distributor
	// SingleKeyDev lets one key hold admin, relayer and guardian: development and tests only.
	SingleKeyDev bool
	// TimelockDelay, when not 0, deploys an OpenZeppelin TimelockController with this minimum
	// delay (seconds), Admin as its only proposer and executor and no admin of its own, and makes
	// it DEFAULT_ADMIN_ROLE everywhere instead of Admin.
	TimelockDelay uint64
	Governor      common.Address // GOVERNOR_ROLE on GovernanceConfig
	Arbiter       common.Address // ARBITER_ROLE on GovernanceConfig: resolves disputes
	Registrar     common.Address // REGISTRAR_ROLE on OwnershipToken
	Publisher     common.Address // PUBLISHER_ROLE on OwnershipToken
	// Assets are allow-listed on the vault and the distributor.
	Assets []common.Address
	// Commit, when set, is called after each transaction is sent, before waiting for its receipt:
	// simulated chains mine only on Commit. Leave nil for a real node or anvil.
	Commit func()
	// Poll is how often to ask for each receipt; 0 = 1s.
	Poll time.Duration
}

func or(a, def common.Address) common.Address {
	if a == (common.Address{}) {
		return def
	}
	return a
}

// Check reports the first bad field of cfg.
func (cfg Config) Check() error {
	if cfg.DisputeWindow < MinDisputeWindow || cfg.DisputeWindow > MaxDisputeWindow {
		return fmt.Errorf("%w: dispute window %d s is out of range: give seconds between %d (1 hour) and %d (30 days)",
			ErrConfig, cfg.DisputeWindow, MinDisputeWindow, MaxDisputeWindow)
	}
	if cfg.SingleKeyDev {
		return nil
	}
	zero := common.Address{}
	switch {
	case cfg.Admin == zero:
		return fmt.Errorf("%w: admin: required (or single-key development mode)", ErrConfig)
	case cfg.Relayer == zero:
		return fmt.Errorf("%w: relayer: required (or single-key development mode)", ErrConfig)
	case cfg.Guardian == zero:
		return fmt.Errorf("%w: guardian: required (or single-key development mode)", ErrConfig)
	case cfg.Admin == cfg.Relayer:
		return fmt.Errorf("%w: admin and relayer are the same address %s: the relayer's key must not administer the contracts", ErrConfig, cfg.Admin)
	case cfg.Admin == cfg.Guardian:
		return fmt.Errorf("%w: admin and guardian are the same address %s", ErrConfig, cfg.Admin)
	case cfg.Relayer == cfg.Guardian:
		return fmt.Errorf("%w: relayer and guardian are the same address %s: the key that proposes roots must not be the one that revokes them", ErrConfig, cfg.Relayer)
	}
	return nil
}

// Result is a deployment and, when Config.TimelockDelay was set, the timelock that administers it.
type Result struct {
	Deployment
	Timelock common.Address
}

// Chain sends transactions from one account and waits for their receipts.
type Chain struct {
	Backend Backend
	Auth    *bind.TransactOpts
	Commit  func()        // see Config.Commit
	Poll    time.Duration // how often Wait asks for the receipt; 0 = 1s (a dev chain wants less)
}

// Wait waits for tx's receipt and fails if it reverted; what names the step in errors.
func (c Chain) Wait(ctx context.Context, what string, tx *types.Transaction) (*types.Receipt, error) {
	if c.Commit != nil {
		c.Commit()
	}
	r, err := waitMined(ctx, c.Backend, tx.Hash(), c.Poll)
	if err != nil {
		return nil, fmt.Errorf("%s: wait for %s: %w", what, tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: %w (tx %s)", what, ErrReverted, tx.Hash())
	}
	return r, nil
}

// Transact sends calldata to a contract and waits for a successful receipt.
func (c Chain) Transact(ctx context.Context, what string, to *bind.BoundContract, data []byte) (*types.Receipt, error) {
	opts := *c.Auth
	opts.Context = ctx
	tx, err := bind.Transact(to, &opts, data)
	if err != nil {
		return nil, fmt.Errorf("%s: send: %w", what, err)
	}
	return c.Wait(ctx, what, tx)
}

// Deploy creates a contract and waits for a successful receipt.
func (c Chain) Deploy(ctx context.Context, what string, meta *bind.MetaData, ctorArgs []byte) (common.Address, *types.Receipt, error) {
	opts := *c.Auth
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(meta.Bin), c.Backend, ctorArgs)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s: send: %w", what, err)
	}
	r, err := c.Wait(ctx, "deploy "+what, tx)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, r, nil
}

// All deploys the four contracts (see Run) and returns where they are.
func All(ctx context.Context, b Backend, auth *bind.TransactOpts, cfg Config) (Deployment, error) {
	r, err := Run(ctx, b, auth, cfg)
	return r.Deployment, err
}

// Run checks cfg, deploys the timelock if asked for, then the four contracts (distributor first,
// then the vault pointing at it), grants the configured roles, allow-lists cfg.Assets and hands
// the admin role over, the deployer renouncing it unless it is the admin.
func Run(ctx context.Context, b Backend, auth *bind.TransactOpts, cfg Config) (Result, error) {
	me := auth.From
	if err := cfg.Check(); err != nil {
		return Result{}, err
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("read chain id: %w", err)
	}
	if !chainID.IsUint64() || chainID.Sign() == 0 {
		return Result{}, fmt.Errorf("chain id %s is not a positive uint64", chainID)
	}
	c := Chain{Backend: b, Auth: auth, Commit: cfg.Commit, Poll: cfg.Poll}
	var res Result
	admin := or(cfg.Admin, me)
	if cfg.TimelockDelay != 0 {
		ops := []common.Address{admin}
		if res.Timelock, _, err = c.Deploy(ctx, "TimelockController", &timelockcontroller.TimelockControllerMetaData,
			timelockcontroller.NewTimelockController().PackConstructor(new(big.Int).SetUint64(cfg.TimelockDelay), ops, ops, common.Address{})); err != nil {
			return Result{}, err
		}
		admin = res.Timelock
	}

	distABI := royaltydistributor.NewRoyaltyDistributor()
	vaultABI := revenuevault.NewRevenueVault()
	tokenABI := ownershiptoken.NewOwnershipToken()
	govABI := governanceconfig.NewGovernanceConfig()

	d := &res.Deployment
	d.ChainID = chainID.Uint64()
	var r *types.Receipt
	if d.RoyaltyDistributor, r, err = c.Deploy(ctx, "RoyaltyDistributor", &royaltydistributor.RoyaltyDistributorMetaData,
		distABI.PackConstructor(me, cfg.DisputeWindow)); err != nil {
		return Result{}, err
	}
	d.StartBlock = r.BlockNumber.Uint64()
	if d.RevenueVault, _, err = c.Deploy(ctx, "RevenueVault", &revenuevault.RevenueVaultMetaData,
		vaultABI.PackConstructor(me, d.RoyaltyDistributor)); err != nil {
		return Result{}, err
	}
	if d.OwnershipToken, _, err = c.Deploy(ctx, "OwnershipToken", &ownershiptoken.OwnershipTokenMetaData,
		tokenABI.PackConstructor(me)); err != nil {
		return Result{}, err
	}
	if d.GovernanceConfig, _, err = c.Deploy(ctx, "GovernanceConfig", &governanceconfig.GovernanceConfigMetaData,
		govABI.PackConstructor(me)); err != nil {
		return Result{}, err
	}

	dist := distABI.Instance(b, d.RoyaltyDistributor)
	vault := vaultABI.Instance(b, d.RevenueVault)
	token := tokenABI.Instance(b, d.OwnershipToken)
	gov := govABI.Instance(b, d.GovernanceConfig)

	type step struct {
		what string
		to   *bind.BoundContract
		data []byte
	}
	var steps []step
	grant := func(name string, to *bind.BoundContract, role common.Hash, who common.Address) {
		// All four contracts share AccessControl's grantRole encoding.
		steps = append(steps, step{fmt.Sprintf("grant %s on %s to %s", roleName(role), name, who), to,
			distABI.PackGrantRole(role, who)})
	}
	grant("RoyaltyDistributor", dist, ProposerRole, or(cfg.Relayer, me))
	grant("RoyaltyDistributor", dist, GuardianRole, or(cfg.Guardian, me))
	grant("RevenueVault", vault, FunderRole, or(cfg.Relayer, me))
	grant("GovernanceConfig", gov, GovernorRole, or(cfg.Governor, me))
	grant("GovernanceConfig", gov, ArbiterRole, or(cfg.Arbiter, me))
	grant("OwnershipToken", token, RegistrarRole, or(cfg.Registrar, me))
	grant("OwnershipToken", token, PublisherRole, or(cfg.Publisher, me))
	for _, a := range cfg.Assets {
		steps = append(steps,
			step{"allow asset " + a.Hex() + " on RevenueVault", vault, vaultABI.PackSetAssetAllowed(a, true)},
			step{"allow asset " + a.Hex() + " on RoyaltyDistributor", dist, distABI.PackSetAssetAllowed(a, true)})
	}
	if admin != me {
		named := []struct {
			name string
			to   *bind.BoundContract
		}{{"RoyaltyDistributor", dist}, {"RevenueVault", vault}, {"OwnershipToken", token}, {"GovernanceConfig", gov}}
		for _, n := range named {
			grant(n.name, n.to, DefaultAdminRole, admin)
		}
		for _, n := range named {
			steps = append(steps, step{"renounce deployer's admin on " + n.name, n.to,
				distABI.PackRenounceRole(DefaultAdminRole, me)})
		}
	}
	for _, s := range steps {
		if _, err := c.Transact(ctx, s.what, s.to, s.data); err != nil {
			return Result{}, err
		}
	}
	return res, nil
}

// TestToken deploys the test-only, openly mintable 6-decimals ERC-20 (tests and the demo only).
func TestToken(ctx context.Context, c Chain, name, symbol string) (common.Address, error) {
	addr, _, err := c.Deploy(ctx, "TestToken", &testtoken.TestTokenMetaData,
		testtoken.NewTestToken().PackConstructor(name, symbol))
	return addr, err
}

func roleName(r common.Hash) string {
	switch r {
	case DefaultAdminRole:
		return "DEFAULT_ADMIN_ROLE"
	case RegistrarRole:
		return "REGISTRAR_ROLE"
	case PublisherRole:
		return "PUBLISHER_ROLE"
	case GovernorRole:
		return "GOVERNOR_ROLE"
	case ArbiterRole:
		return "ARBITER_ROLE"
	case FunderRole:
		return "FUNDER_ROLE"
	case ProposerRole:
		return "PROPOSER_ROLE"
	case GuardianRole:
		return "GUARDIAN_ROLE"
	}
	return r.Hex()
}

// waitMined polls for a receipt every poll (bind.WaitMined's fixed second is
// most of a dev chain's run time).
func waitMined(ctx context.Context, b bind.DeployBackend, h common.Hash, poll time.Duration) (*types.Receipt, error) {
	if poll <= 0 {
		poll = time.Second
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, h)
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			// A node still indexing transactions answers with an error; keep asking until ctx ends.
			if ctx.Err() != nil {
				return nil, err
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
