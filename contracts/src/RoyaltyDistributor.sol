// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @dev The dispute window's bounds, also read by contracts/script/Deploy.s.sol.
uint64 constant DISPUTE_WINDOW_MIN = 1 hours;
uint64 constant DISPUTE_WINDOW_MAX = 30 days;

/// @title RoyaltyDistributor
/// @notice Per epoch a Merkle root of cumulative entitlements (OpenZeppelin standard leaves over
/// (chainId, distributor, account, asset, cumulative)). A root is proposed for exactly the next
/// epoch with the period it covers, waits out a dispute window fixed at proposal (bounded by
/// MIN/MAX_DISPUTE_WINDOW), may be revoked by the guardian, or by anyone who proves a leaf below
/// what its account already claimed, while pending, and activates only when the distributor holds
/// enough of every asset it lists. A revoked proposal (its root, receipt root, end, assets and
/// totals: `proposalDigest`) can never be proposed again for its epoch; a root revoked by a
/// challenge (one of its leaves is provably bad) can never be proposed again for its epoch
/// whatever the rest of the proposal.
///
/// Each asset is claimed against the latest activated root that lists it, so an asset a later
/// root leaves out stays claimable; per asset a root's total is never below the asset's previous
/// active total, and a de-listed asset can only be carried over at its previous total.
///
/// Any account may record, for itself only, where it wants to be paid: a chain id and an asset
/// (`setPayoutPreference`). The contract only records it; the off-chain relayer reads the
/// `PayoutPreferenceSet` events and routes each epoch by the preference in force at its end.
contract RoyaltyDistributor is AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    bytes32 public constant PROPOSER_ROLE = keccak256("PROPOSER_ROLE");
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    /// @notice Bounds of the dispute window: long enough for a guardian to recompute a root and
    /// revoke it, short enough that holders are not kept waiting for a month.
    uint64 public constant MIN_DISPUTE_WINDOW = DISPUTE_WINDOW_MIN;
    uint64 public constant MAX_DISPUTE_WINDOW = DISPUTE_WINDOW_MAX;

    error ZeroAddress();
    error ZeroRoot();
    error LengthMismatch();
    error WindowOutOfRange(uint64 seconds_, uint64 min, uint64 max);
    error WrongEpoch(uint64 epoch, uint64 expected);
    error BadEnd(uint64 end, uint64 previousEnd, uint64 now_);
    error RootPending(uint64 epoch, bytes32 root);
    error ProposalMismatch(uint64 epoch, bytes32 root);
    error RevokedProposal(uint64 epoch, bytes32 proposal);
    error ChallengedRoot(uint64 epoch, bytes32 root);
    error NoPendingRoot(uint64 epoch);
    error NotPending(uint64 epoch, bytes32 proposal);
    error EmptyProposal();
    error ZeroTotal(address asset);
    error TotalBelowPrevious(address asset, uint256 total, uint256 previous);
    error AssetNotAllowed(address asset);
    error DuplicateAsset(address asset);
    error TooEarly(uint64 activatesAt);
    error Insolvent(address asset, uint256 available, uint256 total);
    error AssetNotInRoot(address asset);
    error InvalidProof(address account, address asset, uint256 cumulative);
    error LeafNotLowered(address account, address asset, uint256 cumulative, uint256 claimed);
    error InvalidPayoutPreference(uint64 chainId, address asset);

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
    event PayoutPreferenceSet(address indexed holder, uint64 chainId, address asset);

    /// @dev Where a holder wants to be paid; (0, 0) is the default (the home chain, the asset the
    /// entitlement accrued in).
    struct PayoutPreference {
        uint64 chainId;
        address asset;
    }

    struct Pending {
        uint64 epoch;
        uint64 end;
        uint64 activatesAt;
        bytes32 root;
        bytes32 receiptRoot;
        address[] assets;
        uint256[] totals;
    }

    /// @dev One slot per asset, read and written by every claim: the epoch of the latest active
    /// root listing the asset (set at activation, so never zero once claimable) and the amount of
    /// it paid out so far.
    struct AssetState {
        uint64 epoch;
        uint192 totalClaimed;
    }

    uint64 public disputeWindow;
    /// @notice Last activated epoch, 0 before any.
    uint64 public currentEpoch;
    /// @notice The root of the last activated epoch (assets it leaves out are claimed against the
    /// latest root listing them: see `claimEpochOf`).
    bytes32 public activeRoot;
    Pending private _pending;

    mapping(address asset => bool) public assetAllowed;
    mapping(address account => mapping(address asset => uint256)) public claimed;
    mapping(address asset => AssetState) private _asset;
    /// @notice Per activated epoch: its root, receipt root, period end and per-asset totals.
    mapping(uint64 epoch => bytes32) public rootOf;
    mapping(uint64 epoch => bytes32) public receiptRootOf;
    mapping(uint64 epoch => uint64) public endOf;
    mapping(uint64 epoch => mapping(address asset => uint256)) public totalOf;
    /// @notice Every proposal ever revoked (by the guardian or a challenge), by its digest
    /// (`proposalDigest`): that exact proposal can never be proposed again for that epoch. The same
    /// root with other totals, receipt root, end or assets is another proposal.
    mapping(uint64 epoch => mapping(bytes32 proposal => bool)) public revokedProposal;
    /// @notice Every root revoked by a successful `challengeRoot`: one of its leaves is below what
    /// its account already claimed, which no totals can mend, so the root can never be proposed
    /// again for that epoch, whatever the rest of the proposal. The guardian's revoke never sets it.
    mapping(uint64 epoch => mapping(bytes32 root => bool)) public challenged;
    /// @notice Each holder's payout preference; (0, 0) when it never set one or cleared it.
    mapping(address holder => PayoutPreference) public payoutPreferenceOf;

    constructor(address admin, uint64 disputeWindow_) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setDisputeWindow(disputeWindow_);
    }

    /// @notice Applies to later proposals only: a pending root keeps its activation time.
    function setDisputeWindow(uint64 seconds_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setDisputeWindow(seconds_);
    }

    function _setDisputeWindow(uint64 seconds_) private {
        if (seconds_ < MIN_DISPUTE_WINDOW || seconds_ > MAX_DISPUTE_WINDOW) {
            revert WindowOutOfRange(seconds_, MIN_DISPUTE_WINDOW, MAX_DISPUTE_WINDOW);
        }
        disputeWindow = seconds_;
        emit DisputeWindowSet(seconds_);
    }

    /// @notice De-listing stops new business in an asset (no proposal may raise its total), never
    /// old claims; re-listing is allowed.
    function setAssetAllowed(address asset, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (asset == address(0)) revert ZeroAddress();
        assetAllowed[asset] = allowed;
        emit AssetAllowed(asset, allowed);
    }

    function pending()
        external
        view
        returns (uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, uint64 activatesAt)
    {
        Pending storage p = _pending;
        return (p.epoch, p.root, p.receiptRoot, p.end, p.activatesAt);
    }

    function pendingTotals() external view returns (address[] memory assets, uint256[] memory totals) {
        return (_pending.assets, _pending.totals);
    }

    /// @notice The digest (`proposalDigest`) of the pending proposal, what `revokeRoot` names; zero
    /// when none is pending.
    function pendingDigest() external view returns (bytes32) {
        if (_pending.root == bytes32(0)) return bytes32(0);
        return _pendingDigest();
    }

    /// @notice The identity of a proposal for its epoch: keccak256(abi.encode(root, receiptRoot,
    /// end, assets, totals)), standard ABI encoding of (bytes32, bytes32, uint64, address[],
    /// uint256[]) in that order, the arrays as given (order matters). The epoch is not in it: every
    /// record keyed by it is per epoch.
    function proposalDigest(
        bytes32 root,
        bytes32 receiptRoot,
        uint64 end,
        address[] calldata assets,
        uint256[] calldata totals
    ) public pure returns (bytes32) {
        return keccak256(abi.encode(root, receiptRoot, end, assets, totals));
    }

    /// @notice Whether `proposeRoot` refuses this exact proposal for `epoch` as revoked: the same
    /// proposal was revoked, or its root was revoked by a challenge.
    function isRevoked(
        uint64 epoch,
        bytes32 root,
        bytes32 receiptRoot,
        uint64 end,
        address[] calldata assets,
        uint256[] calldata totals
    ) external view returns (bool) {
        return challenged[epoch][root] || revokedProposal[epoch][proposalDigest(root, receiptRoot, end, assets, totals)];
    }

    function _pendingDigest() private view returns (bytes32) {
        Pending storage p = _pending;
        address[] memory assets = p.assets;
        uint256[] memory totals = p.totals;
        return keccak256(abi.encode(p.root, p.receiptRoot, p.end, assets, totals));
    }

    /// @notice The epoch whose root `asset` is claimed against: the latest activated epoch that
    /// listed it (0: never listed by an active root, not claimable).
    function claimEpochOf(address asset) external view returns (uint64) {
        return _asset[asset].epoch;
    }

    /// @notice What has been paid out of `asset` so far.
    function totalClaimed(address asset) external view returns (uint256) {
        return _asset[asset].totalClaimed;
    }

    /// @notice Whether the root activated for `epoch` listed `asset` (totals are never zero).
    function inRoot(uint64 epoch, address asset) external view returns (bool) {
        return totalOf[epoch][asset] != 0;
    }

    /// @notice The leaf the tree must contain for (account, asset, cumulative) on this distributor.
    function leaf(address account, address asset, uint256 cumulative) public view returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(block.chainid, address(this), account, asset, cumulative))));
    }

    /// @notice Proposes the root of epoch `currentEpoch() + 1`, covering (previous epoch's end,
    /// `end`]. Re-sending the identical pending proposal is a no-op (no event), so the relayer can
    /// retry safely; anything else while a root is pending reverts. A revoked proposal
    /// (`RevokedProposal`) or a challenged root (`ChallengedRoot`) is refused for its epoch.
    function proposeRoot(
        uint64 epoch,
        bytes32 root,
        bytes32 receiptRoot,
        uint64 end,
        address[] calldata assets,
        uint256[] calldata totals
    ) external onlyRole(PROPOSER_ROLE) nonReentrant {
        Pending storage p = _pending;
        if (p.root != bytes32(0)) {
            if (p.epoch == epoch && p.root == root) {
                if (_samePending(p, receiptRoot, end, assets, totals)) return;
                revert ProposalMismatch(epoch, root);
            }
            revert RootPending(p.epoch, p.root);
        }
        if (root == bytes32(0)) revert ZeroRoot();
        uint64 current = currentEpoch;
        if (epoch != current + 1) revert WrongEpoch(epoch, current + 1);
        _requireNotRevoked(epoch, root, receiptRoot, end, assets, totals);
        uint64 previousEnd = endOf[current];
        if (end <= previousEnd || end > block.timestamp) revert BadEnd(end, previousEnd, uint64(block.timestamp));
        uint256 n = assets.length;
        if (n == 0) revert EmptyProposal();
        if (n != totals.length) revert LengthMismatch();
        for (uint256 i = 0; i < n; i++) {
            address asset = assets[i];
            for (uint256 j = 0; j < i; j++) {
                if (assets[j] == asset) revert DuplicateAsset(asset);
            }
            uint256 total = totals[i];
            if (total == 0) revert ZeroTotal(asset);
            uint256 previous = totalOf[_asset[asset].epoch][asset];
            if (total < previous) revert TotalBelowPrevious(asset, total, previous);
            // A de-listed asset may only be carried over unchanged, so old claims stay claimable.
            if (!assetAllowed[asset] && (previous == 0 || total != previous)) revert AssetNotAllowed(asset);
        }
        uint64 activatesAt = uint64(block.timestamp) + disputeWindow;
        p.epoch = epoch;
        p.end = end;
        p.activatesAt = activatesAt;
        p.root = root;
        p.receiptRoot = receiptRoot;
        p.assets = assets;
        p.totals = totals;
        emit RootProposed(epoch, root, receiptRoot, end, activatesAt, assets, totals);
    }

    function _requireNotRevoked(
        uint64 epoch,
        bytes32 root,
        bytes32 receiptRoot,
        uint64 end,
        address[] calldata assets,
        uint256[] calldata totals
    ) private view {
        if (challenged[epoch][root]) revert ChallengedRoot(epoch, root);
        bytes32 digest = proposalDigest(root, receiptRoot, end, assets, totals);
        if (revokedProposal[epoch][digest]) revert RevokedProposal(epoch, digest);
    }

    function _samePending(
        Pending storage p,
        bytes32 receiptRoot,
        uint64 end,
        address[] calldata assets,
        uint256[] calldata totals
    ) private view returns (bool) {
        if (p.receiptRoot != receiptRoot || p.end != end) return false;
        uint256 n = assets.length;
        if (p.assets.length != n || totals.length != n) return false;
        for (uint256 i = 0; i < n; i++) {
            if (p.assets[i] != assets[i] || p.totals[i] != totals[i]) return false;
        }
        return true;
    }

    /// @notice Revokes the pending proposal of `epoch` if it is exactly `proposal` (its
    /// `proposalDigest`, see `pendingDigest`), else reverts `NotPending`: a revoke decided about
    /// one proposal can never hit another proposed after it (a revoke by someone else, then a new
    /// proposal for the same epoch, before this transaction is mined). That exact proposal can never
    /// be proposed again for the epoch; the same root with other totals, receipt root, end or assets
    /// can (a stolen proposer key proposing the honest root with a wrong total must not burn the
    /// honest proposal).
    function revokeRoot(uint64 epoch, bytes32 proposal) external onlyRole(GUARDIAN_ROLE) nonReentrant {
        bytes32 root = _pending.root;
        if (root == bytes32(0) || _pending.epoch != epoch || _pendingDigest() != proposal) {
            revert NotPending(epoch, proposal);
        }
        _revoke(epoch, root, proposal);
    }

    /// @notice Anyone may revoke a pending root by proving one of its leaves is below what the
    /// account has already claimed of that asset: activating it would leave the distributor short
    /// by the difference (the leaf can never be paid, yet its amount counts towards the total).
    /// The root itself is bad whatever the totals, so it can never be proposed again for the epoch
    /// (`challenged`), with any totals.
    function challengeRoot(
        uint64 epoch,
        address account,
        address asset,
        uint256 cumulative,
        bytes32[] calldata proof
    ) external nonReentrant {
        bytes32 root = _requirePending(epoch);
        address[] storage listed = _pending.assets;
        uint256 n = listed.length;
        uint256 i = 0;
        while (i < n && listed[i] != asset) i++;
        if (i == n) revert AssetNotInRoot(asset);
        if (!MerkleProof.verifyCalldata(proof, root, leaf(account, asset, cumulative))) {
            revert InvalidProof(account, asset, cumulative);
        }
        uint256 already = claimed[account][asset];
        if (cumulative >= already) revert LeafNotLowered(account, asset, cumulative, already);
        emit RootChallenged(epoch, root, account, asset, cumulative, already);
        challenged[epoch][root] = true;
        _revoke(epoch, root, _pendingDigest());
    }

    function _requirePending(uint64 epoch) private view returns (bytes32 root) {
        root = _pending.root;
        if (root == bytes32(0) || _pending.epoch != epoch) revert NoPendingRoot(epoch);
    }

    function _revoke(uint64 epoch, bytes32 root, bytes32 proposal) private {
        revokedProposal[epoch][proposal] = true;
        delete _pending;
        emit RootRevoked(epoch, root);
    }

    /// @notice Anyone may activate a pending root once its window has passed, if every asset it
    /// lists is covered: balance + already claimed >= the root's total for that asset. Sound as long
    /// as no leaf is below what its account already claimed (`challengeRoot` and the guardian's
    /// watcher keep such roots out).
    function activateRoot(uint64 epoch) external nonReentrant {
        bytes32 root = _requirePending(epoch);
        Pending storage p = _pending;
        if (block.timestamp < p.activatesAt) revert TooEarly(p.activatesAt);
        uint256 n = p.assets.length;
        for (uint256 i = 0; i < n; i++) {
            address asset = p.assets[i];
            uint256 total = p.totals[i];
            AssetState storage s = _asset[asset];
            uint256 available = IERC20(asset).balanceOf(address(this)) + s.totalClaimed;
            if (available < total) revert Insolvent(asset, available, total);
            totalOf[epoch][asset] = total;
            s.epoch = epoch;
        }
        rootOf[epoch] = root;
        receiptRootOf[epoch] = p.receiptRoot;
        endOf[epoch] = p.end;
        currentEpoch = epoch;
        activeRoot = root;
        delete _pending;
        emit RootActivated(epoch, root);
    }

    /// @notice Claims for `account` (anyone may call; funds always go to `account`). Each asset is
    /// checked against the latest active root that lists it; `cumulative - claimed` is paid when
    /// positive and skipped otherwise.
    function claim(
        address account,
        address[] calldata assets,
        uint256[] calldata cumulatives,
        bytes32[][] calldata proofs
    ) external nonReentrant whenNotPaused {
        if (assets.length != cumulatives.length || assets.length != proofs.length) revert LengthMismatch();
        for (uint256 i = 0; i < assets.length; i++) {
            _claimOne(account, assets[i], cumulatives[i], proofs[i]);
        }
    }

    function _claimOne(address account, address asset, uint256 cumulative, bytes32[] calldata proof) private {
        AssetState storage s = _asset[asset];
        uint64 epoch = s.epoch;
        if (epoch == 0) revert AssetNotInRoot(asset);
        if (!MerkleProof.verifyCalldata(proof, rootOf[epoch], leaf(account, asset, cumulative))) {
            revert InvalidProof(account, asset, cumulative);
        }
        uint256 already = claimed[account][asset];
        if (cumulative <= already) return;
        uint256 amount = cumulative - already;
        claimed[account][asset] = cumulative;
        s.totalClaimed = SafeCast.toUint192(s.totalClaimed + amount);
        emit Claimed(account, asset, epoch, amount, cumulative);
        IERC20(asset).safeTransfer(account, amount);
    }

    /// @notice Records where the caller wants to be paid: `asset` on chain `chainId`. (0, 0) clears
    /// it back to the default; otherwise both must be non-zero. Only the caller's own preference can
    /// be set. The asset is not checked against `assetAllowed`: it may live on another chain. It
    /// moves no funds, so it is allowed while paused.
    function setPayoutPreference(uint64 chainId, address asset) external {
        if ((chainId == 0) != (asset == address(0))) revert InvalidPayoutPreference(chainId, asset);
        payoutPreferenceOf[msg.sender] = PayoutPreference(chainId, asset);
        emit PayoutPreferenceSet(msg.sender, chainId, asset);
    }

    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }
}
