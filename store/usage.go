package store

import (
	"bytes"
	"context"
	"fmt"
	"math"

	"github.com/dataroyalty/royalty/usage"
)

// MaxUsageEventsPage caps one UsageEvents call.
const MaxUsageEventsPage = 10000

// InsertUsageEvent stores a signed event the caller has verified (usage's
// Verify against the deployment's domain; the store cannot, it lacks the
// GovernanceConfig address). Idempotent on the event id: the same id with the
// same content — chain, meter and EIP-712 struct hash, i.e. every signed field —
// is a no-op (inserted=false, the first signature is kept, since a meter may
// sign the same content twice with different bytes); any other content under
// that id is ErrConflict. Invalid fields are an *engine.FieldError.
func (s *Store) InsertUsageEvent(ctx context.Context, chainID uint64, ev *usage.SignedEvent) (inserted bool, err error) {
	if err := ev.Check(); err != nil {
		return false, fmt.Errorf("insert usage event %q: %w", ev.ID, err)
	}
	if chainID > math.MaxInt64 {
		return false, fmt.Errorf("insert usage event %q: chain id %d exceeds int64", ev.ID, chainID)
	}
	body, _ := ev.MarshalJSON()
	sh := ev.StructHash()
	err = s.Transact(ctx, func(tx *Store) error {
		r, err := tx.exec(ctx, `INSERT INTO usage_events (id, chain_id, consumer, payment_account, dataset_id, dataset_version,
			event_time, valuation_version, meter, mode, struct_hash, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`,
			[]byte(ev.ID), int64(chainID), ev.Consumer.Bytes(), ev.PaymentAccount.Bytes(), U256{ev.DatasetID}, u64(ev.DatasetVersion),
			int64(ev.Timestamp), u64(ev.ValuationVersion), ev.Meter.Bytes(), int64(ev.Mode), sh.Bytes(), string(body))
		if err != nil {
			return err
		}
		n, err := r.RowsAffected()
		if err != nil {
			return err
		}
		if n == 1 {
			inserted = true
			return nil
		}
		var old struct {
			ChainID    int64  `db:"chain_id"`
			Meter      []byte `db:"meter"`
			StructHash []byte `db:"struct_hash"`
		}
		if err := tx.q.GetContext(ctx, &old, tx.rebind(`SELECT chain_id, meter, struct_hash FROM usage_events WHERE id = ?`), []byte(ev.ID)); err != nil {
			return fmt.Errorf("read the stored event: %w", translate(err))
		}
		if old.ChainID != int64(chainID) || !bytes.Equal(old.Meter, ev.Meter.Bytes()) || !bytes.Equal(old.StructHash, sh.Bytes()) {
			return fmt.Errorf("%w: another event is stored under this id", ErrConflict)
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("insert usage event %q: %w", ev.ID, err)
	}
	return inserted, nil
}

// UsageEvent returns a stored event; ErrNotFound if there is none.
func (s *Store) UsageEvent(ctx context.Context, id string) (*usage.SignedEvent, error) {
	var body string
	if err := s.q.GetContext(ctx, &body, s.rebind(`SELECT body FROM usage_events WHERE id = ?`), []byte(id)); err != nil {
		return nil, fmt.Errorf("usage event %q: %w", id, translate(err))
	}
	ev, err := usage.Decode([]byte(body))
	if err != nil {
		return nil, fmt.Errorf("usage event %q: stored body: %w", id, err)
	}
	return ev, nil
}

// UsageEvents returns up to limit events in (timestamp, id) order, starting
// after the event afterID ("" starts at the first). A page boundary is the
// (timestamp, id) of afterID, so an event stored later with an earlier
// timestamp is not in later pages: the pricer reads events whose time is
// final, after the gateway's clock skew has passed. ErrNotFound if afterID is
// not stored.
func (s *Store) UsageEvents(ctx context.Context, afterID string, limit int) ([]usage.SignedEvent, error) {
	if limit <= 0 || limit > MaxUsageEventsPage {
		return nil, fmt.Errorf("usage events after %q: limit %d not in 1..%d", afterID, limit, MaxUsageEventsPage)
	}
	var bodies []string
	err := s.readOnly(ctx, func(tx *Store) error {
		if afterID == "" {
			return tx.q.SelectContext(ctx, &bodies, tx.rebind(`SELECT body FROM usage_events ORDER BY event_time, id LIMIT ?`), limit)
		}
		var ts int64
		if err := tx.q.GetContext(ctx, &ts, tx.rebind(`SELECT event_time FROM usage_events WHERE id = ?`), []byte(afterID)); err != nil {
			return fmt.Errorf("find the cursor: %w", translate(err))
		}
		return tx.q.SelectContext(ctx, &bodies, tx.rebind(`SELECT body FROM usage_events
			WHERE event_time > ? OR (event_time = ? AND id > ?) ORDER BY event_time, id LIMIT ?`), ts, ts, []byte(afterID), limit)
	})
	if err != nil {
		return nil, fmt.Errorf("usage events after %q: %w", afterID, translate(err))
	}
	out := make([]usage.SignedEvent, len(bodies))
	for i, b := range bodies {
		ev, err := usage.Decode([]byte(b))
		if err != nil {
			return nil, fmt.Errorf("usage events after %q: stored body %d: %w", afterID, i, err)
		}
		out[i] = *ev
	}
	return out, nil
}

// CountUsageEvents returns how many events are stored.
func (s *Store) CountUsageEvents(ctx context.Context) (int64, error) {
	var n int64
	if err := s.q.GetContext(ctx, &n, `SELECT COUNT(*) FROM usage_events`); err != nil {
		return 0, fmt.Errorf("count usage events: %w", translate(err))
	}
	return n, nil
}
