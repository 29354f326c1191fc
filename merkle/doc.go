// Package merkle is OpenZeppelin's StandardMerkleTree (@openzeppelin/merkle-tree
// v1.0.8) in Go: the same leaves, root, proofs and standard-v1 JSON dump for
// the same values, so either side can read what the other wrote.
//
// What it guarantees:
//   - A leaf is keccak256(keccak256(abi.encode(value))): double-hashed, so no
//     internal node (a hash of 64 bytes) can be proven as a leaf.
//   - Leaves are sorted ascending by hash (ties keep value order) and stored
//     from the end of the 2n-1 node array backwards; each internal node is
//     keccak256 of its two children in ascending order, as MerkleProof.sol
//     expects.
//   - Proof(i) and AllProofs are by index into the values, leaf first, exactly
//     as getProof(i); AllProofs hashes nothing and allocates one backing array.
//   - An empty tree is an error (ErrEmpty); a value that does not parse as its
//     type is an error naming the value index and position (ErrInvalidValue).
//     Inputs are held to one spelling: decimal or 0x-hex integers in range,
//     0x addresses of 40 hex digits (EIP-55 checksum checked when mixed case),
//     bytesN of exactly N bytes, "true"/"false". OpenZeppelin is more lenient
//     (short addresses are left-padded, short bytesN right-padded); we refuse.
//   - Load accepts a dump only if every part is consistent: format, leaf
//     encoding, one value per leaf, each value hashing to its leaf, every
//     internal node recomputing (ErrInvalidDump, naming the field).
//
// The package is pure: no I/O beyond the io.Writer handed to WriteDump.
package merkle
