package indexer

import (
	"sync"

	"github.com/dataroyalty/royalty/ethrpc"
)

// Ranger sizes eth_getLogs block ranges per endpoint so that each answer
// holds about Target logs: it doubles the range after an answer of few
// logs, scales it down after a large one, and on a provider's refusal
// shrinks it (to the limit the provider named, when it named one) and
// remembers that limit for the endpoint. It is safe for concurrent use.
type Ranger struct {
	Target uint64 // logs per answer aimed at
	Max    uint64 // blocks per query, never more
	Start  uint64 // blocks of an endpoint's first query

	mu  sync.Mutex
	per map[Chain]*span
}

type span struct {
	next    uint64 // blocks of the next query
	ceiling uint64 // largest span the endpoint accepts (learned); 0 = Max
	maxLogs uint64 // logs per answer the endpoint allows (learned); 0 = unknown
	perHit  uint64 // most logs seen per block whose bloom names our contracts; 0 = none yet
}

func (r *Ranger) of(c Chain) *span {
	if r.per == nil {
		r.per = map[Chain]*span{}
	}
	s := r.per[c]
	if s == nil {
		s = &span{next: max(1, min(r.Start, r.Max))}
		r.per[c] = s
	}
	return s
}

func (r *Ranger) cap(s *span) uint64 {
	c := r.Max
	if s.ceiling > 0 && s.ceiling < c {
		c = s.ceiling
	}
	return max(c, 1)
}

// Size is how many blocks to ask of c next.
func (r *Ranger) Size(c Chain) uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.of(c)
	return max(1, min(s.next, r.cap(s)))
}

// target is the logs aimed at for c: Target, or less when the endpoint
// caps answers below it.
func (r *Ranger) target(s *span) uint64 {
	t := r.Target
	if s.maxLogs > 0 && s.maxLogs*3/4 < t {
		t = max(1, s.maxLogs*3/4)
	}
	return t
}

// Hits is how many blocks whose bloom names our contracts a query may
// span to stay near the target: the target over the most logs seen per such
// block, or one while none was seen (so a dense region is entered one block
// at a time, never with one huge answer).
func (r *Ranger) Hits(c Chain) uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.of(c)
	if s.perHit == 0 {
		return 1
	}
	return max(1, r.target(s)/s.perHit)
}

// Answered records that c returned logs for a query of blocks blocks, of
// which hits had a bloom naming our contracts.
func (r *Ranger) Answered(c Chain, blocks uint64, logs int, hits uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.of(c)
	if hits > 0 && logs > 0 {
		s.perHit = max(s.perHit, uint64(logs)/hits)
	}
	var next uint64
	if logs == 0 {
		next = 2 * blocks
	} else {
		// Scale to the target at this density, at most doubling.
		next = min(2*blocks, max(1, blocks*r.target(s)/uint64(logs)))
	}
	s.next = min(next, r.cap(s))
}

// Refused records that c refused a query of blocks blocks, and returns the
// blocks to ask next (always fewer than blocks while blocks > 1).
func (r *Ranger) Refused(c Chain, blocks uint64, why *ethrpc.Refusal) uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.of(c)
	next := blocks / 2
	if why != nil {
		if why.MaxBlocks > 0 {
			// The provider's own limit: keep to it from now on. Refused at
			// or under it, the provider counts one block differently.
			lim := why.MaxBlocks
			if lim >= blocks {
				lim = blocks - 1
			}
			s.ceiling = max(1, lim)
			next = s.ceiling
		} else if why.Kind == ethrpc.LimitBlocks {
			s.ceiling = max(1, next)
		}
		if why.HasRange && why.To >= why.From && why.To-why.From+1 < blocks {
			next = why.To - why.From + 1
		}
		if why.MaxLogs > 0 && (s.maxLogs == 0 || why.MaxLogs < s.maxLogs) {
			s.maxLogs = why.MaxLogs
		}
	}
	next = max(1, min(next, blocks-min(blocks, 1)))
	s.next = next
	return next
}

// Limits reports what was learned of c: the largest span it accepts and
// the logs per answer it allows (0: none learned).
func (r *Ranger) Limits(c Chain) (maxBlocks, maxLogs uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.of(c)
	return s.ceiling, s.maxLogs
}
