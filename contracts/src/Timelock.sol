// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// OpenZeppelin's TimelockController, unchanged. Imported here so forge builds it and
// bindings/timelockcontroller can deploy it as the contracts' admin (`royalty deploy
// --timelock-delay`, `TIMELOCK_DELAY` in contracts/script/Deploy.s.sol).
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
