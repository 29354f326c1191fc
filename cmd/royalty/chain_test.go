package main

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/lib/pq"
)

var tokenABI = ownershiptoken.NewOwnershipToken()

// chain is an anvil node with the contracts deployed and a deployment file.
type chain struct {
	t      *testing.T
	ctx    context.Context
	node   *anviltest.Node
	ec     *ethclient.Client
	d      deploy.Deployment
	file   string
	tok    *bind.BoundContract
	id     *big.Int
	nextCf uint64
}

func newChain(t *testing.T) *chain {
	t.Helper()
	ctx := context.Background()
	n := anviltest.Start(t, anviltest.Options{ChainID: 31337, Timestamp: 1_900_000_000})
	ec := ethclient.NewClient(n.RPC)
	id := new(big.Int).SetUint64(n.ChainID)
	d, err := deploy.All(ctx, ec, bind.NewKeyedTransactor(anviltest.Key(0), id), deploy.Config{DisputeWindow: 3600, SingleKeyDev: true})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "deployment.json")
	if err := deploy.Save(file, d); err != nil {
		t.Fatal(err)
	}
	return &chain{t: t, ctx: ctx, node: n, ec: ec, d: d, file: file, tok: tokenABI.Instance(ec, d.OwnershipToken), id: id}
}

func addr(i int) common.Address { return crypto.PubkeyToAddress(anviltest.Key(i).PublicKey) }

func (c *chain) key(i int) *ecdsa.PrivateKey { return anviltest.Key(i) }

func (c *chain) send(from int, data []byte) {
	c.t.Helper()
	ch := deploy.Chain{Backend: c.ec, Auth: bind.NewKeyedTransactor(c.key(from), c.id)}
	if _, err := ch.Transact(c.ctx, "call", c.tok, data); err != nil {
		c.t.Fatal(err)
	}
}

type call struct {
	from int
	data []byte
}

// oneBlock mines calls into a single block with the given timestamp (0: anvil's).
func (c *chain) oneBlock(ts uint64, calls ...call) {
	c.t.Helper()
	if err := c.node.SetAutomine(c.ctx, false); err != nil {
		c.t.Fatal(err)
	}
	nonces := map[int]uint64{}
	for _, cl := range calls {
		n, ok := nonces[cl.from]
		if !ok {
			var err error
			if n, err = c.ec.PendingNonceAt(c.ctx, addr(cl.from)); err != nil {
				c.t.Fatal(err)
			}
		}
		opts := bind.NewKeyedTransactor(c.key(cl.from), c.id)
		opts.Nonce, opts.GasLimit = new(big.Int).SetUint64(n), 3_000_000
		if _, err := bind.Transact(c.tok, opts, cl.data); err != nil {
			c.t.Fatal(err)
		}
		nonces[cl.from] = n + 1
	}
	var err error
	if ts > 0 {
		err = c.node.MineAt(c.ctx, ts)
	} else {
		err = c.node.Mine(c.ctx, 1)
	}
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.node.SetAutomine(c.ctx, true); err != nil {
		c.t.Fatal(err)
	}
}

func (c *chain) registerCall(holder int, units uint64) call {
	c.nextCf++
	var asset [32]byte
	copy(asset[:], fmt.Sprintf("asset-%d", c.nextCf))
	return call{0, tokenABI.PackRegisterContribution(big.NewInt(1), asset, 0, addr(holder), crypto.Keccak256Hash(asset[:]), addr(holder), new(big.Int).SetUint64(units))}
}

func transferCall(from, to int, id, v uint64) call {
	return call{from, tokenABI.PackSafeTransferFrom(addr(from), addr(to), new(big.Int).SetUint64(id), new(big.Int).SetUint64(v), nil)}
}

func batchCall(from, to int, ids, vs []uint64) call {
	b := func(xs []uint64) []*big.Int {
		out := make([]*big.Int, len(xs))
		for i, x := range xs {
			out[i] = new(big.Int).SetUint64(x)
		}
		return out
	}
	return call{from, tokenABI.PackSafeBatchTransferFrom(addr(from), addr(to), b(ids), b(vs), nil)}
}

// dbFor returns a fresh DSN of a backend ("sqlite" or "postgres").
func dbFor(t *testing.T, backend string) string {
	t.Helper()
	if backend == "sqlite" {
		return "sqlite:" + filepath.Join(t.TempDir(), "royalty.db")
	}
	admin := os.Getenv("ROYALTY_TEST_PG_DSN")
	if admin == "" {
		admin = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("postgres: %v (run scripts/test.sh)", err)
	}
	defer db.Close()
	name := fmt.Sprintf("royalty_cmd_%d", time.Now().UnixNano())
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v (run scripts/test.sh)", err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("postgres", admin); err == nil {
			_, _ = db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			db.Close()
		}
	})
	i := strings.LastIndex(admin, "/")
	q := ""
	if j := strings.Index(admin[i:], "?"); j >= 0 {
		q = admin[i+j:]
	}
	return admin[:i+1] + name + q
}

// buildBinary is the royalty command, built once per test run.
func buildBinary(t *testing.T) string { return royaltyBinary(t) }

type bigIntT = big.Int

func bigInt(v int64) *big.Int { return big.NewInt(v) }
