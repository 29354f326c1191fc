package store

import (
	"context"
	"fmt"
)

// UsageEventRow is a stored usage event exactly as its columns hold it, for
// audits: nothing is decoded or checked, so a row edited by hand is seen as
// it is. Integers of uint256 range are the stored decimal text.
type UsageEventRow struct {
	ID               []byte `db:"id"`
	ChainID          int64  `db:"chain_id"`
	Consumer         []byte `db:"consumer"`
	PaymentAccount   []byte `db:"payment_account"`
	DatasetID        string `db:"dataset_id"`
	DatasetVersion   string `db:"dataset_version"`
	EventTime        int64  `db:"event_time"`
	ValuationVersion string `db:"valuation_version"`
	Meter            []byte `db:"meter"`
	Mode             int64  `db:"mode"`
	StructHash       []byte `db:"struct_hash"`
	Body             string `db:"body"`
}

// UsageEventRows returns up to limit stored usage events of a chain in id
// order (ids compared bytewise), starting after afterID (nil: from the first).
func (s *Store) UsageEventRows(ctx context.Context, chainID uint64, afterID []byte, limit int) ([]UsageEventRow, error) {
	if limit <= 0 || limit > MaxUsageEventsPage {
		return nil, fmt.Errorf("usage event rows: limit %d not in 1..%d", limit, MaxUsageEventsPage)
	}
	const cols = `id, chain_id, consumer, payment_account, dataset_id, dataset_version, event_time, valuation_version, meter, mode, struct_hash, body`
	var rows []UsageEventRow
	var err error
	if afterID == nil {
		err = s.q.SelectContext(ctx, &rows, s.rebind(`SELECT `+cols+` FROM usage_events WHERE chain_id = ? ORDER BY id LIMIT ?`), int64(chainID), limit)
	} else {
		err = s.q.SelectContext(ctx, &rows, s.rebind(`SELECT `+cols+` FROM usage_events WHERE chain_id = ? AND id > ? ORDER BY id LIMIT ?`),
			int64(chainID), afterID, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("usage event rows after %q: %w", afterID, translate(err))
	}
	return rows, nil
}
