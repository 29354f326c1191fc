package ethrpc_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"testing"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/rpcproxy"
	"github.com/ethereum/go-ethereum"
)

// refusalCase is one provider's eth_getLogs refusal as it comes over the
// wire, and what the classifier must read from it.
type refusalCase struct {
	name       string
	code       int
	msg        string
	data       any
	httpStatus int
	// expected
	provider  string
	kind      ethrpc.RefusalKind
	maxBlocks uint64
	maxLogs   uint64
	from, to  uint64 // suggested range; to == 0: none
}

// refusals lists the wordings of the major providers and clients (sources
// in docs/indexer.md). Every entry is sent by the fault proxy through the
// real HTTP client and must be classified with the provider's hint.
var refusals = []refusalCase{
	{name: "infura range exceeds limit", code: -32602, msg: "range 1000000 exceeds limit of 10000",
		provider: "infura", kind: ethrpc.LimitBlocks, maxBlocks: 10000},
	{name: "tenderly invalid params, limit in data", code: -32602, msg: "invalid params",
		data:     map[string]any{"error_id": "4ed94073-0317-4648-a167-107fba5f44b3", "payload": "range 9009594 is bigger than range limit 2000"},
		provider: "tenderly", kind: ethrpc.LimitBlocks, maxBlocks: 2000},
	{name: "infura 10000 results with range", code: -32005, msg: "query returned more than 10000 results. Try with this block range [0x1d6d2e0, 0x1d6d4a1].",
		provider: "infura", kind: ethrpc.LimitResults, maxLogs: 10000, from: 0x1d6d2e0, to: 0x1d6d4a1},
	{name: "geth-style 10000 results", code: -32005, msg: "query returned more than 10000 results",
		provider: "geth", kind: ethrpc.LimitResults, maxLogs: 10000},
	{name: "infura query timeout", code: -32005, msg: "query timeout exceeded",
		provider: "infura", kind: ethrpc.LimitResults},
	{name: "alchemy log response size with 2K and range", code: -32602,
		msg:      "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x10, 0x1f]",
		provider: "alchemy", kind: ethrpc.LimitBlocks, maxBlocks: 2000, from: 0x10, to: 0x1f},
	{name: "alchemy 500 block range", code: -32600, msg: "You can make eth_getLogs requests with up to a 500 block range. Based on your parameters, this block range should work: [0x123c9b2, 0x123cba5]",
		provider: "alchemy", kind: ethrpc.LimitBlocks, maxBlocks: 500, from: 0x123c9b2, to: 0x123cba5},
	{name: "alchemy response size only", code: -32000, msg: "Log response size exceeded.",
		provider: "alchemy", kind: ethrpc.LimitResults},
	{name: "quicknode -32614 over HTTP 413", code: -32614, msg: "eth_getLogs is limited to a 10,000 range", httpStatus: http.StatusRequestEntityTooLarge,
		provider: "quicknode", kind: ethrpc.LimitBlocks, maxBlocks: 10000},
	{name: "quicknode blocks range", code: -32602, msg: "eth_getLogs and eth_newFilter are limited to a 10,000 blocks range",
		provider: "quicknode", kind: ethrpc.LimitBlocks, maxBlocks: 10000},
	{name: "quicknode older 0 - 50", code: -32602, msg: "eth_getLogs is limited to 0 - 50 blocks range",
		provider: "blockpi", kind: ethrpc.LimitBlocks, maxBlocks: 50},
	{name: "blockpi", code: -32000, msg: "eth_getLogs is limited to 1024 block range",
		provider: "blockpi", kind: ethrpc.LimitBlocks, maxBlocks: 1024},
	{name: "ankr too wide", code: -32600, msg: "block range is too wide",
		provider: "ankr", kind: ethrpc.LimitBlocks},
	{name: "ankr blocks distance", code: -32600, msg: "maximum [from, to] blocks distance: 3000",
		provider: "ankr", kind: ethrpc.LimitBlocks, maxBlocks: 3000},
	{name: "moonbeam frontier", code: -32603, msg: "block range is too wide (maximum 1024)",
		provider: "frontier", kind: ethrpc.LimitBlocks, maxBlocks: 1024},
	{name: "geth rangelimit", code: -32602, msg: "exceed maximum block range 5000",
		provider: "geth", kind: ethrpc.LimitBlocks, maxBlocks: 5000},
	{name: "geth rangelimit with colon", code: -32602, msg: "exceed maximum block range: 50000",
		provider: "geth", kind: ethrpc.LimitBlocks, maxBlocks: 50000},
	{name: "reth max block range", code: -32602, msg: "query exceeds max block range 100000",
		provider: "reth", kind: ethrpc.LimitBlocks, maxBlocks: 100000},
	{name: "reth max results with range", code: -32602, msg: "query exceeds max results 20000, retry with the range 24383075-24383096",
		provider: "reth", kind: ethrpc.LimitResults, maxLogs: 20000, from: 24383075, to: 24383096},
	{name: "llamanodes max results", code: -32000, msg: "query exceeds max results",
		provider: "llamanodes", kind: ethrpc.LimitResults},
	{name: "arbitrum nitro", code: -32000, msg: "logs matched by query exceeds limit of 10000",
		provider: "arbitrum", kind: ethrpc.LimitResults, maxLogs: 10000},
	{name: "erigon", code: -32000, msg: "block range too large: maximum allowed is 1000 blocks",
		provider: "erigon", kind: ethrpc.LimitBlocks, maxBlocks: 1000},
	{name: "blastapi paid plan", code: -32000, msg: "eth_getLogs exceeds the range allowed for your plan (5000 > 500).",
		provider: "blastapi", kind: ethrpc.LimitBlocks, maxBlocks: 500},
	{name: "drpc free tier", code: 35, msg: "ranges over 10000 blocks are not supported on freetier",
		provider: "drpc", kind: ethrpc.LimitBlocks, maxBlocks: 10000},
	{name: "chainstack", code: -32000, msg: "Block range limit exceeded.",
		provider: "chainstack", kind: ethrpc.LimitBlocks},
	{name: "cloudflare", code: -32047, msg: "Invalid eth_getLogs request. 'fromBlock'-'toBlock' range too large. Max range: 800",
		provider: "cloudflare", kind: ethrpc.LimitBlocks, maxBlocks: 800},
	{name: "avalanche", code: -32000, msg: "requested too many blocks from 0 to 20000, maximum is set to 2048",
		provider: "avalanche", kind: ethrpc.LimitBlocks, maxBlocks: 2048},
	{name: "thirdweb", code: -32602, msg: "Maximum allowed number of requested blocks is 1000",
		provider: "thirdweb", kind: ethrpc.LimitBlocks, maxBlocks: 1000},
	{name: "coinbase", code: -32000, msg: "please limit the query to at most 1,000 blocks",
		provider: "coinbase", kind: ethrpc.LimitBlocks, maxBlocks: 1000},
	{name: "publicnode", code: -32000, msg: "maximum block range: 50000",
		provider: "publicnode", kind: ethrpc.LimitBlocks, maxBlocks: 50000},
	{name: "morph", code: -32000, msg: "block range is larger than max block range, block range = 5120, max block range = 5000",
		provider: "morph", kind: ethrpc.LimitBlocks, maxBlocks: 5000},
	{name: "harmony", code: -32000, msg: "query must be smaller than size 1024",
		provider: "harmony", kind: ethrpc.LimitBlocks, maxBlocks: 1024},
	{name: "scroll", code: -32000, msg: "block range is bigger than maxBlockRange",
		provider: "scroll", kind: ethrpc.LimitBlocks},
	{name: "base", code: -32000, msg: "block range too large",
		provider: "base", kind: ethrpc.LimitBlocks},
	{name: "optimism block range", code: -32000, msg: "Block range is too large",
		provider: "base", kind: ethrpc.LimitBlocks},
	{name: "candle", code: -32600, msg: "block range too high",
		provider: "base", kind: ethrpc.LimitBlocks},
	{name: "optimism backend too large", code: -32000, msg: "backend response too large",
		provider: "optimism", kind: ethrpc.LimitResults},
	{name: "nethermind", code: -32005, msg: "Too many logs requested. Max logs per response is 10000",
		provider: "nethermind", kind: ethrpc.LimitResults, maxLogs: 10000},
	{name: "1rpc bytes", code: -32000, msg: "response size should not greater than 2097152 bytes",
		provider: "1rpc", kind: ethrpc.LimitResults},
	{name: "eip-1474 limit exceeded", code: -32005, msg: "limit exceeded",
		provider: "eip-1474", kind: ethrpc.LimitUnknown},
	{name: "unknown -32005 wording", code: -32005, msg: "something new",
		provider: "eip-1474", kind: ethrpc.LimitUnknown},
	{name: "HTTP 413 without a known wording", code: -32000, msg: "payload too large", httpStatus: http.StatusRequestEntityTooLarge,
		provider: "http 413", kind: ethrpc.LimitResults},
}

// notRefusals must not be taken for a size refusal: a slower or smaller
// query would not help, or the node is behind.
var notRefusals = []struct {
	code int
	msg  string
}{
	{-32005, "daily request count exceeded, request rate limited"},
	{-32005, "project ID request rate exceeded"},
	{-32602, "block range extends beyond current head block"},
	{-32000, "execution reverted"},
	{-32602, "invalid block range params"},
	{-32601, "the method eth_getLogs does not exist/is not available"},
}

func TestRefusalWordings(t *testing.T) {
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	if err := node.Mine(ctx, 20); err != nil {
		t.Fatal(err)
	}
	p := rpcproxy.Start(t, node.URL)
	e := dial(t, p.URL, ethrpc.Config{RetryMax: 1})
	for _, tc := range refusals {
		t.Run(tc.name, func(t *testing.T) {
			p.ClearRules()
			p.AddRule(rpcproxy.Rule{Fault: "refuse", Apply: func(q rpcproxy.LogQuery) *rpcproxy.Error {
				if q.To-q.From+1 > 5 {
					return &rpcproxy.Error{Code: tc.code, Message: tc.msg, Data: tc.data, HTTPStatus: tc.httpStatus}
				}
				return nil
			}})
			_, err := e.Logs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(10)})
			if !errors.Is(err, ethrpc.ErrRangeRefused) {
				t.Fatalf("got %v, want ErrRangeRefused", err)
			}
			var r *ethrpc.Refusal
			if !errors.As(err, &r) {
				t.Fatalf("%v: no *Refusal", err)
			}
			if r.Provider != tc.provider || r.Kind != tc.kind || r.MaxBlocks != tc.maxBlocks || r.MaxLogs != tc.maxLogs {
				t.Errorf("got provider %q kind %v blocks %d logs %d, want %q %v %d %d",
					r.Provider, r.Kind, r.MaxBlocks, r.MaxLogs, tc.provider, tc.kind, tc.maxBlocks, tc.maxLogs)
			}
			if got, want := r.HasRange, tc.to != 0; got != want || r.From != tc.from || r.To != tc.to {
				t.Errorf("suggested range %v %d-%d, want %v %d-%d", r.HasRange, r.From, r.To, want, tc.from, tc.to)
			}
			if _, err := e.Logs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(5)}); err != nil {
				t.Errorf("a small range failed: %v", err)
			}
		})
	}
	p.ClearRules()
	for _, tc := range notRefusals {
		t.Run("not "+tc.msg, func(t *testing.T) {
			p.ClearRules()
			p.AddRule(rpcproxy.Rule{Fault: "other", Apply: func(rpcproxy.LogQuery) *rpcproxy.Error {
				return &rpcproxy.Error{Code: tc.code, Message: tc.msg}
			}})
			_, err := e.Logs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(10)})
			if err == nil || errors.Is(err, ethrpc.ErrRangeRefused) {
				t.Fatalf("%d %q: got %v, want an error that is no size refusal", tc.code, tc.msg, err)
			}
		})
	}
	p.ClearRules()
	if ethrpc.Refused(fmt.Errorf("x: %w", errors.New("execution reverted"))) {
		t.Error("a revert classified as a size refusal")
	}
	// geth's answer for a range past a lagging node's head is ErrBeyondHead.
	p.Lag(5)
	_, err := e.Logs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(20)})
	if !errors.Is(err, ethrpc.ErrBeyondHead) || errors.Is(err, ethrpc.ErrRangeRefused) {
		t.Fatalf("range past a lagging head: got %v, want ErrBeyondHead", err)
	}
}
