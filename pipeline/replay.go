package pipeline

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// ErrInputs: the stored inputs do not replay (a usage event fails its
// checks, a line item has no signed event, a fact is missing); `royalty
// audit` names each problem.
var ErrInputs = errors.New("pipeline: the stored inputs do not replay")

// Replayed is the outcome of a replay: one digest over everything
// recomputed, and what it covers.
type Replayed struct {
	Digest      common.Hash `json:"digest"`
	Epochs      int         `json:"epochs"`
	LineItems   int         `json:"lineItems"`
	UsageEvents int         `json:"usageEvents"`
	FinalBlock  uint64      `json:"finalBlock"`
}

// replayTag opens the digest's encoding (docs/pipeline.md "Replay").
const replayTag = "royalty/replay/v1"

// Replay recomputes every closed epoch from the stored inputs alone (the
// signed usage events, the indexed chain facts, and each epoch's period and
// line items) and returns one digest over the result: per epoch its period,
// its line-item hashes, its statements hash, both roots, its totals and its
// fundings. The same history gives the same digest on every database.
func (e *Epochs) Replay(ctx context.Context) (Replayed, error) {
	facts, err := FactsFromStore(ctx, e.Store, e.Dep)
	if err != nil {
		return Replayed{}, err
	}
	rc, err := e.recompute(ctx, facts, 0)
	if err != nil {
		return Replayed{}, err
	}
	if len(rc.findings) > 0 {
		var lines []string
		for i, f := range rc.findings {
			if i == 5 {
				lines = append(lines, fmt.Sprintf("… and %d more", len(rc.findings)-5))
				break
			}
			lines = append(lines, fmt.Sprintf("%s %s %s: expected %s, found %s", f.Artifact, f.Key, f.Field, f.Expected, f.Found))
		}
		return Replayed{}, fmt.Errorf("%w (%d problems; run royalty audit for all):\n  %s", ErrInputs, len(rc.findings), strings.Join(lines, "\n  "))
	}
	out := Replayed{Epochs: len(rc.epochs), UsageEvents: rc.events, FinalBlock: facts.FinalBlock}
	b := []byte(replayTag)
	u64 := func(v uint64) { b = binary.BigEndian.AppendUint64(b, v) }
	amount := func(x *big.Int) {
		var u uint256.Int
		u.SetFromBig(x) // amounts come from uint256 arithmetic: they fit
		w := u.Bytes32()
		b = append(b, w[:]...)
	}
	u64(uint64(len(rc.epochs)))
	for _, ep := range rc.epochs {
		u64(ep.row.Epoch)
		u64(ep.row.Start)
		u64(ep.row.End)
		items := slices.Clone(ep.items)
		slices.SortFunc(items, func(x, y expectedItem) int {
			if x.li.Timestamp != y.li.Timestamp {
				return cmp.Compare(x.li.Timestamp, y.li.Timestamp)
			}
			return strings.Compare(x.li.EventID, y.li.EventID)
		})
		u64(uint64(len(items)))
		for _, it := range items {
			b = append(b, it.li.Hash[:]...)
		}
		out.LineItems += len(items)
		b = append(b, ep.statements.Hash[:]...)
		b = append(b, ep.payout.Root[:]...)
		b = append(b, ep.payout.ReceiptRoot[:]...)
		u64(uint64(len(ep.payout.Assets)))
		for i, a := range ep.payout.Assets {
			b = append(b, a[:]...)
			amount(ep.payout.Totals[i])
		}
		u64(uint64(len(ep.payout.Fundings)))
		for _, f := range ep.payout.Fundings {
			b = append(b, f.Consumer[:]...)
			b = append(b, f.Asset[:]...)
			amount(f.Amount)
		}
	}
	out.Digest = crypto.Keccak256Hash(b)
	return out, nil
}
