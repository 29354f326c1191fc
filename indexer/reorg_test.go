package indexer_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func (w *world) hashAt(n uint64) common.Hash {
	w.t.Helper()
	h, err := w.backend.HeaderByNumber(w.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		w.t.Fatal(err)
	}
	return h.Hash()
}

// On the simulated chain: a reorg shallower than the confirmation depth
// with replacement transactions is followed (rewind to the common
// ancestor, no double credit: same facts as a fresh index of the final
// chain); a deeper one halts with ErrDeepReorg naming the blocks.
func TestSimulatedReorgs(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			w := newSimWorld(t)
			cf1 := w.register(1, 100)
			cf2 := w.register(2, 50)
			w.transfer(1, 3, cf1, 10)
			w.transfer(2, 1, cf2, 5)
			st := openStore(t, backend)
			const conf = 4
			ix := newIndexer(t, w.config(conf), w.source(), st)
			mustSync(t, ix)

			// Shallow: replace the last two blocks; the replacement chain
			// moves other amounts (so a leftover orphan fact would show).
			base := w.head() - 2
			if err := w.sim.Fork(w.hashAt(base)); err != nil {
				t.Fatal(err)
			}
			w.transfer(2, 3, cf2, 7)
			w.batch(1, 4, []uint64{cf1}, []uint64{3})
			w.mine(2)
			mustSync(t, ix)
			if got, want := contentHash(t, st), w.freshHash(backend, conf); got != want {
				t.Fatalf("after shallow reorg: content %s, fresh index of the final chain %s", got, want)
			}

			// Deep: fork below the final block.
			w.mine(conf + 2)
			mustSync(t, ix)
			if err := w.sim.Fork(w.hashAt(w.head() - conf - 2)); err != nil {
				t.Fatal(err)
			}
			w.transfer(3, 4, cf1, 1)
			w.mine(conf + 4)
			err := sync(t, ix)
			if !errors.Is(err, indexer.ErrDeepReorg) {
				t.Fatalf("deep reorg: got %v, want ErrDeepReorg", err)
			}
			if !strings.Contains(err.Error(), "final") {
				t.Errorf("deep reorg error does not name the final block: %v", err)
			}
		})
	}
}

// On anvil: anvil_reorg with replacement transactions, shallower and deeper
// than the confirmation depth, and anvil_rollback.
func TestAnvilReorgAndRollback(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			w := newAnvilWorld(t, anviltest.Options{ChainID: 31337})
			cf1 := w.register(1, 100)
			cf2 := w.register(2, 50)
			w.transfer(1, 3, cf1, 10)
			w.mine(2)
			st := openStore(t, backend)
			const conf = 5
			cfg := w.config(conf)
			var depths []uint64 // what OnReorg (the metrics hook) was told
			cfg.OnReorg = func(d uint64) { depths = append(depths, d) }
			ix := newIndexer(t, cfg, w.source(), st)
			mustSync(t, ix)

			// Shallow anvil_reorg (3 < conf) with replacement transfers.
			depth := uint64(3)
			base := w.head() - depth
			n1, err := w.backend.NonceAt(w.ctx, w.addr(1), new(big.Int).SetUint64(base))
			if err != nil {
				t.Fatal(err)
			}
			n2, err := w.backend.NonceAt(w.ctx, w.addr(2), new(big.Int).SetUint64(base))
			if err != nil {
				t.Fatal(err)
			}
			txs := []anviltest.ReorgTx{
				{Raw: hexutil.Bytes(w.rawTx(1, n1, tokenABI.PackSafeTransferFrom(w.addr(1), w.addr(4), big.NewInt(int64(cf1)), big.NewInt(5), nil))), Block: 0},
				{Raw: hexutil.Bytes(w.rawTx(2, n2, tokenABI.PackSafeBatchTransferFrom(w.addr(2), w.addr(3), bigs([]uint64{cf2}), bigs([]uint64{9}), nil))), Block: 1},
			}
			before := w.hashAt(w.head())
			if err := w.node.Reorg(w.ctx, depth, txs); err != nil {
				t.Fatal(err)
			}
			if w.hashAt(w.head()) == before {
				t.Fatal("anvil_reorg left the head unchanged")
			}
			mustSync(t, ix)
			if got, want := contentHash(t, st), w.freshHash(backend, conf); got != want {
				t.Fatalf("after shallow anvil_reorg: content %s, fresh index %s", got, want)
			}
			if len(depths) != 1 || depths[0] != depth {
				t.Fatalf("OnReorg told %v, want one reorg of depth %d", depths, depth)
			}

			// anvil_rollback: the tip disappears, then new blocks arrive.
			w.transfer(4, 1, cf1, 2)
			mustSync(t, ix)
			tipBefore, _, err := st.Checkpoint(w.ctx, w.chainID.Uint64())
			if err != nil {
				t.Fatal(err)
			}
			if err := w.node.Rollback(w.ctx, 2); err != nil {
				t.Fatal(err)
			}
			// The node is now behind the checkpoint on our chain: ErrBehind
			// (wait), no rewind yet.
			if err := sync(t, ix); !errors.Is(err, indexer.ErrBehind) {
				t.Fatalf("node behind after rollback: got %v, want ErrBehind", err)
			}
			if now, _, err := st.Checkpoint(w.ctx, w.chainID.Uint64()); err != nil || now != tipBefore {
				t.Fatalf("node behind after rollback: checkpoint %d (%v), want unchanged %d", now.Number, err, tipBefore.Number)
			}
			w.transfer(4, 2, cf1, 1)
			w.mine(2)
			mustSync(t, ix)
			if got, want := contentHash(t, st), w.freshHash(backend, conf); got != want {
				t.Fatalf("after anvil_rollback: content %s, fresh index %s", got, want)
			}

			// Deep anvil_reorg (conf+3 > conf) with a replacement transfer halts.
			w.mine(conf + 2)
			mustSync(t, ix)
			deepBase := w.head() - (conf + 3)
			n4, err := w.backend.NonceAt(w.ctx, w.addr(4), new(big.Int).SetUint64(deepBase))
			if err != nil {
				t.Fatal(err)
			}
			deep := []anviltest.ReorgTx{{Raw: w.rawTx(4, n4, tokenABI.PackSafeTransferFrom(w.addr(4), w.addr(1), big.NewInt(int64(cf1)), big.NewInt(1), nil)), Block: 1}}
			if err := w.node.Reorg(w.ctx, conf+3, deep); err != nil {
				t.Fatal(err)
			}
			err = sync(t, ix)
			if !errors.Is(err, indexer.ErrDeepReorg) {
				t.Fatalf("deep anvil_reorg: got %v, want ErrDeepReorg", err)
			}
			t.Logf("deep reorg halts with: %v", err)
		})
	}
}
