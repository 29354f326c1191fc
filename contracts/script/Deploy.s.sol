// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {OwnershipToken} from "../src/OwnershipToken.sol";
import {GovernanceConfig} from "../src/GovernanceConfig.sol";
import {RevenueVault} from "../src/RevenueVault.sol";
import {RoyaltyDistributor, DISPUTE_WINDOW_MIN, DISPUTE_WINDOW_MAX} from "../src/RoyaltyDistributor.sol";

interface VmScript {
    function envUint(string calldata) external view returns (uint256);
    function envOr(string calldata, uint256) external view returns (uint256);
    function envOr(string calldata, address) external view returns (address);
    function envOr(string calldata, bool) external view returns (bool);
    function addr(uint256) external pure returns (address);
    function startBroadcast(uint256) external;
    function stopBroadcast() external;
}

/// @notice Alternative to `royalty deploy` (the supported path, which also writes the deployment
/// JSON), with the same rules:
///
///   PRIVATE_KEY=0x... ADMIN=0x... RELAYER=0x... GUARDIAN=0x... \
///     forge script contracts/script/Deploy.s.sol --rpc-url URL --broadcast
///
/// ADMIN (DEFAULT_ADMIN_ROLE), RELAYER (PROPOSER_ROLE + FUNDER_ROLE) and GUARDIAN (GUARDIAN_ROLE)
/// must be three different addresses; SINGLE_KEY_DEV=true lets any of them be left out (the
/// deployer then holds it) or repeated, for development only. Optional: DISPUTE_WINDOW (seconds,
/// default 86400, within the distributor's MIN/MAX_DISPUTE_WINDOW), TIMELOCK_DELAY (seconds; when
/// set, an OpenZeppelin TimelockController with that delay, ADMIN as its proposer and executor,
/// becomes the admin), GOVERNOR, REGISTRAR, PUBLISHER (default: the deployer). The deployer keeps
/// no admin role unless it is ADMIN.
contract Deploy {
    VmScript internal constant vm = VmScript(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    struct Roles {
        address admin;
        address relayer;
        address guardian;
        address governor;
        address registrar;
        address publisher;
        uint64 window;
        uint256 timelockDelay;
    }

    function run()
        external
        returns (OwnershipToken token, GovernanceConfig gov, RevenueVault vault, RoyaltyDistributor dist)
    {
        uint256 key = vm.envUint("PRIVATE_KEY");
        address me = vm.addr(key);
        Roles memory r = roles(me);
        vm.startBroadcast(key);
        address adminHolder = r.admin;
        if (r.timelockDelay != 0) {
            address[] memory ops = new address[](1);
            ops[0] = r.admin;
            adminHolder = address(new TimelockController(r.timelockDelay, ops, ops, address(0)));
        }
        dist = new RoyaltyDistributor(me, r.window);
        vault = new RevenueVault(me, address(dist));
        token = new OwnershipToken(me);
        gov = new GovernanceConfig(me);
        dist.grantRole(dist.PROPOSER_ROLE(), r.relayer);
        dist.grantRole(dist.GUARDIAN_ROLE(), r.guardian);
        vault.grantRole(vault.FUNDER_ROLE(), r.relayer);
        gov.grantRole(gov.GOVERNOR_ROLE(), r.governor);
        token.grantRole(token.REGISTRAR_ROLE(), r.registrar);
        token.grantRole(token.PUBLISHER_ROLE(), r.publisher);
        if (adminHolder != me) {
            bytes32 adm = dist.DEFAULT_ADMIN_ROLE();
            dist.grantRole(adm, adminHolder);
            vault.grantRole(adm, adminHolder);
            token.grantRole(adm, adminHolder);
            gov.grantRole(adm, adminHolder);
            dist.renounceRole(adm, me);
            vault.renounceRole(adm, me);
            token.renounceRole(adm, me);
            gov.renounceRole(adm, me);
        }
        vm.stopBroadcast();
    }

    /// @notice Reads the environment and checks it (`plan`).
    function roles(address me) public view returns (Roles memory) {
        return plan(
            me,
            vm.envOr("ADMIN", address(0)),
            vm.envOr("RELAYER", address(0)),
            vm.envOr("GUARDIAN", address(0)),
            vm.envOr("SINGLE_KEY_DEV", false),
            vm.envOr("DISPUTE_WINDOW", uint256(86400)),
            vm.envOr("TIMELOCK_DELAY", uint256(0))
        ).withOperators(vm.envOr("GOVERNOR", me), vm.envOr("REGISTRAR", me), vm.envOr("PUBLISHER", me));
    }

    /// @notice Who holds what, or a revert saying what to fix. The window is checked as given,
    /// before it is narrowed to uint64 (2^64 must not become 0).
    function plan(
        address me,
        address admin,
        address relayer,
        address guardian,
        bool singleKeyDev,
        uint256 window,
        uint256 timelockDelay
    ) public pure returns (Roles memory r) {
        uint256 lo = DISPUTE_WINDOW_MIN;
        uint256 hi = DISPUTE_WINDOW_MAX;
        if (window < lo || window > hi) {
            revert(
                string.concat(
                    "DISPUTE_WINDOW=",
                    Strings.toString(window),
                    " is out of range: give seconds between ",
                    Strings.toString(lo),
                    " and ",
                    Strings.toString(hi)
                )
            );
        }
        r.window = uint64(window);
        r.timelockDelay = timelockDelay;
        r.admin = admin;
        r.relayer = relayer;
        r.guardian = guardian;
        if (singleKeyDev) {
            if (r.admin == address(0)) r.admin = me;
            if (r.relayer == address(0)) r.relayer = me;
            if (r.guardian == address(0)) r.guardian = me;
        } else {
            if (r.admin == address(0) || r.relayer == address(0) || r.guardian == address(0)) {
                revert("set ADMIN, RELAYER and GUARDIAN to three different addresses (or SINGLE_KEY_DEV=true for development)");
            }
            if (r.admin == r.relayer || r.admin == r.guardian || r.relayer == r.guardian) {
                revert("ADMIN, RELAYER and GUARDIAN must be three different addresses (or SINGLE_KEY_DEV=true for development)");
            }
        }
        r.governor = me;
        r.registrar = me;
        r.publisher = me;
    }
}

using {withOperators} for Deploy.Roles;

function withOperators(Deploy.Roles memory r, address governor, address registrar, address publisher)
    pure
    returns (Deploy.Roles memory)
{
    r.governor = governor;
    r.registrar = registrar;
    r.publisher = publisher;
    return r;
}
