package deploy

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
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
		Governor: s.addr(4), Registrar: s.addr(5), Publisher: s.addr(6), Assets: []common.Address{token},
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
		{gov, GovernorRole, s.addr(4)}, {tok, RegistrarRole, s.addr(5)}, {tok, PublisherRole, s.addr(6)},
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

func TestAllDefaultsRolesToDeployer(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, 1)
	d, err := All(ctx, s.sim.Client(), s.auth(t, 0), Config{DisputeWindow: 60, Commit: func() { s.sim.Commit() }})
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
		{gov, GovernorRole}, {tok, RegistrarRole}, {tok, PublisherRole}} {
		if !hasRole(t, w.c, w.role, me) {
			t.Errorf("deployer lacks %s on %s", roleName(w.role), w.c.Address())
		}
	}
}
