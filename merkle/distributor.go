package merkle

import (
	"encoding/binary"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// DistributorTypes is the leaf encoding of RoyaltyDistributor's cumulative
// entitlements: (chainId, distributor, account, asset, cumulative).
var DistributorTypes = []string{"uint256", "address", "address", "address", "uint256"}

// Distributor is one cumulative entitlement leaf. Chain id and distributor are
// in every leaf so a proof for one deployment is worthless on another.
type Distributor struct {
	ChainID     uint64
	Distributor common.Address
	Account     common.Address
	Asset       common.Address
	Cumulative  uint256.Int
}

// encode is abi.encode(uint256, address, address, address, uint256): five words.
func (d *Distributor) encode(buf []byte) []byte {
	buf = append(buf[:0], make([]byte, 160)...)
	binary.BigEndian.PutUint64(buf[24:32], d.ChainID)
	copy(buf[44:64], d.Distributor[:])
	copy(buf[76:96], d.Account[:])
	copy(buf[108:128], d.Asset[:])
	d.Cumulative.PutUint256(buf[128:160])
	return buf
}

// Strings is the leaf's value as the dump writes it: decimal integers and
// EIP-55 checksummed addresses.
func (d *Distributor) Strings() []string {
	return []string{
		strconv.FormatUint(d.ChainID, 10),
		d.Distributor.Hex(),
		d.Account.Hex(),
		d.Asset.Hex(),
		d.Cumulative.Dec(),
	}
}

// DistributorLeaf is the Solidity leaf
// keccak256(bytes.concat(keccak256(abi.encode(chainId, distributor, account, asset, cumulative)))).
func DistributorLeaf(chainID uint64, distributor, account, asset common.Address, cumulative *uint256.Int) common.Hash {
	d := Distributor{ChainID: chainID, Distributor: distributor, Account: account, Asset: asset, Cumulative: *cumulative}
	h := newHasher()
	return h.leaf(d.encode(h.buf))
}

type distributorValues []Distributor

func (v distributorValues) Len() int               { return len(v) }
func (v distributorValues) Strings(i int) []string { return v[i].Strings() }

// BuildDistributor builds the tree of typed distributor leaves without going
// through strings; it equals Build(DistributorTypes, strings of the same
// values). leaves is kept, not copied.
func BuildDistributor(leaves []Distributor) (*Tree, error) {
	leaf := func(h *hasher, i int) (common.Hash, error) {
		h.buf = leaves[i].encode(h.buf)
		return h.leaf(h.buf), nil
	}
	types := append([]string(nil), DistributorTypes...)
	return build(types, len(leaves), leaf, distributorValues(leaves))
}
