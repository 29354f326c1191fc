package ownership

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
)

// Sentinels; match them with errors.Is.
var (
	// ErrNotSealed: the version has no seal in a block with time ≤ t.
	ErrNotSealed = errors.New("ownership: version not sealed by then")
	// ErrInconsistent: the transfers cannot be folded (a holder sends more
	// than it holds, a balance passes 2^256-1, two blocks at one height).
	ErrInconsistent = errors.New("ownership: transfers do not fold")
)

// Position is where an event sits on chain.
type Position struct {
	Block      uint64
	BlockHash  common.Hash
	BlockTime  uint64 // unix seconds
	LogIndex   uint
	BatchIndex uint // position inside a TransferBatch, else 0
}

// Transfer is one ERC-1155 TransferSingle, or one id of a TransferBatch.
// From or To is the zero address for a mint or a burn.
type Transfer struct {
	Position
	From, To  common.Address
	ID, Value uint256.Int
}

// Listing is one VersionCFsAdded (or, in History.Removals, one
// VersionCFsRemoved) of the version.
type Listing struct {
	Position
	CfIDs []uint256.Int
}

// History is everything the token's chain said about one dataset version:
// its listings and seals, and the token's transfers (of any id: those of CFs
// the version does not list are ignored).
type History struct {
	ChainID   uint64
	Token     common.Address
	DatasetID uint256.Int
	Version   uint64
	Seals     []Position // VersionSealed events of the version
	Listings  []Listing
	// Removals are VersionCFsRemoved events: CFs deprecated after they were
	// listed, taken out of the version before its seal.
	Removals  []Listing
	Transfers []Transfer
}

type holding struct {
	id     uint256.Int
	holder common.Address
}

type blockRef struct {
	number uint64
	hash   common.Hash
}

// At folds h into the snapshot at time t (unix seconds): the holdings after
// the last block whose timestamp is ≤ t, in log order within a block.
func At(h *History, t uint64) (engine.Snapshot, error) {
	snap := engine.Snapshot{ChainID: h.ChainID, Token: h.Token, DatasetID: h.DatasetID, DatasetVersion: h.Version}
	seal, ok := firstSeal(h.Seals, t)
	if !ok {
		return engine.Snapshot{}, fmt.Errorf("dataset %s version %d at %d: %w", h.DatasetID.Dec(), h.Version, t, ErrNotSealed)
	}
	// The CFs listed up to the seal, less those removed up to it, in chain
	// order; the last block that changed the list is a candidate for the
	// snapshot's block (the list is part of what it pins).
	type change struct {
		*Listing
		add bool
	}
	var changes []change
	for i := range h.Listings {
		changes = append(changes, change{&h.Listings[i], true})
	}
	for i := range h.Removals {
		changes = append(changes, change{&h.Removals[i], false})
	}
	slices.SortStableFunc(changes, func(a, b change) int { return comparePos(&a.Position, &b.Position) })
	listed := map[uint256.Int]bool{}
	var changed blockRef
	for _, c := range changes {
		if c.Block > seal.Block || len(c.CfIDs) == 0 {
			continue
		}
		for _, id := range c.CfIDs {
			if c.add {
				listed[id] = true
			} else {
				delete(listed, id)
			}
		}
		if c.Block > changed.number || changed.hash == (common.Hash{}) {
			changed = blockRef{c.Block, c.BlockHash}
		}
	}
	order := make([]int, 0, len(h.Transfers))
	for i := range h.Transfers {
		if tr := &h.Transfers[i]; tr.BlockTime <= t && listed[tr.ID] {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return comparePos(&h.Transfers[a].Position, &h.Transfers[b].Position) })

	bal := map[holding]*uint256.Int{}
	before := map[holding]uint256.Int{} // balances at the start of the current block, for touched keys
	var cur blockRef
	started := false
	endBlock := func() {
		for k, old := range before {
			if !bal[k].Eq(&old) && cur.number >= changed.number {
				changed = cur
				break
			}
		}
		clear(before)
	}
	touch := func(k holding) *uint256.Int {
		b := bal[k]
		if b == nil {
			b = new(uint256.Int)
			bal[k] = b
		}
		if _, seen := before[k]; !seen {
			before[k] = *b
		}
		return b
	}
	for _, i := range order {
		tr := &h.Transfers[i]
		switch {
		case !started || tr.Block != cur.number:
			endBlock()
			cur, started = blockRef{tr.Block, tr.BlockHash}, true
		case tr.BlockHash != cur.hash:
			return engine.Snapshot{}, fmt.Errorf("block %d appears as %s and %s: %w", tr.Block, cur.hash, tr.BlockHash, ErrInconsistent)
		}
		if tr.From != (common.Address{}) {
			b := touch(holding{tr.ID, tr.From})
			if b.Lt(&tr.Value) {
				return engine.Snapshot{}, fmt.Errorf("transfer in block %d log %d takes %s of CF %s from %s holding %s: %w",
					tr.Block, tr.LogIndex, tr.Value.Dec(), tr.ID.Dec(), tr.From, b.Dec(), ErrInconsistent)
			}
			b.Sub(b, &tr.Value)
		}
		if tr.To != (common.Address{}) {
			b := touch(holding{tr.ID, tr.To})
			if _, overflow := b.AddOverflow(b, &tr.Value); overflow {
				return engine.Snapshot{}, fmt.Errorf("transfer in block %d log %d overflows the balance of CF %s of %s: %w",
					tr.Block, tr.LogIndex, tr.ID.Dec(), tr.To, ErrInconsistent)
			}
		}
	}
	endBlock()
	snap.Block, snap.BlockHash = changed.number, changed.hash
	for k, b := range bal {
		if !b.IsZero() {
			snap.Holdings = append(snap.Holdings, engine.Holding{CfID: k.id, Holder: k.holder, Units: *b})
		}
	}
	slices.SortFunc(snap.Holdings, func(a, b engine.Holding) int {
		if c := a.CfID.Cmp(&b.CfID); c != 0 {
			return c
		}
		return bytes.Compare(a.Holder[:], b.Holder[:])
	})
	return snap, nil
}

// firstSeal is the seal in the lowest block among those with time ≤ t.
func firstSeal(seals []Position, t uint64) (Position, bool) {
	var first Position
	found := false
	for _, s := range seals {
		if s.BlockTime <= t && (!found || s.Block < first.Block) {
			first, found = s, true
		}
	}
	return first, found
}

func comparePos(a, b *Position) int {
	switch {
	case a.Block != b.Block:
		return cmp.Compare(a.Block, b.Block)
	case a.LogIndex != b.LogIndex:
		return cmp.Compare(a.LogIndex, b.LogIndex)
	}
	return cmp.Compare(a.BatchIndex, b.BatchIndex)
}
