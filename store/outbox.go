package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/relayer/txmgr"
)

// Outbox is the relayer's durable intent table in this store. A Save is one
// committed statement (or joins the caller's transaction), so it is on disk
// before the manager broadcasts what it saved.
type Outbox struct{ s *Store }

// Outbox returns the store's outbox.
func (s *Store) Outbox() *Outbox { return &Outbox{s: s} }

var _ txmgr.Outbox = (*Outbox)(nil)

// Load returns the intent under key, or txmgr.ErrNotFound.
func (o *Outbox) Load(ctx context.Context, key string) (*txmgr.Intent, error) {
	var body string
	err := o.s.q.GetContext(ctx, &body, o.s.rebind(`SELECT body FROM tx_intents WHERE intent_key = ?`), key)
	if err := translate(err); err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil, txmgr.ErrNotFound
		}
		return nil, fmt.Errorf("load intent %q: %w", key, err)
	}
	in := new(txmgr.Intent)
	if err := json.Unmarshal([]byte(body), in); err != nil {
		return nil, fmt.Errorf("decode intent %q: %w", key, err)
	}
	return in, nil
}

// Save inserts or replaces the intent under its key.
func (o *Outbox) Save(ctx context.Context, in *txmgr.Intent) error {
	body, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("encode intent %q: %w", in.Key, err)
	}
	_, err = o.s.exec(ctx, `INSERT INTO tx_intents (intent_key, from_addr, nonce, status, body) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (intent_key) DO UPDATE SET from_addr = excluded.from_addr, nonce = excluded.nonce,
		status = excluded.status, body = excluded.body`,
		in.Key, in.From.Bytes(), int64(in.Nonce), string(in.Status), string(body))
	if err != nil {
		return fmt.Errorf("save intent %q: %w", in.Key, err)
	}
	return nil
}

// Open lists the account's intents that are not final, by nonce.
func (o *Outbox) Open(ctx context.Context, from common.Address) ([]*txmgr.Intent, error) {
	var bodies []string
	err := o.s.q.SelectContext(ctx, &bodies, o.s.rebind(`SELECT body FROM tx_intents
		WHERE from_addr = ? AND status NOT IN (?, ?, ?) ORDER BY nonce, intent_key`),
		from.Bytes(), string(txmgr.StatusConfirmed), string(txmgr.StatusFailed), string(txmgr.StatusDoneElsewhere))
	if err != nil {
		return nil, fmt.Errorf("list open intents of %s: %w", from, translate(err))
	}
	out := make([]*txmgr.Intent, 0, len(bodies))
	for _, b := range bodies {
		in := new(txmgr.Intent)
		if err := json.Unmarshal([]byte(b), in); err != nil {
			return nil, fmt.Errorf("decode open intent: %w", err)
		}
		out = append(out, in)
	}
	return out, nil
}

// Intents lists every intent, by key: the relayer's transaction history for receipts.
func (o *Outbox) Intents(ctx context.Context) ([]*txmgr.Intent, error) {
	var bodies []string
	if err := o.s.q.SelectContext(ctx, &bodies, `SELECT body FROM tx_intents ORDER BY intent_key`); err != nil {
		return nil, fmt.Errorf("list intents: %w", translate(err))
	}
	out := make([]*txmgr.Intent, 0, len(bodies))
	for _, b := range bodies {
		in := new(txmgr.Intent)
		if err := json.Unmarshal([]byte(b), in); err != nil {
			return nil, fmt.Errorf("decode intent: %w", err)
		}
		out = append(out, in)
	}
	return out, nil
}
