package routes

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dataroyalty/royalty/bindings/hyperc20collateral"
	"github.com/dataroyalty/royalty/bindings/hypmailbox"
	"github.com/dataroyalty/royalty/relayer/txmgr"
)

var (
	mailboxABI    = hypmailbox.NewMailbox()
	collateralABI = hyperc20collateral.NewHypERC20Collateral()
	dispatchTopic = mailboxABI.GetABI().Events["Dispatch"].ID
	dispatchID    = mailboxABI.GetABI().Events["DispatchId"].ID
)

// HyperlaneWarp bridges one ERC-20 from a home chain to a destination through a Hyperlane Warp
// Route: HypERC20Collateral on the home chain locks it, the destination's HypERC20 mints it when
// its Mailbox processes the message. Delivery is a relayer's job: Hyperlane's own relayers in
// production, or, with a TrustedRelayerIsm, the project's key through Deliver (docs/routes.md).
type HyperlaneWarp struct {
	Home        bind.ContractBackend `json:"-"`
	Dest        bind.ContractBackend `json:"-"`
	HomeChain   uint64               `json:"homeChainId"`
	DestChain   uint64               `json:"destChainId"`
	HomeDomain  uint32               `json:"homeDomain"`
	DestDomain  uint32               `json:"destDomain"`
	HomeMailbox common.Address       `json:"homeMailbox"`
	DestMailbox common.Address       `json:"destMailbox"`
	Token       common.Address       `json:"token"`      // the collateral ERC-20 on the home chain
	Collateral  common.Address       `json:"collateral"` // HypERC20Collateral, the home router
	Synthetic   common.Address       `json:"synthetic"`  // HypERC20, the destination router and token
}

// Name is "hyperlane-warp:" and the two routers.
func (h *HyperlaneWarp) Name() string {
	return "hyperlane-warp:" + strings.ToLower(h.Collateral.Hex()) + "->" + strings.ToLower(h.Synthetic.Hex())
}

// Send approves the collateral router and calls transferRemote, each exactly once under
// key+"/approve" and key+"/send", paying the route's quoted gas payment; the message id and
// bytes come from the home Mailbox's own DispatchId and Dispatch events.
func (h *HyperlaneWarp) Send(ctx context.Context, s Sender, key string, t BridgeTransfer) (*Sent, error) {
	if t.From != h.HomeChain || t.To != h.DestChain || t.Asset != h.Token {
		return nil, fmt.Errorf("hyperlane: transfer %q (%s from %d to %d) is not this route's (%s from %d to %d)", key,
			t.Asset, t.From, t.To, h.Token, h.HomeChain, h.DestChain)
	}
	if t.Amount == nil || t.Amount.Sign() <= 0 {
		return nil, fmt.Errorf("hyperlane: transfer %q: amount must be positive", key)
	}
	opts := &bind.CallOpts{Context: ctx}
	fee, err := bind.Call(collateralABI.Instance(h.Home, h.Collateral), opts, collateralABI.PackQuoteGasPayment(h.DestDomain), collateralABI.UnpackQuoteGasPayment)
	if err != nil {
		return nil, fmt.Errorf("hyperlane: quote the gas payment to domain %d: %w", h.DestDomain, err)
	}
	from := s.From()
	token := erc20ABI.Instance(h.Home, h.Token)
	sent := &Sent{Route: h.Name(), Fee: fee, TxHashes: []common.Hash{}}
	r, err := s.Send(ctx, txmgr.Candidate{Key: key + "/approve", To: h.Token, Data: erc20ABI.PackApprove(h.Collateral, t.Amount),
		Done: func(ctx context.Context) (bool, error) {
			a, err := bind.Call(token, &bind.CallOpts{Context: ctx}, erc20ABI.PackAllowance(from, h.Collateral), erc20ABI.UnpackAllowance)
			return err == nil && a.Cmp(t.Amount) >= 0, err
		}})
	if err != nil {
		return nil, fmt.Errorf("hyperlane: approve the collateral router for %q: %w", key, err)
	}
	if r != nil {
		sent.TxHashes = append(sent.TxHashes, r.TxHash)
	}
	data := collateralABI.PackTransferRemote(h.DestDomain, common.BytesToHash(t.Recipient[:]), t.Amount)
	r, err = s.Send(ctx, txmgr.Candidate{Key: key + "/send", To: h.Collateral, Data: data, Value: fee,
		Expect: func(r *types.Receipt) error { return h.dispatched(r, sent) }})
	if err != nil {
		return nil, fmt.Errorf("hyperlane: transferRemote %q: %w", key, err)
	}
	if r == nil {
		return nil, fmt.Errorf("hyperlane: transferRemote %q: no receipt", key)
	}
	if err := h.dispatched(r, sent); err != nil {
		return nil, err
	}
	sent.TxHashes = append(sent.TxHashes, r.TxHash)
	return sent, nil
}

// dispatched fills the message id and bytes from the home Mailbox's events in r.
func (h *HyperlaneWarp) dispatched(r *types.Receipt, sent *Sent) error {
	var id *common.Hash
	var msg []byte
	for _, l := range r.Logs {
		if l.Address != h.HomeMailbox || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case dispatchID:
			e, err := mailboxABI.UnpackDispatchIdEvent(l)
			if err != nil {
				return fmt.Errorf("hyperlane: decode DispatchId: %w", err)
			}
			x := common.Hash(e.MessageId)
			id = &x
		case dispatchTopic:
			e, err := mailboxABI.UnpackDispatchEvent(l)
			if err != nil {
				return fmt.Errorf("hyperlane: decode Dispatch: %w", err)
			}
			msg = e.Message
		}
	}
	if id == nil || msg == nil {
		return fmt.Errorf("hyperlane: receipt %s has no Dispatch of mailbox %s", r.TxHash, h.HomeMailbox)
	}
	sent.MessageID, sent.Message = *id, msg
	return nil
}

// messageBody is where a Hyperlane message's body starts: version (1), nonce (4), origin (4),
// sender (32), destination (4), recipient (32).
const messageBody = 77

// Amount is what a Warp Route message transfers (its body: recipient bytes32, amount uint256).
func (sent *Sent) Amount() (*big.Int, error) {
	if len(sent.Message) < messageBody+64 {
		return nil, fmt.Errorf("hyperlane: message of %d bytes is too short for a token transfer", len(sent.Message))
	}
	return new(big.Int).SetBytes(sent.Message[messageBody+32 : messageBody+64]), nil
}

// Delivered reports whether the destination Mailbox has processed the message, and the amount it
// carried.
func (h *HyperlaneWarp) Delivered(ctx context.Context, sent *Sent) (bool, *big.Int, error) {
	ok, err := bind.Call(mailboxABI.Instance(h.Dest, h.DestMailbox), &bind.CallOpts{Context: ctx}, mailboxABI.PackDelivered(sent.MessageID), mailboxABI.UnpackDelivered)
	if err != nil {
		return false, nil, fmt.Errorf("hyperlane: delivered(%s) on chain %d: %w", sent.MessageID, h.DestChain, err)
	}
	amt, err := sent.Amount()
	if err != nil {
		return false, nil, err
	}
	return ok, amt, nil
}

// Deliver is the trusted relayer's job (a TrustedRelayerIsm names dest's account): it calls
// Mailbox.process with empty metadata on the destination, exactly once under key, done when the
// Mailbox already shows the message delivered (by anyone). It returns the process transaction's
// hash, or the zero hash when someone else delivered it.
func (h *HyperlaneWarp) Deliver(ctx context.Context, dest Sender, key string, sent *Sent) (common.Hash, error) {
	r, err := dest.Send(ctx, txmgr.Candidate{Key: key + "/deliver", To: h.DestMailbox, Data: mailboxABI.PackProcess(nil, sent.Message),
		Done: func(ctx context.Context) (bool, error) {
			ok, _, err := h.Delivered(ctx, sent)
			return ok, err
		}})
	if err != nil {
		return common.Hash{}, fmt.Errorf("hyperlane: deliver %s on chain %d: %w", sent.MessageID, h.DestChain, err)
	}
	if r == nil {
		return common.Hash{}, nil
	}
	return r.TxHash, nil
}
