package store_test

import (
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

func TestLeaseLifecycle(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a, err := s.AcquireLease(ctx, "relayer/1/0xabc", "host-a pid 1", time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if a.Token != 1 || a.Holder != "host-a pid 1" || time.Until(a.Expires) < 50*time.Second {
			t.Fatalf("first lease %+v, want token 1 for a minute", a)
		}
		// Another holder is refused, and told who holds it.
		_, err = s.AcquireLease(ctx, "relayer/1/0xabc", "host-b pid 2", time.Minute)
		var held *store.LeaseHeldError
		if !errors.Is(err, store.ErrLeaseHeld) || !errors.As(err, &held) || held.Current.Holder != "host-a pid 1" || held.Current.Token != 1 {
			t.Fatalf("second holder: %v, want ErrLeaseHeld naming host-a", err)
		}
		// The holder acquiring again keeps its token (a renewal).
		if again, err := s.AcquireLease(ctx, "relayer/1/0xabc", "host-a pid 1", time.Minute); err != nil || again.Token != 1 {
			t.Fatalf("re-acquire by the holder: %+v %v", again, err)
		}
		if err := s.CheckLease(ctx, a); err != nil {
			t.Fatalf("check of the current lease: %v", err)
		}
		if _, err := s.RenewLease(ctx, a, time.Minute); err != nil {
			t.Fatal(err)
		}
		// Released, the next holder takes it at once with a larger token; the
		// old holder's token no longer passes a check or a renewal.
		if err := s.ReleaseLease(ctx, a); err != nil {
			t.Fatal(err)
		}
		b, err := s.AcquireLease(ctx, "relayer/1/0xabc", "host-b pid 2", time.Minute)
		if err != nil || b.Token != 2 {
			t.Fatalf("acquire after release: %+v %v, want token 2", b, err)
		}
		if err := s.CheckLease(ctx, a); !errors.Is(err, store.ErrLeaseLost) {
			t.Fatalf("check of the old lease: %v, want ErrLeaseLost", err)
		}
		if _, err := s.RenewLease(ctx, a, time.Minute); !errors.Is(err, store.ErrLeaseLost) {
			t.Fatalf("renew of the old lease: %v, want ErrLeaseLost", err)
		}
		// An expired lease is taken by the next holder, with the next token.
		short, err := s.AcquireLease(ctx, "short", "host-a pid 1", 50*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(150 * time.Millisecond)
		next, err := s.AcquireLease(ctx, "short", "host-b pid 2", time.Minute)
		if err != nil || next.Token != short.Token+1 {
			t.Fatalf("acquire after expiry: %+v %v", next, err)
		}
		// A holder known dead is taken over before expiry, only with its token.
		if _, err := s.TakeOverLease(ctx, a, "host-c pid 3", time.Minute); !errors.Is(err, store.ErrLeaseHeld) {
			t.Fatalf("take-over naming a stale token: %v, want ErrLeaseHeld", err)
		}
		c, err := s.TakeOverLease(ctx, b, "host-c pid 3", time.Minute)
		if err != nil || c.Token != 3 || c.Holder != "host-c pid 3" {
			t.Fatalf("take-over: %+v %v", c, err)
		}
		if err := s.CheckLease(ctx, b); !errors.Is(err, store.ErrLeaseLost) {
			t.Fatalf("taken-over holder still passes: %v", err)
		}
	})
}

// Many holders asking at once: exactly one gets the lease.
func TestLeaseConcurrentAcquire(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		const n = 8
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = s.AcquireLease(ctx, "contended", fmt.Sprintf("holder %d", i), time.Minute)
			}()
		}
		wg.Wait()
		won := 0
		for _, err := range errs {
			switch {
			case err == nil:
				won++
			case !errors.Is(err, store.ErrLeaseHeld):
				t.Fatalf("acquire: %v", err)
			}
		}
		if won != 1 {
			t.Fatalf("%d holders got the lease, want 1", won)
		}
	})
}

func intent(key string, nonce uint64, status txmgr.Status) *txmgr.Intent {
	return &txmgr.Intent{Key: key, From: alice, Nonce: nonce, To: bob, Value: big.NewInt(1), GasLimit: 21000,
		Status: status, Attempts: []txmgr.Attempt{{Raw: []byte{1}, Hash: common.Hash{byte(nonce)}, TipCap: big.NewInt(1), FeeCap: big.NewInt(2)}}}
}

func TestOutboxInsertIfAbsentAndCompareAndSwap(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ob := s.Outbox()
		first := intent("k/1", 0, txmgr.StatusSigned)
		if err := ob.Insert(ctx, first); err != nil {
			t.Fatal(err)
		}
		// A second insert of the key is refused and changes nothing.
		if err := ob.Insert(ctx, intent("k/1", 5, txmgr.StatusSigned)); !errors.Is(err, txmgr.ErrExists) {
			t.Fatalf("second insert: %v, want ErrExists", err)
		}
		got, err := ob.Load(ctx, "k/1")
		if err != nil || got.Nonce != 0 || got.Version != 0 {
			t.Fatalf("stored %+v %v, want the first insert untouched", got, err)
		}
		// Another open intent on the same nonce is refused; once the first
		// is final its nonce is free for the index.
		if err := ob.Insert(ctx, intent("k/2", 0, txmgr.StatusSigned)); !errors.Is(err, txmgr.ErrNonceTaken) {
			t.Fatalf("insert on an open intent's nonce: %v, want ErrNonceTaken", err)
		}
		// Compare-and-swap: a copy read before another update is stale.
		a, _ := ob.Load(ctx, "k/1")
		b, _ := ob.Load(ctx, "k/1")
		a.Status = txmgr.StatusSent
		if err := ob.Save(ctx, a); err != nil || a.Version != 1 {
			t.Fatalf("save: %v (version %d)", err, a.Version)
		}
		b.Status = txmgr.StatusMined
		if err := ob.Save(ctx, b); !errors.Is(err, txmgr.ErrStale) {
			t.Fatalf("save of a stale copy: %v, want ErrStale", err)
		}
		if got, _ := ob.Load(ctx, "k/1"); got.Status != txmgr.StatusSent || got.Version != 1 {
			t.Fatalf("after a stale save the row is %s v%d, want sent v1", got.Status, got.Version)
		}
		a.Status = txmgr.StatusDoneElsewhere
		if err := ob.Save(ctx, a); err != nil {
			t.Fatal(err)
		}
		if err := ob.Insert(ctx, intent("k/2", 0, txmgr.StatusSigned)); err != nil {
			t.Fatalf("insert on a final intent's nonce: %v", err)
		}
		if err := ob.Save(ctx, intent("k/missing", 9, txmgr.StatusSent)); !errors.Is(err, txmgr.ErrNotFound) {
			t.Fatalf("save of an unknown key: %v, want ErrNotFound", err)
		}
	})
}

// A fenced outbox writes nothing once its lease is taken over.
func TestFencedOutbox(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		l, err := s.AcquireLease(ctx, "relayer/1/0xa11ce", "old", 50*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		ob := s.Outbox().Fenced(l)
		in := intent("f/1", 0, txmgr.StatusSigned)
		if err := ob.Insert(ctx, in); err != nil {
			t.Fatal(err)
		}
		time.Sleep(150 * time.Millisecond)
		if _, err := s.AcquireLease(ctx, "relayer/1/0xa11ce", "new", time.Minute); err != nil {
			t.Fatal(err)
		}
		in.Status = txmgr.StatusSent
		if err := ob.Save(ctx, in); !errors.Is(err, store.ErrLeaseLost) {
			t.Fatalf("fenced save after a takeover: %v, want ErrLeaseLost", err)
		}
		if err := ob.Insert(ctx, intent("f/2", 1, txmgr.StatusSigned)); !errors.Is(err, store.ErrLeaseLost) {
			t.Fatalf("fenced insert after a takeover: %v, want ErrLeaseLost", err)
		}
		if got, _ := s.Outbox().Load(ctx, "f/1"); got.Status != txmgr.StatusSigned {
			t.Fatalf("fenced save wrote %s after losing the lease", got.Status)
		}
		if _, err := s.Outbox().Load(ctx, "f/2"); !errors.Is(err, txmgr.ErrNotFound) {
			t.Fatalf("fenced insert wrote a row after losing the lease: %v", err)
		}
	})
}
