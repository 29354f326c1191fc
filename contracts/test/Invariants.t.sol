// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Base} from "./Base.t.sol";
import {TestMerkle} from "./Merkle.t.sol";
import {RoyaltyDistributor} from "../src/RoyaltyDistributor.sol";
import {RevenueVault} from "../src/RevenueVault.sol";
import {TestToken} from "../src/test/TestToken.sol";

/// @notice Drives the vault and distributor the way the relayer and holders would, with random
/// amounts: funding, proposing cumulative roots (some unfunded, some revoked), claiming (some
/// forged). Ghost variables record what must hold.
contract Handler is Base {
    uint256 internal constant N = 4; // accounts
    uint256 internal constant A = 2; // assets
    uint64 internal constant WINDOW = 1 hours;

    RoyaltyDistributor public dist;
    RevenueVault public vault;
    TestToken[A] public assets;
    address[N] public accounts;

    uint256[A][N] public activeCum; // cumulatives of the active root
    bytes32[] internal activeLeaves; // leaf order: account-major, asset-minor
    uint64 internal fundingEpoch;

    mapping(address asset => uint256) public ghostFunded;
    uint256[A][N] public lastSeenClaimed;
    bool public claimedDecreased;
    bool public forgedClaimPaid;
    uint256 public activations;
    uint256 public insolventRejections;

    constructor() {
        dist = new RoyaltyDistributor(address(this), WINDOW);
        vault = new RevenueVault(address(this), address(dist));
        dist.grantRole(dist.PROPOSER_ROLE(), address(this));
        dist.grantRole(dist.GUARDIAN_ROLE(), address(this));
        vault.grantRole(vault.FUNDER_ROLE(), address(this));
        for (uint256 j = 0; j < A; j++) {
            assets[j] = new TestToken("t", "t");
            dist.setAssetAllowed(address(assets[j]), true);
            vault.setAssetAllowed(address(assets[j]), true);
        }
        for (uint256 i = 0; i < N; i++) {
            accounts[i] = address(uint160(0x1000 + i));
        }
    }

    function _leaf(uint256 i, uint256 j, uint256 cum) internal view returns (bytes32) {
        return keccak256(
            bytes.concat(keccak256(abi.encode(block.chainid, address(dist), accounts[i], address(assets[j]), cum)))
        );
    }

    /// @dev After every action: claimed amounts never went down.
    function _sync() internal {
        for (uint256 i = 0; i < N; i++) {
            for (uint256 j = 0; j < A; j++) {
                uint256 c = dist.claimed(accounts[i], address(assets[j]));
                if (c < lastSeenClaimed[i][j]) claimedDecreased = true;
                lastSeenClaimed[i][j] = c;
            }
        }
    }

    function fund(uint256 assetSeed, uint256 amount) external {
        TestToken t = assets[assetSeed % A];
        amount = bound(amount, 1, 1e24);
        t.mint(address(this), amount);
        t.approve(address(vault), amount);
        vault.deposit(address(this), address(t), amount);
        vault.fundEpoch(++fundingEpoch, address(this), address(t), amount);
        ghostFunded[address(t)] += amount;
        _sync();
    }

    /// Proposes the next epoch with every cumulative raised by a random amount, waits out the
    /// window and activates if solvent; otherwise (or when `revoke`) the guardian revokes it.
    function newEpoch(uint256 seed, bool revoke) external {
        (uint64 pe,,,) = dist.pending();
        if (pe != 0) dist.revokeRoot(pe);
        uint256[A][N] memory next;
        bytes32[] memory leaves = new bytes32[](N * A);
        address[] memory as_ = new address[](A);
        uint256[] memory totals = new uint256[](A);
        for (uint256 i = 0; i < N; i++) {
            for (uint256 j = 0; j < A; j++) {
                uint256 inc = uint256(keccak256(abi.encode(seed, i, j))) % 1e22;
                if (uint256(keccak256(abi.encode(seed, i, j, "zero"))) % 3 == 0) inc = 0;
                next[i][j] = activeCum[i][j] + inc;
                leaves[i * A + j] = _leaf(i, j, next[i][j]);
                totals[j] += next[i][j];
            }
        }
        for (uint256 j = 0; j < A; j++) {
            as_[j] = address(assets[j]);
        }
        uint64 epoch = dist.currentEpoch() + 1;
        dist.proposeRoot(epoch, TestMerkle.root(leaves), bytes32(seed), as_, totals);
        if (revoke) {
            dist.revokeRoot(epoch);
            _sync();
            return;
        }
        vm.warp(block.timestamp + WINDOW);
        try dist.activateRoot(epoch) {
            activeCum = next;
            activeLeaves = leaves;
            activations++;
        } catch {
            insolventRejections++;
            dist.revokeRoot(epoch);
        }
        _sync();
    }

    function claim(uint256 accountSeed, bool both, uint256 assetSeed) external {
        if (activeLeaves.length == 0) return;
        uint256 i = accountSeed % N;
        uint256 n = both ? A : 1;
        address[] memory as_ = new address[](n);
        uint256[] memory cums = new uint256[](n);
        bytes32[][] memory proofs = new bytes32[][](n);
        for (uint256 k = 0; k < n; k++) {
            uint256 j = both ? k : assetSeed % A;
            as_[k] = address(assets[j]);
            cums[k] = activeCum[i][j];
            proofs[k] = TestMerkle.proof(activeLeaves, i * A + j);
        }
        dist.claim(accounts[i], as_, cums, proofs);
        _sync();
    }

    /// Tries to claim more than, or for someone other than, the proof says. Must never pay.
    function forgedClaim(uint256 accountSeed, uint256 assetSeed, uint256 extra, bool otherAccount) external {
        if (activeLeaves.length == 0) return;
        uint256 i = accountSeed % N;
        uint256 j = assetSeed % A;
        extra = bound(extra, 1, 1e24);
        address who = otherAccount ? accounts[(i + 1) % N] : accounts[i];
        uint256 cum = otherAccount ? activeCum[i][j] : activeCum[i][j] + extra;
        bytes32[][] memory proofs = new bytes32[][](1);
        proofs[0] = TestMerkle.proof(activeLeaves, i * A + j);
        address[] memory as_ = new address[](1);
        as_[0] = address(assets[j]);
        uint256[] memory cums = new uint256[](1);
        cums[0] = cum;
        uint256 before = assets[j].balanceOf(who);
        try dist.claim(who, as_, cums, proofs) {
            if (assets[j].balanceOf(who) != before && activeCum[i][j] != activeCum[(i + 1) % N][j]) {
                forgedClaimPaid = true;
            }
        } catch {}
        _sync();
    }

    function accountCount() external pure returns (uint256) {
        return N;
    }

    function assetCount() external pure returns (uint256) {
        return A;
    }
}

contract DistributorInvariants is Base {
    Handler internal h;

    function setUp() public {
        vm.warp(1_700_000_000);
        h = new Handler();
    }

    function targetContracts() public view returns (address[] memory t) {
        t = new address[](1);
        t[0] = address(h);
    }

    /// The handler's paths do what the invariants assume: activation, rejection, real payouts.
    function test_HandlerPathsWork() public {
        h.newEpoch(1, false); // nothing funded: insolvent, revoked
        assertEq(h.insolventRejections(), 1, "unfunded root activated");
        h.fund(0, 5e23);
        h.fund(1, 5e23);
        h.newEpoch(2, false);
        assertEq(h.activations(), 1, "funded root not activated");
        for (uint256 i = 0; i < 4; i++) {
            h.claim(i, true, 0);
        }
        h.claim(1, false, 1); // a repeat pays nothing and does not revert
        h.forgedClaim(2, 0, 5, false);
        h.forgedClaim(2, 0, 5, true);
        RoyaltyDistributor dist = h.dist();
        for (uint256 j = 0; j < 2; j++) {
            uint256 total = dist.totalOf(1, address(h.assets(j)));
            assertTrue(total > 0, "empty epoch");
            assertEq(dist.totalClaimed(address(h.assets(j))), total, "not everything paid");
        }
        assertFalse(h.forgedClaimPaid(), "forged claim paid");
        h.newEpoch(3, true);
        assertEq(dist.currentEpoch(), 1, "revoked root activated");
    }

    /// Per asset, Σclaimed ≤ Σfunded, and tokens are conserved: held + claimed = funded.
    function invariant_ClaimedNeverExceedsFunded() public view {
        RoyaltyDistributor dist = h.dist();
        for (uint256 j = 0; j < h.assetCount(); j++) {
            TestToken t = h.assets(j);
            uint256 claimed = dist.totalClaimed(address(t));
            assertLe(claimed, h.ghostFunded(address(t)), "claimed more than funded");
            assertEq(t.balanceOf(address(dist)) + claimed, h.ghostFunded(address(t)), "held + claimed != funded");
            uint256 sum;
            for (uint256 i = 0; i < h.accountCount(); i++) {
                sum += dist.claimed(h.accounts(i), address(t));
            }
            assertEq(sum, claimed, "per-account claims do not add up to totalClaimed");
        }
    }

    /// Claimed amounts only grow.
    function invariant_ClaimedOnlyGrows() public view {
        assertFalse(h.claimedDecreased(), "a claimed amount went down");
        RoyaltyDistributor dist = h.dist();
        for (uint256 i = 0; i < h.accountCount(); i++) {
            for (uint256 j = 0; j < h.assetCount(); j++) {
                assertGe(
                    dist.claimed(h.accounts(i), address(h.assets(j))), h.lastSeenClaimed(i, j), "claimed went down"
                );
            }
        }
    }

    /// The distributor's balance covers every active entitlement not yet claimed.
    function invariant_BalanceCoversActiveEntitlements() public view {
        RoyaltyDistributor dist = h.dist();
        for (uint256 j = 0; j < h.assetCount(); j++) {
            TestToken t = h.assets(j);
            uint256 owed;
            for (uint256 i = 0; i < h.accountCount(); i++) {
                uint256 cum = h.activeCum(i, j);
                uint256 c = dist.claimed(h.accounts(i), address(t));
                if (cum > c) owed += cum - c;
            }
            assertGe(t.balanceOf(address(dist)), owed, "balance below unclaimed active entitlements");
            uint256 total = dist.totalOf(dist.currentEpoch(), address(t));
            assertGe(t.balanceOf(address(dist)) + dist.totalClaimed(address(t)), total, "active total uncovered");
        }
    }

    /// A claim above the proof or for another account never pays.
    function invariant_ForgedClaimsNeverPay() public view {
        assertFalse(h.forgedClaimPaid(), "a forged claim paid");
    }
}
