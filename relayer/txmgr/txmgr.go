package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

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
	// CallContract replays calls: a failed intent's preflight, a revert's reason.
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
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
	// DecodeRevert words revert data (the contracts' custom errors) in
	// errors and logs; nil shows it as hex.
	DecodeRevert func(data []byte) string
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

	keys      keyLocks   // one Send per key at a time in this process
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
	m := &Manager{cfg: cfg, backend: backend, outbox: outbox, key: key, from: crypto.PubkeyToAddress(key.PublicKey), log: log,
		keys: keyLocks{m: map[string]*keyLock{}}}
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

// syncNonce moves nextNonce up to the chain's and the outbox's next.
func (m *Manager) syncNonce(ctx context.Context) error {
	next, err := m.nextFromChainAndOutbox(ctx)
	if err != nil {
		return err
	}
	m.mu.Lock()
	m.nextNonce = max(m.nextNonce, next)
	m.mu.Unlock()
	return nil
}

// nextFromChainAndOutbox is the nonce after both the chain's pending nonce
// and every open intent, and reports a gap: an open intent whose nonce is
// above the chain's with no open intent for the nonces between.
func (m *Manager) nextFromChainAndOutbox(ctx context.Context) (uint64, error) {
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	pending, err := m.backend.PendingNonceAt(cctx, m.from)
	if err != nil {
		return 0, fmt.Errorf("txmgr: read pending nonce of %s: %w", m.from, err)
	}
	open, err := m.outbox.Open(ctx, m.from)
	if err != nil {
		return 0, fmt.Errorf("txmgr: read open intents: %w", err)
	}
	next := pending
	for _, in := range open {
		if in.Nonce > next {
			return 0, fmt.Errorf("%w: chain nonce of %s is %d but intent %q holds nonce %d", ErrNonceGap, m.from, pending, in.Key, in.Nonce)
		}
		next = max(next, in.Nonce+1)
	}
	return next, nil
}

// Send puts the candidate's action on chain exactly once and returns the
// receipt that did it, after the configured confirmations. Called again with
// the same key (after a crash, concurrently in this process, or from another
// process on the same outbox) it resumes the same intent: the stored bytes
// are rebroadcast, never a second transaction for a live nonce. A nil receipt
// with a nil error means the chain shows the action done by someone else.
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	if c.Key == "" {
		return nil, errors.New("txmgr: candidate without a key")
	}
	unlock, err := m.keys.lock(ctx, c.Key)
	if err != nil {
		return nil, err
	}
	defer unlock()
	in, err := m.outbox.Load(ctx, c.Key)
	switch {
	case errors.Is(err, ErrNotFound):
		if done, err := m.doneElsewhere(ctx, c); err != nil || done {
			return nil, err
		}
		if in, err = m.firstAttempt(ctx, c); err != nil || in == nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("txmgr: load intent %q: %w", c.Key, err)
	}
	for tries := 0; ; tries++ {
		rcpt, err := m.resume(ctx, c, in)
		if !errors.Is(err, ErrStale) || tries == maxStaleReloads {
			return rcpt, err
		}
		// Another manager moved the intent on (possible only without the
		// relayer's lease): continue from what it stored, never over it.
		if in, err = m.outbox.Load(ctx, c.Key); err != nil {
			return nil, fmt.Errorf("txmgr: reload intent %q: %w", c.Key, err)
		}
		m.log.Info("intent updated by another sender; continuing from the stored copy", "key", c.Key, "status", in.Status, "nonce", in.Nonce)
	}
}

// maxStaleReloads bounds how often one Send reloads an intent another
// manager keeps changing.
const maxStaleReloads = 20

// resume takes a stored intent where it stands to its end.
func (m *Manager) resume(ctx context.Context, c Candidate, in *Intent) (*types.Receipt, error) {
	m.observe(in)
	switch in.Status {
	case StatusConfirmed:
		return m.receipt(ctx, in.MinedHash)
	case StatusDoneElsewhere:
		return nil, nil
	case StatusFailed:
		if err := m.retry(ctx, c, in); err != nil {
			return nil, err
		}
		if in.Status == StatusDoneElsewhere {
			return nil, nil
		}
	}
	return m.drive(ctx, c, in)
}

// Lookup returns the stored intent under key, or ErrNotFound.
func (m *Manager) Lookup(ctx context.Context, key string) (*Intent, error) {
	return m.outbox.Load(ctx, key)
}

// observe moves the nonce counter past a stored intent of this account that
// this manager may not have signed (another process's, resumed or found
// done): its own next intent must not reuse that nonce.
func (m *Manager) observe(in *Intent) {
	if in.From != m.from {
		return
	}
	m.mu.Lock()
	if in.Nonce+1 > m.nextNonce {
		m.nextNonce = in.Nonce + 1
	}
	m.mu.Unlock()
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

// gasLimit is the candidate's, or the node's estimate plus 20%. An estimate
// the chain reverts is a *RevertError with the decoded reason.
func (m *Manager) gasLimit(ctx context.Context, c Candidate) (uint64, error) {
	if c.GasLimit != 0 {
		return c.GasLimit, nil
	}
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	est, err := m.backend.EstimateGas(cctx, ethereum.CallMsg{From: m.from, To: &c.To, Data: c.Data, Value: c.Value})
	cancel()
	if err != nil {
		if r := m.asRevert(err); r != nil {
			return 0, fmt.Errorf("txmgr: %q would revert: %w", c.Key, r)
		}
		return 0, fmt.Errorf("txmgr: estimate gas for %q: %w", c.Key, err)
	}
	return est + est/5, nil
}

// firstAttempt assigns a nonce, signs and durably inserts the intent before
// anything is broadcast. When the key turns out stored meanwhile (another
// process), it returns that intent to resume instead; when the action turns
// out done (the estimate reverts and Done says so), it returns nil.
func (m *Manager) firstAttempt(ctx context.Context, c Candidate) (*Intent, error) {
	gas, err := m.gasLimit(ctx, c)
	if err != nil {
		if errors.Is(err, ErrReverted) {
			if done, derr := m.doneElsewhere(ctx, c); derr == nil && done {
				return nil, nil
			}
		}
		return nil, err
	}
	tip, feeCap, err := m.marketFees(ctx)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if in, err := m.outbox.Load(ctx, c.Key); err == nil {
		m.log.Info("intent stored by another sender meanwhile; resuming it", "key", c.Key, "nonce", in.Nonce)
		return in, nil
	} else if !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("txmgr: load intent %q: %w", c.Key, err)
	}
	in := &Intent{Key: c.Key, From: m.from, To: c.To, Data: c.Data, Value: valueOrZero(c.Value), GasLimit: gas}
	for {
		in.Nonce, in.Attempts, in.Status = m.nextNonce, nil, StatusSigned
		if err := m.sign(in, tip, feeCap); err != nil {
			return nil, err
		}
		failpoint.Hit("txmgr/after-sign", c.Key)
		err := m.outbox.Insert(ctx, in)
		switch {
		case err == nil:
			failpoint.Hit("txmgr/after-save", c.Key)
			m.nextNonce++
			m.log.Info("intent signed", "key", c.Key, "nonce", in.Nonce, "tx", in.Latest().Hash)
			return in, nil
		case errors.Is(err, ErrExists):
			won, err := m.outbox.Load(ctx, c.Key)
			if err != nil {
				return nil, fmt.Errorf("txmgr: load the stored intent %q: %w", c.Key, err)
			}
			m.log.Info("intent stored by another sender first; resuming it", "key", c.Key, "nonce", won.Nonce)
			return won, nil
		case errors.Is(err, ErrNonceTaken):
			if err := m.skipTakenNonce(ctx, in.Nonce); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("txmgr: store signed intent %q: %w", c.Key, err)
		}
	}
}

// skipTakenNonce moves the counter (m.mu held) past a nonce another open
// intent holds, to the chain's and the outbox's next.
func (m *Manager) skipTakenNonce(ctx context.Context, taken uint64) error {
	next, err := m.nextFromChainAndOutbox(ctx)
	if err != nil {
		return err
	}
	m.nextNonce = max(next, taken+1, m.nextNonce)
	m.log.Info("nonce held by another open intent; moving on", "nonce", taken, "next", m.nextNonce)
	return nil
}

// retry handles a failed intent asked for again: an action the chain now
// shows done ends done elsewhere; one that would still revert is reported
// with its reason and nothing is sent; otherwise the intent is signed again
// on a fresh nonce (its reverted transaction is final and consumed its own).
func (m *Manager) retry(ctx context.Context, c Candidate, in *Intent) error {
	done, err := m.doneElsewhere(ctx, c)
	if err != nil {
		return err
	}
	if done {
		m.log.Info("a reverted intent's action is done on chain", "key", in.Key, "tx", in.MinedHash, "reverted", in.Reason)
		return m.doneBySomeoneElse(ctx, in)
	}
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	_, err = m.backend.CallContract(cctx, ethereum.CallMsg{From: m.from, To: &in.To, Data: in.Data, Value: in.Value}, nil)
	cancel()
	if err != nil {
		if r := m.asRevert(err); r != nil {
			return fmt.Errorf("txmgr: intent %q reverted in tx %s and would revert again: %w", in.Key, in.MinedHash, r)
		}
		return fmt.Errorf("txmgr: check whether %q would succeed now: %w", in.Key, err)
	}
	gas, err := m.gasLimit(ctx, Candidate{Key: in.Key, To: in.To, Data: in.Data, Value: in.Value, GasLimit: c.GasLimit})
	if err != nil {
		return err
	}
	tip, feeCap, err := m.marketFees(ctx)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	in.Landed = append(in.Landed, Landed{Hash: in.MinedHash, Block: in.Block, GasUsed: in.GasUsed,
		EffectiveGasPrice: in.EffectiveGasPrice, Reason: in.Reason})
	in.MinedHash, in.Block, in.GasUsed, in.EffectiveGasPrice, in.Reason = common.Hash{}, 0, 0, nil, ""
	in.GasLimit = gas
	if err := m.resignLocked(ctx, in, tip, feeCap); err != nil {
		return fmt.Errorf("txmgr: sign %q again after its revert: %w", in.Key, err)
	}
	m.log.Info("reverted intent would succeed now; signed again on a fresh nonce", "key", in.Key, "nonce", in.Nonce, "tx", in.Latest().Hash)
	return nil
}

// resignLocked (m.mu held) gives the intent the next free nonce with one
// fresh attempt and stores it.
func (m *Manager) resignLocked(ctx context.Context, in *Intent, tip, feeCap *big.Int) error {
	for {
		in.Nonce, in.Attempts, in.Status = m.nextNonce, nil, StatusSigned
		if err := m.sign(in, tip, feeCap); err != nil {
			return err
		}
		err := m.outbox.Save(ctx, in)
		switch {
		case err == nil:
			m.nextNonce++
			return nil
		case errors.Is(err, ErrNonceTaken):
			if err := m.skipTakenNonce(ctx, in.Nonce); err != nil {
				return err
			}
		default:
			return err
		}
	}
}

// doneBySomeoneElse ends an intent whose action the chain shows done by a
// transaction that is not its own.
func (m *Manager) doneBySomeoneElse(ctx context.Context, in *Intent) error {
	in.Status = StatusDoneElsewhere
	if err := m.outbox.Save(ctx, in); err != nil {
		return fmt.Errorf("txmgr: store intent %q done elsewhere: %w", in.Key, err)
	}
	return nil
}

// asRevert is the revert in a node's answer to a call or estimate, decoded;
// nil when err is not a revert.
func (m *Manager) asRevert(err error) *RevertError {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil && len(data) > 0 {
				return &RevertError{Data: data, Reason: m.describe(data)}
			}
		}
	}
	if strings.Contains(strings.ToLower(err.Error()), "execution reverted") {
		return &RevertError{Reason: "no reason given"}
	}
	return nil
}

// describe words revert data through the configured decoder.
func (m *Manager) describe(data []byte) string {
	if m.cfg.DecodeRevert != nil {
		return m.cfg.DecodeRevert(data)
	}
	if len(data) < 4 {
		return "custom error " + hexutil.Encode(data)
	}
	// The nodes' own wording, which reverts.Explain recognises.
	return fmt.Sprintf("custom error %s: %x", hexutil.Encode(data[:4]), data[4:])
}

// revertReason replays a reverted transaction as a call on the state after
// its block (where a revert because the action was done meanwhile shows),
// then on the state before it, and returns the decoded reason.
func (m *Manager) revertReason(ctx context.Context, in *Intent, rcpt *types.Receipt) string {
	if rcpt.GasUsed >= in.GasLimit {
		return fmt.Sprintf("out of gas (used all %d)", rcpt.GasUsed)
	}
	msg := ethereum.CallMsg{From: m.from, To: &in.To, Data: in.Data, Value: in.Value, Gas: in.GasLimit}
	for _, at := range []*big.Int{rcpt.BlockNumber, new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))} {
		cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		_, err := m.backend.CallContract(cctx, msg, at)
		cancel()
		if err == nil {
			continue
		}
		if r := m.asRevert(err); r != nil {
			return r.Reason
		}
	}
	return "no reason the node can replay"
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
			finished, err := m.settle(ctx, c, in, rcpt)
			switch {
			case err != nil:
				return nil, err
			case finished && in.Status == StatusConfirmed:
				return rcpt, nil
			case finished:
				return nil, nil // done elsewhere
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

// settle records a mined attempt and reports whether the intent is
// finished: confirmed, or (a revert) done elsewhere when the chain shows the
// action done, else failed with the decoded reason.
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
		return true, m.reverted(ctx, c, in, rcpt)
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

// reverted ends an intent whose transaction reverted with its confirmations:
// done elsewhere when the chain shows the action done (someone did it first:
// not a failure), else failed, returned as a *RevertError with the reason.
func (m *Manager) reverted(ctx context.Context, c Candidate, in *Intent, rcpt *types.Receipt) error {
	in.Reason = m.revertReason(ctx, in, rcpt)
	done, err := m.doneElsewhere(ctx, c)
	if err != nil {
		return err // the next Send settles it again
	}
	if done {
		m.log.Info("transaction reverted because the action was already done on chain", "key", in.Key, "tx", rcpt.TxHash, "reason", in.Reason)
		return m.doneBySomeoneElse(ctx, in)
	}
	in.Status = StatusFailed
	if err := m.outbox.Save(ctx, in); err != nil {
		return fmt.Errorf("txmgr: store failed intent %q: %w", in.Key, err)
	}
	return fmt.Errorf("txmgr: intent %q, tx %s in block %d: %w", in.Key, rcpt.TxHash, in.Block, &RevertError{Reason: in.Reason})
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
		switch class {
		case ClassRetry:
			m.log.Warn("broadcast failed; retrying", "key", in.Key, "tx", last.Hash, "err", err)
			if err := sleep(ctx, m.cfg.PollInterval); err != nil {
				return err
			}
		case ClassBump:
			m.log.Info("fees too low for the node; bumping", "key", in.Key, "tx", last.Hash, "err", err)
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

// nonceUsed handles a consumed nonce. Usually one of our attempts is mined
// (a restart's normal recovery: drive then finds it). Otherwise another
// transaction took the nonce, and only when the chain shows the action not
// done does the intent get a fresh nonce.
func (m *Manager) nonceUsed(ctx context.Context, c Candidate, in *Intent) error {
	rcpt, err := m.minedAttempt(ctx, in)
	if err != nil {
		return err
	}
	if rcpt != nil {
		m.log.Info("already mined", "key", in.Key, "nonce", in.Nonce, "tx", rcpt.TxHash, "block", rcpt.BlockNumber)
		return nil
	}
	cctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	latest, err := m.backend.NonceAt(cctx, m.from, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("txmgr: read nonce after %q was refused: %w", in.Key, err)
	}
	if latest <= in.Nonce {
		// Consumed only in the pool (a pending replacement of ours is in flight): keep waiting.
		m.log.Info("nonce taken in the pool, not yet on chain; waiting", "key", in.Key, "nonce", in.Nonce)
		return nil
	}
	done, err := m.doneElsewhere(ctx, c)
	if err != nil {
		return err
	}
	if done {
		m.log.Warn("nonce consumed by a transaction not ours, and the action is done on chain", "key", in.Key, "nonce", in.Nonce)
		return m.doneBySomeoneElse(ctx, in)
	}
	if err := m.syncNonce(ctx); err != nil {
		return err
	}
	tip, feeCap, err := m.marketFees(ctx)
	if err != nil {
		return err
	}
	old := in.Nonce
	m.mu.Lock()
	err = m.resignLocked(ctx, in, tip, feeCap)
	m.mu.Unlock()
	if err != nil {
		return fmt.Errorf("txmgr: re-sign %q on a new nonce: %w", in.Key, err)
	}
	m.log.Warn("nonce consumed by a transaction not ours; action not done, re-signed on a new nonce", "key", in.Key, "old", old, "nonce", in.Nonce)
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

// keyLocks serialises Sends of one key in a process: the second waits for the
// first and then finds its intent (confirmed, or open to resume). Across
// processes the outbox's insert-if-absent does the same.
type keyLocks struct {
	mu sync.Mutex
	m  map[string]*keyLock
}

type keyLock struct {
	sem  chan struct{}
	refs int
}

func (k *keyLocks) lock(ctx context.Context, key string) (func(), error) {
	k.mu.Lock()
	l := k.m[key]
	if l == nil {
		l = &keyLock{sem: make(chan struct{}, 1)}
		k.m[key] = l
	}
	l.refs++
	k.mu.Unlock()
	release := func() {
		k.mu.Lock()
		if l.refs--; l.refs == 0 {
			delete(k.m, key)
		}
		k.mu.Unlock()
	}
	select {
	case l.sem <- struct{}{}:
		return func() { <-l.sem; release() }, nil
	case <-ctx.Done():
		release()
		return nil, ctx.Err()
	}
}
