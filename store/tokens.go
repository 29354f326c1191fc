package store

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// TokenMeta is an asset's symbol and decimals as its token reported them.
type TokenMeta struct {
	ChainID  uint64
	Address  common.Address
	Symbol   string
	Decimals uint8
}

// SaveToken keeps (or refreshes) a token's symbol and decimals.
func (s *Store) SaveToken(ctx context.Context, t TokenMeta) error {
	_, err := s.exec(ctx, `INSERT INTO tokens (chain_id, address, symbol, decimals) VALUES (?, ?, ?, ?)
		ON CONFLICT (chain_id, address) DO UPDATE SET symbol = excluded.symbol, decimals = excluded.decimals`,
		int64(t.ChainID), t.Address.Bytes(), t.Symbol, int64(t.Decimals))
	if err != nil {
		return fmt.Errorf("save token %s: %w", t.Address.Hex(), err)
	}
	return nil
}

// Token returns a kept token's symbol and decimals, or ErrNotFound.
func (s *Store) Token(ctx context.Context, chainID uint64, address common.Address) (TokenMeta, error) {
	var r struct {
		Symbol   string `db:"symbol"`
		Decimals int64  `db:"decimals"`
	}
	err := s.q.GetContext(ctx, &r, s.rebind(`SELECT symbol, decimals FROM tokens WHERE chain_id = ? AND address = ?`), int64(chainID), address.Bytes())
	if err != nil {
		return TokenMeta{}, fmt.Errorf("token %s: %w", address.Hex(), translate(err))
	}
	if r.Decimals < 0 || r.Decimals > 255 {
		return TokenMeta{}, fmt.Errorf("token %s: stored decimals %d out of range", address.Hex(), r.Decimals)
	}
	return TokenMeta{ChainID: chainID, Address: address, Symbol: r.Symbol, Decimals: uint8(r.Decimals)}, nil
}
