// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title OwnershipToken
/// @notice One ERC-1155 token id per contribution fingerprint (CF). Registration mints the CF's
/// units; dataset versions fix their list of CFs immutably. Every fact the engine needs is emitted.
///
/// A version never holds two CFs of one lineage (a CF and any CF amending it, directly or through
/// a chain of amendments): that would count one contribution twice. A CF deprecated while its
/// version is open blocks the seal until the publisher takes it out (`removeFromVersion`), so no
/// sealed version contains a CF that was deprecated before the seal.
contract OwnershipToken is ERC1155, AccessControl {
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    bytes32 public constant PUBLISHER_ROLE = keccak256("PUBLISHER_ROLE");

    uint8 public constant ROLE_SAMPLE = 0;
    uint8 public constant ROLE_LABEL = 1;
    uint8 public constant ROLE_VALIDATION = 2;

    struct Contribution {
        uint256 datasetId;
        bytes32 assetId;
        address contributor;
        uint8 role;
        bool deprecated;
        bytes32 contentHash;
        uint256 supersededBy; // 0 while current
    }

    error ZeroUnits();
    error ZeroAddress();
    error InvalidRole(uint8 role);
    error UnknownCF(uint256 cfId);
    error CFDeprecated(uint256 cfId);
    error CFSuperseded(uint256 cfId, uint256 by);
    error WrongDataset(uint256 cfId, uint256 datasetId);
    error CFRepeated(uint256 cfId);
    error VersionNotOpen(uint256 datasetId, uint64 version, uint64 expected);
    error EmptyVersion(uint256 datasetId, uint64 version);
    error LineageRepeated(uint256 cfId, uint256 memberCfId);
    error DeprecatedInVersion(uint256 datasetId, uint64 version, uint256 count);
    error NotInVersion(uint256 cfId);
    error CFNotDeprecated(uint256 cfId);

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

    /// @notice Last CF id assigned (ids start at 1).
    uint256 public lastCfId;
    mapping(uint256 cfId => Contribution) private _cf;
    /// @notice Last sealed version per dataset; the open version is this + 1.
    mapping(uint256 datasetId => uint64) public lastSealedVersion;
    mapping(uint256 datasetId => mapping(uint64 version => uint256)) public versionCFCount;
    mapping(uint256 datasetId => mapping(uint64 version => bytes32)) public versionManifest;
    /// @dev Per version and lineage (the first CF of an amendment chain), the member CF; 0 if none.
    mapping(uint256 datasetId => mapping(uint64 version => mapping(uint256 lineage => uint256 cfId))) private _member;
    /// @dev Per amending CF, the first CF of its chain; 0 for a CF that amends nothing.
    mapping(uint256 cfId => uint256) private _lineage;
    /// @notice Members of a dataset's open version deprecated since they were added.
    mapping(uint256 datasetId => mapping(uint64 version => uint256)) public deprecatedInVersion;

    constructor(address admin) ERC1155("") {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Whether `cfId` is in the CF list of (datasetId, version).
    function inVersion(uint256 datasetId, uint64 version, uint256 cfId) external view returns (bool) {
        return cfId != 0 && _member[datasetId][version][lineageOf(cfId)] == cfId;
    }

    /// @notice The first CF of `cfId`'s amendment chain (`cfId` itself unless it amends another).
    function lineageOf(uint256 cfId) public view returns (uint256) {
        uint256 l = _lineage[cfId];
        return l == 0 ? cfId : l;
    }

    function contribution(uint256 cfId) external view returns (Contribution memory) {
        if (cfId == 0 || cfId > lastCfId) revert UnknownCF(cfId);
        return _cf[cfId];
    }

    function registerContribution(
        uint256 datasetId,
        bytes32 assetId,
        uint8 role,
        address contributor,
        bytes32 contentHash,
        address holder,
        uint256 units
    ) external onlyRole(REGISTRAR_ROLE) returns (uint256 cfId) {
        if (role > ROLE_VALIDATION) revert InvalidRole(role);
        if (contributor == address(0)) revert ZeroAddress();
        cfId = _register(datasetId, assetId, role, contributor, contentHash, holder, units);
    }

    /// @notice Creates a new CF superseding `oldCfId` (same dataset, asset, role and contributor).
    /// Emits ContributionRegistered for the new CF, then ContributionAmended.
    function amendContribution(uint256 oldCfId, bytes32 contentHash, bytes32 reasonHash, address holder, uint256 units)
        external
        onlyRole(REGISTRAR_ROLE)
        returns (uint256 newCfId)
    {
        Contribution storage old = _current(oldCfId);
        newCfId = _register(old.datasetId, old.assetId, old.role, old.contributor, contentHash, holder, units);
        _cf[oldCfId].supersededBy = newCfId;
        _lineage[newCfId] = lineageOf(oldCfId);
        emit ContributionAmended(oldCfId, newCfId, reasonHash);
    }

    function deprecateContribution(uint256 cfId, bytes32 reasonHash) external onlyRole(REGISTRAR_ROLE) {
        if (cfId == 0 || cfId > lastCfId) revert UnknownCF(cfId);
        Contribution storage c = _cf[cfId];
        if (c.deprecated) revert CFDeprecated(cfId);
        c.deprecated = true;
        uint256 datasetId = c.datasetId;
        uint64 open = lastSealedVersion[datasetId] + 1;
        if (_member[datasetId][open][lineageOf(cfId)] == cfId) deprecatedInVersion[datasetId][open] += 1;
        emit ContributionDeprecated(cfId, reasonHash);
    }

    /// @notice Adds CFs to the open (next unsealed) version of a dataset; may be called in chunks.
    function addToVersion(uint256 datasetId, uint64 version, uint256[] calldata cfIds)
        external
        onlyRole(PUBLISHER_ROLE)
    {
        _add(datasetId, version, cfIds);
    }

    /// @notice Takes CFs deprecated since they were added out of the open version (the only way a
    /// version's list shrinks). A deprecated CF can never be added again.
    function removeFromVersion(uint256 datasetId, uint64 version, uint256[] calldata cfIds)
        external
        onlyRole(PUBLISHER_ROLE)
    {
        _openVersion(datasetId, version);
        mapping(uint256 => uint256) storage members = _member[datasetId][version];
        for (uint256 i = 0; i < cfIds.length; i++) {
            uint256 id = cfIds[i];
            if (id == 0 || id > lastCfId) revert UnknownCF(id);
            uint256 lineage = lineageOf(id);
            if (members[lineage] != id) revert NotInVersion(id);
            if (!_cf[id].deprecated) revert CFNotDeprecated(id);
            delete members[lineage];
        }
        versionCFCount[datasetId][version] -= cfIds.length;
        deprecatedInVersion[datasetId][version] -= cfIds.length;
        emit VersionCFsRemoved(datasetId, version, cfIds);
    }

    function sealVersion(uint256 datasetId, uint64 version, bytes32 manifestHash) external onlyRole(PUBLISHER_ROLE) {
        _seal(datasetId, version, manifestHash);
    }

    function publishVersion(uint256 datasetId, uint64 version, uint256[] calldata cfIds, bytes32 manifestHash)
        external
        onlyRole(PUBLISHER_ROLE)
    {
        _add(datasetId, version, cfIds);
        _seal(datasetId, version, manifestHash);
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC1155, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    function _register(
        uint256 datasetId,
        bytes32 assetId,
        uint8 role,
        address contributor,
        bytes32 contentHash,
        address holder,
        uint256 units
    ) private returns (uint256 cfId) {
        if (units == 0) revert ZeroUnits();
        if (holder == address(0)) revert ZeroAddress();
        cfId = ++lastCfId;
        _cf[cfId] = Contribution({
            datasetId: datasetId,
            assetId: assetId,
            contributor: contributor,
            role: role,
            deprecated: false,
            contentHash: contentHash,
            supersededBy: 0
        });
        emit ContributionRegistered(cfId, datasetId, assetId, role, contributor, contentHash, holder, units);
        _mint(holder, cfId, units, "");
    }

    function _current(uint256 cfId) private view returns (Contribution storage c) {
        if (cfId == 0 || cfId > lastCfId) revert UnknownCF(cfId);
        c = _cf[cfId];
        if (c.deprecated) revert CFDeprecated(cfId);
        if (c.supersededBy != 0) revert CFSuperseded(cfId, c.supersededBy);
    }

    function _openVersion(uint256 datasetId, uint64 version) private view {
        uint64 expected = lastSealedVersion[datasetId] + 1;
        if (version != expected) revert VersionNotOpen(datasetId, version, expected);
    }

    function _add(uint256 datasetId, uint64 version, uint256[] calldata cfIds) private {
        _openVersion(datasetId, version);
        mapping(uint256 => uint256) storage members = _member[datasetId][version];
        for (uint256 i = 0; i < cfIds.length; i++) {
            uint256 id = cfIds[i];
            if (id == 0 || id > lastCfId) revert UnknownCF(id);
            Contribution storage c = _cf[id];
            if (c.datasetId != datasetId) revert WrongDataset(id, datasetId);
            if (c.deprecated) revert CFDeprecated(id);
            uint256 lineage = lineageOf(id);
            uint256 member = members[lineage];
            if (member == id) revert CFRepeated(id);
            if (member != 0) revert LineageRepeated(id, member);
            members[lineage] = id;
        }
        versionCFCount[datasetId][version] += cfIds.length;
        emit VersionCFsAdded(datasetId, version, cfIds);
    }

    function _seal(uint256 datasetId, uint64 version, bytes32 manifestHash) private {
        _openVersion(datasetId, version);
        uint256 count = versionCFCount[datasetId][version];
        if (count == 0) revert EmptyVersion(datasetId, version);
        // Re-checked here: a member may have been deprecated after it was added.
        uint256 deprecated = deprecatedInVersion[datasetId][version];
        if (deprecated != 0) revert DeprecatedInVersion(datasetId, version, deprecated);
        lastSealedVersion[datasetId] = version;
        versionManifest[datasetId][version] = manifestHash;
        emit VersionSealed(datasetId, version, manifestHash, count);
    }
}
