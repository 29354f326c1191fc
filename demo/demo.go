// Package demo runs the whole job on the embedded defaults: an in-process
// go-ethereum chain (served to the indexer over loopback HTTP, as a real node
// would be), a SQLite file, the real contracts, indexer, engine, relayer and
// audit. It reproduces the worked example (docs/overview.md) and prints the statements and
// an audit verdict.
package demo

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

// Windows of the demo's chain: a root waits an hour, a reserve a week.
const (
	RootWindow    = 3600
	ReserveWindow = 7 * 24 * 3600
)

// Options for a run.
type Options struct {
	Dir string       // where the SQLite file goes
	Out io.Writer    // the report
	Log *slog.Logger // progress; nil: silent
}

// Result is what a run established, for tests.
type Result struct {
	LineItem  engine.LineItem
	Epochs    []*pipeline.Closed
	Verdicts  []pipeline.Verdict
	Receipts  []*pipeline.Receipt // `royalty receipt N` of each epoch, after its relay
	Balances  map[string]uint64   // on-chain token balances after the claims, by party name
	Deposited uint64
}

// party is one demo account with a deterministic key (public: demo only).
type party struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newParty(name string) party {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("royalty demo key: " + name)))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability; fixed inputs
	}
	return party{name: name, key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// chain is the simulated chain with a block producer and an HTTP endpoint.
type chain struct {
	sim    *simulated.Backend
	client simulated.Client
	url    string
	mu     sync.Mutex // serialises Commit and AdjustTime
	stop   chan struct{}
	done   chan struct{}
}

func startChain(alloc types.GenesisAlloc) (*chain, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	sim := simulated.NewBackend(alloc, func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	})
	c := &chain{sim: sim, client: sim.Client(), url: fmt.Sprintf("http://127.0.0.1:%d", port),
		stop: make(chan struct{}), done: make(chan struct{})}
	go func() { // a block every 50 ms, like a dev node's automine
		defer close(c.done)
		tk := time.NewTicker(50 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-c.stop:
				return
			case <-tk.C:
				c.mu.Lock()
				sim.Commit()
				c.mu.Unlock()
			}
		}
	}()
	return c, nil
}

func (c *chain) close() {
	close(c.stop)
	<-c.done
	c.sim.Close()
}

// advance moves chain time forward and seals a block.
func (c *chain) advance(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.sim.AdjustTime(d); err != nil {
		return err
	}
	c.sim.Commit()
	return nil
}

func (c *chain) head(ctx context.Context) (uint64, error) {
	h, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// Run performs the demo and writes its report to o.Out.
func Run(ctx context.Context, o Options) (*Result, error) {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	operator, consumer := newParty("operator"), newParty("AI builder")
	patient, lin, validator := newParty("patient"), newParty("Dr. Lin"), newParty("validator")
	treasury, developer, meter := newParty("treasury"), newParty("task developer"), newParty("meter")
	eth := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	alloc := types.GenesisAlloc{}
	for _, p := range []party{operator, consumer, patient, lin, validator} {
		alloc[p.addr] = types.Account{Balance: eth}
	}
	ch, err := startChain(alloc)
	if err != nil {
		return nil, fmt.Errorf("start the in-process chain: %w", err)
	}
	defer ch.close()
	chainID, err := ch.client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	sendAs := func(p party) deploy.Chain {
		return deploy.Chain{Backend: ch.client, Auth: bind.NewKeyedTransactor(p.key, chainID), Poll: 20 * time.Millisecond}
	}
	res := &Result{Balances: map[string]uint64{}}

	o.Log.Info("deploying the contracts")
	usdc, err := deploy.TestToken(ctx, sendAs(operator), "Demo USDC", "dUSDC")
	if err != nil {
		return nil, err
	}
	dep, err := deploy.All(ctx, ch.client, sendAs(operator).Auth, deploy.Config{DisputeWindow: RootWindow, SingleKeyDev: true, Assets: []common.Address{usdc}, Poll: 20 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	parties := example.Parties{Patient: patient.addr, DrLin: lin.addr, Validator: validator.addr,
		Treasury: treasury.addr, Developer: developer.addr, Meter: meter.addr}
	if err := example.Seed(ctx, sendAs(operator), dep, usdc, parties, ReserveWindow); err != nil {
		return nil, err
	}
	const deposit = 2_000_000
	if err := depositRevenue(ctx, sendAs(consumer), dep, usdc, deposit); err != nil {
		return nil, err
	}
	res.Deposited = deposit

	st, err := store.Open(ctx, filepath.Join(o.Dir, "royalty.db"))
	if err != nil {
		return nil, err
	}
	defer st.Close()
	index := func() error {
		pool, err := ethrpc.DialPool(ctx, ethrpc.Config{}, []string{ch.url})
		if err != nil {
			return err
		}
		ix, err := indexer.New(indexer.Config{ChainID: dep.ChainID, StartBlock: dep.StartBlock, ExitAtHead: true,
			Contracts: indexer.ContractsOf(dep), Logger: o.Log},
			indexer.PoolSource{Pool: pool}, st)
		if err != nil {
			return err
		}
		return ix.Run(ctx)
	}

	// The access gateway meters 1,000 requests of the dataset version and its
	// meter signs the event (EIP-712); intake verifies and stores it.
	evTime, err := ch.head(ctx)
	if err != nil {
		return nil, err
	}
	evTime++
	signed := usage.SignedEvent{ID: "demo-event-1", Consumer: consumer.addr, PaymentAccount: consumer.addr,
		DatasetID: *uint256.NewInt(example.DatasetID), DatasetVersion: example.Version, Quantity: *uint256.NewInt(1000),
		Unit: "requests", Timestamp: evTime, PolicyRule: "research-license-7", ValuationVersion: 1, Mode: engine.ModeStandard}
	domain := usage.Domain{ChainID: dep.ChainID, VerifyingContract: dep.GovernanceConfig}
	if err := signed.Sign(meter.key, domain); err != nil {
		return nil, err
	}
	outcome, err := intake.New(st, domain).SubmitEvent(ctx, &signed)
	if err != nil {
		return nil, err
	}
	if outcome.Status != intake.Accepted {
		return nil, fmt.Errorf("intake refused the demo event: %+v", outcome)
	}
	fmt.Fprintf(o.Out, "Usage event %s signed by meter %s, verified and stored.\n\n", signed.ID, meter.addr.Hex())
	ev := signed.Event()
	if err := ch.advance(10 * time.Second); err != nil {
		return nil, err
	}
	o.Log.Info("indexing")
	if err := index(); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	pricer := &pipeline.Pricer{Store: st, Dep: dep}
	sum, err := pricer.PriceAll(ctx)
	if err != nil {
		return nil, err
	}
	if sum.Priced != 1 {
		return nil, fmt.Errorf("the demo event was not priced: %+v", sum.Pending)
	}
	row, err := st.LineItem(ctx, ev.ID)
	if err != nil {
		return nil, err
	}
	in, err := engine.DecodeBundle(strings.NewReader(string(row.Bundle)))
	if err != nil {
		return nil, err
	}
	if res.LineItem, err = engine.ComputeLineItem(in); err != nil {
		return nil, err
	}
	tok, err := relayer.ReadToken(ctx, ch.client, usdc)
	if err != nil {
		return nil, err
	}
	printLineItem(o.Out, tok, &res.LineItem, in)

	cfg := relayer.DefaultConfig()
	cfg.Tx.Confirmations, cfg.Tx.PollInterval, cfg.Poll = 2, 20*time.Millisecond, 20*time.Millisecond
	epochs := &pipeline.Epochs{Store: st, Dep: dep}
	names := map[common.Address]string{}
	for _, p := range []party{consumer, patient, lin, validator, treasury, developer} {
		names[p.addr] = p.name
	}

	// The operator's `royalty relay --epoch N` and each holder's `royalty
	// claim`, through the same functions the commands call.
	relay := func(epoch uint64) (relayer.Progress, error) {
		return epochs.Relay(ctx, ch.client, operator.key, pipeline.RelayRequest{Epoch: epoch, Config: cfg, Log: o.Log})
	}
	payEpoch := func(end uint64, claimers []party) error {
		closed, err := epochs.Close(ctx, end)
		if err != nil {
			return err
		}
		res.Epochs = append(res.Epochs, closed)
		o.Log.Info("relaying", "epoch", closed.Payout.Epoch)
		prog, err := relay(closed.Payout.Epoch)
		if err != nil {
			return err
		}
		if prog.Stage != relayer.StageActivated {
			if err := ch.advance(RootWindow * time.Second); err != nil {
				return err
			}
			if prog, err = relay(closed.Payout.Epoch); err != nil {
				return err
			}
		}
		tree, err := merkle.Load(closed.Row.Tree)
		if err != nil {
			return err
		}
		for _, p := range claimers {
			if err := claim(ctx, ch.client, tree, p); err != nil {
				return fmt.Errorf("%s claims: %w", p.name, err)
			}
		}
		rc, err := epochs.Receipt(ctx, closed.Payout.Epoch)
		if err != nil {
			return err
		}
		res.Receipts = append(res.Receipts, rc)
		printEpoch(o.Out, tok, closed, names, prog)
		return nil
	}
	holders := []party{patient, lin, validator}
	if err := payEpoch(evTime+1, holders); err != nil {
		return nil, fmt.Errorf("epoch 1: %w", err)
	}
	// A week later the event's dispute window is over: its reserve is released.
	if err := ch.advance(ReserveWindow * time.Second); err != nil {
		return nil, err
	}
	if err := ch.advance(time.Second); err != nil {
		return nil, err
	}
	if err := index(); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	// Close at what the indexer has made final (the chain keeps producing blocks meanwhile).
	_, final, err := st.Checkpoint(ctx, dep.ChainID)
	if err != nil {
		return nil, err
	}
	if err := payEpoch(final.Time, holders); err != nil {
		return nil, fmt.Errorf("epoch 2: %w", err)
	}
	if err := index(); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}

	fmt.Fprintf(o.Out, "\nOn-chain balances of %s after the claims:\n", tok.Symbol)
	tw := tabwriter.NewWriter(o.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  holder\tbalance\tbase units")
	for _, p := range holders {
		b, err := balanceOf(ctx, ch.client, usdc, p.addr)
		if err != nil {
			return nil, err
		}
		res.Balances[p.name] = b
		fmt.Fprintf(tw, "  %s\t%s\t%d\n", p.name, tok.Format(new(big.Int).SetUint64(b)), b)
	}
	tw.Flush()

	fmt.Fprintln(o.Out, "\nAudit (recomputed from events, ownership and valuation, against the store and the chain):")
	for k := range res.Epochs {
		v, err := epochs.Audit(ctx, uint64(k+1), ch.client)
		if err != nil {
			return nil, err
		}
		res.Verdicts = append(res.Verdicts, v)
	}
	if n := len(res.Verdicts); n > 0 { // the last audit covers every epoch before it
		if err := res.Verdicts[n-1].WriteTable(o.Out); err != nil {
			return nil, err
		}
	}
	verdict := "PASS"
	for _, v := range res.Verdicts {
		if !v.OK {
			verdict = "FAIL"
		}
	}
	fmt.Fprintf(o.Out, "\nAudit verdict: %s\n", verdict)
	if verdict != "PASS" {
		return res, errors.New("the audit failed")
	}
	return res, nil
}

func depositRevenue(ctx context.Context, c deploy.Chain, dep deploy.Deployment, token common.Address, amount int64) error {
	tok, v := testtoken.NewTestToken(), revenuevault.NewRevenueVault()
	who := c.Auth.From
	if _, err := c.Transact(ctx, "mint", tok.Instance(c.Backend, token), tok.PackMint(who, big.NewInt(amount))); err != nil {
		return err
	}
	if _, err := c.Transact(ctx, "approve", tok.Instance(c.Backend, token), tok.PackApprove(dep.RevenueVault, big.NewInt(amount))); err != nil {
		return err
	}
	_, err := c.Transact(ctx, "deposit", v.Instance(c.Backend, dep.RevenueVault), v.PackDeposit(who, token, big.NewInt(amount)))
	return err
}

// claim is the holder's `royalty claim`; nothing left to claim is no error.
func claim(ctx context.Context, chain relayer.ClaimChain, tree *merkle.Tree, p party) error {
	proofs, err := relayer.ProofsFor(tree, p.addr)
	if err != nil {
		return err
	}
	_, err = relayer.Claim(ctx, chain, p.key, proofs, 20*time.Millisecond)
	if errors.Is(err, relayer.ErrNothingToClaim) {
		return nil
	}
	return err
}

func balanceOf(ctx context.Context, b bind.ContractBackend, token, who common.Address) (uint64, error) {
	tok := testtoken.NewTestToken()
	v, err := bind.Call(tok.Instance(b, token), &bind.CallOpts{Context: ctx}, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// atto words an amount of 10^-18 base units in the token's units.
func atto(t relayer.Token, s string) string {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return s
	}
	t.Decimals += 18
	return t.Format(v)
}

func base(t relayer.Token, s string) string {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return s
	}
	return t.Format(v)
}

func printLineItem(w io.Writer, tok relayer.Token, li *engine.LineItem, in *engine.Input) {
	fmt.Fprintf(w, "Line item for event %s: %s %s of dataset %s version %d at %d\n", li.EventID,
		in.Event.Quantity.Dec(), in.Event.Unit, li.DatasetID.Dec(), li.DatasetVersion, li.Timestamp)
	fmt.Fprintf(w, "  valuation v%d, policy v%d, snapshot %s (block %d)\n  line-item hash %s\n\n",
		li.ValuationVersion, li.PolicyVersion, li.SnapshotHash, in.Snapshot.Block, li.Hash)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  step\tamount\tbase units")
	row := func(name string, v *uint256.Int) {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", name, tok.Format(v.ToBig()), v.Dec())
	}
	row("gross", &li.Gross)
	row("reserve (dispute hold)", &li.Reserve)
	row("net", &li.Net)
	row("protocol treasury", &li.Protocol)
	row("task developers", &li.Developers)
	row("knowledge contributor pool", &li.Pool)
	row("consumer margin (AI builder)", &li.ConsumerMargin)
	for _, a := range li.Allocations {
		if a.Kind == engine.KindPool {
			amt := new(uint256.Int).Div(&a.AmountAtto, uint256.NewInt(engine.AttoPerUnit))
			row(fmt.Sprintf("pool → CF %s (%s units)", a.CfID.Dec(), a.Units.Dec()), amt)
		}
	}
	tw.Flush()
}

func printEpoch(w io.Writer, tok relayer.Token, c *pipeline.Closed, names map[common.Address]string, prog relayer.Progress) {
	s := c.Statements
	fmt.Fprintf(w, "\nEpoch %d [%d, %d): %d line item(s), statements hash %s\n", s.Epoch, s.Start, s.End, c.LineItems, s.Hash)
	fmt.Fprintf(w, "  payout root %s, receipt root %s\n", c.Payout.Root, c.Payout.ReceiptRoot)
	for _, f := range c.Payout.Fundings {
		fmt.Fprintf(w, "  funded from the vault: %s for %s\n", tok.Format(f.Amount), names[f.Consumer])
	}
	for _, tx := range prog.Txs {
		fmt.Fprintf(w, "  tx %-8s %s block %d gas %d\n", tx.Action, tx.Hash, tx.Block, tx.GasUsed)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  recipient\tsettled this epoch\treleased this epoch\tcumulative entitlement")
	for _, r := range s.Recipients {
		for _, l := range r.Lines {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", names[common.HexToAddress(r.Account)], atto(tok, l.SettledAtto), atto(tok, l.ReleasedAtto), base(tok, l.Cumulative))
		}
	}
	tw.Flush()
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  consumer\towed this epoch\tsettled this epoch\toutstanding")
	for _, cs := range s.Consumers {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", names[common.HexToAddress(cs.Consumer)], atto(tok, cs.OwedAtto), atto(tok, cs.SettledAtto), atto(tok, cs.OutstandingAtto))
	}
	tw.Flush()
}
