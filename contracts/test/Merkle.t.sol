// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice A sorted-pair Merkle tree built in Solidity for tests (the same commutative hashing as
/// OpenZeppelin's MerkleProof). Odd nodes are promoted to the next level unchanged.
library TestMerkle {
    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        require(leaves.length > 0, "empty tree");
        bytes32[] memory level = leaves;
        while (level.length > 1) {
            level = _up(level);
        }
        return level[0];
    }

    function proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory p) {
        bytes32[] memory buf = new bytes32[](64);
        uint256 n;
        bytes32[] memory level = leaves;
        while (level.length > 1) {
            uint256 sib = index ^ 1;
            if (sib < level.length) buf[n++] = level[sib];
            level = _up(level);
            index /= 2;
        }
        p = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            p[i] = buf[i];
        }
    }

    function _up(bytes32[] memory level) private pure returns (bytes32[] memory next) {
        next = new bytes32[]((level.length + 1) / 2);
        for (uint256 i = 0; i < next.length; i++) {
            uint256 l = 2 * i;
            next[i] = l + 1 < level.length ? hashPair(level[l], level[l + 1]) : level[l];
        }
    }
}
