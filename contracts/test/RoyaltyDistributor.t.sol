// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Fixture} from "./Fixture.t.sol";
import {TestMerkle} from "./Merkle.t.sol";
import {RoyaltyDistributor} from "../src/RoyaltyDistributor.sol";
import {TestToken} from "../src/test/TestToken.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @notice A token that, when the distributor pays with it, records what the distributor had
/// already recorded as claimed and tries to re-enter `claim` (test only).
contract HookToken is TestToken {
    RoyaltyDistributor public d;
    bytes public reentry;
    uint256 public seenClaimed;
    bool public reentered;
    bytes public reentryError;

    constructor() TestToken("Hook", "HOOK") {}

    function arm(RoyaltyDistributor d_, bytes calldata call) external {
        d = d_;
        reentry = call;
    }

    function transfer(address to, uint256 v) public override returns (bool) {
        if (msg.sender == address(d)) {
            seenClaimed = d.claimed(to, address(this));
            (bool ok, bytes memory ret) = address(d).call(reentry);
            reentered = ok;
            reentryError = ret;
        }
        return super.transfer(to, v);
    }
}

contract RoyaltyDistributorTest is Fixture {
    event DisputeWindowSet(uint64 seconds_);
    event AssetAllowed(address indexed asset, bool allowed);
    event RootProposed(
        uint64 indexed epoch,
        bytes32 indexed root,
        bytes32 receiptRoot,
        uint64 activatesAt,
        address[] assets,
        uint256[] totals
    );
    event RootRevoked(uint64 indexed epoch, bytes32 indexed root);
    event RootActivated(uint64 indexed epoch, bytes32 indexed root);
    event Claimed(
        address indexed account, address indexed asset, uint64 indexed epoch, uint256 amount, uint256 cumulative
    );
    event Paused(address account);
    event Unpaused(address account);

    address internal alice = address(0xA1);
    address internal bob = address(0xB0B);
    address internal carol = address(0xCA);

    bytes32[] internal leaves;
    bytes32 internal root;

    /// @dev Tree of epoch 1: alice 300 usd, bob 200 usd, alice 50 eur, carol 0 usd.
    function _tree1() internal {
        delete leaves;
        leaves.push(leafOf(alice, address(usd), 300));
        leaves.push(leafOf(bob, address(usd), 200));
        leaves.push(leafOf(alice, address(eur), 50));
        leaves.push(leafOf(carol, address(usd), 0));
        root = TestMerkle.root(leaves);
    }

    function _activate1() internal {
        _tree1();
        fund(usd, 500);
        fund(eur, 50);
        address[] memory assets = new address[](2);
        assets[0] = address(usd);
        assets[1] = address(eur);
        uint256[] memory totals = new uint256[](2);
        totals[0] = 500;
        totals[1] = 50;
        vm.prank(relayer);
        dist.proposeRoot(1, root, bytes32("r1"), assets, totals);
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
    }

    function _p(uint256 i) internal view returns (bytes32[] memory) {
        return TestMerkle.proof(leaves, i);
    }

    // ---- constructor, setters, roles ----

    function test_ConstructorRejectsZeroAdminAndEmitsWindow() public {
        vm.expectRevert(RoyaltyDistributor.ZeroAddress.selector);
        new RoyaltyDistributor(address(0), 1);
        vm.expectEmit(false, false, false, true);
        emit DisputeWindowSet(77);
        RoyaltyDistributor d = new RoyaltyDistributor(admin, 77);
        assertEq(d.disputeWindow(), 77, "window");
        assertTrue(d.hasRole(d.DEFAULT_ADMIN_ROLE(), admin), "admin role");
    }

    function test_RoleChecks() public {
        bytes32 proposer = dist.PROPOSER_ROLE();
        bytes32 guard = dist.GUARDIAN_ROLE();
        bytes32 adm = dist.DEFAULT_ADMIN_ROLE();

        vm.expectRevert(unauthorized(stranger, proposer));
        vm.prank(stranger);
        dist.proposeRoot(1, bytes32("x"), 0, one(address(usd)), one(uint256(0)));
        vm.expectRevert(unauthorized(guardian, proposer));
        vm.prank(guardian);
        dist.proposeRoot(1, bytes32("x"), 0, one(address(usd)), one(uint256(0)));

        propose(1, bytes32("x"), address(usd), 0);
        vm.expectRevert(unauthorized(relayer, guard));
        vm.prank(relayer);
        dist.revokeRoot(1);
        vm.expectRevert(unauthorized(stranger, guard));
        vm.prank(stranger);
        dist.pause();
        vm.prank(guardian);
        dist.pause();
        vm.expectRevert(unauthorized(admin, guard));
        vm.prank(admin);
        dist.unpause();

        vm.expectRevert(unauthorized(relayer, adm));
        vm.prank(relayer);
        dist.setDisputeWindow(1);
        vm.expectRevert(unauthorized(guardian, adm));
        vm.prank(guardian);
        dist.setAssetAllowed(address(usd), false);
        vm.expectRevert(unauthorized(relayer, adm));
        vm.prank(relayer);
        dist.grantRole(proposer, stranger);
    }

    function test_SettersEmit() public {
        vm.expectEmit(false, false, false, true, address(dist));
        emit DisputeWindowSet(3600);
        vm.prank(admin);
        dist.setDisputeWindow(3600);
        assertEq(dist.disputeWindow(), 3600, "window");

        vm.expectEmit(true, false, false, true, address(dist));
        emit AssetAllowed(address(usd), false);
        vm.prank(admin);
        dist.setAssetAllowed(address(usd), false);
        assertFalse(dist.assetAllowed(address(usd)), "still allowed");

        vm.expectRevert(RoyaltyDistributor.ZeroAddress.selector);
        vm.prank(admin);
        dist.setAssetAllowed(address(0), true);
    }

    // ---- proposals ----

    function test_ProposeEmitsAllFields() public {
        address[] memory assets = new address[](2);
        assets[0] = address(usd);
        assets[1] = address(eur);
        uint256[] memory totals = new uint256[](2);
        totals[0] = 500;
        totals[1] = 50;
        uint64 at = uint64(block.timestamp) + WINDOW;
        vm.expectEmit(true, true, false, true, address(dist));
        emit RootProposed(1, bytes32("root"), bytes32("receipts"), at, assets, totals);
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("root"), bytes32("receipts"), assets, totals);
        (uint64 e, bytes32 r, bytes32 rr, uint64 a) = dist.pending();
        assertEq(e, 1, "pending epoch");
        assertEq(r, bytes32("root"), "pending root");
        assertEq(rr, bytes32("receipts"), "pending receipt root");
        assertEq(a, at, "activatesAt");
        (address[] memory pa, uint256[] memory pt) = dist.pendingTotals();
        assertEq(pa.length, 2, "pending assets");
        assertEq(pa[1], address(eur), "pending asset 1");
        assertEq(pt[0], 500, "pending total 0");
    }

    function test_ZeroRootRejected() public {
        vm.expectRevert(RoyaltyDistributor.ZeroRoot.selector);
        propose(1, bytes32(0), address(usd), 0);
    }

    function test_EpochsStrictlySequential() public {
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WrongEpoch.selector, uint64(0), uint64(1)));
        propose(0, bytes32("x"), address(usd), 0);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WrongEpoch.selector, uint64(2), uint64(1)));
        propose(2, bytes32("x"), address(usd), 0);
        proposeAndActivate(1, bytes32("x"), address(usd), 0);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WrongEpoch.selector, uint64(1), uint64(2)));
        propose(1, bytes32("y"), address(usd), 0);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WrongEpoch.selector, uint64(3), uint64(2)));
        propose(3, bytes32("y"), address(usd), 0);
        proposeAndActivate(2, bytes32("y"), address(usd), 0);
        assertEq(dist.currentEpoch(), 2, "current epoch");
    }

    function test_PendingBlocksOtherProposals() public {
        propose(1, bytes32("x"), address(usd), 0);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.RootPending.selector, uint64(1), bytes32("x")));
        propose(1, bytes32("y"), address(usd), 0);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.RootPending.selector, uint64(1), bytes32("x")));
        propose(2, bytes32("x"), address(usd), 0);
    }

    function test_ReproposalOfSameEpochAndRootIsNoOp() public {
        propose(1, bytes32("x"), address(usd), 10);
        (,,, uint64 at) = dist.pending();
        vm.warp(block.timestamp + WINDOW / 2);
        vm.recordLogs();
        // Even with other receipt root/totals, the same (epoch, root) changes nothing.
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("x"), bytes32("other"), one(address(eur)), one(uint256(99)));
        assertEq(vm.getRecordedLogs().length, 0, "re-proposal emitted logs");
        (,, bytes32 rr, uint64 at2) = dist.pending();
        assertEq(at2, at, "activation time moved");
        assertEq(rr, keccak256(abi.encode("receipts", uint64(1))), "receipt root changed");
        (address[] memory pa, uint256[] memory pt) = dist.pendingTotals();
        assertEq(pa[0], address(usd), "asset changed");
        assertEq(pt[0], 10, "total changed");
    }

    function test_ProposalAssetChecks() public {
        TestToken other = new TestToken("x", "x");
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotAllowed.selector, address(other)));
        propose(1, bytes32("x"), address(other), 0);
        address[] memory dup = new address[](2);
        dup[0] = address(usd);
        dup[1] = address(usd);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.DuplicateAsset.selector, address(usd)));
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("x"), 0, dup, new uint256[](2));
        vm.expectRevert(RoyaltyDistributor.LengthMismatch.selector);
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("x"), 0, dup, new uint256[](1));
    }

    // ---- activation ----

    function test_ActivationTimeFixedAtProposal() public {
        propose(1, bytes32("x"), address(usd), 0);
        uint256 at = block.timestamp + WINDOW;
        vm.prank(admin);
        dist.setDisputeWindow(30 days);
        vm.warp(at - 1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.TooEarly.selector, uint64(at)));
        dist.activateRoot(1);
        vm.warp(at);
        vm.expectEmit(true, true, false, true, address(dist));
        emit RootActivated(1, bytes32("x"));
        vm.prank(stranger); // anyone may activate
        dist.activateRoot(1);
        assertEq(dist.activeRoot(), bytes32("x"), "active root");
        assertEq(dist.rootOf(1), bytes32("x"), "rootOf");
        assertEq(dist.receiptRootOf(1), keccak256(abi.encode("receipts", uint64(1))), "receiptRootOf");
        (uint64 e,,,) = dist.pending();
        assertEq(e, 0, "pending not cleared");
        // A later proposal uses the new window.
        propose(2, bytes32("y"), address(usd), 0);
        (,,, uint64 at2) = dist.pending();
        assertEq(at2, block.timestamp + 30 days, "new window not applied");
    }

    function test_NoActivationWhenUnfunded() public {
        fund(usd, 499);
        propose(1, bytes32("x"), address(usd), 500);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.Insolvent.selector, address(usd), 499, 500));
        dist.activateRoot(1);
        fund(usd, 1);
        dist.activateRoot(1);
        assertEq(dist.totalOf(1, address(usd)), 500, "total recorded");
    }

    function test_SolvencyCountsAlreadyClaimed() public {
        _activate1();
        claimOne(alice, address(usd), 300, _p(0));
        // Epoch 2: totals 600 usd, 300 already paid out, 200 held: needs 100 more.
        delete leaves;
        leaves.push(leafOf(alice, address(usd), 400));
        leaves.push(leafOf(bob, address(usd), 200));
        root = TestMerkle.root(leaves);
        propose(2, root, address(usd), 600);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.Insolvent.selector, address(usd), 500, 600));
        dist.activateRoot(2);
        fund(usd, 100);
        dist.activateRoot(2);
    }

    function test_ActivateNeedsPendingEpoch() public {
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(1)));
        dist.activateRoot(1);
        propose(1, bytes32("x"), address(usd), 0);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(2)));
        dist.activateRoot(2);
        dist.activateRoot(1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(1)));
        dist.activateRoot(1);
    }

    // ---- revocation ----

    function test_OnlyPendingRootRevocable() public {
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(1)));
        vm.prank(guardian);
        dist.revokeRoot(1);
        proposeAndActivate(1, bytes32("x"), address(usd), 0);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(1)));
        vm.prank(guardian);
        dist.revokeRoot(1);
        propose(2, bytes32("y"), address(usd), 0);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(3)));
        vm.prank(guardian);
        dist.revokeRoot(3);
        vm.expectEmit(true, true, false, true, address(dist));
        emit RootRevoked(2, bytes32("y"));
        vm.prank(guardian);
        dist.revokeRoot(2);
        assertEq(dist.activeRoot(), bytes32("x"), "active root touched by revocation");
        assertEq(dist.currentEpoch(), 1, "epoch touched by revocation");
    }

    function test_RevokedRootNeverClaimable() public {
        _tree1();
        fund(usd, 500);
        bytes32 bad = root;
        propose(1, bad, address(usd), 500);
        vm.prank(guardian);
        dist.revokeRoot(1);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(1)));
        dist.activateRoot(1);
        vm.expectRevert(RoyaltyDistributor.NoActiveRoot.selector);
        claimOne(alice, address(usd), 300, _p(0));
        // The same epoch is proposed again with a corrected tree and activates.
        bytes32[] memory fixedLeaves = new bytes32[](2);
        fixedLeaves[0] = leafOf(alice, address(usd), 100);
        fixedLeaves[1] = leafOf(bob, address(usd), 100);
        proposeAndActivate(1, TestMerkle.root(fixedLeaves), address(usd), 200);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, alice, address(usd), 300));
        claimOne(alice, address(usd), 300, _p(0));
        // Re-proposing the revoked root later changes nothing for the holders of its proofs
        // until it passes a full window and solvency again like any other root.
        claimOne(alice, address(usd), 100, TestMerkle.proof(fixedLeaves, 0));
        assertEq(usd.balanceOf(alice), 100, "alice paid from the revoked tree");
    }

    // ---- claims ----

    function test_ClaimPaysAccountAndEmits() public {
        _activate1();
        vm.expectEmit(true, true, true, true, address(dist));
        emit Claimed(alice, address(usd), 1, 300, 300);
        vm.prank(stranger); // anyone may claim for alice; the funds go to alice
        claimOne(alice, address(usd), 300, _p(0));
        assertEq(usd.balanceOf(alice), 300, "alice");
        assertEq(usd.balanceOf(stranger), 0, "stranger");
        assertEq(dist.claimed(alice, address(usd)), 300, "claimed");
        assertEq(dist.totalClaimed(address(usd)), 300, "totalClaimed");
    }

    function test_NoClaimBeforeAnyRoot() public {
        vm.expectRevert(RoyaltyDistributor.NoActiveRoot.selector);
        claimOne(alice, address(usd), 0, new bytes32[](0));
    }

    function test_NoDoubleClaimEitherOrder() public {
        _activate1();
        claimOne(alice, address(usd), 300, _p(0));
        claimOne(bob, address(usd), 200, _p(1));
        vm.recordLogs();
        claimOne(bob, address(usd), 200, _p(1));
        claimOne(alice, address(usd), 300, _p(0));
        assertEq(vm.getRecordedLogs().length, 0, "second claims emitted");
        assertEq(usd.balanceOf(alice), 300, "alice paid twice");
        assertEq(usd.balanceOf(bob), 200, "bob paid twice");
        assertEq(usd.balanceOf(address(dist)), 0, "distributor balance");
    }

    function test_DuplicateInOneBatchPaysOnce() public {
        _activate1();
        address[] memory assets = new address[](2);
        assets[0] = address(usd);
        assets[1] = address(usd);
        uint256[] memory cums = new uint256[](2);
        cums[0] = 300;
        cums[1] = 300;
        bytes32[][] memory proofs = new bytes32[][](2);
        proofs[0] = _p(0);
        proofs[1] = _p(0);
        dist.claim(alice, assets, cums, proofs);
        assertEq(usd.balanceOf(alice), 300, "paid twice in one batch");
    }

    function test_WrongAccountFails() public {
        _activate1();
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, bob, address(usd), 300));
        claimOne(bob, address(usd), 300, _p(0));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, alice, address(eur), 300));
        claimOne(alice, address(eur), 300, _p(0));
    }

    function test_MoreOrLessThanProofFails() public {
        _activate1();
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, alice, address(usd), 301));
        claimOne(alice, address(usd), 301, _p(0));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, alice, address(usd), 299));
        claimOne(alice, address(usd), 299, _p(0));
    }

    function test_BatchAcrossAssetsSkipsZero() public {
        _activate1();
        claimOne(alice, address(usd), 300, _p(0));
        address[] memory assets = new address[](2);
        assets[0] = address(usd);
        assets[1] = address(eur);
        uint256[] memory cums = new uint256[](2);
        cums[0] = 300;
        cums[1] = 50;
        bytes32[][] memory proofs = new bytes32[][](2);
        proofs[0] = _p(0);
        proofs[1] = _p(2);
        vm.recordLogs();
        dist.claim(alice, assets, cums, proofs);
        assertEq(vm.getRecordedLogs().length, 2, "want one Claimed and one Transfer (eur only)");
        assertEq(usd.balanceOf(alice), 300, "usd");
        assertEq(eur.balanceOf(alice), 50, "eur");
        // carol's leaf is zero: a valid claim that pays nothing and does not revert.
        vm.recordLogs();
        claimOne(carol, address(usd), 0, _p(3));
        assertEq(vm.getRecordedLogs().length, 0, "zero claim emitted");
        vm.expectRevert(RoyaltyDistributor.LengthMismatch.selector);
        dist.claim(alice, assets, one(uint256(300)), proofs);
    }

    function test_CumulativeAcrossEpochsPaysDifference() public {
        _activate1();
        claimOne(alice, address(usd), 300, _p(0));
        delete leaves;
        leaves.push(leafOf(alice, address(usd), 450));
        leaves.push(leafOf(bob, address(usd), 200));
        root = TestMerkle.root(leaves);
        fund(usd, 150);
        proposeAndActivate(2, root, address(usd), 650);
        vm.expectEmit(true, true, true, true, address(dist));
        emit Claimed(alice, address(usd), 2, 150, 450);
        claimOne(alice, address(usd), 450, _p(0));
        claimOne(bob, address(usd), 200, _p(1));
        assertEq(usd.balanceOf(alice), 450, "alice");
        assertEq(usd.balanceOf(bob), 200, "bob");
        // Old epoch-1 proofs do not work against the epoch-2 root; an asset the new root's totals
        // leave out cannot be claimed until a root lists it again.
        _tree1();
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, bob, address(usd), 200));
        claimOne(bob, address(usd), 200, _p(1));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotInRoot.selector, address(eur)));
        claimOne(alice, address(eur), 50, _p(2));
    }

    function test_AssetNotInActiveRoot() public {
        proposeAndActivate(1, bytes32("x"), address(usd), 0);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotInRoot.selector, address(eur)));
        claimOne(alice, address(eur), 1, new bytes32[](0));
    }

    function test_PauseStopsClaimsOnly() public {
        _activate1();
        vm.expectEmit(false, false, false, true, address(dist));
        emit Paused(guardian);
        vm.prank(guardian);
        dist.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        claimOne(alice, address(usd), 300, _p(0));
        // Proposing and activating continue while paused.
        propose(2, root, address(usd), 500);
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(2);
        vm.expectEmit(false, false, false, true, address(dist));
        emit Unpaused(guardian);
        vm.prank(guardian);
        dist.unpause();
        claimOne(alice, address(usd), 300, _p(0));
        assertEq(usd.balanceOf(alice), 300, "alice");
    }

    /// A proven internal node cannot be claimed as a leaf: leaves are double-hashed over 160 bytes,
    /// so no (account, asset, cumulative) hashes to a node of the tree.
    function test_InternalNodeAsLeafFails() public {
        _activate1();
        bytes32 node = TestMerkle.hashPair(leaves[0], leaves[1]);
        bytes32[] memory nodeProof = new bytes32[](1);
        nodeProof[0] = TestMerkle.hashPair(leaves[2], leaves[3]);
        assertTrue(MerkleProof.verify(nodeProof, root, node), "node should be provable as a node");
        address fakeAccount = address(uint160(uint256(leaves[0])));
        uint256 fakeCum = uint256(leaves[1]);
        vm.expectRevert(
            abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, fakeAccount, address(usd), fakeCum)
        );
        claimOne(fakeAccount, address(usd), fakeCum, nodeProof);
        // And the contract's own leaf of those values is not the node.
        assertTrue(dist.leaf(fakeAccount, address(usd), fakeCum) != node, "leaf equals node");
    }

    function test_LeafMatchesStandardEncoding() public view {
        assertEq(dist.leaf(alice, address(usd), 300), leafOf(alice, address(usd), 300), "leaf encoding");
    }

    function test_ClaimedRecordedBeforeTransferAndNoReentry() public {
        HookToken hook = new HookToken();
        vm.prank(admin);
        dist.setAssetAllowed(address(hook), true);
        bytes32[] memory l = new bytes32[](2);
        l[0] = leafOf(alice, address(hook), 70);
        l[1] = leafOf(bob, address(hook), 30);
        hook.mint(address(dist), 100);
        proposeAndActivate(1, TestMerkle.root(l), address(hook), 100);
        hook.arm(
            dist,
            abi.encodeCall(
                RoyaltyDistributor.claim,
                (bob, one(address(hook)), one(uint256(30)), one(TestMerkle.proof(l, 1)))
            )
        );
        claimOne(alice, address(hook), 70, TestMerkle.proof(l, 0));
        assertEq(hook.seenClaimed(), 70, "claimed not recorded before the transfer");
        assertFalse(hook.reentered(), "re-entry succeeded");
        assertEq(
            bytes32(hook.reentryError()),
            bytes32(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "re-entry not stopped by the guard"
        );
        assertEq(hook.balanceOf(bob), 0, "bob paid through re-entry");
    }

    // ---- random trees and fuzz ----

    /// Every leaf of a random tree is claimable exactly once, for exactly its amount.
    function testFuzz_AllClaimsExactlyOnce(uint256 seed, uint8 size) public {
        uint256 n = bound(size, 1, 40);
        address[] memory accounts = new address[](n);
        uint256[] memory amounts = new uint256[](n);
        bytes32[] memory l = new bytes32[](n);
        uint256 total;
        for (uint256 i = 0; i < n; i++) {
            accounts[i] = address(uint160(uint256(keccak256(abi.encode(seed, i)))) | 1);
            amounts[i] = uint256(keccak256(abi.encode(seed, i, "amount"))) % 1e12;
            total += amounts[i];
            l[i] = leafOf(accounts[i], address(usd), amounts[i]);
        }
        fund(usd, total);
        proposeAndActivate(1, TestMerkle.root(l), address(usd), total);
        for (uint256 i = 0; i < n; i++) {
            claimOne(accounts[i], address(usd), amounts[i], TestMerkle.proof(l, i));
        }
        for (uint256 i = 0; i < n; i++) {
            claimOne(accounts[i], address(usd), amounts[i], TestMerkle.proof(l, i));
            assertEq(usd.balanceOf(accounts[i]), amounts[i], "balance");
        }
        assertEq(usd.balanceOf(address(dist)), 0, "left in distributor");
        assertEq(dist.totalClaimed(address(usd)), total, "totalClaimed");
    }

    /// Two epochs with arbitrary cumulatives: an account receives max(c1, c2) in total, never more.
    function testFuzz_CumulativeClaims(uint128 c1, uint128 c2, bool claimFirst) public {
        bytes32[] memory l = new bytes32[](2);
        l[0] = leafOf(alice, address(usd), c1);
        l[1] = leafOf(bob, address(usd), 1);
        fund(usd, uint256(c1) + 1);
        proposeAndActivate(1, TestMerkle.root(l), address(usd), uint256(c1) + 1);
        if (claimFirst) claimOne(alice, address(usd), c1, TestMerkle.proof(l, 0));
        uint256 paid = claimFirst ? c1 : 0;
        l[0] = leafOf(alice, address(usd), c2);
        uint256 need = uint256(c2) + 1;
        uint256 have = usd.balanceOf(address(dist)) + dist.totalClaimed(address(usd));
        if (need > have) fund(usd, need - have);
        proposeAndActivate(2, TestMerkle.root(l), address(usd), need);
        claimOne(alice, address(usd), c2, TestMerkle.proof(l, 0));
        uint256 want = c2 > paid ? c2 : paid;
        assertEq(usd.balanceOf(alice), want, "alice total");
        assertEq(dist.claimed(alice, address(usd)), want, "claimed");
    }

    /// A random proof or value never verifies against a random root.
    function testFuzz_ForgedClaimFails(bytes32 r, uint256 cum, bytes32 sibling) public {
        vm.assume(r != bytes32(0));
        vm.assume(TestMerkle.hashPair(leafOf(alice, address(usd), cum), sibling) != r);
        proposeAndActivate(1, r, address(usd), 0);
        bytes32[] memory p = new bytes32[](1);
        p[0] = sibling;
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, alice, address(usd), cum));
        claimOne(alice, address(usd), cum, p);
    }

    // ---- gas ----

    /// Claims with a 20-hash proof (a tree of ~1M leaves) by an account holding no tokens yet.
    /// `warm`: another account claimed this asset before (the usual case); otherwise this is the
    /// asset's first claim ever (totalClaimed goes from zero, the worst case). Returns the gas the
    /// claim call used, measured with gasleft() (no 21,000 base or calldata cost included).
    function _gasOf20HashClaim(bool warm) internal returns (uint256 used) {
        bytes32 aliceLeaf = leafOf(alice, address(usd), 1_000_000);
        bytes32 bobLeaf = leafOf(bob, address(usd), 5);
        bytes32[] memory aliceProof = new bytes32[](20);
        bytes32[] memory bobProof = new bytes32[](20);
        aliceProof[0] = bobLeaf;
        bobProof[0] = aliceLeaf;
        bytes32 node = TestMerkle.hashPair(aliceLeaf, bobLeaf);
        for (uint256 i = 1; i < 20; i++) {
            aliceProof[i] = keccak256(abi.encode("sibling", i));
            bobProof[i] = aliceProof[i];
            node = TestMerkle.hashPair(node, aliceProof[i]);
        }
        fund(usd, 1_000_005);
        proposeAndActivate(1, node, address(usd), 1_000_005);
        if (warm) claimOne(bob, address(usd), 5, bobProof);
        address[] memory assets = one(address(usd));
        uint256[] memory cums = one(uint256(1_000_000));
        bytes32[][] memory proofs = one(aliceProof);
        uint256 before = gasleft();
        dist.claim(alice, assets, cums, proofs);
        used = before - gasleft();
        assertEq(usd.balanceOf(alice), 1_000_000, "paid");
    }

    function test_GasClaimWith20HashProof() public {
        assertLe(_gasOf20HashClaim(true), 90_000, "claim with a 20-hash proof");
    }

    function test_GasFirstClaimOfAssetWith20HashProof() public {
        assertLe(_gasOf20HashClaim(false), 90_000, "first claim of the asset with a 20-hash proof");
    }

    /// Records the gas of each step of a round (snapshots/RoyaltyDistributorTest.json, committed):
    /// fundEpoch, proposeRoot (one asset), activateRoot, and claim with a 20-hash proof.
    function test_GasOfRoundSteps() public {
        usd.mint(consumer, 1_000_005);
        vm.startPrank(consumer);
        usd.approve(address(vault), 1_000_005);
        vault.deposit(consumer, address(usd), 1_000_005);
        vm.stopPrank();
        vm.prank(relayer);
        vault.fundEpoch(1, consumer, address(usd), 1_000_005);
        vm.snapshotGasLastCall("fundEpoch");

        bytes32 aliceLeaf = leafOf(alice, address(usd), 1_000_000);
        bytes32[] memory proof = new bytes32[](20);
        proof[0] = leafOf(bob, address(usd), 5);
        bytes32 node = TestMerkle.hashPair(aliceLeaf, proof[0]);
        for (uint256 i = 1; i < 20; i++) {
            proof[i] = keccak256(abi.encode("sibling", i));
            node = TestMerkle.hashPair(node, proof[i]);
        }
        address[] memory assets = one(address(usd));
        uint256[] memory totals = one(uint256(1_000_005));
        vm.prank(relayer);
        dist.proposeRoot(1, node, bytes32("receipts"), assets, totals);
        vm.snapshotGasLastCall("proposeRoot");
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
        vm.snapshotGasLastCall("activateRoot");
        uint256[] memory cums = one(uint256(1_000_000));
        bytes32[][] memory proofs = one(proof);
        dist.claim(alice, assets, cums, proofs);
        uint256 used = vm.snapshotGasLastCall("claim20HashProofFirstOfAsset");
        assertLe(used, 90_000, "claim");
    }
}
