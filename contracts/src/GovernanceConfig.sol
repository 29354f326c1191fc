// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title GovernanceConfig
/// @notice Publishes immutable, versioned valuations, split policies and task manifests, and the
/// set of authorised meters. Every published fact is in an event, so the indexer can rebuild every
/// configuration from logs alone.
contract GovernanceConfig is AccessControl {
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    uint16 public constant BPS = 10_000;

    struct SplitPolicy {
        uint16 reserveBps;
        uint16 protocolBps;
        uint16 developerBps;
        uint16 poolBps;
        uint16 protocolMinBps;
        uint16 protocolMaxBps;
        uint16 developerMinBps;
        uint16 developerMaxBps;
        uint16 poolMinBps;
        uint16 poolMaxBps;
        uint64 disputeWindow;
        address treasury;
    }

    error ZeroAddress();
    error EmptyUnit();
    error ZeroBasePrice();
    error ZeroPriceUnit();
    error LengthMismatch();
    error ZeroFactorName(uint256 index);
    error DuplicateFactor(bytes32 name);
    error BpsTooHigh(uint16 bps);
    error BandDisordered(uint16 minBps, uint16 maxBps);
    error OutOfBand(uint16 bps, uint16 minBps, uint16 maxBps);
    error SharesExceedTotal(uint256 sum);
    error UnknownPolicy(uint64 version);
    error ZeroDeveloper(uint256 index);
    error DuplicateDeveloper(address developer);
    error ZeroWeight(uint256 index);
    error NoDevelopers();

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
    event SplitPolicyPublished(uint64 indexed version, SplitPolicy policy);
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

    uint64 public lastValuationVersion;
    uint64 public lastPolicyVersion;
    uint64 public lastManifestVersion;
    mapping(uint64 version => SplitPolicy) private _policies;
    /// @notice keccak256 of each published valuation's abi-encoded fields, for cheap on-chain reference.
    mapping(uint64 version => bytes32) public valuationHash;
    mapping(uint64 version => bytes32) public manifestHashOf;
    mapping(address meter => bool) public isMeter;

    constructor(address admin) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    function splitPolicy(uint64 version) external view returns (SplitPolicy memory) {
        if (version == 0 || version > lastPolicyVersion) revert UnknownPolicy(version);
        return _policies[version];
    }

    function publishValuation(
        uint256 datasetId,
        address asset,
        string calldata unit,
        uint256 basePrice,
        uint256 priceUnit,
        bytes32[] calldata factorNames,
        uint256[] calldata factorWads
    ) external onlyRole(GOVERNOR_ROLE) returns (uint64 version) {
        if (asset == address(0)) revert ZeroAddress();
        if (bytes(unit).length == 0) revert EmptyUnit();
        if (basePrice == 0) revert ZeroBasePrice();
        if (priceUnit == 0) revert ZeroPriceUnit();
        if (factorNames.length != factorWads.length) revert LengthMismatch();
        for (uint256 i = 0; i < factorNames.length; i++) {
            if (factorNames[i] == bytes32(0)) revert ZeroFactorName(i);
            for (uint256 j = 0; j < i; j++) {
                if (factorNames[j] == factorNames[i]) revert DuplicateFactor(factorNames[i]);
            }
        }
        version = ++lastValuationVersion;
        valuationHash[version] =
            keccak256(abi.encode(datasetId, asset, unit, basePrice, priceUnit, factorNames, factorWads));
        emit ValuationPublished(version, datasetId, asset, unit, basePrice, priceUnit, factorNames, factorWads);
    }

    function publishSplitPolicy(SplitPolicy calldata p) external onlyRole(GOVERNOR_ROLE) returns (uint64 version) {
        if (p.treasury == address(0)) revert ZeroAddress();
        if (p.reserveBps > BPS) revert BpsTooHigh(p.reserveBps);
        _band(p.protocolBps, p.protocolMinBps, p.protocolMaxBps);
        _band(p.developerBps, p.developerMinBps, p.developerMaxBps);
        _band(p.poolBps, p.poolMinBps, p.poolMaxBps);
        _sum(p.protocolBps, p.developerBps, p.poolBps);
        version = ++lastPolicyVersion;
        _policies[version] = p;
        emit SplitPolicyPublished(version, p);
    }

    function publishTaskManifest(
        uint256 datasetId,
        uint64 policyVersion,
        uint16 protocolBps,
        uint16 developerBps,
        uint16 poolBps,
        address[] calldata developers,
        uint256[] calldata weights,
        bytes32 manifestHash
    ) external onlyRole(GOVERNOR_ROLE) returns (uint64 version) {
        if (policyVersion == 0 || policyVersion > lastPolicyVersion) revert UnknownPolicy(policyVersion);
        SplitPolicy storage p = _policies[policyVersion];
        _within(protocolBps, p.protocolMinBps, p.protocolMaxBps);
        _within(developerBps, p.developerMinBps, p.developerMaxBps);
        _within(poolBps, p.poolMinBps, p.poolMaxBps);
        _sum(protocolBps, developerBps, poolBps);
        if (developers.length != weights.length) revert LengthMismatch();
        if (developerBps > 0 && developers.length == 0) revert NoDevelopers();
        for (uint256 i = 0; i < developers.length; i++) {
            if (developers[i] == address(0)) revert ZeroDeveloper(i);
            if (weights[i] == 0) revert ZeroWeight(i);
            for (uint256 j = 0; j < i; j++) {
                if (developers[j] == developers[i]) revert DuplicateDeveloper(developers[i]);
            }
        }
        version = ++lastManifestVersion;
        manifestHashOf[version] = manifestHash;
        emit TaskManifestPublished(
            version, datasetId, policyVersion, protocolBps, developerBps, poolBps, developers, weights, manifestHash
        );
    }

    function setMeter(address meter, bool authorised) external onlyRole(GOVERNOR_ROLE) {
        if (meter == address(0)) revert ZeroAddress();
        isMeter[meter] = authorised;
        emit MeterSet(meter, authorised);
    }

    function _band(uint16 bps, uint16 minBps, uint16 maxBps) private pure {
        if (maxBps > BPS) revert BpsTooHigh(maxBps);
        if (minBps > maxBps) revert BandDisordered(minBps, maxBps);
        _within(bps, minBps, maxBps);
    }

    function _within(uint16 bps, uint16 minBps, uint16 maxBps) private pure {
        if (bps < minBps || bps > maxBps) revert OutOfBand(bps, minBps, maxBps);
    }

    function _sum(uint16 a, uint16 b, uint16 c) private pure {
        uint256 s = uint256(a) + b + c;
        if (s > BPS) revert SharesExceedTotal(s);
    }
}
