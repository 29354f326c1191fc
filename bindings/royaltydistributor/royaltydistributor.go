// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package royaltydistributor

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RoyaltyDistributorMetaData contains all meta data concerning the RoyaltyDistributor contract.
var RoyaltyDistributorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"disputeWindow_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GUARDIAN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DISPUTE_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_DISPUTE_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PROPOSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activateRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"activeRoot\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"challengeRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"challenged\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"cumulatives\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"proofs\",\"type\":\"bytes32[][]\",\"internalType\":\"bytes32[][]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimEpochOf\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRevoked\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"receiptRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"totals\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leaf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"payoutPreferenceOf\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pending\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"receiptRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"activatesAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingDigest\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingTotals\",\"inputs\":[],\"outputs\":[{\"name\":\"assets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"totals\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalDigest\",\"inputs\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"receiptRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"totals\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"proposeRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"receiptRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"totals\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"receiptRootOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proposal\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokedProposal\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proposal\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rootOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAssetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setDisputeWindow\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPayoutPreference\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalClaimed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AssetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeWindowSet\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PayoutPreferenceSet\",\"inputs\":[{\"name\":\"holder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"chainId\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootActivated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootChallenged\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootProposed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"receiptRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"end\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"activatesAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"assets\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"totals\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootRevoked\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AssetNotInRoot\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BadEnd\",\"inputs\":[{\"name\":\"end\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"previousEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"now_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ChallengedRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"DuplicateAsset\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyProposal\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Insolvent\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPayoutPreference\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LeafNotLowered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoPendingRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotPending\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proposal\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ProposalMismatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RevokedProposal\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proposal\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"RootPending\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TooEarly\",\"inputs\":[{\"name\":\"activatesAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TotalBelowPrevious\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"previous\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WindowOutOfRange\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"min\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"max\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroTotal\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "RoyaltyDistributor",
	Bin: "0x608060405234801561000f575f5ffd5b506040516133ef3803806133ef83398101604081905261002e916101d7565b6001600160a01b0382166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f83610070565b5061006981610119565b5050610225565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610110575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100c83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610113565b505f5b92915050565b610e106001600160401b038216108061013d575062278d006001600160401b038216115b1561017b57604051631dd4158360e01b81526001600160401b0382166004820152610e10602482015262278d00604482015260640160405180910390fd5b60018054610100600160481b0319166101006001600160401b038416908102919091179091556040519081527f029fbca445cf255ae5eafb60ff3aaa7cc25b6b97ebb15598b7dc388a840c21b79060200160405180910390a150565b5f5f604083850312156101e8575f5ffd5b82516001600160a01b03811681146101fe575f5ffd5b60208401519092506001600160401b038116811461021a575f5ffd5b809150509250929050565b6131bd806102325f395ff3fe608060405234801561000f575f5ffd5b50600436106102d8575f3560e01c80636a43351011610187578063a217fddf116100dd578063ccb197eb11610093578063e53c04561161006e578063e53c04561461084b578063e887b5711461085e578063ef5d9ae814610871575f5ffd5b8063ccb197eb146107c2578063d547741f146107d8578063e20ccec3146107eb575f5ffd5b8063ac130f0e116100c3578063ac130f0e1461070e578063ae3153c914610751578063cbeab516146107b9575f5ffd5b8063a217fddf146106fe578063abb2efdf14610705575f5ffd5b80638456cb591161013d57806391d148541161011857806391d14854146106965780639d7384d9146106cc578063a0165082146106eb575f5ffd5b80638456cb591461063d5780638e6bb167146106455780638f61f4f51461066f575f5ffd5b8063766718081161016d57806376671808146105e95780637d896c501461060a57806380cbc6fa14610633575f5ffd5b80636a433510146105b4578063716d3dcb146105c7575f5ffd5b80633342dc271161023c578063575d36d3116101f25780635c975abb116101cd5780635c975abb14610569578063634b7ada14610574578063672aeea914610587575f5ffd5b8063575d36d31461052f5780635a3f75b11461054e5780635c67522314610561575f5ffd5b80633f4ba83a116102225780633f4ba83a1461050157806344f2f595146105095780634cfb11291461051c575f5ffd5b80633342dc27146104c157806336568abe146104ee575f5ffd5b80632330a7681161029157806324ea54f41161027757806324ea54f4146104745780632f2ff15d1461049b57806331287e78146104ae575f5ffd5b80632330a76814610420578063248a9ca314610452575f5ffd5b80630c9cbf0e116102c15780630c9cbf0e146103af578063117f5f92146103d9578063138f41aa1461040b575f5ffd5b806301ffc9a7146102dc5780630994f77414610304575b5f5ffd5b6102ef6102ea366004612a2f565b6108bf565b60405190151581526020015b60405180910390f35b6103a1610312366004612a84565b6040805146602082015230918101919091526001600160a01b0380851660608301528316608082015260a081018290525f9060c001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b6040519081526020016102fb565b6103a16103bd366004612abe565b600960209081525f928352604080842090915290825290205481565b6001546103f290610100900467ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016102fb565b61041e610419366004612b4e565b610957565b005b6103f261042e366004612bc8565b6001600160a01b03165f908152600a602052604090205467ffffffffffffffff1690565b6103a1610460366004612be1565b5f9081526020819052604090206001015490565b6103a17f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b61041e6104a9366004612bf8565b610c31565b61041e6104bc366004612c19565b610c5b565b6102ef6104cf366004612c33565b600f60209081525f928352604080842090915290825290205460ff1681565b61041e6104fc366004612bf8565b610d7d565b61041e610dce565b6102ef610517366004612c5b565b610e03565b61041e61052a366004612c5b565b610e79565b6103a161053d366004612cfd565b600c6020525f908152604090205481565b61041e61055c366004612cfd565b6114c0565b6103a1611873565b60015460ff166102ef565b6103a1610582366004612d16565b61188e565b6102ef610595366004612c33565b601060209081525f928352604080842090915290825290205460ff1681565b61041e6105c2366004612cfd565b6118d0565b6102ef6105d5366004612bc8565b60086020525f908152604090205460ff1681565b6001546103f2906901000000000000000000900467ffffffffffffffff1681565b6103f2610618366004612cfd565b600d6020525f908152604090205467ffffffffffffffff1681565b6103f262278d0081565b61041e6118e7565b6103a1610653366004612c19565b600e60209081525f928352604080842090915290825290205481565b6103a17fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b6102ef6106a4366004612bf8565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6103a16106da366004612cfd565b600b6020525f908152604090205481565b61041e6106f9366004612da8565b611919565b6103a15f81565b6103a160025481565b6102ef61071c366004612c19565b67ffffffffffffffff82165f908152600e602090815260408083206001600160a01b0385168452909152902054151592915050565b61079161075f366004612bc8565b60116020525f908152604090205467ffffffffffffffff8116906801000000000000000090046001600160a01b031682565b6040805167ffffffffffffffff90931683526001600160a01b039091166020830152016102fb565b6103f2610e1081565b6107ca611a00565b6040516102fb929190612eab565b61041e6107e6366004612bf8565b611abe565b6003546004546005546040805167ffffffffffffffff80861682526020820194909452908101919091526801000000000000000083048216606082015270010000000000000000000000000000000090920416608082015260a0016102fb565b61041e610859366004612ed8565b611ae2565b61041e61086c366004612c33565b611b8b565b6103a161087f366004612bc8565b6001600160a01b03165f908152600a602052604090205468010000000000000000900477ffffffffffffffffffffffffffffffffffffffffffffffff1690565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061095157507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b61095f611c4c565b5f61096987611c83565b60068054919250905f5b81811080156109b05750876001600160a01b031683828154811061099957610999612f11565b5f918252602090912001546001600160a01b031614155b156109c757806109bf81612f6b565b915050610973565b818103610a10576040517f990f41d60000000000000000000000000000000000000000000000000000000081526001600160a01b03891660048201526024015b60405180910390fd5b610ab0868686610aab8d8d8d6040805146602082015230918101919091526001600160a01b0380851660608301528316608082015260a081018290525f9060c001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b611cea565b610b00576040517f62d714920000000000000000000000000000000000000000000000000000000081526001600160a01b03808b1660048301528916602482015260448101889052606401610a07565b6001600160a01b03808a165f908152600960209081526040808320938c1683529290522054808810610b7f576040517f8dbe1b8b0000000000000000000000000000000000000000000000000000000081526001600160a01b03808c1660048301528a1660248201526044810189905260648101829052608401610a07565b604080516001600160a01b038b81168252602082018b9052918101839052908b1690869067ffffffffffffffff8e16907f1e3801d545f87ae19c7672e9a39cff61f2cb3190994dd3b8fc73294abd6132089060600160405180910390a467ffffffffffffffff8b165f9081526010602090815260408083208884529091529020805460ff19166001179055610c1c8b86610c17611d01565b611e0b565b5050505050610c29611ec1565b505050505050565b5f82815260208190526040902060010154610c4b81611eeb565b610c558383611ef5565b50505050565b67ffffffffffffffff8216156001600160a01b0382161514610cc4576040517f0125f75f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526001600160a01b0382166024820152604401610a07565b60408051808201825267ffffffffffffffff8481168083526001600160a01b038581166020808601828152335f8181526011845289902097518854925190951668010000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009092169490961693909317929092179094558451918252810192909252917f9df5f341f26aefd2e265f00103bbaa7e6f7a9d539b9cdcce8798d4df7d77aaab910160405180910390a25050565b6001600160a01b0381163314610dbf576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610dc98282611f9c565b505050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041610df881611eeb565b610e0061201d565b50565b67ffffffffffffffff88165f9081526010602090815260408083208a845290915281205460ff1680610e6c575067ffffffffffffffff89165f908152600f6020526040812090610e588a8a8a8a8a8a8a61188e565b815260208101919091526040015f205460ff165b9998505050505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610ea381611eeb565b610eab611c4c565b60045460039015610f8557805467ffffffffffffffff8b81169116148015610ed65750888160010154145b15610f3a57610eea8189898989898961206f565b15610ef557506114ad565b6040517f22546d3900000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602481018a9052604401610a07565b805460018201546040517f82baa2e500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90921660048301526024820152604401610a07565b88610fbc576040517fb263ae7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180546901000000000000000000900467ffffffffffffffff1690610fe3908290612fa2565b67ffffffffffffffff168b67ffffffffffffffff161461104f578a611009826001612fa2565b6040517f2b9264ec00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610a07565b61105f8b8b8b8b8b8b8b8b612198565b67ffffffffffffffff8082165f908152600d60205260409020548116908916811015806110955750428967ffffffffffffffff16115b156110e8576040517fd613be5a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b166004830152808316602483015242166044820152606401610a07565b865f819003611123576040517f294565bf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80861461115c576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015611385575f8a8a8381811061117957611179612f11565b905060200201602081019061118e9190612bc8565b90505f5b8281101561121e57816001600160a01b03168c8c838181106111b6576111b6612f11565b90506020020160208101906111cb9190612bc8565b6001600160a01b031603611216576040517f437a40b10000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610a07565b600101611192565b505f89898481811061123257611232612f11565b905060200201359050805f0361127f576040517fe92a6e3a0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610a07565b6001600160a01b0382165f818152600a602090815260408083205467ffffffffffffffff168352600e8252808320938352929052205480821015611308576040517f0ed56f6d0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810183905260448101829052606401610a07565b6001600160a01b0383165f9081526008602052604090205460ff1615801561133857508015806113385750808214155b1561137a576040517f188053b00000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610a07565b50505060010161115e565b506001545f906113a490610100900467ffffffffffffffff1642612fa2565b90508d855f015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508a855f0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555080855f0160106101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508c85600101819055508b85600201819055508989866003019190611448929190612956565b506114576004860189896129cb565b508c8e67ffffffffffffffff167fe349edd8b6ce6808ee0c654bb2cd8e702e8d60b8110bfc0e4a24531b87f636018e8e858f8f8f8f60405161149f9796959493929190613047565b60405180910390a350505050505b6114b5611ec1565b505050505050505050565b6114c8611c4c565b5f6114d282611c83565b6003805491925090700100000000000000000000000000000000900467ffffffffffffffff164210156115535780546040517fd606d83f00000000000000000000000000000000000000000000000000000000815270010000000000000000000000000000000090910467ffffffffffffffff166004820152602401610a07565b60038101545f5b81811015611731575f83600301828154811061157857611578612f11565b5f9182526020822001546004860180546001600160a01b03909216935090849081106115a6576115a6612f11565b5f918252602080832091909101546001600160a01b038516808452600a9092526040808420805491517f70a0823100000000000000000000000000000000000000000000000000000000815230600482015292955093926801000000000000000090910477ffffffffffffffffffffffffffffffffffffffffffffffff16916370a0823190602401602060405180830381865afa158015611649573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061166d91906130a1565b61167791906130b8565b9050828110156116cc576040517fa2625af10000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810182905260448101849052606401610a07565b5067ffffffffffffffff88165f818152600e602090815260408083206001600160a01b039097168352959052939093209190915580547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016909117905560010161155a565b5067ffffffffffffffff8085165f818152600b60209081526040808320889055600280880154600c8452828520558754600d90935290832080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001668010000000000000000909304909516919091179093556001805469010000000000000000009093027fffffffffffffffffffffffffffffff0000000000000000ffffffffffffffffff9093169290921790915590849055600380547fffffffffffffffff0000000000000000000000000000000000000000000000001681556004829055600582905590611823600682612a04565b611830600483015f612a04565b5050604051839067ffffffffffffffff8616907fd58e9a5f3846859453f3950ccffea1b4eac318299494e170d606acf0227133df905f90a3505050610e00611ec1565b6004545f9061188157505f90565b611889611d01565b905090565b5f878787878787876040516020016118ac97969594939291906130cb565b6040516020818303038152906040528051906020012090505b979650505050505050565b5f6118da81611eeb565b6118e38261228d565b5050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504161191181611eeb565b610e0061237b565b611921611c4c565b6119296123b6565b84831415806119385750848114155b1561196f576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b858110156119ee576119e68888888481811061198f5761198f612f11565b90506020020160208101906119a49190612bc8565b8787858181106119b6576119b6612f11565b905060200201358686868181106119cf576119cf612f11565b90506020028101906119e191906130fa565b6123f3565b600101611971565b506119f7611ec1565b50505050505050565b60608060038001600360040181805480602002602001604051908101604052809291908181526020018280548015611a5f57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611a41575b5050505050915080805480602002602001604051908101604052809291908181526020018280548015611aaf57602002820191905f5260205f20905b815481526020019060010190808311611a9b575b50505050509050915091509091565b5f82815260208190526040902060010154611ad881611eeb565b610c558383611f9c565b5f611aec81611eeb565b6001600160a01b038316611b2c576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f81815260086020908152604091829020805460ff191686151590811790915591519182527fa918a4160e8216eca57d47b5ff3d7d37f630f73f4df2077816c15786f8fe296e910160405180910390a2505050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041611bb581611eeb565b611bbd611c4c565b600454801580611bdc575060035467ffffffffffffffff858116911614155b80611bee575082611beb611d01565b14155b15611c38576040517fbc8884c000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015260248101849052604401610a07565b611c43848285611e0b565b50610dc9611ec1565b611c546126b5565b611c8160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061270e565b565b600454801580611ca2575060035467ffffffffffffffff838116911614155b15611ce5576040517f8ad9f6ee00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610a07565b919050565b5f82611cf7868685612715565b1495945050505050565b60068054604080516020808402820181019092528281525f936003938593830182828015611d5657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611d38575b505050505090505f82600401805480602002602001604051908101604052809291908181526020018280548015611daa57602002820191905f5260205f20905b815481526020019060010190808311611d96575b505050600186015460028701548754604051959650611ded9592945090925067ffffffffffffffff6801000000000000000090910416908690869060200161315e565b60405160208183030381529060405280519060200120935050505090565b67ffffffffffffffff83165f908152600f602090815260408083208484529091528120805460ff19166001179055600380547fffffffffffffffff0000000000000000000000000000000000000000000000001681556004829055600582905590611e77600682612a04565b611e84600483015f612a04565b5050604051829067ffffffffffffffff8516907fd7c28c8e5cf8035d6d2cbe01c4fb4f61ab13923eae524e0adf91dee3e573175a905f90a3505050565b611c815f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611c7b565b610e008133612756565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611f95575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611f4d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610951565b505f610951565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611f95575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610951565b6120256127c1565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f86886002015414158061209d5750875467ffffffffffffffff878116680100000000000000009092041614155b156120a957505f6118c5565b60038801548490811415806120be5750828114155b156120cc575f9150506118c5565b5f5b81811015612188578686828181106120e8576120e8612f11565b90506020020160208101906120fd9190612bc8565b6001600160a01b03168a600301828154811061211b5761211b612f11565b5f918252602090912001546001600160a01b0316141580612171575084848281811061214957612149612f11565b905060200201358a600401828154811061216557612165612f11565b905f5260205f20015414155b15612180575f925050506118c5565b6001016120ce565b5060019998505050505050505050565b67ffffffffffffffff88165f9081526010602090815260408083208a845290915290205460ff1615612209576040517fa60cf46800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8916600482015260248101889052604401610a07565b5f6122198888888888888861188e565b67ffffffffffffffff8a165f908152600f6020908152604080832084845290915290205490915060ff16156114b5576040517f8618285400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8a16600482015260248101829052604401610a07565b610e1067ffffffffffffffff821610806122b3575062278d0067ffffffffffffffff8216115b15612307576040517f1dd4158300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152610e10602482015262278d006044820152606401610a07565b600180547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff1661010067ffffffffffffffff8416908102919091179091556040519081527f029fbca445cf255ae5eafb60ff3aaa7cc25b6b97ebb15598b7dc388a840c21b79060200160405180910390a150565b6123836123b6565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833612052565b60015460ff1615611c81576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0384165f908152600a602052604081208054909167ffffffffffffffff9091169081900361245f576040517f990f41d60000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401610a07565b67ffffffffffffffff81165f908152600b60205260409020546125159085908590610aab8b8b8b6040805146602082015230918101919091526001600160a01b0380851660608301528316608082015260a081018290525f9060c001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b612565576040517f62d714920000000000000000000000000000000000000000000000000000000081526001600160a01b0380891660048301528716602482015260448101869052606401610a07565b6001600160a01b038088165f908152600960209081526040808320938a1683529290522054808611612599575050506126ae565b5f6125a482886131aa565b6001600160a01b038a81165f908152600960209081526040808320938d16835292905220889055845490915061260a9061260590839068010000000000000000900477ffffffffffffffffffffffffffffffffffffffffffffffff166130b8565b6127fd565b845477ffffffffffffffffffffffffffffffffffffffffffffffff91909116680100000000000000000267ffffffffffffffff918216178555604051908416906001600160a01b03808b1691908c16907fb1d4385ecd3141af50fa0a127f22b5476f2ffd998a3c089c395c0cf7714ab318906126929086908d90918252602082015260400190565b60405180910390a46114b56001600160a01b0389168a8361285e565b5050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611c81576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f81815b8481101561274d576127438287878481811061273757612737612f11565b905060200201356128ac565b9150600101612719565b50949350505050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff166118e3576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a07565b60015460ff16611c81576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f77ffffffffffffffffffffffffffffffffffffffffffffffff82111561285a576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260c0600482015260248101839052604401610a07565b5090565b61286b83838360016128db565b610dc9576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610a07565b5f8183106128c6575f8281526020849052604090206128d4565b5f8381526020839052604090205b9392505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661294a57838315161561293e573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b828054828255905f5260205f209081019282156129bf579160200282015b828111156129bf5781547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03843516178255602090920191600190910190612974565b5061285a929150612a1b565b828054828255905f5260205f209081019282156129bf579160200282015b828111156129bf5782358255916020019190600101906129e9565b5080545f8255905f5260205f2090810190610e0091905b5b8082111561285a575f8155600101612a1c565b5f60208284031215612a3f575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146128d4575f5ffd5b80356001600160a01b0381168114611ce5575f5ffd5b5f5f5f60608486031215612a96575f5ffd5b612a9f84612a6e565b9250612aad60208501612a6e565b929592945050506040919091013590565b5f5f60408385031215612acf575f5ffd5b612ad883612a6e565b9150612ae660208401612a6e565b90509250929050565b803567ffffffffffffffff81168114611ce5575f5ffd5b5f5f83601f840112612b16575f5ffd5b50813567ffffffffffffffff811115612b2d575f5ffd5b6020830191508360208260051b8501011115612b47575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215612b63575f5ffd5b612b6c87612aef565b9550612b7a60208801612a6e565b9450612b8860408801612a6e565b935060608701359250608087013567ffffffffffffffff811115612baa575f5ffd5b612bb689828a01612b06565b979a9699509497509295939492505050565b5f60208284031215612bd8575f5ffd5b6128d482612a6e565b5f60208284031215612bf1575f5ffd5b5035919050565b5f5f60408385031215612c09575f5ffd5b82359150612ae660208401612a6e565b5f5f60408385031215612c2a575f5ffd5b612ad883612aef565b5f5f60408385031215612c44575f5ffd5b612c4d83612aef565b946020939093013593505050565b5f5f5f5f5f5f5f5f60c0898b031215612c72575f5ffd5b612c7b89612aef565b97506020890135965060408901359550612c9760608a01612aef565b9450608089013567ffffffffffffffff811115612cb2575f5ffd5b612cbe8b828c01612b06565b90955093505060a089013567ffffffffffffffff811115612cdd575f5ffd5b612ce98b828c01612b06565b999c989b5096995094979396929594505050565b5f60208284031215612d0d575f5ffd5b6128d482612aef565b5f5f5f5f5f5f5f60a0888a031215612d2c575f5ffd5b8735965060208801359550612d4360408901612aef565b9450606088013567ffffffffffffffff811115612d5e575f5ffd5b612d6a8a828b01612b06565b909550935050608088013567ffffffffffffffff811115612d89575f5ffd5b612d958a828b01612b06565b989b979a50959850939692959293505050565b5f5f5f5f5f5f5f6080888a031215612dbe575f5ffd5b612dc788612a6e565b9650602088013567ffffffffffffffff811115612de2575f5ffd5b612dee8a828b01612b06565b909750955050604088013567ffffffffffffffff811115612e0d575f5ffd5b612e198a828b01612b06565b909550935050606088013567ffffffffffffffff811115612d89575f5ffd5b5f8151808452602084019350602083015f5b82811015612e715781516001600160a01b0316865260209586019590910190600101612e4a565b5093949350505050565b5f8151808452602084019350602083015f5b82811015612e71578151865260209586019590910190600101612e8d565b604081525f612ebd6040830185612e38565b8281036020840152612ecf8185612e7b565b95945050505050565b5f5f60408385031215612ee9575f5ffd5b612ef283612a6e565b915060208301358015158114612f06575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612f9b57612f9b612f3e565b5060010190565b67ffffffffffffffff818116838216019081111561095157610951612f3e565b8183526020830192505f815f5b84811015612e71576001600160a01b03612fe883612a6e565b1686526020958601959190910190600101612fcf565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83111561302e575f5ffd5b8260051b80836020870137939093016020019392505050565b87815267ffffffffffffffff8716602082015267ffffffffffffffff8616604082015260a060608201525f61308060a083018688612fc2565b8281036080840152613093818587612ffe565b9a9950505050505050505050565b5f602082840312156130b1575f5ffd5b5051919050565b8082018082111561095157610951612f3e565b87815286602082015267ffffffffffffffff8616604082015260a060608201525f61308060a083018688612fc2565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261312d575f5ffd5b83018035915067ffffffffffffffff821115613147575f5ffd5b6020019150600581901b3603821315612b47575f5ffd5b85815284602082015267ffffffffffffffff8416604082015260a060608201525f61318c60a0830185612e38565b828103608084015261319e8185612e7b565b98975050505050505050565b8181038181111561095157610951612f3e56",
}

// RoyaltyDistributor is an auto generated Go binding around an Ethereum contract.
type RoyaltyDistributor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RoyaltyDistributor) GetABI() abi.ABI {
	return c.abi
}

// NewRoyaltyDistributor creates a new instance of RoyaltyDistributor.
func NewRoyaltyDistributor() *RoyaltyDistributor {
	parsed, err := RoyaltyDistributorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RoyaltyDistributor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RoyaltyDistributor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, uint64 disputeWindow_) returns()
func (royaltyDistributor *RoyaltyDistributor) PackConstructor(admin common.Address, disputeWindow_ uint64) []byte {
	enc, err := royaltyDistributor.abi.Pack("", admin, disputeWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackDEFAULTADMINROLE() []byte {
	enc, err := royaltyDistributor.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return royaltyDistributor.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackGUARDIANROLE() []byte {
	enc, err := royaltyDistributor.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackGUARDIANROLE() ([]byte, error) {
	return royaltyDistributor.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80cbc6fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DISPUTE_WINDOW() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) PackMAXDISPUTEWINDOW() []byte {
	enc, err := royaltyDistributor.abi.Pack("MAX_DISPUTE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80cbc6fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DISPUTE_WINDOW() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) TryPackMAXDISPUTEWINDOW() ([]byte, error) {
	return royaltyDistributor.abi.Pack("MAX_DISPUTE_WINDOW")
}

// UnpackMAXDISPUTEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80cbc6fa.
//
// Solidity: function MAX_DISPUTE_WINDOW() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) UnpackMAXDISPUTEWINDOW(data []byte) (uint64, error) {
	out, err := royaltyDistributor.abi.Unpack("MAX_DISPUTE_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbeab516.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) PackMINDISPUTEWINDOW() []byte {
	enc, err := royaltyDistributor.abi.Pack("MIN_DISPUTE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbeab516.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) TryPackMINDISPUTEWINDOW() ([]byte, error) {
	return royaltyDistributor.abi.Pack("MIN_DISPUTE_WINDOW")
}

// UnpackMINDISPUTEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbeab516.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) UnpackMINDISPUTEWINDOW(data []byte) (uint64, error) {
	out, err := royaltyDistributor.abi.Unpack("MIN_DISPUTE_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackPROPOSERROLE() []byte {
	enc, err := royaltyDistributor.abi.Pack("PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackPROPOSERROLE() ([]byte, error) {
	return royaltyDistributor.abi.Pack("PROPOSER_ROLE")
}

// UnpackPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackActivateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a3f75b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activateRoot(uint64 epoch) returns()
func (royaltyDistributor *RoyaltyDistributor) PackActivateRoot(epoch uint64) []byte {
	enc, err := royaltyDistributor.abi.Pack("activateRoot", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a3f75b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activateRoot(uint64 epoch) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackActivateRoot(epoch uint64) ([]byte, error) {
	return royaltyDistributor.abi.Pack("activateRoot", epoch)
}

// PackActiveRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabb2efdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeRoot() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackActiveRoot() []byte {
	enc, err := royaltyDistributor.abi.Pack("activeRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabb2efdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeRoot() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackActiveRoot() ([]byte, error) {
	return royaltyDistributor.abi.Pack("activeRoot")
}

// UnpackActiveRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabb2efdf.
//
// Solidity: function activeRoot() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackActiveRoot(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("activeRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAssetAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x716d3dcb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assetAllowed(address asset) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) PackAssetAllowed(asset common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("assetAllowed", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssetAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x716d3dcb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assetAllowed(address asset) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) TryPackAssetAllowed(asset common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("assetAllowed", asset)
}

// UnpackAssetAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x716d3dcb.
//
// Solidity: function assetAllowed(address asset) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) UnpackAssetAllowed(data []byte) (bool, error) {
	out, err := royaltyDistributor.abi.Unpack("assetAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackChallengeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x138f41aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeRoot(uint64 epoch, address account, address asset, uint256 cumulative, bytes32[] proof) returns()
func (royaltyDistributor *RoyaltyDistributor) PackChallengeRoot(epoch uint64, account common.Address, asset common.Address, cumulative *big.Int, proof [][32]byte) []byte {
	enc, err := royaltyDistributor.abi.Pack("challengeRoot", epoch, account, asset, cumulative, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x138f41aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeRoot(uint64 epoch, address account, address asset, uint256 cumulative, bytes32[] proof) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackChallengeRoot(epoch uint64, account common.Address, asset common.Address, cumulative *big.Int, proof [][32]byte) ([]byte, error) {
	return royaltyDistributor.abi.Pack("challengeRoot", epoch, account, asset, cumulative, proof)
}

// PackChallenged is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x672aeea9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenged(uint64 epoch, bytes32 root) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) PackChallenged(epoch uint64, root [32]byte) []byte {
	enc, err := royaltyDistributor.abi.Pack("challenged", epoch, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenged is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x672aeea9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenged(uint64 epoch, bytes32 root) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) TryPackChallenged(epoch uint64, root [32]byte) ([]byte, error) {
	return royaltyDistributor.abi.Pack("challenged", epoch, root)
}

// UnpackChallenged is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x672aeea9.
//
// Solidity: function challenged(uint64 epoch, bytes32 root) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) UnpackChallenged(data []byte) (bool, error) {
	out, err := royaltyDistributor.abi.Unpack("challenged", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0165082.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address account, address[] assets, uint256[] cumulatives, bytes32[][] proofs) returns()
func (royaltyDistributor *RoyaltyDistributor) PackClaim(account common.Address, assets []common.Address, cumulatives []*big.Int, proofs [][][32]byte) []byte {
	enc, err := royaltyDistributor.abi.Pack("claim", account, assets, cumulatives, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0165082.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address account, address[] assets, uint256[] cumulatives, bytes32[][] proofs) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackClaim(account common.Address, assets []common.Address, cumulatives []*big.Int, proofs [][][32]byte) ([]byte, error) {
	return royaltyDistributor.abi.Pack("claim", account, assets, cumulatives, proofs)
}

// PackClaimEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2330a768.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimEpochOf(address asset) view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) PackClaimEpochOf(asset common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("claimEpochOf", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2330a768.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimEpochOf(address asset) view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) TryPackClaimEpochOf(asset common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("claimEpochOf", asset)
}

// UnpackClaimEpochOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2330a768.
//
// Solidity: function claimEpochOf(address asset) view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) UnpackClaimEpochOf(data []byte) (uint64, error) {
	out, err := royaltyDistributor.abi.Unpack("claimEpochOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c9cbf0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(address account, address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) PackClaimed(account common.Address, asset common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("claimed", account, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c9cbf0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(address account, address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) TryPackClaimed(account common.Address, asset common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("claimed", account, asset)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c9cbf0e.
//
// Solidity: function claimed(address account, address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) UnpackClaimed(data []byte) (*big.Int, error) {
	out, err := royaltyDistributor.abi.Unpack("claimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) PackCurrentEpoch() []byte {
	enc, err := royaltyDistributor.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) TryPackCurrentEpoch() ([]byte, error) {
	return royaltyDistributor.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) UnpackCurrentEpoch(data []byte) (uint64, error) {
	out, err := royaltyDistributor.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeWindow() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) PackDisputeWindow() []byte {
	enc, err := royaltyDistributor.abi.Pack("disputeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeWindow() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) TryPackDisputeWindow() ([]byte, error) {
	return royaltyDistributor.abi.Pack("disputeWindow")
}

// UnpackDisputeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) UnpackDisputeWindow(data []byte) (uint64, error) {
	out, err := royaltyDistributor.abi.Unpack("disputeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEndOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d896c50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endOf(uint64 epoch) view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) PackEndOf(epoch uint64) []byte {
	enc, err := royaltyDistributor.abi.Pack("endOf", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d896c50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endOf(uint64 epoch) view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) TryPackEndOf(epoch uint64) ([]byte, error) {
	return royaltyDistributor.abi.Pack("endOf", epoch)
}

// UnpackEndOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d896c50.
//
// Solidity: function endOf(uint64 epoch) view returns(uint64)
func (royaltyDistributor *RoyaltyDistributor) UnpackEndOf(data []byte) (uint64, error) {
	out, err := royaltyDistributor.abi.Unpack("endOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := royaltyDistributor.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return royaltyDistributor.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (royaltyDistributor *RoyaltyDistributor) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) UnpackHasRole(data []byte) (bool, error) {
	out, err := royaltyDistributor.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac130f0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inRoot(uint64 epoch, address asset) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) PackInRoot(epoch uint64, asset common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("inRoot", epoch, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac130f0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inRoot(uint64 epoch, address asset) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) TryPackInRoot(epoch uint64, asset common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("inRoot", epoch, asset)
}

// UnpackInRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac130f0e.
//
// Solidity: function inRoot(uint64 epoch, address asset) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) UnpackInRoot(data []byte) (bool, error) {
	out, err := royaltyDistributor.abi.Unpack("inRoot", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRevoked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44f2f595.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRevoked(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) PackIsRevoked(epoch uint64, root [32]byte, receiptRoot [32]byte, end uint64, assets []common.Address, totals []*big.Int) []byte {
	enc, err := royaltyDistributor.abi.Pack("isRevoked", epoch, root, receiptRoot, end, assets, totals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRevoked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44f2f595.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRevoked(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) TryPackIsRevoked(epoch uint64, root [32]byte, receiptRoot [32]byte, end uint64, assets []common.Address, totals []*big.Int) ([]byte, error) {
	return royaltyDistributor.abi.Pack("isRevoked", epoch, root, receiptRoot, end, assets, totals)
}

// UnpackIsRevoked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44f2f595.
//
// Solidity: function isRevoked(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) UnpackIsRevoked(data []byte) (bool, error) {
	out, err := royaltyDistributor.abi.Unpack("isRevoked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0994f774.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaf(address account, address asset, uint256 cumulative) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackLeaf(account common.Address, asset common.Address, cumulative *big.Int) []byte {
	enc, err := royaltyDistributor.abi.Pack("leaf", account, asset, cumulative)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0994f774.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaf(address account, address asset, uint256 cumulative) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackLeaf(account common.Address, asset common.Address, cumulative *big.Int) ([]byte, error) {
	return royaltyDistributor.abi.Pack("leaf", account, asset, cumulative)
}

// UnpackLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0994f774.
//
// Solidity: function leaf(address account, address asset, uint256 cumulative) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackLeaf(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("leaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (royaltyDistributor *RoyaltyDistributor) PackPause() []byte {
	enc, err := royaltyDistributor.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackPause() ([]byte, error) {
	return royaltyDistributor.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) PackPaused() []byte {
	enc, err := royaltyDistributor.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) TryPackPaused() ([]byte, error) {
	return royaltyDistributor.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) UnpackPaused(data []byte) (bool, error) {
	out, err := royaltyDistributor.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPayoutPreferenceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae3153c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutPreferenceOf(address holder) view returns(uint64 chainId, address asset)
func (royaltyDistributor *RoyaltyDistributor) PackPayoutPreferenceOf(holder common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("payoutPreferenceOf", holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutPreferenceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae3153c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutPreferenceOf(address holder) view returns(uint64 chainId, address asset)
func (royaltyDistributor *RoyaltyDistributor) TryPackPayoutPreferenceOf(holder common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("payoutPreferenceOf", holder)
}

// PayoutPreferenceOfOutput serves as a container for the return parameters of contract
// method PayoutPreferenceOf.
type PayoutPreferenceOfOutput struct {
	ChainId uint64
	Asset   common.Address
}

// UnpackPayoutPreferenceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae3153c9.
//
// Solidity: function payoutPreferenceOf(address holder) view returns(uint64 chainId, address asset)
func (royaltyDistributor *RoyaltyDistributor) UnpackPayoutPreferenceOf(data []byte) (PayoutPreferenceOfOutput, error) {
	out, err := royaltyDistributor.abi.Unpack("payoutPreferenceOf", data)
	outstruct := new(PayoutPreferenceOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ChainId = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Asset = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20ccec3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pending() view returns(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, uint64 activatesAt)
func (royaltyDistributor *RoyaltyDistributor) PackPending() []byte {
	enc, err := royaltyDistributor.abi.Pack("pending")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20ccec3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pending() view returns(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, uint64 activatesAt)
func (royaltyDistributor *RoyaltyDistributor) TryPackPending() ([]byte, error) {
	return royaltyDistributor.abi.Pack("pending")
}

// PendingOutput serves as a container for the return parameters of contract
// method Pending.
type PendingOutput struct {
	Epoch       uint64
	Root        [32]byte
	ReceiptRoot [32]byte
	End         uint64
	ActivatesAt uint64
}

// UnpackPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe20ccec3.
//
// Solidity: function pending() view returns(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, uint64 activatesAt)
func (royaltyDistributor *RoyaltyDistributor) UnpackPending(data []byte) (PendingOutput, error) {
	out, err := royaltyDistributor.abi.Unpack("pending", data)
	outstruct := new(PendingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Epoch = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Root = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.ReceiptRoot = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.End = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.ActivatesAt = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackPendingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c675223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDigest() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackPendingDigest() []byte {
	enc, err := royaltyDistributor.abi.Pack("pendingDigest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c675223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDigest() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackPendingDigest() ([]byte, error) {
	return royaltyDistributor.abi.Pack("pendingDigest")
}

// UnpackPendingDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c675223.
//
// Solidity: function pendingDigest() view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackPendingDigest(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("pendingDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPendingTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccb197eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingTotals() view returns(address[] assets, uint256[] totals)
func (royaltyDistributor *RoyaltyDistributor) PackPendingTotals() []byte {
	enc, err := royaltyDistributor.abi.Pack("pendingTotals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccb197eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingTotals() view returns(address[] assets, uint256[] totals)
func (royaltyDistributor *RoyaltyDistributor) TryPackPendingTotals() ([]byte, error) {
	return royaltyDistributor.abi.Pack("pendingTotals")
}

// PendingTotalsOutput serves as a container for the return parameters of contract
// method PendingTotals.
type PendingTotalsOutput struct {
	Assets []common.Address
	Totals []*big.Int
}

// UnpackPendingTotals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccb197eb.
//
// Solidity: function pendingTotals() view returns(address[] assets, uint256[] totals)
func (royaltyDistributor *RoyaltyDistributor) UnpackPendingTotals(data []byte) (PendingTotalsOutput, error) {
	out, err := royaltyDistributor.abi.Unpack("pendingTotals", data)
	outstruct := new(PendingTotalsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Assets = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Totals = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackProposalDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634b7ada.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDigest(bytes32 root, bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals) pure returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackProposalDigest(root [32]byte, receiptRoot [32]byte, end uint64, assets []common.Address, totals []*big.Int) []byte {
	enc, err := royaltyDistributor.abi.Pack("proposalDigest", root, receiptRoot, end, assets, totals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634b7ada.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDigest(bytes32 root, bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals) pure returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackProposalDigest(root [32]byte, receiptRoot [32]byte, end uint64, assets []common.Address, totals []*big.Int) ([]byte, error) {
	return royaltyDistributor.abi.Pack("proposalDigest", root, receiptRoot, end, assets, totals)
}

// UnpackProposalDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x634b7ada.
//
// Solidity: function proposalDigest(bytes32 root, bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals) pure returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackProposalDigest(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("proposalDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProposeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cfb1129.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeRoot(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals) returns()
func (royaltyDistributor *RoyaltyDistributor) PackProposeRoot(epoch uint64, root [32]byte, receiptRoot [32]byte, end uint64, assets []common.Address, totals []*big.Int) []byte {
	enc, err := royaltyDistributor.abi.Pack("proposeRoot", epoch, root, receiptRoot, end, assets, totals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cfb1129.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeRoot(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackProposeRoot(epoch uint64, root [32]byte, receiptRoot [32]byte, end uint64, assets []common.Address, totals []*big.Int) ([]byte, error) {
	return royaltyDistributor.abi.Pack("proposeRoot", epoch, root, receiptRoot, end, assets, totals)
}

// PackReceiptRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x575d36d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptRootOf(uint64 epoch) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackReceiptRootOf(epoch uint64) []byte {
	enc, err := royaltyDistributor.abi.Pack("receiptRootOf", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x575d36d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptRootOf(uint64 epoch) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackReceiptRootOf(epoch uint64) ([]byte, error) {
	return royaltyDistributor.abi.Pack("receiptRootOf", epoch)
}

// UnpackReceiptRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x575d36d3.
//
// Solidity: function receiptRootOf(uint64 epoch) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackReceiptRootOf(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("receiptRootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (royaltyDistributor *RoyaltyDistributor) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (royaltyDistributor *RoyaltyDistributor) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("revokeRole", role, account)
}

// PackRevokeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe887b571.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRoot(uint64 epoch, bytes32 proposal) returns()
func (royaltyDistributor *RoyaltyDistributor) PackRevokeRoot(epoch uint64, proposal [32]byte) []byte {
	enc, err := royaltyDistributor.abi.Pack("revokeRoot", epoch, proposal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe887b571.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRoot(uint64 epoch, bytes32 proposal) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackRevokeRoot(epoch uint64, proposal [32]byte) ([]byte, error) {
	return royaltyDistributor.abi.Pack("revokeRoot", epoch, proposal)
}

// PackRevokedProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3342dc27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokedProposal(uint64 epoch, bytes32 proposal) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) PackRevokedProposal(epoch uint64, proposal [32]byte) []byte {
	enc, err := royaltyDistributor.abi.Pack("revokedProposal", epoch, proposal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokedProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3342dc27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokedProposal(uint64 epoch, bytes32 proposal) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) TryPackRevokedProposal(epoch uint64, proposal [32]byte) ([]byte, error) {
	return royaltyDistributor.abi.Pack("revokedProposal", epoch, proposal)
}

// UnpackRevokedProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3342dc27.
//
// Solidity: function revokedProposal(uint64 epoch, bytes32 proposal) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) UnpackRevokedProposal(data []byte) (bool, error) {
	out, err := royaltyDistributor.abi.Unpack("revokedProposal", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d7384d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootOf(uint64 epoch) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) PackRootOf(epoch uint64) []byte {
	enc, err := royaltyDistributor.abi.Pack("rootOf", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d7384d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootOf(uint64 epoch) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) TryPackRootOf(epoch uint64) ([]byte, error) {
	return royaltyDistributor.abi.Pack("rootOf", epoch)
}

// UnpackRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d7384d9.
//
// Solidity: function rootOf(uint64 epoch) view returns(bytes32)
func (royaltyDistributor *RoyaltyDistributor) UnpackRootOf(data []byte) ([32]byte, error) {
	out, err := royaltyDistributor.abi.Unpack("rootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetAssetAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe53c0456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetAllowed(address asset, bool allowed) returns()
func (royaltyDistributor *RoyaltyDistributor) PackSetAssetAllowed(asset common.Address, allowed bool) []byte {
	enc, err := royaltyDistributor.abi.Pack("setAssetAllowed", asset, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAssetAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe53c0456.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAssetAllowed(address asset, bool allowed) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackSetAssetAllowed(asset common.Address, allowed bool) ([]byte, error) {
	return royaltyDistributor.abi.Pack("setAssetAllowed", asset, allowed)
}

// PackSetDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a433510.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeWindow(uint64 seconds_) returns()
func (royaltyDistributor *RoyaltyDistributor) PackSetDisputeWindow(seconds uint64) []byte {
	enc, err := royaltyDistributor.abi.Pack("setDisputeWindow", seconds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a433510.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeWindow(uint64 seconds_) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackSetDisputeWindow(seconds uint64) ([]byte, error) {
	return royaltyDistributor.abi.Pack("setDisputeWindow", seconds)
}

// PackSetPayoutPreference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31287e78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPayoutPreference(uint64 chainId, address asset) returns()
func (royaltyDistributor *RoyaltyDistributor) PackSetPayoutPreference(chainId uint64, asset common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("setPayoutPreference", chainId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPayoutPreference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31287e78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPayoutPreference(uint64 chainId, address asset) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackSetPayoutPreference(chainId uint64, asset common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("setPayoutPreference", chainId, asset)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := royaltyDistributor.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return royaltyDistributor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (royaltyDistributor *RoyaltyDistributor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := royaltyDistributor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef5d9ae8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalClaimed(address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) PackTotalClaimed(asset common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("totalClaimed", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef5d9ae8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalClaimed(address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) TryPackTotalClaimed(asset common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("totalClaimed", asset)
}

// UnpackTotalClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef5d9ae8.
//
// Solidity: function totalClaimed(address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) UnpackTotalClaimed(data []byte) (*big.Int, error) {
	out, err := royaltyDistributor.abi.Unpack("totalClaimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6bb167.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOf(uint64 epoch, address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) PackTotalOf(epoch uint64, asset common.Address) []byte {
	enc, err := royaltyDistributor.abi.Pack("totalOf", epoch, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6bb167.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalOf(uint64 epoch, address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) TryPackTotalOf(epoch uint64, asset common.Address) ([]byte, error) {
	return royaltyDistributor.abi.Pack("totalOf", epoch, asset)
}

// UnpackTotalOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e6bb167.
//
// Solidity: function totalOf(uint64 epoch, address asset) view returns(uint256)
func (royaltyDistributor *RoyaltyDistributor) UnpackTotalOf(data []byte) (*big.Int, error) {
	out, err := royaltyDistributor.abi.Unpack("totalOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (royaltyDistributor *RoyaltyDistributor) PackUnpause() []byte {
	enc, err := royaltyDistributor.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackUnpause() ([]byte, error) {
	return royaltyDistributor.abi.Pack("unpause")
}

// RoyaltyDistributorAssetAllowed represents a AssetAllowed event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorAssetAllowed struct {
	Asset   common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorAssetAllowedEventName = "AssetAllowed"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorAssetAllowed) ContractEventName() string {
	return RoyaltyDistributorAssetAllowedEventName
}

// UnpackAssetAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetAllowed(address indexed asset, bool allowed)
func (royaltyDistributor *RoyaltyDistributor) UnpackAssetAllowedEvent(log *types.Log) (*RoyaltyDistributorAssetAllowed, error) {
	event := "AssetAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorAssetAllowed)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorClaimed represents a Claimed event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorClaimed struct {
	Account    common.Address
	Asset      common.Address
	Epoch      uint64
	Amount     *big.Int
	Cumulative *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorClaimed) ContractEventName() string {
	return RoyaltyDistributorClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, address indexed asset, uint64 indexed epoch, uint256 amount, uint256 cumulative)
func (royaltyDistributor *RoyaltyDistributor) UnpackClaimedEvent(log *types.Log) (*RoyaltyDistributorClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorClaimed)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorDisputeWindowSet represents a DisputeWindowSet event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorDisputeWindowSet struct {
	Seconds uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorDisputeWindowSetEventName = "DisputeWindowSet"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorDisputeWindowSet) ContractEventName() string {
	return RoyaltyDistributorDisputeWindowSetEventName
}

// UnpackDisputeWindowSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeWindowSet(uint64 seconds_)
func (royaltyDistributor *RoyaltyDistributor) UnpackDisputeWindowSetEvent(log *types.Log) (*RoyaltyDistributorDisputeWindowSet, error) {
	event := "DisputeWindowSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorDisputeWindowSet)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorPaused represents a Paused event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorPaused) ContractEventName() string {
	return RoyaltyDistributorPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (royaltyDistributor *RoyaltyDistributor) UnpackPausedEvent(log *types.Log) (*RoyaltyDistributorPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorPaused)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorPayoutPreferenceSet represents a PayoutPreferenceSet event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorPayoutPreferenceSet struct {
	Holder  common.Address
	ChainId uint64
	Asset   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorPayoutPreferenceSetEventName = "PayoutPreferenceSet"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorPayoutPreferenceSet) ContractEventName() string {
	return RoyaltyDistributorPayoutPreferenceSetEventName
}

// UnpackPayoutPreferenceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutPreferenceSet(address indexed holder, uint64 chainId, address asset)
func (royaltyDistributor *RoyaltyDistributor) UnpackPayoutPreferenceSetEvent(log *types.Log) (*RoyaltyDistributorPayoutPreferenceSet, error) {
	event := "PayoutPreferenceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorPayoutPreferenceSet)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorRoleAdminChanged represents a RoleAdminChanged event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorRoleAdminChanged) ContractEventName() string {
	return RoyaltyDistributorRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (royaltyDistributor *RoyaltyDistributor) UnpackRoleAdminChangedEvent(log *types.Log) (*RoyaltyDistributorRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorRoleGranted represents a RoleGranted event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorRoleGranted) ContractEventName() string {
	return RoyaltyDistributorRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (royaltyDistributor *RoyaltyDistributor) UnpackRoleGrantedEvent(log *types.Log) (*RoyaltyDistributorRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorRoleGranted)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorRoleRevoked represents a RoleRevoked event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorRoleRevoked) ContractEventName() string {
	return RoyaltyDistributorRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (royaltyDistributor *RoyaltyDistributor) UnpackRoleRevokedEvent(log *types.Log) (*RoyaltyDistributorRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorRoleRevoked)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorRootActivated represents a RootActivated event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRootActivated struct {
	Epoch uint64
	Root  [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorRootActivatedEventName = "RootActivated"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorRootActivated) ContractEventName() string {
	return RoyaltyDistributorRootActivatedEventName
}

// UnpackRootActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootActivated(uint64 indexed epoch, bytes32 indexed root)
func (royaltyDistributor *RoyaltyDistributor) UnpackRootActivatedEvent(log *types.Log) (*RoyaltyDistributorRootActivated, error) {
	event := "RootActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorRootActivated)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorRootChallenged represents a RootChallenged event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRootChallenged struct {
	Epoch      uint64
	Root       [32]byte
	Account    common.Address
	Asset      common.Address
	Cumulative *big.Int
	Claimed    *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorRootChallengedEventName = "RootChallenged"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorRootChallenged) ContractEventName() string {
	return RoyaltyDistributorRootChallengedEventName
}

// UnpackRootChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootChallenged(uint64 indexed epoch, bytes32 indexed root, address indexed account, address asset, uint256 cumulative, uint256 claimed)
func (royaltyDistributor *RoyaltyDistributor) UnpackRootChallengedEvent(log *types.Log) (*RoyaltyDistributorRootChallenged, error) {
	event := "RootChallenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorRootChallenged)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorRootProposed represents a RootProposed event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRootProposed struct {
	Epoch       uint64
	Root        [32]byte
	ReceiptRoot [32]byte
	End         uint64
	ActivatesAt uint64
	Assets      []common.Address
	Totals      []*big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorRootProposedEventName = "RootProposed"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorRootProposed) ContractEventName() string {
	return RoyaltyDistributorRootProposedEventName
}

// UnpackRootProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootProposed(uint64 indexed epoch, bytes32 indexed root, bytes32 receiptRoot, uint64 end, uint64 activatesAt, address[] assets, uint256[] totals)
func (royaltyDistributor *RoyaltyDistributor) UnpackRootProposedEvent(log *types.Log) (*RoyaltyDistributorRootProposed, error) {
	event := "RootProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorRootProposed)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorRootRevoked represents a RootRevoked event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRootRevoked struct {
	Epoch uint64
	Root  [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorRootRevokedEventName = "RootRevoked"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorRootRevoked) ContractEventName() string {
	return RoyaltyDistributorRootRevokedEventName
}

// UnpackRootRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootRevoked(uint64 indexed epoch, bytes32 indexed root)
func (royaltyDistributor *RoyaltyDistributor) UnpackRootRevokedEvent(log *types.Log) (*RoyaltyDistributorRootRevoked, error) {
	event := "RootRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorRootRevoked)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RoyaltyDistributorUnpaused represents a Unpaused event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RoyaltyDistributorUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (RoyaltyDistributorUnpaused) ContractEventName() string {
	return RoyaltyDistributorUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (royaltyDistributor *RoyaltyDistributor) UnpackUnpausedEvent(log *types.Log) (*RoyaltyDistributorUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != royaltyDistributor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RoyaltyDistributorUnpaused)
	if len(log.Data) > 0 {
		if err := royaltyDistributor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range royaltyDistributor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (royaltyDistributor *RoyaltyDistributor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["AssetNotAllowed"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackAssetNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["AssetNotInRoot"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackAssetNotInRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["BadEnd"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackBadEndError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["ChallengedRoot"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackChallengedRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["DuplicateAsset"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackDuplicateAssetError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["EmptyProposal"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackEmptyProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["Insolvent"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackInsolventError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["InvalidPayoutPreference"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackInvalidPayoutPreferenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["LeafNotLowered"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackLeafNotLoweredError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["NoPendingRoot"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackNoPendingRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["ProposalMismatch"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackProposalMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["RevokedProposal"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackRevokedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["RootPending"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackRootPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["TotalBelowPrevious"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackTotalBelowPreviousError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["WindowOutOfRange"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackWindowOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["WrongEpoch"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackWrongEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackZeroRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["ZeroTotal"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackZeroTotalError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RoyaltyDistributorAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func RoyaltyDistributorAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (royaltyDistributor *RoyaltyDistributor) UnpackAccessControlBadConfirmationError(raw []byte) (*RoyaltyDistributorAccessControlBadConfirmation, error) {
	out := new(RoyaltyDistributorAccessControlBadConfirmation)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func RoyaltyDistributorAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (royaltyDistributor *RoyaltyDistributor) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*RoyaltyDistributorAccessControlUnauthorizedAccount, error) {
	out := new(RoyaltyDistributorAccessControlUnauthorizedAccount)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorAssetNotAllowed represents a AssetNotAllowed error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorAssetNotAllowed struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotAllowed(address asset)
func RoyaltyDistributorAssetNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x188053b09c162fe55c605eabaaf07a2ca6a7fe498368596c6ccd1d0c87625e59")
}

// UnpackAssetNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotAllowed(address asset)
func (royaltyDistributor *RoyaltyDistributor) UnpackAssetNotAllowedError(raw []byte) (*RoyaltyDistributorAssetNotAllowed, error) {
	out := new(RoyaltyDistributorAssetNotAllowed)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "AssetNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorAssetNotInRoot represents a AssetNotInRoot error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorAssetNotInRoot struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotInRoot(address asset)
func RoyaltyDistributorAssetNotInRootErrorID() common.Hash {
	return common.HexToHash("0x990f41d6cab27bf52de3dcc1fae15b3814e0e771bc00993808217ba622f94e6b")
}

// UnpackAssetNotInRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotInRoot(address asset)
func (royaltyDistributor *RoyaltyDistributor) UnpackAssetNotInRootError(raw []byte) (*RoyaltyDistributorAssetNotInRoot, error) {
	out := new(RoyaltyDistributorAssetNotInRoot)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "AssetNotInRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorBadEnd represents a BadEnd error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorBadEnd struct {
	End         uint64
	PreviousEnd uint64
	Now         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEnd(uint64 end, uint64 previousEnd, uint64 now_)
func RoyaltyDistributorBadEndErrorID() common.Hash {
	return common.HexToHash("0xd613be5afa2401efefe55a15385ba63c4e6d1b08daebb8a05cdc94d4a35182e4")
}

// UnpackBadEndError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEnd(uint64 end, uint64 previousEnd, uint64 now_)
func (royaltyDistributor *RoyaltyDistributor) UnpackBadEndError(raw []byte) (*RoyaltyDistributorBadEnd, error) {
	out := new(RoyaltyDistributorBadEnd)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "BadEnd", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorChallengedRoot represents a ChallengedRoot error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorChallengedRoot struct {
	Epoch uint64
	Root  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengedRoot(uint64 epoch, bytes32 root)
func RoyaltyDistributorChallengedRootErrorID() common.Hash {
	return common.HexToHash("0xa60cf46898d1ef6bd18658f4e13c0ad10a89ce52472af293cb7d899ad53a07bb")
}

// UnpackChallengedRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengedRoot(uint64 epoch, bytes32 root)
func (royaltyDistributor *RoyaltyDistributor) UnpackChallengedRootError(raw []byte) (*RoyaltyDistributorChallengedRoot, error) {
	out := new(RoyaltyDistributorChallengedRoot)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "ChallengedRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorDuplicateAsset represents a DuplicateAsset error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorDuplicateAsset struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateAsset(address asset)
func RoyaltyDistributorDuplicateAssetErrorID() common.Hash {
	return common.HexToHash("0x437a40b14293cdbd57aa42d7ed3a08e5123c46d6cf317813eefbedc0e2d70087")
}

// UnpackDuplicateAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateAsset(address asset)
func (royaltyDistributor *RoyaltyDistributor) UnpackDuplicateAssetError(raw []byte) (*RoyaltyDistributorDuplicateAsset, error) {
	out := new(RoyaltyDistributorDuplicateAsset)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "DuplicateAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorEmptyProposal represents a EmptyProposal error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorEmptyProposal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyProposal()
func RoyaltyDistributorEmptyProposalErrorID() common.Hash {
	return common.HexToHash("0x294565bfd192f7757e1c580348365c0a2e419a5f7f104193cfed1a2a7edfa006")
}

// UnpackEmptyProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyProposal()
func (royaltyDistributor *RoyaltyDistributor) UnpackEmptyProposalError(raw []byte) (*RoyaltyDistributorEmptyProposal, error) {
	out := new(RoyaltyDistributorEmptyProposal)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "EmptyProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorEnforcedPause represents a EnforcedPause error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func RoyaltyDistributorEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (royaltyDistributor *RoyaltyDistributor) UnpackEnforcedPauseError(raw []byte) (*RoyaltyDistributorEnforcedPause, error) {
	out := new(RoyaltyDistributorEnforcedPause)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorExpectedPause represents a ExpectedPause error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func RoyaltyDistributorExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (royaltyDistributor *RoyaltyDistributor) UnpackExpectedPauseError(raw []byte) (*RoyaltyDistributorExpectedPause, error) {
	out := new(RoyaltyDistributorExpectedPause)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorInsolvent represents a Insolvent error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorInsolvent struct {
	Asset     common.Address
	Available *big.Int
	Total     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Insolvent(address asset, uint256 available, uint256 total)
func RoyaltyDistributorInsolventErrorID() common.Hash {
	return common.HexToHash("0xa2625af1232f0f2e4aa82ae9d24d0efc46346d5f9383598db635d9f8f7bf15ea")
}

// UnpackInsolventError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Insolvent(address asset, uint256 available, uint256 total)
func (royaltyDistributor *RoyaltyDistributor) UnpackInsolventError(raw []byte) (*RoyaltyDistributorInsolvent, error) {
	out := new(RoyaltyDistributorInsolvent)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "Insolvent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorInvalidPayoutPreference represents a InvalidPayoutPreference error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorInvalidPayoutPreference struct {
	ChainId uint64
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPayoutPreference(uint64 chainId, address asset)
func RoyaltyDistributorInvalidPayoutPreferenceErrorID() common.Hash {
	return common.HexToHash("0x0125f75fd9e576dbd8a5194be3203be7c3c98e24425bc7a00d80a40c4df7f3e1")
}

// UnpackInvalidPayoutPreferenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPayoutPreference(uint64 chainId, address asset)
func (royaltyDistributor *RoyaltyDistributor) UnpackInvalidPayoutPreferenceError(raw []byte) (*RoyaltyDistributorInvalidPayoutPreference, error) {
	out := new(RoyaltyDistributorInvalidPayoutPreference)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "InvalidPayoutPreference", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorInvalidProof represents a InvalidProof error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorInvalidProof struct {
	Account    common.Address
	Asset      common.Address
	Cumulative *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(address account, address asset, uint256 cumulative)
func RoyaltyDistributorInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x62d714922b34069dc5ce624464c69498e04d3e2e060c511d7393f9287cc87ed3")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(address account, address asset, uint256 cumulative)
func (royaltyDistributor *RoyaltyDistributor) UnpackInvalidProofError(raw []byte) (*RoyaltyDistributorInvalidProof, error) {
	out := new(RoyaltyDistributorInvalidProof)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorLeafNotLowered represents a LeafNotLowered error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorLeafNotLowered struct {
	Account    common.Address
	Asset      common.Address
	Cumulative *big.Int
	Claimed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafNotLowered(address account, address asset, uint256 cumulative, uint256 claimed)
func RoyaltyDistributorLeafNotLoweredErrorID() common.Hash {
	return common.HexToHash("0x8dbe1b8ba2540112844959ad1f887912abb7175add007ee9a891262fe6a76ee0")
}

// UnpackLeafNotLoweredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafNotLowered(address account, address asset, uint256 cumulative, uint256 claimed)
func (royaltyDistributor *RoyaltyDistributor) UnpackLeafNotLoweredError(raw []byte) (*RoyaltyDistributorLeafNotLowered, error) {
	out := new(RoyaltyDistributorLeafNotLowered)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "LeafNotLowered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorLengthMismatch represents a LengthMismatch error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func RoyaltyDistributorLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (royaltyDistributor *RoyaltyDistributor) UnpackLengthMismatchError(raw []byte) (*RoyaltyDistributorLengthMismatch, error) {
	out := new(RoyaltyDistributorLengthMismatch)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorNoPendingRoot represents a NoPendingRoot error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorNoPendingRoot struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingRoot(uint64 epoch)
func RoyaltyDistributorNoPendingRootErrorID() common.Hash {
	return common.HexToHash("0x8ad9f6ee512dfea3d3e284563fff4418175699663179978e2923f331f03acebe")
}

// UnpackNoPendingRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingRoot(uint64 epoch)
func (royaltyDistributor *RoyaltyDistributor) UnpackNoPendingRootError(raw []byte) (*RoyaltyDistributorNoPendingRoot, error) {
	out := new(RoyaltyDistributorNoPendingRoot)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "NoPendingRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorNotPending represents a NotPending error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorNotPending struct {
	Epoch    uint64
	Proposal [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint64 epoch, bytes32 proposal)
func RoyaltyDistributorNotPendingErrorID() common.Hash {
	return common.HexToHash("0xbc8884c03a8e85f918251e6c37799f0447d56170c2e3c9e0b4480ba97af6f209")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint64 epoch, bytes32 proposal)
func (royaltyDistributor *RoyaltyDistributor) UnpackNotPendingError(raw []byte) (*RoyaltyDistributorNotPending, error) {
	out := new(RoyaltyDistributorNotPending)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorProposalMismatch represents a ProposalMismatch error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorProposalMismatch struct {
	Epoch uint64
	Root  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalMismatch(uint64 epoch, bytes32 root)
func RoyaltyDistributorProposalMismatchErrorID() common.Hash {
	return common.HexToHash("0x22546d3917156ce45c01e488b5136a9170bb794ae4cb847307f975acc7756aa2")
}

// UnpackProposalMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalMismatch(uint64 epoch, bytes32 root)
func (royaltyDistributor *RoyaltyDistributor) UnpackProposalMismatchError(raw []byte) (*RoyaltyDistributorProposalMismatch, error) {
	out := new(RoyaltyDistributorProposalMismatch)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "ProposalMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RoyaltyDistributorReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (royaltyDistributor *RoyaltyDistributor) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RoyaltyDistributorReentrancyGuardReentrantCall, error) {
	out := new(RoyaltyDistributorReentrancyGuardReentrantCall)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorRevokedProposal represents a RevokedProposal error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRevokedProposal struct {
	Epoch    uint64
	Proposal [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevokedProposal(uint64 epoch, bytes32 proposal)
func RoyaltyDistributorRevokedProposalErrorID() common.Hash {
	return common.HexToHash("0x86182854149fb5e433fb787ddb96f0b34f6fd860ebdc44471b18c50a21a3d779")
}

// UnpackRevokedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevokedProposal(uint64 epoch, bytes32 proposal)
func (royaltyDistributor *RoyaltyDistributor) UnpackRevokedProposalError(raw []byte) (*RoyaltyDistributorRevokedProposal, error) {
	out := new(RoyaltyDistributorRevokedProposal)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "RevokedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorRootPending represents a RootPending error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRootPending struct {
	Epoch uint64
	Root  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootPending(uint64 epoch, bytes32 root)
func RoyaltyDistributorRootPendingErrorID() common.Hash {
	return common.HexToHash("0x82baa2e5b253579b554199f79e01a6d4cc13cd35f6c6f43a56f969f55cf01369")
}

// UnpackRootPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootPending(uint64 epoch, bytes32 root)
func (royaltyDistributor *RoyaltyDistributor) UnpackRootPendingError(raw []byte) (*RoyaltyDistributorRootPending, error) {
	out := new(RoyaltyDistributorRootPending)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "RootPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RoyaltyDistributorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (royaltyDistributor *RoyaltyDistributor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RoyaltyDistributorSafeCastOverflowedUintDowncast, error) {
	out := new(RoyaltyDistributorSafeCastOverflowedUintDowncast)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RoyaltyDistributorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (royaltyDistributor *RoyaltyDistributor) UnpackSafeERC20FailedOperationError(raw []byte) (*RoyaltyDistributorSafeERC20FailedOperation, error) {
	out := new(RoyaltyDistributorSafeERC20FailedOperation)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorTooEarly represents a TooEarly error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorTooEarly struct {
	ActivatesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 activatesAt)
func RoyaltyDistributorTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 activatesAt)
func (royaltyDistributor *RoyaltyDistributor) UnpackTooEarlyError(raw []byte) (*RoyaltyDistributorTooEarly, error) {
	out := new(RoyaltyDistributorTooEarly)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorTotalBelowPrevious represents a TotalBelowPrevious error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorTotalBelowPrevious struct {
	Asset    common.Address
	Total    *big.Int
	Previous *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TotalBelowPrevious(address asset, uint256 total, uint256 previous)
func RoyaltyDistributorTotalBelowPreviousErrorID() common.Hash {
	return common.HexToHash("0x0ed56f6de05c8b8b30742d9ca48011e6c4ad31f846f817632d1c14b3f9c50325")
}

// UnpackTotalBelowPreviousError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TotalBelowPrevious(address asset, uint256 total, uint256 previous)
func (royaltyDistributor *RoyaltyDistributor) UnpackTotalBelowPreviousError(raw []byte) (*RoyaltyDistributorTotalBelowPrevious, error) {
	out := new(RoyaltyDistributorTotalBelowPrevious)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "TotalBelowPrevious", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorWindowOutOfRange represents a WindowOutOfRange error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorWindowOutOfRange struct {
	Seconds uint64
	Min     uint64
	Max     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOutOfRange(uint64 seconds_, uint64 min, uint64 max)
func RoyaltyDistributorWindowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x1dd41583558682beb5b503b2ba7747f1f951b194eebf95579e7d441264d3d681")
}

// UnpackWindowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOutOfRange(uint64 seconds_, uint64 min, uint64 max)
func (royaltyDistributor *RoyaltyDistributor) UnpackWindowOutOfRangeError(raw []byte) (*RoyaltyDistributorWindowOutOfRange, error) {
	out := new(RoyaltyDistributorWindowOutOfRange)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "WindowOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorWrongEpoch represents a WrongEpoch error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorWrongEpoch struct {
	Epoch    uint64
	Expected uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongEpoch(uint64 epoch, uint64 expected)
func RoyaltyDistributorWrongEpochErrorID() common.Hash {
	return common.HexToHash("0x2b9264ec593278cbe059ca68c627e1b8271a7e014abe4c8622c73486c89e1e93")
}

// UnpackWrongEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongEpoch(uint64 epoch, uint64 expected)
func (royaltyDistributor *RoyaltyDistributor) UnpackWrongEpochError(raw []byte) (*RoyaltyDistributorWrongEpoch, error) {
	out := new(RoyaltyDistributorWrongEpoch)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "WrongEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorZeroAddress represents a ZeroAddress error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RoyaltyDistributorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (royaltyDistributor *RoyaltyDistributor) UnpackZeroAddressError(raw []byte) (*RoyaltyDistributorZeroAddress, error) {
	out := new(RoyaltyDistributorZeroAddress)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorZeroRoot represents a ZeroRoot error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func RoyaltyDistributorZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (royaltyDistributor *RoyaltyDistributor) UnpackZeroRootError(raw []byte) (*RoyaltyDistributorZeroRoot, error) {
	out := new(RoyaltyDistributorZeroRoot)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RoyaltyDistributorZeroTotal represents a ZeroTotal error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorZeroTotal struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTotal(address asset)
func RoyaltyDistributorZeroTotalErrorID() common.Hash {
	return common.HexToHash("0xe92a6e3ae9f3c4ad24b6e79478dbf98b0cb20936217be34ea721f22348918004")
}

// UnpackZeroTotalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTotal(address asset)
func (royaltyDistributor *RoyaltyDistributor) UnpackZeroTotalError(raw []byte) (*RoyaltyDistributorZeroTotal, error) {
	out := new(RoyaltyDistributorZeroTotal)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "ZeroTotal", raw); err != nil {
		return nil, err
	}
	return out, nil
}
