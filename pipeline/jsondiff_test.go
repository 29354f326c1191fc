package pipeline

import (
	"reflect"
	"testing"
)

func TestDiffJSONNamesTheField(t *testing.T) {
	expected := `{"epoch":1,"recipients":[{"account":"0xA1","lines":[{"asset":"0xE1","cumulative":"10","carry":"0"},{"asset":"0xE2","cumulative":"5"}]},
		{"account":"0xA2","lines":[{"asset":"0xE1","cumulative":"7"}]}],
		"allocations":[{"kind":"pool","account":"0xA1","cfId":"1","amount":"3"},{"kind":"pool","account":"0xA1","cfId":"2","amount":"4"}],
		"list":[1,2,3]}`
	found := `{"list":[1,2],"epoch":1,"recipients":[{"account":"0xA2","lines":[{"asset":"0xE1","cumulative":"7"}]},
		{"account":"0xA1","lines":[{"asset":"0xE2","cumulative":"5"},{"asset":"0xE1","cumulative":"11","carry":"0"}]},
		{"account":"0xA3","lines":[]}],
		"allocations":[{"kind":"pool","account":"0xA1","cfId":"1","amount":"3"},{"kind":"pool","account":"0xA1","cfId":"2","amount":"5"}],
		"extra":true}`
	got, err := diffJSON([]byte(expected), []byte(found))
	if err != nil {
		t.Fatal(err)
	}
	want := []fieldDiff{
		{path: "allocations[kind=pool,cfId=2].amount", ids: map[string]string{"account": "0xA1"}, expected: "4", found: "5"},
		{path: "list[2]", ids: map[string]string{}, expected: "3", found: absent},
		{path: "recipients.lines.cumulative", ids: map[string]string{"account": "0xA1", "asset": "0xE1"}, expected: "10", found: "11"},
		{path: "recipients", ids: map[string]string{"account": "0xA3"}, expected: absent, found: `{"account":"0xA3","lines":[]}`},
		{path: "extra", ids: map[string]string{}, expected: absent, found: "true"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("diff:\n got %+v\nwant %+v", got, want)
	}
	if d, err := diffJSON([]byte(expected), []byte(expected)); err != nil || len(d) != 0 {
		t.Fatalf("a document against itself: %+v %v", d, err)
	}
	if _, err := diffJSON([]byte(expected), []byte(`{"epoch":`)); err == nil {
		t.Fatal("a found document that is not JSON gave no error")
	}
	// Elements without a distinct identity are matched by index.
	d, err := diffJSON([]byte(`[{"x":1},{"x":2}]`), []byte(`[{"x":1},{"x":3}]`))
	if err != nil || len(d) != 1 || d[0].path != "[1].x" {
		t.Fatalf("by index: %+v %v", d, err)
	}
}
