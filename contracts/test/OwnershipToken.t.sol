// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Base} from "./Base.t.sol";
import {OwnershipToken} from "../src/OwnershipToken.sol";

contract OwnershipTokenTest is Base {
    event ContributionRegistered(
        uint256 indexed cfId,
        uint256 indexed datasetId,
        bytes32 indexed assetId,
        uint8 role,
        address contributor,
        bytes32 contentHash,
        address holder,
        uint256 units
    );
    event ContributionAmended(uint256 indexed oldCfId, uint256 indexed newCfId, bytes32 reasonHash);
    event ContributionDeprecated(uint256 indexed cfId, bytes32 reasonHash);
    event VersionCFsAdded(uint256 indexed datasetId, uint64 indexed version, uint256[] cfIds);
    event VersionCFsRemoved(uint256 indexed datasetId, uint64 indexed version, uint256[] cfIds);
    event VersionSealed(uint256 indexed datasetId, uint64 indexed version, bytes32 manifestHash, uint256 cfCount);
    event TransferSingle(
        address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value
    );

    address internal admin = address(0xA11CE);
    address internal registrar = address(0x2E6);
    address internal publisher = address(0x9B);
    address internal stranger = address(0x5EE);
    address internal alice = address(0xA1);
    address internal bob = address(0xB0B);
    OwnershipToken internal tok;

    function setUp() public {
        tok = new OwnershipToken(admin);
        vm.startPrank(admin);
        tok.grantRole(tok.REGISTRAR_ROLE(), registrar);
        tok.grantRole(tok.PUBLISHER_ROLE(), publisher);
        vm.stopPrank();
    }

    function _reg(uint256 dataset, address holder, uint256 units) internal returns (uint256) {
        vm.prank(registrar);
        return tok.registerContribution(dataset, bytes32("asset"), 0, alice, bytes32("content"), holder, units);
    }

    function _ids(uint256 a) internal pure returns (uint256[] memory x) {
        x = new uint256[](1);
        x[0] = a;
    }

    function _ids(uint256 a, uint256 b) internal pure returns (uint256[] memory x) {
        x = new uint256[](2);
        x[0] = a;
        x[1] = b;
    }

    function test_ConstructorRejectsZeroAdmin() public {
        vm.expectRevert(OwnershipToken.ZeroAddress.selector);
        new OwnershipToken(address(0));
    }

    function test_RoleChecks() public {
        bytes32 reg = tok.REGISTRAR_ROLE();
        bytes32 pub = tok.PUBLISHER_ROLE();
        vm.expectRevert(unauthorized(publisher, reg));
        vm.prank(publisher);
        tok.registerContribution(1, 0, 0, alice, 0, alice, 1);
        uint256 id = _reg(1, alice, 10);
        vm.expectRevert(unauthorized(stranger, reg));
        vm.prank(stranger);
        tok.amendContribution(id, 0, 0, alice, 1);
        vm.expectRevert(unauthorized(admin, reg));
        vm.prank(admin);
        tok.deprecateContribution(id, 0);
        vm.expectRevert(unauthorized(registrar, pub));
        vm.prank(registrar);
        tok.addToVersion(1, 1, _ids(id));
        vm.expectRevert(unauthorized(registrar, pub));
        vm.prank(registrar);
        tok.sealVersion(1, 1, 0);
        vm.expectRevert(unauthorized(stranger, pub));
        vm.prank(stranger);
        tok.publishVersion(1, 1, _ids(id), 0);
        vm.expectRevert(unauthorized(registrar, pub));
        vm.prank(registrar);
        tok.removeFromVersion(1, 1, _ids(id));
        vm.expectRevert(unauthorized(registrar, tok.DEFAULT_ADMIN_ROLE()));
        vm.prank(registrar);
        tok.grantRole(reg, stranger);
    }

    function test_RegisterMintsAndEmits() public {
        vm.expectEmit(true, true, true, true, address(tok));
        emit ContributionRegistered(1, 7, bytes32("img-1"), 2, bob, bytes32("hash"), alice, 500);
        vm.expectEmit(true, true, true, true, address(tok));
        emit TransferSingle(registrar, address(0), alice, 1, 500);
        vm.prank(registrar);
        uint256 id = tok.registerContribution(7, bytes32("img-1"), 2, bob, bytes32("hash"), alice, 500);
        assertEq(id, 1, "first id");
        assertEq(tok.lastCfId(), 1, "lastCfId");
        assertEq(tok.balanceOf(alice, 1), 500, "units");
        OwnershipToken.Contribution memory c = tok.contribution(1);
        assertEq(c.datasetId, 7, "dataset");
        assertEq(c.assetId, bytes32("img-1"), "asset");
        assertEq(uint256(c.role), 2, "role");
        assertEq(c.contributor, bob, "contributor");
        assertEq(c.contentHash, bytes32("hash"), "content");
        assertEq(_reg(7, bob, 1), 2, "second id");
    }

    function test_RegisterRules() public {
        vm.startPrank(registrar);
        vm.expectRevert(OwnershipToken.ZeroUnits.selector);
        tok.registerContribution(1, 0, 0, alice, 0, alice, 0);
        vm.expectRevert(OwnershipToken.ZeroAddress.selector);
        tok.registerContribution(1, 0, 0, alice, 0, address(0), 1);
        vm.expectRevert(OwnershipToken.ZeroAddress.selector);
        tok.registerContribution(1, 0, 0, address(0), 0, alice, 1);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.InvalidRole.selector, uint8(3)));
        tok.registerContribution(1, 0, 3, alice, 0, alice, 1);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.UnknownCF.selector, 1));
        tok.contribution(1);
    }

    function test_AmendCreatesSupersedingCF() public {
        vm.prank(registrar);
        uint256 old = tok.registerContribution(3, bytes32("a"), 1, bob, bytes32("v1"), alice, 10);
        vm.expectEmit(true, true, true, true, address(tok));
        emit ContributionRegistered(2, 3, bytes32("a"), 1, bob, bytes32("v2"), bob, 20);
        vm.expectEmit(true, true, false, true, address(tok));
        emit ContributionAmended(old, 2, bytes32("typo"));
        vm.prank(registrar);
        uint256 neu = tok.amendContribution(old, bytes32("v2"), bytes32("typo"), bob, 20);
        assertEq(neu, 2, "new id");
        assertEq(tok.contribution(old).supersededBy, neu, "supersededBy");
        assertEq(tok.balanceOf(bob, neu), 20, "new units");
        assertEq(tok.balanceOf(alice, old), 10, "old units kept");
        vm.startPrank(registrar);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.CFSuperseded.selector, old, neu));
        tok.amendContribution(old, 0, 0, bob, 1);
        tok.deprecateContribution(neu, bytes32("spam"));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.CFDeprecated.selector, neu));
        tok.amendContribution(neu, 0, 0, bob, 1);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.UnknownCF.selector, 9));
        tok.amendContribution(9, 0, 0, bob, 1);
        vm.stopPrank();
    }

    function test_DeprecateEmitsOnce() public {
        uint256 id = _reg(1, alice, 1);
        vm.expectEmit(true, false, false, true, address(tok));
        emit ContributionDeprecated(id, bytes32("why"));
        vm.startPrank(registrar);
        tok.deprecateContribution(id, bytes32("why"));
        assertTrue(tok.contribution(id).deprecated, "flag");
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.CFDeprecated.selector, id));
        tok.deprecateContribution(id, bytes32("again"));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.UnknownCF.selector, 0));
        tok.deprecateContribution(0, 0);
        vm.stopPrank();
    }

    function test_PublishVersionEmitsAndIsImmutable() public {
        uint256 a = _reg(1, alice, 1);
        uint256 b = _reg(1, bob, 2);
        vm.expectEmit(true, true, false, true, address(tok));
        emit VersionCFsAdded(1, 1, _ids(a, b));
        vm.expectEmit(true, true, false, true, address(tok));
        emit VersionSealed(1, 1, bytes32("manifest"), 2);
        vm.prank(publisher);
        tok.publishVersion(1, 1, _ids(a, b), bytes32("manifest"));
        assertEq(tok.lastSealedVersion(1), 1, "sealed");
        assertEq(tok.versionCFCount(1, 1), 2, "count");
        assertEq(tok.versionManifest(1, 1), bytes32("manifest"), "manifest");
        assertTrue(tok.inVersion(1, 1, a) && tok.inVersion(1, 1, b), "members");
        uint256 c = _reg(1, alice, 3);
        vm.startPrank(publisher);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.VersionNotOpen.selector, 1, uint64(1), uint64(2)));
        tok.addToVersion(1, 1, _ids(c));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.VersionNotOpen.selector, 1, uint64(1), uint64(2)));
        tok.sealVersion(1, 1, bytes32("other"));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.VersionNotOpen.selector, 1, uint64(3), uint64(2)));
        tok.publishVersion(1, 3, _ids(c), 0);
        vm.stopPrank();
        assertEq(tok.versionCFCount(1, 1), 2, "sealed version changed");
        assertEq(tok.versionManifest(1, 1), bytes32("manifest"), "sealed manifest changed");
    }

    function test_ChunkedPublishing() public {
        uint256 a = _reg(5, alice, 1);
        uint256 b = _reg(5, bob, 1);
        uint256 c = _reg(5, bob, 1);
        vm.startPrank(publisher);
        tok.addToVersion(5, 1, _ids(a));
        tok.addToVersion(5, 1, _ids(b, c));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.CFRepeated.selector, b));
        tok.addToVersion(5, 1, _ids(b));
        vm.expectEmit(true, true, false, true, address(tok));
        emit VersionSealed(5, 1, bytes32("m"), 3);
        tok.sealVersion(5, 1, bytes32("m"));
        // Version 2 may list the same CFs again.
        tok.publishVersion(5, 2, _ids(a, c), bytes32("m2"));
        vm.stopPrank();
        assertEq(tok.lastSealedVersion(5), 2, "v2 sealed");
        assertEq(tok.lastSealedVersion(6), 0, "other dataset untouched");
    }

    function test_VersionMembershipRules() public {
        uint256 a = _reg(1, alice, 1);
        uint256 other = _reg(2, alice, 1);
        uint256 dep = _reg(1, alice, 1);
        vm.prank(registrar);
        tok.deprecateContribution(dep, 0);
        vm.startPrank(publisher);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.WrongDataset.selector, other, 1));
        tok.addToVersion(1, 1, _ids(other));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.CFDeprecated.selector, dep));
        tok.addToVersion(1, 1, _ids(dep));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.UnknownCF.selector, 99));
        tok.addToVersion(1, 1, _ids(99));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.CFRepeated.selector, a));
        tok.addToVersion(1, 1, _ids(a, a));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.EmptyVersion.selector, 1, uint64(1)));
        tok.sealVersion(1, 1, 0);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.VersionNotOpen.selector, 1, uint64(0), uint64(1)));
        tok.publishVersion(1, 0, _ids(a), 0);
        vm.stopPrank();
    }

    function test_TransfersAreFree() public {
        uint256 id = _reg(1, alice, 100);
        vm.prank(alice);
        tok.safeTransferFrom(alice, bob, id, 40, "");
        assertEq(tok.balanceOf(alice, id), 60, "alice");
        assertEq(tok.balanceOf(bob, id), 40, "bob");
    }

    function testFuzz_RegisterAssignsSequentialIds(uint8 n, uint256 units) public {
        units = bound(units, 1, type(uint128).max);
        uint256 count = bound(n, 1, 30);
        for (uint256 i = 1; i <= count; i++) {
            assertEq(_reg(i % 3, alice, units), i, "id");
            assertEq(tok.balanceOf(alice, i), units, "units");
        }
        assertEq(tok.lastCfId(), count, "lastCfId");
    }

    /// Finding 8: a CF deprecated between addToVersion and sealVersion is re-checked at the seal,
    /// which reverts until the publisher takes it out; the version then seals without it and the
    /// CF can never be added again.
    function test_DeprecatedAfterAddBlocksSealUntilRemoved() public {
        uint256 a = _reg(1, alice, 1);
        uint256 b = _reg(1, bob, 1);
        vm.prank(publisher);
        tok.addToVersion(1, 1, _ids(a, b));
        vm.prank(registrar);
        tok.deprecateContribution(b, bytes32("bad"));
        assertEq(tok.deprecatedInVersion(1, 1), 1, "deprecation of a member not counted");
        vm.startPrank(publisher);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.DeprecatedInVersion.selector, 1, uint64(1), 1));
        tok.sealVersion(1, 1, bytes32("m"));
        vm.expectEmit(true, true, false, true, address(tok));
        emit VersionCFsRemoved(1, 1, _ids(b));
        tok.removeFromVersion(1, 1, _ids(b));
        assertFalse(tok.inVersion(1, 1, b), "still a member");
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.CFDeprecated.selector, b));
        tok.addToVersion(1, 1, _ids(b));
        vm.expectEmit(true, true, false, true, address(tok));
        emit VersionSealed(1, 1, bytes32("m"), 1);
        tok.sealVersion(1, 1, bytes32("m"));
        vm.stopPrank();
        assertEq(tok.versionCFCount(1, 1), 1, "count");
        assertTrue(tok.inVersion(1, 1, a), "a dropped");
        // Deprecating a member of a sealed version changes nothing about it, nor about the next.
        vm.prank(registrar);
        tok.deprecateContribution(a, 0);
        assertEq(tok.deprecatedInVersion(1, 1), 0, "sealed version counted");
        assertEq(tok.deprecatedInVersion(1, 2), 0, "next version counted");
        assertTrue(tok.inVersion(1, 1, a), "sealed version changed");
    }

    /// Only deprecated members of the open version can be taken out.
    function test_RemoveFromVersionRules() public {
        uint256 a = _reg(1, alice, 1);
        uint256 b = _reg(1, bob, 1);
        uint256 c = _reg(1, bob, 1);
        vm.prank(publisher);
        tok.addToVersion(1, 1, _ids(a, b));
        vm.prank(registrar);
        tok.deprecateContribution(c, 0); // never added
        vm.startPrank(publisher);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.CFNotDeprecated.selector, a));
        tok.removeFromVersion(1, 1, _ids(a));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.NotInVersion.selector, c));
        tok.removeFromVersion(1, 1, _ids(c));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.UnknownCF.selector, 9));
        tok.removeFromVersion(1, 1, _ids(9));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.VersionNotOpen.selector, 1, uint64(2), uint64(1)));
        tok.removeFromVersion(1, 2, _ids(a));
        vm.stopPrank();
        vm.prank(registrar);
        tok.deprecateContribution(b, 0);
        vm.startPrank(publisher);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.NotInVersion.selector, b));
        tok.removeFromVersion(1, 1, _ids(b, b));
        tok.removeFromVersion(1, 1, _ids(b));
        tok.sealVersion(1, 1, 0);
        vm.stopPrank();
        assertEq(tok.versionCFCount(1, 1), 1, "count");
    }

    /// Finding 8, decided: a CF and any CF of its amendment chain never sit in one version (one
    /// contribution would count twice). Whichever is added second reverts LineageRepeated; a CF
    /// amended while its version is open stays in it as added, and its amendment joins a later
    /// version.
    function test_CFAndItsAmendmentNeverInOneVersion() public {
        uint256 a = _reg(1, alice, 10);
        vm.prank(registrar);
        uint256 a2 = tok.amendContribution(a, bytes32("v2"), 0, alice, 10);
        vm.prank(registrar);
        uint256 a3 = tok.amendContribution(a2, bytes32("v3"), 0, alice, 10);
        assertEq(tok.lineageOf(a), a, "lineage of a");
        assertEq(tok.lineageOf(a2), a, "lineage of a2");
        assertEq(tok.lineageOf(a3), a, "lineage of a3");
        vm.startPrank(publisher);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.LineageRepeated.selector, a2, a));
        tok.addToVersion(1, 1, _ids(a, a2));
        tok.addToVersion(1, 1, _ids(a3));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.LineageRepeated.selector, a, a3));
        tok.addToVersion(1, 1, _ids(a));
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.LineageRepeated.selector, a2, a3));
        tok.publishVersion(1, 1, _ids(a2), 0);
        tok.sealVersion(1, 1, 0);
        vm.stopPrank();
        assertTrue(tok.inVersion(1, 1, a3) && !tok.inVersion(1, 1, a) && !tok.inVersion(1, 1, a2), "members");
        // Amended while open: the version keeps the old CF.
        uint256 b = _reg(1, bob, 5);
        vm.prank(publisher);
        tok.addToVersion(1, 2, _ids(b));
        vm.prank(registrar);
        uint256 b2 = tok.amendContribution(b, bytes32("b2"), 0, bob, 5);
        vm.startPrank(publisher);
        vm.expectRevert(abi.encodeWithSelector(OwnershipToken.LineageRepeated.selector, b2, b));
        tok.addToVersion(1, 2, _ids(b2));
        tok.sealVersion(1, 2, 0);
        tok.publishVersion(1, 3, _ids(b2), 0);
        vm.stopPrank();
        assertTrue(tok.inVersion(1, 2, b) && tok.inVersion(1, 3, b2), "versions");
    }
}
