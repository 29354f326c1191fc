package intake

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/store"
)

// An API key is "rk_" + 16 hex digits of key id + "_" + 64 hex digits of
// secret (32 random bytes). The id is public (listed, logged); only the
// SHA-256 of the secret is stored.
const (
	apiKeyPrefix = "rk_"
	keyIDHex     = 16
	secretHex    = 64
	apiKeyLen    = len(apiKeyPrefix) + keyIDHex + 1 + secretHex
)

// Authentication errors; the HTTP answer is 401 with the code beside each.
var (
	// ErrNoCredentials: no "Authorization: Bearer rk_…" header (code "unauthenticated").
	ErrNoCredentials = errors.New("no credentials: send \"Authorization: Bearer rk_…\" with the meter's API key")
	// ErrBadCredentials: a malformed, unknown or wrong key (code "unauthenticated").
	ErrBadCredentials = errors.New("invalid API key")
	// ErrRevoked: a key that was revoked (code "key_revoked").
	ErrRevoked = errors.New("API key revoked: ask the operator for a new one (royalty meter-key create)")
)

// NewAPIKey makes a key for meter: the token to hand to the meter (shown
// once, never stored) and the credential to store.
func NewAPIKey(meter common.Address, label string, now time.Time) (token string, c store.MeterCredential, err error) {
	if meter == (common.Address{}) {
		return "", c, errors.New("new API key: zero meter address")
	}
	var raw [keyIDHex/2 + secretHex/2]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", c, fmt.Errorf("new API key: %w", err)
	}
	id := hex.EncodeToString(raw[:keyIDHex/2])
	secret := hex.EncodeToString(raw[keyIDHex/2:])
	c = store.MeterCredential{KeyID: id, Meter: meter, SecretHash: sha256.Sum256([]byte(secret)), Label: label, CreatedAt: now.Unix()}
	return apiKeyPrefix + id + "_" + secret, c, nil
}

// parseAPIKey splits a token into key id and secret.
func parseAPIKey(token string) (id, secret string, ok bool) {
	if len(token) != apiKeyLen || !strings.HasPrefix(token, apiKeyPrefix) || token[len(apiKeyPrefix)+keyIDHex] != '_' {
		return "", "", false
	}
	id, secret = token[len(apiKeyPrefix):len(apiKeyPrefix)+keyIDHex], token[len(apiKeyPrefix)+keyIDHex+1:]
	if !lowerHex(id) || !lowerHex(secret) {
		return "", "", false
	}
	return id, secret, true
}

func lowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// CredentialStore is what the authenticator needs of the database.
type CredentialStore interface {
	MeterCredential(ctx context.Context, keyID string) (store.MeterCredential, error)
}

var _ CredentialStore = (*store.Store)(nil)

// Authenticator checks meters' API keys against the store, caching each key
// id's stored credential (and unknown ids) for TTL: a revocation takes effect
// within TTL, and a flood of bad keys costs one lookup per id per TTL.
type Authenticator struct {
	st  CredentialStore
	ttl time.Duration
	now func() time.Time

	mu    sync.Mutex
	cache map[string]cachedCredential
}

type cachedCredential struct {
	c       store.MeterCredential
	unknown bool
	at      time.Time
}

// maxCachedCredentials bounds the cache; when full it is emptied (a cold
// cache costs lookups, never correctness).
const maxCachedCredentials = 10000

// NewAuthenticator checks keys against st; ttl 0 reads the store every time.
func NewAuthenticator(st CredentialStore, ttl time.Duration) *Authenticator {
	return &Authenticator{st: st, ttl: ttl, now: time.Now, cache: map[string]cachedCredential{}}
}

// WithClock sets the clock the cache ages by (tests).
func (a *Authenticator) WithClock(now func() time.Time) *Authenticator {
	a.now = now
	return a
}

// Authenticate returns the meter an "Authorization" header value's key
// belongs to: ErrNoCredentials, ErrBadCredentials or ErrRevoked otherwise, or
// a store error (wrapped; not the client's fault).
func (a *Authenticator) Authenticate(ctx context.Context, header string) (common.Address, string, error) {
	token, ok := strings.CutPrefix(header, "Bearer ")
	if header == "" || !ok {
		return common.Address{}, "", ErrNoCredentials
	}
	id, secret, ok := parseAPIKey(strings.TrimSpace(token))
	if !ok {
		return common.Address{}, "", ErrBadCredentials
	}
	c, unknown, err := a.lookup(ctx, id)
	if err != nil {
		return common.Address{}, "", err
	}
	h := sha256.Sum256([]byte(secret))
	if unknown || subtle.ConstantTimeCompare(h[:], c.SecretHash[:]) != 1 {
		return common.Address{}, "", ErrBadCredentials
	}
	if c.Revoked() {
		return common.Address{}, id, ErrRevoked
	}
	return c.Meter, id, nil
}

func (a *Authenticator) lookup(ctx context.Context, id string) (store.MeterCredential, bool, error) {
	now := a.now()
	a.mu.Lock()
	e, ok := a.cache[id]
	a.mu.Unlock()
	if ok && now.Sub(e.at) < a.ttl {
		return e.c, e.unknown, nil
	}
	c, err := a.st.MeterCredential(ctx, id)
	unknown := errors.Is(err, store.ErrNotFound)
	if err != nil && !unknown {
		return c, false, fmt.Errorf("look up API key %s: %w", id, err)
	}
	if a.ttl > 0 {
		a.mu.Lock()
		if len(a.cache) >= maxCachedCredentials {
			clear(a.cache)
		}
		a.cache[id] = cachedCredential{c: c, unknown: unknown, at: now}
		a.mu.Unlock()
	}
	return c, unknown, nil
}
