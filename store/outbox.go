package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/relayer/txmgr"
)

// Outbox is the relayer's durable intent table in this store. Every write is
// one committed transaction (or joins the caller's), so it is on disk before
// the manager broadcasts what it wrote. A fenced outbox (Fenced) first checks
// its lease in the same transaction: once another holder has taken the lease
// over, every write fails with ErrLeaseLost and nothing is written.
type Outbox struct {
	s     *Store
	lease *Lease
}

// Outbox returns the store's outbox, unfenced.
func (s *Store) Outbox() *Outbox { return &Outbox{s: s} }

// Fenced returns the outbox whose writes all check l first.
func (o *Outbox) Fenced(l Lease) *Outbox { return &Outbox{s: o.s, lease: &l} }

var _ txmgr.Outbox = (*Outbox)(nil)

type intentRow struct {
	Body    string `db:"body"`
	Version int64  `db:"version"`
}

func (r intentRow) intent() (*txmgr.Intent, error) {
	in := new(txmgr.Intent)
	if err := json.Unmarshal([]byte(r.Body), in); err != nil {
		return nil, fmt.Errorf("decode intent: %w", err)
	}
	in.Version = r.Version
	return in, nil
}

// Load returns the intent under key, or txmgr.ErrNotFound.
func (o *Outbox) Load(ctx context.Context, key string) (*txmgr.Intent, error) {
	var r intentRow
	err := o.s.q.GetContext(ctx, &r, o.s.rebind(`SELECT body, version FROM tx_intents WHERE intent_key = ?`), key)
	if err := translate(err); err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil, txmgr.ErrNotFound
		}
		return nil, fmt.Errorf("load intent %q: %w", key, err)
	}
	in, err := r.intent()
	if err != nil {
		return nil, fmt.Errorf("intent %q: %w", key, err)
	}
	return in, nil
}

// write runs fn in one transaction, after the lease check when fenced.
func (o *Outbox) write(ctx context.Context, fn func(tx *Store) error) error {
	return o.s.Transact(ctx, func(tx *Store) error {
		if o.lease != nil {
			if err := tx.CheckLease(ctx, *o.lease); err != nil {
				return err
			}
		}
		return fn(tx)
	})
}

// Insert stores a new intent if its key is free: txmgr.ErrExists when the
// key is taken (the caller resumes that intent), txmgr.ErrNonceTaken when
// another open intent of the account holds the nonce.
func (o *Outbox) Insert(ctx context.Context, in *txmgr.Intent) error {
	body, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("encode intent %q: %w", in.Key, err)
	}
	err = o.write(ctx, func(tx *Store) error {
		r, err := tx.exec(ctx, `INSERT INTO tx_intents (intent_key, from_addr, nonce, status, body, version) VALUES (?, ?, ?, ?, ?, 0)
			ON CONFLICT (intent_key) DO NOTHING`,
			in.Key, in.From.Bytes(), int64(in.Nonce), string(in.Status), string(body))
		if err != nil {
			return err
		}
		n, err := r.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			return txmgr.ErrExists
		}
		in.Version = 0
		return nil
	})
	return outboxError("insert", in, err)
}

// Save updates a stored intent (status, nonce, attempts) if it is still at
// the version in.Version was read at, and moves that version on:
// txmgr.ErrStale when someone else updated it since. A nonce another open
// intent of the account holds is txmgr.ErrNonceTaken.
func (o *Outbox) Save(ctx context.Context, in *txmgr.Intent) error {
	body, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("encode intent %q: %w", in.Key, err)
	}
	err = o.write(ctx, func(tx *Store) error {
		r, err := tx.exec(ctx, `UPDATE tx_intents SET from_addr = ?, nonce = ?, status = ?, body = ?, version = version + 1
			WHERE intent_key = ? AND version = ?`,
			in.From.Bytes(), int64(in.Nonce), string(in.Status), string(body), in.Key, in.Version)
		if err != nil {
			return err
		}
		if n, err := r.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			if _, err := tx.Outbox().Load(ctx, in.Key); err != nil {
				return err
			}
			return txmgr.ErrStale
		}
		in.Version++
		return nil
	})
	return outboxError("save", in, err)
}

func outboxError(op string, in *txmgr.Intent, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, txmgr.ErrExists), errors.Is(err, txmgr.ErrNotFound), errors.Is(err, txmgr.ErrStale):
		return fmt.Errorf("%s intent %q: %w", op, in.Key, err)
	case errors.Is(err, ErrConflict):
		// The only unique index an insert-if-absent or an update can still hit: (account, nonce) of open intents.
		return fmt.Errorf("%s intent %q: %w: nonce %d of %s", op, in.Key, txmgr.ErrNonceTaken, in.Nonce, in.From)
	}
	return fmt.Errorf("%s intent %q: %w", op, in.Key, err)
}

// Open lists the account's intents that are not final, by nonce.
func (o *Outbox) Open(ctx context.Context, from common.Address) ([]*txmgr.Intent, error) {
	var rows []intentRow
	err := o.s.q.SelectContext(ctx, &rows, o.s.rebind(`SELECT body, version FROM tx_intents
		WHERE from_addr = ? AND status NOT IN (?, ?, ?) ORDER BY nonce, intent_key`),
		from.Bytes(), string(txmgr.StatusConfirmed), string(txmgr.StatusFailed), string(txmgr.StatusDoneElsewhere))
	if err != nil {
		return nil, fmt.Errorf("list open intents of %s: %w", from, translate(err))
	}
	return decodeIntents(rows)
}

// Intents lists every intent, by key: the relayer's transaction history.
func (o *Outbox) Intents(ctx context.Context) ([]*txmgr.Intent, error) {
	var rows []intentRow
	if err := o.s.q.SelectContext(ctx, &rows, `SELECT body, version FROM tx_intents ORDER BY intent_key`); err != nil {
		return nil, fmt.Errorf("list intents: %w", translate(err))
	}
	return decodeIntents(rows)
}

func decodeIntents(rows []intentRow) ([]*txmgr.Intent, error) {
	out := make([]*txmgr.Intent, 0, len(rows))
	for _, r := range rows {
		in, err := r.intent()
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, nil
}
