// Package reverts words the reverts of our contracts: one decoder built from
// the ABIs of every binding (their custom errors, such as
// Insolvent(asset, available, total), RootPending(epoch, root),
// AlreadyFunded(epoch, consumer, asset)) plus Solidity's Error(string) and
// Panic(uint256).
//
// Guarantee: revert data of any error the bindings declare decodes to its
// name and named arguments; Explain rewrites a node's error so that no raw
// selector ("custom error 0xa2625af1: …") reaches a person. It is hand
// written (not generated) and reads the ABIs from the generated packages, so
// a regenerated binding's new errors are decoded without a change here.
package reverts

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
)

// Arg is one named argument of a decoded revert, its value in words.
type Arg struct {
	Name  string
	Value string
}

// Decoded is a revert reason: the error's name and its arguments.
type Decoded struct {
	Name string
	Args []Arg
}

// String reads "Insolvent(asset: 0x…, available: 7325860, total: 7634106)".
func (d Decoded) String() string {
	parts := make([]string, len(d.Args))
	for i, a := range d.Args {
		if a.Name == "" {
			parts[i] = a.Value
		} else {
			parts[i] = a.Name + ": " + a.Value
		}
	}
	return d.Name + "(" + strings.Join(parts, ", ") + ")"
}

// errorsBySelector holds every custom error of every binding. Two contracts
// declaring the same error (AssetNotAllowed(address)) share one entry.
var errorsBySelector = func() map[[4]byte]abi.Error {
	out := map[[4]byte]abi.Error{}
	for _, meta := range []*bind.MetaData{
		&royaltydistributor.RoyaltyDistributorMetaData, &revenuevault.RevenueVaultMetaData,
		&governanceconfig.GovernanceConfigMetaData, &ownershiptoken.OwnershipTokenMetaData,
		&testtoken.TestTokenMetaData,
	} {
		parsed, err := meta.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("reverts: binding %s: %v", meta.ID, err)) // generated ABIs; a test parses them all
		}
		for _, e := range parsed.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			out[sel] = e
		}
	}
	return out
}()

var (
	errorStringSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector       = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// Decode words revert data: a custom error of our contracts, Error(string)
// or Panic(uint256). false when the data is none of them.
func Decode(data []byte) (Decoded, bool) {
	if len(data) < 4 {
		return Decoded{}, false
	}
	if bytes.Equal(data[:4], errorStringSelector) || bytes.Equal(data[:4], panicSelector) {
		reason, err := abi.UnpackRevert(data)
		if err != nil {
			return Decoded{}, false
		}
		name := "Error"
		if bytes.Equal(data[:4], panicSelector) {
			name = "Panic"
		}
		return Decoded{Name: name, Args: []Arg{{Value: fmt.Sprintf("%q", reason)}}}, true
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	e, ok := errorsBySelector[sel]
	if !ok {
		return Decoded{}, false
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil || len(vals) != len(e.Inputs) {
		return Decoded{}, false
	}
	d := Decoded{Name: e.Name}
	for i, in := range e.Inputs {
		d.Args = append(d.Args, Arg{Name: in.Name, Value: word(vals[i])})
	}
	return d, true
}

func word(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case *big.Int:
		return x.String()
	case []byte:
		return hexutil.Encode(x)
	}
	return fmt.Sprint(v)
}

// String words revert data for a person: the decoded error, or, for data no
// binding declares, a sentence saying so (with the data, as nothing better
// exists for it).
func String(data []byte) string {
	if d, ok := Decode(data); ok {
		return d.String()
	}
	if len(data) == 0 {
		return "no reason given"
	}
	return fmt.Sprintf("an error none of our contracts declares (data %s)", hexutil.Encode(data))
}

// Data returns the revert data a node attached to err (a JSON-RPC error
// with data, as geth and anvil give for eth_call and eth_estimateGas).
func Data(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) == 0 {
		return nil, false
	}
	return data, true
}

// rawCustomError is how nodes word data they cannot decode:
// "custom error 0xa2625af1: 000…" (anvil) or "custom error 0xa2625af1".
var rawCustomError = regexp.MustCompile(`custom error (0x[0-9a-fA-F]{8})(?:[:,]\s*(?:0x)?([0-9a-fA-F]*))?`)

// Explain returns err with every revert in it worded through our ABIs: the
// node's text for the revert is replaced by the decoded error. errors.Is and
// errors.As still see err. nil and errors without a revert come back as
// they are.
func Explain(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	out := msg
	var de rpc.DataError
	if data, ok := Data(err); ok && errors.As(err, &de) {
		if raw := de.Error(); raw != "" && strings.Contains(out, raw) {
			out = strings.Replace(out, raw, "execution reverted: "+String(data), 1)
		}
	}
	out = rawCustomError.ReplaceAllStringFunc(out, func(m string) string {
		g := rawCustomError.FindStringSubmatch(m)
		data, err := hex.DecodeString(strings.TrimPrefix(g[1], "0x") + g[2])
		if err != nil {
			data, _ = hex.DecodeString(strings.TrimPrefix(g[1], "0x"))
		}
		return String(data)
	})
	if out == msg {
		return err
	}
	return &explained{msg: out, err: err}
}

type explained struct {
	msg string
	err error
}

func (e *explained) Error() string { return e.msg }
func (e *explained) Unwrap() error { return e.err }
