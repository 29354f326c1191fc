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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"disputeWindow_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GUARDIAN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PROPOSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activateRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"activeRoot\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"cumulatives\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"proofs\",\"type\":\"bytes32[][]\",\"internalType\":\"bytes32[][]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leaf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pending\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"receiptRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"activatesAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingTotals\",\"inputs\":[],\"outputs\":[{\"name\":\"assets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"totals\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposeRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"receiptRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"assets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"totals\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"receiptRootOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rootOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAssetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setDisputeWindow\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalClaimed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AssetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeWindowSet\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootActivated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootProposed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"receiptRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"activatesAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"assets\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"totals\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RootRevoked\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AssetNotInRoot\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"DuplicateAsset\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Insolvent\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoActiveRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoPendingRoot\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RootPending\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TooEarly\",\"inputs\":[{\"name\":\"activatesAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	ID:  "RoyaltyDistributor",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161245838038061245883398101604081905261002e91610169565b6001600160a01b0382166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f836100c0565b5060018054610100600160481b0319166101006001600160401b038416908102919091179091556040519081527f029fbca445cf255ae5eafb60ff3aaa7cc25b6b97ebb15598b7dc388a840c21b79060200160405180910390a150506101b7565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610160575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101183390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610163565b505f5b92915050565b5f5f6040838503121561017a575f5ffd5b82516001600160a01b0381168114610190575f5ffd5b60208401519092506001600160401b03811681146101ac575f5ffd5b809150509250929050565b612294806101c45f395ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80638456cb5911610109578063ac130f0e1161009e578063df04f9101161006e578063df04f9101461056f578063e20ccec314610582578063e53c0456146105c7578063ef5d9ae8146105da575f5ffd5b8063ac130f0e14610506578063ccb197eb14610533578063d4db61d014610549578063d547741f1461055c575f5ffd5b80639d7384d9116100d95780639d7384d9146104c4578063a0165082146104e3578063a217fddf146104f6578063abb2efdf146104fd575f5ffd5b80638456cb59146104285780638e6bb167146104305780638f61f4f51461045a57806391d1485414610481575f5ffd5b806336568abe1161017f5780635c975abb1161014f5780635c975abb146103c75780636a433510146103d2578063716d3dcb146103e55780637667180814610407575f5ffd5b806336568abe1461037a5780633f4ba83a1461038d578063575d36d3146103955780635a3f75b1146103b4575f5ffd5b8063117f5f92116101ba578063117f5f92146102ea578063248a9ca31461031c57806324ea54f41461033e5780632f2ff15d14610365575f5ffd5b806301ffc9a7146101e05780630994f774146102085780630c9cbf0e146102c0575b5f5ffd5b6101f36101ee366004611d1b565b6105f9565b60405190151581526020015b60405180910390f35b6102b2610216366004611d82565b60408051466020820152309181019190915273ffffffffffffffffffffffffffffffffffffffff80851660608301528316608082015260a081018290525f9060c001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b6040519081526020016101ff565b6102b26102ce366004611dbb565b600960209081525f928352604080842090915290825290205481565b60015461030390610100900467ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016101ff565b6102b261032a366004611dec565b5f9081526020819052604090206001015490565b6102b27f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b610378610373366004611e03565b610691565b005b610378610388366004611e03565b6106bb565b610378610719565b6102b26103a3366004611e3b565b600c6020525f908152604090205481565b6103786103c2366004611e3b565b61074e565b60015460ff166101f3565b6103786103e0366004611e3b565b610af9565b6101f36103f3366004611e54565b60086020525f908152604090205460ff1681565b600154610303906901000000000000000000900467ffffffffffffffff1681565b610378610b78565b6102b261043e366004611e6d565b600d60209081525f928352604080842090915290825290205481565b6102b27fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b6101f361048f366004611e03565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6102b26104d2366004611e3b565b600b6020525f908152604090205481565b6103786104f1366004611ecf565b610baa565b6102b25f81565b6102b260025481565b6101f3610514366004611e6d565b600e60209081525f928352604080842090915290825290205460ff1681565b61053b610ce9565b6040516101ff929190611f7e565b610378610557366004612014565b610db4565b61037861056a366004611e03565b611224565b61037861057d366004611e3b565b611248565b6003546004546005546040805167ffffffffffffffff8086168252602082019490945290810191909152680100000000000000009092041660608201526080016101ff565b6103786105d5366004612087565b61135f565b6102b26105e8366004611e54565b600a6020525f908152604090205481565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061068b57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f828152602081905260409020600101546106ab81611422565b6106b5838361142c565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8116331461070a576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107148282611507565b505050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504161074381611422565b61074b6115a2565b50565b60045460039080158061076f5750815467ffffffffffffffff848116911614155b156107b7576040517f8ad9f6ee00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff841660048201526024015b60405180910390fd5b815468010000000000000000900467ffffffffffffffff164210156108225781546040517fd606d83f0000000000000000000000000000000000000000000000000000000081526801000000000000000090910467ffffffffffffffff1660048201526024016107ae565b60038201545f5b81811015610a00575f846003018281548110610847576108476120c0565b5f91825260208220015460048701805473ffffffffffffffffffffffffffffffffffffffff90921693509084908110610882576108826120c0565b5f9182526020808320919091015473ffffffffffffffffffffffffffffffffffffffff8516808452600a90925260408084205490517f70a0823100000000000000000000000000000000000000000000000000000000815230600482015291945091906370a0823190602401602060405180830381865afa158015610909573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092d91906120ed565b6109379190612131565b905081811015610999576040517fa2625af100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016107ae565b5067ffffffffffffffff87165f818152600d6020908152604080832073ffffffffffffffffffffffffffffffffffffffff90961680845295825280832094909455918152600e82528281209381529290529020805460ff1916600190811790915501610829565b5067ffffffffffffffff84165f818152600b60209081526040808320869055600287810154600c90935290832091909155600180547fffffffffffffffffffffffffffffff0000000000000000ffffffffffffffffff1669010000000000000000009094029390931790925590839055600380547fffffffffffffffffffffffffffffffff000000000000000000000000000000001681556004829055600582905590610aae600682611c2d565b610abb600483015f611c2d565b5050604051829067ffffffffffffffff8616907fd58e9a5f3846859453f3950ccffea1b4eac318299494e170d606acf0227133df905f90a350505050565b5f610b0381611422565b600180547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff1661010067ffffffffffffffff8516908102919091179091556040519081527f029fbca445cf255ae5eafb60ff3aaa7cc25b6b97ebb15598b7dc388a840c21b79060200160405180910390a15050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041610ba281611422565b61074b611601565b610bb261163c565b610bba611673565b8483141580610bc95750848114155b15610c00576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025480610c3a576040517f7a5af78b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001546901000000000000000000900467ffffffffffffffff165f5b87811015610cd557610ccd8a8a8a84818110610c7457610c746120c0565b9050602002016020810190610c899190611e54565b898985818110610c9b57610c9b6120c0565b90506020020135888886818110610cb457610cb46120c0565b9050602002810190610cc69190612144565b88886116b0565b600101610c56565b505050610ce0611974565b50505050505050565b60608060038001600360040181805480602002602001604051908101604052809291908181526020018280548015610d5557602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610d2a575b5050505050915080805480602002602001604051908101604052809291908181526020018280548015610da557602002820191905f5260205f20905b815481526020019060010190808311610d91575b50505050509050915091509091565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610dde81611422565b86610e15576040517fb263ae7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60045460039015610e9657805467ffffffffffffffff8a81169116148015610e405750878160010154145b15610e4b575061121a565b805460018201546040517f82baa2e500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909216600483015260248201526044016107ae565b600180545f91610ebd916901000000000000000000900467ffffffffffffffff16906121a8565b90508067ffffffffffffffff168a67ffffffffffffffff1614610f20576040517f2b9264ec00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808c166004830152821660248201526044016107ae565b858414610f59576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b868110156111385760085f898984818110610f7857610f786120c0565b9050602002016020810190610f8d9190611e54565b73ffffffffffffffffffffffffffffffffffffffff16815260208101919091526040015f205460ff1661102c57878782818110610fcc57610fcc6120c0565b9050602002016020810190610fe19190611e54565b6040517f188053b000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016107ae565b5f5b8181101561112f57888883818110611048576110486120c0565b905060200201602081019061105d9190611e54565b73ffffffffffffffffffffffffffffffffffffffff16898983818110611085576110856120c0565b905060200201602081019061109a9190611e54565b73ffffffffffffffffffffffffffffffffffffffff1603611127578888838181106110c7576110c76120c0565b90506020020160208101906110dc9190611e54565b6040517f437a40b100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016107ae565b60010161102e565b50600101610f5b565b506001545f9061115790610100900467ffffffffffffffff16426121a8565b8354600185018c9055600285018b905567ffffffffffffffff80831668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909216908e161717845590506111b9600384018989611c48565b506111c8600484018787611cce565b50898b67ffffffffffffffff167f93bf08a6733f7f9995abe038ddc3abef94552ba6dd228088719229fd9710b93a8b848c8c8c8c60405161120e969594939291906121c8565b60405180910390a35050505b5050505050505050565b5f8281526020819052604090206001015461123e81611422565b6106b58383611507565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504161127281611422565b6004546003908015806112935750815467ffffffffffffffff858116911614155b156112d6576040517f8ad9f6ee00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016107ae565b600380547fffffffffffffffffffffffffffffffff000000000000000000000000000000001681555f60048190556005819055611314600682611c2d565b611321600483015f611c2d565b5050604051819067ffffffffffffffff8616907fd7c28c8e5cf8035d6d2cbe01c4fb4f61ab13923eae524e0adf91dee3e573175a905f90a350505050565b5f61136981611422565b73ffffffffffffffffffffffffffffffffffffffff83166113b6576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff83165f81815260086020908152604091829020805460ff191686151590811790915591519182527fa918a4160e8216eca57d47b5ff3d7d37f630f73f4df2077816c15786f8fe296e910160405180910390a2505050565b61074b813361199e565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16611500575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff861684529091529020805460ff1916600117905561149e3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161068b565b505f61068b565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615611500575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161068b565b6115aa611a27565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200160405180910390a1565b611609611673565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258336115d7565b611644611a63565b61167160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611abc565b565b60015460ff1615611671576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff81165f908152600e6020908152604080832073ffffffffffffffffffffffffffffffffffffffff8a16845290915290205460ff1661173b576040517f990f41d600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff871660048201526024016107ae565b6117e88484846117e38b8b8b60408051466020820152309181019190915273ffffffffffffffffffffffffffffffffffffffff80851660608301528316608082015260a081018290525f9060c001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b611ac3565b611845576040517f62d7149200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff808916600483015287166024820152604481018690526064016107ae565b73ffffffffffffffffffffffffffffffffffffffff8088165f908152600960209081526040808320938a16835292905220548086116118845750610ce0565b5f61188f8288612281565b73ffffffffffffffffffffffffffffffffffffffff808b165f908152600960209081526040808320938d1683529281528282208b9055600a9052908120805492935083929091906118e1908490612131565b9091555050604080518281526020810189905267ffffffffffffffff85169173ffffffffffffffffffffffffffffffffffffffff808c1692908d16917fb1d4385ecd3141af50fa0a127f22b5476f2ffd998a3c089c395c0cf7714ab318910160405180910390a461196973ffffffffffffffffffffffffffffffffffffffff89168a83611ada565b505050505050505050565b6116715f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061166b565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611a23576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016107ae565b5050565b60015460ff16611671576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611671576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f82611ad0868685611b35565b1495945050505050565b611ae78383836001611b76565b610714576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016107ae565b5f81815b84811015611b6d57611b6382878784818110611b5757611b576120c0565b90506020020135611bfe565b9150600101611b39565b50949350505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316611bf2578383151615611be6573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f818310611c18575f828152602084905260409020611c26565b5f8381526020839052604090205b9392505050565b5080545f8255905f5260205f209081019061074b9190611d07565b828054828255905f5260205f20908101928215611cbe579160200282015b82811115611cbe5781547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff843516178255602090920191600190910190611c66565b50611cca929150611d07565b5090565b828054828255905f5260205f20908101928215611cbe579160200282015b82811115611cbe578235825591602001919060010190611cec565b5b80821115611cca575f8155600101611d08565b5f60208284031215611d2b575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611c26575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff81168114611d7d575f5ffd5b919050565b5f5f5f60608486031215611d94575f5ffd5b611d9d84611d5a565b9250611dab60208501611d5a565b9150604084013590509250925092565b5f5f60408385031215611dcc575f5ffd5b611dd583611d5a565b9150611de360208401611d5a565b90509250929050565b5f60208284031215611dfc575f5ffd5b5035919050565b5f5f60408385031215611e14575f5ffd5b82359150611de360208401611d5a565b803567ffffffffffffffff81168114611d7d575f5ffd5b5f60208284031215611e4b575f5ffd5b611c2682611e24565b5f60208284031215611e64575f5ffd5b611c2682611d5a565b5f5f60408385031215611e7e575f5ffd5b611dd583611e24565b5f5f83601f840112611e97575f5ffd5b50813567ffffffffffffffff811115611eae575f5ffd5b6020830191508360208260051b8501011115611ec8575f5ffd5b9250929050565b5f5f5f5f5f5f5f6080888a031215611ee5575f5ffd5b611eee88611d5a565b9650602088013567ffffffffffffffff811115611f09575f5ffd5b611f158a828b01611e87565b909750955050604088013567ffffffffffffffff811115611f34575f5ffd5b611f408a828b01611e87565b909550935050606088013567ffffffffffffffff811115611f5f575f5ffd5b611f6b8a828b01611e87565b989b979a50959850939692959293505050565b604080825283519082018190525f9060208501906060840190835b81811015611fcd57835173ffffffffffffffffffffffffffffffffffffffff16835260209384019390920191600101611f99565b5050838103602080860191909152855180835291810192508501905f5b81811015612008578251845260209384019390920191600101611fea565b50919695505050505050565b5f5f5f5f5f5f5f60a0888a03121561202a575f5ffd5b61203388611e24565b96506020880135955060408801359450606088013567ffffffffffffffff81111561205c575f5ffd5b6120688a828b01611e87565b909550935050608088013567ffffffffffffffff811115611f5f575f5ffd5b5f5f60408385031215612098575f5ffd5b6120a183611d5a565b9150602083013580151581146120b5575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f602082840312156120fd575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561068b5761068b612104565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612177575f5ffd5b83018035915067ffffffffffffffff821115612191575f5ffd5b6020019150600581901b3603821315611ec8575f5ffd5b67ffffffffffffffff818116838216019081111561068b5761068b612104565b86815267ffffffffffffffff8616602082015260806040820181905281018490525f8560a08301825b8781101561222c5773ffffffffffffffffffffffffffffffffffffffff61221784611d5a565b168252602092830192909101906001016121f1565b5083810360608501528481527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851115612264575f5ffd5b8460051b9150818660208301370160200198975050505050505050565b8181038181111561068b5761068b61210456",
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

// PackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20ccec3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pending() view returns(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 activatesAt)
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
// Solidity: function pending() view returns(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 activatesAt)
func (royaltyDistributor *RoyaltyDistributor) TryPackPending() ([]byte, error) {
	return royaltyDistributor.abi.Pack("pending")
}

// PendingOutput serves as a container for the return parameters of contract
// method Pending.
type PendingOutput struct {
	Epoch       uint64
	Root        [32]byte
	ReceiptRoot [32]byte
	ActivatesAt uint64
}

// UnpackPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe20ccec3.
//
// Solidity: function pending() view returns(uint64 epoch, bytes32 root, bytes32 receiptRoot, uint64 activatesAt)
func (royaltyDistributor *RoyaltyDistributor) UnpackPending(data []byte) (PendingOutput, error) {
	out, err := royaltyDistributor.abi.Unpack("pending", data)
	outstruct := new(PendingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Epoch = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Root = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.ReceiptRoot = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.ActivatesAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackProposeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4db61d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeRoot(uint64 epoch, bytes32 root, bytes32 receiptRoot, address[] assets, uint256[] totals) returns()
func (royaltyDistributor *RoyaltyDistributor) PackProposeRoot(epoch uint64, root [32]byte, receiptRoot [32]byte, assets []common.Address, totals []*big.Int) []byte {
	enc, err := royaltyDistributor.abi.Pack("proposeRoot", epoch, root, receiptRoot, assets, totals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4db61d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeRoot(uint64 epoch, bytes32 root, bytes32 receiptRoot, address[] assets, uint256[] totals) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackProposeRoot(epoch uint64, root [32]byte, receiptRoot [32]byte, assets []common.Address, totals []*big.Int) ([]byte, error) {
	return royaltyDistributor.abi.Pack("proposeRoot", epoch, root, receiptRoot, assets, totals)
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
// the contract method with ID 0xdf04f910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRoot(uint64 epoch) returns()
func (royaltyDistributor *RoyaltyDistributor) PackRevokeRoot(epoch uint64) []byte {
	enc, err := royaltyDistributor.abi.Pack("revokeRoot", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf04f910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRoot(uint64 epoch) returns()
func (royaltyDistributor *RoyaltyDistributor) TryPackRevokeRoot(epoch uint64) ([]byte, error) {
	return royaltyDistributor.abi.Pack("revokeRoot", epoch)
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

// RoyaltyDistributorRootProposed represents a RootProposed event raised by the RoyaltyDistributor contract.
type RoyaltyDistributorRootProposed struct {
	Epoch       uint64
	Root        [32]byte
	ReceiptRoot [32]byte
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
// Solidity: event RootProposed(uint64 indexed epoch, bytes32 indexed root, bytes32 receiptRoot, uint64 activatesAt, address[] assets, uint256[] totals)
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
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["DuplicateAsset"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackDuplicateAssetError(raw[4:])
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
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["NoActiveRoot"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackNoActiveRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["NoPendingRoot"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackNoPendingRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["RootPending"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackRootPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], royaltyDistributor.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return royaltyDistributor.UnpackTooEarlyError(raw[4:])
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

// RoyaltyDistributorNoActiveRoot represents a NoActiveRoot error raised by the RoyaltyDistributor contract.
type RoyaltyDistributorNoActiveRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoActiveRoot()
func RoyaltyDistributorNoActiveRootErrorID() common.Hash {
	return common.HexToHash("0x7a5af78b574d98183544ad6eeee6048bbaeb93d96b09a70a315961595a21033b")
}

// UnpackNoActiveRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoActiveRoot()
func (royaltyDistributor *RoyaltyDistributor) UnpackNoActiveRootError(raw []byte) (*RoyaltyDistributorNoActiveRoot, error) {
	out := new(RoyaltyDistributorNoActiveRoot)
	if err := royaltyDistributor.abi.UnpackIntoInterface(out, "NoActiveRoot", raw); err != nil {
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
