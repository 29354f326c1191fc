package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// PriceLimit is the operator's maximum gross for one event in one asset
// (base units), with the token's symbol and decimals for display.
type PriceLimit struct {
	ChainID  uint64
	Asset    common.Address
	MaxGross uint256.Int
	Symbol   string
	Decimals uint8
}

type priceLimitDB struct {
	ChainID  int64  `db:"chain_id"`
	Asset    []byte `db:"asset"`
	MaxGross U256   `db:"max_gross"`
	Symbol   string `db:"symbol"`
	Decimals int64  `db:"decimals"`
}

func (r *priceLimitDB) limit() PriceLimit {
	return PriceLimit{ChainID: uint64(r.ChainID), Asset: common.BytesToAddress(r.Asset), MaxGross: r.MaxGross.Int,
		Symbol: r.Symbol, Decimals: uint8(r.Decimals)}
}

// SetPriceLimit sets (or replaces) the limit of an asset.
func (s *Store) SetPriceLimit(ctx context.Context, l PriceLimit) error {
	_, err := s.exec(ctx, `INSERT INTO price_limits (chain_id, asset, max_gross, symbol, decimals) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (chain_id, asset) DO UPDATE SET max_gross = excluded.max_gross, symbol = excluded.symbol, decimals = excluded.decimals`,
		int64(l.ChainID), l.Asset.Bytes(), NewU256(&l.MaxGross), l.Symbol, int64(l.Decimals))
	if err != nil {
		return fmt.Errorf("set price limit of %s: %w", l.Asset.Hex(), err)
	}
	return nil
}

// RemovePriceLimit removes the limit of an asset (no-op when none).
func (s *Store) RemovePriceLimit(ctx context.Context, chainID uint64, asset common.Address) error {
	if _, err := s.exec(ctx, `DELETE FROM price_limits WHERE chain_id = ? AND asset = ?`, int64(chainID), asset.Bytes()); err != nil {
		return fmt.Errorf("remove price limit of %s: %w", asset.Hex(), err)
	}
	return nil
}

// PriceLimitOf returns the limit of an asset, or ErrNotFound.
func (s *Store) PriceLimitOf(ctx context.Context, chainID uint64, asset common.Address) (PriceLimit, error) {
	var r priceLimitDB
	err := s.q.GetContext(ctx, &r, s.rebind(`SELECT chain_id, asset, max_gross, symbol, decimals FROM price_limits WHERE chain_id = ? AND asset = ?`),
		int64(chainID), asset.Bytes())
	if err != nil {
		return PriceLimit{}, fmt.Errorf("price limit of %s: %w", asset.Hex(), translate(err))
	}
	return r.limit(), nil
}

// PriceLimits lists a chain's limits by asset.
func (s *Store) PriceLimits(ctx context.Context, chainID uint64) ([]PriceLimit, error) {
	var rows []priceLimitDB
	err := s.q.SelectContext(ctx, &rows, s.rebind(`SELECT chain_id, asset, max_gross, symbol, decimals FROM price_limits WHERE chain_id = ? ORDER BY asset`),
		int64(chainID))
	if err != nil {
		return nil, fmt.Errorf("list price limits: %w", translate(err))
	}
	out := make([]PriceLimit, len(rows))
	for i := range rows {
		out[i] = rows[i].limit()
	}
	return out, nil
}

// EventStatusOf returns the recorded status of an unpriced event, or ErrNotFound.
func (s *Store) EventStatusOf(ctx context.Context, eventID string) (EventStatus, error) {
	var out EventStatus
	err := s.q.GetContext(ctx, &out, s.rebind(`SELECT event_id, status, reason FROM event_status WHERE event_id = ?`), eventID)
	if err != nil {
		return out, fmt.Errorf("status of event %s: %w", eventID, translate(err))
	}
	return out, nil
}

// ReleaseEvent records an operator's release of a held event. Releasing it
// again is a no-op.
func (s *Store) ReleaseEvent(ctx context.Context, eventID, note string) error {
	_, err := s.exec(ctx, `INSERT INTO event_releases (event_id, note) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING`, eventID, note)
	if err != nil {
		return fmt.Errorf("release event %s: %w", eventID, err)
	}
	return nil
}

// Released reports whether an operator released the event.
func (s *Store) Released(ctx context.Context, eventID string) (bool, error) {
	var id string
	err := s.q.GetContext(ctx, &id, s.rebind(`SELECT event_id FROM event_releases WHERE event_id = ?`), eventID)
	switch err = translate(err); {
	case err == nil:
		return true, nil
	case errors.Is(err, ErrNotFound):
		return false, nil
	}
	return false, fmt.Errorf("release of event %s: %w", eventID, err)
}
