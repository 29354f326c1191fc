package txmgr

import (
	"context"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// memOutbox keeps intents in memory, deep-copied on every call as a database
// would. The store-backed outbox is tested in the store package; this one lets
// the manager's own tests "crash" by dropping a Manager and keeping the outbox.
type memOutbox struct {
	mu sync.Mutex
	m  map[string]Intent
}

func newMemOutbox() *memOutbox { return &memOutbox{m: map[string]Intent{}} }

func clone(in *Intent) Intent {
	c := *in
	c.Data = append([]byte(nil), in.Data...)
	c.Attempts = append([]Attempt(nil), in.Attempts...)
	return c
}

func (o *memOutbox) Load(_ context.Context, key string) (*Intent, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	in, ok := o.m[key]
	if !ok {
		return nil, ErrNotFound
	}
	c := clone(&in)
	return &c, nil
}

func (o *memOutbox) Save(_ context.Context, in *Intent) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.m[in.Key] = clone(in)
	return nil
}

func (o *memOutbox) Open(_ context.Context, from common.Address) ([]*Intent, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []*Intent
	for _, in := range o.m {
		if in.From == from && !in.Status.Final() {
			c := clone(&in)
			out = append(out, &c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce < out[j].Nonce })
	return out, nil
}
