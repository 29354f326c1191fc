package intake

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

// metadataTag opens the associated data of a metadata ciphertext.
const metadataTag = "royalty-usage/metadata-at-rest/v1"

// metadataAD binds a ciphertext to its event: the id and the commitment the
// meter signed. (The key id is bound by keyring itself.)
func metadataAD(ev *usage.SignedEvent) []byte {
	b := make([]byte, 0, len(metadataTag)+2+len(ev.ID)+32)
	b = append(b, metadataTag...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(ev.ID)))
	b = append(b, ev.ID...)
	return append(b, ev.MetadataCommitment[:]...)
}

// Seal encrypts an event's metadata (salt ‖ data: the salt is as secret as
// the data, since with it the commitment confirms a guess) under keyID.
func Seal(ctx context.Context, p keyring.Provider, keyID string, ev *usage.SignedEvent, m *usage.Metadata) (store.SealedMetadata, error) {
	plain := make([]byte, 0, usage.SaltLength+len(m.Data))
	plain = append(append(plain, m.Salt[:]...), m.Data...)
	ct, err := p.Seal(ctx, keyID, plain, metadataAD(ev))
	clear(plain)
	if err != nil {
		return store.SealedMetadata{}, fmt.Errorf("seal metadata of usage event %q: %w", ev.ID, err)
	}
	return store.SealedMetadata{KeyID: keyID, Ciphertext: ct}, nil
}

// ErrCommitment: a ciphertext that opened but whose plaintext does not hash
// to the event's commitment (the row was replaced by someone holding the key).
var ErrCommitment = errors.New("decrypted metadata does not match the event's signed commitment")

// Open decrypts an event's sealed metadata and checks it against the event's
// commitment. It fails (keyring.ErrDecrypt, keyring.ErrUnknownKey,
// ErrCommitment) rather than return anything unverified.
func Open(ctx context.Context, p keyring.Provider, ev *usage.SignedEvent, sealed store.SealedMetadata) (*usage.Metadata, error) {
	m, got, err := open(ctx, p, ev, sealed)
	if err != nil {
		return nil, err
	}
	if got != ev.MetadataCommitment {
		clear(m.Salt[:])
		return nil, fmt.Errorf("open metadata of usage event %q: %w", ev.ID, ErrCommitment)
	}
	return m, nil
}

// Verify opens an event's sealed metadata and returns the commitment its
// plaintext hashes to, never the plaintext: what an auditor holds against
// the signed commitment. The error is keyring.ErrDecrypt or
// keyring.ErrUnknownKey when the ciphertext does not open, and ErrCommitment
// (with got zero) when the plaintext is shorter than a salt; a plaintext that
// opens but hashes to another commitment is not an error here.
func Verify(ctx context.Context, p keyring.Provider, ev *usage.SignedEvent, sealed store.SealedMetadata) (got common.Hash, err error) {
	m, got, err := open(ctx, p, ev, sealed)
	if m != nil {
		clear(m.Salt[:])
		m.Data = ""
	}
	return got, err
}

func open(ctx context.Context, p keyring.Provider, ev *usage.SignedEvent, sealed store.SealedMetadata) (*usage.Metadata, common.Hash, error) {
	plain, err := p.Open(ctx, sealed.KeyID, sealed.Ciphertext, metadataAD(ev))
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("open metadata of usage event %q (key %q): %w", ev.ID, sealed.KeyID, err)
	}
	if len(plain) < usage.SaltLength {
		clear(plain)
		return nil, common.Hash{}, fmt.Errorf("open metadata of usage event %q: %d bytes, shorter than its salt: %w", ev.ID, len(plain), ErrCommitment)
	}
	m := &usage.Metadata{Data: string(plain[usage.SaltLength:])}
	copy(m.Salt[:], plain)
	clear(plain)
	return m, m.Commitment(), nil
}

// MetadataStore is what Reveal and Rotate need of the database.
type MetadataStore interface {
	UsageEvent(ctx context.Context, id string) (*usage.SignedEvent, error)
	UsageMetadata(ctx context.Context, eventID string) (store.SealedMetadata, error)
	UsageMetadataNotUnder(ctx context.Context, keyID, afterID string, limit int) ([]store.SealedRow, error)
	ReplaceUsageMetadata(ctx context.Context, eventID, oldKeyID string, sealed store.SealedMetadata) (bool, error)
	UsageMetadataKeyCounts(ctx context.Context) (map[string]int64, error)
}

var _ MetadataStore = (*store.Store)(nil)

// ErrNoMetadata: the event has no commitment, or its plaintext was never sent.
var ErrNoMetadata = errors.New("no metadata stored for this event")

// Revealed is an event's metadata, opened and checked against its commitment.
type Revealed struct {
	Event    *usage.SignedEvent
	Metadata *usage.Metadata
	KeyID    string
}

// Reveal opens the stored metadata of event id with p and checks it against
// the event's signed commitment.
func Reveal(ctx context.Context, st MetadataStore, p keyring.Provider, id string) (*Revealed, error) {
	ev, err := st.UsageEvent(ctx, id)
	if err != nil {
		return nil, err
	}
	sealed, err := st.UsageMetadata(ctx, id)
	switch {
	case errors.Is(err, store.ErrNotFound) && ev.Version() == 1:
		return nil, fmt.Errorf("usage event %q: %w (it carries no metadataCommitment)", id, ErrNoMetadata)
	case errors.Is(err, store.ErrNotFound):
		return nil, fmt.Errorf("usage event %q: %w (it commits to %s, but its plaintext was never sent)", id, ErrNoMetadata, ev.MetadataCommitment.Hex())
	case err != nil:
		return nil, err
	}
	m, err := Open(ctx, p, ev, sealed)
	if err != nil {
		return nil, err
	}
	return &Revealed{Event: ev, Metadata: m, KeyID: sealed.KeyID}, nil
}

// RotateProgress counts a rotation's work.
type RotateProgress struct {
	KeyID  string   `json:"keyId"`  // the key rows are re-encrypted under
	Total  int64    `json:"total"`  // rows under other keys when the pass began
	Done   int64    `json:"done"`   // re-encrypted by this pass
	Failed []string `json:"failed"` // event ids whose ciphertext did not open (never changed)
}

// Rotate re-encrypts every sealed row that is not under p's current key,
// page by page (each row its own compare-and-swap update, so the intake keeps
// writing meanwhile), calling progress after each page. It is resumable:
// stopped at any point, the next run finds the rows still under old keys. A
// row that does not open is left as it is and listed in Failed (then Rotate
// returns an error after finishing the others). If the current key changes
// during a pass, the pass restarts under the new one, so rows never move to
// an older key.
func Rotate(ctx context.Context, st MetadataStore, p keyring.Provider, page int, progress func(RotateProgress)) (RotateProgress, error) {
	if page <= 0 || page > store.MaxUsageEventsPage {
		return RotateProgress{}, fmt.Errorf("rotate: page size %d not in 1..%d", page, store.MaxUsageEventsPage)
	}
	var pr RotateProgress
	restart := func() error {
		cur, err := p.CurrentKeyID(ctx)
		if err != nil {
			return fmt.Errorf("rotate: %w", err)
		}
		counts, err := st.UsageMetadataKeyCounts(ctx)
		if err != nil {
			return fmt.Errorf("rotate: %w", err)
		}
		pr.KeyID, pr.Total = cur, pr.Done
		for k, n := range counts {
			if k != cur {
				pr.Total += n
			}
		}
		return nil
	}
	if err := restart(); err != nil {
		return pr, err
	}
	failed := map[string]bool{}
	after := ""
	for {
		if err := ctx.Err(); err != nil {
			return pr, fmt.Errorf("rotate: stopped after %d of %d rows (run again to resume): %w", pr.Done, pr.Total, err)
		}
		if cur, err := p.CurrentKeyID(ctx); err != nil {
			return pr, fmt.Errorf("rotate: %w", err)
		} else if cur != pr.KeyID {
			if err := restart(); err != nil {
				return pr, err
			}
			after = ""
		}
		rows, err := st.UsageMetadataNotUnder(ctx, pr.KeyID, after, page)
		if err != nil {
			return pr, fmt.Errorf("rotate: %w", err)
		}
		for _, r := range rows {
			after = r.EventID
			if failed[r.EventID] {
				continue
			}
			if err := rotateRow(ctx, st, p, pr.KeyID, r); err != nil {
				if errors.Is(err, keyring.ErrDecrypt) || errors.Is(err, keyring.ErrUnknownKey) || errors.Is(err, ErrCommitment) {
					failed[r.EventID] = true
					pr.Failed = append(pr.Failed, r.EventID)
					continue
				}
				return pr, fmt.Errorf("rotate: %w", err)
			}
			pr.Done++
		}
		if progress != nil {
			progress(pr)
		}
		if len(rows) < page {
			break
		}
	}
	if len(pr.Failed) > 0 {
		return pr, fmt.Errorf("rotate: %d row(s) did not open and were left as they are (first: %q); check the key file holds every old key",
			len(pr.Failed), pr.Failed[0])
	}
	return pr, nil
}

func rotateRow(ctx context.Context, st MetadataStore, p keyring.Provider, keyID string, r store.SealedRow) error {
	ev, err := st.UsageEvent(ctx, r.EventID)
	if err != nil {
		return err
	}
	m, err := Open(ctx, p, ev, r.SealedMetadata)
	if err != nil {
		return err
	}
	sealed, err := Seal(ctx, p, keyID, ev, m)
	if err != nil {
		return err
	}
	// A row already moved by a concurrent rotation is left to it.
	_, err = st.ReplaceUsageMetadata(ctx, r.EventID, r.KeyID, sealed)
	return err
}
