package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// LineItemRow is one priced event as stored: its bundle (the exact
// `royalty compute` input) and its output, immutable once written.
type LineItemRow struct {
	EventID       string
	ChainID       uint64
	Consumer      common.Address
	Asset         common.Address
	EventTime     uint64
	Hash          common.Hash
	DisputeWindow uint64
	Bundle        []byte
	Item          []byte
	Epoch         uint64 // 0 until an epoch close accrues it
}

type lineItemDB struct {
	EventID       string `db:"event_id"`
	ChainID       int64  `db:"chain_id"`
	Consumer      []byte `db:"consumer"`
	Asset         []byte `db:"asset"`
	EventTime     int64  `db:"event_time"`
	Hash          []byte `db:"hash"`
	DisputeWindow int64  `db:"dispute_window"`
	Bundle        string `db:"bundle"`
	Item          string `db:"item"`
	Epoch         *int64 `db:"epoch"`
}

func (r *lineItemDB) row() LineItemRow {
	out := LineItemRow{EventID: r.EventID, ChainID: uint64(r.ChainID), Consumer: common.BytesToAddress(r.Consumer),
		Asset: common.BytesToAddress(r.Asset), EventTime: uint64(r.EventTime), Hash: common.BytesToHash(r.Hash),
		DisputeWindow: uint64(r.DisputeWindow), Bundle: []byte(r.Bundle), Item: []byte(r.Item)}
	if r.Epoch != nil {
		out.Epoch = uint64(*r.Epoch)
	}
	return out
}

const lineItemCols = `event_id, chain_id, consumer, asset, event_time, hash, dispute_window, bundle, item, epoch`

// InsertLineItem writes a priced event. Writing the same event again with the
// same hash is a no-op; with another hash it is ErrConflict: line items are
// never edited (a correction is a dispute resolution, recorded as such).
func (s *Store) InsertLineItem(ctx context.Context, r *LineItemRow) error {
	return s.Transact(ctx, func(tx *Store) error {
		old, err := tx.LineItem(ctx, r.EventID)
		switch {
		case err == nil:
			if old.Hash != r.Hash {
				return fmt.Errorf("line item %s: stored hash %s, new %s: %w", r.EventID, old.Hash, r.Hash, ErrConflict)
			}
			return nil
		case !errors.Is(err, ErrNotFound):
			return err
		}
		_, err = tx.exec(ctx, `INSERT INTO line_items (`+lineItemCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
			r.EventID, int64(r.ChainID), r.Consumer.Bytes(), r.Asset.Bytes(), int64(r.EventTime), r.Hash.Bytes(),
			int64(r.DisputeWindow), string(r.Bundle), string(r.Item))
		if err != nil {
			return fmt.Errorf("insert line item %s: %w", r.EventID, err)
		}
		_, err = tx.exec(ctx, `DELETE FROM event_status WHERE event_id = ?`, r.EventID)
		return err
	})
}

// LineItem returns one stored line item, or ErrNotFound.
func (s *Store) LineItem(ctx context.Context, eventID string) (LineItemRow, error) {
	var r lineItemDB
	err := s.q.GetContext(ctx, &r, s.rebind(`SELECT `+lineItemCols+` FROM line_items WHERE event_id = ?`), eventID)
	if err != nil {
		return LineItemRow{}, fmt.Errorf("line item %s: %w", eventID, translate(err))
	}
	return r.row(), nil
}

// LineItems lists a chain's line items of one epoch (0: not yet accrued), in
// (event time, event id) order.
func (s *Store) LineItems(ctx context.Context, chainID, epoch uint64) ([]LineItemRow, error) {
	var rows []lineItemDB
	q := `SELECT ` + lineItemCols + ` FROM line_items WHERE chain_id = ? AND epoch = ? ORDER BY event_time, event_id`
	args := []any{int64(chainID), int64(epoch)}
	if epoch == 0 {
		q = `SELECT ` + lineItemCols + ` FROM line_items WHERE chain_id = ? AND epoch IS NULL ORDER BY event_time, event_id`
		args = args[:1]
	}
	if err := s.q.SelectContext(ctx, &rows, s.rebind(q), args...); err != nil {
		return nil, fmt.Errorf("list line items of epoch %d: %w", epoch, translate(err))
	}
	out := make([]LineItemRow, len(rows))
	for i := range rows {
		out[i] = rows[i].row()
	}
	return out, nil
}

// SetEventStatus records why an event is not priced: status "waiting" (it
// will be, later) or "rejected" (it never will be), with the reason.
func (s *Store) SetEventStatus(ctx context.Context, eventID, status, reason string) error {
	_, err := s.exec(ctx, `INSERT INTO event_status (event_id, status, reason) VALUES (?, ?, ?)
		ON CONFLICT (event_id) DO UPDATE SET status = excluded.status, reason = excluded.reason`, eventID, status, reason)
	if err != nil {
		return fmt.Errorf("set status of event %s: %w", eventID, err)
	}
	return nil
}

// EventStatus is the recorded status of an unpriced event.
type EventStatus struct {
	EventID string `db:"event_id" json:"eventId"`
	Status  string `db:"status" json:"status"`
	Reason  string `db:"reason" json:"reason"`
}

// EventStatuses lists every waiting or rejected event, by id.
func (s *Store) EventStatuses(ctx context.Context) ([]EventStatus, error) {
	var out []EventStatus
	if err := s.q.SelectContext(ctx, &out, `SELECT event_id, status, reason FROM event_status ORDER BY event_id`); err != nil {
		return nil, fmt.Errorf("list event statuses: %w", translate(err))
	}
	return out, nil
}

// DepositRow is one RevenueVault deposit or credit purchase from the chain facts.
type DepositRow struct {
	ID       string // "chain/blockhash/logindex": unique and stable
	Consumer common.Address
	Asset    common.Address
	Amount   uint256.Int
	Time     uint64
}

// Deposits lists the chain's deposits into vault in blocks with time < before,
// in (block number, log index) order.
func (s *Store) Deposits(ctx context.Context, chainID uint64, vault common.Address, before uint64) ([]DepositRow, error) {
	return s.vaultInflows(ctx, "deposits", chainID, vault, before)
}

// CreditPurchases lists the chain's prepaid credit purchases in vault in
// blocks with time < before, in (block number, log index) order. Their ids
// take the same form as deposits' (a log is one or the other).
func (s *Store) CreditPurchases(ctx context.Context, chainID uint64, vault common.Address, before uint64) ([]DepositRow, error) {
	return s.vaultInflows(ctx, "credit_purchases", chainID, vault, before)
}

// vaultInflows reads one of the two tables of money arriving in the vault
// (table is a constant of this package, never input).
func (s *Store) vaultInflows(ctx context.Context, table string, chainID uint64, vault common.Address, before uint64) ([]DepositRow, error) {
	var rows []struct {
		BlockHash []byte `db:"block_hash"`
		LogIndex  int64  `db:"log_index"`
		BlockTime int64  `db:"block_time"`
		Consumer  []byte `db:"consumer"`
		Asset     []byte `db:"asset"`
		Amount    U256   `db:"amount"`
	}
	err := s.q.SelectContext(ctx, &rows, s.rebind(`SELECT block_hash, log_index, block_time, consumer, asset, amount
		FROM `+table+` WHERE chain_id = ? AND address = ? AND block_time < ? ORDER BY block_number, log_index`),
		int64(chainID), vault.Bytes(), int64(before))
	if err != nil {
		return nil, fmt.Errorf("list %s before %d: %w", strings.ReplaceAll(table, "_", " "), before, translate(err))
	}
	out := make([]DepositRow, len(rows))
	for i, r := range rows {
		out[i] = DepositRow{ID: strconv.FormatUint(chainID, 10) + "/" + common.BytesToHash(r.BlockHash).Hex() + "/" + strconv.FormatInt(r.LogIndex, 10),
			Consumer: common.BytesToAddress(r.Consumer), Asset: common.BytesToAddress(r.Asset), Amount: r.Amount.Int, Time: uint64(r.BlockTime)}
	}
	return out, nil
}

// EpochRow is one closed epoch.
type EpochRow struct {
	ChainID        uint64
	Epoch          uint64
	Start, End     uint64
	StatementsHash common.Hash
	Root           common.Hash
	ReceiptRoot    common.Hash
	Statements     []byte // engine.EpochStatements JSON
	Tree           []byte // entitlements, OpenZeppelin standard-v1 dump
	ReceiptTree    []byte // per-event receipts, standard-v1 dump
	Payout         []byte // relayer.Payout JSON
}

type epochDB struct {
	ChainID        int64  `db:"chain_id"`
	Epoch          int64  `db:"epoch"`
	Start          int64  `db:"start_time"`
	End            int64  `db:"end_time"`
	StatementsHash []byte `db:"statements_hash"`
	Root           []byte `db:"root"`
	ReceiptRoot    []byte `db:"receipt_root"`
	Statements     string `db:"statements"`
	Tree           string `db:"tree"`
	ReceiptTree    string `db:"receipt_tree"`
	Payout         string `db:"payout"`
}

const epochCols = `chain_id, epoch, start_time, end_time, statements_hash, root, receipt_root, statements, tree, receipt_tree, payout`

// CloseEpoch writes a closed epoch and assigns its line items, in one
// transaction. The epoch must be the next one; every listed event must be
// priced and not yet in an epoch.
func (s *Store) CloseEpoch(ctx context.Context, e *EpochRow, eventIDs []string) error {
	return s.Transact(ctx, func(tx *Store) error {
		last, err := tx.LastEpoch(ctx, e.ChainID)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		if e.Epoch != last.Epoch+1 {
			return fmt.Errorf("close epoch %d after epoch %d: %w", e.Epoch, last.Epoch, ErrConflict)
		}
		_, err = tx.exec(ctx, `INSERT INTO epochs (`+epochCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			int64(e.ChainID), int64(e.Epoch), int64(e.Start), int64(e.End), e.StatementsHash.Bytes(), e.Root.Bytes(),
			e.ReceiptRoot.Bytes(), string(e.Statements), string(e.Tree), string(e.ReceiptTree), string(e.Payout))
		if err != nil {
			return fmt.Errorf("insert epoch %d: %w", e.Epoch, err)
		}
		for _, id := range eventIDs {
			r, err := tx.exec(ctx, `UPDATE line_items SET epoch = ? WHERE event_id = ? AND chain_id = ? AND epoch IS NULL`,
				int64(e.Epoch), id, int64(e.ChainID))
			if err != nil {
				return fmt.Errorf("assign %s to epoch %d: %w", id, e.Epoch, err)
			}
			if n, err := r.RowsAffected(); err != nil || n != 1 {
				return fmt.Errorf("assign %s to epoch %d: not an unassigned line item: %w", id, e.Epoch, ErrConflict)
			}
		}
		return nil
	})
}

// Epoch returns one closed epoch, or ErrNotFound.
func (s *Store) Epoch(ctx context.Context, chainID, epoch uint64) (EpochRow, error) {
	var r epochDB
	err := s.q.GetContext(ctx, &r, s.rebind(`SELECT `+epochCols+` FROM epochs WHERE chain_id = ? AND epoch = ?`), int64(chainID), int64(epoch))
	if err != nil {
		return EpochRow{}, fmt.Errorf("epoch %d: %w", epoch, translate(err))
	}
	return r.row(), nil
}

// LastEpoch returns the latest closed epoch, or ErrNotFound (with a zero row) before any.
func (s *Store) LastEpoch(ctx context.Context, chainID uint64) (EpochRow, error) {
	var r epochDB
	err := s.q.GetContext(ctx, &r, s.rebind(`SELECT `+epochCols+` FROM epochs WHERE chain_id = ? ORDER BY epoch DESC LIMIT 1`), int64(chainID))
	if err != nil {
		return EpochRow{}, fmt.Errorf("last epoch: %w", translate(err))
	}
	return r.row(), nil
}

func (r *epochDB) row() EpochRow {
	return EpochRow{ChainID: uint64(r.ChainID), Epoch: uint64(r.Epoch), Start: uint64(r.Start), End: uint64(r.End),
		StatementsHash: common.BytesToHash(r.StatementsHash), Root: common.BytesToHash(r.Root), ReceiptRoot: common.BytesToHash(r.ReceiptRoot),
		Statements: []byte(r.Statements), Tree: []byte(r.Tree), ReceiptTree: []byte(r.ReceiptTree), Payout: []byte(r.Payout)}
}

// SaveRelay records how far an epoch's relay got (its transactions, as JSON).
func (s *Store) SaveRelay(ctx context.Context, chainID, epoch uint64, stage string, progress []byte) error {
	_, err := s.exec(ctx, `INSERT INTO epoch_relays (chain_id, epoch, stage, progress) VALUES (?, ?, ?, ?)
		ON CONFLICT (chain_id, epoch) DO UPDATE SET stage = excluded.stage, progress = excluded.progress`,
		int64(chainID), int64(epoch), stage, string(progress))
	if err != nil {
		return fmt.Errorf("save relay of epoch %d: %w", epoch, err)
	}
	return nil
}

// Relay returns an epoch's relay record, or ErrNotFound.
func (s *Store) Relay(ctx context.Context, chainID, epoch uint64) (stage string, progress []byte, err error) {
	var r struct {
		Stage    string `db:"stage"`
		Progress string `db:"progress"`
	}
	err = s.q.GetContext(ctx, &r, s.rebind(`SELECT stage, progress FROM epoch_relays WHERE chain_id = ? AND epoch = ?`), int64(chainID), int64(epoch))
	if err != nil {
		return "", nil, fmt.Errorf("relay of epoch %d: %w", epoch, translate(err))
	}
	return r.Stage, []byte(r.Progress), nil
}
