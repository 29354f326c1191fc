// Package gen turns Foundry artifacts (out/X.sol/X.json) into abigen v2 bindings. It calls the
// same library function as `abigen --v2 --abi A --bin B --pkg P --type T` from the go-ethereum
// version pinned in our go.mod, so the output is identical to that command's.
package gen

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Contract names a Solidity contract and the Go package its binding lives in.
type Contract struct {
	Source string // file name under the forge out dir, e.g. "OwnershipToken.sol"
	Type   string // contract and Go type name
	Pkg    string // Go package (directory under bindings/)
	// NPM, when set, is the contract's prebuilt artifact in an npm package pinned in
	// package.json (relative to the module root), used instead of forge's output: the
	// bytecode the package publishes is what is deployed (Uniswap V2's pair init code hash
	// in Router02 must match it byte for byte).
	NPM string
}

// Contracts is every contract we bind.
var Contracts = []Contract{
	{"OwnershipToken.sol", "OwnershipToken", "ownershiptoken", ""},
	{"GovernanceConfig.sol", "GovernanceConfig", "governanceconfig", ""},
	{"RevenueVault.sol", "RevenueVault", "revenuevault", ""},
	{"RoyaltyDistributor.sol", "RoyaltyDistributor", "royaltydistributor", ""},
	{"TestToken.sol", "TestToken", "testtoken", ""},
	// OpenZeppelin's, built through contracts/src/Timelock.sol: the optional admin of a deployment.
	{"TimelockController.sol", "TimelockController", "timelockcontroller", ""},
	// Uniswap V2, the swap venue of routes/uniswapv2 (docs/routes.md), from the npm packages.
	{"", "UniswapV2Factory", "uniswapv2factory", "node_modules/@uniswap/v2-core/build/UniswapV2Factory.json"},
	{"", "UniswapV2Pair", "uniswapv2pair", "node_modules/@uniswap/v2-core/build/UniswapV2Pair.json"},
	{"", "UniswapV2Router02", "uniswapv2router02", "node_modules/@uniswap/v2-periphery/build/UniswapV2Router02.json"},
	{"", "WETH9", "weth9", "node_modules/@uniswap/v2-periphery/build/WETH9.json"},
}

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

// npmArtifact is a waffle build artifact (Uniswap's build/*.json): bytecode is a
// hex string without 0x.
type npmArtifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode string          `json:"bytecode"`
}

// FileName is where a contract's binding is written, relative to the bindings dir.
func FileName(c Contract) string { return filepath.Join(c.Pkg, c.Pkg+".go") }

// Generate writes the binding of every contract from forgeOut (and the npm
// packages under root) into dir.
func Generate(root, forgeOut, dir string) error {
	for _, c := range Contracts {
		code, err := Bind(root, forgeOut, c)
		if err != nil {
			return err
		}
		f := filepath.Join(dir, FileName(c))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			return fmt.Errorf("create dir for %s: %w", c.Type, err)
		}
		if err := os.WriteFile(f, []byte(code), 0o644); err != nil {
			return fmt.Errorf("write binding of %s: %w", c.Type, err)
		}
	}
	return nil
}

// Bind returns the generated Go source of one contract's binding.
func Bind(root, forgeOut string, c Contract) (string, error) {
	path := filepath.Join(forgeOut, c.Source, c.Type+".json")
	if c.NPM != "" {
		path = filepath.Join(root, c.NPM)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read artifact of %s (run npm ci?): %w", c.Type, err)
	}
	var a artifact
	if c.NPM != "" {
		var n npmArtifact
		if err := json.Unmarshal(raw, &n); err != nil {
			return "", fmt.Errorf("decode artifact %s: %w", path, err)
		}
		a.ABI, a.Bytecode.Object = n.ABI, "0x"+strings.TrimPrefix(n.Bytecode, "0x")
	} else if err := json.Unmarshal(raw, &a); err != nil {
		return "", fmt.Errorf("decode artifact %s: %w", path, err)
	}
	if len(a.ABI) == 0 || !strings.HasPrefix(a.Bytecode.Object, "0x") || len(a.Bytecode.Object) < 4 {
		return "", fmt.Errorf("artifact %s: missing abi or bytecode.object", path)
	}
	if strings.Contains(a.Bytecode.Object, "__") {
		return "", fmt.Errorf("artifact %s: unlinked library references", path)
	}
	code, err := abigen.BindV2([]string{c.Type}, []string{string(a.ABI)}, []string{a.Bytecode.Object},
		c.Pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return "", fmt.Errorf("bind %s: %w", c.Type, err)
	}
	return code, nil
}
