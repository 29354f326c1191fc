package txmgr

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Status is where an intent stands. Signed is stored before the first
// broadcast; Confirmed and DoneElsewhere are final. Failed is final for its
// transaction, not for the action: the next Send of the key asks the chain
// again (done elsewhere, or a fresh transaction when it would now succeed).
type Status string

const (
	StatusSigned        Status = "signed"
	StatusSent          Status = "sent"
	StatusMined         Status = "mined"
	StatusConfirmed     Status = "confirmed"
	StatusFailed        Status = "failed"
	StatusDoneElsewhere Status = "done_elsewhere"
)

// Final reports whether no transaction of the intent is open.
func (s Status) Final() bool {
	return s == StatusConfirmed || s == StatusFailed || s == StatusDoneElsewhere
}

// Attempt is one signed transaction for an intent's nonce. Later attempts
// replace earlier ones with higher fees; any of them may be the one mined.
type Attempt struct {
	Raw    []byte
	Hash   common.Hash
	TipCap *big.Int
	FeeCap *big.Int
}

// Intent is an action's durable record: what, from whom, with which nonce,
// every signed attempt, and how it ended.
type Intent struct {
	Key      string
	From     common.Address
	Nonce    uint64
	To       common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64
	Attempts []Attempt
	Status   Status

	MinedHash         common.Hash
	Block             uint64
	GasUsed           uint64
	EffectiveGasPrice *big.Int
	// Reason is why the mined transaction reverted, decoded (Failed, or
	// DoneElsewhere when someone else had done the action first).
	Reason string `json:",omitempty"`
	// Version is the outbox's row version this copy was read at (not in the
	// stored body): Save succeeds only on that version.
	Version int64 `json:"-"`
	// Landed are this intent's earlier transactions that were mined and
	// reverted before it was signed again on a fresh nonce: they cost fees and
	// belong in receipts.
	Landed []Landed `json:",omitempty"`
}

// Landed is one mined transaction of an intent that reverted.
type Landed struct {
	Hash              common.Hash
	Block             uint64
	GasUsed           uint64
	EffectiveGasPrice *big.Int
	Reason            string
}

// Latest is the newest signed attempt.
func (in *Intent) Latest() Attempt { return in.Attempts[len(in.Attempts)-1] }

// Outbox is the durable intent table. Insert and Save must be committed
// (synchronously, to disk) before they return: the manager broadcasts only
// what they have kept.
type Outbox interface {
	// Load returns the intent under key, or ErrNotFound.
	Load(ctx context.Context, key string) (*Intent, error)
	// Insert stores a new intent only if its key is free: ErrExists when it
	// is taken (the caller resumes the stored intent instead), ErrNonceTaken
	// when another open intent of the account holds the nonce.
	Insert(ctx context.Context, in *Intent) error
	// Save updates a stored intent read at in.Version and moves the version
	// on; ErrStale when it was updated since; ErrNonceTaken as for Insert.
	Save(ctx context.Context, in *Intent) error
	// Open lists the account's intents that are not final, by nonce.
	Open(ctx context.Context, from common.Address) ([]*Intent, error)
}
