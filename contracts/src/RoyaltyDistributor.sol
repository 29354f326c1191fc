// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title RoyaltyDistributor
/// @notice Per epoch a Merkle root of cumulative entitlements (OpenZeppelin standard leaves over
/// (chainId, distributor, account, asset, cumulative)). A root is proposed for exactly the next
/// epoch, waits out a dispute window fixed at proposal, may be revoked by the guardian while
/// pending, and activates only when the distributor holds enough of every asset. Claims pay
/// `cumulative - claimed` to the account itself.
contract RoyaltyDistributor is AccessControl, Pausable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    bytes32 public constant PROPOSER_ROLE = keccak256("PROPOSER_ROLE");
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    error ZeroAddress();
    error ZeroRoot();
    error LengthMismatch();
    error WrongEpoch(uint64 epoch, uint64 expected);
    error RootPending(uint64 epoch, bytes32 root);
    error NoPendingRoot(uint64 epoch);
    error AssetNotAllowed(address asset);
    error DuplicateAsset(address asset);
    error TooEarly(uint64 activatesAt);
    error Insolvent(address asset, uint256 available, uint256 total);
    error NoActiveRoot();
    error AssetNotInRoot(address asset);
    error InvalidProof(address account, address asset, uint256 cumulative);

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

    struct Pending {
        uint64 epoch;
        uint64 activatesAt;
        bytes32 root;
        bytes32 receiptRoot;
        address[] assets;
        uint256[] totals;
    }

    uint64 public disputeWindow;
    /// @notice Last activated epoch, 0 before any.
    uint64 public currentEpoch;
    bytes32 public activeRoot;
    Pending private _pending;

    mapping(address asset => bool) public assetAllowed;
    mapping(address account => mapping(address asset => uint256)) public claimed;
    mapping(address asset => uint256) public totalClaimed;
    /// @notice Per activated epoch: its root, receipt root and per-asset totals.
    mapping(uint64 epoch => bytes32) public rootOf;
    mapping(uint64 epoch => bytes32) public receiptRootOf;
    mapping(uint64 epoch => mapping(address asset => uint256)) public totalOf;
    mapping(uint64 epoch => mapping(address asset => bool)) public inRoot;

    constructor(address admin, uint64 disputeWindow_) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        disputeWindow = disputeWindow_;
        emit DisputeWindowSet(disputeWindow_);
    }

    /// @notice Applies to later proposals only: a pending root keeps its activation time.
    function setDisputeWindow(uint64 seconds_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        disputeWindow = seconds_;
        emit DisputeWindowSet(seconds_);
    }

    function setAssetAllowed(address asset, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (asset == address(0)) revert ZeroAddress();
        assetAllowed[asset] = allowed;
        emit AssetAllowed(asset, allowed);
    }

    function pending() external view returns (uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 activatesAt) {
        Pending storage p = _pending;
        return (p.epoch, p.root, p.receiptRoot, p.activatesAt);
    }

    function pendingTotals() external view returns (address[] memory assets, uint256[] memory totals) {
        return (_pending.assets, _pending.totals);
    }

    /// @notice The leaf the tree must contain for (account, asset, cumulative) on this distributor.
    function leaf(address account, address asset, uint256 cumulative) public view returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(block.chainid, address(this), account, asset, cumulative))));
    }

    function proposeRoot(
        uint64 epoch,
        bytes32 root,
        bytes32 receiptRoot,
        address[] calldata assets,
        uint256[] calldata totals
    ) external onlyRole(PROPOSER_ROLE) {
        if (root == bytes32(0)) revert ZeroRoot();
        Pending storage p = _pending;
        if (p.root != bytes32(0)) {
            // A retry of the same proposal is a no-op, so the relayer can resend safely.
            if (p.epoch == epoch && p.root == root) return;
            revert RootPending(p.epoch, p.root);
        }
        uint64 expected = currentEpoch + 1;
        if (epoch != expected) revert WrongEpoch(epoch, expected);
        if (assets.length != totals.length) revert LengthMismatch();
        for (uint256 i = 0; i < assets.length; i++) {
            if (!assetAllowed[assets[i]]) revert AssetNotAllowed(assets[i]);
            for (uint256 j = 0; j < i; j++) {
                if (assets[j] == assets[i]) revert DuplicateAsset(assets[i]);
            }
        }
        uint64 activatesAt = uint64(block.timestamp) + disputeWindow;
        p.epoch = epoch;
        p.root = root;
        p.receiptRoot = receiptRoot;
        p.activatesAt = activatesAt;
        p.assets = assets;
        p.totals = totals;
        emit RootProposed(epoch, root, receiptRoot, activatesAt, assets, totals);
    }

    /// @notice Only a pending root can be revoked; the same epoch may then be proposed again.
    function revokeRoot(uint64 epoch) external onlyRole(GUARDIAN_ROLE) {
        Pending storage p = _pending;
        bytes32 root = p.root;
        if (root == bytes32(0) || p.epoch != epoch) revert NoPendingRoot(epoch);
        delete _pending;
        emit RootRevoked(epoch, root);
    }

    /// @notice Anyone may activate a pending root once its window has passed, if every asset is
    /// covered: balance + already claimed >= the root's total for that asset.
    function activateRoot(uint64 epoch) external {
        Pending storage p = _pending;
        bytes32 root = p.root;
        if (root == bytes32(0) || p.epoch != epoch) revert NoPendingRoot(epoch);
        if (block.timestamp < p.activatesAt) revert TooEarly(p.activatesAt);
        uint256 n = p.assets.length;
        for (uint256 i = 0; i < n; i++) {
            address asset = p.assets[i];
            uint256 total = p.totals[i];
            uint256 available = IERC20(asset).balanceOf(address(this)) + totalClaimed[asset];
            if (available < total) revert Insolvent(asset, available, total);
            totalOf[epoch][asset] = total;
            inRoot[epoch][asset] = true;
        }
        rootOf[epoch] = root;
        receiptRootOf[epoch] = p.receiptRoot;
        currentEpoch = epoch;
        activeRoot = root;
        delete _pending;
        emit RootActivated(epoch, root);
    }

    /// @notice Claims for `account` (anyone may call; funds always go to `account`) against the
    /// active root. Per asset, `cumulative - claimed` is paid when positive and skipped otherwise.
    function claim(
        address account,
        address[] calldata assets,
        uint256[] calldata cumulatives,
        bytes32[][] calldata proofs
    ) external nonReentrant whenNotPaused {
        if (assets.length != cumulatives.length || assets.length != proofs.length) revert LengthMismatch();
        bytes32 root = activeRoot;
        if (root == bytes32(0)) revert NoActiveRoot();
        uint64 epoch = currentEpoch;
        for (uint256 i = 0; i < assets.length; i++) {
            _claimOne(account, assets[i], cumulatives[i], proofs[i], root, epoch);
        }
    }

    function _claimOne(
        address account,
        address asset,
        uint256 cumulative,
        bytes32[] calldata proof,
        bytes32 root,
        uint64 epoch
    ) private {
        if (!inRoot[epoch][asset]) revert AssetNotInRoot(asset);
        if (!MerkleProof.verifyCalldata(proof, root, leaf(account, asset, cumulative))) {
            revert InvalidProof(account, asset, cumulative);
        }
        uint256 already = claimed[account][asset];
        if (cumulative <= already) return;
        uint256 amount = cumulative - already;
        claimed[account][asset] = cumulative;
        totalClaimed[asset] += amount;
        emit Claimed(account, asset, epoch, amount, cumulative);
        IERC20(asset).safeTransfer(account, amount);
    }

    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(GUARDIAN_ROLE) {
        _unpause();
    }
}
