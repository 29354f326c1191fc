package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// provider is the EIP-1193 wallet the test injects before any page script:
// accounts and chain from sessionStorage (so they survive reloads), every
// other request forwarded to anvil, whose dev accounts are unlocked. Flags:
// hp.chain (the wallet's chain id), hp.reject (reject eth_sendTransaction
// as a user would, code 4001). ?nowallet leaves window.ethereum undefined.
const provider = `(() => {
  if (location.search.includes('nowallet')) return;
  const RPC = %q, ACCOUNT = %q;
  const get = (k, d) => sessionStorage.getItem('hp.' + k) ?? d;
  window.ethereum = {
    async request({ method, params }) {
      const calls = JSON.parse(get('calls', '[]')); calls.push(method); sessionStorage.setItem('hp.calls', JSON.stringify(calls));
      switch (method) {
        case 'eth_requestAccounts': case 'eth_accounts': return [ACCOUNT];
        case 'eth_chainId': return get('chain', '0x1');
        case 'wallet_switchEthereumChain': sessionStorage.setItem('hp.chain', params[0].chainId); return null;
        case 'eth_sendTransaction':
          if (get('reject', '') === '1') throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
      }
      const res = await fetch(RPC, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: params || [] }) });
      const j = await res.json();
      if (j.error) throw Object.assign(new Error(j.error.message), { code: j.error.code, data: j.error.data });
      return j.result;
    },
    on() {}, removeListener() {},
  };
})();`

// TestHolderPageInChromium is the holder and consumer pages end to end in
// Debian's headless Chromium against anvil and the real binary (`royalty
// serve --rpc`): the holder enters its address by keyboard and sees the
// figures `royalty statement` prints, byte for byte; follows "why" to the
// event and its receipt proof against receiptRootOf on chain; sees "root
// pending" and, once the root is active, claims through an injected
// EIP-1193 provider forwarding to anvil; each state is reached and shown: no
// wallet, wrong chain (and the switch), rejected, reverted (the guardian
// paused the distributor: EnforcedPause() decoded), claimed (the token
// balance checked on chain), nothing to claim. Screenshots at 390 and 1280
// px go to docs/img/. One anvil, one browser.
func TestHolderPageInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test: not with -short") // only under testing.Short(); CI runs it (scripts/test.sh installs Chromium or fails)
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("Debian's chromium is not installed: scripts/test.sh installs it (scripts/chromium.sh); or apt-get install chromium")
	}
	bin := buildBinary(t)
	ctx := context.Background()
	dsn := storetest.DSN(t, "sqlite")
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f := servicetest.NewClosed(t, st)
	depFile := filepath.Join(t.TempDir(), "deployment.json")
	if err := deploy.Save(depFile, f.W.Dep); err != nil {
		t.Fatal(err)
	}
	patient := f.Parties.Patient
	statement := func() string {
		t.Helper()
		out, err := exec.Command(bin, "statement", "--db", dsn, "--deployment", depFile, "--account", patient.Hex(), "--rpc", f.W.Node.URL).CombinedOutput()
		if err != nil {
			t.Fatalf("royalty statement: %v\n%s", err, out)
		}
		return string(out)
	}
	// The patient's preference routed epoch 1's payout to another asset and
	// the swap was aborted past the slippage bound, then paid at home: the
	// stored run as routes.Runner stores it (written here, not run).
	other := common.HexToAddress("0x00000000000000000000000000000000000005e7")
	run := routes.Run{Key: "epoch-1/route/browser", Epoch: 1, Group: routes.Group{HomeChain: f.W.Dep.ChainID, Asset: f.W.Token, ToChain: f.W.Dep.ChainID,
		ToAsset: other, Parts: []routes.Part{{Account: patient, Amount: *uint256.NewInt(342000)}}},
		Steps: []routes.StepRecord{{Kind: routes.KindSwap, Status: routes.StatusAborted, Reason: "quote below the minimum", AssetIn: f.W.Token, AssetOut: other},
			{Kind: routes.KindPay, Status: routes.StatusDone, AssetIn: f.W.Token, AssetOut: f.W.Token, TxHashes: []common.Hash{common.HexToHash("0x99")}}}}
	raw, err := json.Marshal(run)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveRouteRun(ctx, store.RouteRunRow{Key: run.Key, ChainID: f.W.Dep.ChainID, Epoch: 1, State: raw}); err != nil {
		t.Fatal(err)
	}
	// Governance disputes the patient's event inside its window: the page
	// lists it, awaiting the next close (which this test never makes): no
	// line item frozen yet.
	gov := governanceconfig.NewGovernanceConfig()
	reason := crypto.Keccak256Hash([]byte("metered twice"))
	if _, err := f.W.Chain(0).Transact(ctx, "open dispute", gov.Instance(f.W.Client, f.W.Dep.GovernanceConfig),
		gov.PackOpenDispute(pipeline.TargetEvent, new(big.Int), f.EventID, f.EventTime, 1, reason)); err != nil {
		t.Fatal(err)
	}
	f.Index(t)
	base := startServe(t, bin, dsn, depFile, f.W.Node.URL)

	actx, cancel := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()))
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancel = context.WithTimeout(bctx, 4*time.Minute)
	defer cancel()
	b := &browser{t: t, ctx: bctx}
	b.do(chromedp.Navigate("about:blank"))
	if _, err := chromedp.Call(bctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil { // the test wallet's fetch to anvil
		t.Fatal(err)
	}
	if _, err := chromedp.Call(bctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: fmt.Sprintf(provider, f.W.Node.URL, patient.Hex())}); err != nil {
		t.Fatal(err)
	}
	b.do(chromedp.EmulateViewport(1280, 900))

	// 1. No wallet; the address typed and submitted by keyboard; the figures.
	b.do(chromedp.Navigate(base + "/?nowallet"))
	b.state("wallet", "no_wallet")
	b.do(chromedp.Focus(chromedp.ID("account")), chromedp.KeyEvent("0x000000000000000000000000000000000000dEaD\r"))
	b.state("wallet", "no_statement")
	if s := b.text("wallet"); !strings.Contains(s, "no statement") {
		t.Fatalf("an address without a statement: %q", s)
	}
	b.do(chromedp.Evaluate[chromedp.Void](`document.getElementById("account").value = ""`), chromedp.Focus(chromedp.ID("account")), chromedp.KeyEvent(patient.Hex()), chromedp.KeyEvent("\r"))
	b.state("wallet", "shown")
	want := statement()
	b.sameFigures(want)
	b.state("claim-status", "root_pending")
	if got := b.cells("#dispute-list tbody tr"); len(got) != 1 ||
		strings.Join(got[0], "|") != strings.Join([]string{"dispute-1", "awaiting close", "event " + f.EventID, "", "", reason.Hex()}, "|") {
		t.Fatalf("the page's disputes: %q", got)
	}
	if s := b.text("claim-status"); !strings.Contains(s, "activates at 20") {
		t.Fatalf("root pending says no time: %q", s)
	}
	// "why", by keyboard: the event, its trail to the holder, the receipt
	// proof; receiptRootOf(1) is not set before the root activates.
	b.do(chromedp.Focus(chromedp.CSS(`button.why[data-event="`+f.EventID+`"]`)), chromedp.KeyEvent("\r"))
	b.waitJS(`document.getElementById('why-onchain') !== null`)
	if ev := b.text("why-event"); ev != f.EventID {
		t.Fatalf("why: event %q, want %q", ev, f.EventID)
	}
	why := b.text("why")
	for _, s := range []string{"pool: dataset 1 version", "CF ", "contributor 0x", "holder " + patient.Hex(), "Valuation version", "the proof reaches it", "not on chain yet"} {
		if !strings.Contains(why, s) {
			t.Fatalf("why lacks %q:\n%s", s, why)
		}
	}
	var share struct {
		ReserveShare string `json:"reserveShare"`
	}
	getJSON(t, base+"/v1/line-items/"+f.EventID+"/receipt-proof?account="+patient.Hex(), &share)
	if r := b.text("why-reserve"); share.ReserveShare == "" || !strings.HasPrefix(r, share.ReserveShare+" of yours") {
		t.Fatalf("why: held in reserve %q, want %q of yours", r, share.ReserveShare)
	}
	if l, w := b.text("why-local"), b.text("why-wallet"); !strings.HasPrefix(l, "the leaf values hash to the leaf, and the proof reaches the receipt root 0x") ||
		!strings.HasPrefix(w, "no wallet in this browser") {
		t.Fatalf("why, checked in the browser: %q, %q", l, w)
	}
	b.shot("holder-why-1280.png")

	// 2. The root activates: the receipt proof matches receiptRootOf(1) on
	// chain; Claim without a wallet says so.
	f.Activate(t, 1)
	b.do(chromedp.Navigate(base + "/?nowallet&account=" + patient.Hex()))
	b.state("claim-status", "ready")
	b.do(chromedp.Click(chromedp.CSS(`button.why[data-event="` + f.EventID + `"]`)))
	b.waitJS(`document.getElementById('why-onchain')?.dataset.match === 'true'`)
	var proof struct {
		OnChainMatch bool `json:"onChainMatch"`
		Verified     bool `json:"verified"`
	}
	getJSON(t, base+"/v1/line-items/"+f.EventID+"/receipt-proof", &proof)
	if !proof.OnChainMatch || !proof.Verified {
		t.Fatalf("the auditor's link: %+v", proof)
	}
	// Every control is reached by Tab alone, in reading order.
	b.do(chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(); window.scrollTo(0, 0)`))
	var order []string
	for i := 0; i < 40 && !strings.HasPrefix(b.eval(`document.activeElement.className`), "why"); i++ {
		b.do(chromedp.KeyEvent("\t"))
		order = append(order, b.eval(`document.activeElement.id || document.activeElement.tagName.toLowerCase() + '.' + document.activeElement.className`))
	}
	if got, want := strings.Join(order, " "), "account button. connect "; !strings.Contains(got, want) ||
		!strings.Contains(got, " claim ") || !strings.HasSuffix(got, "button.why") {
		t.Fatalf("Tab order %q: want the address, Show, Connect wallet, Claim all and the why buttons", got)
	}
	b.do(chromedp.KeyEvent("\r"))
	b.waitJS(`document.activeElement.id === 'why'`)
	b.do(chromedp.Focus(chromedp.ID("claim")), chromedp.KeyEvent("\r"))
	b.state("claim-status", "no_wallet")

	// 3. A wallet on the wrong chain; the switch.
	b.do(chromedp.Navigate(base + "/"))
	b.state("wallet", "")
	b.do(chromedp.Click(chromedp.ID("connect")))
	b.state("claim-status", "ready")
	b.do(chromedp.Click(chromedp.ID("claim")))
	b.state("claim-status", "wrong_chain")
	b.do(chromedp.Click(chromedp.ID("switch")))
	b.state("claim-status", "switched")

	// 4. Rejected in the wallet.
	b.do(chromedp.Evaluate[chromedp.Void](`sessionStorage.setItem('hp.reject', '1')`), chromedp.Click(chromedp.ID("claim")))
	b.state("claim-status", "rejected")
	b.do(chromedp.Evaluate[chromedp.Void](`sessionStorage.removeItem('hp.reject')`))

	// 5. Reverted: the guardian pauses the distributor after the page loaded.
	d := royaltydistributor.NewRoyaltyDistributor()
	dist := d.Instance(f.W.Client, f.W.Dep.RoyaltyDistributor)
	if _, err := f.W.Chain(0).Transact(ctx, "pause", dist, d.PackPause()); err != nil {
		t.Fatal(err)
	}
	b.do(chromedp.Click(chromedp.ID("claim")))
	b.state("claim-status", "reverted")
	if s := b.text("claim-status"); !strings.Contains(s, "EnforcedPause()") {
		t.Fatalf("reverted, not decoded: %q", s)
	}
	if _, err := f.W.Chain(0).Transact(ctx, "unpause", dist, d.PackUnpause()); err != nil {
		t.Fatal(err)
	}

	// 6. Claimed: the balance on chain, and the page's figures are again the statement's.
	before := f.W.Balance(t, patient)
	b.do(chromedp.Click(chromedp.ID("claim")))
	b.state("claim-status", "claimed")
	if got := f.W.Balance(t, patient) - before; got != 342000 {
		t.Fatalf("claimed %d base units on chain, want 342000", got)
	}
	if s := b.text("claim-status"); !strings.Contains(s, "Claimed 0.342 tUSD in transaction 0x") || !strings.Contains(s, "Nothing to claim") {
		t.Fatalf("claimed status: %q", s)
	}
	after := statement()
	if after == want || !strings.Contains(after, "0.342 tUSD  0 tUSD") {
		t.Fatalf("statement after the claim:\n%s", after)
	}
	b.sameFigures(after)

	// 7. Nothing to claim on a fresh load; screenshots at both widths.
	b.do(chromedp.Navigate(base + "/?account=" + patient.Hex()))
	b.state("claim-status", "nothing_to_claim")
	b.do(chromedp.Click(chromedp.CSS(`button.why[data-event="` + f.EventID + `"]`)))
	b.waitJS(`document.getElementById('why-wallet')?.textContent.includes('matches the proof')`)
	b.shot("holder-1280.png")
	b.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	b.do(chromedp.Reload())
	b.state("claim-status", "nothing_to_claim")
	b.do(chromedp.Click(chromedp.CSS(`button.why[data-event="` + f.EventID + `"]`)))
	b.waitJS(`document.getElementById('why-onchain') !== null`)
	b.fits(390)
	b.shot("holder-390.png")

	// proof.js (Keccak-256, the leaf, the sorted-pair fold) against Go's
	// keccak and merkle tree, over several leaves and a multi-block input.
	b.proofModule()

	// 8. The consumer page: position, TNPL, per epoch, the CSV.
	consumer := f.W.Consumer.Hex()
	b.do(chromedp.Navigate(base + "/consumer?consumer=" + consumer))
	b.state("status", "shown")
	b.fits(390)
	b.shot("consumer-390.png")
	var view struct {
		Epochs []struct{ Owed, Paid, Deposited string } `json:"epochs"`
	}
	getJSON(t, base+"/v1/consumers/"+consumer+"/statement", &view)
	rows := b.cells("#epochs tbody tr")
	if len(rows) != 1 || len(view.Epochs) != 1 || rows[0][3] != view.Epochs[0].Owed || rows[0][4] != view.Epochs[0].Paid ||
		!strings.HasSuffix(rows[0][3], " tUSD") {
		t.Fatalf("consumer rows %q, API %+v", rows, view)
	}
	href := b.eval(`document.getElementById('csv').href`)
	res, err := http.Get(href)
	if err != nil {
		t.Fatal(err)
	}
	csvBody, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.HasPrefix(string(csvBody), "epoch,consumer,asset,symbol,") || !strings.Contains(string(csvBody), rows[0][3]) {
		t.Fatalf("CSV %s:\n%s", href, csvBody)
	}
	b.do(chromedp.EmulateViewport(1280, 900))
	b.do(chromedp.Reload())
	b.state("status", "shown")
	b.shot("consumer-1280.png")
}

// startServe runs `royalty serve` and answers its base URL.
func startServe(t *testing.T, bin, dsn, depFile, rpc string) string {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--db", dsn, "--deployment", depFile, "--rpc", rpc, "--listen", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	urls := make(chan string, 1)
	var log bytes.Buffer
	go func() {
		sc := bufio.NewScanner(stderr)
		re := regexp.MustCompile(`url=(http://\S+)`)
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
		close(urls)
	}()
	select {
	case u, ok := <-urls:
		if !ok {
			t.Fatalf("royalty serve exited:\n%s", log.String())
		}
		return u
	case <-time.After(time.Minute):
		t.Fatalf("royalty serve did not listen:\n%s", log.String())
	}
	return ""
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || json.Unmarshal(b, v) != nil {
		t.Fatalf("GET %s: %d %s", url, res.StatusCode, b)
	}
}

type browser struct {
	t   *testing.T
	ctx context.Context
}

func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) eval(js string) string {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		b.t.Fatalf("%s: %v", js, err)
	}
	return v
}

func (b *browser) text(id string) string {
	b.t.Helper()
	return b.eval(`(document.getElementById(` + jsString(id) + `)?.innerText ?? '<none>')`)
}

// waitJS waits (30 s at most) for a JavaScript condition.
func (b *browser) waitJS(cond string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		b.t.Fatalf("waiting for %s: %v\npage:\n%s", cond, err, b.eval(`document.body.innerText`))
	}
}

// state waits for the status element id to show state (data-state).
func (b *browser) state(id, state string) {
	b.t.Helper()
	b.waitJS(`document.getElementById(` + jsString(id) + `)?.dataset.state === ` + jsString(state))
}

// cells are the text of each cell of the rows sel finds.
func (b *browser) cells(sel string) [][]string {
	b.t.Helper()
	raw := b.eval(`JSON.stringify([...document.querySelectorAll(` + jsString(sel) + `)].map(r => [...r.cells].map(c => c.textContent)))`)
	var out [][]string
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		b.t.Fatal(err)
	}
	return out
}

var columns = regexp.MustCompile(`\s{2,}`)

// sameFigures: every row of the page's totals, per-epoch asset and event
// tables is, cell for cell, a row of `royalty statement`'s table.
func (b *browser) sameFigures(statement string) {
	b.t.Helper()
	rows := map[string]bool{}
	for _, l := range strings.Split(statement, "\n") {
		rows[strings.Join(columns.Split(strings.TrimSpace(l), -1), "|")] = true
	}
	checked := 0
	for _, c := range []struct {
		sel string
		n   int
	}{{"#totals tbody tr", 5}, {"table.assets tbody tr", 5}, {"table.events tbody tr", 8}} {
		got := b.cells(c.sel)
		if len(got) == 0 {
			b.t.Fatalf("no %s on the page", c.sel)
		}
		for _, r := range got {
			if line := strings.Join(r[:c.n], "|"); !rows[line] {
				b.t.Fatalf("page row %q (%s) is not a row of royalty statement:\n%s", line, c.sel, statement)
			}
			checked++
		}
	}
	// The routed payouts' lines, each a line of the statement.
	var routed []string
	if err := json.Unmarshal([]byte(b.eval(`JSON.stringify([...document.querySelectorAll('ul.routes li')].map(l => l.textContent))`)), &routed); err != nil {
		b.t.Fatal(err)
	}
	if n := strings.Count(statement, "\n  routed: "); n != len(routed) {
		b.t.Fatalf("page routed lines %q, %d in royalty statement:\n%s", routed, n, statement)
	}
	for _, r := range routed {
		if !strings.Contains(statement, "\n  "+r+"\n") {
			b.t.Fatalf("page routed line %q is not a line of royalty statement:\n%s", r, statement)
		}
		checked++
	}
	// The reserve held per asset, when the statement has it.
	held := b.cells("#held tbody tr")
	if strings.Contains(statement, "\nHeld in reserve") != (len(held) > 0) {
		b.t.Fatalf("page held rows %q, statement:\n%s", held, statement)
	}
	for _, r := range held {
		if line := strings.Join(r[:4], "|"); !rows[line] {
			b.t.Fatalf("page row %q (#held) is not a row of royalty statement:\n%s", line, statement)
		}
		checked++
	}
	if checked < 3 {
		b.t.Fatalf("compared %d rows", checked)
	}
	// The epoch headings are the statement's epoch lines.
	lines := map[string]bool{}
	for _, l := range strings.Split(statement, "\n") {
		lines[l] = true
	}
	var heads []string
	if err := json.Unmarshal([]byte(b.eval(`JSON.stringify([...document.querySelectorAll('#epoch-list h3')].map(h => h.textContent))`)), &heads); err != nil || len(heads) == 0 {
		b.t.Fatalf("epoch headings %q: %v", heads, err)
	}
	for _, h := range heads {
		if !lines[h] {
			b.t.Fatalf("page heading %q is not a line of royalty statement:\n%s", h, statement)
		}
	}
}

// fits: the page does not scroll sideways at width px (tables scroll in
// their own boxes).
func (b *browser) fits(width int) {
	b.t.Helper()
	if w := b.eval(`String(document.documentElement.scrollWidth)`); w != fmt.Sprint(width) {
		wide := b.eval(`[...document.querySelectorAll('body *')].filter(e => !e.parentElement.closest('.scroll') && e.getBoundingClientRect().right > ` + fmt.Sprint(width) +
			`).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('\n') + '\noverflowing: ' + [...document.querySelectorAll('body, body *')].filter(e => !e.classList.contains('scroll') && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth).join(', ') + '\nviewport ' + innerWidth + ', html ' + document.documentElement.clientWidth + ', body ' + document.body.scrollWidth`)
		b.t.Fatalf("page is %s px wide at a %d px viewport; past the edge:\n%s", w, width, wide)
	}
}

// shot takes a full-page PNG and checks it decodes at the viewport's width
// or wider. With -update it is written to docs/img/name (the README's
// pictures); otherwise to the test's temporary directory, so that a test run
// never changes tracked files.
func (b *browser) shot(name string) {
	b.t.Helper()
	shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(shot))
	if err != nil || cfg.Width < 390 || cfg.Height == 0 {
		b.t.Fatalf("screenshot %s: %dx%d, %v", name, cfg.Width, cfg.Height, err)
	}
	dir := b.t.TempDir()
	if *update {
		dir = filepath.Join("..", "..", "docs", "img")
	}
	if err := os.WriteFile(filepath.Join(dir, name), shot, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// proofModule checks web/static/proof.js in the page against go-ethereum's
// Keccak-256 and our merkle package (OpenZeppelin's StandardMerkleTree).
func (b *browser) proofModule() {
	b.t.Helper()
	inputs := []string{"", "abc", strings.Repeat("royalty", 40)} // 280 bytes: three Keccak blocks
	for _, in := range inputs {
		js := `import('/assets/proof.js').then(m => m.toHex(m.keccak256(new TextEncoder().encode(` + jsString(in) + `))))`
		got, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js, chromedp.EvalAsValue, chromedp.EvalAwaitPromise))
		if err != nil {
			b.t.Fatal(err)
		}
		if want := crypto.Keccak256Hash([]byte(in)).Hex(); got != want {
			b.t.Fatalf("proof.js keccak256(%.10q…) = %s, want %s", in, got, want)
		}
	}
	var values [][]string
	for i := 0; i < 7; i++ {
		values = append(values, []string{crypto.Keccak256Hash([]byte(fmt.Sprint("e", i))).Hex(), crypto.Keccak256Hash([]byte(fmt.Sprint("l", i))).Hex(),
			fmt.Sprint(i + 1), crypto.Keccak256Hash([]byte(fmt.Sprint("s", i))).Hex(), common.BigToAddress(big.NewInt(int64(0xa55e7 + i))).Hex(),
			new(big.Int).Lsh(big.NewInt(int64(i+3)), 200).String()})
	}
	tree, err := merkle.Build(pipeline.ReceiptTypes, values)
	if err != nil {
		b.t.Fatal(err)
	}
	types, _ := json.Marshal(pipeline.ReceiptTypes)
	for i := range values {
		v, _ := json.Marshal(values[i])
		proof, err := tree.Proof(i)
		if err != nil {
			b.t.Fatal(err)
		}
		p, _ := json.Marshal(proof)
		js := fmt.Sprintf(`import('/assets/proof.js').then(m => m.toHex(m.rootOf(m.leafHash(%s, %s), %s)))`, types, v, p)
		got, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js, chromedp.EvalAsValue, chromedp.EvalAwaitPromise))
		if err != nil {
			b.t.Fatal(err)
		}
		if got != tree.Root().Hex() || len(proof) == 0 {
			b.t.Fatalf("proof.js folds leaf %d (proof of %d) to %s, want the root %s", i, len(proof), got, tree.Root().Hex())
		}
	}
	js := `import('/assets/proof.js').then(m => m.receiptRootCall(7))`
	if got, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js, chromedp.EvalAsValue, chromedp.EvalAwaitPromise)); err != nil ||
		got != hexutil.Encode(royaltydistributor.NewRoyaltyDistributor().PackReceiptRootOf(7)) {
		b.t.Fatalf("proof.js receiptRootCall(7) = %s (%v)", got, err)
	}
}

func jsString(s string) string { b, _ := json.Marshal(s); return string(b) }
