package indexer_test

import (
	"testing"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
)

type chainKey struct{ indexer.Chain }

// The Ranger aims each answer at the target: doubles after empty answers,
// scales to the density after a large one, never past Max; a refusal
// shrinks the range, to the provider's limit when named, and that limit
// is kept for that endpoint only.
func TestRangerSizesToTargetAndLearnsLimits(t *testing.T) {
	a, b := &chainKey{}, &chainKey{}
	r := &indexer.Ranger{Target: 1000, Max: 5000, Start: 4}
	if got := r.Size(a); got != 4 {
		t.Fatalf("first size %d, want Start 4", got)
	}
	r.Answered(a, 4, 0, 0)
	if got := r.Size(a); got != 8 {
		t.Fatalf("after an empty answer: %d, want 8 (doubled)", got)
	}
	r.Answered(a, 8, 100, 8) // 12.5 logs/block: 80 blocks would hit the target, but at most doubling
	if got := r.Size(a); got != 16 {
		t.Fatalf("after a small answer: %d, want 16", got)
	}
	r.Answered(a, 16, 8000, 16) // 500 logs/block: 2 blocks for 1000 logs
	if got := r.Size(a); got != 2 {
		t.Fatalf("after a large answer: %d, want 2", got)
	}
	for i := 0; i < 20; i++ {
		r.Answered(a, r.Size(a), 0, 0)
	}
	if got := r.Size(a); got != 5000 {
		t.Fatalf("after many empty answers: %d, want Max 5000", got)
	}
	// A refusal naming a limit: kept to from then on, on a only.
	if next := r.Refused(a, 5000, &ethrpc.Refusal{Kind: ethrpc.LimitBlocks, MaxBlocks: 500}); next != 500 {
		t.Fatalf("after 'limit 500': next %d", next)
	}
	for i := 0; i < 10; i++ {
		r.Answered(a, r.Size(a), 0, 0)
	}
	if got := r.Size(a); got != 500 {
		t.Fatalf("the learned limit was not kept: %d, want 500", got)
	}
	if got, _ := r.Limits(b); got != 0 || r.Size(b) != 4 {
		t.Fatalf("endpoint b took a's limit: ceiling %d size %d", got, r.Size(b))
	}
	// Refused at exactly its own named limit: one less.
	if next := r.Refused(a, 500, &ethrpc.Refusal{Kind: ethrpc.LimitBlocks, MaxBlocks: 500}); next != 499 {
		t.Fatalf("refused at the named limit: next %d, want 499", next)
	}
	// A results cap: the target drops under it; a suggested range is taken.
	if next := r.Refused(b, 100, &ethrpc.Refusal{Kind: ethrpc.LimitResults, MaxLogs: 400, HasRange: true, From: 10, To: 19}); next != 10 {
		t.Fatalf("suggested 10-19: next %d, want 10", next)
	}
	r.Answered(b, 10, 1000, 10) // 100 logs/block; target now 300 (3/4 of the 400 cap)
	if got := r.Size(b); got != 3 {
		t.Fatalf("under a 400-log cap: size %d, want 3", got)
	}
	// Blocks whose bloom names us: one while no log was seen, then the
	// target over the most logs seen per such block.
	c := &chainKey{}
	if got := r.Hits(c); got != 1 {
		t.Fatalf("hits before any answer: %d, want 1", got)
	}
	r.Answered(c, 4, 500, 2) // 250 logs per hit block
	if got := r.Hits(c); got != 4 {
		t.Fatalf("hits at 250 logs per block, target 1000: %d, want 4", got)
	}
	// Without a hint: halves, and always shrinks.
	if next := r.Refused(b, 3, nil); next != 1 {
		t.Fatalf("unhinted refusal of 3: next %d, want 1", next)
	}
	if next := r.Refused(b, 2, &ethrpc.Refusal{HasRange: true, From: 0, To: 99}); next != 1 {
		t.Fatalf("a suggestion wider than the refused range: next %d, want 1", next)
	}
}
