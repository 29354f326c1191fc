package keyring

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/chacha20poly1305"

	"github.com/dataroyalty/royalty/strict"
)

// Sentinels; match them with errors.Is.
var (
	// ErrUnknownKey: a key id the provider does not hold (a key file from
	// before the key was added, or a key removed while rows still use it).
	ErrUnknownKey = errors.New("keyring: unknown key id")
	// ErrDecrypt: the ciphertext does not authenticate under the named key:
	// the wrong key, a tampered ciphertext or associated data, or a key id
	// that is not the one it was sealed under.
	ErrDecrypt = errors.New("keyring: ciphertext does not authenticate (wrong key, tampered ciphertext or key id)")
	// ErrKeyFile: a key file that is malformed or readable by others.
	ErrKeyFile = errors.New("keyring: bad key file")
)

// Provider is a KMS-style key service: it seals and opens under named keys
// and never hands a key out. File is the one this package provides; a cloud
// KMS or an HSM fits the same three methods.
type Provider interface {
	// CurrentKeyID names the key new ciphertexts are sealed under.
	CurrentKeyID(ctx context.Context) (string, error)
	// Seal encrypts and authenticates plaintext with ad under keyID.
	Seal(ctx context.Context, keyID string, plaintext, ad []byte) ([]byte, error)
	// Open authenticates and decrypts what Seal made under keyID with ad:
	// ErrDecrypt or ErrUnknownKey otherwise.
	Open(ctx context.Context, keyID string, ciphertext, ad []byte) ([]byte, error)
}

const (
	formatV1  = 0x01
	adTag     = "royalty/keyring/v1"
	keyLength = chacha20poly1305.KeySize
	maxIDLen  = 64
	// Overhead is how many bytes Seal adds to a plaintext.
	Overhead = 1 + chacha20poly1305.NonceSizeX + chacha20poly1305.Overhead
)

// fullAD binds the key id to the caller's associated data.
func fullAD(keyID string, ad []byte) []byte {
	b := make([]byte, 0, len(adTag)+2+len(keyID)+len(ad))
	b = append(b, adTag...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(keyID)))
	b = append(b, keyID...)
	return append(b, ad...)
}

func seal(key *[keyLength]byte, keyID string, plaintext, ad []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(key[:])
	if err != nil {
		return nil, fmt.Errorf("keyring: %w", err)
	}
	out := make([]byte, 1+aead.NonceSize(), Overhead+len(plaintext))
	out[0] = formatV1
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, fmt.Errorf("keyring: nonce: %w", err)
	}
	return aead.Seal(out, out[1:], plaintext, fullAD(keyID, ad)), nil
}

func open(key *[keyLength]byte, keyID string, ciphertext, ad []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(key[:])
	if err != nil {
		return nil, fmt.Errorf("keyring: %w", err)
	}
	if len(ciphertext) < Overhead || ciphertext[0] != formatV1 {
		return nil, fmt.Errorf("%w: not a version 1 ciphertext of at least %d bytes", ErrDecrypt, Overhead)
	}
	nonce := ciphertext[1 : 1+aead.NonceSize()]
	pt, err := aead.Open(nil, nonce, ciphertext[1+aead.NonceSize():], fullAD(keyID, ad))
	if err != nil {
		return nil, fmt.Errorf("%w under key %q", ErrDecrypt, keyID)
	}
	return pt, nil
}

// secret holds key bytes; it prints as "[redacted]" whatever verb formats it.
type secret [keyLength]byte

func (secret) String() string   { return "[redacted]" }
func (secret) GoString() string { return "[redacted]" }

// keySet is one version of a key file.
type keySet struct {
	current string
	keys    map[string]*secret
}

// File is a Provider over a key file:
//
//	{"current": "2026-05", "keys": [{"id": "2026-04", "key": "0x…64 hex…"}, {"id": "2026-05", "key": "0x…"}]}
//
// It re-reads the file when its modification time or size changes (checked
// at most once a second), so a key added with AddKey becomes current for new
// writes without restarting the process.
type File struct {
	path string

	mu      sync.Mutex
	set     keySet
	stamp   fileStamp
	checked time.Time
}

type fileStamp struct {
	mod  time.Time
	size int64
}

var _ Provider = (*File)(nil)

// String names the file, never a key.
func (f *File) String() string { return "keyring.File(" + f.path + ")" }

// GoString is String.
func (f *File) GoString() string { return f.String() }

// OpenFile reads and checks a key file.
func OpenFile(path string) (*File, error) {
	f := &File{path: path}
	if err := f.reload(); err != nil {
		return nil, err
	}
	return f, nil
}

// Path is the key file's path.
func (f *File) Path() string { return f.path }

// KeyIDs lists the ids the file holds, sorted, and the current one.
func (f *File) KeyIDs() (ids []string, current string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for id := range f.set.keys {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, f.set.current
}

// CurrentKeyID names the file's current key (re-reading a changed file first).
func (f *File) CurrentKeyID(ctx context.Context) (string, error) {
	if err := f.refresh(false); err != nil {
		return "", err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.set.current, nil
}

// Seal encrypts under keyID.
func (f *File) Seal(ctx context.Context, keyID string, plaintext, ad []byte) ([]byte, error) {
	k, err := f.key(keyID)
	if err != nil {
		return nil, err
	}
	return seal((*[keyLength]byte)(k), keyID, plaintext, ad)
}

// Open decrypts what Seal made under keyID.
func (f *File) Open(ctx context.Context, keyID string, ciphertext, ad []byte) ([]byte, error) {
	k, err := f.key(keyID)
	if err != nil {
		return nil, err
	}
	return open((*[keyLength]byte)(k), keyID, ciphertext, ad)
}

func (f *File) key(id string) (*secret, error) {
	if err := f.refresh(false); err != nil {
		return nil, err
	}
	f.mu.Lock()
	k, ok := f.set.keys[id]
	f.mu.Unlock()
	if ok {
		return k, nil
	}
	// A key written since the last check (another process rotated): look again now.
	if err := f.refresh(true); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if k, ok := f.set.keys[id]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("%w %q in %s", ErrUnknownKey, id, f.path)
}

// Reload re-reads the key file now if it changed (the providers re-check by
// themselves at most once a second).
func (f *File) Reload() error { return f.refresh(true) }

// refresh re-reads the file if it changed; at most once a second unless now.
func (f *File) refresh(now bool) error {
	f.mu.Lock()
	due := now || time.Since(f.checked) >= time.Second
	f.mu.Unlock()
	if !due {
		return nil
	}
	return f.reload()
}

func (f *File) reload() error {
	info, err := os.Stat(f.path)
	if err != nil {
		return fmt.Errorf("keyring: %w", err)
	}
	st := fileStamp{info.ModTime(), info.Size()}
	f.mu.Lock()
	same := f.set.keys != nil && st == f.stamp
	f.checked = time.Now()
	f.mu.Unlock()
	if same {
		return nil
	}
	set, err := readKeyFile(f.path)
	if err != nil {
		return err
	}
	f.mu.Lock()
	f.set, f.stamp = set, st
	f.mu.Unlock()
	return nil
}

type jsonKey struct {
	ID  string `json:"id"`
	Key string `json:"key"`
}

type jsonKeyFile struct {
	Current string    `json:"current"`
	Keys    []jsonKey `json:"keys"`
}

func readKeyFile(path string) (keySet, error) {
	bad := func(format string, args ...any) (keySet, error) {
		return keySet{}, fmt.Errorf("%w %s: %s", ErrKeyFile, path, fmt.Sprintf(format, args...))
	}
	info, err := os.Stat(path)
	if err != nil {
		return keySet{}, fmt.Errorf("keyring: %w", err)
	}
	if info.Mode().Perm()&0o077 != 0 {
		return bad("mode %04o lets others read it; chmod 600 %s", info.Mode().Perm(), path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return keySet{}, fmt.Errorf("keyring: %w", err)
	}
	var doc jsonKeyFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		// encoding/json's messages name fields and offsets, never values.
		return bad("not a key file (want {\"current\": ID, \"keys\": [{\"id\", \"key\"}…]}): %v", err)
	}
	set := keySet{current: doc.Current, keys: map[string]*secret{}}
	for i, k := range doc.Keys {
		if !validID(k.ID) {
			return bad("keys[%d].id %q: want 1..%d of A-Z a-z 0-9 . _ -", i, strict.Clip(k.ID), maxIDLen)
		}
		if _, dup := set.keys[k.ID]; dup {
			return bad("keys[%d].id %q given twice", i, k.ID)
		}
		var s secret
		if err := strict.FixedHex(s[:], k.Key); err != nil {
			return bad("keys[%d].key (id %q): want 0x and 64 hex digits", i, k.ID) // never echo the value
		}
		set.keys[k.ID] = &s
	}
	if _, ok := set.keys[doc.Current]; !ok {
		return bad("current %q is not one of its keys", strict.Clip(doc.Current))
	}
	return set, nil
}

func validID(id string) bool {
	if id == "" || len(id) > maxIDLen {
		return false
	}
	for _, c := range id {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// AddKey adds a fresh random key named id to the key file at path (creating
// the file, mode 0600, if it does not exist) and makes it current. The file
// is replaced atomically, so a reader sees the old set or the new one. An id
// already in the file is an error.
func AddKey(path, id string) error {
	if !validID(id) {
		return fmt.Errorf("%w: key id %q: want 1..%d of A-Z a-z 0-9 . _ -", ErrKeyFile, strict.Clip(id), maxIDLen)
	}
	var doc jsonKeyFile
	switch _, err := os.Stat(path); {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("keyring: %w", err)
	default:
		set, err := readKeyFile(path)
		if err != nil {
			return err
		}
		if _, dup := set.keys[id]; dup {
			return fmt.Errorf("%w %s: key id %q exists; choose a new id", ErrKeyFile, path, id)
		}
		ids := make([]string, 0, len(set.keys))
		for k := range set.keys {
			ids = append(ids, k)
		}
		sort.Strings(ids)
		for _, k := range ids {
			doc.Keys = append(doc.Keys, jsonKey{ID: k, Key: "0x" + hex.EncodeToString(set.keys[k][:])})
		}
	}
	var fresh [keyLength]byte
	if _, err := rand.Read(fresh[:]); err != nil {
		return fmt.Errorf("keyring: %w", err)
	}
	doc.Keys = append(doc.Keys, jsonKey{ID: id, Key: "0x" + hex.EncodeToString(fresh[:])})
	doc.Current = id
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return fmt.Errorf("keyring: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("keyring: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("keyring: %w", err)
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("keyring: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("keyring: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("keyring: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("keyring: %w", err)
	}
	return nil
}

// DefaultKeyID is a key id for AddKey when the operator gives none: the UTC
// date and a random suffix ("2026-05-17-3f9a").
func DefaultKeyID(now time.Time) string {
	var r [2]byte
	_, _ = rand.Read(r[:])
	return strings.ToLower(now.UTC().Format("2006-01-02")) + "-" + hex.EncodeToString(r[:])
}
