package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"

	"github.com/dataroyalty/royalty/strict"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Limits of DecodeBundle: a bundle is one event's inputs, not a database.
const (
	MaxBundleBytes = 64 << 20
	MaxListLen     = 1 << 20
)

// String returns the JSON name of a payment mode.
func (m PaymentMode) String() string {
	switch m {
	case ModeStandard:
		return "standard"
	case ModeTNPL:
		return "tnpl"
	case ModePrepaid:
		return "prepaid"
	}
	return fmt.Sprintf("mode(%d)", uint8(m))
}

// String returns the JSON name of an allocation kind.
func (k AllocationKind) String() string {
	switch k {
	case KindProtocol:
		return "protocol"
	case KindDeveloper:
		return "developer"
	case KindPool:
		return "pool"
	case KindConsumerMargin:
		return "consumer_margin"
	case KindReserve:
		return "reserve"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

type rawBundle struct {
	Event     json.RawMessage `json:"event"`
	Valuation json.RawMessage `json:"valuation"`
	Policy    json.RawMessage `json:"policy"`
	Snapshot  json.RawMessage `json:"snapshot"`
}

type rawEvent struct {
	ID               json.RawMessage `json:"id"`
	Consumer         json.RawMessage `json:"consumer"`
	DatasetID        json.RawMessage `json:"datasetId"`
	DatasetVersion   json.RawMessage `json:"datasetVersion"`
	Quantity         json.RawMessage `json:"quantity"`
	Unit             json.RawMessage `json:"unit"`
	Timestamp        json.RawMessage `json:"timestamp"`
	ValuationVersion json.RawMessage `json:"valuationVersion"`
	Mode             json.RawMessage `json:"mode"`
}

type rawValuation struct {
	Version   json.RawMessage `json:"version"`
	Asset     json.RawMessage `json:"asset"`
	Unit      json.RawMessage `json:"unit"`
	BasePrice json.RawMessage `json:"basePrice"`
	PriceUnit json.RawMessage `json:"priceUnit"`
	Factors   json.RawMessage `json:"factors"`
}

type rawFactor struct {
	Name json.RawMessage `json:"name"`
	WAD  json.RawMessage `json:"wad"`
}

type rawPolicy struct {
	Version       json.RawMessage `json:"version"`
	ReserveBps    json.RawMessage `json:"reserveBps"`
	ProtocolBps   json.RawMessage `json:"protocolBps"`
	DeveloperBps  json.RawMessage `json:"developerBps"`
	PoolBps       json.RawMessage `json:"poolBps"`
	Treasury      json.RawMessage `json:"treasury"`
	Developers    json.RawMessage `json:"developers"`
	DisputeWindow json.RawMessage `json:"disputeWindow"`
}

type rawDeveloper struct {
	Account json.RawMessage `json:"account"`
	Weight  json.RawMessage `json:"weight"`
}

type rawSnapshot struct {
	ChainID        json.RawMessage `json:"chainId"`
	Token          json.RawMessage `json:"token"`
	DatasetID      json.RawMessage `json:"datasetId"`
	DatasetVersion json.RawMessage `json:"datasetVersion"`
	Block          json.RawMessage `json:"block"`
	BlockHash      json.RawMessage `json:"blockHash"`
	Holdings       json.RawMessage `json:"holdings"`
	SnapshotHash   json.RawMessage `json:"snapshotHash"` // accepted from `royalty snapshot --json`, recomputed
}

type rawHolding struct {
	CfID   json.RawMessage `json:"cfId"`
	Holder json.RawMessage `json:"holder"`
	Units  json.RawMessage `json:"units"`
}

// DecodeBundle reads a `royalty compute` bundle (docs/formats.md) strictly:
// unknown fields, integers that are not plain decimal strings, values over
// 2^256−1, bad addresses and bps over 10,000 are *FieldError naming the JSON
// path. It does not check cross-field rules; ComputeLineItem does.
func DecodeBundle(r io.Reader) (*Input, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBundleBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read bundle: %w", err)
	}
	if len(data) > MaxBundleBytes {
		return nil, fieldErr("bundle", fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxBundleBytes))
	}
	var d decoder
	var rb rawBundle
	if err := d.object(data, "", &rb); err != nil {
		return nil, err
	}
	in := new(Input)
	d.event(rb.Event, &in.Event)
	d.valuation(rb.Valuation, &in.Valuation)
	d.policy(rb.Policy, &in.Policy)
	d.snapshot(rb.Snapshot, &in.Snapshot)
	if d.err != nil {
		return nil, d.err
	}
	return in, nil
}

// decoder keeps the first error so the field readers stay linear.
type decoder struct{ err error }

func (d *decoder) fail(field string, err error) {
	if d.err == nil {
		d.err = fieldErr(field, err)
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// object decodes one JSON object into a struct of RawMessages (keys are the
// fields' json tags, matched exactly: encoding/json alone would match them
// case-insensitively and keep the last of duplicate keys). Unknown or repeated
// keys and trailing data are errors located at path.
func (d *decoder) object(raw []byte, path string, dst any) error {
	where := path
	if where == "" {
		where = "bundle"
	}
	v := reflect.ValueOf(dst).Elem()
	slot := func(key string) *json.RawMessage {
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).Tag.Get("json") == key {
				return v.Field(i).Addr().Interface().(*json.RawMessage)
			}
		}
		return nil
	}
	syntax := func(at string, err error) error { return fieldErr(at, fmt.Errorf("%w: %v", ErrSyntax, err)) }
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return fieldErr(where, fmt.Errorf("%w: want a JSON object", ErrSyntax))
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return syntax(where, err)
		}
		key, _ := tok.(string)
		p := slot(key)
		if p == nil {
			return fieldErr(join(path, key), ErrUnknownField)
		}
		if *p != nil {
			return fieldErr(join(path, key), fmt.Errorf("%w: key given twice", ErrDuplicate))
		}
		if err := dec.Decode(p); err != nil {
			return syntax(join(path, key), err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return syntax(where, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fieldErr(where, fmt.Errorf("%w: data after the object", ErrSyntax))
	}
	return nil
}

func (d *decoder) list(raw json.RawMessage, path string) []json.RawMessage {
	if raw == nil || d.err != nil {
		return nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil || items == nil {
		d.fail(path, fmt.Errorf("%w: want a JSON array", ErrSyntax))
		return nil
	}
	if len(items) > MaxListLen {
		d.fail(path, fmt.Errorf("%w: more than %d entries", ErrTooLarge, MaxListLen))
		return nil
	}
	return items
}

func present(raw json.RawMessage) bool { return raw != nil }

func (d *decoder) require(raw json.RawMessage, field string) bool {
	if raw == nil {
		d.fail(field, ErrMissing)
		return false
	}
	return true
}

func (d *decoder) event(raw json.RawMessage, e *Event) {
	if d.err != nil || !d.require(raw, "event") {
		return
	}
	var r rawEvent
	if err := d.object(raw, "event", &r); err != nil {
		d.err = err
		return
	}
	if d.require(r.ID, "event.id") {
		e.ID = d.str(r.ID, "event.id")
	}
	if d.require(r.Consumer, "event.consumer") {
		e.Consumer = d.address(r.Consumer, "event.consumer")
	}
	if present(r.DatasetID) {
		d.u256(r.DatasetID, "event.datasetId", &e.DatasetID)
	}
	e.DatasetVersion = d.u64(r.DatasetVersion, "event.datasetVersion")
	if d.require(r.Quantity, "event.quantity") {
		d.u256(r.Quantity, "event.quantity", &e.Quantity)
	}
	if present(r.Unit) {
		e.Unit = d.str(r.Unit, "event.unit")
	}
	e.Timestamp = d.timestamp(r.Timestamp, "event.timestamp")
	e.ValuationVersion = d.u64(r.ValuationVersion, "event.valuationVersion")
	if present(r.Mode) {
		switch m := d.str(r.Mode, "event.mode"); m {
		case "standard":
			e.Mode = ModeStandard
		case "tnpl":
			e.Mode = ModeTNPL
		case "prepaid":
			e.Mode = ModePrepaid
		default:
			d.fail("event.mode", fmt.Errorf("%w: %q", ErrBadMode, m))
		}
	}
}

func (d *decoder) valuation(raw json.RawMessage, v *Valuation) {
	if d.err != nil || !d.require(raw, "valuation") {
		return
	}
	var r rawValuation
	if err := d.object(raw, "valuation", &r); err != nil {
		d.err = err
		return
	}
	v.Version = d.u64(r.Version, "valuation.version")
	if d.require(r.Asset, "valuation.asset") {
		v.Asset = d.address(r.Asset, "valuation.asset")
	}
	if present(r.Unit) {
		v.Unit = d.str(r.Unit, "valuation.unit")
	}
	if d.require(r.BasePrice, "valuation.basePrice") {
		d.u256(r.BasePrice, "valuation.basePrice", &v.BasePrice)
	}
	if d.require(r.PriceUnit, "valuation.priceUnit") {
		d.u256(r.PriceUnit, "valuation.priceUnit", &v.PriceUnit)
	}
	items := d.list(r.Factors, "valuation.factors")
	if len(items) > 0 {
		v.Factors = make([]Factor, len(items))
	}
	for i, it := range items {
		p := fmt.Sprintf("valuation.factors[%d]", i)
		var rf rawFactor
		if err := d.object(it, p, &rf); err != nil {
			d.err = err
			return
		}
		if d.require(rf.Name, p+".name") {
			v.Factors[i].Name = d.str(rf.Name, p+".name")
		}
		if d.require(rf.WAD, p+".wad") {
			d.u256(rf.WAD, p+".wad", &v.Factors[i].WAD)
		}
	}
}

func (d *decoder) policy(raw json.RawMessage, p *Policy) {
	if d.err != nil || !d.require(raw, "policy") {
		return
	}
	var r rawPolicy
	if err := d.object(raw, "policy", &r); err != nil {
		d.err = err
		return
	}
	p.Version = d.u64(r.Version, "policy.version")
	p.ReserveBps = d.bps(r.ReserveBps, "policy.reserveBps")
	p.ProtocolBps = d.bps(r.ProtocolBps, "policy.protocolBps")
	p.DeveloperBps = d.bps(r.DeveloperBps, "policy.developerBps")
	p.PoolBps = d.bps(r.PoolBps, "policy.poolBps")
	if d.require(r.Treasury, "policy.treasury") {
		p.Treasury = d.address(r.Treasury, "policy.treasury")
	}
	p.DisputeWindow = d.u64(r.DisputeWindow, "policy.disputeWindow")
	items := d.list(r.Developers, "policy.developers")
	if len(items) > 0 {
		p.Developers = make([]Developer, len(items))
	}
	for i, it := range items {
		path := fmt.Sprintf("policy.developers[%d]", i)
		var rd rawDeveloper
		if err := d.object(it, path, &rd); err != nil {
			d.err = err
			return
		}
		if d.require(rd.Account, path+".account") {
			p.Developers[i].Account = d.address(rd.Account, path+".account")
		}
		if d.require(rd.Weight, path+".weight") {
			d.u256(rd.Weight, path+".weight", &p.Developers[i].Weight)
		}
	}
}

func (d *decoder) snapshot(raw json.RawMessage, s *Snapshot) {
	if d.err != nil || !d.require(raw, "snapshot") {
		return
	}
	var r rawSnapshot
	if err := d.object(raw, "snapshot", &r); err != nil {
		d.err = err
		return
	}
	s.ChainID = d.u64(r.ChainID, "snapshot.chainId")
	if present(r.Token) {
		s.Token = d.tokenAddress(r.Token, "snapshot.token")
	}
	if present(r.DatasetID) {
		d.u256(r.DatasetID, "snapshot.datasetId", &s.DatasetID)
	}
	s.DatasetVersion = d.u64(r.DatasetVersion, "snapshot.datasetVersion")
	s.Block = d.u64(r.Block, "snapshot.block")
	if present(r.BlockHash) {
		s.BlockHash = d.hash(r.BlockHash, "snapshot.blockHash")
	}
	items := d.list(r.Holdings, "snapshot.holdings")
	if len(items) > 0 {
		s.Holdings = make([]Holding, len(items))
	}
	for i, it := range items {
		path := fmt.Sprintf("snapshot.holdings[%d]", i)
		var rh rawHolding
		if err := d.object(it, path, &rh); err != nil {
			d.err = err
			return
		}
		h := &s.Holdings[i]
		if d.require(rh.CfID, path+".cfId") {
			d.u256(rh.CfID, path+".cfId", &h.CfID)
		}
		if d.require(rh.Holder, path+".holder") {
			h.Holder = d.address(rh.Holder, path+".holder")
		}
		if d.require(rh.Units, path+".units") {
			d.u256(rh.Units, path+".units", &h.Units)
		}
	}
	// A stated hash (as `royalty snapshot --json` prints it) must be the hash of
	// what was read, or the bundle is not the snapshot it claims to be.
	if present(r.SnapshotHash) {
		stated := d.hash(r.SnapshotHash, "snapshot.snapshotHash")
		if d.err == nil {
			if got := SnapshotHash(s); got != stated {
				d.fail("snapshot.snapshotHash", fmt.Errorf("%w: stated %s, contents hash to %s", ErrMismatch, stated.Hex(), got.Hex()))
			}
		}
	}
}

// The readers below apply the project's one rule per kind of value
// (package strict, docs/formats.md "Readers") and name the field on failure.

// str reads a JSON string.
func (d *decoder) str(raw json.RawMessage, field string) string {
	if d.err != nil {
		return ""
	}
	s, err := strict.String(raw)
	if err != nil {
		d.fail(field, err)
	}
	return s
}

// u256 reads an amount: a JSON string holding a plain decimal ≤ 2^256−1.
func (d *decoder) u256(raw json.RawMessage, field string, z *uint256.Int) {
	if d.err != nil {
		return
	}
	if err := strict.JSONUint256(raw, z); err != nil {
		d.fail(field, err)
	}
}

// u64 reads a version or count: a JSON number or decimal string, plain
// digits, ≤ 2^64−1. Absent is zero.
func (d *decoder) u64(raw json.RawMessage, field string) uint64 {
	if d.err != nil || raw == nil {
		return 0
	}
	v, err := strict.JSONUint64(raw)
	if err != nil {
		d.fail(field, err)
	}
	return v
}

// timestamp reads unix seconds as u64 does, ≤ 2^63−1. Absent is zero.
func (d *decoder) timestamp(raw json.RawMessage, field string) uint64 {
	if d.err != nil || raw == nil {
		return 0
	}
	v, err := strict.JSONTimestamp(raw)
	if err != nil {
		d.fail(field, err)
	}
	return v
}

// bps reads a rate: a JSON number 0..10000. Required.
func (d *decoder) bps(raw json.RawMessage, field string) uint16 {
	if d.err != nil || !d.require(raw, field) {
		return 0
	}
	s := string(raw)
	if !strict.IsPlainDecimal(s) {
		d.fail(field, fmt.Errorf("%w: basis points are JSON integers 0..10000, got %s", ErrNotDecimal, strict.Clip(s)))
		return 0
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v > MaxBps {
		d.fail(field, fmt.Errorf("%w: %s", ErrBps, strict.Clip(s)))
		return 0
	}
	return uint16(v)
}

// address reads an account (zero refused); tokenAddress a contract field
// where zero means "not given".
func (d *decoder) address(raw json.RawMessage, field string) common.Address {
	return d.addressWith(raw, field, strict.JSONNonZeroAddress)
}

func (d *decoder) tokenAddress(raw json.RawMessage, field string) common.Address {
	return d.addressWith(raw, field, strict.JSONAddress)
}

func (d *decoder) addressWith(raw json.RawMessage, field string, read func([]byte) (common.Address, error)) common.Address {
	if d.err != nil {
		return common.Address{}
	}
	a, err := read(raw)
	if err != nil {
		d.fail(field, err)
	}
	return a
}

func (d *decoder) hash(raw json.RawMessage, field string) common.Hash {
	if d.err != nil {
		return common.Hash{}
	}
	h, err := strict.JSONHash(raw)
	if err != nil {
		d.fail(field, err)
	}
	return h
}

type jsonAllocation struct {
	Kind       string `json:"kind"`
	Account    string `json:"account"`
	CfID       string `json:"cfId,omitempty"`
	Units      string `json:"units,omitempty"`
	AmountAtto string `json:"amountAtto"`
	Amount     string `json:"amount"`
}

type jsonLineItem struct {
	EventID        string           `json:"eventId"`
	Asset          string           `json:"asset"`
	Gross          string           `json:"gross"`
	Reserve        string           `json:"reserve"`
	Net            string           `json:"net"`
	Protocol       string           `json:"protocol"`
	Developers     string           `json:"developers"`
	Pool           string           `json:"pool"`
	ConsumerMargin string           `json:"consumerMargin"`
	Allocations    []jsonAllocation `json:"allocations"`
	SnapshotHash   string           `json:"snapshotHash"`
	LineItemHash   string           `json:"lineItemHash"`
}

// EncodeLineItem renders a line item as `royalty compute` prints it
// (docs/formats.md): compact JSON, no trailing newline, integers as decimal
// strings, addresses EIP-55, every allocation listed (zero amounts included).
func EncodeLineItem(li *LineItem) ([]byte, error) {
	out := jsonLineItem{
		EventID:        li.EventID,
		Asset:          li.Asset.Hex(),
		Gross:          li.Gross.Dec(),
		Reserve:        li.Reserve.Dec(),
		Net:            li.Net.Dec(),
		Protocol:       li.Protocol.Dec(),
		Developers:     li.Developers.Dec(),
		Pool:           li.Pool.Dec(),
		ConsumerMargin: li.ConsumerMargin.Dec(),
		Allocations:    make([]jsonAllocation, len(li.Allocations)),
		SnapshotHash:   li.SnapshotHash.Hex(),
		LineItemHash:   li.Hash.Hex(),
	}
	for i := range li.Allocations {
		a := &li.Allocations[i]
		var whole uint256.Int
		whole.Div(&a.AmountAtto, Atto)
		ja := jsonAllocation{
			Kind:       a.Kind.String(),
			Account:    a.Account.Hex(),
			AmountAtto: a.AmountAtto.Dec(),
			Amount:     whole.Dec(),
		}
		if a.Kind == KindPool {
			ja.CfID, ja.Units = a.CfID.Dec(), a.Units.Dec()
		}
		out.Allocations[i] = ja
	}
	b, err := json.Marshal(&out)
	if err != nil {
		return nil, fmt.Errorf("encode line item %q: %w", li.EventID, err)
	}
	return b, nil
}
