package usage_test

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/usage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// castBin is Foundry's cast from the shared npm install (scripts/test.sh installs it).
const castBin = "../node_modules/.bin/cast"

// TestSignatureMatchesCast signs the typed data with Foundry's cast (alloy's
// EIP-712, an implementation independent of go-ethereum) and compares the
// signature byte for byte with Sign's: a wallet's eth_signTypedData_v4 gives
// what Verify accepts.
func TestSignatureMatchesCast(t *testing.T) {
	if _, err := exec.LookPath(castBin); err != nil {
		t.Fatalf("cast not found at %s (run scripts/test.sh, which installs Foundry): %v", castBin, err)
	}
	edge := sample()
	edge.ID, edge.Unit, edge.PolicyRule = `evt "quoted" \ ~`, "µs", "règle/été"
	edge.DatasetID.SetAllOne()
	edge.Quantity = *new(uint256.Int).Lsh(uint256.NewInt(1), 200)
	edge.DatasetVersion, edge.ValuationVersion, edge.Timestamp = 1<<64-1, 1<<64-1, usage.MaxTimestamp
	edge.Mode = engine.ModeTNPL
	// Version 2 (with a metadata commitment): the golden one and the edge one.
	withCommitment := sample()
	withCommitment.MetadataCommitment = usage.Commit(goldenSalt, goldenMetadata)
	edge2 := *edge
	edge2.MetadataCommitment = common.Hash(new(uint256.Int).SetAllOne().Bytes32())
	for i, e := range []*usage.SignedEvent{sample(), edge, withCommitment, &edge2} {
		td := typedData(e, domain)
		// cast takes numbers as JSON numbers or strings; the domain's chain id as a number.
		doc := map[string]any{"types": td.Types, "primaryType": td.PrimaryType, "message": td.Message,
			"domain": map[string]any{"name": usage.DomainName, "version": td.Domain.Version,
				"chainId": domain.ChainID, "verifyingContract": domain.VerifyingContract.Hex()}}
		js, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(castBin, "wallet", "sign", "--data", "--private-key",
			hexutil.Encode(crypto.FromECDSA(goldenKey)), string(js)).CombinedOutput()
		if err != nil {
			t.Fatalf("event %d: cast: %v\n%s", i, err, out)
		}
		if err := e.Sign(goldenKey, domain); err != nil {
			t.Fatal(err)
		}
		got := strings.TrimSpace(string(out))
		if want := hexutil.Encode(e.Signature[:]); got != want {
			t.Errorf("event %d: cast signs %s, Sign gives %s", i, got, want)
		}
	}
}
