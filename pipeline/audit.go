package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/strict"
)

// The artifacts the audit checks, as its findings name them.
const (
	ArtUsageEvent      = "usage event"      // a stored signed usage event
	ArtLineItem        = "line item"        // a stored line item: bundle, output and columns
	ArtStatements      = "statements"       // an epoch's stored statements document
	ArtCumulative      = "cumulative"       // a cumulative entitlement across epochs
	ArtEntitlementTree = "entitlement tree" // an epoch's stored distributor tree and root
	ArtReceiptTree     = "receipt tree"     // an epoch's stored per-event receipt tree and root
	ArtPayout          = "payout"           // an epoch's stored payout: roots and totals
	ArtFunding         = "funding"          // one stored funding of a payout
	ArtVault           = "vault"            // the vault on chain: EpochFunded, funded()
	ArtDistributor     = "distributor"      // the distributor on chain: RootProposed, rootOf, …
	ArtClaimed         = "claimed"          // what an account claimed on chain
	ArtMetadata        = "metadata"         // a usage event's sealed metadata plaintext, against its signed commitment
)

// Key locates a finding: the epoch, event, account, consumer and asset it
// concerns (each empty when it does not apply).
type Key struct {
	Epoch    uint64 `json:"epoch,omitempty"`
	Event    string `json:"event,omitempty"`
	Account  string `json:"account,omitempty"`
	Consumer string `json:"consumer,omitempty"`
	Asset    string `json:"asset,omitempty"`
}

// String is the key for people: "epoch 1, event e-1, account 0x…".
func (k Key) String() string {
	var parts []string
	if k.Epoch != 0 {
		parts = append(parts, "epoch "+strconv.FormatUint(k.Epoch, 10))
	}
	for _, p := range [][2]string{{"event", k.Event}, {"account", k.Account}, {"consumer", k.Consumer}, {"asset", k.Asset}} {
		if p[1] != "" {
			parts = append(parts, p[0]+" "+p[1])
		}
	}
	return strings.Join(parts, ", ")
}

// Finding is one mismatch: in which artifact, where, which field, what the
// recomputation expects and what was found.
type Finding struct {
	Artifact string `json:"artifact"`
	Key      Key    `json:"key"`
	Field    string `json:"field"`
	Expected string `json:"expected"`
	Found    string `json:"found"`
}

// Count is how many of one artifact were checked.
type Count struct {
	Artifact string `json:"artifact"`
	Checked  int    `json:"checked"`
}

// Verdict is the audit of epochs 1..Epoch: OK only without a mismatch.
type Verdict struct {
	Epoch      uint64    `json:"epoch"`
	OK         bool      `json:"ok"`
	Facts      string    `json:"facts"`      // where the chain's facts came from: "chain" (the node's logs) or "database"
	FinalBlock uint64    `json:"finalBlock"` // the last block of those facts
	Checked    []Count   `json:"checked"`
	Notes      []string  `json:"notes"` // what was not checked, and why
	Mismatches []Finding `json:"mismatches"`
}

type auditor struct {
	v      Verdict
	counts map[string]int
}

func (a *auditor) count(artifact string, n int) { a.counts[artifact] += n }

func (a *auditor) add(artifact string, key Key, field, expected, found string) {
	a.v.Mismatches = append(a.v.Mismatches, Finding{Artifact: artifact, Key: key, Field: field, Expected: expected, Found: found})
}

func (a *auditor) note(format string, args ...any) {
	a.v.Notes = append(a.v.Notes, fmt.Sprintf(format, args...))
}

// Audit recomputes epochs 1..epoch from the signed usage events and the
// chain's facts alone, and holds every stored artifact against the result:
// each usage event (body, id, signature, columns), each line item (bundle,
// output, columns), each epoch's statements document, entitlement tree,
// receipt tree and payout with its fundings, and the cumulatives across
// epochs. With chain, the facts are the node's own logs (nothing from the
// database's chain tables) and the distributor's and vault's state is read
// too: roots, totals, fundings, and every account's claimed amount. Without
// chain, the store's indexed facts stand in for the chain. A mismatch is a
// Finding in the verdict; the error is for what stopped the audit.
func (e *Epochs) Audit(ctx context.Context, epoch uint64, chain Chain) (Verdict, error) {
	var facts *Facts
	var err error
	if chain != nil {
		facts, err = FactsFromChain(ctx, chain, e.Dep)
	} else {
		facts, err = FactsFromStore(ctx, e.Store, e.Dep)
	}
	if err != nil {
		return Verdict{}, err
	}
	rc, err := e.recompute(ctx, facts, epoch)
	if err != nil {
		return Verdict{}, err
	}
	a := &auditor{v: Verdict{Epoch: epoch, Facts: facts.Source, FinalBlock: facts.FinalBlock, Notes: []string{}, Mismatches: rc.findings},
		counts: map[string]int{}}
	a.count(ArtUsageEvent, rc.events)
	if err := a.metadata(ctx, e, rc); err != nil {
		return Verdict{}, err
	}
	prev := map[[2]string]string{} // the stored cumulatives of the previous epoch
	for i := range rc.epochs {
		ep := &rc.epochs[i]
		for j := range ep.items {
			a.lineItem(&ep.items[j], ep.row.End)
		}
		a.statements(ep, prev)
		a.tree(ep)
		a.receipts(ep)
		a.payout(ep)
		a.onChain(facts, ep)
	}
	if rc.stopped {
		a.note("epoch %d and later were not recomputed: the engine refused the inputs of epoch %d", len(rc.epochs)+1, len(rc.epochs)+1)
	}
	for i := range rc.loose {
		a.lineItem(&rc.loose[i], 0)
	}
	a.claims(facts, rc)
	if chain != nil {
		if err := a.views(ctx, chain, e, facts, rc); err != nil {
			return Verdict{}, err
		}
	}
	for _, art := range []string{ArtUsageEvent, ArtMetadata, ArtLineItem, ArtStatements, ArtCumulative, ArtEntitlementTree, ArtReceiptTree,
		ArtPayout, ArtFunding, ArtVault, ArtDistributor, ArtClaimed} {
		a.v.Checked = append(a.v.Checked, Count{Artifact: art, Checked: a.counts[art]})
	}
	a.v.OK = len(a.v.Mismatches) == 0
	if a.v.Mismatches == nil {
		a.v.Mismatches = []Finding{}
	}
	return a.v, nil
}

// metadata verifies the commitments the audit is given plaintext for: with
// the metadata key (Epochs.Metadata), every stored ciphertext is opened and
// its plaintext's commitment held against the one the meter signed. A row
// that does not open (tampered ciphertext, relabelled or unknown key id, a
// key file that is not the intake's) or opens to another commitment (a
// plaintext replaced by someone holding the key) is a mismatch. No
// plaintext ever reaches the verdict: only key ids and commitments.
func (a *auditor) metadata(ctx context.Context, e *Epochs, rc *recomputation) error {
	stored, plain := 0, map[string]bool{}
	after := ""
	for {
		rows, err := e.Store.UsageMetadataRows(ctx, after, store.MaxUsageEventsPage)
		if err != nil {
			return err
		}
		for _, row := range rows {
			stored++
			plain[row.EventID] = true
			if e.Metadata != nil {
				if err := a.sealed(ctx, e.Metadata, rc, row); err != nil {
					return err
				}
			}
		}
		if len(rows) < store.MaxUsageEventsPage {
			break
		}
		after = rows[len(rows)-1].EventID
	}
	unsent := 0
	for id, ev := range rc.signed {
		if ev.MetadataCommitment != (common.Hash{}) && !plain[id] {
			unsent++
		}
	}
	if unsent > 0 {
		a.note("%d usage events commit to metadata whose plaintext was never sent: their commitments cannot be verified", unsent)
	}
	if e.Metadata == nil && stored > 0 {
		a.note("metadata: %d stored plaintexts not verified against their signed commitments (give the metadata key file to check them)", stored)
	}
	return nil
}

// sealed opens one stored ciphertext and checks it against its event. The
// error is for what stops the audit (the key provider failing), not for a
// row that does not verify, which is a finding.
func (a *auditor) sealed(ctx context.Context, keys keyring.Provider, rc *recomputation, row store.SealedRow) error {
	key := Key{Event: row.EventID}
	ev := rc.signed[row.EventID]
	switch {
	case ev == nil && rc.seen[row.EventID]:
		return nil // the event itself failed its checks, reported as a usage event
	case ev == nil:
		a.add(ArtMetadata, key, "event", "a stored usage event the ciphertext belongs to", "none")
		return nil
	case ev.MetadataCommitment == (common.Hash{}):
		a.add(ArtMetadata, key, "metadataCommitment", "a signed commitment the stored plaintext is checked against", "the event commits to none")
		return nil
	}
	a.count(ArtMetadata, 1)
	got, err := intake.Verify(ctx, keys, ev, row.SealedMetadata)
	switch {
	case errors.Is(err, keyring.ErrUnknownKey):
		a.add(ArtMetadata, key, "keyId", "a key id of the metadata key file", strconv.Quote(strict.Clip(row.KeyID))+", not in it")
	case errors.Is(err, keyring.ErrDecrypt):
		a.add(ArtMetadata, key, "ciphertext", "authenticates under key "+strconv.Quote(strict.Clip(row.KeyID))+", bound to the event id and its commitment",
			"does not authenticate (tampered ciphertext, relabelled key id, or another key file)")
	case errors.Is(err, intake.ErrCommitment):
		a.add(ArtMetadata, key, "plaintext", "salt ‖ data committing to "+ev.MetadataCommitment.Hex(), err.Error())
	case err != nil:
		return fmt.Errorf("audit metadata of usage event %q: %w", row.EventID, err)
	case got != ev.MetadataCommitment:
		a.add(ArtMetadata, key, "metadataCommitment", ev.MetadataCommitment.Hex(), got.Hex()+" (keccak256 of the decrypted plaintext)")
	}
	return nil
}

// document compares a stored JSON document with the expected encoding,
// field by field; prefix names the document in the field ("bundle",
// "output"), key says whose it is.
func (a *auditor) document(artifact string, key Key, prefix string, expected, stored []byte) {
	if bytes.Equal(expected, stored) {
		return
	}
	diffs, err := diffJSON(expected, stored)
	if err != nil {
		a.add(artifact, key, prefix, "its canonical JSON", err.Error())
		return
	}
	if len(diffs) == 0 {
		a.add(artifact, key, prefix, fmt.Sprintf("the canonical encoding (%d bytes)", len(expected)), fmt.Sprintf("the same values in other bytes (%d)", len(stored)))
		return
	}
	for _, d := range diffs {
		k := key
		if v := d.ids["account"]; v != "" {
			k.Account = addr(v)
		} else if v := d.ids["holder"]; v != "" {
			k.Account = addr(v)
		}
		if v := d.ids["consumer"]; v != "" {
			k.Consumer = addr(v)
		}
		if v := d.ids["asset"]; v != "" {
			k.Asset = addr(v)
		}
		if v := d.ids["eventId"]; v != "" {
			k.Event = v
		}
		field := d.path
		if prefix != "" {
			field = join(prefix, d.path)
		}
		a.add(artifact, k, field, d.expected, d.found)
	}
}

// addr writes an address EIP-55 checksummed, anything else as it is.
func addr(s string) string {
	if common.IsHexAddress(s) {
		return common.HexToAddress(s).Hex()
	}
	return s
}

// lineItem holds a stored line item against its recomputation: the bundle
// (the `royalty compute` input), the output, the columns, and (end > 0) that
// its event falls before the end of the epoch that accrued it.
func (a *auditor) lineItem(it *expectedItem, end uint64) {
	a.count(ArtLineItem, 1)
	key := Key{Epoch: it.row.Epoch, Event: it.row.EventID}
	bundle, err := engine.EncodeBundle(it.in)
	if err != nil {
		a.add(ArtLineItem, key, "bundle", "an encodable bundle", err.Error())
	} else {
		a.document(ArtLineItem, key, "bundle", bundle, it.row.Bundle)
	}
	output, err := engine.EncodeLineItem(it.li)
	if err != nil {
		a.add(ArtLineItem, key, "output", "an encodable line item", err.Error())
	} else {
		a.document(ArtLineItem, key, "output", output, it.row.Item)
	}
	for _, c := range [][3]string{
		{"hash", it.li.Hash.Hex(), it.row.Hash.Hex()},
		{"consumer", it.li.Consumer.Hex(), it.row.Consumer.Hex()},
		{"asset", it.li.Asset.Hex(), it.row.Asset.Hex()},
		{"event_time", strconv.FormatUint(it.li.Timestamp, 10), strconv.FormatUint(it.row.EventTime, 10)},
		{"dispute_window", strconv.FormatUint(it.in.Policy.DisputeWindow, 10), strconv.FormatUint(it.row.DisputeWindow, 10)},
	} {
		if c[1] != c[2] {
			a.add(ArtLineItem, key, c[0], c[1], c[2])
		}
	}
	if end > 0 && it.li.Timestamp >= end {
		a.add(ArtLineItem, key, "epoch", fmt.Sprintf("an epoch ending after the event's time %d", it.li.Timestamp),
			fmt.Sprintf("epoch %d, ending at %d", it.row.Epoch, end))
	}
}

// statements holds the stored statements document of an epoch against the
// recomputed one, and checks the stored cumulatives never decrease: from
// the previous epoch's stored document, and within each recipient line.
func (a *auditor) statements(ep *expectedEpoch, prev map[[2]string]string) {
	k := ep.row.Epoch
	a.count(ArtStatements, 1)
	want, err := json.Marshal(ep.statements)
	if err != nil {
		a.add(ArtStatements, Key{Epoch: k}, "", "an encodable document", err.Error())
		return
	}
	a.document(ArtStatements, Key{Epoch: k}, "", want, ep.row.Statements)
	if ep.row.StatementsHash != ep.statements.Hash {
		a.add(ArtStatements, Key{Epoch: k}, "statements_hash", ep.statements.Hash.Hex(), ep.row.StatementsHash.Hex())
	}
	var stored engine.EpochStatements
	if err := json.Unmarshal(ep.row.Statements, &stored); err != nil {
		return // the document check above reported it
	}
	cur := map[[2]string]string{}
	for _, ent := range stored.Entitlements {
		id := [2]string{addr(ent.Account), addr(ent.Asset)}
		cur[id] = ent.Cumulative
		a.count(ArtCumulative, 1)
		if p, ok := prev[id]; ok && less(ent.Cumulative, p) {
			a.add(ArtCumulative, Key{Epoch: k, Account: id[0], Asset: id[1]}, "entitlements.cumulative",
				"at least "+p+" (epoch "+strconv.FormatUint(k-1, 10)+")", ent.Cumulative)
		}
	}
	for id, p := range prev {
		if _, ok := cur[id]; !ok {
			a.add(ArtCumulative, Key{Epoch: k, Account: id[0], Asset: id[1]}, "entitlements.cumulative",
				"at least "+p+" (epoch "+strconv.FormatUint(k-1, 10)+")", absent)
		}
	}
	for _, rs := range stored.Recipients {
		for _, l := range rs.Lines {
			if less(l.Cumulative, l.PreviousCumulative) {
				a.add(ArtCumulative, Key{Epoch: k, Account: addr(rs.Account), Asset: addr(l.Asset)}, "recipients.lines.cumulative",
					"at least previousCumulative "+l.PreviousCumulative, l.Cumulative)
			}
		}
	}
	clear(prev)
	for id, c := range cur {
		prev[id] = c
	}
}

// less compares two decimal amounts; a value that is not one is never less.
func less(a, b string) bool {
	x, okA := new(big.Int).SetString(a, 10)
	y, okB := new(big.Int).SetString(b, 10)
	return okA && okB && x.Cmp(y) < 0
}

// storedTree is a standard-v1 dump read without checking its hashes, so a
// tampered leaf can be named.
type storedTree struct {
	Format       string   `json:"format"`
	LeafEncoding []string `json:"leafEncoding"`
	Tree         []string `json:"tree"`
	Values       []struct {
		Value []json.RawMessage `json:"value"`
	} `json:"values"`
}

func (t *storedTree) value(i int) []string {
	out := make([]string, len(t.Values[i].Value))
	for k, raw := range t.Values[i].Value {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			s = string(raw)
		}
		out[k] = s
	}
	return out
}

// dump holds a stored tree dump and root against the expected tree; leafKey
// names a leaf (by its values) and fields names each value.
func (a *auditor) dump(artifact string, epoch uint64, stored []byte, storedRoot common.Hash, want *merkle.Tree,
	leafKey func(v []string) (string, Key), fields []string) {
	key := Key{Epoch: epoch}
	wantRoot := common.Hash{}
	if want != nil {
		wantRoot = want.Root()
	}
	if storedRoot != wantRoot {
		a.add(artifact, key, "root", wantRoot.Hex(), storedRoot.Hex())
	}
	if want == nil {
		if len(stored) != 0 {
			a.add(artifact, key, "dump", "none (no leaves)", fmt.Sprintf("%d bytes", len(stored)))
		}
		return
	}
	var got storedTree
	if err := json.Unmarshal(stored, &got); err != nil {
		a.add(artifact, key, "dump", "a standard-v1 dump", err.Error())
		return
	}
	if _, err := merkle.Load(stored); err != nil {
		a.add(artifact, key, "dump", "a dump whose nodes hash its values", err.Error())
	}
	if len(got.Tree) > 0 && got.Tree[0] != wantRoot.Hex() {
		a.add(artifact, key, "dump.tree[0]", wantRoot.Hex(), got.Tree[0])
	}
	expected := map[string][]string{}
	var order []string
	for i := 0; i < want.Len(); i++ {
		v, _ := want.Value(i)
		id, _ := leafKey(v)
		expected[id] = v
		order = append(order, id)
	}
	found := map[string][]string{}
	for i := range got.Values {
		v := got.value(i)
		id, k := leafKey(v)
		k.Epoch = epoch
		if _, dup := found[id]; dup {
			a.add(artifact, k, "leaf", "one leaf", "two leaves")
		}
		found[id] = v
		a.count(artifact, 1)
		w, ok := expected[id]
		if !ok {
			a.add(artifact, k, "leaf", absent, strings.Join(v, ", "))
			continue
		}
		for f := range fields {
			if f >= len(v) || v[f] != w[f] {
				have := absent
				if f < len(v) {
					have = v[f]
				}
				a.add(artifact, k, "leaf."+fields[f], w[f], have)
			}
		}
	}
	for _, id := range order {
		if _, ok := found[id]; !ok {
			_, k := leafKey(expected[id])
			k.Epoch = epoch
			a.add(artifact, k, "leaf", strings.Join(expected[id], ", "), absent)
		}
	}
}

func (a *auditor) tree(ep *expectedEpoch) {
	a.dump(ArtEntitlementTree, ep.row.Epoch, ep.row.Tree, ep.row.Root, ep.tree, func(v []string) (string, Key) {
		if len(v) < 4 {
			return strings.Join(v, ","), Key{}
		}
		return addr(v[2]) + "/" + addr(v[3]), Key{Account: addr(v[2]), Asset: addr(v[3])}
	}, []string{"chainId", "distributor", "account", "asset", "cumulative"})
}

func (a *auditor) receipts(ep *expectedEpoch) {
	ids := map[string]string{} // keccak256(event id) → event id
	for _, it := range ep.items {
		ids[crypto.Keccak256Hash([]byte(it.li.EventID)).Hex()] = it.li.EventID
	}
	a.dump(ArtReceiptTree, ep.row.Epoch, ep.row.ReceiptTree, ep.row.ReceiptRoot, ep.receipts, func(v []string) (string, Key) {
		if len(v) == 0 {
			return "", Key{}
		}
		h := strings.ToLower(v[0])
		if id, ok := ids[h]; ok {
			return h, Key{Event: id}
		}
		return h, Key{Event: "keccak " + h}
	}, []string{"eventIdHash", "lineItemHash", "valuationVersion", "snapshotHash", "asset", "gross"})
}

// payout holds the stored payout (what relay sends, what receipt exports)
// against the recomputed one: roots, totals per asset, and each funding.
func (a *auditor) payout(ep *expectedEpoch) {
	k := ep.row.Epoch
	a.count(ArtPayout, 1)
	var got relayer.Payout
	if err := json.Unmarshal(ep.row.Payout, &got); err != nil {
		a.add(ArtPayout, Key{Epoch: k}, "payout", "a payout document", err.Error())
		return
	}
	want := &ep.payout
	for _, c := range [][3]string{
		{"chainId", strconv.FormatUint(want.ChainID, 10), strconv.FormatUint(got.ChainID, 10)},
		{"revenueVault", want.Vault.Hex(), got.Vault.Hex()},
		{"royaltyDistributor", want.Distributor.Hex(), got.Distributor.Hex()},
		{"epoch", strconv.FormatUint(want.Epoch, 10), strconv.FormatUint(got.Epoch, 10)},
		{"root", want.Root.Hex(), got.Root.Hex()},
		{"receiptRoot", want.ReceiptRoot.Hex(), got.ReceiptRoot.Hex()},
	} {
		if c[1] != c[2] {
			a.add(ArtPayout, Key{Epoch: k}, c[0], c[1], c[2])
		}
	}
	a.amounts(ArtPayout, k, "totals", totalsOf(want), totalsOf(&got))
	a.count(ArtFunding, len(want.Fundings))
	a.amounts(ArtFunding, k, "amount", fundingsOf(want.Fundings), fundingsOf(got.Fundings))
}

// pairKey is (consumer, asset) for fundings, (zero, asset) for totals.
type pairKey [2]common.Address

func (p pairKey) key(epoch uint64) Key {
	k := Key{Epoch: epoch, Asset: p[1].Hex()}
	if p[0] != (common.Address{}) {
		k.Consumer = p[0].Hex()
	}
	return k
}

func totalsOf(p *relayer.Payout) map[pairKey]*big.Int {
	out := map[pairKey]*big.Int{}
	for i, a := range p.Assets {
		if i < len(p.Totals) {
			out[pairKey{{}, a}] = p.Totals[i]
		}
	}
	return out
}

func fundingsOf(fs []relayer.Funding) map[pairKey]*big.Int {
	out := map[pairKey]*big.Int{}
	for _, f := range fs {
		k := pairKey{f.Consumer, f.Asset}
		if out[k] == nil {
			out[k] = new(big.Int)
		}
		out[k].Add(out[k], f.Amount)
	}
	return out
}

// amounts compares two sets of amounts by (consumer, asset).
func (a *auditor) amounts(artifact string, epoch uint64, field string, want, got map[pairKey]*big.Int) {
	keys := make([]pairKey, 0, len(want)+len(got))
	for k := range want {
		keys = append(keys, k)
	}
	for k := range got {
		if want[k] == nil {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(x, y pairKey) int {
		if c := x[0].Cmp(y[0]); c != 0 {
			return c
		}
		return x[1].Cmp(y[1])
	})
	for _, k := range keys {
		w, g := amountText(want[k]), amountText(got[k])
		if w != g {
			a.add(artifact, k.key(epoch), field, w, g)
		}
	}
}

func amountText(x *big.Int) string {
	if x == nil {
		return absent
	}
	return x.String()
}

// onChain holds the chain's record of an epoch (as its facts tell it:
// the node's logs with --rpc, the indexed facts without) against the
// recomputation: the vault's fundings and the distributor's proposal and
// activation. An epoch the chain has not heard of yet is noted, not failed.
func (a *auditor) onChain(f *Facts, ep *expectedEpoch) {
	k := ep.row.Epoch
	want := &ep.payout
	funded := f.Funded(k)
	prop := f.Proposal(k)
	if len(funded) == 0 && prop == nil {
		a.note("epoch %d: not on chain yet (no funding, no proposal in the %s's facts)", k, f.Source)
		return
	}
	got := map[pairKey]*big.Int{}
	for _, x := range funded {
		key := pairKey{x.Consumer, x.Asset}
		if got[key] == nil {
			got[key] = new(big.Int)
		}
		got[key].Add(got[key], x.Amount.ToBig())
	}
	a.count(ArtVault, len(funded))
	expected := fundingsOf(want.Fundings)
	if prop == nil {
		// The relay is under way: what was funded must be right; the rest may follow.
		var missing int
		for key := range expected {
			if got[key] == nil {
				delete(expected, key)
				missing++
			}
		}
		a.amounts(ArtVault, k, "EpochFunded.amount", expected, got)
		a.note("epoch %d: funded (%d of %d fundings) but not proposed yet", k, len(funded), len(funded)+missing)
		return
	}
	a.amounts(ArtVault, k, "EpochFunded.amount", expected, got)
	a.count(ArtDistributor, 1)
	if prop.Root != want.Root {
		a.add(ArtDistributor, Key{Epoch: k}, "RootProposed.root", want.Root.Hex(), prop.Root.Hex())
	}
	if prop.ReceiptRoot != want.ReceiptRoot {
		a.add(ArtDistributor, Key{Epoch: k}, "RootProposed.receiptRoot", want.ReceiptRoot.Hex(), prop.ReceiptRoot.Hex())
	}
	totals := map[pairKey]*big.Int{}
	for i, asset := range prop.Assets {
		if i < len(prop.Totals) {
			totals[pairKey{{}, asset}] = prop.Totals[i].ToBig()
		}
	}
	a.amounts(ArtDistributor, k, "RootProposed.totals", totalsOf(want), totals)
	if act := f.Activation(k); act != nil && act.Root != want.Root {
		a.add(ArtDistributor, Key{Epoch: k}, "RootActivated.root", want.Root.Hex(), act.Root.Hex())
	}
}

// cumulativeAt is the recomputed cumulative of (account, asset) in an epoch.
func (rc *recomputation) cumulativeAt(epoch uint64, account, asset common.Address) (*big.Int, bool) {
	if epoch == 0 || epoch > uint64(len(rc.epochs)) {
		return nil, false
	}
	for _, ent := range rc.epochs[epoch-1].statements.Entitlements {
		if common.HexToAddress(ent.Account) == account && common.HexToAddress(ent.Asset) == asset {
			c, _ := new(big.Int).SetString(ent.Cumulative, 10)
			return c, true
		}
	}
	return new(big.Int), true
}

// claims holds every Claimed event of an audited epoch against the
// recomputed cumulative it claimed up to.
func (a *auditor) claims(f *Facts, rc *recomputation) {
	for _, c := range f.Claims() {
		want, ok := rc.cumulativeAt(c.Epoch, c.Account, c.Asset)
		if !ok {
			continue
		}
		a.count(ArtClaimed, 1)
		if want.Cmp(c.Cumulative.ToBig()) != 0 {
			a.add(ArtClaimed, Key{Epoch: c.Epoch, Account: c.Account.Hex(), Asset: c.Asset.Hex()}, "Claimed.cumulative", want.String(), c.Cumulative.Dec())
		}
	}
}

// views reads the distributor's and vault's state: per audited epoch the
// activated root, receipt root and totals, and the funded amounts; and
// every account's claimed amount, which must not exceed its recomputed
// entitlement in the active epoch.
func (a *auditor) views(ctx context.Context, chain Chain, e *Epochs, f *Facts, rc *recomputation) error {
	d, v := royaltydistributor.NewRoyaltyDistributor(), revenuevault.NewRevenueVault()
	dist := bind.NewBoundContract(e.Dep.RoyaltyDistributor, d.GetABI(), chain, nil, nil)
	vault := bind.NewBoundContract(e.Dep.RevenueVault, v.GetABI(), chain, nil, nil)
	opts := func() (*bind.CallOpts, context.CancelFunc) {
		c, cancel := context.WithTimeout(ctx, callTimeout)
		return &bind.CallOpts{Context: c}, cancel
	}
	read := func(what string, fn func(*bind.CallOpts) error) error {
		o, cancel := opts()
		defer cancel()
		if err := fn(o); err != nil {
			return fmt.Errorf("read %s: %w", what, err)
		}
		return nil
	}
	for i := range rc.epochs {
		ep := &rc.epochs[i]
		k, want := ep.row.Epoch, &ep.payout
		var root, receipt [32]byte
		if err := read(fmt.Sprintf("rootOf(%d)", k), func(o *bind.CallOpts) (err error) {
			root, err = bind.Call(dist, o, d.PackRootOf(k), d.UnpackRootOf)
			return err
		}); err != nil {
			return err
		}
		if root == ([32]byte{}) {
			continue // not active (yet): the proposal, if any, was checked from the logs
		}
		a.count(ArtDistributor, 1)
		if common.Hash(root) != want.Root {
			a.add(ArtDistributor, Key{Epoch: k}, "rootOf", want.Root.Hex(), common.Hash(root).Hex())
		}
		if err := read(fmt.Sprintf("receiptRootOf(%d)", k), func(o *bind.CallOpts) (err error) {
			receipt, err = bind.Call(dist, o, d.PackReceiptRootOf(k), d.UnpackReceiptRootOf)
			return err
		}); err != nil {
			return err
		}
		if common.Hash(receipt) != want.ReceiptRoot {
			a.add(ArtDistributor, Key{Epoch: k}, "receiptRootOf", want.ReceiptRoot.Hex(), common.Hash(receipt).Hex())
		}
		totals := map[pairKey]*big.Int{}
		for _, asset := range want.Assets {
			var t *big.Int
			if err := read(fmt.Sprintf("totalOf(%d, %s)", k, asset), func(o *bind.CallOpts) (err error) {
				t, err = bind.Call(dist, o, d.PackTotalOf(k, asset), d.UnpackTotalOf)
				return err
			}); err != nil {
				return err
			}
			totals[pairKey{{}, asset}] = t
		}
		a.amounts(ArtDistributor, k, "totalOf", totalsOf(want), totals)
		funded := map[pairKey]*big.Int{}
		for _, f := range want.Fundings {
			var x *big.Int
			if err := read(fmt.Sprintf("funded(%d, %s, %s)", k, f.Consumer, f.Asset), func(o *bind.CallOpts) (err error) {
				x, err = bind.Call(vault, o, v.PackFunded(k, f.Consumer, f.Asset), v.UnpackFunded)
				return err
			}); err != nil {
				return err
			}
			funded[pairKey{f.Consumer, f.Asset}] = x
		}
		a.count(ArtVault, len(want.Fundings))
		a.amounts(ArtVault, k, "funded", fundingsOf(want.Fundings), funded)
	}

	var current uint64
	if err := read("currentEpoch()", func(o *bind.CallOpts) (err error) {
		current, err = bind.Call(dist, o, d.PackCurrentEpoch(), d.UnpackCurrentEpoch)
		return err
	}); err != nil {
		return err
	}
	switch {
	case current == 0:
		a.note("claims: no root is active on chain yet")
		return nil
	case current > uint64(len(rc.epochs)):
		a.note("claims: the active epoch on chain is %d, after the audited ones: audit %d to check every account's claimed amount", current, current)
		return nil
	}
	accounts := map[[2]common.Address]bool{}
	for _, ent := range rc.epochs[current-1].statements.Entitlements {
		accounts[[2]common.Address{common.HexToAddress(ent.Account), common.HexToAddress(ent.Asset)}] = true
	}
	for _, c := range f.Claims() {
		accounts[[2]common.Address{c.Account, c.Asset}] = true
	}
	keys := make([][2]common.Address, 0, len(accounts))
	for k := range accounts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]common.Address) int {
		if c := x[0].Cmp(y[0]); c != 0 {
			return c
		}
		return x[1].Cmp(y[1])
	})
	for _, k := range keys {
		var claimed *big.Int
		if err := read(fmt.Sprintf("claimed(%s, %s)", k[0], k[1]), func(o *bind.CallOpts) (err error) {
			claimed, err = bind.Call(dist, o, d.PackClaimed(k[0], k[1]), d.UnpackClaimed)
			return err
		}); err != nil {
			return err
		}
		a.count(ArtClaimed, 1)
		ent, _ := rc.cumulativeAt(current, k[0], k[1])
		if claimed.Cmp(ent) > 0 {
			a.add(ArtClaimed, Key{Epoch: current, Account: k[0].Hex(), Asset: k[1].Hex()}, "claimed",
				"at most the entitlement "+ent.String(), claimed.String())
		}
	}
	return nil
}
