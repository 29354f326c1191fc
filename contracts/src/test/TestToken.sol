// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestToken — TEST AND DEMO ONLY
/// @notice A plain 6-decimals ERC-20 whose `mint` is open to anyone. Never deploy it as a real
/// payout asset: anyone can print it.
contract TestToken is ERC20 {
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Open mint, for tests and the demo only.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
