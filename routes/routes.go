package routes

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dataroyalty/royalty/relayer/txmgr"
)

// Step kinds, as receipts name them.
const (
	KindDirect = "direct"
	KindSwap   = "swap"
	KindBridge = "bridge"
	// KindPay transfers each holder its share from the route account on the home chain: after a
	// swap to another asset there, or, after an aborted swap, the group's original amounts.
	KindPay = "pay"
)

// ErrSlippage: the venue would give less than the order's minimum out (the quote moved beyond
// the configured slippage bound). The step is aborted with nothing swapped: funds and
// entitlements stay in the original asset.
var ErrSlippage = errors.New("routes: output below the slippage bound")

// Sender puts one action on chain exactly once per key (relayer/txmgr.Manager): a crashed
// relayer that sends the same key again resumes the same transaction, never a second one.
type Sender interface {
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
	From() common.Address
}

// SwapOrder is one swap: AmountIn of In for at least MinOut of Out, paid to To, valid until
// Deadline (unix seconds).
type SwapOrder struct {
	In, Out  common.Address
	AmountIn *big.Int
	MinOut   *big.Int
	To       common.Address
	Deadline uint64
}

// Fill is what a swap did, read from the venue's own events in the mined receipt.
type Fill struct {
	Venue     string         `json:"venue"`
	ChainID   uint64         `json:"chainId"`
	Pool      common.Address `json:"pool"`
	In        common.Address `json:"assetIn"`
	Out       common.Address `json:"assetOut"`
	AmountIn  *big.Int       `json:"amountIn"`
	AmountOut *big.Int       `json:"amountOut"`
	// Fee is the venue's fee, in base units of In (rounded up: what the pool kept of AmountIn).
	Fee      *big.Int      `json:"fee"`
	TxHashes []common.Hash `json:"txHashes"` // in order: approval (when one was needed), swap
}

// Rate is the realised rate AmountOut/AmountIn as a decimal with 18 fractional digits,
// rounded down (the exact amounts are in the fill itself).
func (f *Fill) Rate() string { return Rate(f.AmountIn, f.AmountOut) }

// SwapVenue is a DEX on one chain.
type SwapVenue interface {
	// Name identifies the venue in receipts, e.g. "uniswap-v2:0x…" (its router).
	Name() string
	ChainID() uint64
	// Quote is what AmountIn of in buys of out now.
	Quote(ctx context.Context, in, out common.Address, amountIn *big.Int) (*big.Int, error)
	// Swap executes the order through s, exactly once per key, and returns the fill read from
	// the pool's own events. ErrSlippage when the pool would give less than o.MinOut: nothing
	// is swapped then.
	Swap(ctx context.Context, s Sender, key string, o SwapOrder) (*Fill, error)
}

// BridgeTransfer is one transfer of Amount of Asset from chain From to Recipient on chain To.
type BridgeTransfer struct {
	From, To  uint64
	Asset     common.Address // on the source chain
	Amount    *big.Int
	Recipient common.Address // on the destination chain
}

// Sent is a dispatched bridge transfer.
type Sent struct {
	Route     string        `json:"route"`
	MessageID common.Hash   `json:"messageId"`
	TxHashes  []common.Hash `json:"txHashes"`
	Fee       *big.Int      `json:"fee"`     // native fee paid on the source chain, wei
	Message   []byte        `json:"message"` // the bridge's message, as a relayer delivers it
}

// Bridge moves an asset between chains. Send dispatches exactly once per key; Delivered reports
// whether the destination has processed the message (and what arrived).
type Bridge interface {
	Name() string
	Send(ctx context.Context, s Sender, key string, t BridgeTransfer) (*Sent, error)
	Delivered(ctx context.Context, sent *Sent) (bool, *big.Int, error)
}

// MinOut is the least output accepted for a quote under a slippage bound in basis points:
// ⌊quote·(10000−bps)/10000⌋.
func MinOut(quote *big.Int, bps uint64) (*big.Int, error) {
	if bps > 10_000 {
		return nil, fmt.Errorf("slippage bound %d bps: must be at most 10000", bps)
	}
	if quote.Sign() < 0 {
		return nil, fmt.Errorf("quote %s is negative", quote)
	}
	m := new(big.Int).Mul(quote, big.NewInt(int64(10_000-bps)))
	return m.Quo(m, big.NewInt(10_000)), nil
}

// Rate is out/in with 18 fractional digits, rounded down; "" when in is zero.
func Rate(in, out *big.Int) string {
	if in == nil || out == nil || in.Sign() <= 0 {
		return ""
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	q := new(big.Int).Mul(out, scale)
	q.Quo(q, in)
	whole, frac := new(big.Int).QuoRem(q, scale, new(big.Int))
	return fmt.Sprintf("%s.%018s", whole, frac)
}
