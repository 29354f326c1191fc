package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Lease is a named claim one holder has on something (the relayer's
// (chain, key), later the operator service's leadership) until Expires,
// unless renewed. Token is its fencing token: it grows with every new holder
// and is never reused, so a write that checks it (CheckLease, a fenced
// Outbox) fails once anyone else has taken the lease over, however long its
// old holder was paused.
type Lease struct {
	Name    string
	Holder  string
	Token   int64
	Expires time.Time // by the database's clock
}

var (
	// ErrLeaseHeld: another holder has the lease and it has not expired. The
	// error is a *LeaseHeldError naming that holder.
	ErrLeaseHeld = errors.New("store: lease held by another holder")
	// ErrLeaseLost: the lease has a newer token (someone took it over) or
	// another holder; the old holder must stop writing.
	ErrLeaseLost = errors.New("store: lease lost")
)

// LeaseHeldError says who holds a lease asked for.
type LeaseHeldError struct {
	Current Lease
	Now     time.Time // the database's clock when it was read
}

func (e *LeaseHeldError) Error() string {
	return fmt.Sprintf("lease %q is held by %s (token %d) until %s, %s from now",
		e.Current.Name, e.Current.Holder, e.Current.Token, e.Current.Expires.UTC().Format(time.RFC3339),
		e.Current.Expires.Sub(e.Now).Round(time.Second))
}

// Is makes errors.Is(err, ErrLeaseHeld) true.
func (e *LeaseHeldError) Is(target error) bool { return target == ErrLeaseHeld }

// nowMillis is the database's clock in Unix milliseconds: one clock for every
// process sharing the database, whatever their hosts' clocks say.
func (s *Store) nowMillis() string {
	if s.dialect == Postgres {
		// clock_timestamp, not now(): the time of the statement, not of the transaction start.
		return `CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)`
	}
	return `CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)`
}

type leaseRow struct {
	Name    string `db:"name"`
	Holder  string `db:"holder"`
	Token   int64  `db:"token"`
	Expires int64  `db:"expires_ms"`
	Now     int64  `db:"now_ms"`
}

func (r leaseRow) lease() Lease {
	return Lease{Name: r.Name, Holder: r.Holder, Token: r.Token, Expires: time.UnixMilli(r.Expires)}
}

func (s *Store) leaseRow(ctx context.Context, name string, lock bool) (leaseRow, error) {
	q := `SELECT name, holder, token, expires_ms, ` + s.nowMillis() + ` AS now_ms FROM leases WHERE name = ?`
	if lock && s.dialect == Postgres {
		// Row lock: a takeover waits until this transaction's fenced write commits.
		// SQLite needs none: its write transactions are serial (BEGIN IMMEDIATE).
		q += ` FOR UPDATE`
	}
	var r leaseRow
	err := s.q.GetContext(ctx, &r, s.rebind(q), name)
	return r, translate(err)
}

// heldError reads who holds a lease that could not be taken.
func (s *Store) heldError(ctx context.Context, name string) error {
	cur, err := s.leaseRow(ctx, name, false)
	if err != nil {
		return err
	}
	return &LeaseHeldError{Current: cur.lease(), Now: time.UnixMilli(cur.Now)}
}

func checkTTL(ttl time.Duration) error {
	if ttl < time.Millisecond {
		return fmt.Errorf("lease ttl %s: must be at least a millisecond", ttl)
	}
	return nil
}

// AcquireLease gives holder the lease name for ttl: when nobody has it, when
// its holder let it expire, or when holder already has it (then only the
// expiry moves). A new holder gets the next token. When another holder's
// lease has not expired, the error is a *LeaseHeldError (errors.Is
// ErrLeaseHeld).
func (s *Store) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (Lease, error) {
	if err := checkTTL(ttl); err != nil {
		return Lease{}, err
	}
	if name == "" || holder == "" {
		return Lease{}, errors.New("acquire lease: name and holder must not be empty")
	}
	var out Lease
	err := s.Transact(ctx, func(tx *Store) error {
		now := tx.nowMillis()
		r, err := tx.exec(ctx, `INSERT INTO leases (name, holder, token, expires_ms) VALUES (?, ?, 1, `+now+` + ?)
			ON CONFLICT (name) DO NOTHING`, name, holder, ttl.Milliseconds())
		if err != nil {
			return err
		}
		if n, err := r.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			r, err = tx.exec(ctx, `UPDATE leases SET token = CASE WHEN holder = ? THEN token ELSE token + 1 END,
				holder = ?, expires_ms = `+now+` + ? WHERE name = ? AND (holder = ? OR expires_ms <= `+now+`)`,
				holder, holder, ttl.Milliseconds(), name, holder)
			if err != nil {
				return err
			}
			if n, err := r.RowsAffected(); err != nil {
				return err
			} else if n == 0 {
				return tx.heldError(ctx, name)
			}
		}
		cur, err := tx.leaseRow(ctx, name, false)
		if err != nil {
			return err
		}
		out = cur.lease()
		return nil
	})
	if err != nil {
		var held *LeaseHeldError
		if errors.As(err, &held) {
			return Lease{}, err
		}
		return Lease{}, fmt.Errorf("acquire lease %q: %w", name, err)
	}
	return out, nil
}

// TakeOverLease gives holder the lease that stale describes, before it
// expires, only if stale's holder still has it with stale's token: for a
// holder known to be dead (e.g. its process is gone). The new holder gets the
// next token, so anything the dead holder might still write is refused.
func (s *Store) TakeOverLease(ctx context.Context, stale Lease, holder string, ttl time.Duration) (Lease, error) {
	if err := checkTTL(ttl); err != nil {
		return Lease{}, err
	}
	var out Lease
	err := s.Transact(ctx, func(tx *Store) error {
		r, err := tx.exec(ctx, `UPDATE leases SET token = token + 1, holder = ?, expires_ms = `+tx.nowMillis()+` + ?
			WHERE name = ? AND holder = ? AND token = ?`, holder, ttl.Milliseconds(), stale.Name, stale.Holder, stale.Token)
		if err != nil {
			return err
		}
		if n, err := r.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return tx.heldError(ctx, stale.Name)
		}
		cur, err := tx.leaseRow(ctx, stale.Name, false)
		out = cur.lease()
		return err
	})
	if err != nil {
		var held *LeaseHeldError
		if errors.As(err, &held) {
			return Lease{}, err
		}
		return Lease{}, fmt.Errorf("take over lease %q: %w", stale.Name, err)
	}
	return out, nil
}

// RenewLease extends l by ttl from now. ErrLeaseLost when l's token is no
// longer current (someone took the lease over). A lease that expired but
// that nobody took is renewed: its token still fences correctly.
func (s *Store) RenewLease(ctx context.Context, l Lease, ttl time.Duration) (Lease, error) {
	if err := checkTTL(ttl); err != nil {
		return Lease{}, err
	}
	var out Lease
	err := s.Transact(ctx, func(tx *Store) error {
		r, err := tx.exec(ctx, `UPDATE leases SET expires_ms = `+tx.nowMillis()+` + ? WHERE name = ? AND holder = ? AND token = ?`,
			ttl.Milliseconds(), l.Name, l.Holder, l.Token)
		if err != nil {
			return err
		}
		if n, err := r.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return ErrLeaseLost
		}
		cur, err := tx.leaseRow(ctx, l.Name, false)
		out = cur.lease()
		return err
	})
	if err != nil {
		return Lease{}, fmt.Errorf("renew lease %q (token %d): %w", l.Name, l.Token, err)
	}
	return out, nil
}

// ReleaseLease ends l now, if it is still current, so the next holder need
// not wait out its expiry. The row (and its token) stays: tokens never repeat.
func (s *Store) ReleaseLease(ctx context.Context, l Lease) error {
	_, err := s.exec(ctx, `UPDATE leases SET expires_ms = `+s.nowMillis()+` WHERE name = ? AND holder = ? AND token = ?`,
		l.Name, l.Holder, l.Token)
	if err != nil {
		return fmt.Errorf("release lease %q: %w", l.Name, err)
	}
	return nil
}

// CheckLease fails with ErrLeaseLost unless l is still the current holding
// of its lease. Inside a transaction it locks the lease row (PostgreSQL) or
// runs in SQLite's single write transaction, so a takeover cannot commit
// between the check and the writes that follow it in the same transaction:
// call it first in every write the holder makes under the lease.
func (s *Store) CheckLease(ctx context.Context, l Lease) error {
	cur, err := s.leaseRow(ctx, l.Name, s.inTx)
	if errors.Is(err, ErrNotFound) {
		return fmt.Errorf("%w: lease %q does not exist", ErrLeaseLost, l.Name)
	}
	if err != nil {
		return fmt.Errorf("check lease %q: %w", l.Name, err)
	}
	if cur.Token != l.Token || cur.Holder != l.Holder {
		return fmt.Errorf("%w: lease %q is now held by %s with token %d (ours was %d)", ErrLeaseLost, l.Name, cur.Holder, cur.Token, l.Token)
	}
	return nil
}

// CurrentLease reads a lease as it stands, or ErrNotFound.
func (s *Store) CurrentLease(ctx context.Context, name string) (Lease, error) {
	r, err := s.leaseRow(ctx, name, false)
	if err != nil {
		return Lease{}, fmt.Errorf("read lease %q: %w", name, err)
	}
	return r.lease(), nil
}
