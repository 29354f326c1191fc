package pipeline

import (
	"context"
	"fmt"

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
