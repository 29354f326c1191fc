package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/store"
)

// Outcomes names a resolution's outcome as `royalty dispute resolve
// --outcome` takes it and every listing prints it.
var Outcomes = map[string]uint8{
	"dismissed": OutcomeDismissed, "cf-deprecated": OutcomeCFDeprecated, "cf-amended": OutcomeCFAmended,
	"valuation-corrected": OutcomeValuationCorrected, "event-voided": OutcomeEventVoided,
}

// DisputeView is one dispute as `royalty dispute list|show` and the API
// show it.
type DisputeView struct {
	ID         string   `json:"id"`
	Status     string   `json:"status"`
	Target     string   `json:"target"`
	Opener     string   `json:"opener,omitempty"`
	Governance bool     `json:"governance"`
	OpenedAt   uint64   `json:"openedAt,omitempty"`
	Outcome    string   `json:"outcome,omitempty"`
	LineItems  []string `json:"lineItems"`
	Note       string   `json:"note,omitempty"`
	Reason     string   `json:"reason,omitempty"`
	// ReasonHash is the opener's keccak256 of its reason on chain;
	// ResolutionReasonHash the arbiter's (absent while unresolved).
	ReasonHash           *common.Hash `json:"reasonHash,omitempty"`
	ResolutionReasonHash *common.Hash `json:"resolutionReasonHash,omitempty"`
}

// TargetText says what a dispute is on: "event ID", "CF N", "valuation N".
func TargetText(d *Dispute) string {
	if d.Opened == nil {
		return "CF (outside a dispute)"
	}
	switch d.Opened.Target {
	case TargetEvent:
		return "event " + d.Opened.EventID
	case TargetCF:
		return "CF " + d.Opened.Subject.Dec()
	case TargetValuation:
		return "valuation " + d.Opened.Subject.Dec()
	}
	return fmt.Sprintf("target %d", d.Opened.Target)
}

// View is d as listings print it.
func (d *Dispute) View() DisputeView {
	v := DisputeView{ID: d.ID, Status: d.Status, Target: TargetText(d), LineItems: d.EventIDs, Note: d.Note, Reason: d.Reason}
	if v.LineItems == nil {
		v.LineItems = []string{}
	}
	if d.Opened != nil {
		h := d.Opened.ReasonHash
		v.Opener, v.Governance, v.OpenedAt, v.ReasonHash = d.Opened.Opener.Hex(), d.Opened.Governance, d.Opened.BlockTime, &h
	}
	if d.Resolved != nil {
		h := d.Resolved.ReasonHash
		v.ResolutionReasonHash = &h
		for name, o := range Outcomes {
			if o == d.Resolved.Outcome {
				v.Outcome = name
			}
		}
	}
	return v
}

// DisputeViews lists every dispute (Disputes) as listings print them.
func (e *Epochs) DisputeViews(ctx context.Context) ([]DisputeView, error) {
	ds, err := e.Disputes(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]DisputeView, len(ds))
	for i, d := range ds {
		out[i] = d.View()
	}
	return out, nil
}

// AccountDisputes are the disputes on line items in which an account has a
// share (as holder, contributor pool, consumer margin or any other
// allocation but the reserve), and the corrections the closed epochs applied
// to those line items, with their reason and dispute id.
type AccountDisputes struct {
	Account     common.Address    `json:"account"`
	Disputes    []DisputeView     `json:"disputes"`
	Corrections []EpochCorrection `json:"corrections"`
}

// DisputesOf answers the account's disputes and corrections.
func (e *Epochs) DisputesOf(ctx context.Context, account common.Address) (*AccountDisputes, error) {
	ds, err := e.Disputes(ctx)
	if err != nil {
		return nil, err
	}
	cs, err := e.Corrections(ctx, "")
	if err != nil {
		return nil, err
	}
	out := &AccountDisputes{Account: account, Disputes: []DisputeView{}, Corrections: []EpochCorrection{}}
	mine := map[string]bool{}
	cfs := map[string]store.Contribution{}
	has := func(id string) (bool, error) {
		if v, ok := mine[id]; ok {
			return v, nil
		}
		row, err := e.Store.LineItem(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			mine[id] = false // not priced yet: no shares to have
			return false, nil
		}
		if err != nil {
			return false, err
		}
		ev, _, err := e.explainRow(ctx, &row, &account, cfs)
		if err != nil {
			return false, err
		}
		mine[id] = ev != nil
		return mine[id], nil
	}
	for _, d := range ds {
		ids := d.EventIDs
		if len(ids) == 0 && d.Opened != nil && d.Opened.Target == TargetEvent {
			ids = []string{d.Opened.EventID} // opened since the last close: no item frozen yet
		}
		for _, id := range ids {
			ok, err := has(id)
			if err != nil {
				return nil, err
			}
			if ok {
				out.Disputes = append(out.Disputes, d.View())
				break
			}
		}
	}
	for _, c := range cs {
		ok, err := has(c.EventID)
		if err != nil {
			return nil, err
		}
		if ok {
			out.Corrections = append(out.Corrections, c)
		}
	}
	// A correction outside a listed dispute (a CF amended or deprecated
	// without one) lists its dispute too.
	for _, c := range out.Corrections {
		if !slices.ContainsFunc(out.Disputes, func(v DisputeView) bool { return v.ID == c.DisputeID }) {
			for _, d := range ds {
				if d.ID == c.DisputeID {
					out.Disputes = append(out.Disputes, d.View())
				}
			}
		}
	}
	return out, nil
}
