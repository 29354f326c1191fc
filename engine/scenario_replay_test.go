package engine

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// TestReplayPermutations plays every scenario again with its inputs arriving
// in other orders: between two closes, events, deposits, credits and disputes
// are shuffled (resolutions keep their order after them), and each close
// streams its line items in a shuffled order. The statements must be byte
// for byte those of the scenario's own order.
func TestReplayPermutations(t *testing.T) {
	for _, f := range scenarioFiles(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			sc := loadScenario(t, f)
			base := newRunner(t, sc)
			base.run()
			want := base.encode()
			for seed := uint64(1); seed <= 3; seed++ {
				rng := rand.New(rand.NewPCG(seed, 0x5eed))
				p := *sc
				p.Ops = permuteOps(sc.Ops, rng)
				r := newRunner(t, &p)
				r.perm = func(s []string) []string {
					out := append([]string(nil), s...)
					rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
					return out
				}
				r.run()
				if got := r.encode(); !bytes.Equal(got, want) {
					t.Fatalf("seed %d: statements differ from the scenario's own order", seed)
				}
			}
		})
	}
}

func permuteOps(ops []scenarioOp, rng *rand.Rand) []scenarioOp {
	var out, free, fixed []scenarioOp
	flush := func() {
		rng.Shuffle(len(free), func(i, j int) { free[i], free[j] = free[j], free[i] })
		out = append(append(out, free...), fixed...)
		free, fixed = nil, nil
	}
	for _, op := range ops {
		switch op.Op {
		case "close":
			flush()
			out = append(out, op)
		case "resolve":
			fixed = append(fixed, op)
		default:
			free = append(free, op)
		}
	}
	flush()
	return out
}

// FuzzLedgerInvariants drives the ledger with arbitrary sequences of events
// (any mode, varying snapshots), deposits, credit, disputes, resolutions
// (dismissed, voided, CF deprecated) and closes, and checks after every step
// that balances sum to zero per asset, no cumulative decreases and Σ payable
// never exceeds what consumers paid. Refusals the API documents are allowed;
// any other error fails.
func FuzzLedgerInvariants(f *testing.F) {
	f.Add([]byte{0, 1, 10, 0, 1, 30, 5, 3, 1, 1, 5, 0, 7})
	f.Add([]byte{0, 1, 200, 1, 0, 2, 50, 1, 3, 3, 1, 5, 2, 4, 1, 2, 5, 9, 0, 2, 4, 2, 5, 30})
	f.Add([]byte{0, 0, 3, 2, 0, 1, 9, 0, 3, 2, 40, 5, 1, 3, 0, 4, 0, 1, 5, 20, 1, 7, 5, 20})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := newRunner(t, &scenario{})
		consumers := []common.Address{common.HexToAddress("0xc0"), common.HexToAddress("0xc1")}
		now, epoch := uint64(1_000_000), uint64(0)
		start := now
		next := func() byte {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return b
		}
		disputes := 0
		for step := 0; len(data) > 0 && step < 64; step++ {
			var err error
			switch next() % 6 {
			case 0: // event
				id := fmt.Sprintf("e%d", next()%8)
				if _, ok := r.items[id]; ok {
					continue // event ids are never reused, even voided ones
				}
				in := fuzzInput(id, consumers[next()%2], now, next(), PaymentMode(next()%3), next())
				err = r.addEvent(in)
				now += 60
			case 1, 2: // deposit / credit
				credit := next()%2 == 1
				amt := uint256.NewInt(uint64(next()) * 50_000)
				d := Deposit{ID: fmt.Sprintf("d%d", step), Consumer: consumers[next()%2], Asset: testAsset, Amount: *amt, At: now}
				if !credit {
					_, err = r.st.Deposit(d)
				} else {
					_, err = r.st.AddCredit(d)
				}
			case 3: // dispute
				disputes++
				err = r.st.OpenDispute(Dispute{ID: fmt.Sprintf("x%d", disputes), EventIDs: []string{fmt.Sprintf("e%d", next()%8)}, Opened: now})
			case 4: // resolve
				id := fmt.Sprintf("x%d", 1+int(next())%max(disputes, 1))
				d := r.st.disputes[id]
				res := Resolution{DisputeID: id, Reason: "fuzz", At: now}
				how := next() % 3
				if d != nil && how > 0 {
					ev := d.EventIDs[0]
					res.Upheld = true
					if in := r.inputs[ev]; in != nil && how == 2 {
						nu := *in
						nu.Snapshot.Holdings = in.Snapshot.Holdings[:2] // CF 3 deprecated
						res.Changes = []Change{{EventID: ev, Input: &nu}}
					} else {
						res.Changes = []Change{{EventID: ev, Void: true}}
					}
				}
				if _, err = r.st.ResolveDispute(res, r.lookup); err == nil {
					for _, c := range res.Changes {
						if c.Void {
							delete(r.inputs, c.EventID)
						} else {
							r.inputs[c.EventID] = c.Input
						}
					}
				}
			case 5: // close
				now += uint64(next()%30+1) * 86_400
				epoch++
				err = r.close(scenarioOp{Epoch: epoch, Start: start, End: now})
				start = now
			}
			if err != nil && !allowed(err) {
				t.Fatalf("step %d: %v", step, err)
			}
			if err := checkInvariants(r.st, r.cum); err != nil {
				t.Fatalf("step %d: %v", step, err)
			}
		}
	})
}

func allowed(err error) bool {
	for _, e := range []error{ErrUnknownItem, ErrReserveReleased, ErrDisputeConflict, ErrUnknownDispute} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

func fuzzInput(id string, consumer common.Address, ts uint64, qty byte, mode PaymentMode, units byte) *Input {
	h := func(cf uint64, holder string, u uint64) Holding {
		return Holding{CfID: *uint256.NewInt(cf), Holder: common.HexToAddress(holder), Units: *uint256.NewInt(u)}
	}
	return &Input{
		Event: Event{ID: id, Consumer: consumer, DatasetID: *uint256.NewInt(7), DatasetVersion: 1,
			Quantity: *uint256.NewInt(uint64(qty) + 1), Unit: "request", Timestamp: ts, ValuationVersion: 1, Mode: mode},
		Valuation: Valuation{Version: 1, Asset: testAsset, Unit: "request", BasePrice: *uint256.NewInt(1999), PriceUnit: *uint256.NewInt(7)},
		Policy: Policy{Version: 1, ReserveBps: 500, ProtocolBps: 1500, DeveloperBps: 1000, PoolBps: 6000,
			Treasury: common.HexToAddress("0xa1"), Developers: []Developer{{Account: common.HexToAddress("0xd1"), Weight: *uint256.NewInt(1)}},
			DisputeWindow: 3 * 86_400},
		Snapshot: Snapshot{Holdings: []Holding{h(1, "0xb01", uint64(units)+1), h(2, "0xb02", 50), h(3, "0xb03", 7)}},
	}
}
