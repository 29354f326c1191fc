package relayer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dataroyalty/royalty/relayer/txmgr"
)

// logChunk is how many blocks one log query spans: public endpoints cap
// eth_getLogs ranges (commonly at 10,000 blocks or fewer).
const logChunk = 5_000

// landed lists every transaction that landed for the actions a Step reached,
// in their order: for each, this relayer's own (the outbox's intent: earlier
// reverted transactions, then the one that did it, or the one that reverted
// because someone else did it first) and, when the chain shows the action
// done and no transaction of ours did it, the transaction that did, found in
// the contracts' logs. So a receipt is complete whoever acted, and after any
// crash: an action skipped because a later one is done is still listed.
func (r *Relayer) landed(ctx context.Context, p *Payout, acts []*action) ([]TxRecord, error) {
	out := []TxRecord{}
	var errs []error
	for _, a := range acts {
		ours, did, err := r.ours(ctx, a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, ours...)
		if did || !a.done {
			continue
		}
		theirs, err := r.doneBy(ctx, p, a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, theirs...)
	}
	return out, errors.Join(errs...)
}

// ours lists the action's transactions from the outbox, and whether one of
// them did the action.
func (r *Relayer) ours(ctx context.Context, a *action) ([]TxRecord, bool, error) {
	in, err := r.tx.Lookup(ctx, a.key)
	if errors.Is(err, txmgr.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("relayer: history of %q: %w", a.key, err)
	}
	var out []TxRecord
	for _, l := range in.Landed {
		out = append(out, TxRecord{Action: a.name, Key: a.key, Hash: l.Hash, Block: l.Block, From: in.From, GasUsed: l.GasUsed,
			EffectiveGasPrice: l.EffectiveGasPrice, Reverted: true, Reason: l.Reason})
	}
	if in.MinedHash == (common.Hash{}) {
		return out, false, nil
	}
	rec := TxRecord{Action: a.name, Key: a.key, Hash: in.MinedHash, Block: in.Block, From: in.From, GasUsed: in.GasUsed,
		EffectiveGasPrice: in.EffectiveGasPrice}
	switch in.Status {
	case txmgr.StatusConfirmed:
		return append(out, rec), true, nil
	case txmgr.StatusFailed, txmgr.StatusDoneElsewhere:
		rec.Reverted, rec.Reason = true, in.Reason
		return append(out, rec), false, nil
	}
	return out, false, nil // mined, not yet confirmed: listed once it is
}

// doneBy finds, in the contracts' logs, the transactions that did an action
// this relayer did not do. Found ones are remembered for the relayer's life.
func (r *Relayer) doneBy(ctx context.Context, p *Payout, a *action) ([]TxRecord, error) {
	r.mu.Lock()
	recs, ok := r.found[a.key]
	r.mu.Unlock()
	if ok {
		return recs, nil
	}
	var (
		q     ethereum.FilterQuery
		match func(*types.Log) bool
	)
	switch a.name {
	case "fund":
		q, match = r.c.fundingQuery(p), func(l *types.Log) bool { return r.c.isFunding(l, p, a.funding) }
	case "propose":
		q, match = r.c.rootQuery(p, "RootProposed"), func(l *types.Log) bool { return r.c.isProposal(l, p) }
	case "activate":
		q, match = r.c.rootQuery(p, "RootActivated"), func(l *types.Log) bool { return r.c.isActivation(l, p) }
	default:
		return nil, fmt.Errorf("relayer: no log for action %q", a.name)
	}
	logs, err := r.filter(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("relayer: find who did %q on chain: %w", a.key, err)
	}
	for i := range logs {
		l := &logs[i]
		if l.Removed || !match(l) {
			continue
		}
		rec, err := r.recordOf(ctx, a, l.TxHash)
		if err != nil {
			return nil, err
		}
		recs = append(recs, rec)
	}
	if len(recs) == 0 {
		r.log.Warn("the chain shows the action done but no log of it was found", "key", a.key, "from", r.fromBlock)
		return nil, nil
	}
	r.mu.Lock()
	r.found[a.key] = recs
	r.mu.Unlock()
	return recs, nil
}

// filter runs a log query from the relayer's first block to the head, in
// chunks, oldest first.
func (r *Relayer) filter(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	head, err := r.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	var out []types.Log
	for from := r.fromBlock; from <= head.Number.Uint64(); from += logChunk {
		to := min(from+logChunk-1, head.Number.Uint64())
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
		logs, err := r.chain.FilterLogs(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("logs of blocks %d-%d: %w", from, to, err)
		}
		out = append(out, logs...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].BlockNumber != out[j].BlockNumber {
			return out[i].BlockNumber < out[j].BlockNumber
		}
		return out[i].Index < out[j].Index
	})
	return out, nil
}

// recordOf describes a transaction found on chain that this relayer did not
// send through its outbox (whoever signed it): its sender, block and fee.
func (r *Relayer) recordOf(ctx context.Context, a *action, h common.Hash) (TxRecord, error) {
	rcpt, err := r.chain.TransactionReceipt(ctx, h)
	if err != nil {
		return TxRecord{}, fmt.Errorf("relayer: receipt of %s: %w", h, err)
	}
	tx, _, err := r.chain.TransactionByHash(ctx, h)
	if err != nil {
		return TxRecord{}, fmt.Errorf("relayer: transaction %s: %w", h, err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return TxRecord{}, fmt.Errorf("relayer: sender of %s: %w", h, err)
	}
	return TxRecord{Action: a.name, Key: a.key, Hash: h, Block: rcpt.BlockNumber.Uint64(), From: from, GasUsed: rcpt.GasUsed,
		EffectiveGasPrice: rcpt.EffectiveGasPrice, DoneElsewhere: true}, nil
}
