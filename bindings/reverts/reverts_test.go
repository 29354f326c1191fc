package reverts_test

import (
	"context"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/internal/chaintest"
)

// sample is a value of an ABI type for packing.
func sample(t abi.Type) any {
	switch t.T {
	case abi.AddressTy:
		return common.HexToAddress("0x00000000000000000000000000000000000000a5")
	case abi.FixedBytesTy:
		return reflect.New(t.GetType()).Elem().Interface()
	case abi.BoolTy:
		return true
	case abi.StringTy:
		return "s"
	case abi.BytesTy:
		return []byte{1}
	case abi.UintTy, abi.IntTy:
		v := reflect.New(t.GetType()).Elem()
		if v.Kind() == reflect.Ptr { // *big.Int
			return big.NewInt(7)
		}
		v.SetUint(7)
		return v.Interface()
	}
	return reflect.New(t.GetType()).Elem().Interface()
}

// Every custom error of every binding decodes to its name and each named
// argument: nothing we can meet is left as a raw selector.
func TestEveryBindingErrorDecodes(t *testing.T) {
	n := 0
	for _, meta := range []*bind.MetaData{&royaltydistributor.RoyaltyDistributorMetaData, &revenuevault.RevenueVaultMetaData,
		&governanceconfig.GovernanceConfigMetaData, &ownershiptoken.OwnershipTokenMetaData, &testtoken.TestTokenMetaData} {
		parsed, err := meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range parsed.Errors {
			args := make([]any, len(e.Inputs))
			for i, in := range e.Inputs {
				args[i] = sample(in.Type)
			}
			packed, err := e.Inputs.Pack(args...)
			if err != nil {
				t.Fatalf("%s: pack: %v", e.Sig, err)
			}
			data := append(append([]byte{}, e.ID[:4]...), packed...)
			d, ok := reverts.Decode(data)
			if !ok || d.Name != e.Name || len(d.Args) != len(e.Inputs) {
				t.Fatalf("%s: decoded %+v %v", e.Sig, d, ok)
			}
			for i, in := range e.Inputs {
				if d.Args[i].Name != in.Name {
					t.Fatalf("%s: argument %d named %q, want %q", e.Sig, i, d.Args[i].Name, in.Name)
				}
			}
			n++
		}
	}
	if n < 20 {
		t.Fatalf("only %d errors across the bindings", n)
	}
	if got := reverts.String([]byte{0x4e, 0x48, 0x7b, 0x71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x11}); got != `Panic("arithmetic underflow or overflow")` {
		t.Fatalf("panic decoded as %s", got)
	}
}

// A real revert from a real node: activating a root the distributor cannot
// cover fails on anvil with Insolvent; Explain words it with the error's
// name and arguments and no selector, and keeps the node's error for
// errors.As.
func TestExplainInsolventOnAnvil(t *testing.T) {
	ctx := context.Background()
	const window = 3600
	w := chaintest.New(t, chaintest.Options{DisputeWindow: window})
	d := royaltydistributor.NewRoyaltyDistributor()
	inst := d.Instance(w.Client, w.Dep.RoyaltyDistributor)
	if _, err := w.Chain(0).Transact(ctx, "propose", inst, d.PackProposeRoot(1, common.HexToHash("0x01"), common.HexToHash("0x02"),
		w.HeadTime(t), []common.Address{w.Token}, []*big.Int{big.NewInt(7_634_106)})); err != nil {
		t.Fatal(err)
	}
	w.Warp(t, window+1)
	_, err := bind.Call(inst, &bind.CallOpts{Context: ctx, From: w.Addr(0)}, d.PackActivateRoot(1), func([]byte) (struct{}, error) { return struct{}{}, nil })
	if err == nil {
		t.Fatal("activating an uncovered root succeeded")
	}
	if _, ok := reverts.Data(err); !ok {
		t.Fatalf("the node's error carries no revert data: %v", err)
	}
	got := reverts.Explain(err).Error()
	want := "Insolvent(asset: " + w.Token.Hex() + ", available: 0, total: 7634106)"
	if !strings.Contains(got, want) {
		t.Fatalf("explained %q, want it to contain %q (node said %q)", got, want, err)
	}
	sel := "a2625af1"
	if strings.Contains(got, sel) || strings.Contains(got, "custom error") {
		t.Fatalf("explained %q still shows the raw selector", got)
	}
	if !errors.Is(reverts.Explain(err), err) {
		t.Fatal("Explain hides the node's error from errors.Is")
	}
	t.Logf("node: %v\nexplained: %s", err, got)
}

// Text that already lost its structure (a message that went through %v) is
// worded too.
func TestExplainText(t *testing.T) {
	d := royaltydistributor.NewRoyaltyDistributor()
	parsed := d.GetABI()
	e := parsed.Errors["RootPending"]
	packed, _ := e.Inputs.Pack(uint64(3), [32]byte{1})
	data := append(append([]byte{}, e.ID[:4]...), packed...)
	raw := errors.New("relay: execution reverted: custom error 0x" + common.Bytes2Hex(data[:4]) + ": " + common.Bytes2Hex(data[4:]))
	got := reverts.Explain(raw).Error()
	if !strings.HasPrefix(got, "relay: execution reverted: RootPending(epoch: 3, root: 0x01") || strings.Contains(got, "custom error") {
		t.Fatalf("explained %q", got)
	}
}
