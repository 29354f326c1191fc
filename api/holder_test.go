package api_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/api"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// TestHolderPageRoutes: the routes the holder and consumer pages read, on
// both databases over a real closed and proposed epoch: the statement with
// every amount printed as `royalty statement` prints it (base units and "not
// checked" without a chain, token units and the claimed amounts with one),
// the claim (root pending, its calldata, the errors to decode a revert), the
// receipt proof, the consumer statement as JSON and CSV, and the refusals.
func TestHolderPageRoutes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		f := servicetest.NewClosed(t, st)
		patient := f.Parties.Patient.Hex()
		dead := "0x000000000000000000000000000000000000dEaD"

		bare := serve(t, api.Config{Store: st, Dep: f.W.Dep})
		var v api.HolderView
		bare.json("/v1/accounts/"+patient+"/statement", 200, &v)
		if got := v.Display.Totals; len(got) != 1 || got[0].Cumulative != "342000 base units" || got[0].Claimed != "not checked" || v.Display.ClaimedChecked {
			t.Fatalf("without a chain: %+v", got)
		}
		bare.wantError("/v1/accounts/"+patient+"/claim", 503, api.CodeNoChain, "")
		var proof api.ReceiptProof
		bare.json("/v1/line-items/"+f.EventID+"/receipt-proof", 200, &proof)
		if !proof.Verified || proof.OnChain != nil || proof.Epoch != 1 || proof.ReserveUnits != proof.Reserve+" base units" {
			t.Fatalf("receipt proof without a chain: %+v", proof)
		}

		c := serve(t, api.Config{Store: st, Dep: f.W.Dep, Chain: f.W.Client})
		c.json("/v1/accounts/"+patient+"/statement", 200, &v)
		tot, ep := v.Display.Totals, v.Display.Epochs
		if len(tot) != 1 || tot[0].Name != "tUSD" || tot[0].Cumulative != "0.342 tUSD" || tot[0].Claimed != "0 tUSD" || tot[0].Claimable != "0.342 tUSD" ||
			!v.Display.ClaimedChecked {
			t.Fatalf("totals with a chain: %+v", tot)
		}
		if len(ep) != 1 || ep[0].Stage != "proposed" || ep[0].Assets[0].Accrued != "0.342 tUSD" || ep[0].Assets[0].NewThisEpoch != "0.342 tUSD" ||
			len(ep[0].Events) != 1 || ep[0].Events[0].EventID != f.EventID || ep[0].Events[0].Share != "0.342 tUSD" ||
			!strings.HasPrefix(ep[0].Events[0].Via, "pool CF ") || ep[0].Events[0].Shares[0].HolderHex != patient {
			t.Fatalf("epochs with a chain: %+v", ep)
		}
		// Epoch 1's reserve is held: the patient's share of it, released
		// from the event's window end.
		var held api.ReceiptProof
		c.json("/v1/line-items/"+f.EventID+"/receipt-proof?account="+patient, 200, &held)
		if tot[0].Held != held.ReserveShare || held.ReserveShareAtto == "0" || tot[0].HeldEvents != 1 ||
			tot[0].NextRelease != pipeline.ReleaseTime(held.ReleaseAt) || v.Statement.Totals[0].Held.Atto != held.ReserveShareAtto {
			t.Fatalf("held in reserve %q (%d events, next %q), want %q from %s", tot[0].Held, tot[0].HeldEvents, tot[0].NextRelease,
				held.ReserveShare, pipeline.ReleaseTime(held.ReleaseAt))
		}

		var cl api.ClaimView
		c.json("/v1/accounts/"+patient+"/claim", 200, &cl)
		if cl.State != api.ClaimRootPending || cl.ActivatesAt == 0 || cl.To != f.W.Dep.RoyaltyDistributor || len(cl.Data) != 0 ||
			len(cl.Assets) != 1 || cl.Assets[0].ClaimEpoch != 0 || cl.Assets[0].Claimable != "0 tUSD" || cl.Assets[0].Cumulative != "0.342 tUSD" || cl.Paused {
			t.Fatalf("claim before activation: %+v", cl)
		}
		if e := cl.Errors["0xd93c0665"]; e.Signature != "EnforcedPause()" || len(cl.Errors) < 20 {
			t.Fatalf("errors: %v", cl.Errors)
		}
		c.json("/v1/line-items/"+f.EventID+"/receipt-proof", 200, &proof)
		if !proof.Verified || proof.OnChain == nil || *proof.OnChain != (common.Hash{}) || proof.OnChainMatch || proof.Call != "receiptRootOf(1)" ||
			!strings.HasSuffix(proof.ReserveUnits, " tUSD") {
			t.Fatalf("receipt proof before activation: %+v", proof)
		}

		consumer := f.W.Consumer.Hex()
		var cv api.ConsumerView
		c.json("/v1/consumers/"+consumer+"/statement", 200, &cv)
		if len(cv.Epochs) != 1 || cv.Epochs[0].Epoch != 1 || cv.Epochs[0].LineItems != 1 || !strings.HasSuffix(cv.Epochs[0].Owed, " tUSD") ||
			len(cv.Latest) != 1 || cv.Latest[0].Name != "tUSD" {
			t.Fatalf("consumer: %+v", cv)
		}
		// The consumer's margin is its whole accrual as a recipient in the worked example.
		var rs struct {
			Recipients []engine.RecipientStatement `json:"recipients"`
		}
		c.json("/v1/epochs/1/statements/recipients?account="+consumer, 200, &rs)
		tusd := pipeline.TokenInfo{Token: relayer.Token{Address: f.W.Token, Symbol: "tUSD", Decimals: 6}, Known: true}
		if m := tusd.Atto(rs.Recipients[0].Lines[0].AccruedAtto); cv.Latest[0].Margin != m || cv.Epochs[0].Margin != m || m == "0 tUSD" {
			t.Fatalf("consumer margin %q / %q, want %q", cv.Latest[0].Margin, cv.Epochs[0].Margin, m)
		}
		code, h, body := c.get("/v1/consumers/" + consumer + "/statement?format=csv")
		rows, err := csv.NewReader(strings.NewReader(string(body))).ReadAll()
		if code != 200 || err != nil || h.Get("Content-Type") != "text/csv; charset=utf-8" || len(rows) != 2 || rows[0][0] != "epoch" ||
			rows[1][5] != cv.Epochs[0].Owed || rows[1][3] != "tUSD" {
			t.Fatalf("consumer CSV %d %v: %q", code, err, rows)
		}

		c.wantError("/v1/accounts/"+dead+"/statement", 404, api.CodeNoStatement, "account")
		c.wantError("/v1/accounts/"+dead+"/claim", 404, api.CodeNoEntitlement, "account")
		c.wantError("/v1/accounts/0xnope/statement", 400, api.CodeBadRequest, "account")
		c.wantError("/v1/consumers/"+dead+"/statement", 404, api.CodeNoStatement, "consumer")
		c.wantError("/v1/consumers/"+wrongChecksum(f.W.Consumer)+"/statement", 400, api.CodeBadRequest, "consumer")
		c.wantError("/v1/line-items/nope/receipt-proof", 404, api.CodeUnknownEvent, "event")

		// Epoch 1 active: ready, with the calldata of its tree.
		f.Activate(t, 1)
		var pr1 api.Proofs
		c.json("/v1/accounts/"+patient+"/proofs?epoch=1", 200, &pr1)
		cl = api.ClaimView{}
		c.json("/v1/accounts/"+patient+"/claim", 200, &cl)
		if cl.State != api.ClaimReady || cl.ActivatesAt != 0 || string(cl.Data) != string(pr1.ClaimCalldata) || cl.Assets[0].ClaimEpoch != 1 ||
			cl.Assets[0].Claimable != "0.342 tUSD" || cl.Assets[0].ClaimableBase != "342000" {
			t.Fatalf("claim with epoch 1 active: %+v", cl)
		}
		c.json("/v1/line-items/"+f.EventID+"/receipt-proof", 200, &proof)
		if !proof.OnChainMatch || *proof.OnChain != proof.Root {
			t.Fatalf("receipt proof after activation: %+v", proof)
		}
		// Epoch 2 proposed over an active epoch 1: still ready, under epoch
		// 1's root (the latest tree's proof would revert), with the time
		// epoch 2 pays from.
		n2, stage := f.CloseNext(t, "evt-api-2", engine.ModeStandard, 2_000_000)
		if stage != relayer.StageProposed {
			t.Fatalf("epoch %d: %s, want proposed", n2, stage)
		}
		cl = api.ClaimView{}
		c.json("/v1/accounts/"+patient+"/claim", 200, &cl)
		if cl.Epoch != n2 || cl.State != api.ClaimReady || cl.ActivatesAt == 0 || string(cl.Data) != string(pr1.ClaimCalldata) ||
			cl.Assets[0].ClaimEpoch != 1 || cl.Assets[0].Claimable != "0.342 tUSD" || cl.Assets[0].Cumulative == "0.342 tUSD" {
			t.Fatalf("claim with epoch 2 pending: %+v", cl)
		}
		// Epoch 1's reserve was released in epoch 2: the patient's part is
		// exactly what the receipt proof said it would be.
		proof = api.ReceiptProof{}
		c.json("/v1/line-items/"+f.EventID+"/receipt-proof?account="+patient, 200, &proof)
		var prs struct {
			Recipients []engine.RecipientStatement `json:"recipients"`
		}
		c.json(fmt.Sprintf("/v1/epochs/%d/statements/recipients?account=%s", n2, patient), 200, &prs)
		if rel := prs.Recipients[0].Lines[0].ReleasedAtto; proof.ReserveShareAtto != rel || rel == "0" || proof.ReserveShare != tusd.Atto(rel) {
			t.Fatalf("reserve share %s (%s), released in epoch %d %s", proof.ReserveShareAtto, proof.ReserveShare, n2, rel)
		}
		// Now only epoch 2's event's reserve is held.
		var held2 api.ReceiptProof
		c.json("/v1/line-items/evt-api-2/receipt-proof?account="+patient, 200, &held2)
		v = api.HolderView{}
		c.json("/v1/accounts/"+patient+"/statement", 200, &v)
		if tot := v.Display.Totals; tot[0].Held != held2.ReserveShare || tot[0].HeldEvents != 1 || held2.ReserveShareAtto == "0" ||
			tot[0].NextRelease != pipeline.ReleaseTime(held2.ReleaseAt) {
			t.Fatalf("held after epoch %d: %+v, want %s from %s", n2, tot[0], held2.ReserveShare, pipeline.ReleaseTime(held2.ReleaseAt))
		}
		dist := royaltydistributor.NewRoyaltyDistributor().Instance(f.W.Client, f.W.Dep.RoyaltyDistributor)
		before := f.W.Balance(t, f.Parties.Patient)
		if _, err := f.W.Chain(0).Transact(context.Background(), "claim", dist, cl.Data); err != nil {
			t.Fatal(err)
		}
		if got := f.W.Balance(t, f.Parties.Patient) - before; got != 342000 {
			t.Fatalf("the claim paid %d, want 342000", got)
		}
		cl = api.ClaimView{}
		c.json("/v1/accounts/"+patient+"/claim", 200, &cl)
		if cl.State != api.ClaimRootPending || cl.Assets[0].Claimable != "0 tUSD" || cl.Assets[0].Claimed != "0.342 tUSD" {
			t.Fatalf("claim after claiming epoch 1, epoch 2 pending: %+v", cl)
		}

		// A TNPL event nobody pays yet: the consumer page lists the deferred
		// obligation, oldest first, and it is outstanding.
		f.Activate(t, n2)
		n3, _ := f.CloseNext(t, "evt-api-3", engine.ModeTNPL, 0)
		cv = api.ConsumerView{}
		c.json("/v1/consumers/"+consumer+"/statement", 200, &cv)
		last := cv.Epochs[len(cv.Epochs)-1]
		if len(cv.Epochs) != 3 || last.Epoch != n3 || len(cv.TNPL) != 1 || cv.TNPL[0].Epoch != n3 || cv.TNPL[0].Deferred != last.Deferred ||
			last.Deferred == "0 tUSD" || last.Outstanding != last.Deferred || cv.Latest[0].Outstanding != last.Outstanding || last.Overdue != "0 tUSD" {
			t.Fatalf("consumer with a TNPL event: %+v", cv)
		}
	})
}
