// Package gen turns Foundry artifacts (out/X.sol/X.json) into abigen v2 bindings. It calls the
// same library function as `abigen --v2 --abi A --bin B --pkg P --type T` from the go-ethereum
// version pinned in our go.mod, so the output is identical to that command's.
package gen

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
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
	// Typechain, when set, is the contract's typechain factory (an ES module whose _abi literal and
	// _bytecode string carry the contract) in an npm package pinned in package.json, relative to
	// the module root: Hyperlane publishes its contracts this way.
	Typechain string
}

// Contracts is every contract we bind.
var Contracts = []Contract{
	{"OwnershipToken.sol", "OwnershipToken", "ownershiptoken", "", ""},
	{"GovernanceConfig.sol", "GovernanceConfig", "governanceconfig", "", ""},
	{"RevenueVault.sol", "RevenueVault", "revenuevault", "", ""},
	{"RoyaltyDistributor.sol", "RoyaltyDistributor", "royaltydistributor", "", ""},
	{"TestToken.sol", "TestToken", "testtoken", "", ""},
	// OpenZeppelin's, built through contracts/src/Timelock.sol: the optional admin of a deployment.
	{"TimelockController.sol", "TimelockController", "timelockcontroller", "", ""},
	// Uniswap V2, the swap venue of routes/uniswapv2 (docs/routes.md), from the npm packages.
	{"", "UniswapV2Factory", "uniswapv2factory", "node_modules/@uniswap/v2-core/build/UniswapV2Factory.json", ""},
	{"", "UniswapV2Pair", "uniswapv2pair", "node_modules/@uniswap/v2-core/build/UniswapV2Pair.json", ""},
	{"", "UniswapV2Router02", "uniswapv2router02", "node_modules/@uniswap/v2-periphery/build/UniswapV2Router02.json", ""},
	{"", "WETH9", "weth9", "node_modules/@uniswap/v2-periphery/build/WETH9.json", ""},
	// Hyperlane, the bridge of routes/hyperlane (docs/routes.md), from @hyperlane-xyz/core.
	{"", "Mailbox", "hypmailbox", "", hyperlane + "Mailbox__factory.js"},
	{"", "MerkleTreeHook", "hypmerkletreehook", "", hyperlane + "hooks/MerkleTreeHook__factory.js"},
	{"", "TrustedRelayerIsm", "hyptrustedrelayerism", "", hyperlane + "isms/TrustedRelayerIsm__factory.js"},
	{"", "HypERC20Collateral", "hyperc20collateral", "", hyperlane + "token/HypERC20Collateral__factory.js"},
	{"", "HypERC20", "hyperc20", "", hyperlane + "token/HypERC20__factory.js"},
}

const hyperlane = "node_modules/@hyperlane-xyz/core/dist/typechain/factories/contracts/"

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
	switch {
	case c.NPM != "":
		path = filepath.Join(root, c.NPM)
	case c.Typechain != "":
		path = filepath.Join(root, c.Typechain)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read artifact of %s (run npm ci?): %w", c.Type, err)
	}
	var a artifact
	if c.Typechain != "" {
		if a.ABI, a.Bytecode.Object, err = typechain(raw); err != nil {
			return "", fmt.Errorf("artifact %s: %w", path, err)
		}
	} else if c.NPM != "" {
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

var (
	tcKey        = regexp.MustCompile(`(\n\s*)([A-Za-z_][A-Za-z0-9_]*):`)
	tcTrailComma = regexp.MustCompile(`,(\s*[\]}])`)
	tcBytecode   = regexp.MustCompile(`const _bytecode = "(0x[0-9a-fA-F]+)";`)
)

// typechain reads the ABI and bytecode out of a typechain ethers-v5 factory module: the
// `const _abi = [...];` object literal (unquoted keys, trailing commas) becomes JSON, and
// `const _bytecode = "0x...";` is the creation code.
func typechain(src []byte) (json.RawMessage, string, error) {
	s := string(src)
	const start = "const _abi = "
	i := strings.Index(s, start)
	if i < 0 {
		return nil, "", fmt.Errorf("no %q", start)
	}
	lit := s[i+len(start):]
	j := strings.Index(lit, "];\n")
	if j < 0 {
		return nil, "", fmt.Errorf("the _abi literal does not end")
	}
	lit = tcKey.ReplaceAllString(lit[:j+1], `$1"$2":`)
	lit = tcTrailComma.ReplaceAllString(lit, "$1")
	var abi []map[string]any
	if err := json.Unmarshal([]byte(lit), &abi); err != nil {
		return nil, "", fmt.Errorf("the _abi literal is not JSON once its keys are quoted: %w", err)
	}
	raw, err := json.Marshal(abi)
	if err != nil {
		return nil, "", err
	}
	m := tcBytecode.FindStringSubmatch(s)
	if m == nil {
		return nil, "", fmt.Errorf("no _bytecode string")
	}
	return raw, m[1], nil
}
