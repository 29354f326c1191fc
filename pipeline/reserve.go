package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
)

// ReserveShare is what one account receives, in 10⁻¹⁸ base units, when the
// reserve held from an event's line item is released: the reserve split by
// the line item's own policy, snapshot holdings and consumer, exactly as the
// ledger's release splits it (engine.Split). The reserve is released at the
// first epoch close at or after ReleaseAt once the consumer has paid the
// item in full, unless a dispute freezes it. Zero when the account has no
// part in the split.
type ReserveShare struct {
	EventID   string
	Asset     common.Address
	Reserve   uint256.Int // base units held (the whole line item's)
	ShareAtto uint256.Int // the account's part of it
	ReleaseAt uint64      // event time + dispute window
}

// ReserveShareOf answers the account's part of the event's held reserve.
func (e *Epochs) ReserveShareOf(ctx context.Context, eventID string, account common.Address) (ReserveShare, error) {
	row, err := e.Store.LineItem(ctx, eventID)
	if err != nil {
		return ReserveShare{}, err
	}
	in, li, err := lineItem(&row)
	if err != nil {
		return ReserveShare{}, err
	}
	out := ReserveShare{EventID: eventID, Asset: li.Asset, Reserve: li.Reserve, ReleaseAt: row.EventTime + row.DisputeWindow}
	if li.Reserve.IsZero() {
		return out, nil
	}
	allocs, err := engine.Split(&li.Reserve, &in.Policy, in.Snapshot.Holdings, li.Consumer)
	if err != nil {
		return out, fmt.Errorf("reserve of %s: split: %w", eventID, err)
	}
	for i := range allocs {
		if allocs[i].Account == account {
			if _, o := out.ShareAtto.AddOverflow(&out.ShareAtto, &allocs[i].AmountAtto); o {
				return out, fmt.Errorf("reserve of %s: %w", eventID, engine.ErrAmountOverflow)
			}
		}
	}
	return out, nil
}

// HeldReserve is, for one asset, the account's share of the reserves still
// held after the last closed epoch: Atto in 10⁻¹⁸ base units over Events line
// items, of which Frozen are held past their window by an open dispute
// (released when it is resolved) and the others release from NextRelease
// on, the earliest of their ReleaseAt (0 when every one is frozen): a
// reserve is released at the first close at or after it once its item is
// paid in full.
type HeldReserve struct {
	Asset       common.Address `json:"asset"`
	Atto        string         `json:"atto"`
	Events      int            `json:"events"`
	NextRelease uint64         `json:"nextRelease"`
	Frozen      int            `json:"frozen,omitempty"`
}

// HeldReserves answers, per asset, the account's share of every reserve the
// ledger still holds after the last closed epoch (replayed from the store),
// split as its release will split it (ReserveShareOf). Assets where the
// account has no share are absent.
func (e *Epochs) HeldReserves(ctx context.Context, account common.Address) (map[common.Address]HeldReserve, error) {
	l, err := e.replay(ctx)
	if err != nil {
		return nil, err
	}
	sums := map[common.Address]*uint256.Int{}
	out := map[common.Address]HeldReserve{}
	for _, id := range l.st.Held() {
		rs, err := e.ReserveShareOf(ctx, id, account)
		if err != nil {
			return nil, err
		}
		if rs.ShareAtto.IsZero() {
			continue
		}
		if bal := l.st.Balance(engine.AcctReserve(id), rs.Asset); bal.Neg || bal.Abs.IsZero() {
			continue // released already (the item waits only for its payment)
		}
		h, ok := out[rs.Asset]
		if !ok {
			h = HeldReserve{Asset: rs.Asset}
			sums[rs.Asset] = new(uint256.Int)
		}
		if _, o := sums[rs.Asset].AddOverflow(sums[rs.Asset], &rs.ShareAtto); o {
			return nil, fmt.Errorf("held reserves of %s: %w", account.Hex(), engine.ErrAmountOverflow)
		}
		h.Events++
		if _, _, frozenBy := l.st.ItemStatus(id); frozenBy != "" {
			h.Frozen++ // released when the dispute is resolved, not at its time
		} else if h.NextRelease == 0 || rs.ReleaseAt < h.NextRelease {
			h.NextRelease = rs.ReleaseAt
		}
		h.Atto = sums[rs.Asset].Dec()
		out[rs.Asset] = h
	}
	return out, nil
}

// ReleaseTime prints a release time as the statement prints times (UTC).
func ReleaseTime(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

// HeldRelease prints h's next release as the statement prints it: the time,
// and how many items an open dispute freezes past their window.
func HeldRelease(h *HeldReserve) string {
	if h.Frozen == h.Events {
		return fmt.Sprintf("when the dispute is resolved (%d frozen by a dispute)", h.Frozen)
	}
	s := ReleaseTime(h.NextRelease)
	if h.Frozen > 0 {
		s += fmt.Sprintf(" (and %d frozen by a dispute)", h.Frozen)
	}
	return s
}
