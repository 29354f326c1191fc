package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

// Outcome is what pricing did with one event.
type Outcome string

const (
	Priced   Outcome = "priced"   // a line item is stored
	Waiting  Outcome = "waiting"  // not yet: its inputs are not final or not published; retried later
	Rejected Outcome = "rejected" // never: the event is invalid against the chain's facts
	Held     Outcome = "held"     // priced above the asset's maximum gross: waits for an operator's review
)

// Result is one event's outcome and, unless priced, why.
type Result struct {
	EventID string      `json:"eventId"`
	Outcome Outcome     `json:"outcome"`
	Reason  string      `json:"reason,omitempty"`
	Hash    common.Hash `json:"lineItemHash,omitempty"`
}

// Pricer turns signed usage events into line items from the indexed facts.
type Pricer struct {
	Store *store.Store
	Dep   deploy.Deployment
}

// Price prices one event whose signature has been verified (meter is its
// signer). It never guesses: while the block at the event's time is not final,
// or the valuation or a task manifest is not yet published, the event waits
// (recorded, visible in `royalty status`); an event the facts contradict (an
// unauthorised meter, a valuation of another dataset, invalid math input) is
// rejected with the reason. An event whose gross is above the operator's
// maximum for its asset is held for review (recorded with the reason, no line
// item) until an operator releases it or raises the limit. Pricing the same
// event again is a no-op.
func (p *Pricer) Price(ctx context.Context, ev engine.Event, meter common.Address) (Result, error) {
	res := Result{EventID: ev.ID}
	if row, err := p.Store.LineItem(ctx, ev.ID); err == nil {
		res.Outcome, res.Hash = Priced, row.Hash
		return res, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return res, err
	}
	in, reason, out, err := p.input(ctx, ev, meter)
	if err != nil {
		return res, err
	}
	if out != Priced {
		res.Outcome, res.Reason = out, reason
		return res, p.Store.SetEventStatus(ctx, ev.ID, string(out), reason)
	}
	li, err := engine.ComputeLineItem(in)
	if err != nil {
		var fe *engine.FieldError
		if errors.As(err, &fe) {
			res.Outcome, res.Reason = Rejected, err.Error()
			return res, p.Store.SetEventStatus(ctx, ev.ID, string(Rejected), res.Reason)
		}
		return res, fmt.Errorf("price %s: %w", ev.ID, err)
	}
	why, err := p.hold(ctx, ev.ID, li.Asset, &li.Gross)
	if err != nil {
		return res, fmt.Errorf("price %s: %w", ev.ID, err)
	}
	if why != "" {
		res.Outcome, res.Reason = Held, why
		return res, p.Store.SetEventStatus(ctx, ev.ID, string(Held), why)
	}
	bundle, err := engine.EncodeBundle(in)
	if err != nil {
		return res, fmt.Errorf("encode bundle of %s: %w", ev.ID, err)
	}
	item, err := engine.EncodeLineItem(&li)
	if err != nil {
		return res, fmt.Errorf("encode line item of %s: %w", ev.ID, err)
	}
	err = p.Store.InsertLineItem(ctx, &store.LineItemRow{EventID: ev.ID, ChainID: p.Dep.ChainID, Consumer: li.Consumer,
		Asset: li.Asset, EventTime: li.Timestamp, Hash: li.Hash, DisputeWindow: in.Policy.DisputeWindow, Bundle: bundle, Item: item})
	if err != nil {
		return res, err
	}
	res.Outcome, res.Hash = Priced, li.Hash
	return res, nil
}

// input gathers the bundle of an event from the facts in force at its time.
func (p *Pricer) input(ctx context.Context, ev engine.Event, meter common.Address) (*engine.Input, string, Outcome, error) {
	chain, t := p.Dep.ChainID, ev.Timestamp
	// A missing fact waits while it may still appear: a valuation version can
	// be published after the event; a manifest or a sealed version "in force
	// at t" cannot once t is final (the store checks finality first).
	classify := func(what string, err error, timeBound bool) (string, Outcome, error) {
		switch {
		case errors.Is(err, store.ErrNotFinal):
			return fmt.Sprintf("%s: not final yet", what), Waiting, nil
		case errors.Is(err, store.ErrNotFound) && timeBound:
			return fmt.Sprintf("%s: none in force at %d", what, t), Rejected, nil
		case errors.Is(err, store.ErrNotFound):
			return fmt.Sprintf("%s: not published yet", what), Waiting, nil
		}
		return "", "", fmt.Errorf("price %s: %s: %w", ev.ID, what, err)
	}
	ok, err := p.Store.MeterAt(ctx, chain, meter, t)
	if err != nil {
		r, o, err := classify("meter "+meter.Hex(), err, false)
		return nil, r, o, err
	}
	if !ok {
		return nil, fmt.Sprintf("meter %s was not authorised at %d", meter.Hex(), t), Rejected, nil
	}
	val, dataset, err := p.Store.ValuationVersion(ctx, chain, ev.ValuationVersion)
	if err != nil {
		r, o, err := classify(fmt.Sprintf("valuation version %d", ev.ValuationVersion), err, false)
		return nil, r, o, err
	}
	if !dataset.Eq(&ev.DatasetID) {
		return nil, fmt.Sprintf("valuation version %d prices dataset %s, not %s", ev.ValuationVersion, dataset.Dec(), ev.DatasetID.Dec()), Rejected, nil
	}
	pol, err := p.Store.PolicyAt(ctx, chain, &ev.DatasetID, t)
	if err != nil {
		r, o, err := classify("task manifest of dataset "+ev.DatasetID.Dec(), err, true)
		return nil, r, o, err
	}
	snap, err := p.Store.Snapshot(ctx, chain, p.Dep.OwnershipToken, &ev.DatasetID, ev.DatasetVersion, t)
	if err != nil {
		r, o, err := classify(fmt.Sprintf("sealed dataset %s version %d", ev.DatasetID.Dec(), ev.DatasetVersion), err, true)
		return nil, r, o, err
	}
	return &engine.Input{Event: ev, Valuation: val, Policy: pol, Snapshot: snap}, "", Priced, nil
}

// Summary is what a pricing pass did.
type Summary struct {
	Seen     int      `json:"seen"`
	Priced   int      `json:"priced"`
	Waiting  int      `json:"waiting"`
	Rejected int      `json:"rejected"`
	Held     int      `json:"heldForReview"`
	Pending  []Result `json:"notPriced"` // every waiting, rejected or held event, with why
	Limits   []Limit  `json:"maxGross"`  // the limits in force, per asset
}

// PriceAll prices every stored signed usage event not yet priced (their
// signatures were verified at intake; the meter's authorisation is checked
// here, against the chain at the event's time). Already priced events are
// skipped; waiting ones are retried on every pass.
func (p *Pricer) PriceAll(ctx context.Context) (Summary, error) {
	var s Summary
	var err error
	if s.Limits, err = p.Limits(ctx); err != nil {
		return s, err
	}
	after := ""
	for {
		evs, err := p.Store.UsageEvents(ctx, after, store.MaxUsageEventsPage)
		if err != nil {
			return s, err
		}
		for i := range evs {
			res, err := p.Price(ctx, evs[i].Event(), evs[i].Meter)
			if err != nil {
				return s, err
			}
			s.Seen++
			switch res.Outcome {
			case Priced:
				s.Priced++
			case Waiting:
				s.Waiting++
				s.Pending = append(s.Pending, res)
			case Rejected:
				s.Rejected++
				s.Pending = append(s.Pending, res)
			case Held:
				s.Held++
				s.Pending = append(s.Pending, res)
			}
		}
		if len(evs) < store.MaxUsageEventsPage {
			return s, nil
		}
		after = evs[len(evs)-1].ID
	}
}

// PriceShared prices every stored event not yet priced nor rejected, like
// PriceAll, in batches of batch events taken with store.WorkUnpriced: on
// PostgreSQL each batch is locked FOR UPDATE SKIP LOCKED, so several
// instances pricing at once share the work and never price one event twice
// at the same time; an event another instance priced meanwhile is skipped
// (and pricing one again would be a no-op). Each batch's line items and
// statuses commit together. The summary counts only this pass's own work.
func (p *Pricer) PriceShared(ctx context.Context, batch int) (Summary, error) {
	var s Summary
	t, id := int64(-1), ""
	for {
		var part Summary
		nt, nid, found, err := p.Store.WorkUnpriced(ctx, p.Dep.ChainID, t, id, batch, func(tx *store.Store, evs []usage.SignedEvent) error {
			part = Summary{}
			pr := &Pricer{Store: tx, Dep: p.Dep}
			for i := range evs {
				// Another instance may have priced it between this query's
				// snapshot and its row lock: then it is not ours to count.
				if _, err := tx.LineItem(ctx, evs[i].ID); err == nil {
					continue
				} else if !errors.Is(err, store.ErrNotFound) {
					return err
				}
				res, err := pr.Price(ctx, evs[i].Event(), evs[i].Meter)
				if err != nil {
					return err
				}
				part.Seen++
				switch res.Outcome {
				case Priced:
					part.Priced++
				case Waiting:
					part.Waiting++
				case Rejected:
					part.Rejected++
				case Held:
					part.Held++
				}
			}
			return nil
		})
		if err != nil {
			return s, err
		}
		if !found {
			return s, nil
		}
		s.Seen, s.Priced, s.Waiting, s.Rejected, s.Held = s.Seen+part.Seen, s.Priced+part.Priced, s.Waiting+part.Waiting,
			s.Rejected+part.Rejected, s.Held+part.Held
		t, id = nt, nid
	}
}
