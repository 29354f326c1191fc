package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/dataroyalty/royalty/strict"
)

// maxJSONInput bounds every file a command reads.
const maxJSONInput = 64 << 20

// readBounded is the one reader of whole inputs (files and stdin): all of
// r, refusing more than max bytes without holding them.
func readBounded(r io.Reader, name string, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s is larger than %d bytes", name, max)
	}
	return data, nil
}

// readLimited reads a file of at most maxJSONInput bytes.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readBounded(f, path, maxJSONInput)
}

// readJSONFile reads a JSON file (through readLimited) into v, whose own
// UnmarshalJSON is strict where it matters (a payout).
func readJSONFile(path string, v any) error {
	data, err := readLimited(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

// inputFlag lets a command take its flags from a JSON object instead of the
// command line: {"dataset":"1","cf":["1","2"],"manifest-hash":"0x…"}. Keys
// are flag names; values are strings (amounts and ids as decimal strings;
// versions and counts may be JSON integers), booleans for switches, arrays
// for repeatable flags. Flags on the command line win. Unknown keys are
// errors, so a typo never silently drops a value.
func inputFlag() cli.Flag {
	return &cli.StringFlag{Name: "input", Usage: "read the flags from this JSON file ({\"flag-name\": \"value\", …}); the command line wins"}
}

// applyInput sets the flags --input names. It is the one reader of
// command input files; each value is then read by the flag's own rule.
func applyInput(c *cli.Context) error {
	path := c.String("input")
	if path == "" {
		return nil
	}
	data, err := readLimited(path)
	if err != nil {
		return exitWith(2, fmt.Errorf("--input: %w", err))
	}
	var obj map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&obj); err != nil {
		return exitWith(2, fmt.Errorf("--input %s: not a JSON object of flags: %w", path, err))
	}
	if dec.More() {
		return exitWith(2, fmt.Errorf("--input %s: more than one JSON value", path))
	}
	for name, raw := range obj {
		f := flagNamed(c.Command.Flags, name)
		if f == nil || name == "input" {
			return exitWith(2, fmt.Errorf("--input %s: %q is not a flag of royalty %s", path, name, commandPath(c)))
		}
		if c.IsSet(name) {
			continue // the command line wins
		}
		var values []string
		switch {
		case bytes.HasPrefix(bytes.TrimSpace(raw), []byte("[")):
			var arr []json.RawMessage
			if err := json.Unmarshal(raw, &arr); err != nil {
				return exitWith(2, fmt.Errorf("--input %s: %s: %w", path, name, err))
			}
			for _, r := range arr {
				v, err := inputValue(r)
				if err != nil {
					return exitWith(2, fmt.Errorf("--input %s: %s: %w", path, name, err))
				}
				values = append(values, v)
			}
		default:
			v, err := inputValue(raw)
			if err != nil {
				return exitWith(2, fmt.Errorf("--input %s: %s: %w", path, name, err))
			}
			values = []string{v}
		}
		for _, v := range values {
			if err := c.Set(name, v); err != nil {
				return exitWith(2, fmt.Errorf("--input %s: %s: %w", path, name, err))
			}
		}
	}
	return nil
}

// inputValue is a JSON string, boolean or plain integer as flag text.
func inputValue(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) > 0 && raw[0] == '"':
		return strict.String(raw)
	case string(raw) == "true" || string(raw) == "false":
		return string(raw), nil
	case strict.IsPlainDecimal(string(raw)):
		if len(raw) > 15 { // JSON tools round integers above 2^53
			return "", fmt.Errorf("%s: give large numbers as decimal strings", strict.Clip(string(raw)))
		}
		return string(raw), nil
	}
	return "", fmt.Errorf("%s: want a string, a boolean or a plain integer", strict.Clip(string(raw)))
}

// The readers of flag values: each names the flag in its error (exit 2).

func flagErr(name string, err error) error { return exitWith(2, fmt.Errorf("--%s: %w", name, err)) }

func addrOf(c *cli.Context, name string) (common.Address, error) {
	a, err := strict.NonZeroAddress(c.String(name))
	if err != nil {
		return a, flagErr(name, err)
	}
	return a, nil
}

func bigOf(c *cli.Context, name string) (*big.Int, error) {
	var z uint256.Int
	if err := strict.Uint256(c.String(name), &z); err != nil {
		return nil, flagErr(name, err)
	}
	return z.ToBig(), nil
}

func uint64Of(c *cli.Context, name string) (uint64, error) {
	v, err := strict.Uint64(c.String(name))
	if err != nil {
		return 0, flagErr(name, err)
	}
	return v, nil
}

func bpsOf(c *cli.Context, name string) (uint16, error) {
	v, err := uint64Of(c, name)
	if err == nil && v > 10_000 {
		err = flagErr(name, fmt.Errorf("%d basis points is over 10000 (100%%)", v))
	}
	return uint16(v), err
}

// bigsOf reads a repeatable (or comma-separated) list of decimal ids.
func bigsOf(c *cli.Context, name string) ([]*big.Int, error) {
	var out []*big.Int
	for _, item := range c.StringSlice(name) {
		for _, s := range strings.Split(item, ",") {
			var z uint256.Int
			if err := strict.Uint256(strings.TrimSpace(s), &z); err != nil {
				return nil, flagErr(name, err)
			}
			out = append(out, z.ToBig())
		}
	}
	return out, nil
}

// hashOf reads a 32-byte value from --NAME-hash (0x and 64 hex digits) or
// as keccak256 of --NAME's text; exactly one of them. what says what it is.
func hashOf(c *cli.Context, name string) (common.Hash, error) {
	hashName := name + "-hash"
	text, hash := c.String(name), c.String(hashName)
	switch {
	case text != "" && hash != "":
		return common.Hash{}, exitWith(2, fmt.Errorf("give --%s or --%s, not both", name, hashName))
	case hash != "":
		h, err := strict.Hash(hash)
		if err != nil {
			return h, flagErr(hashName, err)
		}
		return h, nil
	case text != "":
		return crypto.Keccak256Hash([]byte(text)), nil
	}
	return common.Hash{}, exitWith(2, fmt.Errorf("give --%s TEXT (its keccak256 is used) or --%s 0x…(32 bytes)", name, hashName))
}

// hashFlags are --NAME TEXT and --NAME-hash 0x….
func hashFlags(name, what string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: name, Usage: what + ": text whose keccak256 is recorded"},
		&cli.StringFlag{Name: name + "-hash", Usage: what + ": the 32-byte hash itself (0x and 64 hex digits)"},
	}
}
