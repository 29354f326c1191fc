// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @notice What the vault reads from the distributor it funds.
interface IEpochSource {
    function currentEpoch() external view returns (uint64);
}

/// @title RevenueVault
/// @notice Holds consumers' revenue deposits and prepaid credit purchases (allow-listed ERC-20s
/// only). Both arrive the same way and add to the consumer's one balance; only the event differs,
/// so the off-chain ledger credits a deposit to revenue and a purchase to prepaid credit. The funder moves a
/// consumer's funds to the distributor for a distributor epoch: only the epoch being proposed
/// (`currentEpoch() + 1`) or the one after, at most once per (epoch, consumer, asset), never more
/// than that consumer's balance, and never anywhere but the distributor.
contract RevenueVault is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    bytes32 public constant FUNDER_ROLE = keccak256("FUNDER_ROLE");

    error ZeroAddress();
    error ZeroAmount();
    error EpochNotFundable(uint64 epoch, uint64 lowest, uint64 highest);
    error AssetNotAllowed(address asset);
    error AlreadyFunded(uint64 epoch, address consumer, address asset);
    error InsufficientBalance(uint256 balance, uint256 amount);
    error TransferAmountMismatch(uint256 expected, uint256 received);

    event AssetAllowed(address indexed asset, bool allowed);
    event Deposited(address indexed consumer, address indexed asset, address indexed from, uint256 amount);
    event CreditPurchased(address indexed consumer, address indexed asset, address indexed from, uint256 amount);
    event EpochFunded(uint64 indexed epoch, address indexed consumer, address indexed asset, uint256 amount);

    address public immutable distributor;
    mapping(address asset => bool) public assetAllowed;
    mapping(address consumer => mapping(address asset => uint256)) public balanceOf;
    mapping(uint64 epoch => mapping(address consumer => mapping(address asset => uint256))) public funded;

    constructor(address admin, address distributor_) {
        if (admin == address(0) || distributor_ == address(0)) revert ZeroAddress();
        distributor = distributor_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    function setAssetAllowed(address asset, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (asset == address(0)) revert ZeroAddress();
        assetAllowed[asset] = allowed;
        emit AssetAllowed(asset, allowed);
    }

    /// @notice Anyone may deposit for a consumer. The credited amount is what actually arrived, and
    /// it must equal `amount` (fee-on-transfer tokens are refused even if allow-listed by mistake).
    function deposit(address consumer, address asset, uint256 amount) external nonReentrant {
        _receive(consumer, asset, amount);
        emit Deposited(consumer, asset, msg.sender, amount);
    }

    /// @notice Buys prepaid credit for a consumer: the same transfer and checks as `deposit`, into the
    /// same balance (so funding stays bound to what the consumer holds here), but recorded as a
    /// purchase of prepaid credit, which the consumer's prepaid usage draws down. Anyone may pay.
    function buyCredit(address consumer, address asset, uint256 amount) external nonReentrant {
        _receive(consumer, asset, amount);
        emit CreditPurchased(consumer, asset, msg.sender, amount);
    }

    function _receive(address consumer, address asset, uint256 amount) private {
        if (consumer == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        if (!assetAllowed[asset]) revert AssetNotAllowed(asset);
        uint256 before = IERC20(asset).balanceOf(address(this));
        IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = IERC20(asset).balanceOf(address(this)) - before;
        if (received != amount) revert TransferAmountMismatch(amount, received);
        balanceOf[consumer][asset] += amount;
    }

    /// @notice Moves `amount` of a consumer's balance to the distributor for distributor epoch
    /// `epoch`, which must be the one being proposed or the next (so a funding always backs a
    /// real, upcoming root and "once per (epoch, consumer, asset)" limits something). Works for an
    /// asset removed from the allow-list later, so deposited funds are never stranded.
    function fundEpoch(uint64 epoch, address consumer, address asset, uint256 amount)
        external
        onlyRole(FUNDER_ROLE)
        nonReentrant
    {
        uint64 current = IEpochSource(distributor).currentEpoch();
        if (epoch <= current || epoch > current + 2) revert EpochNotFundable(epoch, current + 1, current + 2);
        if (amount == 0) revert ZeroAmount();
        if (funded[epoch][consumer][asset] != 0) revert AlreadyFunded(epoch, consumer, asset);
        uint256 bal = balanceOf[consumer][asset];
        if (amount > bal) revert InsufficientBalance(bal, amount);
        funded[epoch][consumer][asset] = amount;
        balanceOf[consumer][asset] = bal - amount;
        emit EpochFunded(epoch, consumer, asset, amount);
        IERC20(asset).safeTransfer(distributor, amount);
    }
}
