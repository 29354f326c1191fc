package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// A scenario file (engine/testdata/scenario_*.json) is a list of operations
// over named bundle templates; the runner plays the store: it computes each
// event's line item, keeps the inputs for Lookup, and streams the pending line
// items into each close. The statements of every close are compared with the
// golden file beside it (UPDATE_GOLDEN=1 rewrites it) and with the explicit
// expectations written in the scenario.
type scenario struct {
	Description string                     `json:"description"`
	Templates   map[string]json.RawMessage `json:"templates"`
	Ops         []scenarioOp               `json:"ops"`
}

type scenarioOp struct {
	Op string `json:"op"` // event, generate, deposit, credit, dispute, resolve, close

	// event / generate
	Template  string          `json:"template"`
	ID        string          `json:"id"`
	Timestamp *uint64         `json:"timestamp"`
	Quantity  string          `json:"quantity"`
	Mode      string          `json:"mode"`
	Holdings  json.RawMessage `json:"holdings"`
	Count     int             `json:"count"`
	Step      uint64          `json:"step"`

	// deposit / credit
	Consumer string `json:"consumer"`
	Asset    string `json:"asset"`
	Amount   string `json:"amount"`
	At       uint64 `json:"at"`

	// dispute / resolve
	Events  []string          `json:"events"`
	Dispute string            `json:"dispute"`
	Upheld  bool              `json:"upheld"`
	Reason  string            `json:"reason"`
	Changes []changeSpec      `json:"changes"`
	Expect  []expectation     `json:"expect"`
	Error   string            `json:"error"` // the op must fail with an error containing this
	Epoch   uint64            `json:"epoch"`
	Start   uint64            `json:"start"`
	End     uint64            `json:"end"`
	Thresh  map[string]string `json:"thresholds"`
}

type changeSpec struct {
	Event string `json:"event"`
	Void  bool   `json:"void"`
	// The corrected event: a template plus overrides, as for an event op.
	Template string          `json:"template"`
	Quantity string          `json:"quantity"`
	Holdings json.RawMessage `json:"holdings"`
}

// expectation checks one field of a recipient line or consumer statement of
// the close it is attached to.
type expectation struct {
	Account  string `json:"account"`  // recipient
	Consumer string `json:"consumer"` // or consumer
	Asset    string `json:"asset"`
	Field    string `json:"field"` // JSON field name
	Value    string `json:"value"`
}

// runner is the store's role in a scenario.
type runner struct {
	t        testing.TB
	sc       *scenario
	st       *State
	inputs   map[string]*Input // current input per event id (after corrections)
	pending  []string          // accepted events not yet closed, in arrival order
	items    map[string]*LineItem
	out      []*EpochStatements
	postings []*Posting
	perm     func([]string) []string // order in which pending items are streamed
	cum      map[recKey]uint256.Int
	hashes   []common.Hash // each epoch's hash when it closed
}

func loadScenario(t testing.TB, path string) *scenario {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var sc scenario
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &sc
}

func newRunner(t testing.TB, sc *scenario) *runner {
	return &runner{t: t, sc: sc, st: NewState(), inputs: map[string]*Input{}, items: map[string]*LineItem{},
		perm: func(s []string) []string { return s }, cum: map[recKey]uint256.Int{}}
}

// bundle builds an input from a template with overrides.
func (r *runner) bundle(tmpl, id string, ts *uint64, qty, mode string, holdings json.RawMessage) (*Input, error) {
	raw, ok := r.sc.Templates[tmpl]
	if !ok {
		return nil, fmt.Errorf("unknown template %q", tmpl)
	}
	var m map[string]map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	set := func(sec, k string, v any) {
		b, _ := json.Marshal(v)
		m[sec][k] = b
	}
	if id != "" {
		set("event", "id", id)
	}
	if ts != nil {
		set("event", "timestamp", *ts)
	}
	if qty != "" {
		set("event", "quantity", qty)
	}
	if mode != "" {
		set("event", "mode", mode)
	}
	if holdings != nil {
		m["snapshot"]["holdings"] = holdings
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	return DecodeBundle(bytes.NewReader(b))
}

func (r *runner) lookup(id string) (*Input, error) {
	in, ok := r.inputs[id]
	if !ok {
		return nil, fmt.Errorf("no input for %s", id)
	}
	return in, nil
}

func (r *runner) addEvent(in *Input) error {
	li, err := ComputeLineItem(in)
	if err != nil {
		return err
	}
	if _, dup := r.items[in.Event.ID]; !dup {
		r.pending = append(r.pending, in.Event.ID)
	}
	r.inputs[in.Event.ID] = in
	r.items[in.Event.ID] = &li
	return nil
}

func parseAddr(s string) common.Address { return common.HexToAddress(s) }

func parseU(t testing.TB, s string) uint256.Int {
	t.Helper()
	v, err := uint256.FromDecimal(s)
	if err != nil {
		t.Fatalf("bad decimal %q: %v", s, err)
	}
	return *v
}

func (r *runner) do(i int, op scenarioOp) error {
	switch op.Op {
	case "event":
		in, err := r.bundle(op.Template, op.ID, op.Timestamp, op.Quantity, op.Mode, op.Holdings)
		if err != nil {
			return err
		}
		return r.addEvent(in)
	case "generate":
		for k := 0; k < op.Count; k++ {
			ts := *op.Timestamp + uint64(k)*op.Step
			in, err := r.bundle(op.Template, fmt.Sprintf("%s%06d", op.ID, k), &ts, op.Quantity, op.Mode, op.Holdings)
			if err != nil {
				return err
			}
			if err := r.addEvent(in); err != nil {
				return err
			}
		}
		return nil
	case "deposit", "credit":
		d := Deposit{ID: op.ID, Consumer: parseAddr(op.Consumer), Asset: parseAddr(op.Asset), Amount: parseU(r.t, op.Amount), At: op.At}
		var p *Posting
		var err error
		if op.Op == "deposit" {
			p, err = r.st.Deposit(d)
		} else {
			p, err = r.st.AddCredit(d)
		}
		if err == nil {
			r.postings = append(r.postings, p)
		}
		return err
	case "dispute":
		return r.st.OpenDispute(Dispute{ID: op.ID, EventIDs: op.Events, Opened: op.At, Reason: op.Reason})
	case "resolve":
		res := Resolution{DisputeID: op.Dispute, Upheld: op.Upheld, Reason: op.Reason, At: op.At}
		for _, c := range op.Changes {
			ch := Change{EventID: c.Event, Void: c.Void}
			if !c.Void {
				old := r.inputs[c.Event]
				ts := old.Event.Timestamp
				mode := old.Event.Mode.String()
				in, err := r.bundle(c.Template, c.Event, &ts, c.Quantity, mode, c.Holdings)
				if err != nil {
					return err
				}
				if c.Quantity == "" {
					in.Event.Quantity = old.Event.Quantity
				}
				ch.Input = in
			}
			res.Changes = append(res.Changes, ch)
		}
		posts, err := r.st.ResolveDispute(res, r.lookup)
		if err != nil {
			return err
		}
		r.postings = append(r.postings, posts...)
		// The store now serves the corrected inputs.
		for _, c := range res.Changes {
			if c.Void {
				delete(r.inputs, c.EventID)
			} else {
				r.inputs[c.EventID] = c.Input
			}
		}
		return nil
	case "close":
		return r.close(op)
	}
	return fmt.Errorf("op %d: unknown op %q", i, op.Op)
}

func (r *runner) close(op scenarioOp) error {
	c := Close{Epoch: op.Epoch, Start: op.Start, End: op.End}
	if op.Thresh != nil {
		c.Thresholds = map[common.Address]uint256.Int{}
		for a, v := range op.Thresh {
			c.Thresholds[parseAddr(a)] = parseU(r.t, v)
		}
	}
	var due, later []string
	for _, id := range r.pending {
		if r.items[id].Timestamp < op.End {
			due = append(due, id)
		} else {
			later = append(later, id)
		}
	}
	due = r.perm(due)
	stream := func(yield func(Accrual, error) bool) {
		for _, id := range due {
			if !yield(Accrual{Item: r.items[id], DisputeWindow: r.inputs[id].Policy.DisputeWindow}, nil) {
				return
			}
		}
	}
	res, err := r.st.CloseEpoch(c, iter.Seq2[Accrual, error](stream), r.lookup)
	if err != nil {
		return err
	}
	r.pending = later
	r.postings = append(r.postings, res.Postings...)
	r.out = append(r.out, res.Statements)
	r.hashes = append(r.hashes, res.Statements.Hash)
	return r.check(res.Statements, op.Expect)
}

// check asserts the expectations and the invariants after a close.
func (r *runner) check(es *EpochStatements, exp []expectation) error {
	for _, e := range exp {
		got, err := lookupField(es, e)
		if err != nil {
			return err
		}
		if got != e.Value {
			return fmt.Errorf("epoch %d: %s%s %s %s = %s, want %s", es.Epoch, e.Account, e.Consumer, e.Asset, e.Field, got, e.Value)
		}
	}
	return checkInvariants(r.st, r.cum)
}

func lookupField(es *EpochStatements, e expectation) (string, error) {
	var obj any
	if e.Account != "" {
		for _, rs := range es.Recipients {
			if rs.Account == strings.ToLower(e.Account) {
				for _, l := range rs.Lines {
					if l.Asset == strings.ToLower(e.Asset) {
						obj = l
					}
				}
			}
		}
	} else {
		for _, cs := range es.Consumers {
			if cs.Consumer == strings.ToLower(e.Consumer) && cs.Asset == strings.ToLower(e.Asset) {
				obj = cs
			}
		}
	}
	if obj == nil {
		return "", fmt.Errorf("epoch %d: no statement for %s%s in %s", es.Epoch, e.Account, e.Consumer, e.Asset)
	}
	b, _ := json.Marshal(obj)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	v, ok := m[e.Field]
	if !ok {
		return "", fmt.Errorf("no field %q", e.Field)
	}
	return fmt.Sprint(v), nil
}

// checkInvariants: every asset's balances sum to zero, no cumulative
// decreased since the last check, and Σ payable ≤ what consumers paid
// (deposits and credit bought, less what is still in their balances).
func checkInvariants(st *State, prev map[recKey]uint256.Int) error {
	type tot struct{ sum, payable, paid *big.Int }
	ts := map[common.Address]*tot{}
	get := func(a common.Address) *tot {
		if ts[a] == nil {
			ts[a] = &tot{new(big.Int), new(big.Int), new(big.Int)}
		}
		return ts[a]
	}
	for k, v := range st.ledger.Balances {
		x := v.Abs.ToBig()
		if v.Neg {
			x.Neg(x)
		}
		t := get(k.Asset)
		t.sum.Add(t.sum, x)
		switch {
		case strings.HasPrefix(k.Account, "payable:"):
			t.payable.Add(t.payable, x)
		case k.Account == AcctExternal:
			t.paid.Sub(t.paid, x)
		case strings.HasPrefix(k.Account, "revenue:"), strings.HasPrefix(k.Account, "credit:"):
			t.paid.Sub(t.paid, x)
		}
	}
	for a, t := range ts {
		if t.sum.Sign() != 0 {
			return fmt.Errorf("asset %s: balances sum to %s", a.Hex(), t.sum)
		}
		if t.payable.Cmp(t.paid) > 0 {
			return fmt.Errorf("asset %s: payable %s > paid %s", a.Hex(), t.payable, t.paid)
		}
	}
	for k, v := range st.cumulative {
		if old, ok := prev[k]; ok && v.Lt(&old) {
			return fmt.Errorf("cumulative of %s decreased %s → %s", k.Account.Hex(), old.Dec(), v.Dec())
		}
		prev[k] = v
	}
	return nil
}

// run plays every op; an op with "error" must fail with that text.
func (r *runner) run() {
	r.t.Helper()
	for i, op := range r.sc.Ops {
		err := r.do(i, op)
		switch {
		case op.Error != "" && err == nil:
			r.t.Fatalf("op %d (%s): succeeded, want error %q", i, op.Op, op.Error)
		case op.Error != "" && !strings.Contains(err.Error(), op.Error):
			r.t.Fatalf("op %d (%s): error %v, want %q", i, op.Op, err, op.Error)
		case op.Error == "" && err != nil:
			r.t.Fatalf("op %d (%s): %v", i, op.Op, err)
		}
	}
}

func (r *runner) encode() []byte {
	b, err := json.MarshalIndent(r.out, "", "  ")
	if err != nil {
		r.t.Fatal(err)
	}
	return append(b, '\n')
}

func scenarioFiles(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "scenario_*.json"))
	if err != nil {
		t.Fatal(err)
	}
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, ".golden.json") })
	if len(files) == 0 {
		t.Fatal("no scenario files")
	}
	return files
}

func TestScenarios(t *testing.T) {
	for _, f := range scenarioFiles(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			sc := loadScenario(t, f)
			r := newRunner(t, sc)
			r.run()
			if hook, ok := scenarioChecks[name]; ok {
				hook(t, r)
			}
			// Past statements never change: each still hashes to what it
			// hashed to when its epoch closed.
			for i, es := range r.out {
				before := es.Hash
				if err := es.Seal(); err != nil {
					t.Fatal(err)
				}
				if es.Hash != before || es.Hash != r.hashes[i] {
					t.Fatalf("epoch %d statement changed after its close", es.Epoch)
				}
			}
			got := r.encode()
			golden := strings.TrimSuffix(f, ".json") + ".golden.json"
			if os.Getenv("UPDATE_GOLDEN") == "1" {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with UPDATE_GOLDEN=1 to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("statements differ from %s (UPDATE_GOLDEN=1 regenerates after review)", golden)
			}
			// Replaying the postings into a fresh ledger rebuilds the balances.
			l := NewLedger()
			for _, p := range r.postings {
				if _, err := l.Apply(p); err != nil {
					t.Fatalf("replay %s: %v", p.Key, err)
				}
			}
			if len(l.Balances) != len(r.st.ledger.Balances) {
				t.Fatalf("replayed %d balances, state has %d", len(l.Balances), len(r.st.ledger.Balances))
			}
			for k, v := range r.st.ledger.Balances {
				if l.Balances[k] != v {
					t.Fatalf("replayed balance %v = %s, state %s", k, l.Balances[k], v)
				}
			}
		})
	}
}

// scenarioChecks are assertions a scenario's JSON cannot express.
var scenarioChecks = map[string]func(*testing.T, *runner){}

func init() {
	// 10,000 line items of 10 base units among three equal holders: the exact
	// share is 100,000/3 each. Per-item flooring would give 30,000; carrying the
	// atto fraction leaves each within one base unit of exact.
	scenarioChecks["scenario_tiny"] = func(t *testing.T, r *runner) {
		exact := new(big.Rat).SetFrac64(100_000, 3)
		for _, h := range []string{"0x0000000000000000000000000000000000000b01", "0x0000000000000000000000000000000000000b02", "0x0000000000000000000000000000000000000b03"} {
			p := r.st.ledger.Balance(AcctPayable(parseAddr(h)), testAsset)
			got := new(big.Rat).SetFrac(p.Abs.ToBig(), new(big.Int).SetUint64(AttoPerUnit))
			diff := new(big.Rat).Sub(got, exact)
			if diff.Abs(diff).Cmp(big.NewRat(1, 1)) >= 0 {
				t.Errorf("holder %s payable %s, exact %s: off by a base unit or more", h, got.FloatString(18), exact.FloatString(18))
			}
			cum := r.st.cumulative[recKey{parseAddr(h), testAsset}]
			floor := new(big.Int).Quo(exact.Num(), exact.Denom())
			if cum.ToBig().Cmp(floor) != 0 {
				t.Errorf("holder %s cumulative %s, want ⌊exact⌋ = %s", h, cum.Dec(), floor)
			}
		}
	}
}
