package txmgr

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Status is where an intent stands. Signed is stored before the first
// broadcast; Confirmed, Failed and DoneElsewhere are final.
type Status string

const (
	StatusSigned        Status = "signed"
	StatusSent          Status = "sent"
	StatusMined         Status = "mined"
	StatusConfirmed     Status = "confirmed"
	StatusFailed        Status = "failed"
	StatusDoneElsewhere Status = "done_elsewhere"
)

// Final reports whether nothing more will happen to an intent.
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
}

// Latest is the newest signed attempt.
func (in *Intent) Latest() Attempt { return in.Attempts[len(in.Attempts)-1] }

// Outbox is the durable intent table. Save must be committed (synchronously,
// to disk) before it returns: the manager broadcasts only what Save has kept.
type Outbox interface {
	Load(ctx context.Context, key string) (*Intent, error) // ErrNotFound when absent
	Save(ctx context.Context, in *Intent) error            // insert or replace by Key
	Open(ctx context.Context, from common.Address) ([]*Intent, error)
}
