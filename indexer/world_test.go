package indexer_test

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/store"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	_ "github.com/lib/pq"
)

var tokenABI = ownershiptoken.NewOwnershipToken()

// backend is what the tests need of a node client (ethclient or simulated).
type backend interface {
	deploy.Backend
	ethereum.ChainStateReader
	ethereum.BlockNumberReader
}

// world is a deployed set of contracts on a real chain (simulated or anvil)
// and the accounts that act on it.
type world struct {
	t       testing.TB
	ctx     context.Context
	backend backend
	rpc     *rpc.Client
	keys    []*ecdsa.PrivateKey
	chainID *big.Int
	commit  func() // simulated backend only
	sim     *simulated.Backend
	node    *anviltest.Node
	d       deploy.Deployment
	tok     *bind.BoundContract
	nextCf  uint64
	busy    uint64 // the block busyBlock mined
}

func (w *world) addr(i int) common.Address { return crypto.PubkeyToAddress(w.keys[i].PublicKey) }

func (w *world) as(i int) deploy.Chain {
	return deploy.Chain{Backend: w.backend, Auth: bind.NewKeyedTransactor(w.keys[i], w.chainID), Commit: w.commit}
}

func (w *world) deploy() {
	w.t.Helper()
	d, err := deploy.All(w.ctx, w.backend, bind.NewKeyedTransactor(w.keys[0], w.chainID), deploy.Config{DisputeWindow: 3600, SingleKeyDev: true, Commit: w.commit})
	if err != nil {
		w.t.Fatal(err)
	}
	w.d = d
	w.tok = tokenABI.Instance(w.backend, d.OwnershipToken)
}

func newSimWorld(t *testing.T) *world {
	alloc := types.GenesisAlloc{}
	var keys []*ecdsa.PrivateKey
	for i := 0; i < 5; i++ {
		k := anviltest.Key(i)
		keys = append(keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { sim.Close() })
	c := sim.Client()
	// The simulated client is a struct embedding *ethclient.Client, whose
	// Client() the field name shadows: reach it by reflection.
	v := reflect.ValueOf(c)
	if v.Kind() != reflect.Struct || v.NumField() == 0 {
		t.Fatalf("simulated client %T: no embedded ethclient", c)
	}
	ec, ok := v.Field(0).Interface().(*ethclient.Client)
	if !ok {
		t.Fatalf("simulated client %T: no embedded ethclient", c)
	}
	rc := ec
	id, err := c.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, ctx: context.Background(), backend: c, rpc: rc.Client(), keys: keys, chainID: id,
		commit: func() { sim.Commit() }, sim: sim}
	w.deploy()
	return w
}

func newAnvilWorld(t *testing.T, o anviltest.Options) *world { return newAnvilWorldTB(t, o) }

func newAnvilWorldTB(t testing.TB, o anviltest.Options) *world {
	n := anviltest.Start(t, o)
	c := ethclient.NewClient(n.RPC)
	var keys []*ecdsa.PrivateKey
	for i := 0; i < 5; i++ {
		keys = append(keys, anviltest.Key(i))
	}
	w := &world{t: t, ctx: context.Background(), backend: c, rpc: n.RPC, keys: keys,
		chainID: new(big.Int).SetUint64(n.ChainID), node: n}
	w.deploy()
	return w
}

func bigs(vs []uint64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = new(big.Int).SetUint64(v)
	}
	return out
}

// register mints a new CF (dataset 1) to holder and returns its id.
func (w *world) register(holder int, units uint64) uint64 {
	w.t.Helper()
	w.nextCf++
	var asset [32]byte
	copy(asset[:], fmt.Sprintf("asset-%d", w.nextCf))
	data := tokenABI.PackRegisterContribution(big.NewInt(1), asset, 0, w.addr(holder), crypto.Keccak256Hash(asset[:]), w.addr(holder), new(big.Int).SetUint64(units))
	if _, err := w.as(0).Transact(w.ctx, "register", w.tok, data); err != nil {
		w.t.Fatal(err)
	}
	return w.nextCf
}

func (w *world) transfer(from, to int, id, value uint64) {
	w.t.Helper()
	data := tokenABI.PackSafeTransferFrom(w.addr(from), w.addr(to), new(big.Int).SetUint64(id), new(big.Int).SetUint64(value), nil)
	if _, err := w.as(from).Transact(w.ctx, "transfer", w.tok, data); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) batch(from, to int, ids, values []uint64) {
	w.t.Helper()
	data := tokenABI.PackSafeBatchTransferFrom(w.addr(from), w.addr(to), bigs(ids), bigs(values), nil)
	if _, err := w.as(from).Transact(w.ctx, "batch transfer", w.tok, data); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) publish(version uint64, ids []uint64) {
	w.t.Helper()
	data := tokenABI.PackPublishVersion(big.NewInt(1), version, bigs(ids), crypto.Keccak256Hash([]byte("manifest")))
	if _, err := w.as(0).Transact(w.ctx, "publish", w.tok, data); err != nil {
		w.t.Fatal(err)
	}
}

// rawTx signs a call without sending it (for anvil_reorg), at a fixed nonce.
func (w *world) rawTx(from int, nonce uint64, data []byte) []byte {
	w.t.Helper()
	opts := bind.NewKeyedTransactor(w.keys[from], w.chainID)
	opts.NoSend = true
	opts.Nonce = new(big.Int).SetUint64(nonce)
	opts.GasLimit = 500_000
	opts.GasPrice = big.NewInt(50_000_000_000)
	tx, err := bind.Transact(w.tok, opts, data)
	if err != nil {
		w.t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		w.t.Fatal(err)
	}
	return raw
}

func (w *world) head() uint64 {
	w.t.Helper()
	n, err := w.backend.BlockNumber(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

func (w *world) mine(n int) {
	w.t.Helper()
	for i := 0; i < n; i++ {
		if w.sim != nil {
			w.sim.Commit()
		} else if err := w.node.Mine(w.ctx, 1); err != nil {
			w.t.Fatal(err)
		}
	}
}

func (w *world) contracts() indexer.Contracts {
	return indexer.ContractsOf(w.d)
}

func (w *world) config(conf uint64) indexer.Config {
	return indexer.Config{ChainID: w.chainID.Uint64(), Contracts: w.contracts(), StartBlock: w.d.StartBlock,
		Confirmations: conf, RangeSize: 7, TipRange: 3, PollInterval: 10 * time.Millisecond, RetryInterval: 10 * time.Millisecond}
}

// source is an indexer Source straight on the world's rpc client.
func (w *world) source() indexer.Source {
	e, err := ethrpc.Wrap(w.rpc, ethrpc.Config{RatePerSec: 10000, Burst: 1000})
	if err != nil {
		w.t.Fatal(err)
	}
	return indexer.Single{Chain: e}
}

// sync runs cycles until the indexer reports it is at the head.
func sync(t testing.TB, ix *indexer.Indexer) error {
	t.Helper()
	for i := 0; i < 10000; i++ {
		atHead, err := ix.Cycle(context.Background())
		if err != nil {
			return err
		}
		if atHead {
			return nil
		}
	}
	return errors.New("not at head after 10000 cycles")
}

func mustSync(t testing.TB, ix *indexer.Indexer) {
	t.Helper()
	if err := sync(t, ix); err != nil {
		t.Fatal(err)
	}
}

func newIndexer(t testing.TB, cfg indexer.Config, src indexer.Source, st *store.Store) *indexer.Indexer {
	t.Helper()
	ix, err := indexer.New(cfg, src, st)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// backends are the two databases every storage test runs on.
var backends = []string{"sqlite", "postgres"}

// openStore opens a fresh, empty store of the named backend, removed at cleanup.
func openStore(t testing.TB, backend string) *store.Store {
	t.Helper()
	ctx := context.Background()
	var dsn string
	switch backend {
	case "sqlite":
		dsn = "sqlite:" + filepath.Join(t.TempDir(), "royalty.db")
	case "postgres":
		dsn = newPGDatabase(t)
	default:
		t.Fatalf("unknown backend %q", backend)
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newPGDatabase creates a database on the test PostgreSQL
// (ROYALTY_TEST_PG_DSN, else the local default) and drops it at cleanup. A
// missing PostgreSQL fails the test: scripts/test.sh provides one.
func newPGDatabase(t testing.TB) string {
	t.Helper()
	admin := os.Getenv("ROYALTY_TEST_PG_DSN")
	if admin == "" {
		admin = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("postgres %s: %v (run scripts/test.sh)", admin, err)
	}
	defer db.Close()
	name := fmt.Sprintf("royalty_ix_%d", time.Now().UnixNano())
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database on %s: %v (run scripts/test.sh)", admin, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", admin)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	i := strings.LastIndex(admin, "/")
	q := ""
	if j := strings.Index(admin[i:], "?"); j >= 0 {
		q = admin[i+j:]
	}
	return admin[:i+1] + name + q
}

func contentHash(t testing.TB, st *store.Store) common.Hash {
	t.Helper()
	h, err := st.ContentHash(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// freshHash indexes the world's current chain from scratch into a new
// store and returns its content hash: the canonical state to converge to.
func (w *world) freshHash(backend string, conf uint64) common.Hash {
	w.t.Helper()
	st := openStore(w.t, backend)
	mustSync(w.t, newIndexer(w.t, w.config(conf), w.source(), st))
	return contentHash(w.t, st)
}
