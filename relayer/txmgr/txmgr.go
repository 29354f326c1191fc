package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/internal/failpoint"
)

// Backend is the part of a node the manager talks to.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Candidate is one action the caller wants on chain, exactly once.
type Candidate struct {
	// Key is the action's business identity (e.g. "31337/fund/7/0xc0…/0xa5…"):
	// one key, one action on chain, however often Send is called.
	Key      string
	To       common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64 // 0: estimated, plus 20%

	// Done reads the chain: has the action already happened (by us or anyone)?
	// It is asked before the first signature and when the intent's nonce turns
	// out consumed by a transaction that is not ours. nil: never done elsewhere.
	Done func(ctx context.Context) (bool, error)
	// Expect checks the mined receipt carries the event the action must emit.
	// nil: a successful status is enough.
	Expect func(*types.Receipt) error
}

// Config holds the manager's knobs. Check reports the first bad field.
type Config struct {
	Confirmations  uint64        // blocks on top of the receipt's block before an intent is done
	PollInterval   time.Duration // between receipt checks
	ResubmitAfter  time.Duration // bump fees when not mined after this long
	BumpPercent    uint64        // at least 10 (geth's replacement rule)
	MaxFeeCap      *big.Int      // wei per gas; fees never exceed it
	MinTipCap      *big.Int      // wei per gas floor for the tip; nil = none
	NetworkTimeout time.Duration // per RPC call
}

// DefaultConfig is a sensible start for a public chain.
func DefaultConfig() Config {
	return Config{
		Confirmations:  3,
		PollInterval:   2 * time.Second,
		ResubmitAfter:  60 * time.Second,
		BumpPercent:    15,
		MaxFeeCap:      new(big.Int).Mul(big.NewInt(500), big.NewInt(1e9)),
		NetworkTimeout: 10 * time.Second,
	}
}

// Check validates the config.
func (c Config) Check() error {
	switch {
	case c.PollInterval <= 0:
		return errors.New("txmgr config: poll interval must be positive")
	case c.ResubmitAfter <= 0:
		return errors.New("txmgr config: resubmit-after must be positive")
	case c.BumpPercent < 10:
		return fmt.Errorf("txmgr config: bump percent %d is below the 10%% nodes require", c.BumpPercent)
	case c.MaxFeeCap == nil || c.MaxFeeCap.Sign() <= 0:
		return errors.New("txmgr config: max fee cap must be positive")
	case c.NetworkTimeout <= 0:
		return errors.New("txmgr config: network timeout must be positive")
	}
	return nil
}

// Manager owns one account's nonces, fees and receipts. Safe for concurrent Send.
type Manager struct {
	cfg     Config
	backend Backend
	outbox  Outbox
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	log     *slog.Logger

	mu        sync.Mutex // serialises nonce assignment
	nextNonce uint64
}

// New reads the chain id and the account's nonce, and reconciles them with the
// outbox: the next nonce is after both the chain's pending nonce and every
// intent still open.
func New(ctx context.Context, cfg Config, backend Backend, outbox Outbox, key *ecdsa.PrivateKey, log *slog.Logger) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, errors.New("txmgr: no signing key")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m := &Manager{cfg: cfg, backend: backend, outbox: outbox, key: key, from: crypto.PubkeyToAddress(key.PublicKey), log: log}
	cctx, cancel := context.WithTimeout(ctx, cfg.NetworkTimeout)
	defer cancel()
	id, err := backend.ChainID(cctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: read chain id: %w", err)
	}
	m.chainID = id
	m.signer = types.LatestSignerForChainID(id)
	if err := m.syncNonce(ctx); err != nil {
		return nil, err
	}
	return m, nil
}

// From is the sending account.
func (m *Manager) From() common.Address { return m.from }

// ChainID is the chain the manager signs for.
func (m *Manager) ChainID() *big.Int { return new(big.Int).Set(m.chainID) }

// syncNonce sets nextNonce from the chain and the outbox, and reports a gap:
// an open intent whose nonce is above the chain's with no open intent for the
// nonces between.
func (m *Manager) syncNonce(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	pending, err := m.backend.PendingNonceAt(cctx, m.from)
	if err != nil {
		return fmt.Errorf("txmgr: read pending nonce of %s: %w", m.from, err)
	}
	open, err := m.outbox.Open(ctx, m.from)
	if err != nil {
		return fmt.Errorf("txmgr: read open intents: %w", err)
	}
	next := pending
	for _, in := range open {
		if in.Nonce > next {
			return fmt.Errorf("%w: chain nonce of %s is %d but intent %q holds nonce %d", ErrNonceGap, m.from, pending, in.Key, in.Nonce)
		}
		if in.Nonce+1 > next {
			next = in.Nonce + 1
		}
	}
	m.mu.Lock()
	if next > m.nextNonce {
		m.nextNonce = next
	}
	m.mu.Unlock()
	return nil
}

// Send puts the candidate's action on chain exactly once and returns the
// receipt that did it, after the configured confirmations. Called again with
// the same key (after a crash, or concurrently) it resumes the same intent: the
// same signed bytes are rebroadcast, never a second transaction. A nil receipt
// with a nil error means the chain shows the action done by someone else.
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	if c.Key == "" {
		return nil, errors.New("txmgr: candidate without a key")
	}
	in, err := m.outbox.Load(ctx, c.Key)
	switch {
	case errors.Is(err, ErrNotFound):
		if done, err := m.doneElsewhere(ctx, c); err != nil || done {
			return nil, err
		}
		if in, err = m.firstAttempt(ctx, c); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("txmgr: load intent %q: %w", c.Key, err)
	}
	switch in.Status {
	case StatusConfirmed:
		return m.receipt(ctx, in.MinedHash)
	case StatusDoneElsewhere:
		return nil, nil
	case StatusFailed:
		return nil, fmt.Errorf("%w: intent %q (%s)", ErrReverted, in.Key, in.MinedHash)
	}
	return m.drive(ctx, c, in)
}

func (m *Manager) doneElsewhere(ctx context.Context, c Candidate) (bool, error) {
	if c.Done == nil {
		return false, nil
	}
	done, err := c.Done(ctx)
	if err != nil {
		return false, fmt.Errorf("txmgr: check whether %q is done: %w", c.Key, err)
	}
	return done, nil
}

// firstAttempt assigns a nonce, signs and durably stores the intent before
// anything is broadcast.
func (m *Manager) firstAttempt(ctx context.Context, c Candidate) (*Intent, error) {
	gas := c.GasLimit
	if gas == 0 {
		cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		est, err := m.backend.EstimateGas(cctx, ethereum.CallMsg{From: m.from, To: &c.To, Data: c.Data, Value: c.Value})
		cancel()
		if err != nil {
			return nil, fmt.Errorf("txmgr: estimate gas for %q: %w", c.Key, err)
		}
		gas = est + est/5
	}
	tip, feeCap, err := m.marketFees(ctx)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	in := &Intent{
		Key: c.Key, From: m.from, Nonce: m.nextNonce, To: c.To, Data: c.Data,
		Value: valueOrZero(c.Value), GasLimit: gas, Status: StatusSigned,
	}
	if err := m.sign(in, tip, feeCap); err != nil {
		return nil, err
	}
	failpoint.Hit("txmgr/after-sign", c.Key)
	if err := m.outbox.Save(ctx, in); err != nil {
		return nil, fmt.Errorf("txmgr: store signed intent %q: %w", c.Key, err)
	}
	failpoint.Hit("txmgr/after-save", c.Key)
	m.nextNonce++
	m.log.Info("intent signed", "key", c.Key, "nonce", in.Nonce, "tx", in.Latest().Hash)
	return in, nil
}

func valueOrZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}

// marketFees is today's tip and a fee cap of twice the base fee plus the tip,
// the usual EIP-1559 headroom for six full blocks.
func (m *Manager) marketFees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	tip, err = m.backend.SuggestGasTipCap(cctx)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: suggest tip: %w", err)
	}
	if m.cfg.MinTipCap != nil && tip.Cmp(m.cfg.MinTipCap) < 0 {
		tip = new(big.Int).Set(m.cfg.MinTipCap)
	}
	head, err := m.backend.HeaderByNumber(cctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: read head for base fee: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
	}
	return tip, feeCap, nil
}

// sign appends a signed attempt with these fees to the intent.
func (m *Manager) sign(in *Intent, tip, feeCap *big.Int) error {
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: in.Nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: in.GasLimit, To: &in.To, Value: in.Value, Data: in.Data,
	}), m.signer, m.key)
	if err != nil {
		return fmt.Errorf("txmgr: sign %q: %w", in.Key, err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("txmgr: encode %q: %w", in.Key, err)
	}
	in.Attempts = append(in.Attempts, Attempt{Raw: raw, Hash: tx.Hash(), TipCap: tip, FeeCap: feeCap})
	return nil
}

// bumpedFees are the next attempt's fees: at least BumpPercent above the last
// attempt on both caps (nodes refuse a replacement otherwise), or today's
// market if that is higher. ErrFeeCap when the bump would pass MaxFeeCap.
func (m *Manager) bumpedFees(ctx context.Context, last Attempt) (tip, feeCap *big.Int, err error) {
	mTip, mCap, err := m.marketFees(ctx)
	if err != nil {
		return nil, nil, err
	}
	bump := func(v *big.Int) *big.Int {
		r := new(big.Int).Mul(v, new(big.Int).SetUint64(100+m.cfg.BumpPercent))
		r.Add(r, big.NewInt(99)) // round up: 10% of 1 wei is still a bump
		return r.Div(r, big.NewInt(100))
	}
	tip, feeCap = bump(last.TipCap), bump(last.FeeCap)
	if mTip.Cmp(tip) > 0 {
		tip = mTip
	}
	if mCap.Cmp(feeCap) > 0 {
		feeCap = mCap
	}
	if feeCap.Cmp(tip) < 0 {
		feeCap = new(big.Int).Set(tip)
	}
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return nil, nil, fmt.Errorf("%w: next fee cap %s wei exceeds %s", ErrFeeCap, feeCap, m.cfg.MaxFeeCap)
	}
	return tip, feeCap, nil
}

// drive broadcasts the intent's latest attempt and watches every attempt until
// one is confirmed, bumping fees while none is mined.
func (m *Manager) drive(ctx context.Context, c Candidate, in *Intent) (*types.Receipt, error) {
	if err := m.broadcast(ctx, c, in); err != nil {
		return nil, err
	}
	if in.Status == StatusDoneElsewhere {
		return nil, nil
	}
	lastSend := time.Now()
	ticker := time.NewTicker(m.cfg.PollInterval)
	defer ticker.Stop()
	for {
		rcpt, err := m.minedAttempt(ctx, in)
		if err != nil {
			return nil, err
		}
		if rcpt != nil {
			done, err := m.settle(ctx, c, in, rcpt)
			if err != nil || done {
				return rcpt, err
			}
		} else if in.Status == StatusMined {
			// The block that held it is gone (a reorg): back to the pool with the same bytes.
			m.log.Warn("mined transaction dropped by a reorg; rebroadcasting", "key", in.Key, "tx", in.MinedHash)
			in.Status, in.MinedHash, in.Block = StatusSent, common.Hash{}, 0
			if err := m.outbox.Save(ctx, in); err != nil {
				return nil, fmt.Errorf("txmgr: store reorged intent %q: %w", in.Key, err)
			}
			if err := m.broadcast(ctx, c, in); err != nil {
				return nil, err
			}
			lastSend = time.Now()
		} else if time.Since(lastSend) >= m.cfg.ResubmitAfter {
			if err := m.bump(ctx, c, in); err != nil {
				return nil, err
			}
			if in.Status == StatusDoneElsewhere {
				return nil, nil
			}
			lastSend = time.Now()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-ticker.C:
		}
	}
}

// settle records a mined attempt and reports whether it has its confirmations.
func (m *Manager) settle(ctx context.Context, c Candidate, in *Intent, rcpt *types.Receipt) (bool, error) {
	if in.Status != StatusMined || in.MinedHash != rcpt.TxHash {
		in.Status, in.MinedHash, in.Block = StatusMined, rcpt.TxHash, rcpt.BlockNumber.Uint64()
		in.GasUsed, in.EffectiveGasPrice = rcpt.GasUsed, rcpt.EffectiveGasPrice
		if err := m.outbox.Save(ctx, in); err != nil {
			return false, fmt.Errorf("txmgr: store mined intent %q: %w", in.Key, err)
		}
	}
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	head, err := m.backend.BlockNumber(cctx)
	cancel()
	if err != nil {
		m.log.Warn("read head", "err", err)
		return false, nil
	}
	if head+1 < in.Block+m.cfg.Confirmations {
		failpoint.Hit("txmgr/confirming", in.Key)
		return false, nil
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		in.Status = StatusFailed
		if err := m.outbox.Save(ctx, in); err != nil {
			return false, fmt.Errorf("txmgr: store failed intent %q: %w", in.Key, err)
		}
		return true, fmt.Errorf("%w: intent %q, tx %s in block %d", ErrReverted, in.Key, rcpt.TxHash, in.Block)
	}
	if c.Expect != nil {
		if err := c.Expect(rcpt); err != nil {
			return true, fmt.Errorf("%w: intent %q, tx %s: %v", ErrUnexpectedEvent, in.Key, rcpt.TxHash, err)
		}
	}
	in.Status = StatusConfirmed
	if err := m.outbox.Save(ctx, in); err != nil {
		return false, fmt.Errorf("txmgr: store confirmed intent %q: %w", in.Key, err)
	}
	m.log.Info("intent confirmed", "key", in.Key, "tx", rcpt.TxHash, "block", in.Block, "gas", rcpt.GasUsed)
	return true, nil
}

// minedAttempt is the receipt of whichever attempt is on chain, or nil.
func (m *Manager) minedAttempt(ctx context.Context, in *Intent) (*types.Receipt, error) {
	for i := len(in.Attempts) - 1; i >= 0; i-- {
		cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		rcpt, err := m.backend.TransactionReceipt(cctx, in.Attempts[i].Hash)
		cancel()
		switch {
		case err == nil && rcpt != nil:
			return rcpt, nil
		case err == nil, errors.Is(err, ethereum.NotFound):
		case Classify(err) == ClassRetry:
			m.log.Warn("read receipt", "key", in.Key, "err", err)
		default:
			return nil, fmt.Errorf("txmgr: read receipt of %s for %q: %w", in.Attempts[i].Hash, in.Key, err)
		}
	}
	return nil, nil
}

func (m *Manager) receipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	r, err := m.backend.TransactionReceipt(cctx, h)
	if err != nil {
		return nil, fmt.Errorf("txmgr: read receipt %s: %w", h, err)
	}
	return r, nil
}

// broadcast sends the latest attempt's stored bytes and acts on the node's answer.
func (m *Manager) broadcast(ctx context.Context, c Candidate, in *Intent) error {
	for {
		last := in.Latest()
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(last.Raw); err != nil {
			return fmt.Errorf("txmgr: decode stored transaction of %q: %w", in.Key, err)
		}
		cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		err := m.backend.SendTransaction(cctx, tx)
		cancel()
		class := Classify(err)
		if err == nil || class == ClassKnown {
			failpoint.Hit("txmgr/after-broadcast", in.Key)
			if in.Status == StatusSigned {
				in.Status = StatusSent
				if err := m.outbox.Save(ctx, in); err != nil {
					return fmt.Errorf("txmgr: store sent intent %q: %w", in.Key, err)
				}
			}
			m.log.Info("broadcast", "key", in.Key, "nonce", in.Nonce, "tx", last.Hash, "attempt", len(in.Attempts))
			return nil
		}
		m.log.Warn("broadcast refused", "key", in.Key, "tx", last.Hash, "class", class, "err", err)
		switch class {
		case ClassRetry:
			if err := sleep(ctx, m.cfg.PollInterval); err != nil {
				return err
			}
		case ClassBump:
			if err := m.resign(ctx, in); err != nil {
				return err
			}
		case ClassNonceUsed:
			return m.nonceUsed(ctx, c, in)
		case ClassNonceGap:
			return fmt.Errorf("%w: node refused nonce %d of %q: %v", ErrNonceGap, in.Nonce, in.Key, err)
		case ClassFatal:
			return fmt.Errorf("txmgr: broadcast %q: %w", in.Key, err)
		default:
			return fmt.Errorf("%w: broadcast %q: %v", ErrUnclassified, in.Key, err)
		}
	}
}

// bump re-signs the same nonce with higher fees and broadcasts it.
func (m *Manager) bump(ctx context.Context, c Candidate, in *Intent) error {
	if err := m.resign(ctx, in); err != nil {
		return err
	}
	return m.broadcast(ctx, c, in)
}

func (m *Manager) resign(ctx context.Context, in *Intent) error {
	tip, feeCap, err := m.bumpedFees(ctx, in.Latest())
	if err != nil {
		return fmt.Errorf("txmgr: bump %q: %w", in.Key, err)
	}
	if err := m.sign(in, tip, feeCap); err != nil {
		return err
	}
	if err := m.outbox.Save(ctx, in); err != nil {
		return fmt.Errorf("txmgr: store bumped intent %q: %w", in.Key, err)
	}
	m.log.Info("fees bumped", "key", in.Key, "nonce", in.Nonce, "tip", tip, "feeCap", feeCap, "tx", in.Latest().Hash)
	return nil
}

// nonceUsed handles a consumed nonce: one of our attempts may be mined (then
// drive finds it); otherwise another transaction took the nonce, and only when
// the chain shows the action not done does the intent get a new nonce.
func (m *Manager) nonceUsed(ctx context.Context, c Candidate, in *Intent) error {
	rcpt, err := m.minedAttempt(ctx, in)
	if err != nil || rcpt != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	latest, err := m.backend.NonceAt(cctx, m.from, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("txmgr: read nonce after %q was refused: %w", in.Key, err)
	}
	if latest <= in.Nonce {
		// Consumed only in the pool (a pending replacement of ours is in flight): keep waiting.
		return nil
	}
	done, err := m.doneElsewhere(ctx, c)
	if err != nil {
		return err
	}
	if done {
		in.Status = StatusDoneElsewhere
		if err := m.outbox.Save(ctx, in); err != nil {
			return fmt.Errorf("txmgr: store intent %q done elsewhere: %w", in.Key, err)
		}
		m.log.Warn("nonce consumed elsewhere and the action is done on chain", "key", in.Key, "nonce", in.Nonce)
		return nil
	}
	if err := m.syncNonce(ctx); err != nil {
		return err
	}
	tip, feeCap, err := m.marketFees(ctx)
	if err != nil {
		return err
	}
	m.mu.Lock()
	in.Nonce, in.Attempts, in.Status = m.nextNonce, nil, StatusSigned
	err = m.sign(in, tip, feeCap)
	if err == nil {
		err = m.outbox.Save(ctx, in)
	}
	if err == nil {
		m.nextNonce++
	}
	m.mu.Unlock()
	if err != nil {
		return fmt.Errorf("txmgr: re-sign %q on a new nonce: %w", in.Key, err)
	}
	m.log.Warn("nonce consumed by another transaction; action not done, re-signed on a new nonce", "key", in.Key, "nonce", in.Nonce)
	return m.broadcast(ctx, c, in)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
