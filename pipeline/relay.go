package pipeline

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

// ErrBadPayout: the payout to relay is malformed or does not belong to this
// deployment or database (the caller's input is wrong, not the chain).
var ErrBadPayout = errors.New("pipeline: bad payout")

// RelayRequest names the payout to relay and how.
type RelayRequest struct {
	// Epoch: relay this closed epoch's stored payout. Or:
	Epoch uint64
	// Payout: relay this payout (e.g. from a file). When the database has
	// its epoch closed, the roots must agree.
	Payout *relayer.Payout
	// Wait runs through the dispute window until the root is active;
	// otherwise one step is taken.
	Wait   bool
	Config relayer.Config
	Log    *slog.Logger
}

// Relay puts one epoch's payout on chain exactly once: it takes the lease on
// (chain, key) (another relayer on the same key waits or is refused with
// relayer.ErrBusy), checks the payout is covered before proposing anything,
// steps it (fund, propose, wait out the window, activate) and saves its
// progress after every step, so the epoch's receipt lists every transaction
// that landed, whichever way the payout was given.
func (e *Epochs) Relay(ctx context.Context, chain relayer.Chain, key *ecdsa.PrivateKey, req RelayRequest) (relayer.Progress, error) {
	p, err := e.payoutToRelay(ctx, req)
	if err != nil {
		return relayer.Progress{}, err
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return relayer.Progress{}, fmt.Errorf("read chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != e.Dep.ChainID {
		return relayer.Progress{}, fmt.Errorf("the node serves chain %s, the deployment is on chain %d", id, e.Dep.ChainID)
	}
	cfg := req.Config
	if cfg.StartBlock == 0 {
		cfg.StartBlock = e.Dep.StartBlock
	}
	s, err := relayer.Open(ctx, cfg, e.Store, chain, key, req.Log)
	if err != nil {
		return relayer.Progress{}, err
	}
	defer s.Close()
	return s.Relay(ctx, &p, req.Wait)
}

func (e *Epochs) payoutToRelay(ctx context.Context, req RelayRequest) (relayer.Payout, error) {
	var p relayer.Payout
	switch {
	case req.Epoch != 0 && req.Payout != nil:
		return p, fmt.Errorf("%w: give an epoch or a payout, not both", ErrBadPayout)
	case req.Epoch != 0:
		stored, err := e.Payout(ctx, req.Epoch)
		if err != nil {
			return p, err
		}
		p = stored
	case req.Payout != nil:
		p = *req.Payout
		row, err := e.Store.Epoch(ctx, e.Dep.ChainID, p.Epoch)
		switch {
		case errors.Is(err, store.ErrNotFound):
		case err != nil:
			return p, err
		case row.Root != p.Root:
			return p, fmt.Errorf("%w: the payout's root %s is not closed epoch %d's root %s", ErrBadPayout, p.Root, p.Epoch, row.Root)
		}
	default:
		return p, fmt.Errorf("%w: give an epoch (from the database) or a payout", ErrBadPayout)
	}
	if p.Root == (common.Hash{}) {
		return p, fmt.Errorf("%w: epoch %d has no entitlements: nothing to pay", ErrBadPayout, p.Epoch)
	}
	if p.ChainID != e.Dep.ChainID || p.Vault != e.Dep.RevenueVault || p.Distributor != e.Dep.RoyaltyDistributor {
		return p, fmt.Errorf("%w: its chain id, vault or distributor differ from the deployment's", ErrBadPayout)
	}
	if err := p.Check(); err != nil {
		return p, fmt.Errorf("%w: %w", ErrBadPayout, err)
	}
	return p, nil
}

// RelayStep takes one step of a closed epoch's stored payout under an open
// relayer session (a long-running relayer keeps its session, and so its
// lease, across steps), saving its progress like Relay.
func (e *Epochs) RelayStep(ctx context.Context, s *relayer.Session, epoch uint64) (relayer.Progress, error) {
	p, err := e.payoutToRelay(ctx, RelayRequest{Epoch: epoch})
	if err != nil {
		return relayer.Progress{}, err
	}
	return s.Relay(ctx, &p, false)
}
