package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
)

// A relay round with separated keys, all through the binary on anvil and without
// --single-key-dev: `royalty deploy` (key 0) names an admin (key 5), a relayer (key 6) and a
// guardian (key 7). The relayer's key relays a payout; it cannot revoke, change the window or
// allow an asset. The guardian's key revokes the root (it cannot propose); the relayer's retry of
// the revoked root is refused with a clear error and sends nothing; the corrected payout relays,
// activates after the window, and a holder claims with its own key.
func TestSeparatedKeysRound(t *testing.T) {
	bin := royaltyBinary(t)
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	node.MineEvery(t, 100*time.Millisecond) // confirmations accrue while the relayer waits
	client := ethclient.NewClient(node.RPC)
	chainID := big.NewInt(int64(node.ChainID))
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(anviltest.Key(i).PublicKey) }
	as := func(i int) deploy.Chain {
		return deploy.Chain{Backend: client, Auth: bind.NewKeyedTransactor(anviltest.Key(i), chainID), Poll: 20 * time.Millisecond}
	}
	const deployer, consumer, holderA, holderB, admin, relayerKey, guardian = 0, 1, 2, 3, 5, 6, 7

	dir := t.TempDir()
	depFile := filepath.Join(dir, "deployment.json")
	run := func(key int, args ...string) ([]byte, []byte, error) {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "ROYALTY_PRIVATE_KEY="+hexKey(key), "ROYALTY_RPC="+node.URL,
			"ROYALTY_DEPLOYMENT="+depFile, "ROYALTY_DB="+filepath.Join(dir, "relayer.db"))
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		return out.Bytes(), errb.Bytes(), err
	}
	must := func(key int, args ...string) []byte {
		t.Helper()
		out, errb, err := run(key, args...)
		if err != nil {
			t.Fatalf("royalty %s: %v\n%s%s", strings.Join(args, " "), err, out, errb)
		}
		return out
	}

	token, err := deploy.TestToken(ctx, as(deployer), "Test USD", "tUSD")
	if err != nil {
		t.Fatal(err)
	}
	_, stderr, err := run(deployer, "deploy", "--out", depFile, "--asset", token.Hex(), "--dispute-window", "3600",
		"--admin", addr(admin).Hex(), "--relayer", addr(relayerKey).Hex(), "--guardian", addr(guardian).Hex())
	if err != nil || bytes.Contains(stderr, []byte("WARNING")) {
		t.Fatalf("deploy with three keys: %v\n%s", err, stderr)
	}
	dep, err := deploy.Load(depFile)
	if err != nil {
		t.Fatal(err)
	}
	d, v, tt := royaltydistributor.NewRoyaltyDistributor(), revenuevault.NewRevenueVault(), testtoken.NewTestToken()
	dist := d.Instance(client, dep.RoyaltyDistributor)

	// The consumer deposits its revenue.
	for _, s := range []struct {
		what string
		to   *bind.BoundContract
		data []byte
	}{
		{"mint", tt.Instance(client, token), tt.PackMint(addr(consumer), big.NewInt(2_000_000))},
		{"approve", tt.Instance(client, token), tt.PackApprove(dep.RevenueVault, big.NewInt(2_000_000))},
		{"deposit", v.Instance(client, dep.RevenueVault), v.PackDeposit(addr(consumer), token, big.NewInt(2_000_000))},
	} {
		if _, err := as(consumer).Transact(ctx, s.what, s.to, s.data); err != nil {
			t.Fatal(err)
		}
	}

	// Two payouts of epoch 1 with the same funding and total: a bad split, then the right one.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	payout := func(name string, a, b uint64) (string, *merkle.Tree) {
		tr, err := merkle.BuildDistributor([]merkle.Distributor{
			{ChainID: dep.ChainID, Distributor: dep.RoyaltyDistributor, Account: addr(holderA), Asset: token, Cumulative: *uint256.NewInt(a)},
			{ChainID: dep.ChainID, Distributor: dep.RoyaltyDistributor, Account: addr(holderB), Asset: token, Cumulative: *uint256.NewInt(b)},
		})
		if err != nil {
			t.Fatal(err)
		}
		dump, err := tr.Dump()
		if err != nil {
			t.Fatal(err)
		}
		p := relayer.Payout{ChainID: dep.ChainID, Vault: dep.RevenueVault, Distributor: dep.RoyaltyDistributor, Epoch: 1,
			End: head.Time, Root: tr.Root(), ReceiptRoot: common.HexToHash("0x0e"), Assets: []common.Address{token},
			Totals:   []*big.Int{new(big.Int).SetUint64(a + b)},
			Fundings: []relayer.Funding{{Consumer: addr(consumer), Asset: token, Amount: new(big.Int).SetUint64(a + b)}}}
		pj, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, name+".json")
		if err := os.WriteFile(file, pj, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+"-tree.json"), dump, 0o644); err != nil {
			t.Fatal(err)
		}
		return file, tr
	}
	bad, badTree := payout("bad", 1_000_000, 710_001)
	good, goodTree := payout("good", 1_140_000, 570_001)
	relay := []string{"relay", "--json", "--confirmations", "1", "--poll", "50ms", "--payout"}

	var prog relayer.Progress
	if err := json.Unmarshal(must(relayerKey, append(relay, bad)...), &prog); err != nil || prog.Stage != relayer.StageProposed {
		t.Fatalf("relay of the first payout: %+v %v", prog, err)
	}

	// The pending proposal, as the guardian names it in revokeRoot.
	badProposal, err := relayer.ProposalDigest(badTree.Root(), common.HexToHash("0x0e"), head.Time, []common.Address{token}, []*big.Int{big.NewInt(1_710_001)})
	if err != nil {
		t.Fatal(err)
	}
	if pd, err := bind.Call(dist, nil, d.PackPendingDigest(), d.UnpackPendingDigest); err != nil || common.Hash(pd) != badProposal {
		t.Fatalf("pendingDigest %x (%v), want %s", pd, err, badProposal)
	}

	// What each key cannot do.
	for _, c := range []struct {
		who  int
		what string
		data []byte
	}{
		{relayerKey, "relayer revokes", d.PackRevokeRoot(1, badProposal)},
		{relayerKey, "relayer changes the window", d.PackSetDisputeWindow(deploy.MinDisputeWindow)},
		{relayerKey, "relayer allows an asset", d.PackSetAssetAllowed(common.HexToAddress("0x0bad"), true)},
		{relayerKey, "relayer grants itself the guardian role", d.PackGrantRole(deploy.GuardianRole, addr(relayerKey))},
		{guardian, "guardian proposes", d.PackProposeRoot(2, goodTree.Root(), [32]byte{}, head.Time, []common.Address{token}, []*big.Int{big.NewInt(1)})},
		{guardian, "guardian changes the window", d.PackSetDisputeWindow(deploy.MinDisputeWindow)},
	} {
		if _, err := as(c.who).Transact(ctx, c.what, dist, c.data); err == nil {
			t.Fatalf("%s: succeeded", c.what)
		}
	}

	// The guardian revokes; the relayer's retry is refused and sends nothing.
	if _, err := as(guardian).Transact(ctx, "guardian revokes", dist, d.PackRevokeRoot(1, badProposal)); err != nil {
		t.Fatal(err)
	}
	nonce, err := client.NonceAt(ctx, addr(relayerKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	out, errb, err := run(relayerKey, append(relay, bad)...)
	if err == nil || !bytes.Contains(errb, []byte("was revoked")) || !bytes.Contains(errb, []byte("can never be proposed again")) {
		t.Fatalf("retry of the revoked root: %v\n%s%s", err, out, errb)
	}
	if n, _ := client.NonceAt(ctx, addr(relayerKey), nil); n != nonce {
		t.Fatalf("the relayer sent %d transactions for a revoked root", n-nonce)
	}

	// The corrected payout: proposed, activated after the window, claimed.
	if err := json.Unmarshal(must(relayerKey, append(relay, good)...), &prog); err != nil || prog.Stage != relayer.StageProposed {
		t.Fatalf("relay of the corrected payout: %+v %v", prog, err)
	}
	if err := node.MineAt(ctx, prog.ActivatesAt); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(must(relayerKey, append(relay, good)...), &prog); err != nil || prog.Stage != relayer.StageActivated {
		t.Fatalf("relay after the window: %+v %v", prog, err)
	}
	if root, err := bind.Call(dist, nil, d.PackRootOf(1), d.UnpackRootOf); err != nil || common.Hash(root) != goodTree.Root() || goodTree.Root() == badTree.Root() {
		t.Fatalf("root of epoch 1 %x (%v)", root, err)
	}
	// The revoked tree's proofs are refused before anything is sent.
	if out, errb, err := run(holderB, "claim", "--account", addr(holderB).Hex(), "--dump", filepath.Join(dir, "bad-tree.json")); err == nil ||
		!bytes.Contains(errb, []byte("is claimed against epoch 1's root")) {
		t.Fatalf("claim with the revoked tree: %v\n%s%s", err, out, errb)
	}
	var claimed claimResult
	if err := json.Unmarshal(must(holderA, "claim", "--json", "--account", addr(holderA).Hex(), "--dump", filepath.Join(dir, "good-tree.json")), &claimed); err != nil ||
		len(claimed.Claimed) != 1 || claimed.Claimed[0].Amount != "1140000" {
		t.Fatalf("claim: %+v %v", claimed, err)
	}
	if bal, err := bind.Call(tt.Instance(client, token), nil, tt.PackBalanceOf(addr(holderA)), tt.UnpackBalanceOf); err != nil || bal.Uint64() != 1_140_000 {
		t.Fatalf("holder holds %v (%v)", bal, err)
	}
}
