package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Column encodings, chosen by the Go field type:
//   uint64 (versions, epochs, seconds) → NUMERIC(78,0)/TEXT, so no value can overflow BIGINT
//   uint8, uint16                      → INTEGER
//   uint256.Int                        → NUMERIC(78,0)/TEXT via U256
//   common.Hash, common.Address        → BYTEA/BLOB
//   string                             → BYTEA/BLOB (chain strings may hold NUL or invalid UTF-8)
//   bool                               → SMALLINT 0/1
//   lists                              → TEXT, comma-separated canonical elements
// Meta integers are BIGINT and must fit int64.

// dbValue converts a field pointer to its database parameter.
func dbValue(p any) (any, error) {
	switch v := p.(type) {
	case *uint64:
		var u U256
		u.SetUint64(*v)
		return u, nil
	case *uint8:
		return int64(*v), nil
	case *uint16:
		return int64(*v), nil
	case *uint256.Int:
		return U256{*v}, nil
	case *common.Hash:
		return v.Bytes(), nil
	case *common.Address:
		return v.Bytes(), nil
	case *string:
		return append([]byte{}, *v...), nil
	case *bool:
		if *v {
			return int64(1), nil
		}
		return int64(0), nil
	case *[]uint256.Int:
		parts := make([]string, len(*v))
		for i := range *v {
			parts[i] = (*v)[i].Dec()
		}
		return strings.Join(parts, ","), nil
	case *[]common.Address:
		parts := make([]string, len(*v))
		for i := range *v {
			parts[i] = strings.ToLower((*v)[i].Hex())
		}
		return strings.Join(parts, ","), nil
	case *[]common.Hash:
		parts := make([]string, len(*v))
		for i := range *v {
			parts[i] = (*v)[i].Hex()
		}
		return strings.Join(parts, ","), nil
	}
	return nil, fmt.Errorf("store: no column encoding for %T", p)
}

// scanDest returns a destination to scan the column of field p into.
func scanDest(p any) any {
	switch p.(type) {
	case *uint64, *uint256.Int:
		return new(U256)
	case *uint8, *uint16, *bool:
		return new(int64)
	case *common.Hash, *common.Address, *string:
		return new([]byte)
	default: // lists
		return new(string)
	}
}

// assign stores a scanned destination d into field p, checking ranges.
func assign(p, d any, col string) error {
	switch v := p.(type) {
	case *uint64:
		u := d.(*U256)
		if !u.IsUint64() {
			return fmt.Errorf("column %s: %s exceeds uint64", col, u.Dec())
		}
		*v = u.Uint64()
	case *uint8:
		n := *d.(*int64)
		if n < 0 || n > math.MaxUint8 {
			return fmt.Errorf("column %s: %d out of uint8 range", col, n)
		}
		*v = uint8(n)
	case *uint16:
		n := *d.(*int64)
		if n < 0 || n > math.MaxUint16 {
			return fmt.Errorf("column %s: %d out of uint16 range", col, n)
		}
		*v = uint16(n)
	case *bool:
		n := *d.(*int64)
		if n != 0 && n != 1 {
			return fmt.Errorf("column %s: %d is not a boolean", col, n)
		}
		*v = n == 1
	case *uint256.Int:
		v.Set(&d.(*U256).Int)
	case *common.Hash:
		b := *d.(*[]byte)
		if len(b) != common.HashLength {
			return fmt.Errorf("column %s: %d bytes, want 32", col, len(b))
		}
		copy(v[:], b)
	case *common.Address:
		b := *d.(*[]byte)
		if len(b) != common.AddressLength {
			return fmt.Errorf("column %s: %d bytes, want 20", col, len(b))
		}
		copy(v[:], b)
	case *string:
		*v = string(*d.(*[]byte))
	case *[]uint256.Int:
		*v = nil
		for _, s := range splitList(*d.(*string)) {
			var u U256
			if err := u.parse(s); err != nil {
				return fmt.Errorf("column %s: %w", col, err)
			}
			*v = append(*v, u.Int)
		}
	case *[]common.Address:
		*v = nil
		for _, s := range splitList(*d.(*string)) {
			if !common.IsHexAddress(s) {
				return fmt.Errorf("column %s: %q is not an address", col, s)
			}
			*v = append(*v, common.HexToAddress(s))
		}
	case *[]common.Hash:
		*v = nil
		for _, s := range splitList(*d.(*string)) {
			b, err := hexBytes(s, common.HashLength)
			if err != nil {
				return fmt.Errorf("column %s: %w", col, err)
			}
			*v = append(*v, common.BytesToHash(b))
		}
	default:
		return fmt.Errorf("store: no column encoding for %T", p)
	}
	return nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func hexBytes(s string, n int) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") || len(s) != 2+2*n {
		return nil, fmt.Errorf("%q is not %d hex bytes", s, n)
	}
	b := common.FromHex(s)
	if len(b) != n {
		return nil, fmt.Errorf("%q is not %d hex bytes", s, n)
	}
	return b, nil
}

// canon appends the canonical encoding of field p: fixed-width big-endian
// integers, raw hashes and addresses, length-prefixed strings and lists. It
// depends only on the Go values, so both backends hash alike.
func canon(buf *bytes.Buffer, p any) {
	var b [8]byte
	u32 := func(n int) { binary.BigEndian.PutUint32(b[:4], uint32(n)); buf.Write(b[:4]) }
	switch v := p.(type) {
	case *uint64:
		binary.BigEndian.PutUint64(b[:], *v)
		buf.Write(b[:])
	case *uint:
		binary.BigEndian.PutUint64(b[:], uint64(*v))
		buf.Write(b[:])
	case *uint8:
		buf.WriteByte(*v)
	case *uint16:
		binary.BigEndian.PutUint16(b[:2], *v)
		buf.Write(b[:2])
	case *bool:
		if *v {
			buf.WriteByte(1)
		} else {
			buf.WriteByte(0)
		}
	case *uint256.Int:
		w := v.Bytes32()
		buf.Write(w[:])
	case *common.Hash:
		buf.Write(v[:])
	case *common.Address:
		buf.Write(v[:])
	case *string:
		u32(len(*v))
		buf.WriteString(*v)
	case *[]uint256.Int:
		u32(len(*v))
		for i := range *v {
			canon(buf, &(*v)[i])
		}
	case *[]common.Address:
		u32(len(*v))
		for i := range *v {
			buf.Write((*v)[i][:])
		}
	case *[]common.Hash:
		u32(len(*v))
		for i := range *v {
			buf.Write((*v)[i][:])
		}
	default:
		panic(fmt.Sprintf("store: no canonical encoding for %T", p))
	}
}

// metaFields are the pointers for the meta columns, in metaCols order.
func metaFields(m *FactMeta) []any {
	return []any{&m.ChainID, &m.BlockNumber, &m.BlockHash, &m.BlockTime, &m.TxHash, &m.LogIndex, &m.BatchIndex, &m.Address}
}

var metaCols = []string{"chain_id", "block_number", "block_hash", "block_time", "tx_hash", "log_index", "batch_index", "address"}

// metaValues converts meta fields to parameters; integers must fit BIGINT.
func metaValues(m *FactMeta) ([]any, error) {
	ints := []struct {
		name string
		v    uint64
	}{{"chain id", m.ChainID}, {"block number", m.BlockNumber}, {"block time", m.BlockTime},
		{"log index", uint64(m.LogIndex)}, {"batch index", uint64(m.BatchIndex)}}
	for _, x := range ints {
		if x.v > math.MaxInt64 {
			return nil, fmt.Errorf("fact %s %d exceeds int64", x.name, x.v)
		}
	}
	return []any{int64(m.ChainID), int64(m.BlockNumber), m.BlockHash.Bytes(), int64(m.BlockTime),
		m.TxHash.Bytes(), int64(m.LogIndex), int64(m.BatchIndex), m.Address.Bytes()}, nil
}

// scanMeta scans the meta columns into m.
type metaScan struct {
	chainID, number, time, logIndex, batchIndex int64
	blockHash, txHash, address                  []byte
}

func (s *metaScan) dests() []any {
	return []any{&s.chainID, &s.number, &s.blockHash, &s.time, &s.txHash, &s.logIndex, &s.batchIndex, &s.address}
}

func (s *metaScan) into(m *FactMeta) error {
	for _, n := range []int64{s.chainID, s.number, s.time, s.logIndex, s.batchIndex} {
		if n < 0 {
			return fmt.Errorf("negative meta integer %d", n)
		}
	}
	if len(s.blockHash) != 32 || len(s.txHash) != 32 || len(s.address) != 20 {
		return fmt.Errorf("bad meta byte lengths %d/%d/%d", len(s.blockHash), len(s.txHash), len(s.address))
	}
	*m = FactMeta{ChainID: uint64(s.chainID), BlockNumber: uint64(s.number), BlockHash: common.BytesToHash(s.blockHash),
		BlockTime: uint64(s.time), TxHash: common.BytesToHash(s.txHash), LogIndex: uint(s.logIndex),
		BatchIndex: uint(s.batchIndex), Address: common.BytesToAddress(s.address)}
	return nil
}

// encodeFact is the canonical encoding of one fact: meta then fields.
func encodeFact(buf *bytes.Buffer, f fact) {
	for _, p := range metaFields(f.Meta()) {
		canon(buf, p)
	}
	for _, p := range f.fields() {
		canon(buf, p)
	}
}
