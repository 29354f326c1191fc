package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/timelockcontroller"
)

type simChain struct {
	sim  *simulated.Backend
	keys []*ecdsa.PrivateKey
}

func newSim(t *testing.T, accounts int) *simChain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	var keys []*ecdsa.PrivateKey
	for i := 0; i < accounts; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { sim.Close() })
	return &simChain{sim: sim, keys: keys}
}

func (s *simChain) auth(t *testing.T, i int) *bind.TransactOpts {
	t.Helper()
	id, err := s.sim.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return bind.NewKeyedTransactor(s.keys[i], id)
}

func (s *simChain) addr(i int) common.Address { return crypto.PubkeyToAddress(s.keys[i].PublicKey) }

func (s *simChain) chain(t *testing.T, i int) Chain {
	return Chain{Backend: s.sim.Client(), Auth: s.auth(t, i), Commit: func() { s.sim.Commit() }}
}

func hasRole(t *testing.T, c *bind.BoundContract, role common.Hash, who common.Address) bool {
	t.Helper()
	abi := royaltydistributor.NewRoyaltyDistributor()
	ok, err := bind.Call(c, nil, abi.PackHasRole(role, who), abi.UnpackHasRole)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestAllGrantsConfiguredRoles(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, 7)
	token, err := TestToken(ctx, s.chain(t, 0), "Test USD", "tUSD")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{DisputeWindow: 3600, Admin: s.addr(1), Relayer: s.addr(2), Guardian: s.addr(3),
		Governor: s.addr(4), Arbiter: s.addr(4), Registrar: s.addr(5), Publisher: s.addr(6), Assets: []common.Address{token},
		Commit: func() { s.sim.Commit() }}
	d, err := All(ctx, s.sim.Client(), s.auth(t, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	if d.ChainID != 1337 || d.StartBlock == 0 {
		t.Errorf("chainId %d startBlock %d", d.ChainID, d.StartBlock)
	}
	b := s.sim.Client()
	dist := royaltydistributor.NewRoyaltyDistributor().Instance(b, d.RoyaltyDistributor)
	vault := revenuevault.NewRevenueVault().Instance(b, d.RevenueVault)
	tok := ownershiptoken.NewOwnershipToken().Instance(b, d.OwnershipToken)
	gov := governanceconfig.NewGovernanceConfig().Instance(b, d.GovernanceConfig)
	want := []struct {
		c    *bind.BoundContract
		role common.Hash
		who  common.Address
	}{
		{dist, ProposerRole, s.addr(2)}, {dist, GuardianRole, s.addr(3)}, {vault, FunderRole, s.addr(2)},
		{gov, GovernorRole, s.addr(4)}, {gov, ArbiterRole, s.addr(4)}, {tok, RegistrarRole, s.addr(5)}, {tok, PublisherRole, s.addr(6)},
		{dist, DefaultAdminRole, s.addr(1)}, {vault, DefaultAdminRole, s.addr(1)},
		{tok, DefaultAdminRole, s.addr(1)}, {gov, DefaultAdminRole, s.addr(1)},
	}
	for _, w := range want {
		if !hasRole(t, w.c, w.role, w.who) {
			t.Errorf("%s lacks %s on %s", w.who, roleName(w.role), w.c.Address())
		}
	}
	for _, c := range []*bind.BoundContract{dist, vault, tok, gov} {
		if hasRole(t, c, DefaultAdminRole, s.addr(0)) {
			t.Errorf("deployer kept admin on %s", c.Address())
		}
		if hasRole(t, c, ProposerRole, s.addr(0)) || hasRole(t, c, FunderRole, s.addr(0)) {
			t.Errorf("deployer got an operational role on %s", c.Address())
		}
	}
	distABI := royaltydistributor.NewRoyaltyDistributor()
	vaultABI := revenuevault.NewRevenueVault()
	if ok, err := bind.Call(dist, nil, distABI.PackAssetAllowed(token), distABI.UnpackAssetAllowed); err != nil || !ok {
		t.Errorf("asset not allowed on distributor: %v %v", ok, err)
	}
	if ok, err := bind.Call(vault, nil, vaultABI.PackAssetAllowed(token), vaultABI.UnpackAssetAllowed); err != nil || !ok {
		t.Errorf("asset not allowed on vault: %v %v", ok, err)
	}
	if got, err := bind.Call(vault, nil, vaultABI.PackDistributor(), vaultABI.UnpackDistributor); err != nil || got != d.RoyaltyDistributor {
		t.Errorf("vault distributor %s, want %s (%v)", got, d.RoyaltyDistributor, err)
	}
	if got, err := bind.Call(dist, nil, distABI.PackDisputeWindow(), distABI.UnpackDisputeWindow); err != nil || got != 3600 {
		t.Errorf("dispute window %d (%v)", got, err)
	}
}

// Single-key development mode: every role not named goes to the deployer.
func TestSingleKeyDevDefaultsRolesToDeployer(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, 1)
	d, err := All(ctx, s.sim.Client(), s.auth(t, 0), Config{DisputeWindow: 3600, SingleKeyDev: true, Commit: func() { s.sim.Commit() }})
	if err != nil {
		t.Fatal(err)
	}
	b := s.sim.Client()
	dist := royaltydistributor.NewRoyaltyDistributor().Instance(b, d.RoyaltyDistributor)
	vault := revenuevault.NewRevenueVault().Instance(b, d.RevenueVault)
	tok := ownershiptoken.NewOwnershipToken().Instance(b, d.OwnershipToken)
	gov := governanceconfig.NewGovernanceConfig().Instance(b, d.GovernanceConfig)
	me := s.addr(0)
	for _, w := range []struct {
		c    *bind.BoundContract
		role common.Hash
	}{{dist, ProposerRole}, {dist, GuardianRole}, {dist, DefaultAdminRole}, {vault, FunderRole}, {vault, DefaultAdminRole},
		{gov, GovernorRole}, {gov, ArbiterRole}, {tok, RegistrarRole}, {tok, PublisherRole}} {
		if !hasRole(t, w.c, w.role, me) {
			t.Errorf("deployer lacks %s on %s", roleName(w.role), w.c.Address())
		}
	}
}

// Without the development flag, admin, relayer and guardian must be three different addresses,
// and the window must lie within the distributor's bounds: refused before any transaction.
func TestConfigRefusesSharedKeysAndBadWindows(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, 4)
	a, r, g := s.addr(1), s.addr(2), s.addr(3)
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{DisputeWindow: 3600}, "admin: required"},
		{Config{DisputeWindow: 3600, Admin: a, Guardian: g}, "relayer: required"},
		{Config{DisputeWindow: 3600, Admin: a, Relayer: r}, "guardian: required"},
		{Config{DisputeWindow: 3600, Admin: a, Relayer: a, Guardian: g}, "admin and relayer are the same"},
		{Config{DisputeWindow: 3600, Admin: a, Relayer: r, Guardian: a}, "admin and guardian are the same"},
		{Config{DisputeWindow: 3600, Admin: a, Relayer: r, Guardian: r}, "relayer and guardian are the same"},
		{Config{DisputeWindow: 0, Admin: a, Relayer: r, Guardian: g}, "dispute window 0 s is out of range"},
		{Config{DisputeWindow: 3599, SingleKeyDev: true}, "dispute window 3599 s is out of range"},
		{Config{DisputeWindow: 30*86400 + 1, Admin: a, Relayer: r, Guardian: g}, "between 3600 (1 hour) and 2592000 (30 days)"},
		{Config{DisputeWindow: ^uint64(0), Admin: a, Relayer: r, Guardian: g}, "out of range"},
	} {
		c.cfg.Commit = func() { s.sim.Commit() }
		_, err := All(ctx, s.sim.Client(), s.auth(t, 0), c.cfg)
		if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: got %v, want %q", c.cfg, err, c.want)
		}
	}
	if n, err := s.sim.Client().NonceAt(ctx, s.addr(0), nil); err != nil || n != 0 {
		t.Fatalf("a refused configuration sent %d transactions (%v)", n, err)
	}
}

// The Go bounds are the contract's.
func TestWindowBoundsMatchTheContract(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, 1)
	d, err := All(ctx, s.sim.Client(), s.auth(t, 0), Config{DisputeWindow: MinDisputeWindow, SingleKeyDev: true, Commit: func() { s.sim.Commit() }})
	if err != nil {
		t.Fatal(err)
	}
	abi := royaltydistributor.NewRoyaltyDistributor()
	dist := abi.Instance(s.sim.Client(), d.RoyaltyDistributor)
	lo, err1 := bind.Call(dist, nil, abi.PackMINDISPUTEWINDOW(), abi.UnpackMINDISPUTEWINDOW)
	hi, err2 := bind.Call(dist, nil, abi.PackMAXDISPUTEWINDOW(), abi.UnpackMAXDISPUTEWINDOW)
	if err1 != nil || err2 != nil || lo != MinDisputeWindow || hi != MaxDisputeWindow {
		t.Fatalf("contract bounds [%d, %d] (%v %v), Go [%d, %d]", lo, hi, err1, err2, MinDisputeWindow, MaxDisputeWindow)
	}
}

// With a timelock, a TimelockController (delay as given, the admin address its only proposer and
// executor, no admin of its own) holds DEFAULT_ADMIN_ROLE everywhere and nobody else does; the
// admin changes the window only through it, after the delay; the relayer cannot at all.
func TestTimelockAdministers(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, 4)
	const delay = 2 * 86400
	res, err := Run(ctx, s.sim.Client(), s.auth(t, 0), Config{DisputeWindow: 3600, Admin: s.addr(1), Relayer: s.addr(2),
		Guardian: s.addr(3), TimelockDelay: delay, Commit: func() { s.sim.Commit() }})
	if err != nil {
		t.Fatal(err)
	}
	if res.Timelock == (common.Address{}) {
		t.Fatal("no timelock deployed")
	}
	b := s.sim.Client()
	d := res.Deployment
	distABI := royaltydistributor.NewRoyaltyDistributor()
	dist := distABI.Instance(b, d.RoyaltyDistributor)
	vault := revenuevault.NewRevenueVault().Instance(b, d.RevenueVault)
	tok := ownershiptoken.NewOwnershipToken().Instance(b, d.OwnershipToken)
	gov := governanceconfig.NewGovernanceConfig().Instance(b, d.GovernanceConfig)
	for _, c := range []*bind.BoundContract{dist, vault, tok, gov} {
		if !hasRole(t, c, DefaultAdminRole, res.Timelock) {
			t.Errorf("timelock is not admin of %s", c.Address())
		}
		for i := 0; i < 4; i++ {
			if hasRole(t, c, DefaultAdminRole, s.addr(i)) {
				t.Errorf("account %d holds admin on %s next to the timelock", i, c.Address())
			}
		}
	}
	tlABI := timelockcontroller.NewTimelockController()
	tl := tlABI.Instance(b, res.Timelock)
	if got, err := bind.Call(tl, nil, tlABI.PackGetMinDelay(), tlABI.UnpackGetMinDelay); err != nil || got.Uint64() != delay {
		t.Fatalf("timelock delay %v (%v)", got, err)
	}
	for _, role := range []string{"PROPOSER_ROLE", "EXECUTOR_ROLE"} {
		if !hasRole(t, tl, crypto.Keccak256Hash([]byte(role)), s.addr(1)) || hasRole(t, tl, crypto.Keccak256Hash([]byte(role)), s.addr(2)) {
			t.Errorf("%s: want the admin address only", role)
		}
	}
	if hasRole(t, tl, DefaultAdminRole, s.addr(0)) || hasRole(t, tl, DefaultAdminRole, s.addr(1)) {
		t.Error("the timelock has an admin besides itself")
	}

	// The relayer cannot change the window; the admin only through the timelock, after the delay.
	reverted := func(err error) bool { return err != nil && strings.Contains(err.Error(), "revert") }
	setWindow := distABI.PackSetDisputeWindow(7200)
	if _, err := s.chain(t, 2).Transact(ctx, "relayer sets window", dist, setWindow); !reverted(err) {
		t.Fatalf("relayer set the window: %v", err)
	}
	if _, err := s.chain(t, 1).Transact(ctx, "admin sets window directly", dist, setWindow); !reverted(err) {
		t.Fatalf("admin bypassed the timelock: %v", err)
	}
	var salt [32]byte
	schedule := tlABI.PackSchedule(d.RoyaltyDistributor, new(big.Int), setWindow, [32]byte{}, salt, big.NewInt(delay))
	if _, err := s.chain(t, 1).Transact(ctx, "schedule", tl, schedule); err != nil {
		t.Fatal(err)
	}
	execute := tlABI.PackExecute(d.RoyaltyDistributor, new(big.Int), setWindow, [32]byte{}, salt)
	if _, err := s.chain(t, 1).Transact(ctx, "execute early", tl, execute); !reverted(err) {
		t.Fatalf("executed before the delay: %v", err)
	}
	if err := s.sim.AdjustTime(delay * time.Second); err != nil {
		t.Fatal(err)
	}
	s.sim.Commit()
	if _, err := s.chain(t, 1).Transact(ctx, "execute", tl, execute); err != nil {
		t.Fatal(err)
	}
	if got, err := bind.Call(dist, nil, distABI.PackDisputeWindow(), distABI.UnpackDisputeWindow); err != nil || got != 7200 {
		t.Fatalf("window %d after the timelocked change (%v)", got, err)
	}
}
