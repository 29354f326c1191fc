package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// fieldDiff is one value that differs between two JSON documents: its path
// (object keys joined by dots; an array element matched by its identity
// fields, e.g. recipients.lines.cumulative or allocations[kind=pool,cfId=1],
// or else by index), the identities met on the way (account, holder,
// consumer, asset, eventId: the finding's key), and both values.
type fieldDiff struct {
	path            string
	ids             map[string]string
	expected, found string
}

// absent stands for a value one document has and the other lacks.
const absent = "(absent)"

// identityFields name the fields that identify an element of an array of
// objects, in the order they are written into its path segment.
var identityFields = []string{"kind", "disputeId", "eventId", "consumer", "account", "cfId", "holder", "asset", "name"}

// keyFields are the identity fields a finding's key carries; the path names
// an element by its other identity fields only (recipients.lines.cumulative
// with the account and asset in the key; allocations[kind=pool,cfId=1]).
var keyFields = map[string]bool{"eventId": true, "consumer": true, "account": true, "holder": true, "asset": true}

// diffJSON lists every value of expected that found lacks or holds
// differently, and every value found has beyond it. found must be JSON.
func diffJSON(expected, found []byte) ([]fieldDiff, error) {
	e, err := decodeJSON(expected)
	if err != nil {
		return nil, fmt.Errorf("expected document: %w", err)
	}
	f, err := decodeJSON(found)
	if err != nil {
		return nil, err
	}
	var out []fieldDiff
	walkDiff(&out, "", map[string]string{}, e, f)
	return out, nil
}

func decodeJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("not JSON: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("not JSON: data after the document")
	}
	return v, nil
}

func walkDiff(out *[]fieldDiff, path string, ids map[string]string, e, f any) {
	switch ev := e.(type) {
	case map[string]any:
		fv, ok := f.(map[string]any)
		if !ok {
			break
		}
		keys := make([]string, 0, len(ev))
		for k := range ev {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if x, ok := fv[k]; ok {
				walkDiff(out, join(path, k), ids, ev[k], x)
			} else {
				addDiff(out, join(path, k), ids, render(ev[k]), absent)
			}
		}
		var extra []string
		for k := range fv {
			if _, ok := ev[k]; !ok {
				extra = append(extra, k)
			}
		}
		sort.Strings(extra)
		for _, k := range extra {
			addDiff(out, join(path, k), ids, absent, render(fv[k]))
		}
		return
	case []any:
		fv, ok := f.([]any)
		if !ok {
			break
		}
		walkArray(out, path, ids, ev, fv)
		return
	}
	// Scalars, or values of different kinds.
	if render(e) != render(f) {
		addDiff(out, path, ids, render(e), render(f))
	}
}

// walkArray matches elements by identity when every element of both arrays
// has a distinct one, by index otherwise.
func walkArray(out *[]fieldDiff, path string, ids map[string]string, e, f []any) {
	eIDs, eLabels, eOK := identities(e)
	fIDs, fLabels, fOK := identities(f)
	if !eOK || !fOK {
		for i := 0; i < max(len(e), len(f)); i++ {
			p := fmt.Sprintf("%s[%d]", path, i)
			switch {
			case i >= len(f):
				addDiff(out, p, ids, render(e[i]), absent)
			case i >= len(e):
				addDiff(out, p, ids, absent, render(f[i]))
			default:
				walkDiff(out, p, ids, e[i], f[i])
			}
		}
		return
	}
	fBy := map[string]int{}
	for i, id := range fIDs {
		fBy[id] = i
	}
	seen := map[string]bool{}
	for i, id := range eIDs {
		seen[id] = true
		p := path + eLabels[i]
		sub := withIDs(ids, e[i])
		if j, ok := fBy[id]; ok {
			walkDiff(out, p, sub, e[i], f[j])
		} else {
			addDiff(out, p, sub, render(e[i]), absent)
		}
	}
	for j, id := range fIDs {
		if !seen[id] {
			addDiff(out, path+fLabels[j], withIDs(ids, f[j]), absent, render(f[j]))
		}
	}
}

// identities are the elements' identity strings and their path labels
// ("[kind=pool,cfId=1]", or "" when the key carries the whole identity); ok
// only when every element is an object with a non-empty identity and no two
// share one.
func identities(xs []any) (ids, labels []string, ok bool) {
	ids, labels = make([]string, len(xs)), make([]string, len(xs))
	seen := map[string]bool{}
	for i, x := range xs {
		m, isObj := x.(map[string]any)
		if !isObj {
			return nil, nil, false
		}
		var parts, named []string
		for _, k := range identityFields {
			if v, has := m[k]; has {
				parts = append(parts, render(v))
				if !keyFields[k] {
					named = append(named, k+"="+render(v))
				}
			}
		}
		id := strings.Join(parts, ",")
		if id == "" || seen[id] {
			return nil, nil, false
		}
		seen[id] = true
		ids[i] = id
		if len(named) > 0 {
			labels[i] = "[" + strings.Join(named, ",") + "]"
		}
	}
	return ids, labels, true
}

func withIDs(ids map[string]string, x any) map[string]string {
	m, ok := x.(map[string]any)
	if !ok {
		return ids
	}
	out := map[string]string{}
	for k, v := range ids {
		out[k] = v
	}
	for _, k := range []string{"account", "holder", "consumer", "asset", "eventId"} {
		if v, ok := m[k]; ok {
			out[k] = render(v)
		}
	}
	return out
}

func addDiff(out *[]fieldDiff, path string, ids map[string]string, expected, found string) {
	*out = append(*out, fieldDiff{path: path, ids: ids, expected: expected, found: found})
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// render is a value as text: strings and numbers as written, anything else
// as compact JSON (long values cut).
func render(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case nil:
		return "null"
	}
	b, _ := json.Marshal(v)
	const maxLen = 160
	if len(b) > maxLen {
		return string(b[:maxLen]) + "…"
	}
	return string(b)
}
