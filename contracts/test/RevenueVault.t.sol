// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Fixture} from "./Fixture.t.sol";
import {RevenueVault} from "../src/RevenueVault.sol";
import {TestToken} from "../src/test/TestToken.sol";

/// @notice A fee-on-transfer token (test only): the kind the allow-list exists to keep out.
contract FeeToken is TestToken {
    constructor() TestToken("Fee", "FEE") {}

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            super._update(from, address(0xFEE), value / 100);
            value -= value / 100;
        }
        super._update(from, to, value);
    }
}

contract RevenueVaultTest is Fixture {
    event AssetAllowed(address indexed asset, bool allowed);
    event Deposited(address indexed consumer, address indexed asset, address indexed from, uint256 amount);
    event EpochFunded(uint64 indexed epoch, address indexed consumer, address indexed asset, uint256 amount);
    event CreditPurchased(address indexed consumer, address indexed asset, address indexed from, uint256 amount);

    address internal payer = address(0x9A7);

    function _deposit(address from, address forConsumer, uint256 amount) internal {
        usd.mint(from, amount);
        vm.startPrank(from);
        usd.approve(address(vault), amount);
        vault.deposit(forConsumer, address(usd), amount);
        vm.stopPrank();
    }

    function _buyCredit(address from, address forConsumer, uint256 amount) internal {
        usd.mint(from, amount);
        vm.startPrank(from);
        usd.approve(address(vault), amount);
        vault.buyCredit(forConsumer, address(usd), amount);
        vm.stopPrank();
    }

    function test_ConstructorRejectsZeroes() public {
        vm.expectRevert(RevenueVault.ZeroAddress.selector);
        new RevenueVault(address(0), address(dist));
        vm.expectRevert(RevenueVault.ZeroAddress.selector);
        new RevenueVault(admin, address(0));
    }

    function test_RoleChecks() public {
        bytes32 funder = vault.FUNDER_ROLE();
        _deposit(payer, consumer, 10);
        vm.expectRevert(unauthorized(stranger, funder));
        vm.prank(stranger);
        vault.fundEpoch(1, consumer, address(usd), 1);
        vm.expectRevert(unauthorized(admin, funder));
        vm.prank(admin);
        vault.fundEpoch(1, consumer, address(usd), 1);
        vm.expectRevert(unauthorized(relayer, vault.DEFAULT_ADMIN_ROLE()));
        vm.prank(relayer);
        vault.setAssetAllowed(address(usd), false);
    }

    function test_AllowListEmits() public {
        TestToken t = new TestToken("t", "t");
        vm.expectEmit(true, false, false, true, address(vault));
        emit AssetAllowed(address(t), true);
        vm.prank(admin);
        vault.setAssetAllowed(address(t), true);
        assertTrue(vault.assetAllowed(address(t)), "allowed");
        vm.expectRevert(RevenueVault.ZeroAddress.selector);
        vm.prank(admin);
        vault.setAssetAllowed(address(0), true);
    }

    function test_DepositByAnyoneForConsumer() public {
        usd.mint(payer, 100);
        vm.startPrank(payer);
        usd.approve(address(vault), 100);
        vm.expectEmit(true, true, true, true, address(vault));
        emit Deposited(consumer, address(usd), payer, 100);
        vault.deposit(consumer, address(usd), 100);
        vm.stopPrank();
        assertEq(vault.balanceOf(consumer, address(usd)), 100, "consumer balance");
        assertEq(vault.balanceOf(payer, address(usd)), 0, "payer credited");
        assertEq(usd.balanceOf(address(vault)), 100, "vault holds");
    }

    function test_DepositRules() public {
        TestToken other = new TestToken("o", "o");
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.AssetNotAllowed.selector, address(other)));
        vault.deposit(consumer, address(other), 1);
        vm.expectRevert(RevenueVault.ZeroAmount.selector);
        vault.deposit(consumer, address(usd), 0);
        vm.expectRevert(RevenueVault.ZeroAddress.selector);
        vault.deposit(address(0), address(usd), 1);
        // Not approved: SafeERC20 surfaces the token's revert.
        usd.mint(payer, 5);
        vm.expectRevert();
        vm.prank(payer);
        vault.deposit(consumer, address(usd), 5);
    }

    function test_FeeOnTransferRejected() public {
        FeeToken fee = new FeeToken();
        vm.prank(admin);
        vault.setAssetAllowed(address(fee), true);
        fee.mint(payer, 1000);
        vm.startPrank(payer);
        fee.approve(address(vault), 1000);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.TransferAmountMismatch.selector, 1000, 990));
        vault.deposit(consumer, address(fee), 1000);
        vm.stopPrank();
    }

    function test_FundEpochMovesToDistributorOnce() public {
        _deposit(payer, consumer, 100);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EpochFunded(1, consumer, address(usd), 60);
        vm.prank(relayer);
        vault.fundEpoch(1, consumer, address(usd), 60);
        assertEq(usd.balanceOf(address(dist)), 60, "distributor got it");
        assertEq(vault.balanceOf(consumer, address(usd)), 40, "consumer balance");
        assertEq(vault.funded(1, consumer, address(usd)), 60, "funded");
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.AlreadyFunded.selector, uint64(1), consumer, address(usd)));
        vm.prank(relayer);
        vault.fundEpoch(1, consumer, address(usd), 1);
        // The next epoch is separate.
        vm.prank(relayer);
        vault.fundEpoch(2, consumer, address(usd), 40);
        assertEq(usd.balanceOf(address(dist)), 100, "distributor total");
    }

    /// Finding 7: a funding names the distributor epoch it backs and is accepted only for the epoch
    /// being proposed (current + 1) or the next (current + 2). Made-up epochs, epochs already
    /// activated and the ones after the next are refused, so "once per (epoch, consumer, asset)"
    /// limits the funder to at most two fundings per (consumer, asset) ahead of the distributor.
    function test_FundingBacksTheEpochBeingProposed() public {
        _deposit(payer, consumer, 1000);
        vm.startPrank(relayer);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.EpochNotFundable.selector, uint64(0), uint64(1), uint64(2)));
        vault.fundEpoch(0, consumer, address(usd), 1);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.EpochNotFundable.selector, uint64(3), uint64(1), uint64(2)));
        vault.fundEpoch(3, consumer, address(usd), 1);
        vm.expectRevert(
            abi.encodeWithSelector(RevenueVault.EpochNotFundable.selector, type(uint64).max, uint64(1), uint64(2))
        );
        vault.fundEpoch(type(uint64).max, consumer, address(usd), 1);
        vault.fundEpoch(1, consumer, address(usd), 10);
        vault.fundEpoch(2, consumer, address(usd), 10);
        vm.stopPrank();
        // Epoch 1 activates: 1 is closed for funding, 2 and 3 are open.
        propose(1, bytes32("x"), address(usd), 10);
        vm.warp(block.timestamp + WINDOW);
        dist.activateRoot(1);
        vm.startPrank(relayer);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.EpochNotFundable.selector, uint64(1), uint64(2), uint64(3)));
        vault.fundEpoch(1, stranger, address(usd), 1);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.EpochNotFundable.selector, uint64(4), uint64(2), uint64(3)));
        vault.fundEpoch(4, consumer, address(usd), 1);
        vault.fundEpoch(3, consumer, address(usd), 10);
        vm.stopPrank();
        assertEq(usd.balanceOf(address(dist)), 30, "distributor");
        assertEq(vault.balanceOf(consumer, address(usd)), 970, "consumer");
    }

    function test_FundEpochRules() public {
        _deposit(payer, consumer, 100);
        _deposit(payer, stranger, 1000);
        vm.startPrank(relayer);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.InsufficientBalance.selector, 100, 101));
        vault.fundEpoch(1, consumer, address(usd), 101);
        vm.expectRevert(RevenueVault.ZeroAmount.selector);
        vault.fundEpoch(1, consumer, address(usd), 0);
        vm.stopPrank();
        // A delisted asset can still be funded out: deposits are never stranded.
        vm.prank(admin);
        vault.setAssetAllowed(address(usd), false);
        vm.prank(relayer);
        vault.fundEpoch(1, consumer, address(usd), 100);
        assertEq(vault.balanceOf(stranger, address(usd)), 1000, "other consumer touched");
    }

    /// Funding never exceeds a consumer's balance, only goes to a fundable epoch, and conserves
    /// tokens between vault and distributor.
    function testFuzz_FundNeverExceedsBalance(uint128 dep, uint128 amt, uint64 epoch) public {
        vm.assume(dep > 0);
        epoch = uint64(bound(epoch, 0, 4));
        _deposit(payer, consumer, dep);
        bool fundable = epoch == 1 || epoch == 2;
        vm.prank(relayer);
        if (amt == 0 || amt > dep || !fundable) {
            vm.expectRevert();
            vault.fundEpoch(epoch, consumer, address(usd), amt);
            assertEq(vault.balanceOf(consumer, address(usd)), dep, "balance moved on failure");
        } else {
            vault.fundEpoch(epoch, consumer, address(usd), amt);
            assertEq(vault.balanceOf(consumer, address(usd)), uint256(dep) - amt, "balance");
            assertEq(usd.balanceOf(address(dist)), amt, "distributor");
        }
        assertEq(usd.balanceOf(address(vault)) + usd.balanceOf(address(dist)), dep, "conservation");
    }

    /// A credit purchase is its own event (not `Deposited`: the ledger tells revenue from prepaid
    /// credit by it), by anyone for a consumer, into the consumer's one balance.
    function test_BuyCreditByAnyoneForConsumer() public {
        usd.mint(payer, 100);
        vm.startPrank(payer);
        usd.approve(address(vault), 100);
        vm.expectEmit(true, true, true, true, address(vault));
        emit CreditPurchased(consumer, address(usd), payer, 100);
        vm.recordLogs();
        vault.buyCredit(consumer, address(usd), 100);
        vm.stopPrank();
        assertEq(vm.getRecordedLogs().length, 2, "a Transfer and the purchase, no Deposited");
        assertEq(vault.balanceOf(consumer, address(usd)), 100, "consumer balance");
        assertEq(vault.balanceOf(payer, address(usd)), 0, "payer credited");
        assertEq(usd.balanceOf(address(vault)), 100, "vault holds");
    }

    function test_BuyCreditRules() public {
        TestToken other = new TestToken("o", "o");
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.AssetNotAllowed.selector, address(other)));
        vault.buyCredit(consumer, address(other), 1);
        vm.expectRevert(RevenueVault.ZeroAmount.selector);
        vault.buyCredit(consumer, address(usd), 0);
        vm.expectRevert(RevenueVault.ZeroAddress.selector);
        vault.buyCredit(address(0), address(usd), 1);
        usd.mint(payer, 5);
        vm.expectRevert();
        vm.prank(payer);
        vault.buyCredit(consumer, address(usd), 5);
        FeeToken fee = new FeeToken();
        vm.prank(admin);
        vault.setAssetAllowed(address(fee), true);
        fee.mint(payer, 1000);
        vm.startPrank(payer);
        fee.approve(address(vault), 1000);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.TransferAmountMismatch.selector, 1000, 990));
        vault.buyCredit(consumer, address(fee), 1000);
        vm.stopPrank();
    }

    /// Prepaid cash is settled cash: it funds a distributor epoch like a deposit, under the same
    /// epoch binding and once-per-(epoch, consumer, asset) rule, never past deposits + credit.
    function test_CreditFundsTheDistributorUnderTheSameRules() public {
        _deposit(payer, consumer, 30);
        _buyCredit(payer, consumer, 70);
        vm.startPrank(relayer);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.InsufficientBalance.selector, 100, 101));
        vault.fundEpoch(1, consumer, address(usd), 101);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.EpochNotFundable.selector, uint64(3), uint64(1), uint64(2)));
        vault.fundEpoch(3, consumer, address(usd), 1);
        vault.fundEpoch(1, consumer, address(usd), 100);
        vm.expectRevert(abi.encodeWithSelector(RevenueVault.AlreadyFunded.selector, uint64(1), consumer, address(usd)));
        vault.fundEpoch(1, consumer, address(usd), 1);
        vm.stopPrank();
        assertEq(usd.balanceOf(address(dist)), 100, "distributor");
        assertEq(vault.balanceOf(consumer, address(usd)), 0, "consumer");
    }

    /// Deposits and credit purchases in any mix: the balance is their sum, the vault holds every
    /// token, and a funding succeeds exactly when it fits in that sum.
    function testFuzz_CreditAndDepositsFundTogether(uint96 dep, uint96 cred, uint128 amt) public {
        vm.assume(dep > 0 && cred > 0);
        _deposit(payer, consumer, dep);
        _buyCredit(stranger, consumer, cred);
        uint256 total = uint256(dep) + cred;
        assertEq(vault.balanceOf(consumer, address(usd)), total, "balance is deposits + credit");
        assertEq(usd.balanceOf(address(vault)), total, "vault holds both");
        vm.prank(relayer);
        if (amt == 0 || amt > total) {
            vm.expectRevert();
            vault.fundEpoch(1, consumer, address(usd), amt);
            assertEq(vault.balanceOf(consumer, address(usd)), total, "balance moved on failure");
        } else {
            vault.fundEpoch(1, consumer, address(usd), amt);
            assertEq(vault.balanceOf(consumer, address(usd)), total - amt, "balance");
            assertEq(usd.balanceOf(address(dist)), amt, "distributor");
        }
        assertEq(usd.balanceOf(address(vault)) + usd.balanceOf(address(dist)), total, "conservation");
    }
}
