package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

// The routes the holder and consumer pages read (docs/api.md).
const (
	CodeNoChain = "no_chain" // 503: the route reads the chain and the server was started without --rpc
)

// HolderView is `royalty statement` as JSON: the statement (base units and
// atto) and every amount printed as the command prints it (Display).
type HolderView struct {
	Statement *pipeline.HolderStatement `json:"statement"`
	Display   HolderDisplay             `json:"display"`
}

// HolderDisplay holds the statement's amounts in the asset's units with its
// symbol, byte for byte the cells of `royalty statement`'s table.
type HolderDisplay struct {
	Epochs         []EpochDisplay `json:"epochs"`
	Totals         []TotalDisplay `json:"totals"`
	ClaimedChecked bool           `json:"claimedChecked"`
}

// EpochDisplay is one epoch's rows.
type EpochDisplay struct {
	Epoch  uint64         `json:"epoch"`
	Title  string         `json:"title"` // the statement's heading of the epoch
	Start  uint64         `json:"start"`
	End    uint64         `json:"end"`
	Stage  string         `json:"stage"`
	Assets []AssetDisplay `json:"assets"`
	Events []EventDisplay `json:"events"`
	// Routes is, per routed payout of the account in the epoch, the line
	// `royalty statement` prints for it (pipeline.RouteOutcome).
	Routes []string `json:"routes"`
}

// AssetDisplay is one asset line of an epoch.
type AssetDisplay struct {
	Asset        common.Address `json:"asset"`
	Name         string         `json:"name"`
	Accrued      string         `json:"accrued"`
	Released     string         `json:"released"`
	NewThisEpoch string         `json:"newThisEpoch"`
	Cumulative   string         `json:"cumulative"`
	Unsettled    string         `json:"unsettled"` // accrued, not yet paid by the consumer: held until it is
}

// EventDisplay is one event behind an epoch's accrual.
type EventDisplay struct {
	EventID          string         `json:"eventId"`
	Asset            string         `json:"asset"`
	DatasetID        string         `json:"datasetId"`
	DatasetVersion   uint64         `json:"datasetVersion"`
	ValuationVersion uint64         `json:"valuationVersion"`
	Snapshot         string         `json:"snapshot"` // "0x12345678…abcd (block 12)"
	SnapshotHash     common.Hash    `json:"snapshotHash"`
	Via              string         `json:"via"`
	Share            string         `json:"share"`
	Shares           []ShareDisplay `json:"shares"`
}

// ShareDisplay is one share of an event with its amount in units.
type ShareDisplay struct {
	pipeline.Share
	Amount string `json:"amount"`
	// HolderHex and ContributorHex are the addresses in EIP-55 case.
	HolderHex      string `json:"holderHex"`
	ContributorHex string `json:"contributorHex,omitempty"`
}

// TotalDisplay is one asset's totals line.
type TotalDisplay struct {
	Asset      common.Address `json:"asset"`
	Name       string         `json:"name"`
	Cumulative string         `json:"cumulative"`
	Epoch      uint64         `json:"epoch"`
	Claimed    string         `json:"claimed"`
	Claimable  string         `json:"claimable"`
	// Held is the account's share of the reserves still held, in units
	// (empty when none), over HeldEvents line items; NextRelease is the
	// earliest release time as `royalty statement` prints it.
	Held        string `json:"held,omitempty"`
	HeldEvents  int    `json:"heldEvents,omitempty"`
	NextRelease string `json:"nextRelease,omitempty"`
}

func (s *server) holder(r *http.Request) (any, error) {
	acct, err := addressParam("account", r.PathValue("account"))
	if err != nil {
		return nil, err
	}
	hs, tokens, err := s.epochs.Holder(r.Context(), acct, 0, s.cfg.Chain)
	if errors.Is(err, pipeline.ErrNoStatement) {
		return nil, fail(http.StatusNotFound, CodeNoStatement, "account", "%s has no statement in any closed epoch (check the address, or wait for the next epoch close)", acct.Hex())
	}
	if err != nil {
		return nil, err
	}
	return HolderView{Statement: hs, Display: displayHolder(hs, tokens)}, nil
}

func displayHolder(hs *pipeline.HolderStatement, tokens map[common.Address]pipeline.TokenInfo) HolderDisplay {
	out := HolderDisplay{Epochs: []EpochDisplay{}, Totals: []TotalDisplay{}, ClaimedChecked: hs.ClaimedChecked}
	for _, ep := range hs.Epochs {
		ed := EpochDisplay{Epoch: ep.Epoch, Title: pipeline.EpochTitle(ep.Epoch, ep.Start, ep.End, ep.Stage), Start: ep.Start, End: ep.End, Stage: ep.Stage, Assets: []AssetDisplay{}, Events: []EventDisplay{}, Routes: []string{}}
		for _, r := range ep.Routes {
			ed.Routes = append(ed.Routes, pipeline.RouteOutcome(r, tokens))
		}
		for _, a := range ep.Assets {
			t := pipeline.TokenOf(tokens, a.Asset)
			ed.Assets = append(ed.Assets, AssetDisplay{Asset: a.Asset, Name: t.Name(), Accrued: t.Atto(a.Line.AccruedAtto),
				Released: t.Atto(a.Line.ReleasedAtto), NewThisEpoch: t.Gain(a.Line.PreviousCumulative, a.Line.Cumulative),
				Cumulative: t.Units(a.Line.Cumulative), Unsettled: t.Atto(a.Line.UnsettledAtto)})
		}
		for _, a := range ep.Assets {
			t := pipeline.TokenOf(tokens, a.Asset)
			for _, ev := range a.Events {
				d := EventDisplay{EventID: ev.EventID, Asset: t.Name(), DatasetID: ev.DatasetID, DatasetVersion: ev.DatasetVersion,
					ValuationVersion: ev.ValuationVersion, Snapshot: fmt.Sprintf("%s (block %d)", pipeline.ShortHash(ev.SnapshotHash), ev.SnapshotBlock),
					SnapshotHash: ev.SnapshotHash, Via: pipeline.Via(ev.Shares), Share: t.Atto(ev.AmountAtto), Shares: []ShareDisplay{}}
				for _, sh := range ev.Shares {
					sd := ShareDisplay{Share: sh, Amount: t.Atto(sh.AmountAtto), HolderHex: sh.Holder.Hex()}
					if sh.Contributor != nil {
						sd.ContributorHex = sh.Contributor.Hex()
					}
					d.Shares = append(d.Shares, sd)
				}
				ed.Events = append(ed.Events, d)
			}
		}
		out.Epochs = append(out.Epochs, ed)
	}
	for _, tot := range hs.Totals {
		t := pipeline.TokenOf(tokens, tot.Asset)
		claimed, claimable := "not checked", "not checked"
		if tot.Claimed != nil {
			claimed, claimable = t.Units(*tot.Claimed), t.Units(*tot.Claimable)
		}
		td := TotalDisplay{Asset: tot.Asset, Name: t.Name(), Cumulative: t.Units(tot.Cumulative), Epoch: tot.Epoch,
			Claimed: claimed, Claimable: claimable}
		if h := tot.Held; h != nil {
			td.Held, td.HeldEvents, td.NextRelease = t.Atto(h.Atto), h.Events, pipeline.HeldRelease(h)
		}
		out.Totals = append(out.Totals, td)
	}
	return out
}

// Claim states (ClaimView.State).
const (
	ClaimReady       = "ready"            // send Data to To: at least one asset has a positive difference under its active root
	ClaimNothing     = "nothing_to_claim" // every asset is claimed up to its active root, and no newer root is pending
	ClaimRootPending = "root_pending"     // nothing claimable now; the latest tree is proposed: ActivatesAt says when it pays
	ClaimNoRoot      = "not_proposed"     // nothing claimable now; the latest epoch's root is not on chain yet
)

// ClaimView is what the holder page needs to claim: one transaction (To,
// Data) claiming every asset of the account under the root the
// distributor checks it against (claimEpochOf), whether it pays anything
// now, whether a newer root is pending, and the distributor's errors to
// decode a revert with.
type ClaimView struct {
	ChainID uint64         `json:"chainId"`
	Epoch   uint64         `json:"epoch"` // the latest closed epoch with a tree
	Account common.Address `json:"account"`
	To      common.Address `json:"to"`
	Data    hexutil.Bytes  `json:"data"` // empty when no asset has an active root
	State   string         `json:"state"`
	// ActivatesAt, when the latest tree is proposed and not active, is the
	// block time from which activateRoot succeeds (0 otherwise).
	ActivatesAt uint64       `json:"activatesAt,omitempty"`
	Paused      bool         `json:"paused"`
	Assets      []ClaimAsset `json:"assets"`
	// Errors maps a 4-byte selector (0x…) to the error's signature, e.g.
	// "EnforcedPause()", and the types of its arguments.
	Errors map[string]ErrorABI `json:"errors"`
}

// ClaimAsset is one asset of the claim.
type ClaimAsset struct {
	Asset      common.Address `json:"asset"`
	Name       string         `json:"name"`
	Cumulative string         `json:"cumulative"` // in the latest tree, units with symbol
	// ClaimEpoch is the epoch whose active root the distributor checks this
	// asset against (0: none yet); Claimable is what that root pays now.
	ClaimEpoch uint64 `json:"claimEpoch"`
	Claimed    string `json:"claimed"`
	Claimable  string `json:"claimable"`
	// ClaimableBase is Claimable in base units (a decimal string).
	ClaimableBase string `json:"claimableBase"`
}

// ErrorABI is a custom error of the distributor.
type ErrorABI struct {
	Signature string   `json:"signature"`
	Inputs    []string `json:"inputs"`
}

func (s *server) claim(r *http.Request) (any, error) {
	ctx := r.Context()
	acct, err := addressParam("account", r.PathValue("account"))
	if err != nil {
		return nil, err
	}
	if s.cfg.Chain == nil {
		return nil, fail(http.StatusServiceUnavailable, CodeNoChain, "", "this server reads no chain: start it with --rpc URL to claim from the page")
	}
	row, err := s.cfg.Store.LastEpoch(ctx, s.cfg.Dep.ChainID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fail(http.StatusNotFound, CodeUnknownEpoch, "epoch", "no epoch is closed yet")
	}
	if err != nil {
		return nil, err
	}
	// The latest epoch with a tree holds every account's latest cumulative.
	for len(row.Tree) == 0 && row.Epoch > 1 {
		if row, err = s.cfg.Store.Epoch(ctx, s.cfg.Dep.ChainID, row.Epoch-1); err != nil {
			return nil, err
		}
	}
	if len(row.Tree) == 0 {
		return nil, fail(http.StatusNotFound, CodeNoEntitlement, "account", "no closed epoch has entitlements yet")
	}
	latest, err := s.accountProofs(ctx, row, acct)
	if errors.Is(err, relayer.ErrNoEntitlement) {
		return nil, fail(http.StatusNotFound, CodeNoEntitlement, "account", "%s has no entitlement in epoch %d's tree", acct.Hex(), row.Epoch)
	}
	if err != nil {
		return nil, err
	}
	d := royaltydistributor.NewRoyaltyDistributor()
	dist := bind.NewBoundContract(s.cfg.Dep.RoyaltyDistributor, d.GetABI(), s.cfg.Chain, nil, nil)
	opts := &bind.CallOpts{Context: ctx}
	out := ClaimView{ChainID: s.cfg.Dep.ChainID, Epoch: row.Epoch, Account: acct, To: s.cfg.Dep.RoyaltyDistributor,
		Assets: []ClaimAsset{}, Errors: distributorErrors()}
	if out.Paused, err = bind.Call(dist, opts, d.PackPaused(), d.UnpackPaused); err != nil {
		return nil, fmt.Errorf("read paused(): %w", err)
	}
	active, err := bind.Call(dist, opts, d.PackRootOf(row.Epoch), d.UnpackRootOf)
	if err != nil {
		return nil, fmt.Errorf("read rootOf(%d): %w", row.Epoch, err)
	}
	pendingLatest := false
	if common.Hash(active) != latest.Root {
		pend, err := bind.Call(dist, opts, d.PackPending(), d.UnpackPending)
		if err != nil {
			return nil, fmt.Errorf("read pending(): %w", err)
		}
		if pend.Epoch == row.Epoch && common.Hash(pend.Root) == latest.Root {
			pendingLatest, out.ActivatesAt = true, pend.ActivatesAt
		}
	}
	assets := make([]common.Address, len(latest.Entitlements))
	for i, e := range latest.Entitlements {
		assets[i] = e.Asset
	}
	tokens, err := s.epochs.Tokens(ctx, assets, s.cfg.Chain)
	if err != nil {
		return nil, err
	}
	// Each asset is claimed under its active root (claimEpochOf), whose tree
	// may be older than the latest: one claim call carries each asset's
	// proof from its own tree.
	send := relayer.AccountProofs{ChainID: s.cfg.Dep.ChainID, Distributor: s.cfg.Dep.RoyaltyDistributor, Account: acct}
	byEpoch := map[uint64]relayer.AccountProofs{row.Epoch: latest}
	positive := false
	for _, e := range latest.Entitlements {
		t := pipeline.TokenOf(tokens, e.Asset)
		ca := ClaimAsset{Asset: e.Asset, Name: t.Name(), Cumulative: t.Units(e.Cumulative)}
		got, err := relayer.ClaimedBy(ctx, s.cfg.Chain, s.cfg.Dep.RoyaltyDistributor, acct, e.Asset)
		if err != nil {
			return nil, err
		}
		ca.Claimed, ca.Claimable, ca.ClaimableBase = t.Units(got.String()), t.Units("0"), "0"
		if ca.ClaimEpoch, err = bind.Call(dist, opts, d.PackClaimEpochOf(e.Asset), d.UnpackClaimEpochOf); err != nil {
			return nil, fmt.Errorf("read claimEpochOf(%s): %w", e.Asset.Hex(), err)
		}
		if k := ca.ClaimEpoch; k != 0 {
			p, ok := byEpoch[k]
			if !ok {
				krow, err := s.cfg.Store.Epoch(ctx, s.cfg.Dep.ChainID, k)
				if err != nil {
					return nil, fmt.Errorf("epoch %d (claimEpochOf %s): %w", k, e.Asset.Hex(), err)
				}
				if p, err = s.accountProofs(ctx, krow, acct); err != nil && !errors.Is(err, relayer.ErrNoEntitlement) {
					return nil, err
				}
				byEpoch[k] = p
			}
			for _, pe := range p.Entitlements {
				if pe.Asset != e.Asset {
					continue
				}
				cum, ok := new(big.Int).SetString(pe.Cumulative, 10)
				if !ok {
					return nil, fmt.Errorf("epoch %d: cumulative %q of %s is not a decimal", k, pe.Cumulative, e.Asset.Hex())
				}
				if left := new(big.Int).Sub(cum, got); left.Sign() > 0 {
					positive = true
					ca.Claimable, ca.ClaimableBase = t.Units(left.String()), left.String()
				}
				send.Entitlements = append(send.Entitlements, pe)
			}
		}
		out.Assets = append(out.Assets, ca)
	}
	if len(send.Entitlements) > 0 {
		if out.Data, err = relayer.ClaimCalldata(send); err != nil {
			return nil, err
		}
	}
	switch {
	case positive:
		out.State = ClaimReady
	case pendingLatest:
		out.State = ClaimRootPending
	case common.Hash(active) != latest.Root:
		out.State = ClaimNoRoot
	default:
		out.State = ClaimNothing
	}
	return out, nil
}

// accountProofs are acct's leaves in row's tree with their proofs.
func (s *server) accountProofs(ctx context.Context, row store.EpochRow, acct common.Address) (relayer.AccountProofs, error) {
	if len(row.Tree) == 0 {
		return relayer.AccountProofs{}, relayer.ErrNoEntitlement
	}
	tree, err := merkle.Load(row.Tree)
	if err != nil {
		return relayer.AccountProofs{}, fmt.Errorf("epoch %d tree: %w", row.Epoch, err)
	}
	return relayer.ProofsFor(tree, acct)
}

// distributorErrors are the distributor's custom errors by selector.
func distributorErrors() map[string]ErrorABI {
	out := map[string]ErrorABI{}
	for _, e := range royaltydistributor.NewRoyaltyDistributor().GetABI().Errors {
		in := make([]string, len(e.Inputs))
		for i, a := range e.Inputs {
			in[i] = a.Type.String()
		}
		out[hexutil.Encode(e.ID[:4])] = ErrorABI{Signature: e.Sig, Inputs: in}
	}
	return out
}

// ReceiptProof is one event's leaf in its epoch's receipt tree, its proof,
// and the receipt root it must reach: the stored one and (when the server
// reads a chain) the distributor's receiptRootOf(epoch).
type ReceiptProof struct {
	EventID  string        `json:"eventId"`
	Epoch    uint64        `json:"epoch"`
	Types    []string      `json:"types"`
	Leaf     []string      `json:"leaf"` // keccak(eventId), line item hash, valuation version, snapshot hash, asset, gross
	LeafHash common.Hash   `json:"leafHash"`
	Proof    []common.Hash `json:"proof"`
	Root     common.Hash   `json:"receiptRoot"`
	Verified bool          `json:"verified"` // the proof reaches Root
	Reserve  string        `json:"reserve"`  // base units held for disputes (whole line item)
	// ReserveUnits is Reserve in the asset's units with its symbol.
	ReserveUnits string `json:"reserveUnits"`
	// ReserveShare (with ?account=A) is A's part of the reserve when it is
	// released, split as the ledger splits it, in units; ReserveShareAtto in
	// 10⁻¹⁸ base units.
	ReserveShare     string `json:"reserveShare,omitempty"`
	ReserveShareAtto string `json:"reserveShareAtto,omitempty"`
	ReleaseAt        uint64 `json:"releaseAfter"`
	// OnChain is receiptRootOf(epoch) read from the distributor (absent
	// without a chain); zero until the epoch's root is activated.
	OnChain      *common.Hash `json:"onChainReceiptRoot,omitempty"`
	OnChainMatch bool         `json:"onChainMatch"`
	Distributor  string       `json:"distributor"`
	Call         string       `json:"call"` // the view an auditor calls: receiptRootOf(epoch)
}

func (s *server) receiptProof(r *http.Request) (any, error) {
	ctx := r.Context()
	id := r.PathValue("event")
	if id == "" || len(id) > 256 {
		return nil, fail(http.StatusBadRequest, CodeBadRequest, "event", "event id: want 1..256 characters")
	}
	acct, err := optionalAddress(r, "account")
	if err != nil {
		return nil, err
	}
	li, err := s.cfg.Store.LineItem(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fail(http.StatusNotFound, CodeUnknownEvent, "event", "event %q has no line item (not stored, or not priced: see /v1/status)", id)
	}
	if err != nil {
		return nil, err
	}
	if li.Epoch == 0 {
		return nil, fail(http.StatusNotFound, CodeUnknownEvent, "event", "event %q is priced but in no closed epoch yet: its receipt proof comes with the next close", id)
	}
	row, err := s.epochRow(ctx, li.Epoch)
	if err != nil {
		return nil, err
	}
	tree, err := merkle.Load(row.ReceiptTree)
	if err != nil {
		return nil, fmt.Errorf("epoch %d receipt tree: %w", row.Epoch, err)
	}
	want := crypto.Keccak256Hash([]byte(id)).Hex()
	out := ReceiptProof{EventID: id, Epoch: row.Epoch, Types: tree.Types(), Root: tree.Root(), Distributor: s.cfg.Dep.RoyaltyDistributor.Hex(),
		Call: "receiptRootOf(" + strconv.FormatUint(row.Epoch, 10) + ")", ReleaseAt: li.EventTime + li.DisputeWindow}
	found := -1
	for i := 0; i < tree.Len(); i++ {
		v, err := tree.Value(i)
		if err != nil {
			return nil, err
		}
		if v[0] == want {
			found, out.Leaf = i, v
			break
		}
	}
	if found < 0 {
		return nil, fmt.Errorf("event %q: no leaf in epoch %d's receipt tree", id, row.Epoch)
	}
	if out.LeafHash, err = tree.LeafHashAt(found); err != nil {
		return nil, err
	}
	if out.Proof, err = tree.Proof(found); err != nil {
		return nil, err
	}
	out.Verified = merkle.Verify(out.Root, out.LeafHash, out.Proof)
	rc, err := s.epochs.Receipt(ctx, row.Epoch)
	if err != nil {
		return nil, err
	}
	for _, p := range rc.Payouts {
		for _, item := range p.LineItems {
			if item.EventID == id {
				metas, err := s.cfg.Store.Tokens(ctx, s.cfg.Dep.ChainID)
				if err != nil {
					return nil, err
				}
				m, known := metas[p.Asset]
				t := pipeline.TokenInfo{Token: relayer.Token{Address: p.Asset, Symbol: m.Symbol, Decimals: m.Decimals}, Known: known}
				out.Reserve, out.ReserveUnits = item.Reserve, t.Units(item.Reserve)
				if acct != nil {
					rs, err := s.epochs.ReserveShareOf(ctx, id, *acct)
					if err != nil {
						return nil, err
					}
					out.ReserveShare, out.ReserveShareAtto = t.Atto(rs.ShareAtto.Dec()), rs.ShareAtto.Dec()
				}
			}
		}
	}
	if s.cfg.Chain != nil {
		d := royaltydistributor.NewRoyaltyDistributor()
		dist := bind.NewBoundContract(s.cfg.Dep.RoyaltyDistributor, d.GetABI(), s.cfg.Chain, nil, nil)
		onChain, err := bind.Call(dist, &bind.CallOpts{Context: ctx}, d.PackReceiptRootOf(row.Epoch), d.UnpackReceiptRootOf)
		if err != nil {
			return nil, fmt.Errorf("read receiptRootOf(%d): %w", row.Epoch, err)
		}
		h := common.Hash(onChain)
		out.OnChain, out.OnChainMatch = &h, h == out.Root
	}
	return out, nil
}

// ConsumerView is one consumer's statements over the closed epochs (the
// latest MaxListed), in epoch then asset order, amounts in the asset's units
// with its symbol (base units for a token never read).
type ConsumerView struct {
	Consumer common.Address   `json:"consumer"`
	Epochs   []ConsumerEpoch  `json:"epochs"`
	TNPL     []TNPLObligation `json:"tnpl"` // epochs with a TNPL (deferred) balance, oldest first
	Latest   []ConsumerAsset  `json:"latest"`
}

// ConsumerEpoch is one (epoch, asset) statement of the consumer.
type ConsumerEpoch struct {
	Epoch     uint64         `json:"epoch"`
	Asset     common.Address `json:"asset"`
	Name      string         `json:"name"`
	LineItems uint64         `json:"lineItems"`
	Owed      string         `json:"owed"`
	Paid      string         `json:"paid"`
	Deposited string         `json:"deposited"`
	Credited  string         `json:"credited"`
	// Outstanding is owed and unpaid over all epochs, of which Deferred by
	// TNPL and Overdue short of funds.
	Outstanding string `json:"outstanding"`
	Deferred    string `json:"deferred"`
	Overdue     string `json:"overdue"`
	Revenue     string `json:"revenueBalance"`
	Credit      string `json:"creditBalance"`
	Margin      string `json:"consumerMargin"`
}

// TNPLObligation is the TNPL balance (owed, deferred by design) after an epoch.
type TNPLObligation struct {
	Epoch    uint64         `json:"epoch"`
	Asset    common.Address `json:"asset"`
	Name     string         `json:"name"`
	Deferred string         `json:"deferred"`
}

// ConsumerAsset is the consumer's position per asset after the latest epoch.
type ConsumerAsset struct {
	Asset       common.Address `json:"asset"`
	Name        string         `json:"name"`
	Deposited   string         `json:"deposited"` // every deposit over the epochs
	Outstanding string         `json:"outstanding"`
	Credit      string         `json:"prepaidCredit"`
	// Margin is every consumer-margin share the consumer accrued from its
	// events' line items (shares of reserves released later are paid to it
	// as a recipient and show in its recipient statements, not here).
	Margin string `json:"consumerMargin"`
}

var consumerStatementHeader = []string{"epoch", "consumer", "asset", "symbol", "lineItems", "owed", "paid", "deposited", "credited",
	"outstanding", "deferred", "overdue", "revenueBalance", "creditBalance", "consumerMargin"}

func (s *server) consumerStatement(r *http.Request) (*table, error) {
	ctx := r.Context()
	who, err := addressParam("consumer", r.PathValue("consumer"))
	if err != nil {
		return nil, err
	}
	last, err := s.cfg.Store.LastEpoch(ctx, s.cfg.Dep.ChainID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fail(http.StatusNotFound, CodeUnknownEpoch, "epoch", "no epoch is closed yet")
	}
	if err != nil {
		return nil, err
	}
	view := ConsumerView{Consumer: who, Epochs: []ConsumerEpoch{}, TNPL: []TNPLObligation{}, Latest: []ConsumerAsset{}}
	t := &table{header: consumerStatementHeader, rows: [][]string{}, name: "consumer-" + who.Hex() + ".csv"}
	var order []common.Address
	type sums struct{ deposited, margin, outstanding, credit *big.Int }
	per := map[common.Address]*sums{}
	metas, err := s.cfg.Store.Tokens(ctx, s.cfg.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	tok := func(a common.Address) pipeline.TokenInfo {
		m, ok := metas[a]
		return pipeline.TokenInfo{Token: relayer.Token{Address: a, Symbol: m.Symbol, Decimals: m.Decimals}, Known: ok}
	}
	var bad error // the first amount that is not a decimal (never expected: the engine writes them)
	atto := func(v string) *big.Int {
		b, ok := new(big.Int).SetString(v, 10)
		if !ok {
			if bad == nil {
				bad = fmt.Errorf("consumer %s: amount %q in a stored statement is not a decimal", who.Hex(), v)
			}
			return new(big.Int)
		}
		return b
	}
	first := uint64(1)
	if last.Epoch > MaxListed {
		first = last.Epoch - MaxListed + 1 // the latest MaxListed epochs
	}
	for k := first; k <= last.Epoch; k++ {
		stm, err := s.epochs.Statements(ctx, k)
		if err != nil {
			return nil, err
		}
		margins := map[common.Address]*big.Int{}
		if ex, err := s.epochs.Explain(ctx, k, who); err == nil {
			for _, a := range ex.Assets {
				for _, ev := range a.Events {
					for _, sh := range ev.Shares {
						if sh.Kind == "consumer_margin" && sh.Holder == who {
							if margins[a.Asset] == nil {
								margins[a.Asset] = new(big.Int)
							}
							margins[a.Asset].Add(margins[a.Asset], atto(sh.AmountAtto))
						}
					}
				}
			}
		} else if !errors.Is(err, pipeline.ErrNoStatement) {
			return nil, err
		}
		for _, c := range stm.Consumers {
			if common.HexToAddress(c.Consumer) != who {
				continue
			}
			a := common.HexToAddress(c.Asset)
			if per[a] == nil {
				order = append(order, a)
				per[a] = &sums{deposited: new(big.Int), margin: new(big.Int)}
			}
			ti := tok(a)
			m := margins[a]
			if m == nil {
				m = new(big.Int)
			}
			per[a].deposited.Add(per[a].deposited, atto(c.DepositedAtto))
			per[a].margin.Add(per[a].margin, m)
			per[a].outstanding, per[a].credit = atto(c.OutstandingAtto), atto(c.CreditAtto)
			ce := ConsumerEpoch{Epoch: k, Asset: a, Name: ti.Name(), LineItems: c.LineItems, Owed: ti.Atto(c.OwedAtto), Paid: ti.Atto(c.SettledAtto),
				Deposited: ti.Atto(c.DepositedAtto), Credited: ti.Atto(c.CreditedAtto), Outstanding: ti.Atto(c.OutstandingAtto),
				Deferred: ti.Atto(c.DeferredAtto), Overdue: ti.Atto(c.OverdueAtto), Revenue: ti.Atto(c.RevenueAtto), Credit: ti.Atto(c.CreditAtto),
				Margin: ti.Atto(m.String())}
			view.Epochs = append(view.Epochs, ce)
			if d := atto(c.DeferredAtto); d != nil && d.Sign() > 0 {
				view.TNPL = append(view.TNPL, TNPLObligation{Epoch: k, Asset: a, Name: ti.Name(), Deferred: ce.Deferred})
			}
			t.rows = append(t.rows, []string{strconv.FormatUint(k, 10), who.Hex(), a.Hex(), ti.Name(), strconv.FormatUint(c.LineItems, 10),
				ce.Owed, ce.Paid, ce.Deposited, ce.Credited, ce.Outstanding, ce.Deferred, ce.Overdue, ce.Revenue, ce.Credit, ce.Margin})
		}
	}
	if bad != nil {
		return nil, bad
	}
	if len(view.Epochs) == 0 {
		return nil, fail(http.StatusNotFound, CodeNoStatement, "consumer", "%s has no consumer statement in epochs 1..%d", who.Hex(), last.Epoch)
	}
	for _, a := range order {
		ti, p := tok(a), per[a]
		view.Latest = append(view.Latest, ConsumerAsset{Asset: a, Name: ti.Name(), Deposited: ti.Atto(p.deposited.String()),
			Outstanding: ti.Atto(p.outstanding.String()), Credit: ti.Atto(p.credit.String()), Margin: ti.Atto(p.margin.String())})
	}
	t.value = view
	return t, nil
}

// DisputesView is every dispute and correction outside one
// (`royalty dispute list --json`).
type DisputesView struct {
	Disputes []pipeline.DisputeView `json:"disputes"`
}

func (s *server) disputes(r *http.Request) (any, error) {
	vs, err := s.epochs.DisputeViews(r.Context())
	if err != nil {
		return nil, err
	}
	if vs == nil {
		vs = []pipeline.DisputeView{}
	}
	return DisputesView{Disputes: vs}, nil
}

// AccountDisputesView is the disputes on line items the account has shares
// in and the corrections applied to them, each with its amounts in the
// asset's units with its symbol.
type AccountDisputesView struct {
	Account     common.Address         `json:"account"`
	Disputes    []pipeline.DisputeView `json:"disputes"`
	Corrections []CorrectionDisplay    `json:"corrections"`
}

// CorrectionDisplay is one correction (base amounts in atto) with its old
// and new gross and the consumer's refund in units.
type CorrectionDisplay struct {
	pipeline.EpochCorrection
	Name     string `json:"name"`
	OldUnits string `json:"oldGross"`
	NewUnits string `json:"newGross"`
	Refund   string `json:"refund"`
}

func (s *server) accountDisputes(r *http.Request) (any, error) {
	acct, err := addressParam("account", r.PathValue("account"))
	if err != nil {
		return nil, err
	}
	ad, err := s.epochs.DisputesOf(r.Context(), acct)
	if err != nil {
		return nil, err
	}
	var assets []common.Address
	for _, c := range ad.Corrections {
		assets = append(assets, common.HexToAddress(c.Asset))
	}
	tokens, err := s.epochs.Tokens(r.Context(), assets, s.cfg.Chain)
	if err != nil {
		return nil, err
	}
	out := AccountDisputesView{Account: acct, Disputes: ad.Disputes, Corrections: []CorrectionDisplay{}}
	for _, c := range ad.Corrections {
		t := pipeline.TokenOf(tokens, common.HexToAddress(c.Asset))
		out.Corrections = append(out.Corrections, CorrectionDisplay{EpochCorrection: c, Name: t.Name(), OldUnits: t.Atto(c.OldGross),
			NewUnits: t.Atto(c.NewGross), Refund: t.Atto(c.RefundAtto)})
	}
	return out, nil
}
