package txmgr

import (
	"context"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// MemoryOutbox keeps intents in memory, deep-copied on every call as a
// database would. It is NOT durable: a crash loses it. It exists for tests
// (which "crash" a Manager by dropping it and keeping the outbox) and dry runs;
// production uses the store's outbox.
type MemoryOutbox struct {
	mu sync.Mutex
	m  map[string]Intent
}

// NewMemoryOutbox returns an empty in-memory outbox.
func NewMemoryOutbox() *MemoryOutbox { return &MemoryOutbox{m: map[string]Intent{}} }

var _ Outbox = (*MemoryOutbox)(nil)

func clone(in *Intent) Intent {
	c := *in
	c.Data = append([]byte(nil), in.Data...)
	c.Attempts = append([]Attempt(nil), in.Attempts...)
	return c
}

func (o *MemoryOutbox) Load(_ context.Context, key string) (*Intent, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	in, ok := o.m[key]
	if !ok {
		return nil, ErrNotFound
	}
	c := clone(&in)
	return &c, nil
}

func (o *MemoryOutbox) Save(_ context.Context, in *Intent) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.m[in.Key] = clone(in)
	return nil
}

func (o *MemoryOutbox) Open(_ context.Context, from common.Address) ([]*Intent, error) {
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
