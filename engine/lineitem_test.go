package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/holiman/uint256"
)

var update = os.Getenv("UPDATE_GOLDEN") == "1"

// golden compares got with testdata/name, rewriting it under UPDATE_GOLDEN=1.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (regenerate with UPDATE_GOLDEN=1): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from the golden file:\ngot  %s\nwant %s", name, got, want)
	}
}

func loadBundle(t *testing.T, name string) *Input {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in, err := DecodeBundle(f)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestWorkedExample is the worked example (docs/overview.md): the numbers are stated here
// independently of the golden file.
func TestWorkedExample(t *testing.T) {
	in := loadBundle(t, "worked_example.json")
	li, err := ComputeLineItem(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		got  *uint256.Int
		want uint64
	}{{"gross", &li.Gross, 2_000_000}, {"reserve", &li.Reserve, 100_000}, {"net", &li.Net, 1_900_000},
		{"protocol", &li.Protocol, 285_000}, {"developers", &li.Developers, 190_000},
		{"pool", &li.Pool, 1_140_000}, {"consumerMargin", &li.ConsumerMargin, 285_000}} {
		if !c.got.Eq(uint256.NewInt(c.want)) {
			t.Errorf("%s = %s, want %d", c.name, c.got.Dec(), c.want)
		}
	}
	wantKinds := []AllocationKind{KindProtocol, KindDeveloper, KindPool, KindPool, KindPool, KindConsumerMargin, KindReserve}
	wantUnits := []uint64{285_000, 190_000, 342_000, 570_000, 228_000, 285_000, 100_000}
	if len(li.Allocations) != len(wantKinds) {
		t.Fatalf("%d allocations, want %d", len(li.Allocations), len(wantKinds))
	}
	var sum uint256.Int
	for i, a := range li.Allocations {
		var want uint256.Int
		want.Mul(uint256.NewInt(wantUnits[i]), Atto)
		if a.Kind != wantKinds[i] || !a.AmountAtto.Eq(&want) {
			t.Errorf("allocation %d = %v %s atto, want %v %d units", i, a.Kind, a.AmountAtto.Dec(), wantKinds[i], wantUnits[i])
		}
		sum.Add(&sum, &a.AmountAtto)
	}
	var gross uint256.Int
	gross.Mul(uint256.NewInt(2_000_000), Atto)
	if !sum.Eq(&gross) {
		t.Errorf("Σ allocations = %s", sum.Dec())
	}
	if pool := li.Allocations[2:5]; pool[0].Units.Uint64() != 30 || pool[1].Units.Uint64() != 50 || pool[2].Units.Uint64() != 20 {
		t.Errorf("pool allocations do not trace to the 30/50/20 holdings: %+v", pool)
	}
	if li.Hash != LineItemHash(&li) || li.SnapshotHash != SnapshotHash(&in.Snapshot) {
		t.Error("hashes in the line item are not the hash functions' results")
	}
	out, err := EncodeLineItem(&li)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "worked_example.golden.json", append(out, '\n'))
}

// mutate applies edit to the worked example's JSON and decodes+computes it.
func mutate(t *testing.T, edit func(m map[string]any)) error {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "worked_example.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return computeJSON(b)
}

func computeJSON(b []byte) error {
	in, err := DecodeBundle(bytes.NewReader(b))
	if err != nil {
		return err
	}
	_, err = ComputeLineItem(in)
	return err
}

func obj(m map[string]any, k string) map[string]any { return m[k].(map[string]any) }
func arr(m map[string]any, k string) []any          { return m[k].([]any) }

const two256Dec = "115792089237316195423570985008687907853269984665640564039457584007913129639936"

func TestValidation(t *testing.T) {
	dup := func(m map[string]any, sect, list string, i int) {
		l := arr(obj(m, sect), list)
		obj(m, sect)[list] = append(l, l[i])
	}
	cases := []struct {
		name  string
		edit  func(m map[string]any)
		field string
		is    error
	}{
		{"leading zero", func(m map[string]any) { obj(m, "event")["quantity"] = "01000" }, "event.quantity", ErrNotDecimal},
		{"plus sign", func(m map[string]any) { obj(m, "event")["quantity"] = "+1000" }, "event.quantity", ErrNotDecimal},
		{"minus sign", func(m map[string]any) { obj(m, "event")["quantity"] = "-1" }, "event.quantity", ErrNotDecimal},
		{"hex", func(m map[string]any) { obj(m, "event")["quantity"] = "0x3e8" }, "event.quantity", ErrNotDecimal},
		{"exponent", func(m map[string]any) { obj(m, "event")["quantity"] = "1e3" }, "event.quantity", ErrNotDecimal},
		{"spaces", func(m map[string]any) { obj(m, "event")["quantity"] = " 1000" }, "event.quantity", ErrNotDecimal},
		{"empty number", func(m map[string]any) { obj(m, "event")["quantity"] = "" }, "event.quantity", ErrNotDecimal},
		{"JSON number amount", func(m map[string]any) { obj(m, "event")["quantity"] = json.Number("1000") }, "event.quantity", ErrNotDecimal},
		{"2^256", func(m map[string]any) { obj(m, "valuation")["basePrice"] = two256Dec }, "valuation.basePrice", ErrOverflow},
		{"2^256 units", func(m map[string]any) {
			arr(obj(m, "snapshot"), "holdings")[1].(map[string]any)["units"] = two256Dec + "0"
		}, "snapshot.holdings[1].units", ErrOverflow},
		{"zero quantity", func(m map[string]any) { obj(m, "event")["quantity"] = "0" }, "event.quantity", ErrZero},
		{"zero price unit", func(m map[string]any) { obj(m, "valuation")["priceUnit"] = "0" }, "valuation.priceUnit", ErrZero},
		{"short address", func(m map[string]any) { obj(m, "event")["consumer"] = "0x1234" }, "event.consumer", ErrBadAddress},
		{"address without 0x", func(m map[string]any) { obj(m, "policy")["treasury"] = strings.Repeat("a", 40) }, "policy.treasury", ErrBadAddress},
		{"address not hex", func(m map[string]any) {
			obj(m, "policy")["treasury"] = "0x" + strings.Repeat("g", 40)
		}, "policy.treasury", ErrBadAddress},
		{"address with a wrong EIP-55 checksum", func(m map[string]any) {
			obj(m, "policy")["treasury"] = "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed" // EIP-55's example, one letter lowered
		}, "policy.treasury", ErrBadAddress},
		{"zero consumer", func(m map[string]any) {
			obj(m, "event")["consumer"] = "0x0000000000000000000000000000000000000000"
		}, "event.consumer", ErrZeroAddress},
		{"zero holder", func(m map[string]any) {
			arr(obj(m, "snapshot"), "holdings")[0].(map[string]any)["holder"] = "0x0000000000000000000000000000000000000000"
		}, "snapshot.holdings[0].holder", ErrZeroAddress},
		{"timestamp over 2^63-1", func(m map[string]any) {
			obj(m, "event")["timestamp"] = json.Number("9223372036854775808")
		}, "event.timestamp", ErrOverflow},
		{"holder address", func(m map[string]any) {
			arr(obj(m, "snapshot"), "holdings")[2].(map[string]any)["holder"] = "0x00"
		}, "snapshot.holdings[2].holder", ErrBadAddress},
		{"reserve over 10000", func(m map[string]any) { obj(m, "policy")["reserveBps"] = json.Number("10001") }, "policy.reserveBps", ErrBps},
		{"protocol over 10000", func(m map[string]any) { obj(m, "policy")["protocolBps"] = json.Number("20000") }, "policy.protocolBps", ErrBps},
		{"shares over 10000", func(m map[string]any) { obj(m, "policy")["protocolBps"] = json.Number("3001") }, "policy.poolBps", ErrBps},
		{"bps as string", func(m map[string]any) { obj(m, "policy")["reserveBps"] = "500" }, "policy.reserveBps", ErrNotDecimal},
		{"bps fraction", func(m map[string]any) { obj(m, "policy")["reserveBps"] = json.Number("500.5") }, "policy.reserveBps", ErrNotDecimal},
		{"bps negative", func(m map[string]any) { obj(m, "policy")["developerBps"] = json.Number("-1") }, "policy.developerBps", ErrNotDecimal},
		{"valuation version", func(m map[string]any) { obj(m, "valuation")["version"] = json.Number("2") }, "valuation.version", ErrMismatch},
		{"valuation unit", func(m map[string]any) { obj(m, "valuation")["unit"] = "row" }, "valuation.unit", ErrMismatch},
		{"duplicate factor", func(m map[string]any) {
			obj(m, "valuation")["factors"] = []any{map[string]any{"name": "quality", "wad": "1000000000000000000"},
				map[string]any{"name": "quality", "wad": "2000000000000000000"}}
		}, "valuation.factors[1].name", ErrDuplicate},
		{"empty factor name", func(m map[string]any) {
			obj(m, "valuation")["factors"] = []any{map[string]any{"name": "", "wad": "1"}}
		}, "valuation.factors[0].name", ErrEmpty},
		{"long factor name", func(m map[string]any) {
			obj(m, "valuation")["factors"] = []any{map[string]any{"name": strings.Repeat("x", 33), "wad": "1"}}
		}, "valuation.factors[0].name", ErrBadName},
		{"duplicate holding", func(m map[string]any) { dup(m, "snapshot", "holdings", 1) }, "snapshot.holdings[3]", ErrDuplicate},
		{"duplicate developer", func(m map[string]any) { dup(m, "policy", "developers", 0) }, "policy.developers[1].account", ErrDuplicate},
		{"pool share without holdings", func(m map[string]any) { obj(m, "snapshot")["holdings"] = []any{} }, "snapshot.holdings", ErrNoUnits},
		{"pool share without units", func(m map[string]any) {
			for _, h := range arr(obj(m, "snapshot"), "holdings") {
				h.(map[string]any)["units"] = "0"
			}
		}, "snapshot.holdings", ErrNoUnits},
		{"developer share without developers", func(m map[string]any) { delete(obj(m, "policy"), "developers") }, "policy.developers", ErrNoDevelopers},
		{"developer share without weight", func(m map[string]any) {
			arr(obj(m, "policy"), "developers")[0].(map[string]any)["weight"] = "0"
		}, "policy.developers", ErrNoDevelopers},
		{"gross too large", func(m map[string]any) {
			obj(m, "event")["quantity"] = "1" + strings.Repeat("0", 56)
		}, "gross", ErrGrossTooLarge},
		{"empty event id", func(m map[string]any) { obj(m, "event")["id"] = "" }, "event.id", ErrEmpty},
		{"missing event id", func(m map[string]any) { delete(obj(m, "event"), "id") }, "event.id", ErrMissing},
		{"missing policy", func(m map[string]any) { delete(m, "policy") }, "policy", ErrMissing},
		{"unknown top-level field", func(m map[string]any) { m["extra"] = 1 }, "extra", ErrUnknownField},
		{"unknown event field", func(m map[string]any) { obj(m, "event")["price"] = "1" }, "event.price", ErrUnknownField},
		{"unknown holding field", func(m map[string]any) {
			arr(obj(m, "snapshot"), "holdings")[1].(map[string]any)["share"] = "1"
		}, "snapshot.holdings[1].share", ErrUnknownField},
		{"bad mode", func(m map[string]any) { obj(m, "event")["mode"] = "credit" }, "event.mode", ErrBadMode},
		{"version leading zero", func(m map[string]any) { obj(m, "event")["valuationVersion"] = "01" }, "event.valuationVersion", ErrNotDecimal},
		{"version over 2^64", func(m map[string]any) {
			obj(m, "event")["timestamp"] = json.Number("18446744073709551616")
		}, "event.timestamp", ErrOverflow},
		{"snapshot of another version", func(m map[string]any) { obj(m, "snapshot")["datasetVersion"] = json.Number("2") }, "snapshot.datasetVersion", ErrMismatch},
		{"snapshot hash", func(m map[string]any) {
			obj(m, "snapshot")["snapshotHash"] = "0x" + strings.Repeat("00", 32)
		}, "snapshot.snapshotHash", ErrMismatch},
		{"too many factors", func(m map[string]any) {
			var fs []any
			for i := 0; i <= MaxFactors; i++ {
				fs = append(fs, map[string]any{"name": fmt.Sprint("f", i), "wad": "1000000000000000000"})
			}
			obj(m, "valuation")["factors"] = fs
		}, "valuation.factors", ErrTooLarge},
		{"holdings not a list", func(m map[string]any) { obj(m, "snapshot")["holdings"] = "x" }, "snapshot.holdings", ErrSyntax},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := mutate(t, c.edit)
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a *FieldError for %s", err, c.field)
			}
			if fe.Field != c.field || !errors.Is(err, c.is) {
				t.Fatalf("err = %v (field %q), want field %q and %v", err, fe.Field, c.field, c.is)
			}
		})
	}
}

func TestDecodeSyntax(t *testing.T) {
	for _, c := range []struct{ name, in, field string }{
		{"not an object", `[1]`, "bundle"},
		{"trailing data", `{"event":{}} {}`, "bundle"},
		{"truncated", `{"event":`, "event"},
		{"event not object", `{"event":"x"}`, "event"},
		{"key in another case", `{"Event":{}}`, "Event"},
		{"field in another case", `{"event":{"ID":"x"}}`, "event.ID"},
		{"duplicate key", `{"event":{"id":"x","id":"y"}}`, "event.id"},
	} {
		_, err := DecodeBundle(strings.NewReader(c.in))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("%s: err = %v, want field %q", c.name, err, c.field)
		}
	}
	big := strings.NewReader(`{"event":"` + strings.Repeat("x", MaxBundleBytes) + `"}`)
	if _, err := DecodeBundle(big); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized bundle: err = %v", err)
	}
}

// TestAcceptedVariants: equivalent spellings and orders give identical bytes.
func TestAcceptedVariants(t *testing.T) {
	base := encodeMutated(t, func(map[string]any) {})
	for _, c := range []struct {
		name string
		edit func(m map[string]any)
	}{
		{"versions as strings", func(m map[string]any) {
			obj(m, "event")["valuationVersion"] = "1"
			obj(m, "valuation")["version"] = "1"
		}},
		{"holdings reversed", func(m map[string]any) {
			h := arr(obj(m, "snapshot"), "holdings")
			h[0], h[2] = h[2], h[0]
		}},
		{"explicit standard mode", func(m map[string]any) { obj(m, "event")["mode"] = "standard" }},
		{"upper-case hex address", func(m map[string]any) {
			obj(m, "valuation")["asset"] = "0xA0B86991C6218B36C1D19D4A2E9EB0CE3606EB48"
		}},
	} {
		if got := encodeMutated(t, c.edit); !bytes.Equal(got, base) {
			t.Errorf("%s changed the output:\n%s\n%s", c.name, got, base)
		}
	}
	// Factors multiply in any order; a unit factor changes nothing but the order must not matter.
	withFactors := func(order []int) []byte {
		fs := []any{
			map[string]any{"name": "quality", "wad": "1500000000000000000"},
			map[string]any{"name": "novelty", "wad": "333333333333333333"},
			map[string]any{"name": "demand", "wad": "2000000000000000001"},
		}
		return encodeMutated(t, func(m map[string]any) {
			var l []any
			for _, i := range order {
				l = append(l, fs[i])
			}
			obj(m, "valuation")["factors"] = l
		})
	}
	if a, b := withFactors([]int{0, 1, 2}), withFactors([]int{2, 0, 1}); !bytes.Equal(a, b) {
		t.Errorf("factor order changed the output")
	}
}

func encodeMutated(t *testing.T, edit func(m map[string]any)) []byte {
	t.Helper()
	raw, _ := os.ReadFile(filepath.Join("testdata", "worked_example.json"))
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	b, _ := json.Marshal(m)
	in, err := DecodeBundle(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	li, err := ComputeLineItem(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := EncodeLineItem(&li)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzDecodeBundle: any bytes either fail with a *FieldError or give a line
// item whose encoding is stable; nothing panics.
func FuzzDecodeBundle(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "worked_example.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"event":{"id":"x"}}`))
	f.Add([]byte(`{}`))
	f.Add(bytes.Replace(seed, []byte(`"1000"`), []byte(`"`+two256Dec+`"`), 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := DecodeBundle(bytes.NewReader(data))
		if err == nil {
			var li LineItem
			if li, err = ComputeLineItem(in); err == nil {
				a, _ := EncodeLineItem(&li)
				li2, _ := ComputeLineItem(in)
				b, _ := EncodeLineItem(&li2)
				if !bytes.Equal(a, b) {
					t.Fatal("same bundle, different output")
				}
				return
			}
		}
		var fe *FieldError
		if !errors.As(err, &fe) {
			t.Fatalf("error is not a *FieldError: %v", err)
		}
	})
}
