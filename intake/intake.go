package intake

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

// Store is what intake needs of the database; *store.Store satisfies it.
type Store interface {
	InsertUsageEvents(ctx context.Context, chainID uint64, ws []store.UsageWrite) ([]store.UsageResult, error)
	UsageEvent(ctx context.Context, id string) (*usage.SignedEvent, error)
}

var _ Store = (*store.Store)(nil)

// Status is what became of one submitted event.
type Status string

// The three outcomes.
const (
	Accepted  Status = "accepted"  // verified and stored now
	Duplicate Status = "duplicate" // the same event was stored before; nothing changed
	Rejected  Status = "rejected"  // invalid, badly signed, not the credentials' meter, or other content under a stored id
)

// Codes name why an event or a request was refused; they are stable (clients
// branch on them), the messages beside them are for people.
const (
	CodeInvalid          = "invalid"           // a field is malformed or out of range (field named)
	CodeBadSignature     = "bad_signature"     // not a well-formed low-s signature
	CodeWrongSigner      = "wrong_signer"      // does not recover to the meter under the expected domain
	CodeWrongDomain      = "wrong_domain"      // signed by the meter under another chain id or GovernanceConfig
	CodeWrongMeter       = "wrong_meter"       // signed by another meter than the credentials'
	CodeConflict         = "conflict"          // other content is stored under the id
	CodeMetadataMismatch = "metadata_mismatch" // plaintext that does not match the commitment
	CodeMetadataRefused  = "metadata_refused"  // plaintext sent, but this intake has no key to seal it
)

// Outcome reports one event. Code, Field and Error are set for a rejection;
// ID is set whenever the submission carried a string id.
type Outcome struct {
	ID       string `json:"id,omitempty"`
	Status   Status `json:"status"`
	Code     string `json:"code,omitempty"`
	Field    string `json:"field,omitempty"`
	Error    string `json:"error,omitempty"`
	Conflict bool   `json:"conflict,omitempty"` // rejected because another event holds the id

	Err error `json:"-"` // the rejection, for errors.Is/As
}

// Intake verifies events against one deployment's domain and stores them,
// sealing their metadata plaintext under its key provider.
type Intake struct {
	store   Store
	domain  usage.Domain
	keys    keyring.Provider
	workers int
}

// Option configures an Intake.
type Option func(*Intake)

// WithKeys seals metadata plaintext under p's current key. Without it, an
// event sent with plaintext is rejected (metadata_refused): the intake never
// stores plaintext, and never drops it silently.
func WithKeys(p keyring.Provider) Option { return func(in *Intake) { in.keys = p } }

// WithWorkers sets how many goroutines decode and verify one batch (default
// GOMAXPROCS): signature recovery is the cost of intake.
func WithWorkers(n int) Option {
	return func(in *Intake) {
		if n > 0 {
			in.workers = n
		}
	}
}

// New returns an Intake storing into st, verifying under d.
func New(st Store, d usage.Domain, opts ...Option) *Intake {
	in := &Intake{store: st, domain: d, workers: runtime.GOMAXPROCS(0)}
	for _, o := range opts {
		o(in)
	}
	return in
}

// Domain is the EIP-712 domain events are verified under.
func (in *Intake) Domain() usage.Domain { return in.domain }

// Submit decodes, verifies and stores one event's JSON (its submission form:
// metadata plaintext may travel beside it). The error is non-nil only when
// the store failed for a reason other than the event (the outcome is then
// meaningless and the caller should stop or retry).
func (in *Intake) Submit(ctx context.Context, raw []byte) (Outcome, error) {
	os, err := in.SubmitBatch(ctx, [][]byte{raw}, nil)
	if err != nil {
		return Outcome{ID: idOf(raw)}, err
	}
	return os[0], nil
}

// SubmitEvent verifies and stores a decoded event without metadata.
func (in *Intake) SubmitEvent(ctx context.Context, ev *usage.SignedEvent) (Outcome, error) {
	os, err := in.submit(ctx, []pending{{ev: ev}})
	if err != nil {
		return Outcome{ID: ev.ID}, err
	}
	return os[0], nil
}

// SubmitBatch decodes, verifies and stores raw events: outcomes[i] is raws[i]'s.
// When meter is not nil (the credentials' meter) an event signed by another
// meter is rejected (wrong_meter) before its signature is checked. Decoding
// and verification run on the Intake's workers; the valid events are stored
// in one transaction, so a store error stores none of them (resubmitting is
// safe), and one bad event never holds back the others.
func (in *Intake) SubmitBatch(ctx context.Context, raws [][]byte, meter *common.Address) ([]Outcome, error) {
	ps := make([]pending, len(raws))
	var keyID string
	var kerr error
	var once sync.Once
	currentKey := func() (string, error) {
		once.Do(func() {
			if in.keys != nil {
				keyID, kerr = in.keys.CurrentKeyID(ctx)
			}
		})
		return keyID, kerr
	}
	in.parallel(len(raws), func(i int) {
		ps[i] = in.prepare(ctx, raws[i], meter, currentKey)
	})
	for _, p := range ps {
		if p.err != nil {
			return nil, p.err
		}
	}
	return in.submit(ctx, ps)
}

// pending is one event between decoding and storing.
type pending struct {
	ev       *usage.SignedEvent
	sh       common.Hash // ev.StructHash(), from verification
	sealed   *store.SealedMetadata
	outcome  *Outcome // set: rejected before storing
	err      error    // a failure that is not the event's (sealing)
	verified bool     // the signature was checked
}

func (in *Intake) prepare(ctx context.Context, raw []byte, meter *common.Address, currentKey func() (string, error)) pending {
	ev, md, err := usage.DecodeSubmission(raw)
	if err != nil {
		return rejectedP(idOf(raw), err)
	}
	if meter != nil && ev.Meter != *meter {
		o := rejected(ev.ID, &engine.FieldError{Field: "event.meter",
			Err: fmt.Errorf("%w: the event names meter %s; these credentials are for %s", ErrWrongMeter, ev.Meter.Hex(), meter.Hex())})
		return pending{outcome: &o}
	}
	sh, err := ev.VerifyHash(in.domain)
	if err != nil {
		return rejectedP(ev.ID, err)
	}
	if md == nil {
		return pending{ev: ev, sh: sh, verified: true}
	}
	if in.keys == nil {
		return rejectedP(ev.ID, &engine.FieldError{Field: "event.metadata", Err: ErrMetadataRefused})
	}
	keyID, err := currentKey()
	if err != nil {
		return pending{err: fmt.Errorf("metadata key: %w", err)}
	}
	sealed, err := Seal(ctx, in.keys, keyID, ev, md)
	if err != nil {
		return pending{err: err}
	}
	return pending{ev: ev, sh: sh, sealed: &sealed, verified: true}
}

func rejectedP(id string, err error) pending {
	o := rejected(id, err)
	return pending{outcome: &o}
}

// parallel runs fn(0..n-1) on the Intake's workers.
func (in *Intake) parallel(n int, fn func(i int)) {
	w := min(in.workers, n)
	if w <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// submit verifies the events not verified yet (SubmitEvent's) and stores
// every pending event that is not rejected, in one transaction per
// store.MaxUsageWrites.
func (in *Intake) submit(ctx context.Context, ps []pending) ([]Outcome, error) {
	out := make([]Outcome, len(ps))
	var ws []store.UsageWrite
	var at []int
	for i := range ps {
		p := &ps[i]
		if p.outcome != nil {
			out[i] = *p.outcome
			continue
		}
		if !p.verified {
			sh, err := p.ev.VerifyHash(in.domain)
			if err != nil {
				out[i] = rejected(p.ev.ID, err)
				continue
			}
			p.sh = sh
		}
		ws = append(ws, store.UsageWrite{Event: p.ev, Sealed: p.sealed, StructHash: p.sh})
		at = append(at, i)
	}
	for start := 0; start < len(ws); start += store.MaxUsageWrites {
		end := min(start+store.MaxUsageWrites, len(ws))
		rs, err := in.store.InsertUsageEvents(ctx, in.domain.ChainID, ws[start:end])
		var fe *engine.FieldError
		switch {
		case errors.As(err, &fe) && end-start == 1:
			out[at[start]] = rejected(ws[start].Event.ID, err)
			continue
		case err != nil:
			return nil, fmt.Errorf("store usage events: %w", err)
		}
		for k, r := range rs {
			i, id := at[start+k], ws[start+k].Event.ID
			switch r {
			case store.UsageInserted:
				out[i] = Outcome{ID: id, Status: Accepted}
			case store.UsageDuplicate:
				out[i] = Outcome{ID: id, Status: Duplicate}
			default:
				o := rejected(id, &engine.FieldError{Field: "event.id", Err: fmt.Errorf("%w: another event is stored under id %q", store.ErrConflict, id)})
				o.Conflict = true
				out[i] = o
			}
		}
	}
	return out, nil
}

// Errors of intake's own rules, wrapped in the outcome's FieldError.
var (
	// ErrWrongMeter: the event's meter is not the one the credentials belong to.
	ErrWrongMeter = errors.New("event signed by another meter than the credentials'")
	// ErrMetadataRefused: plaintext metadata sent to an intake without a key.
	ErrMetadataRefused = errors.New("this intake stores no metadata plaintext (it has no encryption key); send the event without \"metadata\", or run the intake with --metadata-key-file")
)

func rejected(id string, err error) Outcome {
	o := Outcome{ID: id, Status: Rejected, Error: err.Error(), Err: err, Code: codeOf(err)}
	var fe *engine.FieldError
	if errors.As(err, &fe) {
		o.Field = fe.Field
	}
	return o
}

func codeOf(err error) string {
	switch {
	case errors.Is(err, ErrWrongMeter):
		return CodeWrongMeter
	case errors.Is(err, usage.ErrWrongDomain):
		return CodeWrongDomain
	case errors.Is(err, usage.ErrWrongSigner):
		return CodeWrongSigner
	case errors.Is(err, usage.ErrBadSignature), errors.Is(err, usage.ErrHighS):
		return CodeBadSignature
	case errors.Is(err, usage.ErrMetadataMismatch):
		return CodeMetadataMismatch
	case errors.Is(err, ErrMetadataRefused):
		return CodeMetadataRefused
	case errors.Is(err, store.ErrConflict):
		return CodeConflict
	}
	return CodeInvalid
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
