package relayer

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

// Config is how a relayer process runs. Check reports the first bad field.
type Config struct {
	Tx txmgr.Config
	// LeaseTTL is how long the lease on (chain, key) outlives a holder that
	// stops renewing it (renewed every third of it).
	LeaseTTL time.Duration
	// LeaseWait is how long to wait for another holder's lease before giving
	// up; 0 refuses at once.
	LeaseWait time.Duration
	// Poll is the wait between steps while a root waits out its window.
	Poll time.Duration
	// StartBlock is the deployment's first block: where the chain is searched
	// for actions others did.
	StartBlock uint64
}

// DefaultConfig is a sensible start for a public chain.
func DefaultConfig() Config {
	return Config{Tx: txmgr.DefaultConfig(), LeaseTTL: 30 * time.Second, Poll: 2 * time.Second}
}

// Check validates the config.
func (c Config) Check() error {
	if err := c.Tx.Check(); err != nil {
		return err
	}
	switch {
	case c.LeaseTTL < time.Second:
		return fmt.Errorf("relayer config: lease ttl %s is below a second", c.LeaseTTL)
	case c.LeaseWait < 0:
		return errors.New("relayer config: lease wait must not be negative")
	case c.Poll <= 0:
		return errors.New("relayer config: poll must be positive")
	}
	return nil
}

// ErrBusy: another relayer holds the lease on (chain, key); the error is a
// *BusyError naming it.
var ErrBusy = errors.New("relayer: another relayer holds the lease")

// BusyError says which relayer holds the lease.
type BusyError struct {
	Held *store.LeaseHeldError
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("another relayer is sending with this key (%s, token %d; its lease runs until %s, %s from now, and is renewed while it runs)",
		e.Held.Current.Holder, e.Held.Current.Token, e.Held.Current.Expires.UTC().Format(time.RFC3339),
		e.Held.Current.Expires.Sub(e.Held.Now).Round(time.Second))
}

// Is makes errors.Is(err, ErrBusy) true.
func (e *BusyError) Is(target error) bool { return target == ErrBusy }

// ErrLeaseLost: this relayer's lease was taken over while it ran (it had
// stopped renewing long enough for another to take it); it stops at once.
var ErrLeaseLost = errors.New("relayer: lease lost to another relayer; stopped")

// Session is one process's hold on (chain, key): a lease in the database
// that no other relayer can take while this one renews it, and the
// transaction manager and relayer that work under it. Every write to the
// outbox and every saved progress checks the lease's fencing token first.
type Session struct {
	st     *store.Store
	r      *Relayer
	log    *slog.Logger
	cfg    Config
	stop   context.CancelFunc
	done   chan struct{}
	lost   chan struct{}
	mu     sync.Mutex
	lease  store.Lease
	closed bool
}

// LeaseName is the lease of one relaying account on one chain.
func LeaseName(chainID uint64, key *ecdsa.PrivateKey) string {
	return fmt.Sprintf("relayer/%d/%s", chainID, crypto.PubkeyToAddress(key.PublicKey).Hex())
}

// Open takes the lease on (chain, key) — waiting up to cfg.LeaseWait for
// another holder, or taking it over from a holder on this host whose process
// is gone — and starts renewing it; then it builds the transaction manager
// over the fenced outbox.
func Open(ctx context.Context, cfg Config, st *store.Store, chain Chain, key *ecdsa.PrivateKey, log *slog.Logger) (*Session, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("relayer: read chain id: %w", err)
	}
	if !id.IsUint64() {
		return nil, fmt.Errorf("relayer: chain id %s is not a uint64", id)
	}
	lease, err := acquire(ctx, st, LeaseName(id.Uint64(), key), cfg, log)
	if err != nil {
		return nil, err
	}
	rctx, stop := context.WithCancel(context.Background())
	s := &Session{st: st, log: log, cfg: cfg, stop: stop, done: make(chan struct{}), lost: make(chan struct{}), lease: lease}
	go s.renew(rctx)
	txc := cfg.Tx
	if txc.DecodeRevert == nil {
		txc.DecodeRevert = reverts.String
	}
	m, err := txmgr.New(ctx, txc, chain, st.Outbox().Fenced(lease), key, log)
	if err != nil {
		s.Close()
		return nil, err
	}
	s.r = NewFrom(m, chain, log, cfg.StartBlock)
	return s, nil
}

// holderID names this process: host, pid and a random part (a pid is reused).
func holderID() string {
	host, _ := os.Hostname()
	var b [4]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("host=%s pid=%d id=%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// deadLocalHolder reports whether a holder names a process of this host that
// no longer exists (killed, crashed): its lease can be taken over at once.
func deadLocalHolder(holder string) bool {
	var host string
	pid := -1
	for _, f := range strings.Fields(holder) {
		k, v, _ := strings.Cut(f, "=")
		switch k {
		case "host":
			host = v
		case "pid":
			if n, err := strconv.Atoi(v); err == nil {
				pid = n
			}
		}
	}
	me, err := os.Hostname()
	if err != nil || host != me || pid <= 0 || pid == os.Getpid() {
		return false
	}
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}

func acquire(ctx context.Context, st *store.Store, name string, cfg Config, log *slog.Logger) (store.Lease, error) {
	holder := holderID()
	deadline := time.Now().Add(cfg.LeaseWait)
	waiting := false
	for {
		l, err := st.AcquireLease(ctx, name, holder, cfg.LeaseTTL)
		var held *store.LeaseHeldError
		if !errors.As(err, &held) {
			if err == nil {
				log.Info("lease taken", "lease", name, "token", l.Token, "holder", holder)
			}
			return l, err
		}
		if deadLocalHolder(held.Current.Holder) {
			l, err := st.TakeOverLease(ctx, held.Current, holder, cfg.LeaseTTL)
			if err == nil {
				log.Info("lease taken over from a relayer process that is gone", "lease", name, "from", held.Current.Holder, "token", l.Token)
				return l, nil
			}
			if !errors.As(err, &held) {
				return store.Lease{}, err
			}
		}
		if time.Now().After(deadline) {
			return store.Lease{}, fmt.Errorf("relayer: lease %s: %w", name, &BusyError{Held: held})
		}
		if !waiting {
			log.Info("waiting for the lease held by another relayer", "lease", name, "holder", held.Current.Holder, "expires", held.Current.Expires)
			waiting = true
		}
		t := time.NewTimer(min(time.Second, cfg.LeaseTTL/3, time.Until(deadline)+time.Millisecond))
		select {
		case <-ctx.Done():
			t.Stop()
			return store.Lease{}, ctx.Err()
		case <-t.C:
		}
	}
}

// renew extends the lease every third of its TTL; once it is lost, lost is
// closed and everything under the session stops.
func (s *Session) renew(ctx context.Context) {
	defer close(s.done)
	tk := time.NewTicker(s.cfg.LeaseTTL / 3)
	defer tk.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tk.C:
		}
		s.mu.Lock()
		l := s.lease
		s.mu.Unlock()
		cctx, cancel := context.WithTimeout(ctx, s.cfg.LeaseTTL/3)
		nl, err := s.st.RenewLease(cctx, l, s.cfg.LeaseTTL)
		cancel()
		switch {
		case err == nil:
			s.mu.Lock()
			s.lease = nl
			s.mu.Unlock()
		case errors.Is(err, store.ErrLeaseLost):
			s.log.Error("lease lost to another relayer; stopping", "lease", l.Name, "token", l.Token)
			close(s.lost)
			return
		case ctx.Err() != nil:
			return
		default:
			// The database is unreachable: keep trying; the fencing token keeps
			// writes safe if another relayer takes over meanwhile.
			s.log.Warn("renew lease", "lease", l.Name, "err", err)
		}
	}
}

// Lease is the session's lease as last renewed.
func (s *Session) Lease() store.Lease {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lease
}

// Relayer is the session's relayer.
func (s *Session) Relayer() *Relayer { return s.r }

// Relay advances the payout (with wait: until its root is active) and saves
// its progress after every step, failed ones included, so `royalty receipt`
// always shows every transaction that landed. It stops with ErrLeaseLost if
// the lease is taken over.
func (s *Session) Relay(ctx context.Context, p *Payout, wait bool) (Progress, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go func() {
		select {
		case <-s.lost:
			cancel(ErrLeaseLost)
		case <-ctx.Done():
		}
	}()
	save := func(prog Progress) error { return s.save(ctx, p, prog) }
	var (
		prog Progress
		err  error
	)
	if wait {
		prog, err = s.r.RunObserving(ctx, p, s.cfg.Poll, save)
	} else {
		prog, err = s.r.Step(ctx, p)
		err = errors.Join(err, save(prog))
	}
	if cause := context.Cause(ctx); errors.Is(cause, ErrLeaseLost) {
		return prog, ErrLeaseLost
	}
	return prog, err
}

// save records the progress under the lease, merged with what is stored: a
// step that failed early (a node error) never erases transactions an
// earlier run recorded, and the stage is the furthest reached.
func (s *Session) save(ctx context.Context, p *Payout, prog Progress) error {
	if prog.Stage == StageFunding && len(prog.Txs) == 0 {
		return nil
	}
	l := s.Lease()
	// A fresh context: progress that landed is worth saving even when ctx ended.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	err := s.st.Transact(sctx, func(tx *store.Store) error {
		if err := tx.CheckLease(sctx, l); err != nil {
			return err
		}
		merged := prog
		if _, stored, err := tx.Relay(sctx, p.ChainID, p.Epoch); err == nil {
			var old Progress
			if err := json.Unmarshal(stored, &old); err != nil {
				return fmt.Errorf("stored progress of epoch %d: %w", p.Epoch, err)
			}
			merged = MergeProgress(old, prog)
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		b, err := json.Marshal(merged)
		if err != nil {
			return err
		}
		return tx.SaveRelay(sctx, p.ChainID, p.Epoch, string(merged.Stage), b)
	})
	if err != nil {
		return fmt.Errorf("relayer: save progress of epoch %d: %w", p.Epoch, err)
	}
	return nil
}

var stageOrder = map[Stage]int{StageFunding: 0, StageFunded: 1, StageProposed: 2, StageActivated: 3}

// MergeProgress is the union of two progress records of one payout: every
// transaction of either (once), in action order, and the furthest stage.
func MergeProgress(old, cur Progress) Progress {
	out := cur
	if stageOrder[old.Stage] > stageOrder[cur.Stage] {
		out.Stage, out.ActivatesAt = old.Stage, old.ActivatesAt
	}
	type id struct {
		key  string
		hash common.Hash
	}
	seen := map[id]bool{}
	var txs []TxRecord
	for _, t := range append(append([]TxRecord{}, cur.Txs...), old.Txs...) {
		if k := (id{t.Key, t.Hash}); !seen[k] {
			seen[k] = true
			txs = append(txs, t)
		}
	}
	rank := map[string]int{"fund": 0, "propose": 1, "activate": 2}
	sort.SliceStable(txs, func(i, j int) bool {
		if rank[txs[i].Action] != rank[txs[j].Action] {
			return rank[txs[i].Action] < rank[txs[j].Action]
		}
		if txs[i].Key != txs[j].Key {
			return txs[i].Key < txs[j].Key
		}
		return txs[i].Block < txs[j].Block
	})
	if txs == nil {
		txs = []TxRecord{}
	}
	out.Txs = txs
	return out
}

// Close stops renewing and releases the lease so the next relayer need not
// wait out its expiry. Safe to call twice.
func (s *Session) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	s.stop()
	<-s.done
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.st.ReleaseLease(ctx, s.Lease())
}

// HolderID names this process as a lease holder: host, pid and a random
// part. DeadLocalHolder recognises such a name whose process is gone.
func HolderID() string { return holderID() }

// DeadLocalHolder reports whether holder (a HolderID) names a process of
// this host that no longer exists: its lease can be taken over at once.
func DeadLocalHolder(holder string) bool { return deadLocalHolder(holder) }
