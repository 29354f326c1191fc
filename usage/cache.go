package usage

import (
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// memo remembers up to max computed values (then computes without
// remembering): units, policy rules and the few consumers, payment accounts
// and meters of a deployment repeat in almost every event, and each costs a
// keccak256 to hash or checksum. Results never depend on it.
type memo[K comparable, V any] struct {
	m   sync.Map
	n   atomic.Int64
	max int64
}

func (c *memo[K, V]) get(k K, compute func(K) V) V {
	if v, ok := c.m.Load(k); ok {
		return v.(V)
	}
	v := compute(k)
	if c.n.Load() < c.max {
		if _, loaded := c.m.LoadOrStore(k, v); !loaded {
			c.n.Add(1)
		}
	}
	return v
}

var (
	textHashes  = &memo[string, common.Hash]{max: 4096}
	addressHexs = &memo[common.Address, string]{max: 4096}
)

// hashText is keccak256 of a short repeated string (unit, policy rule).
func hashText(s string) common.Hash {
	if len(s) > MaxPolicyRuleLen {
		return crypto.Keccak256Hash([]byte(s))
	}
	return textHashes.get(s, func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) })
}

// hexOf is a.Hex(), the EIP-55 spelling.
func hexOf(a common.Address) string { return addressHexs.get(a, common.Address.Hex) }
