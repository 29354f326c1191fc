package indexer

import (
	"context"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Chain is the few node methods the indexer calls, for one poll cycle.
type Chain interface {
	ChainID(ctx context.Context) (uint64, error)
	// HeaderByTag answers "latest" and "finalized" (ethrpc.ErrNoFinalized
	// when the node has no finalized block).
	HeaderByTag(ctx context.Context, tag rpc.BlockNumber) (ethrpc.Header, error)
	// Headers returns blocks from..to inclusive, in order.
	Headers(ctx context.Context, from, to uint64) ([]ethrpc.Header, error)
	// Logs is eth_getLogs; a size refusal wraps ethrpc.ErrRangeRefused.
	Logs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	// ReceiptLogs is every log of a block from its receipts.
	ReceiptLogs(ctx context.Context, block common.Hash) ([]types.Log, error)
}

// Source hands out the Chain to use for one poll cycle (failover happens
// only between cycles, never in the middle of a range).
type Source interface {
	Begin(ctx context.Context) (Chain, error)
	// Fail reports that the chain of a cycle failed.
	Fail(c Chain)
}

var _ Chain = (*ethrpc.Endpoint)(nil)

// PoolSource adapts an ethrpc.Pool.
type PoolSource struct{ Pool *ethrpc.Pool }

// Begin implements Source.
func (p PoolSource) Begin(ctx context.Context) (Chain, error) { return p.Pool.Begin(ctx) }

// Fail implements Source.
func (p PoolSource) Fail(c Chain) {
	if e, ok := c.(*ethrpc.Endpoint); ok {
		p.Pool.Fail(e)
	}
}

// Single is a Source of one chain (e.g. go-ethereum's simulated backend).
type Single struct{ Chain Chain }

// Begin implements Source.
func (s Single) Begin(context.Context) (Chain, error) { return s.Chain, nil }

// Fail implements Source.
func (Single) Fail(Chain) {}
