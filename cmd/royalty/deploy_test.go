package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/uuid"

	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/deploy"
)

// anvil's well-known first development key (public knowledge, holds only test ether).
const anvilKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		if filepath.Dir(dir) == dir {
			t.Fatal("go.mod not found")
		}
		dir = filepath.Dir(dir)
	}
}

// startAnvil runs node_modules/.bin/anvil on a free port and kills it when the test ends.
func startAnvil(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(moduleRoot(t), "node_modules", ".bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("anvil not installed at %s (run npm ci): %v", bin, err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "--port", fmt.Sprint(port), "--host", "127.0.0.1", "--silent")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, err := ethclient.Dial(url)
		if err == nil {
			_, err = c.ChainID(context.Background())
			c.Close()
			if err == nil {
				return url
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil did not answer on %s: %v\n%s", url, err, stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func runDeployApp(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	app := newApp()
	var out, errOut bytes.Buffer
	app.Writer, app.ErrWriter = &out, &errOut
	err := app.Run(append([]string{"royalty"}, args...))
	return out.String(), errOut.String(), err
}

func checkDeployment(t *testing.T, url, path string, admin, relayer common.Address, window uint64) {
	t.Helper()
	d, err := deploy.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID != 31337 {
		t.Errorf("chainId %d, want anvil's 31337", d.ChainID)
	}
	ctx := context.Background()
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	for _, a := range []common.Address{d.OwnershipToken, d.GovernanceConfig, d.RevenueVault, d.RoyaltyDistributor} {
		code, err := client.CodeAt(ctx, a, nil)
		if err != nil || len(code) == 0 {
			t.Errorf("no code at %s (%v)", a, err)
		}
	}
	// startBlock is the distributor's creation block: no code before it.
	if d.StartBlock > 0 {
		code, err := client.CodeAt(ctx, d.RoyaltyDistributor, new(big.Int).SetUint64(d.StartBlock-1))
		if err != nil || len(code) != 0 {
			t.Errorf("distributor has code before startBlock %d (%v)", d.StartBlock, err)
		}
	}
	distABI := royaltydistributor.NewRoyaltyDistributor()
	dist := distABI.Instance(client, d.RoyaltyDistributor)
	vaultABI := revenuevault.NewRevenueVault()
	vault := vaultABI.Instance(client, d.RevenueVault)
	if got, err := bind.Call(vault, nil, vaultABI.PackDistributor(), vaultABI.UnpackDistributor); err != nil || got != d.RoyaltyDistributor {
		t.Errorf("vault points at %s, want %s (%v)", got, d.RoyaltyDistributor, err)
	}
	if got, err := bind.Call(dist, nil, distABI.PackDisputeWindow(), distABI.UnpackDisputeWindow); err != nil || got != window {
		t.Errorf("dispute window %d, want %d (%v)", got, window, err)
	}
	has := func(c *bind.BoundContract, role common.Hash, who common.Address) bool {
		ok, err := bind.Call(c, nil, distABI.PackHasRole(role, who), distABI.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !has(dist, deploy.ProposerRole, relayer) || !has(vault, deploy.FunderRole, relayer) {
		t.Errorf("relayer %s lacks PROPOSER/FUNDER", relayer)
	}
	tokABI := ownershiptoken.NewOwnershipToken()
	tok := tokABI.Instance(client, d.OwnershipToken)
	if !has(tok, deploy.DefaultAdminRole, admin) || !has(dist, deploy.DefaultAdminRole, admin) {
		t.Errorf("admin %s lacks DEFAULT_ADMIN_ROLE", admin)
	}
	if last, err := bind.Call(tok, nil, tokABI.PackLastCfId(), tokABI.UnpackLastCfId); err != nil || last.Sign() != 0 {
		t.Errorf("fresh OwnershipToken lastCfId %v (%v)", last, err)
	}
}

// checkSeparated checks the three roles sit with three addresses and nothing more: the relayer
// proposes and funds only, the guardian guards only, the deployer keeps no admin role.
func checkSeparated(t *testing.T, url, path string, deployer, admin, relayer, guardian common.Address) {
	t.Helper()
	d, err := deploy.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	distABI := royaltydistributor.NewRoyaltyDistributor()
	has := func(c common.Address, role common.Hash, who common.Address) bool {
		ok, err := bind.Call(distABI.Instance(client, c), nil, distABI.PackHasRole(role, who), distABI.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	dist, vault := d.RoyaltyDistributor, d.RevenueVault
	want := []struct {
		c    common.Address
		role common.Hash
		who  common.Address
		has  bool
	}{
		{dist, deploy.ProposerRole, relayer, true}, {vault, deploy.FunderRole, relayer, true}, {dist, deploy.GuardianRole, guardian, true},
		{dist, deploy.DefaultAdminRole, admin, true}, {vault, deploy.DefaultAdminRole, admin, true},
		{dist, deploy.DefaultAdminRole, relayer, false}, {vault, deploy.DefaultAdminRole, relayer, false},
		{dist, deploy.GuardianRole, relayer, false}, {dist, deploy.DefaultAdminRole, guardian, false},
		{dist, deploy.ProposerRole, guardian, false}, {dist, deploy.DefaultAdminRole, deployer, false},
		{vault, deploy.DefaultAdminRole, deployer, false}, {d.OwnershipToken, deploy.DefaultAdminRole, deployer, false},
		{d.GovernanceConfig, deploy.DefaultAdminRole, deployer, false},
	}
	for _, w := range want {
		if got := has(w.c, w.role, w.who); got != w.has {
			t.Errorf("%s holds role %x on %s: %v, want %v", w.who, w.role, w.c, got, w.has)
		}
	}
}

func TestDeployCommandOnAnvil(t *testing.T) {
	url := startAnvil(t)
	dir := t.TempDir()
	key0, _ := crypto.HexToECDSA(anvilKey0)
	me := crypto.PubkeyToAddress(key0.PublicKey)

	relayer := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	admin := common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	guardian := common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906")

	t.Run("one key refused unless --single-key-dev", func(t *testing.T) {
		t.Setenv(envPrivateKey, "0x"+anvilKey0)
		out := filepath.Join(dir, "env.json")
		for _, args := range [][]string{nil, {"--admin", admin.Hex(), "--guardian", guardian.Hex()},
			{"--admin", admin.Hex(), "--relayer", admin.Hex(), "--guardian", guardian.Hex()},
			{"--admin", admin.Hex(), "--relayer", relayer.Hex(), "--guardian", relayer.Hex()}} {
			_, _, err := runDeployApp(t, append([]string{"deploy", "--rpc", url, "--out", out}, args...)...)
			var ee *exitError
			if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "three different addresses") ||
				!strings.Contains(err.Error(), "--single-key-dev") {
				t.Errorf("deploy %v: %v, want exit 2 naming the rule", args, err)
			}
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatal("a refused deploy wrote the deployment file")
		}
		stdout, stderr, err := runDeployApp(t, "deploy", "--rpc", url, "--out", out, "--single-key-dev", "--dispute-window", "3600", "--json")
		if err != nil {
			t.Fatalf("deploy: %v\n%s", err, stderr)
		}
		if !strings.Contains(stderr, "WARNING: --single-key-dev") || !strings.Contains(stderr, "Development and tests only") {
			t.Errorf("single-key mode not announced on stderr: %s", stderr)
		}
		if strings.Contains(stdout+stderr, anvilKey0) {
			t.Fatal("the private key was printed")
		}
		if !strings.Contains(stdout, `"royaltyDistributor"`) {
			t.Errorf("stdout lacks the deployment JSON: %s", stdout)
		}
		checkDeployment(t, url, out, me, me, 3600)
	})

	t.Run("keystore file, three keys", func(t *testing.T) {
		t.Setenv(envPrivateKey, "")
		id, _ := uuid.NewRandom()
		enc, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: me, PrivateKey: key0}, "s3cret", keystore.LightScryptN, keystore.LightScryptP)
		if err != nil {
			t.Fatal(err)
		}
		keyFile, pwFile := filepath.Join(dir, "key.json"), filepath.Join(dir, "pw")
		os.WriteFile(keyFile, enc, 0o600)
		os.WriteFile(pwFile, []byte("s3cret\n"), 0o600)
		out := filepath.Join(dir, "ks.json")
		_, stderr, err := runDeployApp(t, "deploy", "--rpc", url, "--key-file", keyFile, "--password-file", pwFile,
			"--out", out, "--relayer", relayer.Hex(), "--admin", admin.Hex(), "--guardian", guardian.Hex())
		if err != nil {
			t.Fatalf("deploy: %v\n%s", err, stderr)
		}
		if strings.Contains(stderr, "WARNING") {
			t.Errorf("warning without --single-key-dev: %s", stderr)
		}
		checkDeployment(t, url, out, admin, relayer, 86400)
		checkSeparated(t, url, out, me, admin, relayer, guardian)

		os.WriteFile(pwFile, []byte("wrong\n"), 0o600)
		_, _, err = runDeployApp(t, "deploy", "--rpc", url, "--key-file", keyFile, "--password-file", pwFile, "--out", out,
			"--relayer", relayer.Hex(), "--admin", admin.Hex(), "--guardian", guardian.Hex())
		if err == nil || !strings.Contains(err.Error(), "decrypt key file") {
			t.Errorf("wrong password: %v", err)
		}
	})

	t.Run("timelock as admin", func(t *testing.T) {
		t.Setenv(envPrivateKey, anvilKey0)
		out := filepath.Join(dir, "tl.json")
		_, stderr, err := runDeployApp(t, "deploy", "--rpc", url, "--out", out, "--relayer", relayer.Hex(), "--admin", admin.Hex(),
			"--guardian", guardian.Hex(), "--timelock-delay", "172800")
		if err != nil {
			t.Fatalf("deploy: %v\n%s", err, stderr)
		}
		i := strings.Index(stderr, "TimelockController 0x")
		if i < 0 || !strings.Contains(stderr, "delay 172800 s; proposer and executor "+admin.Hex()) {
			t.Fatalf("timelock not reported: %s", stderr)
		}
		timelock := common.HexToAddress(stderr[i+len("TimelockController ") : i+len("TimelockController ")+42])
		checkSeparated(t, url, out, me, timelock, relayer, guardian)
		d, _ := deploy.Load(out)
		client, _ := ethclient.Dial(url)
		defer client.Close()
		distABI := royaltydistributor.NewRoyaltyDistributor()
		if ok, err := bind.Call(distABI.Instance(client, d.RoyaltyDistributor), nil, distABI.PackHasRole(deploy.DefaultAdminRole, admin),
			distABI.UnpackHasRole); err != nil || ok {
			t.Errorf("the admin address holds the role directly next to the timelock (%v)", err)
		}
	})

	t.Run("bad input", func(t *testing.T) {
		t.Setenv(envPrivateKey, "")
		_, _, err := runDeployApp(t, "deploy", "--rpc", url, "--out", filepath.Join(dir, "x.json"), "--single-key-dev")
		if err == nil || !strings.Contains(err.Error(), "no signing key") {
			t.Errorf("no key: %v", err)
		}
		t.Setenv(envPrivateKey, "0x1234")
		_, _, err = runDeployApp(t, "deploy", "--rpc", url, "--out", filepath.Join(dir, "x.json"), "--single-key-dev")
		if err == nil || !strings.Contains(err.Error(), envPrivateKey) || strings.Contains(err.Error(), "1234") {
			t.Errorf("bad env key: %v", err)
		}
		t.Setenv(envPrivateKey, anvilKey0)
		_, _, err = runDeployApp(t, "deploy", "--rpc", url, "--out", filepath.Join(dir, "x.json"), "--relayer", "nope")
		if err == nil || !strings.Contains(err.Error(), "--relayer") {
			t.Errorf("bad relayer: %v", err)
		}
		roles := []string{"--relayer", relayer.Hex(), "--admin", admin.Hex(), "--guardian", guardian.Hex()}
		for _, w := range []string{"0", "3599", "2592001"} {
			_, _, err = runDeployApp(t, append([]string{"deploy", "--rpc", url, "--out", filepath.Join(dir, "x.json"), "--dispute-window", w}, roles...)...)
			var ee *exitError
			if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "--dispute-window: "+w+" s is out of range") ||
				!strings.Contains(err.Error(), "between 3600 (1 hour) and 2592000 (30 days)") {
				t.Errorf("--dispute-window %s: %v", w, err)
			}
		}
		// 2^64 does not wrap to 0: the flag itself refuses it.
		_, _, err = runDeployApp(t, append([]string{"deploy", "--rpc", url, "--out", filepath.Join(dir, "x.json"), "--dispute-window", "18446744073709551616"}, roles...)...)
		if err == nil || !strings.Contains(err.Error(), "dispute-window") {
			t.Errorf("--dispute-window 2^64: %v", err)
		}
		_, _, err = runDeployApp(t, append([]string{"deploy", "--rpc", url, "--out", filepath.Join(dir, "x.json"), "--timelock-delay", "0"}, roles...)...)
		if err == nil || !strings.Contains(err.Error(), "--timelock-delay") {
			t.Errorf("--timelock-delay 0: %v", err)
		}
	})
}
