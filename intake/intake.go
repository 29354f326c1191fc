package intake

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

// Store is what intake needs of the database; *store.Store satisfies it.
type Store interface {
	InsertUsageEvent(ctx context.Context, chainID uint64, ev *usage.SignedEvent) (bool, error)
	UsageEvent(ctx context.Context, id string) (*usage.SignedEvent, error)
}

var _ Store = (*store.Store)(nil)

// Status is what became of one submitted event.
type Status string

// The three outcomes.
const (
	Accepted  Status = "accepted"  // verified and stored now
	Duplicate Status = "duplicate" // the same event was stored before; nothing changed
	Rejected  Status = "rejected"  // invalid, badly signed, or other content under a stored id
)

// Outcome reports one event. Field and Error are set for a rejection; ID is
// set whenever the submission carried a string id.
type Outcome struct {
	ID       string `json:"id,omitempty"`
	Status   Status `json:"status"`
	Field    string `json:"field,omitempty"`
	Error    string `json:"error,omitempty"`
	Conflict bool   `json:"conflict,omitempty"` // rejected because another event holds the id

	Err error `json:"-"` // the rejection, for errors.Is/As
}

// Intake verifies events against one deployment's domain and stores them.
type Intake struct {
	store  Store
	domain usage.Domain
}

// New returns an Intake storing into st, verifying under d.
func New(st Store, d usage.Domain) *Intake { return &Intake{store: st, domain: d} }

// Domain is the EIP-712 domain events are verified under.
func (in *Intake) Domain() usage.Domain { return in.domain }

// Submit decodes, verifies and stores one event's JSON. The error is non-nil
// only when the store failed for a reason other than the event (the outcome
// is then meaningless and the caller should stop or retry).
func (in *Intake) Submit(ctx context.Context, raw []byte) (Outcome, error) {
	ev, err := usage.Decode(raw)
	if err != nil {
		return rejected(idOf(raw), err), nil
	}
	return in.SubmitEvent(ctx, ev)
}

// SubmitEvent verifies and stores a decoded event.
func (in *Intake) SubmitEvent(ctx context.Context, ev *usage.SignedEvent) (Outcome, error) {
	if err := ev.Verify(in.domain); err != nil {
		return rejected(ev.ID, err), nil
	}
	inserted, err := in.store.InsertUsageEvent(ctx, in.domain.ChainID, ev)
	var fe *engine.FieldError
	switch {
	case errors.Is(err, store.ErrConflict):
		o := rejected(ev.ID, &engine.FieldError{Field: "event.id", Err: fmt.Errorf("another event is stored under id %q", ev.ID)})
		o.Conflict = true
		return o, nil
	case errors.As(err, &fe):
		return rejected(ev.ID, err), nil
	case err != nil:
		return Outcome{}, fmt.Errorf("submit usage event %q: %w", ev.ID, err)
	case inserted:
		return Outcome{ID: ev.ID, Status: Accepted}, nil
	}
	return Outcome{ID: ev.ID, Status: Duplicate}, nil
}

func rejected(id string, err error) Outcome {
	o := Outcome{ID: id, Status: Rejected, Error: err.Error(), Err: err}
	var fe *engine.FieldError
	if errors.As(err, &fe) {
		o.Field = fe.Field
	}
	return o
}

// idOf is the id of an event that failed to decode, when it has a string one,
// so that a rejection can say which event it was.
func idOf(raw []byte) string {
	var v struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	var id string
	if json.Unmarshal(v.ID, &id) != nil || len(id) > usage.MaxIDLen {
		return ""
	}
	return id
}
