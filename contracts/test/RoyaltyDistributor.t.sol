// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Fixture} from "./Fixture.t.sol";
import {Vm} from "./Base.t.sol";
import {TestMerkle} from "./Merkle.t.sol";
import {RoyaltyDistributor} from "../src/RoyaltyDistributor.sol";
import {RevenueVault} from "../src/RevenueVault.sol";
import {TestToken} from "../src/test/TestToken.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @notice A token that, when the distributor pays with it, records what the distributor had
/// already recorded as claimed and makes one call back into the distributor (test only).
contract HookToken is TestToken {
    RoyaltyDistributor public d;
    bytes public reentry;
    uint256 public seenClaimed;
    uint256 public seenTotalClaimed;
    uint256 public seenBalance;
    bool public reentered;
    bytes public reentryError;

    constructor() TestToken("Hook", "HOOK") {}

    function arm(RoyaltyDistributor d_, bytes calldata call) external {
        d = d_;
        reentry = call;
    }

    function transfer(address to, uint256 v) public override returns (bool) {
        if (msg.sender == address(d) && reentry.length != 0) {
            seenClaimed = d.claimed(to, address(this));
            seenTotalClaimed = d.totalClaimed(address(this));
            seenBalance = balanceOf(address(d));
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
        uint64 end,
        uint64 activatesAt,
        address[] assets,
        uint256[] totals
    );
    event RootRevoked(uint64 indexed epoch, bytes32 indexed root);
    event RootChallenged(
        uint64 indexed epoch,
        bytes32 indexed root,
        address indexed account,
        address asset,
        uint256 cumulative,
        uint256 claimed
    );
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

    function _two(address a, address b) internal pure returns (address[] memory x) {
        x = new address[](2);
        x[0] = a;
        x[1] = b;
    }

    function _two(uint256 a, uint256 b) internal pure returns (uint256[] memory x) {
        x = new uint256[](2);
        x[0] = a;
        x[1] = b;
    }

    function _activate1() internal {
        _tree1();
        fund(usd, 500);
        fund(eur, 50);
        vm.prank(relayer);
        dist.proposeRoot(
            1, root, bytes32("r1"), uint64(block.timestamp), _two(address(usd), address(eur)), _two(500, 50)
        );
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
    }

    /// @dev Activates `epoch` with a placeholder root and a one-unit usd total (funded once).
    function _activateDummy(uint64 epoch, bytes32 r) internal {
        if (usd.balanceOf(address(dist)) == 0) fund(usd, 1);
        proposeAndActivate(epoch, r, address(usd), 1);
    }

    function _p(uint256 i) internal view returns (bytes32[] memory) {
        return TestMerkle.proof(leaves, i);
    }

    // ---- constructor, setters, roles ----

    function test_ConstructorRejectsZeroAdminAndEmitsWindow() public {
        vm.expectRevert(RoyaltyDistributor.ZeroAddress.selector);
        new RoyaltyDistributor(address(0), 2 hours);
        vm.expectEmit(false, false, false, true);
        emit DisputeWindowSet(2 hours);
        RoyaltyDistributor d = new RoyaltyDistributor(admin, 2 hours);
        assertEq(d.disputeWindow(), 2 hours, "window");
        assertTrue(d.hasRole(d.DEFAULT_ADMIN_ROLE(), admin), "admin role");
    }

    function test_RoleChecks() public {
        bytes32 proposer = dist.PROPOSER_ROLE();
        bytes32 guard = dist.GUARDIAN_ROLE();
        bytes32 adm = dist.DEFAULT_ADMIN_ROLE();

        vm.expectRevert(unauthorized(stranger, proposer));
        vm.prank(stranger);
        dist.proposeRoot(1, bytes32("x"), 0, 1, one(address(usd)), one(uint256(1)));
        vm.expectRevert(unauthorized(guardian, proposer));
        vm.prank(guardian);
        dist.proposeRoot(1, bytes32("x"), 0, 1, one(address(usd)), one(uint256(1)));

        propose(1, bytes32("x"), address(usd), 1);
        bytes32 digest = digestOf(1, bytes32("x"), address(usd), 1, uint64(block.timestamp));
        vm.expectRevert(unauthorized(relayer, guard));
        vm.prank(relayer);
        dist.revokeRoot(1, digest);
        vm.expectRevert(unauthorized(stranger, guard));
        vm.prank(stranger);
        dist.pause();
        vm.prank(guardian);
        dist.pause();
        vm.expectRevert(unauthorized(admin, guard));
        vm.prank(admin);
        dist.unpause();

        // The relayer can propose only: never change the window, the assets or the roles.
        vm.expectRevert(unauthorized(relayer, adm));
        vm.prank(relayer);
        dist.setDisputeWindow(2 hours);
        vm.expectRevert(unauthorized(relayer, adm));
        vm.prank(relayer);
        dist.setAssetAllowed(address(usd), false);
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

    /// Finding 6: the window is bounded by constants, at construction and in the setter; 0 (a root
    /// proposed and activated in one block) and 2^64-1 (every proposal overflowing) are refused, and
    /// a proposal at the maximum does not overflow.
    function test_DisputeWindowBounded() public {
        uint64 lo = dist.MIN_DISPUTE_WINDOW();
        uint64 hi = dist.MAX_DISPUTE_WINDOW();
        assertTrue(lo > 0, "minimum must be positive");
        assertEq(lo, 1 hours, "min");
        assertEq(hi, 30 days, "max");
        uint64[4] memory bad = [uint64(0), lo - 1, hi + 1, type(uint64).max];
        for (uint256 i = 0; i < bad.length; i++) {
            bytes memory err = abi.encodeWithSelector(RoyaltyDistributor.WindowOutOfRange.selector, bad[i], lo, hi);
            vm.expectRevert(err);
            new RoyaltyDistributor(admin, bad[i]);
            vm.expectRevert(err);
            vm.prank(admin);
            dist.setDisputeWindow(bad[i]);
        }
        assertEq(dist.disputeWindow(), WINDOW, "a refused window changed the setting");
        assertEq(new RoyaltyDistributor(admin, lo).disputeWindow(), lo, "min refused");
        vm.startPrank(admin);
        dist.setDisputeWindow(lo);
        dist.setDisputeWindow(hi);
        vm.stopPrank();
        propose(1, bytes32("x"), address(usd), 1);
        (,,,, uint64 at) = dist.pending();
        assertEq(at, block.timestamp + hi, "activatesAt at the maximum window");
    }

    // ---- proposals ----

    function test_ProposeEmitsAllFields() public {
        uint64 end = uint64(block.timestamp) - 5;
        uint64 at = uint64(block.timestamp) + WINDOW;
        address[] memory assets = _two(address(usd), address(eur));
        uint256[] memory totals = _two(500, 50);
        vm.expectEmit(true, true, false, true, address(dist));
        emit RootProposed(1, bytes32("root"), bytes32("receipts"), end, at, assets, totals);
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("root"), bytes32("receipts"), end, assets, totals);
        (uint64 e, bytes32 r, bytes32 rr, uint64 pend, uint64 a) = dist.pending();
        assertEq(e, 1, "pending epoch");
        assertEq(r, bytes32("root"), "pending root");
        assertEq(rr, bytes32("receipts"), "pending receipt root");
        assertEq(pend, end, "pending end");
        assertEq(a, at, "activatesAt");
        (address[] memory pa, uint256[] memory pt) = dist.pendingTotals();
        assertEq(pa.length, 2, "pending assets");
        assertEq(pa[1], address(eur), "pending asset 1");
        assertEq(pt[0], 500, "pending total 0");
        assertEq(pt[1], 50, "pending total 1");
    }

    function test_ZeroRootRejected() public {
        vm.expectRevert(RoyaltyDistributor.ZeroRoot.selector);
        propose(1, bytes32(0), address(usd), 1);
    }

    /// The period end: after the previous epoch's end, never in the future; recorded at activation.
    function test_EndFollowsThePreviousEpochAndIsNotInTheFuture() public {
        uint64 now1 = uint64(block.timestamp);
        vm.startPrank(relayer);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.BadEnd.selector, uint64(0), uint64(0), now1));
        dist.proposeRoot(1, bytes32("x"), 0, 0, one(address(usd)), one(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.BadEnd.selector, now1 + 1, uint64(0), now1));
        dist.proposeRoot(1, bytes32("x"), 0, now1 + 1, one(address(usd)), one(uint256(1)));
        vm.stopPrank();
        fund(usd, 1);
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("x"), 0, now1 - 100, one(address(usd)), one(uint256(1)));
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
        assertEq(dist.endOf(1), now1 - 100, "endOf(1)");
        uint64 now2 = uint64(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.BadEnd.selector, now1 - 100, now1 - 100, now2));
        vm.prank(relayer);
        dist.proposeRoot(2, bytes32("y"), 0, now1 - 100, one(address(usd)), one(uint256(1)));
        vm.prank(relayer);
        dist.proposeRoot(2, bytes32("y"), 0, now1 - 99, one(address(usd)), one(uint256(1)));
    }

    function test_EpochsStrictlySequential() public {
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WrongEpoch.selector, uint64(0), uint64(1)));
        propose(0, bytes32("x"), address(usd), 1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WrongEpoch.selector, uint64(2), uint64(1)));
        propose(2, bytes32("x"), address(usd), 1);
        _activateDummy(1, bytes32("x"));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WrongEpoch.selector, uint64(1), uint64(2)));
        propose(1, bytes32("y"), address(usd), 1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WrongEpoch.selector, uint64(3), uint64(2)));
        propose(3, bytes32("y"), address(usd), 1);
        _activateDummy(2, bytes32("y"));
        assertEq(dist.currentEpoch(), 2, "current epoch");
    }

    function test_PendingBlocksOtherProposals() public {
        propose(1, bytes32("x"), address(usd), 1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.RootPending.selector, uint64(1), bytes32("x")));
        propose(1, bytes32("y"), address(usd), 1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.RootPending.selector, uint64(1), bytes32("x")));
        propose(2, bytes32("x"), address(usd), 1);
    }

    /// Re-sending the identical pending proposal is a no-op (the relayer's safe retry); the same
    /// (epoch, root) with any other field is refused, not silently ignored.
    function test_ReproposalOfIdenticalProposalIsNoOp() public {
        propose(1, bytes32("x"), address(usd), 10);
        (,,,, uint64 at) = dist.pending();
        vm.warp(block.timestamp + WINDOW / 2);
        uint64 end = at - WINDOW; // the end propose() used
        vm.recordLogs();
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("x"), keccak256(abi.encode("receipts", uint64(1))), end, one(address(usd)), one(uint256(10)));
        assertEq(vm.getRecordedLogs().length, 0, "re-proposal emitted logs");
        (,,,, uint64 at2) = dist.pending();
        assertEq(at2, at, "activation time moved");

        bytes memory mismatch = abi.encodeWithSelector(RoyaltyDistributor.ProposalMismatch.selector, uint64(1), bytes32("x"));
        vm.startPrank(relayer);
        vm.expectRevert(mismatch);
        dist.proposeRoot(1, bytes32("x"), bytes32("other"), end, one(address(usd)), one(uint256(10)));
        vm.expectRevert(mismatch);
        dist.proposeRoot(1, bytes32("x"), keccak256(abi.encode("receipts", uint64(1))), end - 1, one(address(usd)), one(uint256(10)));
        vm.expectRevert(mismatch);
        dist.proposeRoot(1, bytes32("x"), keccak256(abi.encode("receipts", uint64(1))), end, one(address(eur)), one(uint256(10)));
        vm.expectRevert(mismatch);
        dist.proposeRoot(1, bytes32("x"), keccak256(abi.encode("receipts", uint64(1))), end, one(address(usd)), one(uint256(11)));
        vm.stopPrank();
        (address[] memory pa, uint256[] memory pt) = dist.pendingTotals();
        assertEq(pa[0], address(usd), "asset changed");
        assertEq(pt[0], 10, "total changed");
    }

    function test_ProposalAssetChecks() public {
        TestToken other = new TestToken("x", "x");
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotAllowed.selector, address(other)));
        propose(1, bytes32("x"), address(other), 1);
        address[] memory dup = _two(address(usd), address(usd));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.DuplicateAsset.selector, address(usd)));
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("x"), 0, 1, dup, _two(1, 1));
        vm.expectRevert(RoyaltyDistributor.LengthMismatch.selector);
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("x"), 0, 1, dup, one(uint256(1)));
    }

    /// Finding 2 (empty asset list) and finding 4 (a zero total): both refused.
    function test_EmptyOrZeroProposalRefused() public {
        vm.startPrank(relayer);
        vm.expectRevert(RoyaltyDistributor.EmptyProposal.selector);
        dist.proposeRoot(1, bytes32("x"), 0, 1, new address[](0), new uint256[](0));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.ZeroTotal.selector, address(usd)));
        dist.proposeRoot(1, bytes32("x"), 0, 1, one(address(usd)), one(uint256(0)));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.ZeroTotal.selector, address(eur)));
        dist.proposeRoot(1, bytes32("x"), 0, 1, _two(address(usd), address(eur)), _two(5, 0));
        vm.stopPrank();
    }

    /// Finding 4: a root declaring less of an asset than the previous active root did is refused,
    /// even when a root in between left the asset out.
    function test_TotalNeverBelowPreviousActiveTotal() public {
        _activate1(); // usd 500, eur 50
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.TotalBelowPrevious.selector, address(usd), 499, 500));
        propose(2, bytes32("y"), address(usd), 499);
        proposeAndActivate(2, bytes32("y"), address(usd), 500); // leaves eur out
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.TotalBelowPrevious.selector, address(eur), 49, 50));
        propose(3, bytes32("z"), address(eur), 49);
        fund(eur, 1);
        proposeAndActivate(3, bytes32("z"), address(eur), 51);
        assertEq(dist.totalOf(3, address(eur)), 51, "eur total");
    }

    // ---- activation ----

    function test_ActivationTimeFixedAtProposal() public {
        fund(usd, 1);
        propose(1, bytes32("x"), address(usd), 1);
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
        assertEq(dist.claimEpochOf(address(usd)), 1, "claimEpochOf");
        assertTrue(dist.inRoot(1, address(usd)) && !dist.inRoot(1, address(eur)), "inRoot");
        (uint64 e,,,,) = dist.pending();
        assertEq(e, 0, "pending not cleared");
        // A later proposal uses the new window.
        propose(2, bytes32("y"), address(usd), 1);
        (,,,, uint64 at2) = dist.pending();
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
        fund(usd, 1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(1)));
        dist.activateRoot(1);
        propose(1, bytes32("x"), address(usd), 1);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(2)));
        dist.activateRoot(2);
        dist.activateRoot(1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(1)));
        dist.activateRoot(1);
    }

    // ---- finding 1: under-covered activation ----

    /// Finding 1, the issue's case: 300 paid to alice, then a root alice 100 + bob 400 = 500 (the
    /// total honestly sums its leaves and is not below the previous 500) with 200 held. Before, it
    /// activated and bob's claim reverted. Now anyone holding the tree proves alice's leaf is below
    /// what she claimed; the root is revoked, can never activate or be proposed again, and the
    /// corrected root needs the missing 200 before it activates. Then every claim pays.
    function test_LoweredLeafIsChallengedAndNeverActivates() public {
        _activate1();
        claimOne(alice, address(usd), 300, _p(0));
        bytes32[] memory bad = new bytes32[](2);
        bad[0] = leafOf(alice, address(usd), 100);
        bad[1] = leafOf(bob, address(usd), 400);
        bytes32 badRoot = TestMerkle.root(bad);
        propose(2, badRoot, address(usd), 500);
        assertEq(usd.balanceOf(address(dist)) + dist.totalClaimed(address(usd)), 500, "the old check would pass");

        vm.expectEmit(true, true, true, true, address(dist));
        emit RootChallenged(2, badRoot, alice, address(usd), 100, 300);
        vm.expectEmit(true, true, false, true, address(dist));
        emit RootRevoked(2, badRoot);
        vm.prank(bob); // anyone: here the holder who would have been left short
        dist.challengeRoot(2, alice, address(usd), 100, TestMerkle.proof(bad, 0));

        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(2)));
        dist.activateRoot(2);
        // The root itself is burnt for epoch 2: not only this proposal, but with any total too.
        assertTrue(dist.challenged(2, badRoot), "challenged root not recorded");
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.ChallengedRoot.selector, uint64(2), badRoot));
        propose(2, badRoot, address(usd), 500);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.ChallengedRoot.selector, uint64(2), badRoot));
        propose(2, badRoot, address(usd), 700);
        assertEq(dist.currentEpoch(), 1, "epoch moved");

        // The corrected root keeps alice at 300: its total (700) now shows the shortfall.
        bytes32[] memory good = new bytes32[](2);
        good[0] = leafOf(alice, address(usd), 300);
        good[1] = leafOf(bob, address(usd), 400);
        propose(2, TestMerkle.root(good), address(usd), 700);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.Insolvent.selector, address(usd), 500, 700));
        dist.activateRoot(2);
        fund(usd, 200);
        dist.activateRoot(2);
        claimOne(bob, address(usd), 400, TestMerkle.proof(good, 1));
        claimOne(alice, address(usd), 300, TestMerkle.proof(good, 0));
        assertEq(usd.balanceOf(bob), 400, "bob");
        assertEq(usd.balanceOf(alice), 300, "alice");
        assertEq(usd.balanceOf(address(dist)), 0, "left over");
    }

    /// Finding 1, the variant that also lowers the total (alice 100 + bob 200 = 300 after 500): the
    /// total check refuses it outright.
    function test_LoweredLeafWithLoweredTotalRefused() public {
        _activate1();
        claimOne(alice, address(usd), 300, _p(0));
        bytes32[] memory bad = new bytes32[](2);
        bad[0] = leafOf(alice, address(usd), 100);
        bad[1] = leafOf(bob, address(usd), 200);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.TotalBelowPrevious.selector, address(usd), 300, 500));
        propose(2, TestMerkle.root(bad), address(usd), 300);
    }

    /// A challenge only works with a real leaf of the pending root that is below what was claimed.
    function test_ChallengeNeedsAProvenLoweredLeaf() public {
        _activate1();
        claimOne(alice, address(usd), 300, _p(0));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(2)));
        dist.challengeRoot(2, alice, address(usd), 300, _p(0));
        delete leaves;
        leaves.push(leafOf(alice, address(usd), 300));
        leaves.push(leafOf(bob, address(usd), 250));
        leaves.push(leafOf(alice, address(eur), 50));
        root = TestMerkle.root(leaves);
        propose(2, root, address(usd), 550);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(3)));
        dist.challengeRoot(3, alice, address(usd), 300, _p(0));
        // Equal to what was claimed: not lowered.
        vm.expectRevert(
            abi.encodeWithSelector(RoyaltyDistributor.LeafNotLowered.selector, alice, address(usd), 300, 300)
        );
        dist.challengeRoot(2, alice, address(usd), 300, _p(0));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.LeafNotLowered.selector, bob, address(usd), 250, 0));
        dist.challengeRoot(2, bob, address(usd), 250, _p(1));
        // A value not in the tree.
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, alice, address(usd), 100));
        dist.challengeRoot(2, alice, address(usd), 100, _p(0));
        // An asset the pending root does not list (its claims go against the older root).
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotInRoot.selector, address(eur)));
        dist.challengeRoot(2, alice, address(eur), 50, _p(2));
        (uint64 e,,,,) = dist.pending();
        assertEq(e, 2, "an honest root was revoked");
    }

    // ---- revocation ----

    function test_OnlyPendingRootRevocable() public {
        uint64 end = uint64(block.timestamp);
        bytes32 x = digestOf(1, bytes32("x"), address(usd), 1, end);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NotPending.selector, uint64(1), x));
        vm.prank(guardian);
        dist.revokeRoot(1, x);
        assertEq(dist.pendingDigest(), bytes32(0), "digest with nothing pending");
        _activateDummy(1, bytes32("x"));
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NotPending.selector, uint64(1), x));
        vm.prank(guardian);
        dist.revokeRoot(1, x);
        end = uint64(block.timestamp);
        propose(2, bytes32("y"), address(usd), 1);
        bytes32 y = digestOf(2, bytes32("y"), address(usd), 1, end);
        assertEq(dist.pendingDigest(), y, "pendingDigest");
        assertEq(dist.proposalDigest(bytes32("y"), keccak256(abi.encode("receipts", uint64(2))), end, one(address(usd)), one(uint256(1))), y, "proposalDigest");
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NotPending.selector, uint64(3), y));
        vm.prank(guardian);
        dist.revokeRoot(3, y);
        vm.expectEmit(true, true, false, true, address(dist));
        emit RootRevoked(2, bytes32("y"));
        vm.prank(guardian);
        dist.revokeRoot(2, y);
        assertEq(dist.activeRoot(), bytes32("x"), "active root touched by revocation");
        assertEq(dist.currentEpoch(), 1, "epoch touched by revocation");
        assertTrue(dist.revokedProposal(2, y), "revocation not recorded");
        assertFalse(dist.challenged(2, bytes32("y")), "a guardian's revoke burnt the root");
        assertTrue(dist.isRevoked(2, bytes32("y"), keccak256(abi.encode("receipts", uint64(2))), end, one(address(usd)), one(uint256(1))), "isRevoked");
        assertFalse(dist.isRevoked(2, bytes32("y"), keccak256(abi.encode("receipts", uint64(2))), end, one(address(usd)), one(uint256(2))), "isRevoked, other total");
    }

    /// The watcher's race: it decides to revoke a proposal; before its transaction is mined that
    /// proposal is revoked by someone else and another one is proposed for the same epoch (here the
    /// same root with the right total). The stale revoke names the proposal it decided about, so it
    /// reverts and the new proposal stays pending, then activates.
    function test_StaleRevokeReverts() public {
        fund(usd, 5);
        uint64 end = uint64(block.timestamp);
        propose(1, bytes32("honest"), address(usd), 4); // under-declared
        bytes32 bad = digestOf(1, bytes32("honest"), address(usd), 4, end);
        vm.prank(guardian);
        dist.revokeRoot(1, bad); // someone else's revoke lands first
        propose(1, bytes32("honest"), address(usd), 5);
        bytes32 good = digestOf(1, bytes32("honest"), address(usd), 5, end);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NotPending.selector, uint64(1), bad));
        vm.prank(guardian);
        dist.revokeRoot(1, bad); // the watcher's transaction, decided about the first proposal
        assertEq(dist.pendingDigest(), good, "the new proposal was touched");
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
        assertEq(dist.rootOf(1), bytes32("honest"), "root of epoch 1");
        assertEq(dist.totalOf(1, address(usd)), 5, "total of epoch 1");
    }

    /// A revoked root never activates, so none of its proofs ever pays; the epoch is then proposed
    /// with a corrected tree, whose proofs pay, while the revoked tree's proofs still do not.
    function test_RevokedRootNeverClaimable() public {
        _tree1();
        fund(usd, 500);
        bytes32 bad = root;
        propose(1, bad, address(usd), 500);
        bytes32 digest = dist.pendingDigest();
        vm.prank(guardian);
        dist.revokeRoot(1, digest);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.NoPendingRoot.selector, uint64(1)));
        dist.activateRoot(1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotInRoot.selector, address(usd)));
        claimOne(alice, address(usd), 300, _p(0));
        bytes32[] memory fixedLeaves = new bytes32[](2);
        fixedLeaves[0] = leafOf(alice, address(usd), 100);
        fixedLeaves[1] = leafOf(bob, address(usd), 100);
        proposeAndActivate(1, TestMerkle.root(fixedLeaves), address(usd), 200);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, alice, address(usd), 300));
        claimOne(alice, address(usd), 300, _p(0));
        claimOne(alice, address(usd), 100, TestMerkle.proof(fixedLeaves, 0));
        assertEq(usd.balanceOf(alice), 100, "alice must be paid from the corrected tree only");
    }

    /// Finding 9: a revoked proposal can never be proposed again, not right after the revoke, not
    /// later, and not after another proposal for the epoch was revoked too: the relayer's retry gets
    /// RevokedProposal instead of a fresh window.
    function test_RevokedRootNeverProposedAgain() public {
        uint64 end = uint64(block.timestamp);
        vm.warp(block.timestamp + 1 hours);
        bytes32 digest = digestOf(1, bytes32("bad"), address(usd), 5, end);
        _proposeAt(1, bytes32("bad"), 5, end);
        vm.prank(guardian);
        dist.revokeRoot(1, digest);
        bytes memory err = abi.encodeWithSelector(RoyaltyDistributor.RevokedProposal.selector, uint64(1), digest);
        vm.expectRevert(err);
        _proposeAt(1, bytes32("bad"), 5, end);
        vm.warp(block.timestamp + 7 days);
        vm.expectRevert(err);
        _proposeAt(1, bytes32("bad"), 5, end);
        _proposeAt(1, bytes32("other"), 5, end);
        bytes32 other = dist.pendingDigest();
        vm.prank(guardian);
        dist.revokeRoot(1, other);
        vm.expectRevert(err);
        _proposeAt(1, bytes32("bad"), 5, end);
        // The epoch itself is not burnt: a third root can be proposed and activated.
        _activateDummy(1, bytes32("good"));
        assertEq(dist.rootOf(1), bytes32("good"), "root of epoch 1");
    }

    /// A stolen or faulty proposer key proposes the honest root with an under-declared total, a
    /// dropped asset, another receipt root or another end; the guardian revokes each. The revoke
    /// burns those proposals only, not the root: the honest proposal (same root, right totals,
    /// receipt root and end) is then accepted and activates, so holders are paid from the tree the
    /// operator already closed. Each bad proposal stays refused.
    function test_HonestProposalAcceptedAfterBadTotalsOfItsRootRevoked() public {
        _tree1();
        fund(usd, 500);
        fund(eur, 50);
        uint64 end = uint64(block.timestamp);
        vm.warp(block.timestamp + 1 hours);
        address[] memory both = _two(address(usd), address(eur));
        bytes32 rr = bytes32("r1");
        _revokeProposal(1, rr, end, both, _two(400, 50)); // under-declared total
        _revokeProposal(1, rr, end, one(address(usd)), one(uint256(500))); // dropped asset
        _revokeProposal(1, bytes32("wrong receipts"), end, both, _two(500, 50)); // wrong receipt root
        _revokeProposal(1, rr, end - 1, both, _two(500, 50)); // wrong end
        assertFalse(dist.challenged(1, root), "a guardian's revoke burnt the root");
        vm.expectRevert(
            abi.encodeWithSelector(
                RoyaltyDistributor.RevokedProposal.selector,
                uint64(1),
                dist.proposalDigest(root, rr, end, both, _two(400, 50))
            )
        );
        vm.prank(relayer);
        dist.proposeRoot(1, root, rr, end, both, _two(400, 50));

        assertFalse(dist.isRevoked(1, root, rr, end, both, _two(500, 50)), "the honest proposal counts as revoked");
        vm.prank(relayer);
        dist.proposeRoot(1, root, rr, end, both, _two(500, 50));
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
        assertEq(dist.rootOf(1), root, "root of epoch 1");
        claimOne(alice, address(usd), 300, _p(0));
        claimOne(bob, address(usd), 200, _p(1));
        claimOne(alice, address(eur), 50, _p(2));
        assertEq(usd.balanceOf(address(dist)) + eur.balanceOf(address(dist)), 0, "left over");
    }

    /// A challenged root is refused for its epoch whatever its totals, receipt root or end: one of
    /// its leaves is below what was claimed, which no proposal of that root can mend.
    function test_ChallengedRootRefusedWhateverItsTotals() public {
        _activate1();
        claimOne(alice, address(usd), 300, _p(0));
        bytes32[] memory bad = new bytes32[](2);
        bad[0] = leafOf(alice, address(usd), 100);
        bad[1] = leafOf(bob, address(usd), 400);
        bytes32 badRoot = TestMerkle.root(bad);
        uint64 end = uint64(block.timestamp);
        vm.warp(block.timestamp + 1 hours);
        _proposeAt(2, badRoot, 500, end);
        dist.challengeRoot(2, alice, address(usd), 100, TestMerkle.proof(bad, 0));
        assertTrue(dist.revokedProposal(2, digestOf(2, badRoot, address(usd), 500, end)), "the proposal is revoked too");
        bytes memory err = abi.encodeWithSelector(RoyaltyDistributor.ChallengedRoot.selector, uint64(2), badRoot);
        uint256[3] memory totals = [uint256(500), 700, 10 ** 30];
        for (uint256 k = 0; k < totals.length; k++) {
            assertTrue(
                dist.isRevoked(2, badRoot, bytes32("x"), end, one(address(usd)), one(totals[k])), "isRevoked"
            );
            vm.expectRevert(err);
            _proposeAt(2, badRoot, totals[k], end);
            vm.expectRevert(err);
            vm.prank(relayer);
            dist.proposeRoot(2, badRoot, bytes32("x"), uint64(block.timestamp), _two(address(usd), address(eur)), _two(totals[k], 50));
        }
        // Only for that epoch: the burnt root is refused as a challenged root of epoch 2 only.
        assertFalse(dist.challenged(3, badRoot), "another epoch");
    }

    /// @dev Proposes a one-asset (usd) root with period end `end`.
    function _proposeAt(uint64 epoch, bytes32 r, uint256 total, uint64 end) internal {
        vm.prank(relayer);
        dist.proposeRoot(epoch, r, keccak256(abi.encode("receipts", epoch)), end, one(address(usd)), one(total));
    }

    /// @dev Proposes root (the tree of epoch 1) with these fields, and the guardian revokes it by
    /// the digest computed here.
    function _revokeProposal(uint64 epoch, bytes32 rr, uint64 end, address[] memory as_, uint256[] memory totals)
        internal
    {
        vm.prank(relayer);
        dist.proposeRoot(epoch, root, rr, end, as_, totals);
        vm.prank(guardian);
        dist.revokeRoot(epoch, keccak256(abi.encode(root, rr, end, as_, totals)));
        assertTrue(dist.revokedProposal(epoch, keccak256(abi.encode(root, rr, end, as_, totals))), "not recorded");
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
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotInRoot.selector, address(usd)));
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
        address[] memory assets = _two(address(usd), address(usd));
        uint256[] memory cums = _two(300, 300);
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
        address[] memory assets = _two(address(usd), address(eur));
        uint256[] memory cums = _two(300, 50);
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
        // Old epoch-1 proofs of usd do not work against the epoch-2 root.
        _tree1();
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, bob, address(usd), 200));
        claimOne(bob, address(usd), 200, _p(1));
    }

    /// Finding 2: an asset a later root leaves out stays claimable against the latest root that
    /// lists it (before, `AssetNotInRoot` froze it although its funds were held and proofs valid).
    function test_AssetLeftOutStaysClaimable() public {
        _activate1(); // usd and eur
        bytes32[] memory l2 = new bytes32[](2);
        l2[0] = leafOf(alice, address(usd), 300);
        l2[1] = leafOf(bob, address(usd), 200);
        proposeAndActivate(2, TestMerkle.root(l2), address(usd), 500); // no eur
        assertEq(dist.claimEpochOf(address(eur)), 1, "eur claimed against epoch 1");
        assertEq(dist.claimEpochOf(address(usd)), 2, "usd claimed against epoch 2");
        vm.expectEmit(true, true, true, true, address(dist));
        emit Claimed(alice, address(eur), 1, 50, 50);
        claimOne(alice, address(eur), 50, _p(2));
        assertEq(eur.balanceOf(alice), 50, "eur frozen");
        // Epoch-1 usd proofs no longer work: usd's latest root is epoch 2's.
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, bob, address(usd), 200));
        claimOne(bob, address(usd), 200, _p(1));
        claimOne(bob, address(usd), 200, TestMerkle.proof(l2, 1));
        assertEq(usd.balanceOf(bob), 200, "bob");
    }

    /// Finding 2: de-listing stops new business (no proposal may raise the asset's total, and a
    /// never-active asset cannot be proposed), never old claims: the asset is carried over at its
    /// total so epochs do not stall, its claims keep paying, and it can be re-listed.
    function test_DelistedAssetCarriedOverAndRelisted() public {
        _activate1();
        vm.prank(admin);
        dist.setAssetAllowed(address(eur), false);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotAllowed.selector, address(eur)));
        vm.prank(relayer);
        dist.proposeRoot(2, root, 0, uint64(block.timestamp), _two(address(usd), address(eur)), _two(500, 51));
        // Carried over unchanged: accepted, activated, claimable.
        vm.prank(relayer);
        dist.proposeRoot(2, root, 0, uint64(block.timestamp), _two(address(usd), address(eur)), _two(500, 50));
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(2);
        assertEq(dist.claimEpochOf(address(eur)), 2, "eur carried over");
        claimOne(alice, address(eur), 50, _p(2));
        assertEq(eur.balanceOf(alice), 50, "de-listed asset not claimable");
        // A never-active, non-allowed asset cannot ride along at any total.
        TestToken other = new TestToken("o", "o");
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotAllowed.selector, address(other)));
        propose(3, bytes32("z"), address(other), 1);
        // Re-listed: new business again.
        vm.prank(admin);
        dist.setAssetAllowed(address(eur), true);
        fund(eur, 10);
        proposeAndActivate(3, bytes32("z"), address(eur), 60);
        assertEq(dist.totalOf(3, address(eur)), 60, "re-listed asset refused");
    }

    function test_AssetNeverInAnActiveRoot() public {
        _activateDummy(1, bytes32("x"));
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

    /// A proven internal node cannot be claimed as a leaf. The root here has an internal node
    /// N = hashPair(x, y) where x is a word that reads as an address and y as an amount: with a
    /// leaf of a single hash over 64 bytes (`keccak256(abi.encode(account, cumulative))`), the
    /// claim (address(x), y) with proof [sibling] would verify and pay. Our leaf is double-hashed
    /// over 160 bytes that bind chain, distributor and asset, so it cannot equal N.
    function test_InternalNodeAsLeafFails() public {
        address fakeAccount = address(0xFA4E);
        uint256 fakeCum = 1e30; // above the account word, so hashPair keeps (x, y) in order
        bytes32 x = bytes32(uint256(uint160(fakeAccount)));
        bytes32 y = bytes32(fakeCum);
        bytes32 node = TestMerkle.hashPair(x, y);
        assertEq(node, keccak256(abi.encode(fakeAccount, fakeCum)), "x < y: N is the 64-byte single hash");
        bytes32 sibling = leafOf(alice, address(usd), 300);
        bytes32 r = TestMerkle.hashPair(node, sibling);
        fund(usd, fakeCum + 300);
        proposeAndActivate(1, r, address(usd), fakeCum + 300);
        bytes32[] memory nodeProof = new bytes32[](1);
        nodeProof[0] = sibling;
        assertTrue(MerkleProof.verify(nodeProof, r, node), "N must be provable as a node");
        vm.expectRevert(
            abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, fakeAccount, address(usd), fakeCum)
        );
        claimOne(fakeAccount, address(usd), fakeCum, nodeProof);
        assertEq(usd.balanceOf(fakeAccount), 0, "internal node paid as a leaf");
        // The real leaf next to it pays.
        bytes32[] memory aliceProof = new bytes32[](1);
        aliceProof[0] = node;
        claimOne(alice, address(usd), 300, aliceProof);
        assertEq(usd.balanceOf(alice), 300, "alice");
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
                RoyaltyDistributor.claim, (bob, one(address(hook)), one(uint256(30)), one(TestMerkle.proof(l, 1)))
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

    /// Finding 5: while `claim` pays 70 with a call-back token, the 70 is already in totalClaimed
    /// and still in the balance, so an activation run from the call-back counts it twice: a root 70
    /// short activated. Now every state-changing entry point shares the guard, the re-entered
    /// activation reverts, and the short root stays pending and then fails the solvency check.
    function test_ReentrantActivationCannotDoubleCount() public {
        HookToken hook = new HookToken();
        vm.startPrank(admin);
        dist.setAssetAllowed(address(hook), true);
        vm.stopPrank();
        bytes32[] memory l = new bytes32[](2);
        l[0] = leafOf(alice, address(hook), 70);
        l[1] = leafOf(bob, address(hook), 30);
        hook.mint(address(dist), 100);
        proposeAndActivate(1, TestMerkle.root(l), address(hook), 100);
        // Epoch 2 raises bob by 70 without funding it: 170 owed, 100 ever held.
        bytes32[] memory l2 = new bytes32[](2);
        l2[0] = leafOf(alice, address(hook), 70);
        l2[1] = leafOf(bob, address(hook), 100);
        propose(2, TestMerkle.root(l2), address(hook), 170);
        vm.warp(block.timestamp + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.Insolvent.selector, address(hook), 100, 170));
        dist.activateRoot(2);

        hook.arm(dist, abi.encodeCall(RoyaltyDistributor.activateRoot, (uint64(2))));
        claimOne(alice, address(hook), 70, TestMerkle.proof(l, 0));
        // What the call-back saw: the double count the guard is there for.
        assertEq(hook.seenTotalClaimed() + hook.seenBalance(), 170, "no double count to guard against");
        assertFalse(hook.reentered(), "re-entrant activation succeeded");
        assertEq(
            bytes32(hook.reentryError()),
            bytes32(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "re-entrant activation not stopped by the guard"
        );
        assertEq(dist.currentEpoch(), 1, "a root 70 short activated");
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.Insolvent.selector, address(hook), 100, 170));
        dist.activateRoot(2);
    }

    /// Finding 5: the guard covers every state-changing entry point that touches tokens or totals.
    /// Each round gives the call-back token every role and a call that would succeed if it were
    /// not re-entrant (an identical re-proposal, a revoke, a valid challenge, a valid claim, an
    /// activation that passes), so only the guard can be what stops it.
    function test_EveryEntryPointGuarded() public {
        for (uint256 which = 0; which < 5; which++) {
            (bool ok, bytes memory err) = _reentryRound(which);
            assertFalse(ok, string.concat("re-entrant call ", vm.toString(which), " succeeded"));
            assertEq(
                bytes32(err),
                bytes32(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
                string.concat("re-entrant call ", vm.toString(which), " not stopped by the guard")
            );
        }
    }

    function _reentryRound(uint256 which) internal returns (bool, bytes memory) {
        RoyaltyDistributor d = new RoyaltyDistributor(admin, WINDOW);
        HookToken hook = new HookToken();
        vm.startPrank(admin);
        d.setAssetAllowed(address(hook), true);
        d.grantRole(d.PROPOSER_ROLE(), relayer);
        d.grantRole(d.PROPOSER_ROLE(), address(hook));
        d.grantRole(d.GUARDIAN_ROLE(), address(hook));
        vm.stopPrank();
        bytes32[] memory l = new bytes32[](2);
        l[0] = leafOf2(d, alice, address(hook), 70);
        l[1] = leafOf2(d, bob, address(hook), 30);
        hook.mint(address(d), 100);
        vm.prank(relayer);
        d.proposeRoot(1, TestMerkle.root(l), 0, uint64(block.timestamp), one(address(hook)), one(uint256(100)));
        vm.warp(block.timestamp + WINDOW);
        d.activateRoot(1);
        // Pending epoch 2 lowers alice to 10: challengeable once her claim of 70 is recorded.
        bytes32[] memory l2 = new bytes32[](2);
        l2[0] = leafOf2(d, alice, address(hook), 10);
        l2[1] = leafOf2(d, bob, address(hook), 90);
        uint64 end = uint64(block.timestamp);
        vm.prank(relayer);
        d.proposeRoot(2, TestMerkle.root(l2), 0, end, one(address(hook)), one(uint256(100)));
        vm.warp(block.timestamp + WINDOW);
        bytes memory call;
        if (which == 0) {
            call = abi.encodeCall(
                RoyaltyDistributor.proposeRoot,
                (2, TestMerkle.root(l2), bytes32(0), end, one(address(hook)), one(uint256(100)))
            );
        } else if (which == 1) {
            call = abi.encodeCall(
                RoyaltyDistributor.revokeRoot,
                (uint64(2), keccak256(abi.encode(TestMerkle.root(l2), bytes32(0), end, one(address(hook)), one(uint256(100)))))
            );
        } else if (which == 2) {
            call = abi.encodeCall(
                RoyaltyDistributor.challengeRoot, (uint64(2), alice, address(hook), uint256(10), TestMerkle.proof(l2, 0))
            );
        } else if (which == 3) {
            call = abi.encodeCall(
                RoyaltyDistributor.claim, (bob, one(address(hook)), one(uint256(30)), one(TestMerkle.proof(l, 1)))
            );
        } else {
            call = abi.encodeCall(RoyaltyDistributor.activateRoot, (uint64(2)));
        }
        hook.arm(d, call);
        d.claim(alice, one(address(hook)), one(uint256(70)), one(TestMerkle.proof(l, 0)));
        return (hook.reentered(), hook.reentryError());
    }

    /// Finding 3: even one key holding admin, proposer, guardian and funder (what the old default
    /// deployment gave the deployer) cannot take consumers' deposits in one block: it cannot set
    /// the window to 0, fund made-up epochs, propose a zero total, or activate before a window.
    function test_OneKeyCannotDrainInOneBlock() public {
        address me = address(0xBAD);
        RoyaltyDistributor d = new RoyaltyDistributor(me, 1 hours);
        RevenueVault v = new RevenueVault(me, address(d));
        vm.startPrank(me);
        d.grantRole(d.PROPOSER_ROLE(), me);
        d.grantRole(d.GUARDIAN_ROLE(), me);
        v.grantRole(v.FUNDER_ROLE(), me);
        d.setAssetAllowed(address(usd), true);
        v.setAssetAllowed(address(usd), true);
        vm.stopPrank();
        usd.mint(consumer, 1000);
        vm.startPrank(consumer);
        usd.approve(address(v), 1000);
        v.deposit(consumer, address(usd), 1000);
        vm.stopPrank();

        vm.startPrank(me);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.WindowOutOfRange.selector, uint64(0), uint64(1 hours), uint64(30 days)));
        d.setDisputeWindow(0);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.EpochNotFundable.selector, uint64(999), uint64(1), uint64(2)));
        v.fundEpoch(999, consumer, address(usd), 1000);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.ZeroTotal.selector, address(usd)));
        d.proposeRoot(1, bytes32("mine"), 0, uint64(block.timestamp), one(address(usd)), one(uint256(0)));
        v.fundEpoch(1, consumer, address(usd), 1000);
        bytes32 mine = leafOf2(d, me, address(usd), 1000);
        d.proposeRoot(1, mine, 0, uint64(block.timestamp), one(address(usd)), one(uint256(1000)));
        (,,,, uint64 at) = d.pending();
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.TooEarly.selector, at));
        d.activateRoot(1);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.AssetNotInRoot.selector, address(usd)));
        d.claim(me, one(address(usd)), one(uint256(1000)), one(new bytes32[](0)));
        vm.stopPrank();
        assertEq(usd.balanceOf(me), 0, "drained in one block");
        assertEq(at, block.timestamp + 1 hours, "a window shorter than the minimum");
    }

    function leafOf2(RoyaltyDistributor d, address account, address asset, uint256 cum) internal view returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(block.chainid, address(d), account, asset, cum))));
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
            amounts[i] = 1 + uint256(keccak256(abi.encode(seed, i, "amount"))) % 1e12;
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

    /// Two epochs with arbitrary cumulatives for alice (bob's leaf keeps the total from falling):
    /// alice receives max(c1, c2) in total, never more.
    function testFuzz_CumulativeClaims(uint128 c1, uint128 c2, bool claimFirst) public {
        bytes32[] memory l = new bytes32[](2);
        l[0] = leafOf(alice, address(usd), c1);
        l[1] = leafOf(bob, address(usd), 1);
        fund(usd, uint256(c1) + 1);
        proposeAndActivate(1, TestMerkle.root(l), address(usd), uint256(c1) + 1);
        if (claimFirst) claimOne(alice, address(usd), c1, TestMerkle.proof(l, 0));
        uint256 paid = claimFirst ? c1 : 0;
        uint256 b2 = 1 + (c1 > c2 ? uint256(c1) - c2 : 0);
        l[0] = leafOf(alice, address(usd), c2);
        l[1] = leafOf(bob, address(usd), b2);
        uint256 need = uint256(c2) + b2;
        uint256 have = usd.balanceOf(address(dist)) + dist.totalClaimed(address(usd));
        if (need > have) fund(usd, need - have);
        proposeAndActivate(2, TestMerkle.root(l), address(usd), need);
        claimOne(alice, address(usd), c2, TestMerkle.proof(l, 0));
        uint256 want = c2 > paid ? c2 : paid;
        assertEq(usd.balanceOf(alice), want, "alice total");
        assertEq(dist.claimed(alice, address(usd)), want, "claimed");
    }

    RoyaltyDistributor internal twin;

    /// @dev Activates, on `dist` and on a second distributor `twin` (same chain, same roles), a
    /// root holding alice's usd leaf and bob's eur leaf of `cum` each.
    function _forgeryWorld(uint256 cum, bytes32 noise) internal returns (bytes32[] memory l) {
        l = new bytes32[](3);
        l[0] = leafOf(alice, address(usd), cum);
        l[1] = leafOf(bob, address(eur), cum);
        l[2] = noise;
        bytes32 r = TestMerkle.root(l);
        fund(usd, cum);
        fund(eur, cum);
        vm.prank(relayer);
        dist.proposeRoot(1, r, 0, uint64(block.timestamp), _two(address(usd), address(eur)), _two(cum, cum));
        twin = new RoyaltyDistributor(admin, WINDOW);
        vm.startPrank(admin);
        twin.grantRole(twin.PROPOSER_ROLE(), relayer);
        twin.setAssetAllowed(address(usd), true);
        vm.stopPrank();
        usd.mint(address(twin), cum);
        vm.prank(relayer);
        twin.proposeRoot(1, r, 0, uint64(block.timestamp), one(address(usd)), one(cum));
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
        twin.activateRoot(1);
    }

    function _expectForgeryFails(
        RoyaltyDistributor target,
        address who,
        address asset,
        uint256 c,
        bytes32[] memory p
    ) internal {
        uint256 before = TestToken(asset).balanceOf(who);
        vm.expectRevert(abi.encodeWithSelector(RoyaltyDistributor.InvalidProof.selector, who, asset, c));
        target.claim(who, one(asset), one(c), one(p));
        assertEq(TestToken(asset).balanceOf(who), before, "forged claim paid");
    }

    /// A real leaf pays, and every variant of it that changes one bound field (cumulative,
    /// account, asset, distributor, chain) or the proof fails: a leaf encoding that dropped or
    /// confused any of them would let one of these through.
    function testFuzz_ForgedClaimFails(uint256 cum, uint256 other, uint8 field, bytes32 noise) public {
        cum = bound(cum, 1, 1e30);
        bytes32[] memory l = _forgeryWorld(cum, noise);
        bytes32[] memory p = TestMerkle.proof(l, 0);
        field = uint8(bound(field, 0, 4));
        if (field == 0) {
            _expectForgeryFails(dist, alice, address(usd), other == cum ? cum + 1 : other, p); // amount
        } else if (field == 1) {
            address who = address(uint160(bound(other, 1, type(uint160).max)));
            _expectForgeryFails(dist, who == alice ? bob : who, address(usd), cum, p); // account
        } else if (field == 2) {
            _expectForgeryFails(dist, alice, address(eur), cum, p); // asset (bob's eur leaf has the amount)
        } else if (field == 3) {
            _expectForgeryFails(twin, alice, address(usd), cum, p); // distributor
        } else {
            uint256 id = block.chainid;
            vm.chainId(id + 1 + (other % 1000)); // chain
            _expectForgeryFails(dist, alice, address(usd), cum, p);
            vm.chainId(id);
        }
        // A tampered proof fails too.
        bytes32[] memory bad = TestMerkle.proof(l, 0);
        bad[0] = bad[0] ^ bytes32(uint256(1) + (uint256(noise) % 255));
        _expectForgeryFails(dist, alice, address(usd), cum, bad);
        // And the genuine claim pays.
        claimOne(alice, address(usd), cum, p);
        assertEq(usd.balanceOf(alice), cum, "genuine claim");
    }

    // ---- gas (measured cold) ----
    //
    // foundry.toml sets `isolate = true`: every call a test makes is its own transaction, so
    // accounts and storage are cold and SSTORE prices see the transaction's original values, as on
    // chain. Each gas test first proves it runs that way (`_requireIsolated`), so none can pass on
    // warm storage. A call's gas is the transaction's gas minus the 21,000 base and its calldata.

    /// @dev Fails unless calls run as their own transactions: a repeated no-change approve costs
    /// a few hundred gas inside one transaction, more than 21,000 as a transaction of its own.
    function _requireIsolated() internal {
        usd.approve(address(0xdead), 1);
        usd.approve(address(0xdead), 1);
        assertGe(vm.lastCallGas().gasTotalUsed, 21_000, "gas tests must run isolated (foundry.toml isolate = true)");
    }

    /// @dev The last call's own gas: the transaction's, less the base cost and the calldata. A
    /// claim's figure must not lean on a refund.
    function _callGas(bytes memory data) internal view returns (uint256 g) {
        Vm.Gas memory used = vm.lastCallGas();
        if (data.length >= 4 && bytes4(data) == RoyaltyDistributor.claim.selector) {
            assertEq(uint256(int256(used.gasRefunded)), 0, "a refund would hide part of the cost");
        }
        g = used.gasTotalUsed - 21_000;
        for (uint256 i = 0; i < data.length; i++) {
            g -= data[i] == 0 ? 4 : 16;
        }
    }

    /// Builds a root with a 20-hash proof for alice (1,000,000) and bob (5) in usd, activates it
    /// (with 1,000 more than it needs, so no claim empties the balance for a refund), and has bob
    /// claim first unless `firstOfAsset`. Returns the gas of alice's claim.
    function _gasOf20HashClaim(bool firstOfAsset, string memory name) internal returns (uint256 used) {
        _requireIsolated();
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
        fund(usd, 1_001_005);
        proposeAndActivate(1, node, address(usd), 1_000_005);
        if (!firstOfAsset) claimOne(bob, address(usd), 5, bobProof);
        bytes memory data =
            abi.encodeCall(RoyaltyDistributor.claim, (alice, one(address(usd)), one(uint256(1_000_000)), one(aliceProof)));
        dist.claim(alice, one(address(usd)), one(uint256(1_000_000)), one(aliceProof));
        used = _callGas(data);
        vm.snapshotValue(name, used);
        assertEq(usd.balanceOf(alice), 1_000_000, "paid");
    }

    /// Finding 10: an account's first claim of an asset (someone else claimed it before), 20-hash
    /// proof, cold: at most 80,000.
    function test_GasClaimWith20HashProof() public {
        assertLe(_gasOf20HashClaim(false, "claim20HashProofFirstOfAccount"), 80_000, "claim with a 20-hash proof");
    }

    /// The distributor-wide first claim of an asset, reported beside it (the asset's slot is
    /// written at activation, so it is not a zero-to-nonzero store here).
    function test_GasFirstClaimOfAssetWith20HashProof() public {
        assertLe(_gasOf20HashClaim(true, "claim20HashProofFirstOfAsset"), 80_000, "first claim of the asset");
    }

    /// Records the cold gas of each step of a round (snapshots/RoyaltyDistributorTest.json):
    /// fundEpoch, proposeRoot (one asset), activateRoot.
    function test_GasOfRoundSteps() public {
        _requireIsolated();
        usd.mint(consumer, 1_000_005);
        vm.startPrank(consumer);
        usd.approve(address(vault), 1_000_005);
        vault.deposit(consumer, address(usd), 1_000_005);
        vm.stopPrank();
        vm.prank(relayer);
        vault.fundEpoch(1, consumer, address(usd), 1_000_005);
        vm.snapshotValue("fundEpoch", _callGas(abi.encodeCall(vault.fundEpoch, (1, consumer, address(usd), 1_000_005))));

        address[] memory assets = one(address(usd));
        uint256[] memory totals = one(uint256(1_000_005));
        uint64 end = uint64(block.timestamp);
        vm.prank(relayer);
        dist.proposeRoot(1, bytes32("root"), bytes32("receipts"), end, assets, totals);
        vm.snapshotValue(
            "proposeRoot",
            _callGas(abi.encodeCall(dist.proposeRoot, (1, bytes32("root"), bytes32("receipts"), end, assets, totals)))
        );
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
        vm.snapshotValue("activateRoot", _callGas(abi.encodeCall(dist.activateRoot, (1))));
    }
}
