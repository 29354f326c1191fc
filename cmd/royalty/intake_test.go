package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/internal/tlstest"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
	"github.com/ethereum/go-ethereum/crypto"
)

// binRun runs the royalty binary and returns stdout, stderr and the exit status.
func binRun(t *testing.T, stdin []byte, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, royaltyBinary(t), args...)
	cmd.Stdin = bytes.NewReader(stdin)
	cmd.Env = append(os.Environ(), envPrivateKey+"="+meterKeyHex)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return out.String(), errOut.String(), 0
	case errors.As(err, &ee):
		return out.String(), errOut.String(), ee.ExitCode()
	}
	t.Fatalf("run %v: %v", args, err)
	return "", "", -1
}

func mustRun(t *testing.T, stdin []byte, args ...string) string {
	t.Helper()
	out, errOut, code := binRun(t, stdin, args...)
	if code != 0 {
		t.Fatalf("royalty %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// TestIntakeBinary: the hardened intake and minimal disclosure through the
// binary, on both backends: keys add, meter-key create/list/revoke, serve
// over TLS with API keys and a metadata key file, sign-event and ingest with
// metadata, reveal, keys add/list/rotate, and a clean stop on SIGTERM.
func TestIntakeBinary(t *testing.T) {
	dep, _ := testDeployment(t)
	key, _ := crypto.HexToECDSA(meterKeyHex)
	meterAddr := crypto.PubkeyToAddress(key.PublicKey).Hex()
	const secret = "prompt-ref 0xfeed: find trials for condition Y"
	storetest.EachDSN(t, func(t *testing.T, dsn string) {
		dir := t.TempDir()
		keyFile := filepath.Join(dir, "metadata-keys.json")
		mustRun(t, nil, "keys", "add", "--key-file", keyFile, "--id", "k1")
		if info, err := os.Stat(keyFile); err != nil || info.Mode().Perm() != 0o600 {
			t.Fatalf("key file mode %v, %v", info.Mode().Perm(), err)
		}
		// API keys.
		var created struct{ KeyID, Meter, APIKey string }
		if err := json.Unmarshal([]byte(mustRun(t, nil, "meter-key", "create", "--db", dsn, "--meter", meterAddr, "--label", "gw-1", "--json")), &created); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(created.APIKey, "rk_"+created.KeyID+"_") || created.Meter != meterAddr {
			t.Fatalf("created %+v", created)
		}
		if out := mustRun(t, nil, "meter-key", "create", "--db", dsn, "--meter", meterAddr); !strings.Contains(out, "cannot be shown again") {
			t.Fatalf("create (table): %s", out)
		}
		for _, bad := range []string{"0x1234", swapCase(meterAddr), "0x0000000000000000000000000000000000000000"} {
			if _, errOut, code := binRun(t, nil, "meter-key", "create", "--db", dsn, "--meter", bad); code != 2 || !strings.Contains(errOut, "--meter") {
				t.Fatalf("bad meter %s: exit %d %s", bad, code, errOut)
			}
		}
		list := mustRun(t, nil, "meter-key", "list", "--db", dsn)
		if !strings.Contains(list, created.KeyID) || !strings.Contains(list, "gw-1") || !strings.Contains(list, "active") || strings.Contains(list, created.APIKey[20:]) {
			t.Fatalf("list:\n%s", list)
		}

		// Plain HTTP beyond loopback is refused at start.
		if _, errOut, code := binRun(t, nil, "serve", "--db", dsn, "--deployment", dep, "--listen", "0.0.0.0:0"); code != 2 || !strings.Contains(errOut, "loopback") {
			t.Fatalf("serve on 0.0.0.0 without TLS: exit %d %s", code, errOut)
		}

		certFile, certKey, pool := tlstest.SelfSigned(t)
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, royaltyBinary(t), "serve", "--db", dsn, "--deployment", dep, "--listen", "127.0.0.1:0",
			"--tls-cert", certFile, "--tls-key", certKey, "--metadata-key-file", keyFile, "--auth-cache", "0s")
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var logs bytes.Buffer
		sc := bufio.NewScanner(stderr)
		base := ""
		for base == "" && sc.Scan() {
			logs.WriteString(sc.Text() + "\n")
			if _, rest, ok := strings.Cut(sc.Text(), " url="); ok {
				base, _, _ = strings.Cut(rest, " ")
			}
		}
		if !strings.HasPrefix(base, "https://127.0.0.1:") {
			cmd.Process.Kill()
			t.Fatalf("serve never said where it listens:\n%s", logs.String())
		}
		done := make(chan struct{})
		go func() { io.Copy(&logs, stderr); close(done) }()
		client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
		post := func(token string, body []byte) (int, string) {
			req, _ := http.NewRequest("POST", base+"/v1/events", bytes.NewReader(body))
			if token != "" {
				req.Header.Set("Authorization", "Bearer "+token)
			}
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			return resp.StatusCode, string(b)
		}

		// sign-event: the plaintext stays beside the event, the signature covers its commitment.
		line := unsignedLine("bin-md-1", 4)
		line = line[:len(line)-1] + `,"metadata":{"data":"` + secret + `"}}`
		signed := strings.TrimSpace(mustRun(t, []byte(line), "sign-event", "--deployment", dep))
		ev, md, err := usage.DecodeSubmission([]byte(signed))
		if err != nil || md == nil || md.Data != secret || ev.MetadataCommitment != md.Commitment() {
			t.Fatalf("sign-event with metadata: %s (%v)", signed, err)
		}
		if code, body := post(created.APIKey, []byte(signed)); code != 200 || !strings.Contains(body, `"status":"accepted"`) {
			t.Fatalf("event with metadata: %d %s", code, body)
		}
		if code, body := post("", []byte(signed)); code != 401 || !strings.Contains(body, `"code":"unauthenticated"`) {
			t.Errorf("no key: %d %s", code, body)
		}
		plain := strings.TrimSpace(mustRun(t, []byte(unsignedLine("bin-2", 5)), "sign-event", "--deployment", dep))
		if code, body := post(created.APIKey, []byte(strings.Replace(plain, `"unit":"row"`, `"unit":"rows"`, 1))); code != 400 || !strings.Contains(body, `"code":"wrong_signer"`) {
			t.Errorf("tampered: %d %s", code, body)
		}
		if code, body := post(created.APIKey, bytes.Repeat([]byte(" "), 1<<20+1)); code != 413 || !strings.Contains(body, `"code":"too_large"`) {
			t.Errorf("oversized: %d %s", code, body)
		}
		if code, body := post(created.APIKey, []byte(plain)); code != 200 {
			t.Errorf("plain event: %d %s", code, body)
		}
		req, _ := http.NewRequest("GET", base+"/v1/events/bin-md-1", nil)
		req.Header.Set("Authorization", "Bearer "+created.APIKey)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if canon, _ := ev.MarshalJSON(); resp.StatusCode != 200 || string(got) != string(canon)+"\n" || strings.Contains(string(got), "condition Y") {
			t.Errorf("get: %d %s", resp.StatusCode, got)
		}

		// reveal.
		out := mustRun(t, nil, "reveal", "bin-md-1", "--db", dsn, "--key-file", keyFile) // flags after the argument work too
		if !strings.Contains(out, `"`+secret+`"`) || !strings.Contains(out, "verified") || !strings.Contains(out, "k1") {
			t.Errorf("reveal:\n%s", out)
		}
		var rv struct {
			Data     string
			Verified bool
		}
		if err := json.Unmarshal([]byte(mustRun(t, nil, "reveal", "--db", dsn, "--key-file", keyFile, "--json", "bin-md-1")), &rv); err != nil || rv.Data != secret || !rv.Verified {
			t.Errorf("reveal --json: %+v %v", rv, err)
		}
		otherKeys := filepath.Join(dir, "other.json")
		mustRun(t, nil, "keys", "add", "--key-file", otherKeys, "--id", "k1")
		for _, c := range []struct {
			args []string
			code int
		}{
			{[]string{"reveal", "--db", dsn, "--key-file", otherKeys, "bin-md-1"}, 1}, // the wrong key
			{[]string{"reveal", "--db", dsn, "--key-file", keyFile, "bin-2"}, 3},      // no metadata
			{[]string{"reveal", "--db", dsn, "--key-file", keyFile, "nope"}, 2},       // no event
			{[]string{"reveal", "--db", dsn, "--key-file", keyFile}, 2},
		} {
			if out, errOut, code := binRun(t, nil, c.args...); code != c.code || strings.Contains(out+errOut, "condition Y") {
				t.Errorf("%v: exit %d, want %d\n%s%s", c.args, code, c.code, out, errOut)
			}
		}

		// ingest with metadata: sealed with a key file, refused without.
		line2 := unsignedLine("bin-md-3", 6)
		line2 = line2[:len(line2)-1] + `,"metadata":{"data":"` + secret + ` (ingest)"}}`
		signed2 := mustRun(t, []byte(line2), "sign-event", "--deployment", dep)
		if out, _, code := binRun(t, []byte(signed2), "ingest", "--db", dsn, "--deployment", dep, "--json"); code != 2 || !strings.Contains(out, `"code":"metadata_refused"`) || strings.Contains(out, "condition Y") {
			t.Errorf("ingest of metadata without a key file: exit %d %s", code, out)
		}
		// Rotation: a new key; new writes use it; rotate moves the old rows.
		mustRun(t, nil, "keys", "add", "--key-file", keyFile, "--id", "k2")
		if out := mustRun(t, []byte(signed2), "ingest", "--db", dsn, "--deployment", dep, "--metadata-key-file", keyFile, "--json"); out != `{"accepted":1,"duplicate":0,"rejected":[]}`+"\n" {
			t.Errorf("ingest with a key file: %s", out)
		}
		var keys []struct {
			ID      string
			Current bool
			Rows    int64
		}
		if err := json.Unmarshal([]byte(mustRun(t, nil, "keys", "list", "--key-file", keyFile, "--db", dsn, "--json")), &keys); err != nil ||
			len(keys) != 2 || keys[0].Rows != 1 || keys[1].Rows != 1 || !keys[1].Current {
			t.Fatalf("keys list: %+v %v", keys, err)
		}
		out, errOut, code := binRun(t, nil, "keys", "rotate", "--db", dsn, "--key-file", keyFile, "--page", "1")
		if code != 0 || !strings.Contains(errOut, "rotate: 1/1 rows re-encrypted under key k2") || !strings.Contains(out, "1 row(s) re-encrypted under key k2") {
			t.Errorf("rotate: exit %d\n%s%s", code, out, errOut)
		}
		if list := mustRun(t, nil, "keys", "list", "--key-file", keyFile, "--db", dsn); !strings.Contains(list, "k1") || strings.Contains(list, "0x") {
			t.Errorf("keys list:\n%s", list)
		}
		if out := mustRun(t, nil, "reveal", "--db", dsn, "--key-file", keyFile, "bin-md-1"); !strings.Contains(out, "k2") {
			t.Errorf("reveal after rotation:\n%s", out)
		}

		// Revocation: the next request is refused.
		if out := mustRun(t, nil, "meter-key", "revoke", "--db", dsn, created.KeyID); !strings.Contains(out, "revoked") {
			t.Errorf("revoke: %s", out)
		}
		if code, body := post(created.APIKey, []byte(plain)); code != 401 || !strings.Contains(body, `"code":"key_revoked"`) {
			t.Errorf("revoked key: %d %s", code, body)
		}
		if _, errOut, code := binRun(t, nil, "meter-key", "revoke", "--db", dsn, "nope"); code != 2 || !strings.Contains(errOut, "no API key") {
			t.Errorf("revoke unknown: %d %s", code, errOut)
		}

		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		<-done
		if err := cmd.Wait(); err != nil {
			t.Fatalf("serve after SIGTERM: %v\n%s", err, logs.String())
		}
		if !strings.Contains(logs.String(), "msg=stopped") || strings.Contains(logs.String(), "condition Y") || strings.Contains(logs.String(), created.APIKey) {
			t.Errorf("serve's log:\n%s", logs.String())
		}
	})
}

// swapCase flips the case of the last letter of a checksummed address, so
// that its EIP-55 checksum no longer holds while it stays mixed-case.
func swapCase(a string) string {
	b := []byte(a)
	for i := len(b) - 1; i > 2; i-- {
		switch c := b[i]; {
		case 'a' <= c && c <= 'f':
			b[i] = c - 'a' + 'A'
			return string(b)
		case 'A' <= c && c <= 'F':
			b[i] = c - 'A' + 'a'
			return string(b)
		}
	}
	return a
}
