// Command benchindexer builds one anvil chain of ERC-1155 TransferSingle
// logs (one registration, then blocks of transfers, then empty blocks) and,
// on the same blocks, times: fetching alone (the indexer's fetcher with its
// default adaptive ranges, decoding, no writes), `royalty index` with
// default flags into SQLite and into PostgreSQL, and Ponder (PGlite and
// PostgreSQL) when its directory is given. Rounds alternate the order;
// the medians, the ratios to fetching alone and each contender's peak RSS
// are printed as a markdown table, after checking that every contender
// stored the same transfer rows. Run it with scripts/bench-indexer.sh.
package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	_ "github.com/lib/pq"
	_ "modernc.org/sqlite"

	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
)

type options struct {
	logs, perBlock, empty, rounds int
	pgAdmin, ponderDir, royalty   string
	ponderTimeout                 time.Duration
}

func main() {
	var o options
	flag.IntVar(&o.logs, "logs", 100_000, "transfer logs to make")
	flag.IntVar(&o.perBlock, "per-block", 2000, "transfers per block")
	flag.IntVar(&o.empty, "empty", 80, "empty blocks mined after the transfers (anvil finalizes head − 64, and Ponder indexes history up to the finalized block)")
	flag.IntVar(&o.rounds, "rounds", 3, "rounds; the order of contenders alternates")
	flag.StringVar(&o.pgAdmin, "pg", os.Getenv("ROYALTY_TEST_PG_DSN"), "PostgreSQL admin DSN (a database per run is created and dropped)")
	flag.StringVar(&o.ponderDir, "ponder", "", "directory with ponder installed (node_modules/.bin/ponder); empty: skip Ponder")
	flag.StringVar(&o.royalty, "royalty", "", "the royalty binary")
	flag.DurationVar(&o.ponderTimeout, "ponder-timeout", 10*time.Minute, "give up on one Ponder run after this long")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "benchindexer:", err)
		os.Exit(1)
	}
}

type result struct {
	wall   time.Duration
	rssKB  int64
	digest string
	rows   int
}

func run(o options) error {
	ctx := context.Background()
	node, err := startAnvil()
	if err != nil {
		return err
	}
	defer node.Process.Kill()
	url := node.url
	tmp, err := os.MkdirTemp("", "benchindexer")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	t0 := time.Now()
	d, err := makeChain(ctx, url, o)
	if err != nil {
		return err
	}
	depFile := filepath.Join(tmp, "deployment.json")
	if err := deploy.Save(depFile, d); err != nil {
		return err
	}
	ec, _ := ethclient.Dial(url)
	head, _ := ec.BlockNumber(ctx)
	fmt.Fprintf(os.Stderr, "chain: %d transfers in blocks of %d, then %d empty blocks; head %d; made in %v\n",
		o.logs, o.perBlock, o.empty, head, time.Since(t0).Round(time.Millisecond))

	type contender struct {
		name string
		run  func(i int) (result, error)
	}
	cs := []contender{
		{"fetch only (headers, eth_getLogs, checks, decode; no writes)", func(int) (result, error) { return fetchOnly(ctx, url, d) }},
		{"royalty index, SQLite, default flags", func(i int) (result, error) {
			dsn := "sqlite:" + filepath.Join(tmp, fmt.Sprintf("r%d.db", i))
			return royaltyRun(o.royalty, url, depFile, dsn)
		}},
	}
	if o.pgAdmin != "" {
		cs = append(cs, contender{"royalty index, PostgreSQL, default flags", func(i int) (result, error) {
			dsn, drop, err := newDatabase(o.pgAdmin, fmt.Sprintf("bench_royalty_%d_%d", os.Getpid(), i))
			if err != nil {
				return result{}, err
			}
			defer drop()
			return royaltyRun(o.royalty, url, depFile, dsn)
		}})
	}
	if o.ponderDir != "" {
		cs = append(cs, contender{"Ponder 0.16, PGlite", func(i int) (result, error) {
			return ponderRun(o, url, d, filepath.Join(tmp, fmt.Sprintf("pglite%d", i)), "")
		}})
		if o.pgAdmin != "" {
			cs = append(cs, contender{"Ponder 0.16, PostgreSQL", func(i int) (result, error) {
				dsn, drop, err := newDatabase(o.pgAdmin, fmt.Sprintf("bench_ponder_%d_%d", os.Getpid(), i))
				if err != nil {
					return result{}, err
				}
				defer drop()
				return ponderRun(o, url, d, "", dsn)
			}})
		}
	}
	res := make([][]result, len(cs))
	for r := 0; r < o.rounds; r++ {
		order := make([]int, len(cs))
		for i := range order {
			order[i] = i
		}
		if r%2 == 1 {
			sort.Sort(sort.Reverse(sort.IntSlice(order)))
		}
		for _, i := range order {
			x, err := cs[i].run(r)
			if err != nil {
				return fmt.Errorf("%s, round %d: %w", cs[i].name, r+1, err)
			}
			fmt.Fprintf(os.Stderr, "round %d  %-62s %8.2fs  %4d MB  rows %d\n", r+1, cs[i].name, x.wall.Seconds(), x.rssKB/1024, x.rows)
			res[i] = append(res[i], x)
		}
	}
	// Every contender that stores rows must store the same ones.
	var want string
	for i := range cs {
		for _, x := range res[i] {
			if x.digest == "" {
				continue
			}
			if want == "" {
				want = x.digest
			} else if x.digest != want {
				return fmt.Errorf("%s stored other transfer rows (%d rows, digest %s, want %s)", cs[i].name, x.rows, x.digest[:12], want[:12])
			}
		}
	}
	base := median(res[0])
	fmt.Printf("\n%d TransferSingle logs (%d blocks of %d, then %d empty blocks), anvil on this machine; median of %d rounds; rows identical across contenders (sha256 %s…)\n\n",
		o.logs+1, (o.logs+o.perBlock-1)/o.perBlock, o.perBlock, o.empty, o.rounds, want[:12])
	fmt.Println("| contender | wall (median) | ÷ fetch only | peak RSS |")
	fmt.Println("| --- | ---: | ---: | ---: |")
	for i, c := range cs {
		m := median(res[i])
		rss := "—"
		if m.rssKB > 0 {
			rss = fmt.Sprintf("%d MB", maxRSS(res[i])/1024)
		}
		fmt.Printf("| %s | %.2f s | %.2f× | %s |\n", c.name, m.wall.Seconds(), m.wall.Seconds()/base.wall.Seconds(), rss)
	}
	return nil
}

func median(rs []result) result {
	s := append([]result(nil), rs...)
	sort.Slice(s, func(i, j int) bool { return s[i].wall < s[j].wall })
	return s[len(s)/2]
}

func maxRSS(rs []result) int64 {
	var m int64
	for _, r := range rs {
		m = max(m, r.rssKB)
	}
	return m
}

type anvil struct {
	*exec.Cmd
	url string
}

func startAnvil() (*anvil, error) {
	bin, err := anviltest.Binary()
	if err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--chain-id", "31337",
		"--mnemonic", anviltest.DefaultMnemonic, "--gas-limit", "3000000000", "--silent")
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	a := &anvil{cmd, fmt.Sprintf("http://127.0.0.1:%d", port)}
	for i := 0; i < 300; i++ {
		if c, err := rpc.Dial(a.url); err == nil {
			var id hexutil.Uint64
			err = c.Call(&id, "eth_chainId")
			c.Close()
			if err == nil {
				return a, nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	cmd.Process.Kill()
	return nil, errors.New("anvil did not start")
}

// makeChain deploys the contracts, registers one contribution of o.logs
// units and sends o.logs one-unit transfers, o.perBlock per block.
func makeChain(ctx context.Context, url string, o options) (deploy.Deployment, error) {
	c, err := rpc.Dial(url)
	if err != nil {
		return deploy.Deployment{}, err
	}
	defer c.Close()
	ec := ethclient.NewClient(c)
	key := anviltest.Key(0)
	me := crypto.PubkeyToAddress(key.PublicKey)
	chainID := big.NewInt(31337)
	d, err := deploy.All(ctx, ec, bind.NewKeyedTransactor(key, chainID), deploy.Config{DisputeWindow: deploy.MinDisputeWindow, SingleKeyDev: true, Poll: 10 * time.Millisecond})
	if err != nil {
		return d, err
	}
	tok := ownershiptoken.NewOwnershipToken()
	var asset [32]byte
	copy(asset[:], "bench")
	if _, err := (deploy.Chain{Backend: ec, Auth: bind.NewKeyedTransactor(key, chainID), Poll: 10 * time.Millisecond}).Transact(ctx, "register",
		tok.Instance(ec, d.OwnershipToken), tok.PackRegisterContribution(big.NewInt(1), asset, 0, me, crypto.Keccak256Hash(asset[:]), me, big.NewInt(int64(o.logs)))); err != nil {
		return d, err
	}
	if err := c.Call(nil, "evm_setAutomine", false); err != nil {
		return d, err
	}
	nonce, err := ec.PendingNonceAt(ctx, me)
	if err != nil {
		return d, err
	}
	signer := types.LatestSignerForChainID(chainID)
	for sent := 0; sent < o.logs; {
		var reqs []rpc.BatchElem
		for i := 0; i < o.perBlock && sent < o.logs; i++ {
			to := common.BigToAddress(big.NewInt(int64(1000 + sent%997)))
			data := tok.PackSafeTransferFrom(me, to, big.NewInt(1), big.NewInt(1), nil)
			tx, err := types.SignTx(types.NewTx(&types.LegacyTx{Nonce: nonce, To: &d.OwnershipToken, Gas: 90_000,
				GasPrice: big.NewInt(20_000_000_000), Data: data}), signer, key)
			if err != nil {
				return d, err
			}
			raw, _ := tx.MarshalBinary()
			reqs = append(reqs, rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)})
			nonce++
			sent++
		}
		for s := 0; s < len(reqs); s += 250 {
			chunk := reqs[s:min(len(reqs), s+250)]
			if err := c.BatchCall(chunk); err != nil {
				return d, err
			}
			for _, r := range chunk {
				if r.Error != nil {
					return d, r.Error
				}
			}
		}
		if err := c.Call(nil, "evm_mine"); err != nil {
			return d, err
		}
	}
	if err := c.Call(nil, "evm_setAutomine", true); err != nil {
		return d, err
	}
	for i := 0; i < o.empty; i++ {
		if err := c.Call(nil, "evm_mine"); err != nil {
			return d, err
		}
	}
	return d, nil
}

// fetchOnly reads the deployment's blocks up to head − 12 (the indexer's
// default confirmed block) with the indexer's own fetcher and default
// ranges, and decodes every log; nothing is written.
func fetchOnly(ctx context.Context, url string, d deploy.Deployment) (result, error) {
	e, err := ethrpc.Dial(ctx, ethrpc.Config{URL: url})
	if err != nil {
		return result{}, err
	}
	defer e.Close()
	t0 := time.Now()
	head, err := e.HeaderByTag(ctx, rpc.LatestBlockNumber)
	if err != nil {
		return result{}, err
	}
	target := head.Number - 12
	contracts := indexer.ContractsOf(d)
	dec, err := indexer.NewDecoder(d.ChainID, contracts)
	if err != nil {
		return result{}, err
	}
	f := indexer.Fetcher{Addresses: contracts.Addresses()}
	rows := 0
	for from := d.StartBlock; from <= target; {
		r, err := f.Next(ctx, e, from, target)
		if err != nil {
			return result{}, err
		}
		for i := range r.Logs {
			facts, err := dec.Decode(&r.Logs[i], r.Headers[r.Logs[i].BlockNumber-r.From].Time)
			if err != nil {
				return result{}, err
			}
			rows += len(facts)
		}
		from = r.To + 1
	}
	return result{wall: time.Since(t0), rows: rows}, nil
}

func rss(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss
	}
	return 0
}

func royaltyRun(bin, url, depFile, dsn string) (result, error) {
	cmd := exec.Command(bin, "index", "--rpc", url, "--db", dsn, "--deployment", depFile, "--exit-at-head", "--log-level", "warn")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	t0 := time.Now()
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("%v: %s", err, stderr.String())
	}
	r := result{wall: time.Since(t0), rssKB: rss(cmd.ProcessState)}
	driver, src := "postgres", dsn
	if strings.HasPrefix(dsn, "sqlite:") {
		driver, src = "sqlite", strings.TrimPrefix(dsn, "sqlite:")
	}
	db, err := sql.Open(driver, src)
	if err != nil {
		return r, err
	}
	defer db.Close()
	rows, err := db.Query(`SELECT block_number, log_index, from_addr, to_addr, CAST(token_id AS TEXT), CAST(value AS TEXT) FROM transfers`)
	if err != nil {
		return r, err
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var b, li int64
		var from, to []byte
		var id, v string
		if err := rows.Scan(&b, &li, &from, &to, &id, &v); err != nil {
			return r, err
		}
		lines = append(lines, fmt.Sprintf("%d|%d|0x%x|0x%x|%s|%s", b, li, from, to, id, v))
	}
	r.digest, r.rows = digest(lines), len(lines)
	return r, rows.Err()
}

func digest(lines []string) string {
	sort.Strings(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func newDatabase(admin, name string) (string, func(), error) {
	db, err := sql.Open("postgres", admin)
	if err != nil {
		return "", nil, err
	}
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		db.Close()
		return "", nil, err
	}
	drop := func() { _, _ = db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); db.Close() }
	i := strings.LastIndex(admin, "/")
	q := ""
	if j := strings.Index(admin[i:], "?"); j >= 0 {
		q = admin[i+j:]
	}
	return admin[:i+1] + name + q, drop, nil
}

const ponderSchema = `import { onchainTable } from "ponder";
export const transfer = onchainTable("transfer", (t) => ({
  id: t.text().primaryKey(),
  block_number: t.bigint().notNull(),
  log_index: t.integer().notNull(),
  from_addr: t.hex().notNull(),
  to_addr: t.hex().notNull(),
  token_id: t.bigint().notNull(),
  value: t.bigint().notNull(),
}));
`

const ponderIndex = `import { ponder } from "ponder:registry";
import { transfer } from "ponder:schema";
ponder.on("OwnershipToken:TransferSingle", async ({ event, context }) => {
  await context.db.insert(transfer).values({
    id: event.id,
    block_number: event.block.number,
    log_index: event.log.logIndex,
    from_addr: event.args.from,
    to_addr: event.args.to,
    token_id: event.args.id,
    value: event.args.value,
  });
});
`

const ponderConfig = `import { createConfig } from "ponder";
const abi = [{ type: "event", name: "TransferSingle", anonymous: false, inputs: [
  { name: "operator", type: "address", indexed: true },
  { name: "from", type: "address", indexed: true },
  { name: "to", type: "address", indexed: true },
  { name: "id", type: "uint256", indexed: false },
  { name: "value", type: "uint256", indexed: false },
] }] as const;
export default createConfig({
  chains: { anvil: { id: 31337, rpc: process.env.BENCH_RPC, disableCache: true } },
  contracts: { OwnershipToken: { chain: "anvil", abi, address: process.env.BENCH_TOKEN, startBlock: Number(process.env.BENCH_START) } },
  database: process.env.DATABASE_URL
    ? { kind: "postgres", connectionString: process.env.DATABASE_URL }
    : { kind: "pglite", directory: process.env.BENCH_PGLITE },
});
`

// ponderAPI is the API file Ponder 0.16 requires; the benchmark serves nothing.
const ponderAPI = `import { Hono } from "hono";
const app = new Hono();
export default app;
`

// ponderReadPGlite prints the transfer rows of a stopped Ponder's PGlite.
const ponderReadPGlite = `import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create(process.argv[2]);
const r = await db.query('SELECT block_number::text AS b, log_index AS l, from_addr AS f, to_addr AS t, token_id::text AS i, value::text AS v FROM "' + process.argv[3] + '".transfer');
for (const x of r.rows) console.log([x.b, x.l, x.f, x.t, x.i, x.v].join("|"));
await db.close();
`

func ponderRun(o options, url string, d deploy.Deployment, pglite, pg string) (result, error) {
	dir := o.ponderDir
	for name, body := range map[string]string{"ponder.config.ts": ponderConfig, "ponder.schema.ts": ponderSchema,
		"src/index.ts": ponderIndex, "src/api/index.ts": ponderAPI, "read-pglite.mjs": ponderReadPGlite} {
		_ = os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			return result{}, err
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return result{}, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	schema := fmt.Sprintf("bench_%d", time.Now().UnixNano())
	cmd := exec.Command(filepath.Join(dir, "node_modules/.bin/ponder"), "start", "--port", strconv.Itoa(port), "--schema", schema, "--log-level", "warn")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PONDER_TELEMETRY_DISABLED=true", "BENCH_RPC="+url, "BENCH_TOKEN="+d.OwnershipToken.Hex(),
		"BENCH_START="+strconv.FormatUint(d.StartBlock, 10), "BENCH_PGLITE="+pglite, "DATABASE_URL="+pg, "NODE_ENV=production")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return result{}, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	ready, done := false, false
	for !done && time.Since(t0) < o.ponderTimeout {
		resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/ready", port))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				ready = true
				break
			}
		}
		select {
		case <-exited:
			done = true
		case <-time.After(20 * time.Millisecond):
		}
	}
	wall := time.Since(t0)
	if !done {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		<-exited
	}
	if !ready {
		return result{}, fmt.Errorf("ponder not ready after %v:\n%s", wall.Round(time.Second), tail(out.String(), 3000))
	}
	r := result{wall: wall, rssKB: rss(cmd.ProcessState)}
	var lines []string
	if pg != "" {
		db, err := sql.Open("postgres", pg)
		if err != nil {
			return r, err
		}
		defer db.Close()
		rows, err := db.Query(fmt.Sprintf(`SELECT block_number::text, log_index, from_addr, to_addr, token_id::text, value::text FROM %q.transfer`, schema))
		if err != nil {
			return r, err
		}
		defer rows.Close()
		for rows.Next() {
			var b, f, t, i, v string
			var li int64
			if err := rows.Scan(&b, &li, &f, &t, &i, &v); err != nil {
				return r, err
			}
			lines = append(lines, fmt.Sprintf("%s|%d|%s|%s|%s|%s", b, li, strings.ToLower(f), strings.ToLower(t), i, v))
		}
	} else {
		c := exec.Command("node", "read-pglite.mjs", pglite, schema)
		c.Dir = dir
		b, err := c.Output()
		if err != nil {
			return r, fmt.Errorf("read ponder's pglite: %w", err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			p := strings.Split(l, "|")
			if len(p) == 6 {
				p[2], p[3] = strings.ToLower(p[2]), strings.ToLower(p[3])
				lines = append(lines, strings.Join(p, "|"))
			}
		}
	}
	r.digest, r.rows = digest(lines), len(lines)
	return r, nil
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
