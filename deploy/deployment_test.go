package deploy

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func sample() Deployment {
	return Deployment{
		ChainID:            1337,
		StartBlock:         7,
		OwnershipToken:     common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		GovernanceConfig:   common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"),
		RevenueVault:       common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"),
		RoyaltyDistributor: common.HexToAddress("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"),
	}
}

func TestDeploymentRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := Save(path, sample()); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	for _, want := range []string{`"chainId": 1337`, `"startBlock": 7`, `"ownershipToken": "0x5FbDB2315678afecb367f032d93F642f64180aa3"`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("written JSON lacks %s:\n%s", want, raw)
		}
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != sample() {
		t.Fatalf("round trip: got %+v want %+v", got, sample())
	}
}

func TestDeploymentRejectsBadFields(t *testing.T) {
	good := `{"chainId":1337,"startBlock":7,"ownershipToken":"0x5FbDB2315678afecb367f032d93F642f64180aa3",` +
		`"governanceConfig":"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512","revenueVault":"0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0",` +
		`"royaltyDistributor":"0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"}`
	if _, err := Parse([]byte(good)); err != nil {
		t.Fatalf("good deployment rejected: %v", err)
	}
	cases := []struct{ doc, field string }{
		{strings.Replace(good, `"chainId":1337`, `"chainId":"1337"`, 1), "chainId"},
		{strings.Replace(good, `"chainId":1337`, `"chainId":0`, 1), "chainId"},
		{strings.Replace(good, `"chainId":1337`, `"chainId":-1`, 1), "chainId"},
		{strings.Replace(good, `"startBlock":7`, `"startBlock":7.5`, 1), "startBlock"},
		{strings.Replace(good, `"startBlock":7,`, ``, 1), "startBlock"},
		{strings.Replace(good, `0x5FbDB2315678afecb367f032d93F642f64180aa3`, `0x5fbDB2315678afecb367f032d93F642f64180aa3`, 1), "ownershipToken"},
		{strings.Replace(good, `0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512`, `0x0000000000000000000000000000000000000000`, 1), "governanceConfig"},
		{strings.Replace(good, `"0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0"`, `"0x9fe4"`, 1), "revenueVault"},
		{strings.Replace(good, `"0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"`, `12`, 1), "royaltyDistributor"},
		{strings.Replace(good, `}`, `,"extra":1}`, 1), "extra"},
	}
	for _, c := range cases {
		_, err := Parse([]byte(c.doc))
		if err == nil {
			t.Errorf("accepted bad %s: %s", c.field, c.doc)
			continue
		}
		if !errors.Is(err, ErrInvalidDeployment) || !strings.Contains(err.Error(), c.field) {
			t.Errorf("error for bad %s does not name it or wrap ErrInvalidDeployment: %v", c.field, err)
		}
	}
	if _, err := Parse([]byte(`[1]`)); !errors.Is(err, ErrInvalidDeployment) {
		t.Errorf("array accepted or unwrapped error: %v", err)
	}
	if err := Save(filepath.Join(t.TempDir(), "x.json"), Deployment{ChainID: 1}); err == nil || !strings.Contains(err.Error(), "ownershipToken") {
		t.Errorf("Save of incomplete deployment: %v", err)
	}
}
