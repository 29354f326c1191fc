// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Base} from "./Base.t.sol";
import {Deploy} from "../script/Deploy.s.sol";
import {OwnershipToken} from "../src/OwnershipToken.sol";
import {GovernanceConfig} from "../src/GovernanceConfig.sol";
import {RevenueVault} from "../src/RevenueVault.sol";
import {RoyaltyDistributor} from "../src/RoyaltyDistributor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @notice contracts/script/Deploy.s.sol refuses one key for every role (finding 3) and an
/// out-of-range window (finding 6), and deploys separated roles.
contract DeployScriptTest is Base {
    Deploy internal script;
    address internal me = address(0xD1);
    address internal admin = address(0xA11CE);
    address internal relayer = address(0xBEEF);
    address internal guardian = address(0x6A4D);

    function setUp() public {
        script = new Deploy();
    }

    function test_ScriptRefusesSharedKeys() public {
        bytes memory missing =
            bytes("set ADMIN, RELAYER and GUARDIAN to three different addresses (or SINGLE_KEY_DEV=true for development)");
        bytes memory shared =
            bytes("ADMIN, RELAYER and GUARDIAN must be three different addresses (or SINGLE_KEY_DEV=true for development)");
        vm.expectRevert(missing);
        script.plan(me, address(0), address(0), address(0), false, 86400, 0);
        vm.expectRevert(missing);
        script.plan(me, admin, relayer, address(0), false, 86400, 0);
        vm.expectRevert(shared);
        script.plan(me, admin, admin, guardian, false, 86400, 0);
        vm.expectRevert(shared);
        script.plan(me, admin, relayer, relayer, false, 86400, 0);
        vm.expectRevert(shared);
        script.plan(me, guardian, relayer, guardian, false, 86400, 0);
        Deploy.Roles memory r = script.plan(me, admin, relayer, guardian, false, 86400, 0);
        assertEq(r.admin, admin, "admin");
        assertEq(r.relayer, relayer, "relayer");
        assertEq(r.guardian, guardian, "guardian");
        // Development: one key for everything, only when asked for.
        r = script.plan(me, address(0), address(0), address(0), true, 86400, 0);
        assertTrue(r.admin == me && r.relayer == me && r.guardian == me, "single-key dev");
    }

    function test_ScriptRefusesOutOfRangeWindow() public {
        uint256[4] memory bad = [uint256(0), 3599, 30 days + 1, uint256(1) << 64];
        string[4] memory shown = ["0", "3599", "2592001", "18446744073709551616"];
        for (uint256 i = 0; i < bad.length; i++) {
            vm.expectRevert(
                bytes(string.concat("DISPUTE_WINDOW=", shown[i], " is out of range: give seconds between 3600 and 2592000"))
            );
            script.plan(me, admin, relayer, guardian, false, bad[i], 0);
        }
        assertEq(script.plan(me, admin, relayer, guardian, false, 3600, 0).window, 3600, "min");
        assertEq(script.plan(me, admin, relayer, guardian, false, 30 days, 0).window, 30 days, "max");
    }

    /// The whole script from the environment, with a timelock as admin: the relayer can propose
    /// and fund only, the guardian guard only, the deployer keeps nothing but the operator roles.
    function test_ScriptDeploysSeparatedRoles() public {
        uint256 key = 0xA11CE5;
        address deployer = vm.addr(key);
        vm.setEnv("PRIVATE_KEY", vm.toString(key));
        vm.setEnv("ADMIN", vm.toString(admin));
        vm.setEnv("RELAYER", vm.toString(relayer));
        vm.setEnv("GUARDIAN", vm.toString(guardian));
        vm.setEnv("DISPUTE_WINDOW", "7200");
        vm.setEnv("TIMELOCK_DELAY", "172800");
        (OwnershipToken token, GovernanceConfig gov, RevenueVault vault, RoyaltyDistributor dist) = script.run();
        bytes32 adm = dist.DEFAULT_ADMIN_ROLE();
        assertEq(dist.disputeWindow(), 7200, "window");
        assertTrue(dist.hasRole(dist.PROPOSER_ROLE(), relayer) && vault.hasRole(vault.FUNDER_ROLE(), relayer), "relayer");
        assertTrue(dist.hasRole(dist.GUARDIAN_ROLE(), guardian), "guardian");
        assertFalse(dist.hasRole(adm, relayer) || vault.hasRole(adm, relayer), "relayer is admin");
        assertFalse(dist.hasRole(dist.GUARDIAN_ROLE(), relayer), "relayer is guardian");
        assertFalse(dist.hasRole(adm, guardian) || dist.hasRole(dist.PROPOSER_ROLE(), guardian), "guardian too strong");
        assertFalse(dist.hasRole(adm, admin), "admin holds the role directly despite the timelock");
        for (uint256 i = 0; i < 4; i++) {
            address c = i == 0 ? address(dist) : i == 1 ? address(vault) : i == 2 ? address(token) : address(gov);
            assertFalse(RoyaltyDistributor(c).hasRole(adm, deployer), "deployer kept admin");
        }
        // The admin role sits with a TimelockController whose proposer and executor is ADMIN.
        address timelock = _adminOf(dist);
        assertTrue(dist.hasRole(adm, timelock), "the timelock is not the admin");
        TimelockController tl = TimelockController(payable(timelock));
        assertEq(tl.getMinDelay(), 172800, "delay");
        assertTrue(tl.hasRole(tl.PROPOSER_ROLE(), admin) && tl.hasRole(tl.EXECUTOR_ROLE(), admin), "timelock roles");
        assertTrue(vault.hasRole(adm, timelock) && token.hasRole(adm, timelock) && gov.hasRole(adm, timelock), "admin");
        vm.setEnv("TIMELOCK_DELAY", "0");
        vm.setEnv("ADMIN", vm.toString(relayer));
        vm.expectRevert(
            bytes("ADMIN, RELAYER and GUARDIAN must be three different addresses (or SINGLE_KEY_DEV=true for development)")
        );
        script.run();
    }

    /// @dev The timelock is the deployer's first creation (nonce 0).
    function _adminOf(RoyaltyDistributor) internal pure returns (address) {
        return vm.computeCreateAddress(vm.addr(0xA11CE5), 0);
    }
}
