// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {OwnershipToken} from "../src/OwnershipToken.sol";
import {GovernanceConfig} from "../src/GovernanceConfig.sol";
import {RevenueVault} from "../src/RevenueVault.sol";
import {RoyaltyDistributor} from "../src/RoyaltyDistributor.sol";

interface VmScript {
    function envUint(string calldata) external view returns (uint256);
    function envOr(string calldata, uint256) external view returns (uint256);
    function addr(uint256) external pure returns (address);
    function startBroadcast(uint256) external;
    function stopBroadcast() external;
}

/// @notice Alternative to `royalty deploy` (the supported path, which also writes the deployment
/// JSON): deploys the four contracts with every role held by the deployer.
/// PRIVATE_KEY=0x... forge script contracts/script/Deploy.s.sol --rpc-url URL --broadcast
/// Optional DISPUTE_WINDOW (seconds, default 86400).
contract Deploy {
    VmScript internal constant vm = VmScript(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    function run()
        external
        returns (OwnershipToken token, GovernanceConfig gov, RevenueVault vault, RoyaltyDistributor dist)
    {
        uint256 key = vm.envUint("PRIVATE_KEY");
        address me = vm.addr(key);
        uint64 window = uint64(vm.envOr("DISPUTE_WINDOW", uint256(86400)));
        vm.startBroadcast(key);
        dist = new RoyaltyDistributor(me, window);
        vault = new RevenueVault(me, address(dist));
        token = new OwnershipToken(me);
        gov = new GovernanceConfig(me);
        dist.grantRole(dist.PROPOSER_ROLE(), me);
        dist.grantRole(dist.GUARDIAN_ROLE(), me);
        vault.grantRole(vault.FUNDER_ROLE(), me);
        gov.grantRole(gov.GOVERNOR_ROLE(), me);
        token.grantRole(token.REGISTRAR_ROLE(), me);
        token.grantRole(token.PUBLISHER_ROLE(), me);
        vm.stopBroadcast();
    }
}
