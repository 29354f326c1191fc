// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Fixture} from "./Fixture.t.sol";
import {RoyaltyDistributor} from "../src/RoyaltyDistributor.sol";

/// @notice RoyaltyDistributor.setPayoutPreference: a holder records, for itself only, the chain
/// and asset it wants to be paid in.
contract PayoutPreferenceTest is Fixture {
    event PayoutPreferenceSet(address indexed holder, uint64 chainId, address asset);

    address internal alice = address(0xA1);
    address internal bob = address(0xB0B);

    function prefOf(address holder) internal view returns (uint64 chainId, address asset) {
        return dist.payoutPreferenceOf(holder);
    }

    function test_SetsOnlyTheCallersPreference() public {
        vm.expectEmit(address(dist));
        emit PayoutPreferenceSet(alice, 31338, address(eur));
        vm.prank(alice);
        dist.setPayoutPreference(31338, address(eur));

        (uint64 c, address a) = prefOf(alice);
        assertEq(c, 31338, "chain id");
        assertEq(a, address(eur), "asset");
        (c, a) = prefOf(bob);
        assertEq(c, 0, "bob's preference untouched");
        assertEq(a, address(0), "asset");
    }

    function test_LaterSettingReplacesAndZeroClears() public {
        vm.startPrank(alice);
        dist.setPayoutPreference(1, address(usd));
        dist.setPayoutPreference(10, address(eur));
        (uint64 c, address a) = prefOf(alice);
        assertEq(c, 10, "chain id");
        assertEq(a, address(eur), "asset");

        vm.expectEmit(address(dist));
        emit PayoutPreferenceSet(alice, 0, address(0));
        dist.setPayoutPreference(0, address(0));
        vm.stopPrank();
        (c, a) = prefOf(alice);
        assertEq(c, 0, "chain id");
        assertEq(a, address(0), "asset");
    }

    function test_RejectsHalfAPreference() public {
        vm.startPrank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(RoyaltyDistributor.InvalidPayoutPreference.selector, uint64(0), address(eur))
        );
        dist.setPayoutPreference(0, address(eur));
        vm.expectRevert(
            abi.encodeWithSelector(RoyaltyDistributor.InvalidPayoutPreference.selector, uint64(5), address(0))
        );
        dist.setPayoutPreference(5, address(0));
        vm.stopPrank();
    }

    /// Moves no funds, so a paused distributor still records it.
    function test_AllowedWhilePaused() public {
        vm.prank(guardian);
        dist.pause();
        vm.prank(alice);
        dist.setPayoutPreference(7, address(usd));
        (uint64 c,) = prefOf(alice);
        assertEq(c, 7, "chain id");
    }

    /// Whoever calls, with whatever valid preference, sets its own and nobody else's.
    function testFuzz_OnlyForCaller(address caller, address other, uint64 chainId, address asset) public {
        vm.assume(other != caller);
        vm.assume(chainId != 0 && asset != address(0));
        vm.prank(caller);
        dist.setPayoutPreference(chainId, asset);
        (uint64 c, address a) = prefOf(caller);
        assertEq(c, chainId, "chain id");
        assertEq(a, asset, "asset");
        (c, a) = prefOf(other);
        assertEq(c, 0, "chain id");
        assertEq(a, address(0), "asset");
    }
}
