package store

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// MeterCredential is one API key of a meter, as stored: never the secret,
// only its SHA-256.
type MeterCredential struct {
	KeyID      string         `db:"key_id"`
	Meter      common.Address `db:"-"`
	SecretHash [32]byte       `db:"-"`
	Label      string         `db:"label"`
	CreatedAt  int64          `db:"created_at"` // unix seconds
	RevokedAt  int64          `db:"-"`          // unix seconds; 0 while valid
}

// Revoked reports whether the key was revoked.
func (c *MeterCredential) Revoked() bool { return c.RevokedAt != 0 }

type credentialRow struct {
	KeyID      string `db:"key_id"`
	Meter      []byte `db:"meter"`
	SecretHash []byte `db:"secret_hash"`
	Label      string `db:"label"`
	CreatedAt  int64  `db:"created_at"`
	RevokedAt  *int64 `db:"revoked_at"`
}

func (r *credentialRow) credential() (MeterCredential, error) {
	if len(r.Meter) != common.AddressLength || len(r.SecretHash) != 32 {
		return MeterCredential{}, fmt.Errorf("meter credential %q: stored meter or hash has the wrong length", r.KeyID)
	}
	c := MeterCredential{KeyID: r.KeyID, Meter: common.BytesToAddress(r.Meter), Label: r.Label, CreatedAt: r.CreatedAt}
	copy(c.SecretHash[:], r.SecretHash)
	if r.RevokedAt != nil {
		c.RevokedAt = *r.RevokedAt
	}
	return c, nil
}

const credentialCols = `key_id, meter, secret_hash, label, created_at, revoked_at`

// InsertMeterCredential stores a new key; ErrConflict if its id exists.
func (s *Store) InsertMeterCredential(ctx context.Context, c MeterCredential) error {
	if c.KeyID == "" || c.Meter == (common.Address{}) || c.SecretHash == ([32]byte{}) || c.RevokedAt != 0 {
		return fmt.Errorf("insert meter credential %q: needs a key id, a meter and a secret hash, and must not be revoked", c.KeyID)
	}
	_, err := s.exec(ctx, `INSERT INTO meter_credentials (key_id, meter, secret_hash, label, created_at) VALUES (?, ?, ?, ?, ?)`,
		c.KeyID, c.Meter.Bytes(), c.SecretHash[:], c.Label, c.CreatedAt)
	if err != nil {
		return fmt.Errorf("insert meter credential %q: %w", c.KeyID, err)
	}
	return nil
}

// MeterCredential returns a key by id; ErrNotFound if there is none.
func (s *Store) MeterCredential(ctx context.Context, keyID string) (MeterCredential, error) {
	var r credentialRow
	if err := s.q.GetContext(ctx, &r, s.rebind(`SELECT `+credentialCols+` FROM meter_credentials WHERE key_id = ?`), keyID); err != nil {
		return MeterCredential{}, fmt.Errorf("meter credential %q: %w", keyID, translate(err))
	}
	return r.credential()
}

// MeterCredentials lists the keys, of one meter if meter is not nil, ordered
// by meter, creation time and id.
func (s *Store) MeterCredentials(ctx context.Context, meter *common.Address) ([]MeterCredential, error) {
	var rows []credentialRow
	var err error
	if meter != nil {
		err = s.q.SelectContext(ctx, &rows, s.rebind(`SELECT `+credentialCols+` FROM meter_credentials WHERE meter = ?
			ORDER BY meter, created_at, key_id`), meter.Bytes())
	} else {
		err = s.q.SelectContext(ctx, &rows, `SELECT `+credentialCols+` FROM meter_credentials ORDER BY meter, created_at, key_id`)
	}
	if err != nil {
		return nil, fmt.Errorf("list meter credentials: %w", translate(err))
	}
	out := make([]MeterCredential, len(rows))
	for i := range rows {
		if out[i], err = rows[i].credential(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// RevokeMeterCredential marks a key revoked at the given time. Revoking a
// revoked key keeps its first revocation time (wasRevoked reports it);
// ErrNotFound if there is no such key.
func (s *Store) RevokeMeterCredential(ctx context.Context, keyID string, at int64) (wasRevoked bool, err error) {
	err = s.Transact(ctx, func(tx *Store) error {
		c, err := tx.MeterCredential(ctx, keyID)
		if err != nil {
			return err
		}
		if c.Revoked() {
			wasRevoked = true
			return nil
		}
		_, err = tx.exec(ctx, `UPDATE meter_credentials SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL`, at, keyID)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("revoke meter credential %q: %w", keyID, err)
	}
	return wasRevoked, nil
}
