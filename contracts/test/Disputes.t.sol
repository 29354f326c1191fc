// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Base} from "./Base.t.sol";
import {GovernanceConfig} from "../src/GovernanceConfig.sol";

/// @notice Disputes on GovernanceConfig: opening within the window, the arbiter's outcomes, events.
contract DisputesTest is Base {
    event DisputeOpened(
        uint64 indexed id,
        uint8 indexed target,
        address indexed opener,
        uint256 subject,
        string eventId,
        uint64 eventTime,
        uint64 policyVersion,
        bool governance,
        bytes32 reasonHash
    );
    event DisputeResolved(
        uint64 indexed id,
        uint8 indexed outcome,
        address indexed arbiter,
        uint256 cfId,
        uint256 newCfId,
        uint64 valuationVersion,
        bytes32 reasonHash
    );

    address internal admin = address(0xA11CE);
    address internal governor = address(0x60);
    address internal arbiter = address(0xA4B);
    address internal consumer = address(0xC0);
    address internal asset = address(0xA55E7);
    GovernanceConfig internal gov;
    uint64 internal constant WINDOW = 1 days;
    uint64 internal constant T0 = 1_700_000_000;

    function setUp() public {
        vm.warp(T0);
        gov = new GovernanceConfig(admin);
        vm.startPrank(admin);
        gov.grantRole(gov.GOVERNOR_ROLE(), governor);
        gov.grantRole(gov.ARBITER_ROLE(), arbiter);
        vm.stopPrank();
        vm.startPrank(governor);
        gov.publishSplitPolicy(_policy());
        gov.publishValuation(1, asset, "image", 10, 1, new bytes32[](0), new uint256[](0));
        gov.publishValuation(1, asset, "image", 8, 1, new bytes32[](0), new uint256[](0));
        vm.stopPrank();
    }

    function _policy() internal pure returns (GovernanceConfig.SplitPolicy memory p) {
        p = GovernanceConfig.SplitPolicy({
            reserveBps: 1000,
            protocolBps: 1000,
            developerBps: 2000,
            poolBps: 5000,
            protocolMinBps: 0,
            protocolMaxBps: 10000,
            developerMinBps: 0,
            developerMaxBps: 10000,
            poolMinBps: 0,
            poolMaxBps: 10000,
            disputeWindow: WINDOW,
            treasury: address(0x7E)
        });
    }

    function _openEvent(address who, string memory id, uint64 t) internal returns (uint64) {
        vm.prank(who);
        return gov.openDispute(0, 0, id, t, 1, keccak256("wrong count"));
    }

    function test_OpenEventDisputeEmitsEverything() public {
        vm.expectEmit(true, true, true, true, address(gov));
        emit DisputeOpened(1, 0, consumer, 0, "ev-1", T0 - 100, 1, false, keccak256("wrong count"));
        uint64 id = _openEvent(consumer, "ev-1", T0 - 100);
        assertEq(id, 1, "id");
        assertEq(gov.lastDisputeId(), 1, "last id");
        GovernanceConfig.Dispute memory d = gov.dispute(1);
        assertEq(d.target, 0, "target");
        assertEq(d.status, 0, "status");
        assertEq(d.opener, consumer, "opener");
        assertEq(d.openedAt, T0, "openedAt");
        // Governance is recorded as such.
        vm.expectEmit(true, true, true, true, address(gov));
        emit DisputeOpened(2, 1, governor, 7, "", 0, 0, true, keccak256("r"));
        vm.prank(governor);
        gov.openDispute(1, 7, "", 0, 0, keccak256("r"));
        vm.expectEmit(true, true, true, true, address(gov));
        emit DisputeOpened(3, 2, consumer, 2, "", 0, 0, false, keccak256("r"));
        vm.prank(consumer);
        gov.openDispute(2, 2, "", 0, 0, keccak256("r"));
    }

    function test_EventWindowMeasuredFromItsTimestamp() public {
        uint64 t = T0 - WINDOW + 1; // one second of its window left
        _openEvent(consumer, "ev-1", t);
        vm.warp(T0 + 1); // deadline t + WINDOW = T0 + 1 reached
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.DisputeWindowClosed.selector, T0 + 1, T0 + 1));
        _openEvent(consumer, "ev-2", t);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.EventInFuture.selector, T0 + 2, T0 + 1));
        _openEvent(consumer, "ev-3", T0 + 2);
    }

    function test_OpenRules() public {
        vm.startPrank(consumer);
        vm.expectRevert(GovernanceConfig.ZeroReason.selector);
        gov.openDispute(0, 0, "e", T0, 1, 0);
        vm.expectRevert(GovernanceConfig.EmptyEventId.selector);
        gov.openDispute(0, 0, "", T0, 1, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.EventIdTooLong.selector, 129, 128));
        gov.openDispute(0, 0, string(new bytes(129)), T0, 1, "r");
        vm.expectRevert(GovernanceConfig.UnexpectedSubject.selector);
        gov.openDispute(0, 3, "e", T0, 1, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownPolicy.selector, 2));
        gov.openDispute(0, 0, "e", T0, 2, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownPolicy.selector, 0));
        gov.openDispute(0, 0, "e", T0, 0, "r");
        vm.expectRevert(GovernanceConfig.UnexpectedEventId.selector);
        gov.openDispute(1, 3, "e", 0, 0, "r");
        vm.expectRevert(GovernanceConfig.UnexpectedEventId.selector);
        gov.openDispute(1, 3, "", T0, 0, "r");
        vm.expectRevert(GovernanceConfig.ZeroSubject.selector);
        gov.openDispute(1, 0, "", 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownValuation.selector, 3));
        gov.openDispute(2, 3, "", 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadTarget.selector, 3));
        gov.openDispute(3, 1, "", 0, 0, "r");
        vm.stopPrank();
        assertEq(gov.lastDisputeId(), 0, "a refused dispute took an id");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownDispute.selector, 1));
        gov.dispute(1);
    }

    function test_OnlyTheArbiterResolves() public {
        _openEvent(consumer, "ev-1", T0);
        bytes32 role = gov.ARBITER_ROLE();
        for (uint256 i = 0; i < 3; i++) {
            address who = [governor, admin, consumer][i];
            vm.expectRevert(unauthorized(who, role));
            vm.prank(who);
            gov.resolveDispute(1, 1, 0, 0, 0, "r");
        }
        vm.expectEmit(true, true, true, true, address(gov));
        emit DisputeResolved(1, 1, arbiter, 0, 0, 0, "r");
        vm.prank(arbiter);
        gov.resolveDispute(1, 1, 0, 0, 0, "r");
        assertEq(gov.dispute(1).status, 1, "status");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.DisputeNotOpen.selector, 1, 1));
        vm.prank(arbiter);
        gov.resolveDispute(1, 5, 0, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownDispute.selector, 2));
        vm.prank(arbiter);
        gov.resolveDispute(2, 1, 0, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownDispute.selector, 0));
        vm.prank(arbiter);
        gov.resolveDispute(0, 1, 0, 0, 0, "r");
    }

    function test_UpheldOutcomesEmitTheirChange() public {
        _openEvent(consumer, "ev-1", T0); // 1: event
        vm.prank(consumer);
        gov.openDispute(1, 7, "", 0, 0, "r"); // 2: CF 7
        vm.prank(consumer);
        gov.openDispute(2, 1, "", 0, 0, "r"); // 3: valuation 1
        _openEvent(consumer, "ev-2", T0); // 4: event
        vm.startPrank(arbiter);
        vm.expectEmit(true, true, true, true, address(gov));
        emit DisputeResolved(1, 4, arbiter, 0, 0, 2, "lower");
        gov.resolveDispute(1, 4, 0, 0, 2, "lower");
        vm.expectEmit(true, true, true, true, address(gov));
        emit DisputeResolved(2, 3, arbiter, 7, 9, 0, "amended");
        gov.resolveDispute(2, 3, 7, 9, 0, "amended");
        vm.expectEmit(true, true, true, true, address(gov));
        emit DisputeResolved(3, 4, arbiter, 0, 0, 2, "v2");
        gov.resolveDispute(3, 4, 0, 0, 2, "v2");
        vm.expectEmit(true, true, true, true, address(gov));
        emit DisputeResolved(4, 5, arbiter, 0, 0, 0, "void");
        gov.resolveDispute(4, 5, 0, 0, 0, "void");
        vm.stopPrank();
        assertEq(gov.dispute(1).status, 4, "1");
        assertEq(gov.dispute(2).status, 3, "2");
        assertEq(gov.dispute(3).status, 4, "3");
        assertEq(gov.dispute(4).status, 5, "4");
    }

    function test_ResolveRules() public {
        _openEvent(consumer, "ev-1", T0); // 1: event
        vm.prank(consumer);
        gov.openDispute(1, 7, "", 0, 0, "r"); // 2: CF 7
        vm.prank(consumer);
        gov.openDispute(2, 1, "", 0, 0, "r"); // 3: valuation 1
        vm.startPrank(arbiter);
        vm.expectRevert(GovernanceConfig.ZeroReason.selector);
        gov.resolveDispute(1, 1, 0, 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadChange.selector, 1));
        gov.resolveDispute(1, 1, 1, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadOutcome.selector, 0, 6));
        gov.resolveDispute(1, 6, 0, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadOutcome.selector, 0, 0));
        gov.resolveDispute(1, 0, 0, 0, 0, "r");
        // CF changes: a CF dispute changes its own CF; amended needs a different new CF.
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadChange.selector, 2));
        gov.resolveDispute(2, 2, 8, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadChange.selector, 2));
        gov.resolveDispute(2, 2, 7, 9, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadChange.selector, 3));
        gov.resolveDispute(2, 3, 7, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadChange.selector, 3));
        gov.resolveDispute(2, 3, 7, 7, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadChange.selector, 2));
        gov.resolveDispute(1, 2, 0, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadOutcome.selector, 2, 2));
        gov.resolveDispute(3, 2, 7, 0, 0, "r");
        // Valuation: published, not the disputed one, not on a CF dispute.
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownValuation.selector, 3));
        gov.resolveDispute(1, 4, 0, 0, 3, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownValuation.selector, 0));
        gov.resolveDispute(1, 4, 0, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadChange.selector, 4));
        gov.resolveDispute(3, 4, 0, 0, 1, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadOutcome.selector, 1, 4));
        gov.resolveDispute(2, 4, 0, 0, 2, "r");
        // Void: event disputes only.
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadOutcome.selector, 1, 5));
        gov.resolveDispute(2, 5, 0, 0, 0, "r");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BadChange.selector, 5));
        gov.resolveDispute(1, 5, 0, 0, 1, "r");
        vm.stopPrank();
        for (uint64 i = 1; i <= 3; i++) {
            assertEq(gov.dispute(i).status, 0, "a refused resolution changed a dispute");
        }
    }

    /// The window, fuzzed against its definition: open iff eventTime ≤ now < eventTime + window.
    function testFuzz_WindowAcceptedIffInside(uint64 eventTime, uint32 later) public {
        eventTime = uint64(bound(eventTime, T0 - 3 * WINDOW, T0 + 3 * WINDOW));
        vm.warp(T0 + later % (4 * WINDOW));
        uint256 now_ = block.timestamp;
        bool inside = eventTime <= now_ && now_ < uint256(eventTime) + WINDOW;
        vm.prank(consumer);
        (bool ok,) = address(gov).call(
            abi.encodeCall(GovernanceConfig.openDispute, (0, 0, "ev", eventTime, 1, bytes32("r")))
        );
        assertEq(ok, inside, "window");
        assertEq(gov.lastDisputeId(), inside ? 1 : 0, "ids");
    }

    /// Resolutions, fuzzed against an oracle of the rules.
    function testFuzz_ResolveAcceptedIffRulesHold(uint8 target, uint8 outcome, uint8 cf, uint8 newCf, uint8 version)
        public
    {
        target = target % 3;
        outcome = outcome % 7;
        uint256 cfId = cf % 3;
        uint256 newCfId = newCf % 3;
        uint64 v = version % 4;
        uint256 subject = target == 0 ? 0 : 1;
        vm.prank(consumer);
        gov.openDispute(target, subject, target == 0 ? "ev" : "", target == 0 ? T0 : 0, target == 0 ? 1 : 0, "r");
        bool ok;
        if (outcome == 1) {
            ok = cfId == 0 && newCfId == 0 && v == 0;
        } else if (outcome == 2 || outcome == 3) {
            ok = target != 2 && (target != 1 || cfId == subject) && cfId != 0 && v == 0
                && ((outcome == 3) == (newCfId != 0)) && newCfId != cfId;
        } else if (outcome == 4) {
            ok = target != 1 && cfId == 0 && newCfId == 0 && v != 0 && v <= 2 && !(target == 2 && v == subject);
        } else if (outcome == 5) {
            ok = target == 0 && cfId == 0 && newCfId == 0 && v == 0;
        }
        vm.prank(arbiter);
        (bool done,) = address(gov).call(
            abi.encodeCall(GovernanceConfig.resolveDispute, (1, outcome, cfId, newCfId, v, bytes32("r")))
        );
        assertEq(done, ok, "resolution accepted against the rules");
        assertEq(gov.dispute(1).status, ok ? outcome : 0, "status");
    }
}

/// Drives disputes at random: opens (inside and outside windows), resolves (valid and not).
contract DisputeHandler is Base {
    GovernanceConfig public gov;
    address internal arbiter = address(0xA4B);
    uint64 public opened;
    uint64 public resolved;
    mapping(uint64 => uint8) public statusSeen;
    bool public reopened; // a resolved dispute seen open again, or a status changed twice
    bool public lateAccepted; // an event dispute accepted outside its window

    constructor() {
        gov = new GovernanceConfig(address(this));
        gov.grantRole(gov.GOVERNOR_ROLE(), address(this));
        gov.grantRole(gov.ARBITER_ROLE(), arbiter);
        gov.publishSplitPolicy(
            GovernanceConfig.SplitPolicy(1000, 1000, 2000, 5000, 0, 10000, 0, 10000, 0, 10000, 1 hours, address(0x7E))
        );
        gov.publishValuation(1, address(0xA55E7), "u", 1, 1, new bytes32[](0), new uint256[](0));
        gov.publishValuation(1, address(0xA55E7), "u", 2, 1, new bytes32[](0), new uint256[](0));
    }

    function open(uint8 target, uint64 ago, bool governance) external {
        target = target % 3;
        ago = ago % 2 hours;
        uint64 t = uint64(block.timestamp) - ago;
        if (!governance) vm.prank(address(0xC0));
        try gov.openDispute(target, target == 0 ? 0 : 1, target == 0 ? "ev" : "", target == 0 ? t : 0, target == 0 ? 1 : 0, "r") {
            opened++;
            if (target == 0 && ago >= 1 hours) lateAccepted = true;
        } catch {}
    }

    function resolve(uint64 seed, uint8 outcome, uint8 cf, uint8 v) external {
        if (opened == 0) return;
        uint64 id = 1 + seed % opened;
        uint8 before = gov.dispute(id).status;
        vm.prank(arbiter);
        try gov.resolveDispute(id, outcome % 7, cf % 3, 0, v % 3, "r") {
            if (before != 0) reopened = true;
            resolved++;
        } catch {}
        uint8 after_ = gov.dispute(id).status;
        if (statusSeen[id] != 0 && after_ != statusSeen[id]) reopened = true;
        statusSeen[id] = after_;
    }

    function wait(uint16 secs) external {
        vm.warp(block.timestamp + secs);
    }
}

contract DisputeInvariants is Base {
    DisputeHandler internal h;

    function setUp() public {
        vm.warp(1_700_000_000);
        h = new DisputeHandler();
    }

    function targetContracts() public view returns (address[] memory t) {
        t = new address[](1);
        t[0] = address(h);
    }

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory t) {
        bytes4[] memory s = new bytes4[](3);
        s[0] = DisputeHandler.open.selector;
        s[1] = DisputeHandler.resolve.selector;
        s[2] = DisputeHandler.wait.selector;
        t = new FuzzSelector[](1);
        t[0] = FuzzSelector(address(h), s);
    }

    /// Ids are sequential, every dispute is resolved at most once and never reopened, no event
    /// dispute is accepted after its window.
    function invariant_DisputesResolvedOnceAndWindowsHold() public view {
        GovernanceConfig gov = h.gov();
        assertEq(gov.lastDisputeId(), h.opened(), "ids not sequential");
        assertLe(h.resolved(), h.opened(), "more resolutions than disputes");
        assertFalse(h.reopened(), "a resolved dispute changed");
        assertFalse(h.lateAccepted(), "a dispute after the window accepted");
        uint256 closed;
        for (uint64 i = 1; i <= h.opened(); i++) {
            if (gov.dispute(i).status != 0) closed++;
        }
        assertEq(closed, h.resolved(), "resolved count");
    }

    /// The handler's paths are reachable: a dispute opens, one is refused late, one resolves.
    function test_HandlerPathsWork() public {
        h.open(0, 10, false);
        h.open(0, 1 hours, false); // at the deadline: refused
        assertEq(h.opened(), 1, "late dispute opened");
        h.resolve(0, 1, 0, 0);
        assertEq(h.resolved(), 1, "dismissal refused");
        h.resolve(0, 1, 0, 0);
        assertEq(h.resolved(), 1, "resolved twice");
        invariant_DisputesResolvedOnceAndWindowsHold();
    }
}
