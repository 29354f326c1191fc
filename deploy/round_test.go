package deploy

import (
	"bytes"
	"context"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
)

// ozLeaf is OpenZeppelin's standard leaf over abi.encode(chainId, distributor, account, asset,
// cumulative): keccak256(keccak256(encoded)). Written out here only so this test does not depend
// on the merkle package being built in parallel.
func ozLeaf(chainID uint64, dist, account, asset common.Address, cumulative *big.Int) common.Hash {
	var enc []byte
	enc = append(enc, common.LeftPadBytes(new(big.Int).SetUint64(chainID).Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(dist.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(account.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(asset.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(cumulative.Bytes(), 32)...)
	return crypto.Keccak256Hash(crypto.Keccak256(enc))
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// ozTree lays leaves out as @openzeppelin/merkle-tree does: sorted leaf hashes at the end of a
// 2n-1 array in reverse order, parents at (i-1)/2. It returns the root and each leaf's proof.
func ozTree(leaves []common.Hash) (common.Hash, map[common.Hash][][32]byte) {
	sorted := append([]common.Hash(nil), leaves...)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i][:], sorted[j][:]) < 0 })
	n := len(sorted)
	tree := make([]common.Hash, 2*n-1)
	for i, l := range sorted {
		tree[len(tree)-1-i] = l
	}
	for i := len(tree) - 1 - n; i >= 0; i-- {
		tree[i] = hashPair(tree[2*i+1], tree[2*i+2])
	}
	proofs := map[common.Hash][][32]byte{}
	for i := range sorted {
		j := len(tree) - 1 - i
		var p [][32]byte
		for j > 0 {
			s := j - 1
			if j%2 == 1 {
				s = j + 1
			}
			p = append(p, tree[s])
			j = (j - 1) / 2
		}
		proofs[tree[len(tree)-1-i]] = p
	}
	return tree[0], proofs
}

func mustCall[T any](t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func events[E any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*E, error)) []*E {
	t.Helper()
	var out []*E
	for _, l := range r.Logs {
		if e, err := unpack(l); err == nil {
			out = append(out, e)
		}
	}
	return out
}

func usd(n int64) *big.Int { return big.NewInt(n * 1_000_000) }

// TestFullRound runs one whole round on the simulated chain through the real contracts:
// register, publish, configure, deposit, fund, propose, wait out the window, activate, claim,
// then a second epoch whose cumulative leaves pay only the differences.
func TestFullRound(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, 6)
	admin, consumer, alice, bob, carol, stranger := 0, 1, 2, 3, 4, 5
	c := s.chain(t, admin)
	tokenAddr, err := TestToken(ctx, c, "Test USD", "tUSD")
	if err != nil {
		t.Fatal(err)
	}
	const window = 3600
	// One key for every role: this test is about the round, not key separation.
	d, err := All(ctx, s.sim.Client(), s.auth(t, admin), Config{DisputeWindow: window, SingleKeyDev: true,
		Assets: []common.Address{tokenAddr}, Commit: func() { s.sim.Commit() }})
	if err != nil {
		t.Fatal(err)
	}
	b := s.sim.Client()
	tokABI, govABI := ownershiptoken.NewOwnershipToken(), governanceconfig.NewGovernanceConfig()
	vaultABI, distABI, ttABI := revenuevault.NewRevenueVault(), royaltydistributor.NewRoyaltyDistributor(), testtoken.NewTestToken()
	tok, gov := tokABI.Instance(b, d.OwnershipToken), govABI.Instance(b, d.GovernanceConfig)
	vault, dist, tt := vaultABI.Instance(b, d.RevenueVault), distABI.Instance(b, d.RoyaltyDistributor), ttABI.Instance(b, tokenAddr)
	tx := func(who int, what string, to *bind.BoundContract, data []byte) *types.Receipt {
		t.Helper()
		r, err := s.chain(t, who).Transact(ctx, what, to, data)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	dataset := big.NewInt(7)

	// Ownership: two CFs, one version.
	var cfIDs []*big.Int
	for i, holder := range []int{alice, bob} {
		r := tx(admin, "register", tok, tokABI.PackRegisterContribution(dataset, [32]byte{byte(i + 1)}, uint8(i),
			s.addr(holder), [32]byte{0xc0, byte(i)}, s.addr(holder), big.NewInt(int64(100*(i+1)))))
		ev := events(t, r, tokABI.UnpackContributionRegisteredEvent)
		if len(ev) != 1 || ev[0].DatasetId.Cmp(dataset) != 0 || ev[0].Holder != s.addr(holder) || ev[0].Units.Int64() != int64(100*(i+1)) {
			t.Fatalf("ContributionRegistered: %+v", ev)
		}
		cfIDs = append(cfIDs, ev[0].CfId)
	}
	if cfIDs[0].Int64() != 1 || cfIDs[1].Int64() != 2 {
		t.Fatalf("cf ids %v, want 1, 2", cfIDs)
	}
	r := tx(admin, "publish version", tok, tokABI.PackPublishVersion(dataset, 1, cfIDs, [32]byte{0xaa}))
	if ev := events(t, r, tokABI.UnpackVersionSealedEvent); len(ev) != 1 || ev[0].CfCount.Int64() != 2 || ev[0].Version != 1 {
		t.Fatalf("VersionSealed: %+v", ev)
	}
	if got := mustCall(t, tok, tokABI.PackBalanceOf(s.addr(bob), cfIDs[1]), tokABI.UnpackBalanceOf); got.Int64() != 200 {
		t.Fatalf("bob holds %v units of CF 2", got)
	}

	// Governance: valuation, policy, manifest, meter.
	r = tx(admin, "valuation", gov, govABI.PackPublishValuation(dataset, tokenAddr, "image", usd(1), big.NewInt(1),
		[][32]byte{{'q', 'u', 'a', 'l', 'i', 't', 'y'}}, []*big.Int{new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)}))
	if ev := events(t, r, govABI.UnpackValuationPublishedEvent); len(ev) != 1 || ev[0].Version != 1 || ev[0].Unit != "image" || ev[0].Asset != tokenAddr {
		t.Fatalf("ValuationPublished: %+v", ev)
	}
	policy := governanceconfig.GovernanceConfigSplitPolicy{ReserveBps: 500, ProtocolBps: 1000, DeveloperBps: 2000, PoolBps: 5000,
		ProtocolMinBps: 500, ProtocolMaxBps: 1500, DeveloperMinBps: 1000, DeveloperMaxBps: 3000, PoolMinBps: 4000, PoolMaxBps: 7000,
		DisputeWindow: window, Treasury: s.addr(stranger)}
	r = tx(admin, "policy", gov, govABI.PackPublishSplitPolicy(policy))
	if ev := events(t, r, govABI.UnpackSplitPolicyPublishedEvent); len(ev) != 1 || ev[0].Version != 1 || ev[0].Policy != policy {
		t.Fatalf("SplitPolicyPublished: %+v", ev)
	}
	r = tx(admin, "manifest", gov, govABI.PackPublishTaskManifest(dataset, 1, 1000, 2500, 6000,
		[]common.Address{s.addr(carol)}, []*big.Int{big.NewInt(1)}, [32]byte{0xbb}))
	if ev := events(t, r, govABI.UnpackTaskManifestPublishedEvent); len(ev) != 1 || ev[0].PolicyVersion != 1 || ev[0].DeveloperBps != 2500 || ev[0].Developers[0] != s.addr(carol) {
		t.Fatalf("TaskManifestPublished: %+v", ev)
	}
	tx(admin, "meter", gov, govABI.PackSetMeter(s.addr(stranger), true))
	if !mustCall(t, gov, govABI.PackIsMeter(s.addr(stranger)), govABI.UnpackIsMeter) {
		t.Fatal("meter not authorised")
	}

	// Revenue: the consumer deposits 1000 tUSD; epoch 1 is funded with 600.
	tx(consumer, "mint", tt, ttABI.PackMint(s.addr(consumer), usd(1000)))
	tx(consumer, "approve", tt, ttABI.PackApprove(d.RevenueVault, usd(1000)))
	r = tx(consumer, "deposit", vault, vaultABI.PackDeposit(s.addr(consumer), tokenAddr, usd(1000)))
	if ev := events(t, r, vaultABI.UnpackDepositedEvent); len(ev) != 1 || ev[0].Amount.Cmp(usd(1000)) != 0 || ev[0].From != s.addr(consumer) {
		t.Fatalf("Deposited: %+v", ev)
	}
	r = tx(admin, "fund 1", vault, vaultABI.PackFundEpoch(1, s.addr(consumer), tokenAddr, usd(600)))
	if ev := events(t, r, vaultABI.UnpackEpochFundedEvent); len(ev) != 1 || ev[0].Epoch != 1 || ev[0].Amount.Cmp(usd(600)) != 0 {
		t.Fatalf("EpochFunded: %+v", ev)
	}
	if _, err := s.chain(t, admin).Transact(ctx, "fund 1 again", vault, vaultABI.PackFundEpoch(1, s.addr(consumer), tokenAddr, usd(1))); err == nil {
		t.Fatal("second funding of (epoch 1, consumer, asset) succeeded")
	}

	balance := func(who common.Address) *big.Int {
		return mustCall(t, tt, ttABI.PackBalanceOf(who), ttABI.UnpackBalanceOf)
	}
	type entitlement struct {
		who int
		cum *big.Int
	}
	round := func(epoch uint64, ents []entitlement, total *big.Int) (map[int]common.Hash, map[common.Hash][][32]byte) {
		t.Helper()
		leaves := map[int]common.Hash{}
		var list []common.Hash
		for _, e := range ents {
			l := ozLeaf(d.ChainID, d.RoyaltyDistributor, s.addr(e.who), tokenAddr, e.cum)
			if onChain := mustCall(t, dist, distABI.PackLeaf(s.addr(e.who), tokenAddr, e.cum), distABI.UnpackLeaf); onChain != l {
				t.Fatalf("leaf mismatch: go %x, contract %x", l, onChain)
			}
			leaves[e.who] = l
			list = append(list, l)
		}
		root, proofs := ozTree(list)
		receiptRoot := crypto.Keccak256Hash([]byte("receipts"), new(big.Int).SetUint64(epoch).Bytes())
		last, err := b.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		end := last.Time // the period ends at the last block: never in the future
		r := tx(admin, "propose", dist, distABI.PackProposeRoot(epoch, root, receiptRoot, end, []common.Address{tokenAddr}, []*big.Int{total}))
		head, err := b.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		ev := events(t, r, distABI.UnpackRootProposedEvent)
		if len(ev) != 1 || ev[0].Epoch != epoch || ev[0].Root != root || ev[0].ReceiptRoot != receiptRoot || ev[0].End != end ||
			ev[0].ActivatesAt != head.Time+window || ev[0].Totals[0].Cmp(total) != 0 {
			t.Fatalf("RootProposed: %+v", ev)
		}
		// The same proposal again is a no-op; activation before the window fails.
		if r := tx(admin, "propose again", dist, distABI.PackProposeRoot(epoch, root, receiptRoot, end, []common.Address{tokenAddr}, []*big.Int{total})); len(r.Logs) != 0 {
			t.Fatalf("re-proposal emitted %d logs", len(r.Logs))
		}
		if _, err := s.chain(t, stranger).Transact(ctx, "early activate", dist, distABI.PackActivateRoot(epoch)); err == nil {
			t.Fatal("activated before the dispute window ended")
		}
		if err := s.sim.AdjustTime(window * time.Second); err != nil {
			t.Fatal(err)
		}
		s.sim.Commit()
		r = tx(stranger, "activate", dist, distABI.PackActivateRoot(epoch))
		if ev := events(t, r, distABI.UnpackRootActivatedEvent); len(ev) != 1 || ev[0].Epoch != epoch || ev[0].Root != root {
			t.Fatalf("RootActivated: %+v", ev)
		}
		if got := mustCall(t, dist, distABI.PackCurrentEpoch(), distABI.UnpackCurrentEpoch); got != epoch {
			t.Fatalf("currentEpoch %d", got)
		}
		return leaves, proofs
	}
	claim := func(by, account int, cum *big.Int, proof [][32]byte) []*royaltydistributor.RoyaltyDistributorClaimed {
		t.Helper()
		r := tx(by, "claim", dist, distABI.PackClaim(s.addr(account), []common.Address{tokenAddr}, []*big.Int{cum}, [][][32]byte{proof}))
		return events(t, r, distABI.UnpackClaimedEvent)
	}

	// Epoch 1: alice 400, bob 200, carol 0 (three leaves: an odd tree).
	leaves, proofs := round(1, []entitlement{{alice, usd(400)}, {bob, usd(200)}, {carol, big.NewInt(0)}}, usd(600))
	ev := claim(stranger, alice, usd(400), proofs[leaves[alice]]) // anyone may claim; funds go to alice
	if len(ev) != 1 || ev[0].Account != s.addr(alice) || ev[0].Amount.Cmp(usd(400)) != 0 || ev[0].Cumulative.Cmp(usd(400)) != 0 || ev[0].Epoch != 1 {
		t.Fatalf("Claimed: %+v", ev)
	}
	if balance(s.addr(alice)).Cmp(usd(400)) != 0 || balance(s.addr(stranger)).Sign() != 0 {
		t.Fatalf("alice %v stranger %v", balance(s.addr(alice)), balance(s.addr(stranger)))
	}
	if ev := claim(alice, alice, usd(400), proofs[leaves[alice]]); len(ev) != 0 {
		t.Fatalf("second claim paid again: %+v", ev)
	}
	if ev := claim(carol, carol, big.NewInt(0), proofs[leaves[carol]]); len(ev) != 0 {
		t.Fatalf("zero claim emitted: %+v", ev)
	}
	if _, err := s.chain(t, bob).Transact(ctx, "overclaim", dist, distABI.PackClaim(s.addr(bob), []common.Address{tokenAddr},
		[]*big.Int{usd(300)}, [][][32]byte{proofs[leaves[bob]]})); err == nil {
		t.Fatal("claim above the leaf succeeded")
	}

	// Epoch 2: cumulative alice 500, bob 200, carol 100; 200 more funded. Bob never claimed epoch 1.
	tx(admin, "fund 2", vault, vaultABI.PackFundEpoch(2, s.addr(consumer), tokenAddr, usd(200)))
	leaves, proofs = round(2, []entitlement{{alice, usd(500)}, {bob, usd(200)}, {carol, usd(100)}}, usd(800))
	if ev := claim(alice, alice, usd(500), proofs[leaves[alice]]); len(ev) != 1 || ev[0].Amount.Cmp(usd(100)) != 0 || ev[0].Epoch != 2 {
		t.Fatalf("epoch 2 alice: %+v", ev)
	}
	if ev := claim(bob, bob, usd(200), proofs[leaves[bob]]); len(ev) != 1 || ev[0].Amount.Cmp(usd(200)) != 0 {
		t.Fatalf("epoch 2 bob: %+v", ev)
	}
	if ev := claim(carol, carol, usd(100), proofs[leaves[carol]]); len(ev) != 1 || ev[0].Amount.Cmp(usd(100)) != 0 {
		t.Fatalf("epoch 2 carol: %+v", ev)
	}
	for who, want := range map[int]*big.Int{alice: usd(500), bob: usd(200), carol: usd(100), consumer: big.NewInt(0)} {
		if got := balance(s.addr(who)); got.Cmp(want) != 0 {
			t.Errorf("account %d holds %v, want %v", who, got, want)
		}
	}
	if got := balance(d.RoyaltyDistributor); got.Sign() != 0 {
		t.Errorf("distributor keeps %v after every claim", got)
	}
	if got := balance(d.RevenueVault); got.Cmp(usd(200)) != 0 {
		t.Errorf("vault holds %v, want the unfunded 200", got)
	}
	if got := mustCall(t, vault, vaultABI.PackBalanceOf(s.addr(consumer), tokenAddr), vaultABI.UnpackBalanceOf); got.Cmp(usd(200)) != 0 {
		t.Errorf("consumer's vault balance %v", got)
	}
	if got := mustCall(t, dist, distABI.PackTotalClaimed(tokenAddr), distABI.UnpackTotalClaimed); got.Cmp(usd(800)) != 0 {
		t.Errorf("totalClaimed %v", got)
	}
}
