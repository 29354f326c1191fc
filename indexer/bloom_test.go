package indexer_test

import (
	"context"
	"testing"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// falseBloom is a Chain whose headers claim (in the bloom) logs of addr in
// every block: a bloom false positive, which is real but cannot be made on
// demand, hence this wrapper. Everything else is the real node's answer.
type falseBloom struct {
	indexer.Chain
	addr     common.Address
	receipts int
}

func (f *falseBloom) Headers(ctx context.Context, from, to uint64) ([]ethrpc.Header, error) {
	hs, err := f.Chain.Headers(ctx, from, to)
	for i := range hs {
		hs[i].Bloom.Add(f.addr.Bytes())
	}
	return hs, err
}

func (f *falseBloom) ReceiptLogs(ctx context.Context, h common.Hash) ([]types.Log, error) {
	f.receipts++
	return f.Chain.ReceiptLogs(ctx, h)
}

// A bloom that names our contract in blocks without logs of ours is checked
// against the receipts and accepted as a false positive: same facts as an
// index without the false blooms.
func TestBloomFalsePositiveIsCheckedAndAccepted(t *testing.T) {
	w := newAnvilWorld(t, anviltest.Options{})
	cf := w.register(1, 10)
	w.mine(3)
	w.transfer(1, 2, cf, 4)
	w.mine(3)
	want := w.freshHash("sqlite", 2)
	real := w.source().(indexer.Single).Chain
	fb := &falseBloom{Chain: real, addr: w.d.RevenueVault}
	st := openStore(t, "sqlite")
	mustSync(t, newIndexer(t, w.config(2), indexer.Single{Chain: fb}, st))
	if fb.receipts == 0 {
		t.Fatal("no receipts were checked for the blocks with a false bloom")
	}
	if got := contentHash(t, st); got != want {
		t.Fatalf("content %s, want %s", got, want)
	}
}
