package store

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/usage"
)

// EventCounts is how many stored usage events are in each state: priced
// (a line item exists; of which accrued: in a closed epoch), or recorded as
// waiting, rejected or held; unseen events are stored but not yet looked at
// by the pricer.
type EventCounts struct {
	Stored   int64 `json:"stored"`
	Priced   int64 `json:"priced"`
	Accrued  int64 `json:"accrued"`
	Waiting  int64 `json:"waiting"`
	Rejected int64 `json:"rejected"`
	Held     int64 `json:"held"`
	Unseen   int64 `json:"unseen"`
}

// CountEvents counts the events of every state (one read transaction, so
// the counts add up).
func (s *Store) CountEvents(ctx context.Context, chainID uint64) (EventCounts, error) {
	var c EventCounts
	err := s.readOnly(ctx, func(tx *Store) error {
		if err := tx.q.GetContext(ctx, &c.Stored, `SELECT COUNT(*) FROM usage_events`); err != nil {
			return err
		}
		var li struct {
			N       int64 `db:"n"`
			Accrued int64 `db:"accrued"`
		}
		if err := tx.q.GetContext(ctx, &li, tx.rebind(`SELECT COUNT(*) AS n, COUNT(epoch) AS accrued FROM line_items WHERE chain_id = ?`),
			int64(chainID)); err != nil {
			return err
		}
		c.Priced, c.Accrued = li.N, li.Accrued
		var rows []struct {
			Status string `db:"status"`
			N      int64  `db:"n"`
		}
		if err := tx.q.SelectContext(ctx, &rows, `SELECT status, COUNT(*) AS n FROM event_status GROUP BY status`); err != nil {
			return err
		}
		for _, r := range rows {
			switch r.Status {
			case "waiting":
				c.Waiting = r.N
			case "rejected":
				c.Rejected = r.N
			case "held":
				c.Held = r.N
			}
		}
		return nil
	})
	if err != nil {
		return c, fmt.Errorf("count events: %w", translate(err))
	}
	c.Unseen = max(0, c.Stored-c.Priced-c.Waiting-c.Rejected-c.Held)
	return c, nil
}

// EventStatusesLimit lists up to limit recorded statuses of one kind
// ("waiting", "rejected", "held"), by event id, and how many there are.
func (s *Store) EventStatusesLimit(ctx context.Context, status string, limit int) ([]EventStatus, error) {
	out := []EventStatus{}
	err := s.q.SelectContext(ctx, &out, s.rebind(`SELECT event_id, status, reason FROM event_status WHERE status = ? ORDER BY event_id LIMIT ?`),
		status, limit)
	if err != nil {
		return nil, fmt.Errorf("list %s events: %w", status, translate(err))
	}
	return out, nil
}

// Contribution is a contribution fingerprint as registered on chain: the
// data asset it covers, its role, who contributed it and its first holder.
type Contribution struct {
	CfID        uint256.Int
	DatasetID   uint256.Int
	AssetID     common.Hash
	Role        uint8
	Contributor common.Address
	Holder      common.Address
	Block       uint64
}

// ContributionOf returns the registration of a CF, or ErrNotFound.
func (s *Store) ContributionOf(ctx context.Context, chainID uint64, cfID *uint256.Int) (Contribution, error) {
	var r struct {
		DatasetID   U256   `db:"dataset_id"`
		AssetID     []byte `db:"asset_id"`
		Role        int64  `db:"role"`
		Contributor []byte `db:"contributor"`
		Holder      []byte `db:"holder"`
		Block       int64  `db:"block_number"`
	}
	err := s.q.GetContext(ctx, &r, s.rebind(`SELECT dataset_id, asset_id, role, contributor, holder, block_number
		FROM contributions_registered WHERE chain_id = ? AND cf_id = ? ORDER BY block_number LIMIT 1`), int64(chainID), NewU256(cfID))
	if err != nil {
		return Contribution{}, fmt.Errorf("contribution %s: %w", cfID.Dec(), translate(err))
	}
	return Contribution{CfID: *cfID, DatasetID: r.DatasetID.Int, AssetID: common.BytesToHash(r.AssetID), Role: uint8(r.Role),
		Contributor: common.BytesToAddress(r.Contributor), Holder: common.BytesToAddress(r.Holder), Block: uint64(r.Block)}, nil
}

// AssetMeta is a token's symbol and decimals as last read from it.
type AssetMeta struct {
	Asset    common.Address
	Symbol   string
	Decimals uint8
}

// SaveAssetMeta records a token's symbol and decimals (replacing older ones).
func (s *Store) SaveAssetMeta(ctx context.Context, chainID uint64, m AssetMeta) error {
	_, err := s.exec(ctx, `INSERT INTO asset_metadata (chain_id, asset, symbol, decimals) VALUES (?, ?, ?, ?)
		ON CONFLICT (chain_id, asset) DO UPDATE SET symbol = excluded.symbol, decimals = excluded.decimals`,
		int64(chainID), m.Asset.Bytes(), m.Symbol, int64(m.Decimals))
	if err != nil {
		return fmt.Errorf("save metadata of asset %s: %w", m.Asset.Hex(), err)
	}
	return nil
}

// AssetMetas returns every recorded token's metadata of a chain, with the
// price limits' (read when a limit was set) for tokens recorded only there.
func (s *Store) AssetMetas(ctx context.Context, chainID uint64) (map[common.Address]AssetMeta, error) {
	out := map[common.Address]AssetMeta{}
	for _, q := range []string{`SELECT asset, symbol, decimals FROM price_limits WHERE chain_id = ?`,
		`SELECT asset, symbol, decimals FROM asset_metadata WHERE chain_id = ?`} {
		var rows []struct {
			Asset    []byte `db:"asset"`
			Symbol   string `db:"symbol"`
			Decimals int64  `db:"decimals"`
		}
		if err := s.q.SelectContext(ctx, &rows, s.rebind(q), int64(chainID)); err != nil {
			return nil, fmt.Errorf("read asset metadata: %w", translate(err))
		}
		for _, r := range rows {
			a := common.BytesToAddress(r.Asset)
			out[a] = AssetMeta{Asset: a, Symbol: r.Symbol, Decimals: uint8(r.Decimals)}
		}
	}
	return out, nil
}

// Epochs lists a chain's closed epochs (without their large documents:
// statements, trees and payout are empty), newest first, at most limit.
func (s *Store) Epochs(ctx context.Context, chainID uint64, limit int) ([]EpochRow, error) {
	var rows []epochDB
	err := s.q.SelectContext(ctx, &rows, s.rebind(`SELECT chain_id, epoch, start_time, end_time, statements_hash, root, receipt_root,
		'' AS statements, '' AS tree, '' AS receipt_tree, '' AS payout FROM epochs WHERE chain_id = ? ORDER BY epoch DESC LIMIT ?`),
		int64(chainID), limit)
	if err != nil {
		return nil, fmt.Errorf("list epochs: %w", translate(err))
	}
	out := make([]EpochRow, len(rows))
	for i := range rows {
		out[i] = rows[i].row()
	}
	return out, nil
}

// RelayStages returns the relay stage of every epoch with a relay record.
func (s *Store) RelayStages(ctx context.Context, chainID uint64) (map[uint64]string, error) {
	var rows []struct {
		Epoch int64  `db:"epoch"`
		Stage string `db:"stage"`
	}
	if err := s.q.SelectContext(ctx, &rows, s.rebind(`SELECT epoch, stage FROM epoch_relays WHERE chain_id = ?`), int64(chainID)); err != nil {
		return nil, fmt.Errorf("list relay stages: %w", translate(err))
	}
	out := make(map[uint64]string, len(rows))
	for _, r := range rows {
		out[uint64(r.Epoch)] = r.Stage
	}
	return out, nil
}

// LineItemCounts returns how many line items each closed epoch accrued.
func (s *Store) LineItemCounts(ctx context.Context, chainID uint64) (map[uint64]int64, error) {
	var rows []struct {
		Epoch int64 `db:"epoch"`
		N     int64 `db:"n"`
	}
	if err := s.q.SelectContext(ctx, &rows, s.rebind(`SELECT epoch, COUNT(*) AS n FROM line_items WHERE chain_id = ? AND epoch IS NOT NULL GROUP BY epoch`),
		int64(chainID)); err != nil {
		return nil, fmt.Errorf("count line items: %w", translate(err))
	}
	out := make(map[uint64]int64, len(rows))
	for _, r := range rows {
		out[uint64(r.Epoch)] = r.N
	}
	return out, nil
}

// OutboxBodies returns every outbox intent's stored body (JSON), for metrics.
func (s *Store) OutboxBodies(ctx context.Context) ([]string, error) {
	var out []string
	if err := s.q.SelectContext(ctx, &out, `SELECT body FROM tx_intents`); err != nil {
		return nil, fmt.Errorf("read outbox: %w", translate(err))
	}
	return out, nil
}

// WorkUnpriced hands fn, in one transaction, up to limit stored events of
// chainID not yet priced nor rejected, after the cursor (afterTime, afterID)
// in (event time, id) order, and returns the last one's cursor (found is
// false when there was none). On PostgreSQL the rows are locked FOR UPDATE
// SKIP LOCKED: instances sharing the database each take events no other
// is pricing at that moment. fn gets the transaction's store: its writes
// (line items, statuses) commit with the batch.
func (s *Store) WorkUnpriced(ctx context.Context, chainID uint64, afterTime int64, afterID string, limit int,
	fn func(tx *Store, evs []usage.SignedEvent) error) (lastTime int64, lastID string, found bool, err error) {
	if limit <= 0 || limit > MaxUsageEventsPage {
		return 0, "", false, fmt.Errorf("work unpriced: limit %d not in 1..%d", limit, MaxUsageEventsPage)
	}
	idText := `CAST(u.id AS TEXT)`
	lock := ``
	if s.dialect == Postgres {
		idText, lock = `convert_from(u.id, 'UTF8')`, ` FOR UPDATE OF u SKIP LOCKED`
	}
	q := `SELECT u.event_time, u.body FROM usage_events u
		WHERE u.chain_id = ? AND (u.event_time > ? OR (u.event_time = ? AND u.id > ?))
		AND NOT EXISTS (SELECT 1 FROM line_items l WHERE l.event_id = ` + idText + `)
		AND NOT EXISTS (SELECT 1 FROM event_status e WHERE e.event_id = ` + idText + ` AND e.status = 'rejected')
		ORDER BY u.event_time, u.id LIMIT ?` + lock
	err = s.Transact(ctx, func(tx *Store) error {
		var rows []struct {
			Time int64  `db:"event_time"`
			Body string `db:"body"`
		}
		if err := tx.q.SelectContext(ctx, &rows, tx.rebind(q), int64(chainID), afterTime, afterTime, []byte(afterID), limit); err != nil {
			return translate(err)
		}
		if len(rows) == 0 {
			return nil
		}
		evs := make([]usage.SignedEvent, len(rows))
		for i, r := range rows {
			ev, err := usage.Decode([]byte(r.Body))
			if err != nil {
				return fmt.Errorf("stored event %d of the batch: %w", i, err)
			}
			evs[i] = *ev
		}
		lastTime, lastID, found = rows[len(rows)-1].Time, evs[len(evs)-1].ID, true
		return fn(tx, evs)
	})
	if err != nil {
		return 0, "", false, fmt.Errorf("work unpriced events: %w", err)
	}
	return lastTime, lastID, found, nil
}
