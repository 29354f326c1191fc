// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title OwnershipToken
/// @notice One ERC-1155 token id per contribution fingerprint (CF). Registration mints the CF's
/// units; dataset versions fix their list of CFs immutably. Every fact the engine needs is emitted.
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
    event VersionSealed(uint256 indexed datasetId, uint64 indexed version, bytes32 manifestHash, uint256 cfCount);

    /// @notice Last CF id assigned (ids start at 1).
    uint256 public lastCfId;
    mapping(uint256 cfId => Contribution) private _cf;
    /// @notice Last sealed version per dataset; the open version is this + 1.
    mapping(uint256 datasetId => uint64) public lastSealedVersion;
    mapping(uint256 datasetId => mapping(uint64 version => uint256)) public versionCFCount;
    mapping(uint256 datasetId => mapping(uint64 version => bytes32)) public versionManifest;
    mapping(uint256 datasetId => mapping(uint64 version => mapping(uint256 cfId => bool))) public inVersion;

    constructor(address admin) ERC1155("") {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
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
        emit ContributionAmended(oldCfId, newCfId, reasonHash);
    }

    function deprecateContribution(uint256 cfId, bytes32 reasonHash) external onlyRole(REGISTRAR_ROLE) {
        if (cfId == 0 || cfId > lastCfId) revert UnknownCF(cfId);
        Contribution storage c = _cf[cfId];
        if (c.deprecated) revert CFDeprecated(cfId);
        c.deprecated = true;
        emit ContributionDeprecated(cfId, reasonHash);
    }

    /// @notice Adds CFs to the open (next unsealed) version of a dataset; may be called in chunks.
    function addToVersion(uint256 datasetId, uint64 version, uint256[] calldata cfIds)
        external
        onlyRole(PUBLISHER_ROLE)
    {
        _add(datasetId, version, cfIds);
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
        mapping(uint256 => bool) storage members = inVersion[datasetId][version];
        for (uint256 i = 0; i < cfIds.length; i++) {
            uint256 id = cfIds[i];
            if (id == 0 || id > lastCfId) revert UnknownCF(id);
            Contribution storage c = _cf[id];
            if (c.datasetId != datasetId) revert WrongDataset(id, datasetId);
            if (c.deprecated) revert CFDeprecated(id);
            if (members[id]) revert CFRepeated(id);
            members[id] = true;
        }
        versionCFCount[datasetId][version] += cfIds.length;
        emit VersionCFsAdded(datasetId, version, cfIds);
    }

    function _seal(uint256 datasetId, uint64 version, bytes32 manifestHash) private {
        _openVersion(datasetId, version);
        uint256 count = versionCFCount[datasetId][version];
        if (count == 0) revert EmptyVersion(datasetId, version);
        lastSealedVersion[datasetId] = version;
        versionManifest[datasetId][version] = manifestHash;
        emit VersionSealed(datasetId, version, manifestHash, count);
    }
}
