package keyring_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/keyring"
)

var ctx = context.Background()

func keyFile(t *testing.T, ids ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "keys.json")
	for _, id := range ids {
		if err := keyring.AddKey(path, id); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func open(t *testing.T, path string) *keyring.File {
	t.Helper()
	f, err := keyring.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestRoundTripAndRotation(t *testing.T) {
	path := keyFile(t, "k1")
	f := open(t, path)
	ad := []byte("event evt-1")
	plain := []byte("the consumer's prompt reference")
	cur, err := f.CurrentKeyID(ctx)
	if err != nil || cur != "k1" {
		t.Fatalf("current = %q, %v", cur, err)
	}
	ct, err := f.Seal(ctx, cur, plain, ad)
	if err != nil {
		t.Fatal(err)
	}
	if len(ct) != len(plain)+keyring.Overhead || bytes.Contains(ct, plain) {
		t.Fatalf("ciphertext of %d bytes for %d: %x", len(ct), len(plain), ct)
	}
	again, _ := f.Seal(ctx, cur, plain, ad)
	if bytes.Equal(again, ct) {
		t.Fatal("two seals of the same plaintext are equal: the nonce is not random")
	}
	got, err := f.Open(ctx, cur, ct, ad)
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("Open = %q, %v", got, err)
	}

	// Rotate: a new key becomes current; the old ciphertext still opens.
	if err := keyring.AddKey(path, "k2"); err != nil {
		t.Fatal(err)
	}
	if err := f.Reload(); err != nil {
		t.Fatal(err)
	}
	if cur, _ := f.CurrentKeyID(ctx); cur != "k2" {
		t.Fatalf("after AddKey current = %q, want k2", cur)
	}
	if got, err := f.Open(ctx, "k1", ct, ad); err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("old row after rotation: %q, %v", got, err)
	}
	ids, cur := f.KeyIDs()
	if fmt.Sprint(ids) != "[k1 k2]" || cur != "k2" {
		t.Fatalf("KeyIDs = %v, %q", ids, cur)
	}
	if err := keyring.AddKey(path, "k2"); err == nil {
		t.Fatal("AddKey of an existing id succeeded")
	}
	// A provider opened before the rotation finds the new key when asked for it.
	other := open(t, path)
	ct2, _ := other.Seal(ctx, "k2", plain, ad)
	if got, err := f.Open(ctx, "k2", ct2, ad); err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("k2 row: %q, %v", got, err)
	}
}

// TestTamperingFailsLoudly: a wrong key, a tampered ciphertext (every byte),
// other associated data and a swapped key id all fail with ErrDecrypt, and
// never return plaintext.
func TestTamperingFailsLoudly(t *testing.T) {
	path := keyFile(t, "a", "b")
	f := open(t, path)
	plain, ad := []byte("requester 991"), []byte("evt-7")
	ct, err := f.Seal(ctx, "a", plain, ad)
	if err != nil {
		t.Fatal(err)
	}
	// The same id "a" in another file holds another key.
	wrongKey := open(t, keyFile(t, "a"))
	check := func(name string, got []byte, err error) {
		t.Helper()
		if !errors.Is(err, keyring.ErrDecrypt) || got != nil {
			t.Errorf("%s: Open = %q, %v; want ErrDecrypt and nothing", name, got, err)
		}
	}
	got, err := wrongKey.Open(ctx, "a", ct, ad)
	check("wrong key", got, err)
	got, err = f.Open(ctx, "b", ct, ad)
	check("swapped key id", got, err)
	got, err = f.Open(ctx, "a", ct, []byte("evt-8"))
	check("other associated data", got, err)
	for i := range ct {
		bad := bytes.Clone(ct)
		bad[i] ^= 0x01
		got, err := f.Open(ctx, "a", bad, ad)
		check(fmt.Sprintf("byte %d flipped", i), got, err)
	}
	got, err = f.Open(ctx, "a", ct[:len(ct)-1], ad)
	check("truncated", got, err)
	got, err = f.Open(ctx, "a", nil, ad)
	check("empty", got, err)
	if _, err := f.Open(ctx, "zz", ct, ad); !errors.Is(err, keyring.ErrUnknownKey) {
		t.Errorf("unknown key id: %v", err)
	}

	// Two ids holding the same key bytes: the key id is authenticated too.
	same := filepath.Join(t.TempDir(), "same.json")
	k := strings.Repeat("ab", 32)
	if err := os.WriteFile(same, []byte(`{"current":"x","keys":[{"id":"x","key":"0x`+k+`"},{"id":"y","key":"0x`+k+`"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	twin := open(t, same)
	ctx1, _ := twin.Seal(ctx, "x", plain, ad)
	got, err = twin.Open(ctx, "y", ctx1, ad)
	check("same bytes under another id", got, err)
}

func TestKeyFileChecks(t *testing.T) {
	dir := t.TempDir()
	k := "0x" + strings.Repeat("11", 32)
	cases := map[string]string{
		"not JSON":            `nope`,
		"unknown field":       `{"current":"a","keys":[{"id":"a","key":"` + k + `"}],"x":1}`,
		"current missing":     `{"current":"b","keys":[{"id":"a","key":"` + k + `"}]}`,
		"short key":           `{"current":"a","keys":[{"id":"a","key":"0x1111"}]}`,
		"key without 0x":      `{"current":"a","keys":[{"id":"a","key":"` + k[2:] + `"}]}`,
		"duplicate id":        `{"current":"a","keys":[{"id":"a","key":"` + k + `"},{"id":"a","key":"` + k + `"}]}`,
		"bad id":              `{"current":"a b","keys":[{"id":"a b","key":"` + k + `"}]}`,
		"no keys":             `{"current":"a","keys":[]}`,
		"key value is echoed": `{"current":"a","keys":[{"id":"a","key":"0xSECRETSECRET` + strings.Repeat("1", 52) + `"}]}`,
	}
	for name, doc := range cases {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "_"))
		if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := keyring.OpenFile(p)
		if !errors.Is(err, keyring.ErrKeyFile) {
			t.Errorf("%s: OpenFile = %v, want ErrKeyFile", name, err)
		}
		if err != nil && (strings.Contains(err.Error(), "SECRET") || strings.Contains(err.Error(), k[2:])) {
			t.Errorf("%s: the error quotes key material: %v", name, err)
		}
	}
	loose := keyFile(t, "a")
	if err := os.Chmod(loose, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := keyring.OpenFile(loose); !errors.Is(err, keyring.ErrKeyFile) || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("world-readable key file: %v", err)
	}
	if info, err := os.Stat(keyFile(t, "fresh")); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("AddKey wrote mode %v, %v; want 0600", info.Mode().Perm(), err)
	}
}

// TestKeysNeverPrinted: formatting a provider, with any verb, shows no key.
func TestKeysNeverPrinted(t *testing.T) {
	path := keyFile(t, "a", "b")
	data, _ := os.ReadFile(path)
	f := open(t, path)
	out := fmt.Sprintf("%v %+v %#v %s", f, f, f, f)
	var doc struct{ Keys []struct{ Key string } }
	if err := json.Unmarshal(data, &doc); err != nil || len(doc.Keys) != 2 {
		t.Fatalf("key file %v", err)
	}
	for _, k := range doc.Keys {
		raw, _ := hex.DecodeString(strings.TrimPrefix(k.Key, "0x"))
		if strings.Contains(out, strings.TrimPrefix(k.Key, "0x")) || strings.Contains(out, string(raw)) || strings.Contains(out, fmt.Sprint(raw)) {
			t.Fatalf("formatting the provider shows a key: %s", out)
		}
	}
}
