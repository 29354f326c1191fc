package store

import (
	"context"
	"fmt"
)

// insertUsageMetadata stores the sealed metadata of inserted events, and of
// duplicates that have none stored yet; never over a stored row.
func (s *Store) insertUsageMetadata(ctx context.Context, rows []usageRow) error {
	q := s.rebind(`INSERT INTO usage_metadata (event_id, key_id, ciphertext) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING`)
	var n int
	for _, r := range rows {
		if r.sealed != nil && r.result != UsageConflict {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	prep, err := s.q.PreparexContext(ctx, q)
	if err != nil {
		return fmt.Errorf("prepare usage metadata insert: %w", err)
	}
	defer prep.Close()
	for _, r := range rows {
		if r.sealed == nil || r.result == UsageConflict {
			continue
		}
		if _, err := prep.ExecContext(ctx, []byte(r.ev.ID), r.sealed.KeyID, r.sealed.Ciphertext); err != nil {
			return fmt.Errorf("insert metadata of usage event %q: %w", r.ev.ID, translate(err))
		}
	}
	return nil
}

// UsageMetadata returns the sealed metadata of an event; ErrNotFound if none
// is stored (the event has no commitment, or its plaintext was never sent).
func (s *Store) UsageMetadata(ctx context.Context, eventID string) (SealedMetadata, error) {
	var row struct {
		KeyID      string `db:"key_id"`
		Ciphertext []byte `db:"ciphertext"`
	}
	err := s.q.GetContext(ctx, &row, s.rebind(`SELECT key_id, ciphertext FROM usage_metadata WHERE event_id = ?`), []byte(eventID))
	if err != nil {
		return SealedMetadata{}, fmt.Errorf("metadata of usage event %q: %w", eventID, translate(err))
	}
	return SealedMetadata{KeyID: row.KeyID, Ciphertext: row.Ciphertext}, nil
}

// UsageMetadataRows returns up to limit sealed rows in event id order after
// afterID ("" from the start): what the audit opens and checks.
func (s *Store) UsageMetadataRows(ctx context.Context, afterID string, limit int) ([]SealedRow, error) {
	if limit <= 0 || limit > MaxUsageEventsPage {
		return nil, fmt.Errorf("usage metadata: limit %d not in 1..%d", limit, MaxUsageEventsPage)
	}
	var rows []struct {
		EventID    []byte `db:"event_id"`
		KeyID      string `db:"key_id"`
		Ciphertext []byte `db:"ciphertext"`
	}
	err := s.q.SelectContext(ctx, &rows, s.rebind(`SELECT event_id, key_id, ciphertext FROM usage_metadata
		WHERE event_id > ? ORDER BY event_id LIMIT ?`), []byte(afterID), limit)
	if err != nil {
		return nil, fmt.Errorf("list usage metadata after %q: %w", afterID, translate(err))
	}
	out := make([]SealedRow, len(rows))
	for i, r := range rows {
		out[i] = SealedRow{EventID: string(r.EventID), SealedMetadata: SealedMetadata{KeyID: r.KeyID, Ciphertext: r.Ciphertext}}
	}
	return out, nil
}

// SealedRow is one event's sealed metadata, for re-encryption.
type SealedRow struct {
	EventID string
	SealedMetadata
}

// UsageMetadataNotUnder returns up to limit rows whose key is not keyID, in
// event id order after afterID ("" from the start): the work list of a
// rotation, which resumes from any point because done rows carry the new key.
func (s *Store) UsageMetadataNotUnder(ctx context.Context, keyID, afterID string, limit int) ([]SealedRow, error) {
	if limit <= 0 || limit > MaxUsageEventsPage {
		return nil, fmt.Errorf("usage metadata: limit %d not in 1..%d", limit, MaxUsageEventsPage)
	}
	var rows []struct {
		EventID    []byte `db:"event_id"`
		KeyID      string `db:"key_id"`
		Ciphertext []byte `db:"ciphertext"`
	}
	err := s.q.SelectContext(ctx, &rows, s.rebind(`SELECT event_id, key_id, ciphertext FROM usage_metadata
		WHERE key_id <> ? AND event_id > ? ORDER BY event_id LIMIT ?`), keyID, []byte(afterID), limit)
	if err != nil {
		return nil, fmt.Errorf("usage metadata not under key %q: %w", keyID, translate(err))
	}
	out := make([]SealedRow, len(rows))
	for i, r := range rows {
		out[i] = SealedRow{EventID: string(r.EventID), SealedMetadata: SealedMetadata{KeyID: r.KeyID, Ciphertext: r.Ciphertext}}
	}
	return out, nil
}

// ReplaceUsageMetadata swaps an event's ciphertext for one sealed under
// another key, only if the row is still under oldKeyID (compare-and-swap, so
// two rotations at once never lose a write): replaced reports whether it was.
func (s *Store) ReplaceUsageMetadata(ctx context.Context, eventID, oldKeyID string, sealed SealedMetadata) (replaced bool, err error) {
	r, err := s.exec(ctx, `UPDATE usage_metadata SET key_id = ?, ciphertext = ? WHERE event_id = ? AND key_id = ?`,
		sealed.KeyID, sealed.Ciphertext, []byte(eventID), oldKeyID)
	if err != nil {
		return false, fmt.Errorf("replace metadata of usage event %q: %w", eventID, err)
	}
	n, err := r.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("replace metadata of usage event %q: %w", eventID, err)
	}
	return n == 1, nil
}

// UsageMetadataKeyCounts counts the sealed rows under each key id.
func (s *Store) UsageMetadataKeyCounts(ctx context.Context) (map[string]int64, error) {
	var rows []struct {
		KeyID string `db:"key_id"`
		N     int64  `db:"n"`
	}
	if err := s.q.SelectContext(ctx, &rows, `SELECT key_id, COUNT(*) AS n FROM usage_metadata GROUP BY key_id`); err != nil {
		return nil, fmt.Errorf("count usage metadata by key: %w", translate(err))
	}
	out := make(map[string]int64, len(rows))
	for _, r := range rows {
		out[r.KeyID] = r.N
	}
	return out, nil
}
