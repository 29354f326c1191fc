package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/dataroyalty/royalty/strict"
	"github.com/ethereum/go-ethereum/common"
)

// ErrInvalidDeployment is wrapped by every Load/Parse/Check error about the deployment's content.
var ErrInvalidDeployment = errors.New("invalid deployment")

// Deployment is where the contracts live and the block to start indexing from.
type Deployment struct {
	ChainID            uint64
	StartBlock         uint64
	OwnershipToken     common.Address
	GovernanceConfig   common.Address
	RevenueVault       common.Address
	RoyaltyDistributor common.Address
}

var fieldOrder = []string{"chainId", "startBlock", "ownershipToken", "governanceConfig", "revenueVault", "royaltyDistributor"}

func (d Deployment) addresses() map[string]common.Address {
	return map[string]common.Address{
		"ownershipToken":     d.OwnershipToken,
		"governanceConfig":   d.GovernanceConfig,
		"revenueVault":       d.RevenueVault,
		"royaltyDistributor": d.RoyaltyDistributor,
	}
}

func invalid(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalidDeployment, field, fmt.Sprintf(format, args...))
}

// Check reports the first missing field: chainId must be > 0 and every address non-zero.
func (d Deployment) Check() error {
	if d.ChainID == 0 {
		return invalid("chainId", "must be a positive integer")
	}
	addrs := d.addresses()
	for _, f := range fieldOrder[2:] {
		if addrs[f] == (common.Address{}) {
			return invalid(f, "zero address")
		}
	}
	return nil
}

// MarshalJSON writes the fixed field order, numbers as JSON numbers and checksummed addresses.
func (d Deployment) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"chainId\": %d,\n  \"startBlock\": %d", d.ChainID, d.StartBlock)
	addrs := d.addresses()
	for _, f := range fieldOrder[2:] {
		fmt.Fprintf(&b, ",\n  %q: %q", f, addrs[f].Hex())
	}
	b.WriteString("\n}")
	return b.Bytes(), nil
}

// UnmarshalJSON accepts exactly the six fields; any other field, a missing one, a number that is
// not a non-negative integer or an address that is malformed, zero or wrongly checksummed is an
// error naming the field.
func (d *Deployment) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("%w: not a JSON object: %v", ErrInvalidDeployment, err)
	}
	known := map[string]bool{}
	for _, f := range fieldOrder {
		known[f] = true
		if _, ok := raw[f]; !ok {
			return invalid(f, "missing")
		}
	}
	for f := range raw {
		if !known[f] {
			return invalid(f, "unknown field")
		}
	}
	var out Deployment
	var err error
	if out.ChainID, err = parseUint(raw["chainId"]); err != nil {
		return invalid("chainId", "%v", err)
	}
	if out.StartBlock, err = parseUint(raw["startBlock"]); err != nil {
		return invalid("startBlock", "%v", err)
	}
	targets := map[string]*common.Address{
		"ownershipToken":     &out.OwnershipToken,
		"governanceConfig":   &out.GovernanceConfig,
		"revenueVault":       &out.RevenueVault,
		"royaltyDistributor": &out.RoyaltyDistributor,
	}
	for _, f := range fieldOrder[2:] {
		if *targets[f], err = parseAddress(raw[f]); err != nil {
			return invalid(f, "%v", err)
		}
	}
	if err := out.Check(); err != nil {
		return err
	}
	*d = out
	return nil
}

// parseUint reads a JSON integer (a deployment file is written by royalty
// deploy: numbers are never strings) by the project's decimal rule.
func parseUint(raw json.RawMessage) (uint64, error) {
	if len(raw) == 0 || raw[0] == '"' {
		return 0, fmt.Errorf("want a JSON number, got %s", strict.Clip(string(raw)))
	}
	return strict.JSONUint64(raw)
}

// parseAddress reads a contract address by the project's rule (package
// strict): lower, upper or EIP-55 case, and not zero.
func parseAddress(raw json.RawMessage) (common.Address, error) {
	return strict.JSONNonZeroAddress(raw)
}

// Parse decodes a deployment JSON document.
func Parse(data []byte) (Deployment, error) {
	var d Deployment
	if err := json.Unmarshal(data, &d); err != nil {
		var ie *json.SyntaxError
		if errors.As(err, &ie) || !errors.Is(err, ErrInvalidDeployment) {
			return Deployment{}, fmt.Errorf("%w: %v", ErrInvalidDeployment, err)
		}
		return Deployment{}, err
	}
	return d, nil
}

// Load reads and checks a deployment file.
func Load(path string) (Deployment, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Deployment{}, fmt.Errorf("read deployment: %w", err)
	}
	d, err := Parse(data)
	if err != nil {
		return Deployment{}, fmt.Errorf("load deployment %s: %w", path, err)
	}
	return d, nil
}

// Save checks d and writes it to path (atomically: a temp file renamed over path).
func Save(path string, d Deployment) error {
	if err := d.Check(); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	data, _ := d.MarshalJSON()
	data = append(data, '\n')
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	return nil
}
