// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Base} from "./Base.t.sol";
import {GovernanceConfig} from "../src/GovernanceConfig.sol";

contract GovernanceConfigTest is Base {
    event ValuationPublished(
        uint64 indexed version,
        uint256 indexed datasetId,
        address indexed asset,
        string unit,
        uint256 basePrice,
        uint256 priceUnit,
        bytes32[] factorNames,
        uint256[] factorWads
    );
    event SplitPolicyPublished(uint64 indexed version, GovernanceConfig.SplitPolicy policy);
    event TaskManifestPublished(
        uint64 indexed version,
        uint256 indexed datasetId,
        uint64 indexed policyVersion,
        uint16 protocolBps,
        uint16 developerBps,
        uint16 poolBps,
        address[] developers,
        uint256[] weights,
        bytes32 manifestHash
    );
    event MeterSet(address indexed meter, bool authorised);

    address internal admin = address(0xA11CE);
    address internal governor = address(0x60);
    address internal stranger = address(0x5EE);
    address internal asset = address(0xA55E7);
    address internal dev1 = address(0xD1);
    address internal dev2 = address(0xD2);
    GovernanceConfig internal gov;

    function setUp() public {
        gov = new GovernanceConfig(admin);
        bytes32 role = gov.GOVERNOR_ROLE();
        vm.prank(admin);
        gov.grantRole(role, governor);
    }

    function _policy() internal pure returns (GovernanceConfig.SplitPolicy memory p) {
        p = GovernanceConfig.SplitPolicy({
            reserveBps: 500,
            protocolBps: 1000,
            developerBps: 2000,
            poolBps: 5000,
            protocolMinBps: 500,
            protocolMaxBps: 1500,
            developerMinBps: 1000,
            developerMaxBps: 3000,
            poolMinBps: 4000,
            poolMaxBps: 7000,
            disputeWindow: 1 days,
            treasury: address(0x7E)
        });
    }

    function _names(bytes32 a, bytes32 b) internal pure returns (bytes32[] memory x) {
        x = new bytes32[](2);
        x[0] = a;
        x[1] = b;
    }

    function _wads(uint256 a, uint256 b) internal pure returns (uint256[] memory x) {
        x = new uint256[](2);
        x[0] = a;
        x[1] = b;
    }

    function _devs(address a, address b) internal pure returns (address[] memory x) {
        x = new address[](2);
        x[0] = a;
        x[1] = b;
    }

    function _publishPolicy() internal returns (uint64) {
        vm.prank(governor);
        return gov.publishSplitPolicy(_policy());
    }

    function _manifest(uint16 p, uint16 d, uint16 q, address[] memory devs, uint256[] memory w) internal returns (uint64) {
        vm.prank(governor);
        return gov.publishTaskManifest(1, 1, p, d, q, devs, w, bytes32("m"));
    }

    function test_ConstructorRejectsZeroAdmin() public {
        vm.expectRevert(GovernanceConfig.ZeroAddress.selector);
        new GovernanceConfig(address(0));
    }

    function test_RoleChecks() public {
        bytes32 role = gov.GOVERNOR_ROLE();
        vm.startPrank(stranger);
        vm.expectRevert(unauthorized(stranger, role));
        gov.publishValuation(1, asset, "img", 1, 1, new bytes32[](0), new uint256[](0));
        vm.expectRevert(unauthorized(stranger, role));
        gov.publishSplitPolicy(_policy());
        vm.expectRevert(unauthorized(stranger, role));
        gov.publishTaskManifest(1, 1, 1000, 2000, 5000, new address[](0), new uint256[](0), 0);
        vm.expectRevert(unauthorized(stranger, role));
        gov.setMeter(stranger, true);
        vm.stopPrank();
        // The admin administers roles but does not govern.
        vm.expectRevert(unauthorized(admin, role));
        vm.prank(admin);
        gov.setMeter(stranger, true);
        vm.expectRevert(unauthorized(governor, gov.DEFAULT_ADMIN_ROLE()));
        vm.prank(governor);
        gov.grantRole(role, stranger);
    }

    function test_ValuationEmitsAndVersions() public {
        bytes32[] memory names = _names("quality", "rarity");
        uint256[] memory wads = _wads(1.2e18, 0.5e18);
        vm.expectEmit(true, true, true, true, address(gov));
        emit ValuationPublished(1, 9, asset, "image", 1_000_000, 1000, names, wads);
        vm.prank(governor);
        uint64 v = gov.publishValuation(9, asset, "image", 1_000_000, 1000, names, wads);
        assertEq(v, 1, "version");
        assertEq(
            gov.valuationHash(1),
            keccak256(abi.encode(uint256(9), asset, "image", uint256(1_000_000), uint256(1000), names, wads)),
            "hash"
        );
        vm.prank(governor);
        assertEq(gov.publishValuation(9, asset, "image", 2, 1, new bytes32[](0), new uint256[](0)), 2, "version 2");
        assertEq(gov.lastValuationVersion(), 2, "last");
        assertTrue(gov.valuationHash(1) != gov.valuationHash(2), "v1 changed by v2");
    }

    function test_ValuationRules() public {
        vm.startPrank(governor);
        bytes32[] memory none = new bytes32[](0);
        uint256[] memory noWads = new uint256[](0);
        vm.expectRevert(GovernanceConfig.ZeroAddress.selector);
        gov.publishValuation(1, address(0), "img", 1, 1, none, noWads);
        vm.expectRevert(GovernanceConfig.EmptyUnit.selector);
        gov.publishValuation(1, asset, "", 1, 1, none, noWads);
        vm.expectRevert(GovernanceConfig.ZeroBasePrice.selector);
        gov.publishValuation(1, asset, "img", 0, 1, none, noWads);
        vm.expectRevert(GovernanceConfig.ZeroPriceUnit.selector);
        gov.publishValuation(1, asset, "img", 1, 0, none, noWads);
        vm.expectRevert(GovernanceConfig.LengthMismatch.selector);
        gov.publishValuation(1, asset, "img", 1, 1, _names("a", "b"), new uint256[](1));
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.ZeroFactorName.selector, 1));
        gov.publishValuation(1, asset, "img", 1, 1, _names("a", 0), _wads(1, 1));
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.DuplicateFactor.selector, bytes32("a")));
        gov.publishValuation(1, asset, "img", 1, 1, _names("a", "a"), _wads(1, 1));
        vm.stopPrank();
        assertEq(gov.lastValuationVersion(), 0, "a rejected valuation took a version");
    }

    function test_PolicyEmitsAndIsImmutable() public {
        GovernanceConfig.SplitPolicy memory p = _policy();
        vm.expectEmit(true, false, false, true, address(gov));
        emit SplitPolicyPublished(1, p);
        assertEq(_publishPolicy(), 1, "version");
        p.poolBps = 6000;
        vm.prank(governor);
        assertEq(gov.publishSplitPolicy(p), 2, "version 2");
        GovernanceConfig.SplitPolicy memory got = gov.splitPolicy(1);
        assertEq(got.poolBps, 5000, "v1 changed");
        assertEq(got.treasury, address(0x7E), "treasury");
        assertEq(got.disputeWindow, 1 days, "window");
        assertEq(gov.splitPolicy(2).poolBps, 6000, "v2");
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownPolicy.selector, uint64(3)));
        gov.splitPolicy(3);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownPolicy.selector, uint64(0)));
        gov.splitPolicy(0);
    }

    function test_PolicyBands() public {
        GovernanceConfig.SplitPolicy memory p;
        vm.startPrank(governor);

        p = _policy();
        p.treasury = address(0);
        vm.expectRevert(GovernanceConfig.ZeroAddress.selector);
        gov.publishSplitPolicy(p);

        p = _policy();
        p.reserveBps = 10_001;
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BpsTooHigh.selector, uint16(10_001)));
        gov.publishSplitPolicy(p);

        p = _policy();
        p.protocolMaxBps = 10_001;
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BpsTooHigh.selector, uint16(10_001)));
        gov.publishSplitPolicy(p);

        p = _policy();
        p.developerMinBps = 3001;
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.BandDisordered.selector, uint16(3001), uint16(3000)));
        gov.publishSplitPolicy(p);

        p = _policy();
        p.protocolBps = 499;
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.OutOfBand.selector, uint16(499), uint16(500), uint16(1500)));
        gov.publishSplitPolicy(p);

        p = _policy();
        p.developerBps = 3001;
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.OutOfBand.selector, uint16(3001), uint16(1000), uint16(3000)));
        gov.publishSplitPolicy(p);

        p = _policy();
        p.poolBps = 7001;
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.OutOfBand.selector, uint16(7001), uint16(4000), uint16(7000)));
        gov.publishSplitPolicy(p);

        p = _policy();
        p.protocolBps = 1500;
        p.developerBps = 3000;
        p.poolBps = 5501;
        p.poolMaxBps = 10_000;
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.SharesExceedTotal.selector, 10_001));
        gov.publishSplitPolicy(p);

        // Edges are inclusive: min = max = share, sum exactly 10,000.
        p = _policy();
        p.protocolBps = 1500;
        p.developerBps = 3000;
        p.poolBps = 5500;
        p.poolMaxBps = 5500;
        p.poolMinBps = 5500;
        p.reserveBps = 10_000;
        gov.publishSplitPolicy(p);
        vm.stopPrank();
    }

    function test_ManifestEmitsAndFollowsPolicyBands() public {
        _publishPolicy();
        address[] memory devs = _devs(dev1, dev2);
        uint256[] memory w = _wads(3, 1);
        vm.expectEmit(true, true, true, true, address(gov));
        emit TaskManifestPublished(1, 1, 1, 1500, 1000, 7000, devs, w, bytes32("m"));
        assertEq(_manifest(1500, 1000, 7000, devs, w), 1, "version");
        assertEq(gov.manifestHashOf(1), bytes32("m"), "hash");

        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.OutOfBand.selector, uint16(1501), uint16(500), uint16(1500)));
        _manifest(1501, 1000, 5000, devs, w);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.OutOfBand.selector, uint16(999), uint16(1000), uint16(3000)));
        _manifest(1000, 999, 5000, devs, w);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.OutOfBand.selector, uint16(3999), uint16(4000), uint16(7000)));
        _manifest(1000, 1000, 3999, devs, w);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.SharesExceedTotal.selector, 10_001));
        _manifest(1500, 3000, 5501, devs, w);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownPolicy.selector, uint64(2)));
        vm.prank(governor);
        gov.publishTaskManifest(1, 2, 1000, 2000, 5000, devs, w, 0);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.UnknownPolicy.selector, uint64(0)));
        vm.prank(governor);
        gov.publishTaskManifest(1, 0, 1000, 2000, 5000, devs, w, 0);
    }

    function test_ManifestDeveloperRules() public {
        GovernanceConfig.SplitPolicy memory p = _policy();
        p.developerMinBps = 0;
        vm.prank(governor);
        gov.publishSplitPolicy(p);
        uint256[] memory w = _wads(1, 1);
        vm.expectRevert(GovernanceConfig.LengthMismatch.selector);
        _manifest(1000, 2000, 5000, _devs(dev1, dev2), new uint256[](1));
        vm.expectRevert(GovernanceConfig.NoDevelopers.selector);
        _manifest(1000, 2000, 5000, new address[](0), new uint256[](0));
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.ZeroDeveloper.selector, 1));
        _manifest(1000, 2000, 5000, _devs(dev1, address(0)), w);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.DuplicateDeveloper.selector, dev1));
        _manifest(1000, 2000, 5000, _devs(dev1, dev1), w);
        vm.expectRevert(abi.encodeWithSelector(GovernanceConfig.ZeroWeight.selector, 0));
        _manifest(1000, 2000, 5000, _devs(dev1, dev2), _wads(0, 1));
        // A zero developer share needs no developers.
        assertEq(_manifest(1000, 0, 5000, new address[](0), new uint256[](0)), 1, "no-dev manifest");
    }

    function test_MeterSetEmits() public {
        vm.expectEmit(true, false, false, true, address(gov));
        emit MeterSet(stranger, true);
        vm.prank(governor);
        gov.setMeter(stranger, true);
        assertTrue(gov.isMeter(stranger), "authorised");
        vm.expectEmit(true, false, false, true, address(gov));
        emit MeterSet(stranger, false);
        vm.prank(governor);
        gov.setMeter(stranger, false);
        assertFalse(gov.isMeter(stranger), "revoked");
        vm.expectRevert(GovernanceConfig.ZeroAddress.selector);
        vm.prank(governor);
        gov.setMeter(address(0), true);
    }

    /// Any policy is accepted exactly when the documented rules hold (oracle written out here).
    /// Policies are built valid (shares summing to at most 10,000, each inside its band), then
    /// `flaw` breaks one rule or none, so both outcomes are common: about one run in eight is a
    /// valid policy, the rest break exactly one rule, each rule about equally often.
    function testFuzz_PolicyAcceptedIffRulesHold(uint16[10] memory b, uint8 flaw) public {
        GovernanceConfig.SplitPolicy memory p;
        p.protocolBps = uint16(bound(b[0], 0, 10_000));
        p.developerBps = uint16(bound(b[1], 0, 10_000 - uint256(p.protocolBps)));
        p.poolBps = uint16(bound(b[2], 0, 10_000 - uint256(p.protocolBps) - p.developerBps));
        p.reserveBps = uint16(bound(b[3], 0, 10_000));
        p.protocolMinBps = uint16(bound(b[4], 0, p.protocolBps));
        p.protocolMaxBps = uint16(bound(b[5], p.protocolBps, 10_000));
        p.developerMinBps = uint16(bound(b[6], 0, p.developerBps));
        p.developerMaxBps = uint16(bound(b[7], p.developerBps, 10_000));
        p.poolMinBps = uint16(bound(b[8], 0, p.poolBps));
        p.poolMaxBps = uint16(bound(b[9], p.poolBps, 10_000));
        p.disputeWindow = 60;
        p.treasury = address(0x7E);
        flaw = uint8(bound(flaw, 0, 7));
        if (flaw == 1) p.treasury = address(0);
        if (flaw == 2) p.reserveBps = uint16(bound(b[3], 10_001, type(uint16).max));
        if (flaw == 3) p.protocolBps = p.protocolMaxBps == type(uint16).max ? 0 : p.protocolMaxBps + 1; // above its band
        if (flaw == 4 && p.developerMinBps > 0) p.developerBps = p.developerMinBps - 1; // below its band
        if (flaw == 4 && p.developerMinBps == 0) p.developerMinBps = p.developerMaxBps + 1; // band disordered
        if (flaw == 5) p.poolMaxBps = uint16(bound(b[9], 10_001, type(uint16).max)); // band above 10,000
        if (flaw == 6) {
            // Shares over 10,000, each inside a band that allows it.
            p.poolBps = uint16(10_001 - uint256(p.protocolBps) - p.developerBps);
            p.poolMaxBps = 10_000;
            p.poolMinBps = 0;
            if (p.poolBps > 10_000) p.poolBps = 10_000; // protocol and developer both 0
            if (uint256(p.protocolBps) + p.developerBps + p.poolBps <= 10_000) p.developerBps += 1;
            if (p.developerBps > p.developerMaxBps) p.developerMaxBps = p.developerBps;
        }
        if (flaw == 7) p.protocolMinBps = p.protocolMaxBps == 10_000 ? 10_000 : p.protocolMaxBps + 1;
        bool ok = p.treasury != address(0) && p.reserveBps <= 10_000 && _inBand(p.protocolBps, p.protocolMinBps, p.protocolMaxBps)
            && _inBand(p.developerBps, p.developerMinBps, p.developerMaxBps)
            && _inBand(p.poolBps, p.poolMinBps, p.poolMaxBps)
            && uint256(p.protocolBps) + p.developerBps + p.poolBps <= 10_000;
        assertEq(ok, flaw == 0 || (flaw == 7 && p.protocolMaxBps == 10_000 && p.protocolBps == 10_000), "the flaw was not one");
        vm.prank(governor);
        try gov.publishSplitPolicy(p) returns (uint64 v) {
            assertTrue(ok, "accepted a policy breaking the rules");
            assertEq(v, 1, "version");
        } catch {
            assertFalse(ok, "rejected a valid policy");
        }
    }

    function _inBand(uint16 x, uint16 lo, uint16 hi) internal pure returns (bool) {
        return hi <= 10_000 && lo <= hi && lo <= x && x <= hi;
    }
}
