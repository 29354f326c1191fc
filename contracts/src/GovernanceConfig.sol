// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title GovernanceConfig
/// @notice Publishes immutable, versioned valuations, split policies and task manifests, and the
/// set of authorised meters. Every published fact is in an event, so the indexer can rebuild every
/// configuration from logs alone. It also records disputes: opened on a usage event, a CF or a
/// valuation version within the window, resolved by an arbiter (docs/contracts.md "Disputes").
contract GovernanceConfig is AccessControl {
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    bytes32 public constant ARBITER_ROLE = keccak256("ARBITER_ROLE");
    uint16 public constant BPS = 10_000;

    /// @notice What a dispute is about.
    uint8 public constant TARGET_EVENT = 0;
    uint8 public constant TARGET_CF = 1;
    uint8 public constant TARGET_VALUATION = 2;

    /// @notice A dispute's status: open, or how it was resolved.
    uint8 public constant OPEN = 0;
    uint8 public constant DISMISSED = 1;
    uint8 public constant UPHELD_CF_DEPRECATED = 2;
    uint8 public constant UPHELD_CF_AMENDED = 3;
    uint8 public constant UPHELD_VALUATION_CORRECTED = 4;
    uint8 public constant UPHELD_EVENT_VOIDED = 5;

    /// @notice Longest usage-event id a dispute may name (the intake's own limit is lower).
    uint256 public constant MAX_EVENT_ID_BYTES = 128;

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
    error BadTarget(uint8 target);
    error EmptyEventId();
    error EventIdTooLong(uint256 length, uint256 max);
    error UnexpectedEventId();
    error ZeroSubject();
    error UnexpectedSubject();
    error UnknownValuation(uint64 version);
    error EventInFuture(uint64 eventTime, uint64 now_);
    error DisputeWindowClosed(uint64 deadline, uint64 now_);
    error ZeroReason();
    error UnknownDispute(uint64 id);
    error DisputeNotOpen(uint64 id, uint8 status);
    error BadOutcome(uint8 target, uint8 outcome);
    error BadChange(uint8 outcome);

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
    /// @notice A dispute is open. `subject` is the CF id (TARGET_CF) or the valuation version
    /// (TARGET_VALUATION), 0 for an event; `eventId`, `eventTime` and `policyVersion` name the usage
    /// event (TARGET_EVENT; empty and 0 otherwise); `governance` is whether the opener held
    /// GOVERNOR_ROLE when it opened.
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
    /// @notice A dispute is resolved. `outcome` is DISMISSED or an UPHELD_* change: `cfId` is the CF
    /// deprecated or amended, `newCfId` the amending CF, `valuationVersion` the corrected version.
    event DisputeResolved(
        uint64 indexed id,
        uint8 indexed outcome,
        address indexed arbiter,
        uint256 cfId,
        uint256 newCfId,
        uint64 valuationVersion,
        bytes32 reasonHash
    );

    struct Dispute {
        uint8 target;
        uint8 status;
        uint64 openedAt;
        address opener;
        uint256 subject;
    }

    uint64 public lastValuationVersion;
    uint64 public lastPolicyVersion;
    uint64 public lastManifestVersion;
    mapping(uint64 version => SplitPolicy) private _policies;
    /// @notice keccak256 of each published valuation's abi-encoded fields, for cheap on-chain reference.
    mapping(uint64 version => bytes32) public valuationHash;
    mapping(uint64 version => bytes32) public manifestHashOf;
    mapping(address meter => bool) public isMeter;
    uint64 public lastDisputeId;
    mapping(uint64 id => Dispute) private _disputes;

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

    /// @notice Opens a dispute. Anyone may call: the opener's standing (the event's consumer or a
    /// recipient of its line item, the CF's contributor or holder, a consumer priced by the
    /// valuation, or governance) is checked by the engine from the indexed facts, which ignores a
    /// dispute without it (docs/contracts.md "Disputes"). For an event, the window is the one of the
    /// split policy that priced it, measured from the event's timestamp: the dispute must be opened
    /// before `eventTime + disputeWindow`; the engine ignores a dispute whose declared time or
    /// policy differ from the event's line item.
    function openDispute(
        uint8 target,
        uint256 subject,
        string calldata eventId,
        uint64 eventTime,
        uint64 policyVersion,
        bytes32 reasonHash
    ) external returns (uint64 id) {
        if (reasonHash == bytes32(0)) revert ZeroReason();
        if (target == TARGET_EVENT) {
            uint256 n = bytes(eventId).length;
            if (n == 0) revert EmptyEventId();
            if (n > MAX_EVENT_ID_BYTES) revert EventIdTooLong(n, MAX_EVENT_ID_BYTES);
            if (subject != 0) revert UnexpectedSubject();
            if (policyVersion == 0 || policyVersion > lastPolicyVersion) revert UnknownPolicy(policyVersion);
            if (eventTime > block.timestamp) revert EventInFuture(eventTime, uint64(block.timestamp));
            uint256 deadline = uint256(eventTime) + _policies[policyVersion].disputeWindow;
            if (block.timestamp >= deadline) revert DisputeWindowClosed(uint64(deadline), uint64(block.timestamp));
        } else if (target == TARGET_CF || target == TARGET_VALUATION) {
            if (bytes(eventId).length != 0 || eventTime != 0 || policyVersion != 0) revert UnexpectedEventId();
            if (subject == 0) revert ZeroSubject();
            if (target == TARGET_VALUATION && subject > lastValuationVersion) revert UnknownValuation(uint64(subject));
        } else {
            revert BadTarget(target);
        }
        id = ++lastDisputeId;
        _disputes[id] = Dispute({
            target: target, status: OPEN, openedAt: uint64(block.timestamp), opener: msg.sender, subject: subject
        });
        emit DisputeOpened(
            id,
            target,
            msg.sender,
            subject,
            eventId,
            eventTime,
            policyVersion,
            hasRole(GOVERNOR_ROLE, msg.sender),
            reasonHash
        );
    }

    /// @notice Resolves an open dispute (ARBITER_ROLE): DISMISSED, or upheld with one change.
    /// UPHELD_CF_DEPRECATED takes `cfId` out of the affected line items' snapshots (a CF dispute:
    /// its own CF); UPHELD_CF_AMENDED replaces `cfId` by `newCfId`; UPHELD_VALUATION_CORRECTED
    /// reprices them with `valuationVersion` (a published version other than a disputed one);
    /// UPHELD_EVENT_VOIDED (event disputes only) voids the event. Unused fields must be zero.
    function resolveDispute(uint64 id, uint8 outcome, uint256 cfId, uint256 newCfId, uint64 valuationVersion, bytes32 reasonHash)
        external
        onlyRole(ARBITER_ROLE)
    {
        if (id == 0 || id > lastDisputeId) revert UnknownDispute(id);
        Dispute storage d = _disputes[id];
        if (d.status != OPEN) revert DisputeNotOpen(id, d.status);
        if (reasonHash == bytes32(0)) revert ZeroReason();
        if (outcome == DISMISSED) {
            if (cfId != 0 || newCfId != 0 || valuationVersion != 0) revert BadChange(outcome);
        } else if (outcome == UPHELD_CF_DEPRECATED || outcome == UPHELD_CF_AMENDED) {
            if (d.target == TARGET_VALUATION) revert BadOutcome(d.target, outcome);
            if (d.target == TARGET_CF && cfId != d.subject) revert BadChange(outcome);
            if (cfId == 0 || valuationVersion != 0) revert BadChange(outcome);
            if ((outcome == UPHELD_CF_AMENDED) != (newCfId != 0) || newCfId == cfId) revert BadChange(outcome);
        } else if (outcome == UPHELD_VALUATION_CORRECTED) {
            if (d.target == TARGET_CF) revert BadOutcome(d.target, outcome);
            if (cfId != 0 || newCfId != 0) revert BadChange(outcome);
            if (valuationVersion == 0 || valuationVersion > lastValuationVersion) revert UnknownValuation(valuationVersion);
            if (d.target == TARGET_VALUATION && valuationVersion == d.subject) revert BadChange(outcome);
        } else if (outcome == UPHELD_EVENT_VOIDED) {
            if (d.target != TARGET_EVENT) revert BadOutcome(d.target, outcome);
            if (cfId != 0 || newCfId != 0 || valuationVersion != 0) revert BadChange(outcome);
        } else {
            revert BadOutcome(d.target, outcome);
        }
        d.status = outcome;
        emit DisputeResolved(id, outcome, msg.sender, cfId, newCfId, valuationVersion, reasonHash);
    }

    /// @notice A dispute's target, status (OPEN or its outcome), opening time, opener and subject.
    function dispute(uint64 id) external view returns (Dispute memory) {
        if (id == 0 || id > lastDisputeId) revert UnknownDispute(id);
        return _disputes[id];
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
