package engine

// Payment modes and TNPL: deposits and prepaid credit fill a consumer's
// balances; each close pays obligations from them, oldest first.

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Deposit is revenue arriving in a consumer's revenue account (whole base units).
type Deposit struct {
	ID       string
	Consumer common.Address
	Asset    common.Address
	Amount   uint256.Int
	At       uint64
}

// Deposit credits the consumer's revenue balance. Obligations are settled
// from it at the next close, oldest first, so deposits commute with each
// other and with accruals. Re-applying the same deposit id is a no-op.
func (st *State) Deposit(d Deposit) (*Posting, error) {
	return st.fund("deposit", AcctRevenue(d.Consumer), d, func(m *conMoves, x *uint256.Int) {
		m.deposited.Add(&m.deposited, x)
	})
}

// AddCredit records prepaid credit bought by a consumer (whole base units);
// prepaid line items are drawn from it.
func (st *State) AddCredit(d Deposit) (*Posting, error) {
	return st.fund("credit", AcctCredit(d.Consumer), d, func(m *conMoves, x *uint256.Int) {
		m.credited.Add(&m.credited, x)
	})
}

func (st *State) fund(kind, account string, d Deposit, note func(*conMoves, *uint256.Int)) (*Posting, error) {
	if d.ID == "" {
		return nil, fmt.Errorf("%s: %w", kind, ErrEmptyKey)
	}
	var atto uint256.Int
	if _, o := atto.MulOverflow(&d.Amount, attoPerUnit); o {
		return nil, fmt.Errorf("%s %s: amount: %w", kind, d.ID, ErrAmountOverflow)
	}
	p := &Posting{
		Key:   kind + "/" + d.ID,
		Asset: d.Asset,
		Memo:  fmt.Sprintf("%s at %d", kind, d.At),
		Legs:  []Leg{{AcctExternal, NegOf(&atto)}, {account, Pos(&atto)}},
	}
	fresh, err := st.ledger.Apply(p)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", kind, d.ID, err)
	}
	if fresh {
		note(st.con(d.Consumer, d.Asset), &atto)
		cp := st.cashOf(d.Consumer, d.Asset)
		cp.in.Add(&cp.in, &atto) // ≤ |external|, which the ledger kept in range
	}
	return p, nil
}

// settle pays obligations from each consumer's balance, oldest first (event
// time, then event id), one queue per (consumer, asset, source). A fully
// paid item moves all its allocations from accrued to payable; the one item a
// balance covers only in part moves that part pro rata: Apportion over what
// each allocation still lacks, so successive partial payments never take back
// a share and end exactly at the allocations.
func (st *State) settle(c Close, groups []*accGroup, lookup Lookup, res *EpochResult) error {
	type qk = groupKey
	queues := map[qk][]*ItemState{}
	// Oldest first: the items of earlier closes from the map, sorted; this
	// close's from their groups, in stream order (sorted only if the stream
	// was not), merged in.
	for _, it := range st.sortedItems(func(it *ItemState) bool { return it.Epoch != c.Epoch && !it.fullySettled() }) {
		k := qk{it.Consumer, it.Asset, sourceOf(it.Mode)}
		queues[k] = append(queues[k], it)
	}
	gByKey := map[qk]*accGroup{}
	for _, g := range groups {
		k := qk{g.consumer, g.asset, g.source}
		gByKey[k] = g
		news := make([]*ItemState, 0, len(g.items))
		for _, it := range g.items {
			if !it.fullySettled() {
				news = append(news, it)
			}
		}
		if !slices.IsSortedFunc(news, olderFirst) {
			slices.SortFunc(news, olderFirst)
		}
		if len(news) > 0 {
			queues[k] = mergeOlderFirst(queues[k], news)
		}
	}
	keys := make([]qk, 0, len(queues))
	for k := range queues {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b qk) int {
		if x := a.asset.Cmp(b.asset); x != 0 {
			return x
		}
		if x := a.consumer.Cmp(b.consumer); x != 0 {
			return x
		}
		return int(a.source) - int(b.source)
	})
	for _, k := range keys {
		q := queues[k]
		acct := k.source.account(k.consumer)
		bal := st.ledger.Balance(acct, k.asset)
		if bal.Neg || bal.IsZero() {
			continue
		}
		funds := bal.Abs
		// Plan: which items are paid in full, and the part paid of the next.
		full := 0
		var part uint256.Int
		for _, it := range q {
			var need uint256.Int
			need.Sub(&it.Gross, &it.Settled)
			if funds.Cmp(&need) >= 0 {
				funds.Sub(&funds, &need)
				full++
				continue
			}
			part = funds
			break
		}
		ls := legSet{}
		cm := st.con(k.consumer, k.asset)
		// New items paid in full from zero: if that is every new item of the
		// group, their accumulators move in one step (no per-item lookup).
		g := gByKey[k]
		bulk := g != nil
		if bulk {
			paidNew := 0
			for _, it := range q[:full] {
				if it.Epoch == c.Epoch {
					paidNew++
				}
			}
			bulk = paidNew == len(g.items)
		}
		if bulk {
			for i, r := range g.recips {
				if err := st.movePayable(ls, k.consumer, r, k.asset, &g.accs[i]); err != nil {
					return err
				}
			}
		}
		var paid uint256.Int
		for i, it := range q {
			if i > full || (i == full && part.IsZero()) {
				break
			}
			var pay uint256.Int
			if i < full {
				pay.Sub(&it.Gross, &it.Settled)
			} else {
				pay = part
			}
			paid.Add(&paid, &pay) // ≤ the balance: no overflow
			if bulk && it.Epoch == c.Epoch && i < full {
				it.Settled = it.Gross
				continue
			}
			if err := st.settleItem(ls, it, &pay, lookup); err != nil {
				return fmt.Errorf("close epoch %d: settle %s: %w", c.Epoch, it.EventID, err)
			}
		}
		if err := ls.addNeg(acct, &paid); err != nil {
			return err
		}
		if err := ls.addPos(AcctOwed(k.consumer), &paid); err != nil {
			return err
		}
		cm.settled.Add(&cm.settled, &paid)
		p := &Posting{
			Key:   fmt.Sprintf("epoch/%d/settle/%s/%s/%d", c.Epoch, hexAddr(k.consumer), hexAddr(k.asset), k.source),
			Asset: k.asset,
			Memo:  "settle obligations oldest first",
			Legs:  ls.legs(),
		}
		if err := st.apply(res, p); err != nil {
			return fmt.Errorf("close epoch %d: %w", c.Epoch, err)
		}
	}
	return nil
}

// movePayable moves x atto of recipient r's accrual to payable, paid with consumer c's cash.
func (st *State) movePayable(ls legSet, c, r, asset common.Address, x *uint256.Int) error {
	if x.IsZero() {
		return nil
	}
	if err := st.payIn(c, asset, x); err != nil {
		return err
	}
	if err := ls.addNeg(AcctAccrued(r), x); err != nil {
		return err
	}
	if err := ls.addPos(AcctPayable(r), x); err != nil {
		return err
	}
	m := st.rec(r, asset)
	m.settled.Add(&m.settled, x)
	return nil
}

// settleItem pays pay atto of one item, pro rata over what each allocation
// still lacks.
func (st *State) settleItem(ls legSet, it *ItemState, pay *uint256.Int, lookup Lookup) error {
	li, _, err := recompute(lookup, it)
	if err != nil {
		return err
	}
	done := settledShares(it, li)
	lack := make([]uint256.Int, len(done))
	for i := range lack {
		lack[i].Sub(&li.Allocations[i].AmountAtto, &done[i])
	}
	shares, err := Apportion(pay, lack)
	if err != nil {
		return fmt.Errorf("apportion payment: %w", err)
	}
	for i := range shares {
		a := &li.Allocations[i]
		if a.Kind != KindReserve {
			if err := st.movePayable(ls, it.Consumer, a.Account, it.Asset, &shares[i]); err != nil {
				return err
			}
		}
		done[i].Add(&done[i], &shares[i])
	}
	it.Settled.Add(&it.Settled, pay)
	if it.fullySettled() {
		it.Partial = nil
	} else {
		it.Partial = done
	}
	return nil
}
