// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/// @notice The Foundry cheatcodes our tests use (forge-std is not installable here).
interface Vm {
    struct Gas {
        uint64 gasLimit;
        uint64 gasTotalUsed;
        uint64 gasMemoryUsed;
        int64 gasRefunded;
        uint64 gasRemaining;
    }

    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function prank(address) external;
    function startPrank(address) external;
    function stopPrank() external;
    function warp(uint256) external;
    function roll(uint256) external;
    function expectRevert() external;
    function expectRevert(bytes calldata) external;
    function expectRevert(bytes4) external;
    function expectEmit(bool, bool, bool, bool) external;
    function expectEmit(bool, bool, bool, bool, address) external;
    function expectEmit() external;
    function expectEmit(address) external;
    function assume(bool) external pure;
    function deal(address, uint256) external;
    function label(address, string calldata) external;
    function addr(uint256) external pure returns (address);
    function sign(uint256, bytes32) external pure returns (uint8, bytes32, bytes32);
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
    function snapshotGasLastCall(string calldata name) external returns (uint256 gasUsed);
    function snapshotValue(string calldata name, uint256 value) external;
    function setEnv(string calldata name, string calldata value) external;
    function chainId(uint256) external;
    function lastCallGas() external view returns (Gas memory);
    function toString(uint256) external pure returns (string memory);
    function toString(address) external pure returns (string memory);
    function computeCreateAddress(address, uint256) external pure returns (address);
    function expectPartialRevert(bytes4) external;
}

/// @notice A minimal test base: the cheatcode handle and assertions that revert with a message.
abstract contract Base {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    function fail(string memory message) internal pure {
        revert(message);
    }

    function assertTrue(bool ok, string memory message) internal pure {
        if (!ok) revert(message);
    }

    function assertFalse(bool ok, string memory message) internal pure {
        if (ok) revert(message);
    }

    function assertEq(uint256 a, uint256 b, string memory message) internal pure {
        if (a != b) {
            revert(string.concat(message, ": ", Strings.toString(a), " != ", Strings.toString(b)));
        }
    }

    function assertEq(address a, address b, string memory message) internal pure {
        if (a != b) {
            revert(string.concat(message, ": ", Strings.toHexString(a), " != ", Strings.toHexString(b)));
        }
    }

    function assertEq(bytes32 a, bytes32 b, string memory message) internal pure {
        if (a != b) {
            revert(
                string.concat(
                    message, ": ", Strings.toHexString(uint256(a), 32), " != ", Strings.toHexString(uint256(b), 32)
                )
            );
        }
    }

    function assertEq(bool a, bool b, string memory message) internal pure {
        if (a != b) revert(message);
    }

    function assertLe(uint256 a, uint256 b, string memory message) internal pure {
        if (a > b) {
            revert(string.concat(message, ": ", Strings.toString(a), " > ", Strings.toString(b)));
        }
    }

    function assertGe(uint256 a, uint256 b, string memory message) internal pure {
        if (a < b) {
            revert(string.concat(message, ": ", Strings.toString(a), " < ", Strings.toString(b)));
        }
    }

    /// @dev Maps x into [lo, hi] (inclusive), like forge-std's bound.
    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        require(lo <= hi, "bound: lo > hi");
        uint256 size = hi - lo;
        if (size == type(uint256).max) return x;
        return lo + (x % (size + 1));
    }

    function unauthorized(address who, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("AccessControlUnauthorizedAccount(address,bytes32)", who, role);
    }
}
