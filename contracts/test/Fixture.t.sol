// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Base} from "./Base.t.sol";
import {TestMerkle} from "./Merkle.t.sol";
import {RoyaltyDistributor} from "../src/RoyaltyDistributor.sol";
import {RevenueVault} from "../src/RevenueVault.sol";
import {TestToken} from "../src/test/TestToken.sol";

/// @notice Deploys the distributor and vault with distinct role holders and two test assets.
abstract contract Fixture is Base {
    uint64 internal constant WINDOW = 1 days;

    address internal admin = address(0xA11CE);
    address internal relayer = address(0xBEEF);
    address internal guardian = address(0x6A4D);
    address internal consumer = address(0xC0);
    address internal stranger = address(0x5EE);

    RoyaltyDistributor internal dist;
    RevenueVault internal vault;
    TestToken internal usd;
    TestToken internal eur;
    uint256 internal funders; // fund() deposits for a fresh consumer each time

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        usd = new TestToken("Test USD", "tUSD");
        eur = new TestToken("Test EUR", "tEUR");
        dist = new RoyaltyDistributor(admin, WINDOW);
        vault = new RevenueVault(admin, address(dist));
        vm.startPrank(admin);
        dist.grantRole(dist.PROPOSER_ROLE(), relayer);
        dist.grantRole(dist.GUARDIAN_ROLE(), guardian);
        vault.grantRole(vault.FUNDER_ROLE(), relayer);
        dist.setAssetAllowed(address(usd), true);
        dist.setAssetAllowed(address(eur), true);
        vault.setAssetAllowed(address(usd), true);
        vault.setAssetAllowed(address(eur), true);
        vm.stopPrank();
    }

    /// @dev Moves `amount` to the distributor the way production does: a consumer deposits, then
    /// the relayer funds the epoch being proposed. Each call uses a fresh consumer, since a
    /// (epoch, consumer, asset) is funded at most once.
    function fund(TestToken asset, uint256 amount) internal {
        if (amount == 0) return;
        address c = address(uint160(0xC00000 + ++funders));
        asset.mint(c, amount);
        vm.startPrank(c);
        asset.approve(address(vault), amount);
        vault.deposit(c, address(asset), amount);
        vm.stopPrank();
        uint64 epoch = dist.currentEpoch() + 1;
        vm.prank(relayer);
        vault.fundEpoch(epoch, c, address(asset), amount);
    }

    /// @dev The leaf, computed independently of the contract's own `leaf` view.
    function leafOf(address account, address asset, uint256 cumulative) internal view returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(block.chainid, address(dist), account, asset, cumulative))));
    }

    function one(address a) internal pure returns (address[] memory x) {
        x = new address[](1);
        x[0] = a;
    }

    function one(uint256 a) internal pure returns (uint256[] memory x) {
        x = new uint256[](1);
        x[0] = a;
    }

    function one(bytes32[] memory p) internal pure returns (bytes32[][] memory x) {
        x = new bytes32[][](1);
        x[0] = p;
    }

    /// @dev Proposes a one-asset root whose period ends now.
    function propose(uint64 epoch, bytes32 root, address asset, uint256 total) internal {
        vm.prank(relayer);
        dist.proposeRoot(
            epoch, root, keccak256(abi.encode("receipts", epoch)), uint64(block.timestamp), one(asset), one(total)
        );
    }

    /// @dev The proposal digest of what `propose` sends with period end `end`, computed as
    /// documented: keccak256(abi.encode(root, receiptRoot, end, assets, totals)).
    function digestOf(uint64 epoch, bytes32 root, address asset, uint256 total, uint64 end)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(root, keccak256(abi.encode("receipts", epoch)), end, one(asset), one(total)));
    }

    function proposeAndActivate(uint64 epoch, bytes32 root, address asset, uint256 total) internal {
        propose(epoch, root, asset, total);
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(epoch);
    }

    function claimOne(address account, address asset, uint256 cumulative, bytes32[] memory proof) internal {
        dist.claim(account, one(asset), one(cumulative), one(proof));
    }
}
