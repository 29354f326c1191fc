package store

import (
	"context"
	"fmt"
)

// RouteRunRow is one stored payout route (routes.Run JSON).
type RouteRunRow struct {
	Key     string
	ChainID uint64
	Epoch   uint64
	State   []byte
}

// SaveRouteRun writes a route's state, replacing the stored one.
func (s *Store) SaveRouteRun(ctx context.Context, r RouteRunRow) error {
	if r.Key == "" {
		return fmt.Errorf("save route run: empty key")
	}
	_, err := s.exec(ctx, `INSERT INTO route_runs (run_key, chain_id, epoch, state) VALUES (?, ?, ?, ?)
		ON CONFLICT (run_key) DO UPDATE SET state = excluded.state`,
		r.Key, int64(r.ChainID), int64(r.Epoch), string(r.State))
	if err != nil {
		return fmt.Errorf("save route run %q: %w", r.Key, err)
	}
	return nil
}

// RouteRun returns a stored route, or ErrNotFound.
func (s *Store) RouteRun(ctx context.Context, key string) (RouteRunRow, error) {
	var r struct {
		Key     string `db:"run_key"`
		ChainID int64  `db:"chain_id"`
		Epoch   int64  `db:"epoch"`
		State   string `db:"state"`
	}
	if err := s.q.GetContext(ctx, &r, s.rebind(`SELECT run_key, chain_id, epoch, state FROM route_runs WHERE run_key = ?`), key); err != nil {
		return RouteRunRow{}, fmt.Errorf("route run %q: %w", key, translate(err))
	}
	return RouteRunRow{Key: r.Key, ChainID: uint64(r.ChainID), Epoch: uint64(r.Epoch), State: []byte(r.State)}, nil
}

// RouteRuns lists an epoch's stored routes in key order.
func (s *Store) RouteRuns(ctx context.Context, chainID, epoch uint64) ([]RouteRunRow, error) {
	var rows []struct {
		Key     string `db:"run_key"`
		ChainID int64  `db:"chain_id"`
		Epoch   int64  `db:"epoch"`
		State   string `db:"state"`
	}
	if err := s.q.SelectContext(ctx, &rows, s.rebind(`SELECT run_key, chain_id, epoch, state FROM route_runs
		WHERE chain_id = ? AND epoch = ? ORDER BY run_key`), int64(chainID), int64(epoch)); err != nil {
		return nil, fmt.Errorf("route runs of epoch %d: %w", epoch, translate(err))
	}
	out := make([]RouteRunRow, len(rows))
	for i, r := range rows {
		out[i] = RouteRunRow{Key: r.Key, ChainID: uint64(r.ChainID), Epoch: uint64(r.Epoch), State: []byte(r.State)}
	}
	return out, nil
}
