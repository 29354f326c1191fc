package pipeline

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/store"
)

// Chain is what the audit asks a node: the contracts' logs, block headers
// and the distributor's and vault's views. *ethclient.Client and
// go-ethereum's simulated client satisfy it.
type Chain interface {
	bind.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

var _ Chain = (*ethclient.Client)(nil)

// callTimeout bounds each request to the node.
const callTimeout = 30 * time.Second

// logSpan is the widest eth_getLogs range asked at once; a refused range is
// halved down to one block.
const logSpan = 10_000

// FactsFromChain reads the facts of the deployment from the node itself:
// every log of the four contracts from the deployment's start block to the
// head, decoded as the indexer decodes them, with each block's time from its
// header. Nothing comes from the database.
func FactsFromChain(ctx context.Context, c Chain, dep deploy.Deployment) (*Facts, error) {
	id, err := call(ctx, func(ctx context.Context) (*big.Int, error) { return c.ChainID(ctx) })
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	if id.Uint64() != dep.ChainID {
		return nil, fmt.Errorf("the node serves chain %s, the deployment is on chain %d", id, dep.ChainID)
	}
	head, err := call(ctx, func(ctx context.Context) (*types.Header, error) { return c.HeaderByNumber(ctx, nil) })
	if err != nil {
		return nil, fmt.Errorf("read the head: %w", err)
	}
	dec, err := indexer.NewDecoder(dep.ChainID, indexer.ContractsOf(dep))
	if err != nil {
		return nil, err
	}
	addrs := indexer.ContractsOf(dep).Addresses()
	times := map[common.Hash]uint64{}
	var facts []store.Fact
	to := head.Number.Uint64()
	for from := dep.StartBlock; from <= to; {
		logs, last, err := fetchLogs(ctx, c, addrs, from, min(to, from+logSpan-1))
		if err != nil {
			return nil, err
		}
		for i := range logs {
			l := &logs[i]
			if l.Removed {
				continue
			}
			t, ok := times[l.BlockHash]
			if !ok {
				h, err := call(ctx, func(ctx context.Context) (*types.Header, error) { return c.HeaderByHash(ctx, l.BlockHash) })
				if err != nil {
					return nil, fmt.Errorf("read header of block %d (%s): %w", l.BlockNumber, l.BlockHash, err)
				}
				if h.Number.Uint64() != l.BlockNumber {
					return nil, fmt.Errorf("block %s is number %d, its log says %d: the chain moved; audit again", l.BlockHash, h.Number, l.BlockNumber)
				}
				t = h.Time
				times[l.BlockHash] = t
			}
			fs, err := dec.Decode(l, t)
			if err != nil {
				return nil, err
			}
			facts = append(facts, fs...)
		}
		from = last + 1
	}
	return newFacts("chain", dep, head.Number.Uint64(), head.Time, facts), nil
}

// fetchLogs reads the logs of from..to, or of a shorter prefix from..last
// when the node refuses the range (it is halved until one block).
func fetchLogs(ctx context.Context, c Chain, addrs []common.Address, from, to uint64) ([]types.Log, uint64, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: addrs}
		logs, err := call(ctx, func(ctx context.Context) ([]types.Log, error) { return c.FilterLogs(ctx, q) })
		if err == nil {
			return logs, to, nil
		}
		if from == to {
			return nil, 0, fmt.Errorf("fetch logs of block %d: %w", from, err)
		}
		to = from + (to-from)/2
	}
}

// call runs one node request under its own timeout.
func call[T any](ctx context.Context, fn func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	return fn(ctx)
}
