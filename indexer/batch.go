package indexer

import (
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/store"
)

func (ix *Indexer) block(h ethrpc.Header) store.Block {
	return store.Block{ChainID: ix.cfg.ChainID, Number: h.Number, Hash: h.Hash, ParentHash: h.ParentHash, Time: h.Time}
}

// batch turns a fetched range into one store batch: the facts, the headers
// of blocks with facts, every header above the confirmed block (for parent
// checks and rewinds), and the range's last block as checkpoint.
func (ix *Indexer) batch(r *Range, confirmed ethrpc.Header) (*store.Batch, error) {
	b := &store.Batch{ChainID: ix.cfg.ChainID, Checkpoint: ix.block(r.Headers[len(r.Headers)-1])}
	if confirmed.Number <= r.To {
		b.Final = ix.block(confirmed)
	} else {
		// The checkpoint is below the confirmed block; final is what the
		// batch covers, so a snapshot never reads past the stored data.
		b.Final = b.Checkpoint
	}
	withFacts := map[uint64]bool{}
	for i := range r.Logs {
		l := &r.Logs[i]
		h := r.Headers[l.BlockNumber-r.From]
		facts, err := ix.dec.Decode(l, h.Time)
		if err != nil {
			return nil, err
		}
		if len(facts) > 0 {
			withFacts[l.BlockNumber] = true
			b.Facts = append(b.Facts, facts...)
		}
	}
	for _, h := range r.Headers {
		if withFacts[h.Number] || h.Number > confirmed.Number || h.Number == r.To {
			b.Blocks = append(b.Blocks, ix.block(h))
		}
	}
	return b, nil
}
