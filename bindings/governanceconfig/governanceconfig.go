// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package governanceconfig

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

// GovernanceConfigSplitPolicy is an auto generated low-level Go binding around an user-defined struct.
type GovernanceConfigSplitPolicy struct {
	ReserveBps      uint16
	ProtocolBps     uint16
	DeveloperBps    uint16
	PoolBps         uint16
	ProtocolMinBps  uint16
	ProtocolMaxBps  uint16
	DeveloperMinBps uint16
	DeveloperMaxBps uint16
	PoolMinBps      uint16
	PoolMaxBps      uint16
	DisputeWindow   uint64
	Treasury        common.Address
}

// GovernanceConfigMetaData contains all meta data concerning the GovernanceConfig contract.
var GovernanceConfigMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isMeter\",\"inputs\":[{\"name\":\"meter\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastManifestVersion\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastPolicyVersion\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastValuationVersion\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"manifestHashOf\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishSplitPolicy\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structGovernanceConfig.SplitPolicy\",\"components\":[{\"name\":\"reserveBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"publishTaskManifest\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"policyVersion\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"weights\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"publishValuation\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"unit\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"basePrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"factorNames\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"factorWads\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMeter\",\"inputs\":[{\"name\":\"meter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"authorised\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"splitPolicy\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structGovernanceConfig.SplitPolicy\",\"components\":[{\"name\":\"reserveBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"valuationHash\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"MeterSet\",\"inputs\":[{\"name\":\"meter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"authorised\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SplitPolicyPublished\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"policy\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structGovernanceConfig.SplitPolicy\",\"components\":[{\"name\":\"reserveBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskManifestPublished\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"datasetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"policyVersion\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"developers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"weights\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValuationPublished\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"datasetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"unit\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"basePrice\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"priceUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"factorNames\",\"type\":\"bytes32[]\",\"indexed\":false,\"internalType\":\"bytes32[]\"},{\"name\":\"factorWads\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BandDisordered\",\"inputs\":[{\"name\":\"minBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"BpsTooHigh\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"DuplicateDeveloper\",\"inputs\":[{\"name\":\"developer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"DuplicateFactor\",\"inputs\":[{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"EmptyUnit\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoDevelopers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutOfBand\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"SharesExceedTotal\",\"inputs\":[{\"name\":\"sum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownPolicy\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroBasePrice\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroDeveloper\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroFactorName\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroPriceUnit\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroWeight\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "GovernanceConfig",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161241538038061241583398101604081905261002e9161010f565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b6122cc806101495f395ff3fe608060405234801561000f575f5ffd5b5060043610610163575f3560e01c80638cc153aa116100c7578063bc19c3ed1161007d578063d547741f11610063578063d547741f14610376578063d74549cc14610389578063f7166756146103a8575f5ffd5b8063bc19c3ed1461033c578063ccc574901461034f575f5ffd5b806398ba78ae116100ad57806398ba78ae1461030e578063a217fddf14610322578063aadcc10714610329575f5ffd5b80638cc153aa146102b857806391d14854146102cb575f5ffd5b8063249d39e91161011c57806336568abe1161010257806336568abe1461025b5780634b0ac39d1461026e578063769b71c614610290575f5ffd5b8063249d39e91461022a5780632f2ff15d14610246575f5ffd5b806318610d391161014c57806318610d39146101bb5780631f59cad9146101db578063248a9ca314610208575f5ffd5b806301ffc9a714610167578063049084cb1461018f575b5f5ffd5b61017a61017536600461167d565b6103c8565b60405190151581526020015b60405180910390f35b6101a261019d36600461174a565b610460565b60405167ffffffffffffffff9091168152602001610186565b6001546101a29068010000000000000000900467ffffffffffffffff1681565b6101fa6101e9366004611818565b60036020525f908152604090205481565b604051908152602001610186565b6101fa610216366004611833565b5f9081526020819052604090206001015490565b61023361271081565b60405161ffff9091168152602001610186565b610259610254366004611876565b610919565b005b610259610269366004611876565b610943565b61017a61027c3660046118a4565b60056020525f908152604090205460ff1681565b6001546101a290700100000000000000000000000000000000900467ffffffffffffffff1681565b6101a26102c63660046118fd565b6109a1565b61017a6102d9366004611876565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6001546101a29067ffffffffffffffff1681565b6101fa5f81565b6101a26103373660046119cc565b610d1c565b61025961034a3660046119e6565b610f91565b6101fa7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b610259610384366004611876565b611092565b6101fa610397366004611818565b60046020525f908152604090205481565b6103bb6103b6366004611818565b6110b6565b6040516101869190611a16565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061045a57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561048b816112c5565b67ffffffffffffffff8b1615806104bd575060015467ffffffffffffffff680100000000000000009091048116908c16115b15610505576040517fea5783b200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8c1660048201526024015b60405180910390fd5b67ffffffffffffffff8b165f908152600260205260409020805461054b908c9061ffff6801000000000000000082048116916a01000000000000000000009004166112d2565b8054610581908b9061ffff6c0100000000000000000000000082048116916e0100000000000000000000000000009004166112d2565b80546105bf908a9061ffff700100000000000000000000000000000000820481169172010000000000000000000000000000000000009004166112d2565b6105ca8b8b8b61133c565b868514610603576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8a61ffff16118015610614575086155b1561064b576040517fb1c4412600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b8781101561082d575f89898381811061066857610668611b3b565b905060200201602081019061067d91906118a4565b73ffffffffffffffffffffffffffffffffffffffff16036106cd576040517f8faa482f000000000000000000000000000000000000000000000000000000008152600481018290526024016104fc565b8686828181106106df576106df611b3b565b905060200201355f03610721576040517f8065fc8c000000000000000000000000000000000000000000000000000000008152600481018290526024016104fc565b5f5b818110156108245789898381811061073d5761073d611b3b565b905060200201602081019061075291906118a4565b73ffffffffffffffffffffffffffffffffffffffff168a8a8381811061077a5761077a611b3b565b905060200201602081019061078f91906118a4565b73ffffffffffffffffffffffffffffffffffffffff160361081c578989838181106107bc576107bc611b3b565b90506020020160208101906107d191906118a4565b6040517f5f142b4200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016104fc565b600101610723565b5060010161064d565b506001805460109061085c90700100000000000000000000000000000000900467ffffffffffffffff16611b95565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905592508360045f8567ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f20819055508b67ffffffffffffffff168d8467ffffffffffffffff167ffd45240673d16bcffefd8ea4968ba3c3304dea212d8ac208bd9729b0d5de90a78e8e8e8e8e8e8e8e604051610901989796959493929190611c0a565b60405180910390a450509a9950505050505050505050565b5f82815260208190526040902060010154610933816112c5565b61093d83836113a1565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610992576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61099c828261149a565b505050565b5f7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f556109cc816112c5565b73ffffffffffffffffffffffffffffffffffffffff8b16610a19576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f899003610a53576040517f1d4b712900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b875f03610a8c576040517f4519ee0100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b865f03610ac5576040517f3fe3da9e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b848314610afe576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b85811015610bfc575f878783818110610b1b57610b1b611b3b565b9050602002013503610b5c576040517f9f236482000000000000000000000000000000000000000000000000000000008152600481018290526024016104fc565b5f5b81811015610bf357878783818110610b7857610b78611b3b565b90506020020135888883818110610b9157610b91611b3b565b9050602002013503610beb57878783818110610baf57610baf611b3b565b905060200201356040517fe864d0060000000000000000000000000000000000000000000000000000000081526004016104fc91815260200190565b600101610b5e565b50600101610b00565b50600180545f90610c169067ffffffffffffffff16611b95565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905591508b8b8b8b8b8b8b8b8b8b604051602001610c609a99989796959493929190611ce6565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012067ffffffffffffffff86165f8181526003909352929091205573ffffffffffffffffffffffffffffffffffffffff8d16918e91907f17f327dfc55ae2c14956c10d50aeb08b56cc1dd1836c9f68dc5ab4e609b63db090610d05908f908f908f908f908f908f908f908f90611d60565b60405180910390a4509a9950505050505050505050565b5f7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610d47816112c5565b5f610d5a610180850161016086016118a4565b73ffffffffffffffffffffffffffffffffffffffff1603610da7576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612710610db76020850185611db6565b61ffff161115610e0757610dce6020840184611db6565b6040517f34b24feb00000000000000000000000000000000000000000000000000000000815261ffff90911660048201526024016104fc565b610e3f610e1a6040850160208601611db6565b610e2a60a0860160808701611db6565b610e3a60c0870160a08801611db6565b611553565b610e73610e526060850160408601611db6565b610e6260e0860160c08701611db6565b610e3a610100870160e08801611db6565b610eaa610e866080850160608601611db6565b610e9861012086016101008701611db6565b610e3a61014087016101208801611db6565b610ee2610ebd6040850160208601611db6565b610ecd6060860160408701611db6565b610edd6080870160608801611db6565b61133c565b60018054600890610f089068010000000000000000900467ffffffffffffffff16611b95565b825467ffffffffffffffff8083166101009490940a848102910219909116179092555f9081526002602052604090209092508390610f468282611df5565b9050508167ffffffffffffffff167fd61f67a921a19db116cb940716e5d53f9665265c6c1d59224882aed9b7d4a7fe84604051610f839190612192565b60405180910390a250919050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610fbb816112c5565b73ffffffffffffffffffffffffffffffffffffffff8316611008576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff83165f8181526005602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527fbcf0d3afa8d5605a400f8d96d7f1ab0c6618537da0212216d7f87644f2d39b15910160405180910390a2505050565b5f828152602081905260409020600101546110ac816112c5565b61093d838361149a565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915267ffffffffffffffff82161580611148575060015467ffffffffffffffff680100000000000000009091048116908316115b1561118b576040517fea5783b200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016104fc565b5067ffffffffffffffff9081165f90815260026020908152604091829020825161018081018452815461ffff808216835262010000820481169483019490945264010000000081048416948201949094526601000000000000840483166060820152680100000000000000008404831660808201526a01000000000000000000008404831660a08201526c010000000000000000000000008404831660c08201526e0100000000000000000000000000008404831660e08201527001000000000000000000000000000000008404831661010082015272010000000000000000000000000000000000008404909216610120830152740100000000000000000000000000000000000000009092049092166101408301526001015473ffffffffffffffffffffffffffffffffffffffff1661016082015290565b6112cf81336115f4565b50565b8161ffff168361ffff1610806112ef57508061ffff168361ffff16115b1561099c576040517f0877985100000000000000000000000000000000000000000000000000000000815261ffff80851660048301528084166024830152821660448201526064016104fc565b5f8161ffff168361ffff168561ffff1661135691906122b9565b61136091906122b9565b905061271081111561093d576040517fd1954e80000000000000000000000000000000000000000000000000000000008152600481018290526024016104fc565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16611493575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556114313390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161045a565b505f61045a565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615611493575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161045a565b61271061ffff82161115611599576040517f34b24feb00000000000000000000000000000000000000000000000000000000815261ffff821660048201526024016104fc565b8061ffff168261ffff1611156115e9576040517fbf5d88db00000000000000000000000000000000000000000000000000000000815261ffff8084166004830152821660248201526044016104fc565b61099c8383836112d2565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611679576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016104fc565b5050565b5f6020828403121561168d575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146116bc575f5ffd5b9392505050565b67ffffffffffffffff811681146112cf575f5ffd5b80356116e3816116c3565b919050565b61ffff811681146112cf575f5ffd5b80356116e3816116e8565b5f5f83601f840112611712575f5ffd5b50813567ffffffffffffffff811115611729575f5ffd5b6020830191508360208260051b8501011115611743575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f6101008b8d031215611764575f5ffd5b8a35995060208b0135611776816116c3565b985060408b0135611786816116e8565b975060608b0135611796816116e8565b965060808b01356117a6816116e8565b955060a08b013567ffffffffffffffff8111156117c1575f5ffd5b6117cd8d828e01611702565b90965094505060c08b013567ffffffffffffffff8111156117ec575f5ffd5b6117f88d828e01611702565b9b9e9a9d50989b979a96999598949794969560e090950135949350505050565b5f60208284031215611828575f5ffd5b81356116bc816116c3565b5f60208284031215611843575f5ffd5b5035919050565b73ffffffffffffffffffffffffffffffffffffffff811681146112cf575f5ffd5b80356116e38161184a565b5f5f60408385031215611887575f5ffd5b8235915060208301356118998161184a565b809150509250929050565b5f602082840312156118b4575f5ffd5b81356116bc8161184a565b5f5f83601f8401126118cf575f5ffd5b50813567ffffffffffffffff8111156118e6575f5ffd5b602083019150836020828501011115611743575f5ffd5b5f5f5f5f5f5f5f5f5f5f60e08b8d031215611916575f5ffd5b8a35995060208b01356119288161184a565b985060408b013567ffffffffffffffff811115611943575f5ffd5b61194f8d828e016118bf565b90995097505060608b0135955060808b0135945060a08b013567ffffffffffffffff81111561197c575f5ffd5b6119888d828e01611702565b90955093505060c08b013567ffffffffffffffff8111156119a7575f5ffd5b6119b38d828e01611702565b915080935050809150509295989b9194979a5092959850565b5f6101808284031280156119de575f5ffd5b509092915050565b5f5f604083850312156119f7575f5ffd5b8235611a028161184a565b915060208301358015158114611899575f5ffd5b815161ffff16815261018081016020830151611a38602084018261ffff169052565b506040830151611a4e604084018261ffff169052565b506060830151611a64606084018261ffff169052565b506080830151611a7a608084018261ffff169052565b5060a0830151611a9060a084018261ffff169052565b5060c0830151611aa660c084018261ffff169052565b5060e0830151611abc60e084018261ffff169052565b50610100830151611ad461010084018261ffff169052565b50610120830151611aec61012084018261ffff169052565b50610140830151611b0a61014084018267ffffffffffffffff169052565b50610160830151611b3461016084018273ffffffffffffffffffffffffffffffffffffffff169052565b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f67ffffffffffffffff821667ffffffffffffffff8103611bb857611bb8611b68565b60010192915050565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115611bf1575f5ffd5b8260051b80836020870137939093016020019392505050565b61ffff898116825288811660208301528716604082015260c06060820181905281018590525f8660e08301825b88811015611c74578235611c4a8161184a565b73ffffffffffffffffffffffffffffffffffffffff16825260209283019290910190600101611c37565b508381036080850152611c88818789611bc1565b925050508260a08301529998505050505050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b8a815273ffffffffffffffffffffffffffffffffffffffff8a16602082015260e060408201525f611d1b60e083018a8c611c9f565b88606084015287608084015282810360a0840152611d3a818789611bc1565b905082810360c0840152611d4f818587611bc1565b9d9c50505050505050505050505050565b60a081525f611d7360a083018a8c611c9f565b8860208401528760408401528281036060840152611d92818789611bc1565b90508281036080840152611da7818587611bc1565b9b9a5050505050505050505050565b5f60208284031215611dc6575f5ffd5b81356116bc816116e8565b5f813561045a816116e8565b5f813561045a816116c3565b5f813561045a8161184a565b611e31611e0183611dd1565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff91909116178255565b611e75611e4060208401611dd1565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffff1660109190911b63ffff000016178255565b611ebb611e8460408401611dd1565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffff1660209190911b65ffff0000000016178255565b611f03611eca60608401611dd1565b82547fffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff1660309190911b67ffff00000000000016178255565b611f4d611f1260808401611dd1565b82547fffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffffffff1660409190911b69ffff000000000000000016178255565b611f99611f5c60a08401611dd1565b82547fffffffffffffffffffffffffffffffffffffffff0000ffffffffffffffffffff1660509190911b6bffff0000000000000000000016178255565b611fe7611fa860c08401611dd1565b82547fffffffffffffffffffffffffffffffffffff0000ffffffffffffffffffffffff1660609190911b6dffff00000000000000000000000016178255565b612037611ff660e08401611dd1565b82547fffffffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffff1660709190911b6fffff000000000000000000000000000016178255565b61208a6120476101008401611dd1565b82547fffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffff1660809190911b71ffff0000000000000000000000000000000016178255565b6120df61209a6101208401611dd1565b82547fffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffff1660909190911b73ffff00000000000000000000000000000000000016178255565b61213c6120ef6101408401611ddd565b82547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff1660a09190911b7bffffffffffffffff000000000000000000000000000000000000000016178255565b61167961214c6101608401611de9565b6001830173ffffffffffffffffffffffffffffffffffffffff82167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161781555050565b61018081016121ac826121a4856116f7565b61ffff169052565b6121b8602084016116f7565b61ffff1660208301526121cd604084016116f7565b61ffff1660408301526121e2606084016116f7565b61ffff1660608301526121f7608084016116f7565b61ffff16608083015261220c60a084016116f7565b61ffff1660a083015261222160c084016116f7565b61ffff1660c083015261223660e084016116f7565b61ffff1660e083015261224c61010084016116f7565b61ffff1661010083015261226361012084016116f7565b61ffff1661012083015261227a61014084016116d8565b67ffffffffffffffff16610140830152612297610160840161186b565b73ffffffffffffffffffffffffffffffffffffffff8116610160840152611b34565b8082018082111561045a5761045a611b6856",
}

// GovernanceConfig is an auto generated Go binding around an Ethereum contract.
type GovernanceConfig struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GovernanceConfig) GetABI() abi.ABI {
	return c.abi
}

// NewGovernanceConfig creates a new instance of GovernanceConfig.
func NewGovernanceConfig() *GovernanceConfig {
	parsed, err := GovernanceConfigMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GovernanceConfig{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GovernanceConfig) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (governanceConfig *GovernanceConfig) PackConstructor(admin common.Address) []byte {
	enc, err := governanceConfig.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint16)
func (governanceConfig *GovernanceConfig) PackBPS() []byte {
	enc, err := governanceConfig.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint16)
func (governanceConfig *GovernanceConfig) TryPackBPS() ([]byte, error) {
	return governanceConfig.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (governanceConfig *GovernanceConfig) UnpackBPS(data []byte) (uint16, error) {
	out, err := governanceConfig.abi.Unpack("BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (governanceConfig *GovernanceConfig) PackDEFAULTADMINROLE() []byte {
	enc, err := governanceConfig.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (governanceConfig *GovernanceConfig) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return governanceConfig.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (governanceConfig *GovernanceConfig) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := governanceConfig.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGOVERNORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc57490.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (governanceConfig *GovernanceConfig) PackGOVERNORROLE() []byte {
	enc, err := governanceConfig.abi.Pack("GOVERNOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc57490.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (governanceConfig *GovernanceConfig) TryPackGOVERNORROLE() ([]byte, error) {
	return governanceConfig.abi.Pack("GOVERNOR_ROLE")
}

// UnpackGOVERNORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc57490.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (governanceConfig *GovernanceConfig) UnpackGOVERNORROLE(data []byte) ([32]byte, error) {
	out, err := governanceConfig.abi.Unpack("GOVERNOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (governanceConfig *GovernanceConfig) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := governanceConfig.abi.Pack("getRoleAdmin", role)
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
func (governanceConfig *GovernanceConfig) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return governanceConfig.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (governanceConfig *GovernanceConfig) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := governanceConfig.abi.Unpack("getRoleAdmin", data)
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
func (governanceConfig *GovernanceConfig) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := governanceConfig.abi.Pack("grantRole", role, account)
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
func (governanceConfig *GovernanceConfig) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return governanceConfig.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (governanceConfig *GovernanceConfig) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := governanceConfig.abi.Pack("hasRole", role, account)
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
func (governanceConfig *GovernanceConfig) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return governanceConfig.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (governanceConfig *GovernanceConfig) UnpackHasRole(data []byte) (bool, error) {
	out, err := governanceConfig.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b0ac39d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMeter(address meter) view returns(bool)
func (governanceConfig *GovernanceConfig) PackIsMeter(meter common.Address) []byte {
	enc, err := governanceConfig.abi.Pack("isMeter", meter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b0ac39d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMeter(address meter) view returns(bool)
func (governanceConfig *GovernanceConfig) TryPackIsMeter(meter common.Address) ([]byte, error) {
	return governanceConfig.abi.Pack("isMeter", meter)
}

// UnpackIsMeter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b0ac39d.
//
// Solidity: function isMeter(address meter) view returns(bool)
func (governanceConfig *GovernanceConfig) UnpackIsMeter(data []byte) (bool, error) {
	out, err := governanceConfig.abi.Unpack("isMeter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastManifestVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x769b71c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastManifestVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) PackLastManifestVersion() []byte {
	enc, err := governanceConfig.abi.Pack("lastManifestVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastManifestVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x769b71c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastManifestVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) TryPackLastManifestVersion() ([]byte, error) {
	return governanceConfig.abi.Pack("lastManifestVersion")
}

// UnpackLastManifestVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x769b71c6.
//
// Solidity: function lastManifestVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) UnpackLastManifestVersion(data []byte) (uint64, error) {
	out, err := governanceConfig.abi.Unpack("lastManifestVersion", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastPolicyVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18610d39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastPolicyVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) PackLastPolicyVersion() []byte {
	enc, err := governanceConfig.abi.Pack("lastPolicyVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastPolicyVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18610d39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastPolicyVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) TryPackLastPolicyVersion() ([]byte, error) {
	return governanceConfig.abi.Pack("lastPolicyVersion")
}

// UnpackLastPolicyVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18610d39.
//
// Solidity: function lastPolicyVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) UnpackLastPolicyVersion(data []byte) (uint64, error) {
	out, err := governanceConfig.abi.Unpack("lastPolicyVersion", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastValuationVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98ba78ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastValuationVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) PackLastValuationVersion() []byte {
	enc, err := governanceConfig.abi.Pack("lastValuationVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastValuationVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98ba78ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastValuationVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) TryPackLastValuationVersion() ([]byte, error) {
	return governanceConfig.abi.Pack("lastValuationVersion")
}

// UnpackLastValuationVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98ba78ae.
//
// Solidity: function lastValuationVersion() view returns(uint64)
func (governanceConfig *GovernanceConfig) UnpackLastValuationVersion(data []byte) (uint64, error) {
	out, err := governanceConfig.abi.Unpack("lastValuationVersion", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackManifestHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd74549cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manifestHashOf(uint64 version) view returns(bytes32)
func (governanceConfig *GovernanceConfig) PackManifestHashOf(version uint64) []byte {
	enc, err := governanceConfig.abi.Pack("manifestHashOf", version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManifestHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd74549cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manifestHashOf(uint64 version) view returns(bytes32)
func (governanceConfig *GovernanceConfig) TryPackManifestHashOf(version uint64) ([]byte, error) {
	return governanceConfig.abi.Pack("manifestHashOf", version)
}

// UnpackManifestHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd74549cc.
//
// Solidity: function manifestHashOf(uint64 version) view returns(bytes32)
func (governanceConfig *GovernanceConfig) UnpackManifestHashOf(data []byte) ([32]byte, error) {
	out, err := governanceConfig.abi.Unpack("manifestHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublishSplitPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaadcc107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishSplitPolicy((uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint64,address) p) returns(uint64 version)
func (governanceConfig *GovernanceConfig) PackPublishSplitPolicy(p GovernanceConfigSplitPolicy) []byte {
	enc, err := governanceConfig.abi.Pack("publishSplitPolicy", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishSplitPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaadcc107.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishSplitPolicy((uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint64,address) p) returns(uint64 version)
func (governanceConfig *GovernanceConfig) TryPackPublishSplitPolicy(p GovernanceConfigSplitPolicy) ([]byte, error) {
	return governanceConfig.abi.Pack("publishSplitPolicy", p)
}

// UnpackPublishSplitPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaadcc107.
//
// Solidity: function publishSplitPolicy((uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint64,address) p) returns(uint64 version)
func (governanceConfig *GovernanceConfig) UnpackPublishSplitPolicy(data []byte) (uint64, error) {
	out, err := governanceConfig.abi.Unpack("publishSplitPolicy", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPublishTaskManifest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049084cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishTaskManifest(uint256 datasetId, uint64 policyVersion, uint16 protocolBps, uint16 developerBps, uint16 poolBps, address[] developers, uint256[] weights, bytes32 manifestHash) returns(uint64 version)
func (governanceConfig *GovernanceConfig) PackPublishTaskManifest(datasetId *big.Int, policyVersion uint64, protocolBps uint16, developerBps uint16, poolBps uint16, developers []common.Address, weights []*big.Int, manifestHash [32]byte) []byte {
	enc, err := governanceConfig.abi.Pack("publishTaskManifest", datasetId, policyVersion, protocolBps, developerBps, poolBps, developers, weights, manifestHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishTaskManifest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049084cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishTaskManifest(uint256 datasetId, uint64 policyVersion, uint16 protocolBps, uint16 developerBps, uint16 poolBps, address[] developers, uint256[] weights, bytes32 manifestHash) returns(uint64 version)
func (governanceConfig *GovernanceConfig) TryPackPublishTaskManifest(datasetId *big.Int, policyVersion uint64, protocolBps uint16, developerBps uint16, poolBps uint16, developers []common.Address, weights []*big.Int, manifestHash [32]byte) ([]byte, error) {
	return governanceConfig.abi.Pack("publishTaskManifest", datasetId, policyVersion, protocolBps, developerBps, poolBps, developers, weights, manifestHash)
}

// UnpackPublishTaskManifest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x049084cb.
//
// Solidity: function publishTaskManifest(uint256 datasetId, uint64 policyVersion, uint16 protocolBps, uint16 developerBps, uint16 poolBps, address[] developers, uint256[] weights, bytes32 manifestHash) returns(uint64 version)
func (governanceConfig *GovernanceConfig) UnpackPublishTaskManifest(data []byte) (uint64, error) {
	out, err := governanceConfig.abi.Unpack("publishTaskManifest", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPublishValuation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cc153aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishValuation(uint256 datasetId, address asset, string unit, uint256 basePrice, uint256 priceUnit, bytes32[] factorNames, uint256[] factorWads) returns(uint64 version)
func (governanceConfig *GovernanceConfig) PackPublishValuation(datasetId *big.Int, asset common.Address, unit string, basePrice *big.Int, priceUnit *big.Int, factorNames [][32]byte, factorWads []*big.Int) []byte {
	enc, err := governanceConfig.abi.Pack("publishValuation", datasetId, asset, unit, basePrice, priceUnit, factorNames, factorWads)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishValuation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cc153aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishValuation(uint256 datasetId, address asset, string unit, uint256 basePrice, uint256 priceUnit, bytes32[] factorNames, uint256[] factorWads) returns(uint64 version)
func (governanceConfig *GovernanceConfig) TryPackPublishValuation(datasetId *big.Int, asset common.Address, unit string, basePrice *big.Int, priceUnit *big.Int, factorNames [][32]byte, factorWads []*big.Int) ([]byte, error) {
	return governanceConfig.abi.Pack("publishValuation", datasetId, asset, unit, basePrice, priceUnit, factorNames, factorWads)
}

// UnpackPublishValuation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8cc153aa.
//
// Solidity: function publishValuation(uint256 datasetId, address asset, string unit, uint256 basePrice, uint256 priceUnit, bytes32[] factorNames, uint256[] factorWads) returns(uint64 version)
func (governanceConfig *GovernanceConfig) UnpackPublishValuation(data []byte) (uint64, error) {
	out, err := governanceConfig.abi.Unpack("publishValuation", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (governanceConfig *GovernanceConfig) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := governanceConfig.abi.Pack("renounceRole", role, callerConfirmation)
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
func (governanceConfig *GovernanceConfig) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return governanceConfig.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (governanceConfig *GovernanceConfig) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := governanceConfig.abi.Pack("revokeRole", role, account)
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
func (governanceConfig *GovernanceConfig) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return governanceConfig.abi.Pack("revokeRole", role, account)
}

// PackSetMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc19c3ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMeter(address meter, bool authorised) returns()
func (governanceConfig *GovernanceConfig) PackSetMeter(meter common.Address, authorised bool) []byte {
	enc, err := governanceConfig.abi.Pack("setMeter", meter, authorised)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc19c3ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMeter(address meter, bool authorised) returns()
func (governanceConfig *GovernanceConfig) TryPackSetMeter(meter common.Address, authorised bool) ([]byte, error) {
	return governanceConfig.abi.Pack("setMeter", meter, authorised)
}

// PackSplitPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7166756.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function splitPolicy(uint64 version) view returns((uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint64,address))
func (governanceConfig *GovernanceConfig) PackSplitPolicy(version uint64) []byte {
	enc, err := governanceConfig.abi.Pack("splitPolicy", version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplitPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7166756.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function splitPolicy(uint64 version) view returns((uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint64,address))
func (governanceConfig *GovernanceConfig) TryPackSplitPolicy(version uint64) ([]byte, error) {
	return governanceConfig.abi.Pack("splitPolicy", version)
}

// UnpackSplitPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7166756.
//
// Solidity: function splitPolicy(uint64 version) view returns((uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint64,address))
func (governanceConfig *GovernanceConfig) UnpackSplitPolicy(data []byte) (GovernanceConfigSplitPolicy, error) {
	out, err := governanceConfig.abi.Unpack("splitPolicy", data)
	if err != nil {
		return *new(GovernanceConfigSplitPolicy), err
	}
	out0 := *abi.ConvertType(out[0], new(GovernanceConfigSplitPolicy)).(*GovernanceConfigSplitPolicy)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (governanceConfig *GovernanceConfig) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := governanceConfig.abi.Pack("supportsInterface", interfaceId)
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
func (governanceConfig *GovernanceConfig) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return governanceConfig.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (governanceConfig *GovernanceConfig) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := governanceConfig.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackValuationHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f59cad9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuationHash(uint64 version) view returns(bytes32)
func (governanceConfig *GovernanceConfig) PackValuationHash(version uint64) []byte {
	enc, err := governanceConfig.abi.Pack("valuationHash", version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValuationHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f59cad9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valuationHash(uint64 version) view returns(bytes32)
func (governanceConfig *GovernanceConfig) TryPackValuationHash(version uint64) ([]byte, error) {
	return governanceConfig.abi.Pack("valuationHash", version)
}

// UnpackValuationHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f59cad9.
//
// Solidity: function valuationHash(uint64 version) view returns(bytes32)
func (governanceConfig *GovernanceConfig) UnpackValuationHash(data []byte) ([32]byte, error) {
	out, err := governanceConfig.abi.Unpack("valuationHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// GovernanceConfigMeterSet represents a MeterSet event raised by the GovernanceConfig contract.
type GovernanceConfigMeterSet struct {
	Meter      common.Address
	Authorised bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigMeterSetEventName = "MeterSet"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigMeterSet) ContractEventName() string {
	return GovernanceConfigMeterSetEventName
}

// UnpackMeterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeterSet(address indexed meter, bool authorised)
func (governanceConfig *GovernanceConfig) UnpackMeterSetEvent(log *types.Log) (*GovernanceConfigMeterSet, error) {
	event := "MeterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigMeterSet)
	if len(log.Data) > 0 {
		if err := governanceConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConfig.abi.Events[event].Inputs {
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

// GovernanceConfigRoleAdminChanged represents a RoleAdminChanged event raised by the GovernanceConfig contract.
type GovernanceConfigRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigRoleAdminChanged) ContractEventName() string {
	return GovernanceConfigRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (governanceConfig *GovernanceConfig) UnpackRoleAdminChangedEvent(log *types.Log) (*GovernanceConfigRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := governanceConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConfig.abi.Events[event].Inputs {
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

// GovernanceConfigRoleGranted represents a RoleGranted event raised by the GovernanceConfig contract.
type GovernanceConfigRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigRoleGranted) ContractEventName() string {
	return GovernanceConfigRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (governanceConfig *GovernanceConfig) UnpackRoleGrantedEvent(log *types.Log) (*GovernanceConfigRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigRoleGranted)
	if len(log.Data) > 0 {
		if err := governanceConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConfig.abi.Events[event].Inputs {
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

// GovernanceConfigRoleRevoked represents a RoleRevoked event raised by the GovernanceConfig contract.
type GovernanceConfigRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigRoleRevoked) ContractEventName() string {
	return GovernanceConfigRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (governanceConfig *GovernanceConfig) UnpackRoleRevokedEvent(log *types.Log) (*GovernanceConfigRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigRoleRevoked)
	if len(log.Data) > 0 {
		if err := governanceConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConfig.abi.Events[event].Inputs {
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

// GovernanceConfigSplitPolicyPublished represents a SplitPolicyPublished event raised by the GovernanceConfig contract.
type GovernanceConfigSplitPolicyPublished struct {
	Version uint64
	Policy  GovernanceConfigSplitPolicy
	Raw     *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigSplitPolicyPublishedEventName = "SplitPolicyPublished"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigSplitPolicyPublished) ContractEventName() string {
	return GovernanceConfigSplitPolicyPublishedEventName
}

// UnpackSplitPolicyPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SplitPolicyPublished(uint64 indexed version, (uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint16,uint64,address) policy)
func (governanceConfig *GovernanceConfig) UnpackSplitPolicyPublishedEvent(log *types.Log) (*GovernanceConfigSplitPolicyPublished, error) {
	event := "SplitPolicyPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigSplitPolicyPublished)
	if len(log.Data) > 0 {
		if err := governanceConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConfig.abi.Events[event].Inputs {
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

// GovernanceConfigTaskManifestPublished represents a TaskManifestPublished event raised by the GovernanceConfig contract.
type GovernanceConfigTaskManifestPublished struct {
	Version       uint64
	DatasetId     *big.Int
	PolicyVersion uint64
	ProtocolBps   uint16
	DeveloperBps  uint16
	PoolBps       uint16
	Developers    []common.Address
	Weights       []*big.Int
	ManifestHash  [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigTaskManifestPublishedEventName = "TaskManifestPublished"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigTaskManifestPublished) ContractEventName() string {
	return GovernanceConfigTaskManifestPublishedEventName
}

// UnpackTaskManifestPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskManifestPublished(uint64 indexed version, uint256 indexed datasetId, uint64 indexed policyVersion, uint16 protocolBps, uint16 developerBps, uint16 poolBps, address[] developers, uint256[] weights, bytes32 manifestHash)
func (governanceConfig *GovernanceConfig) UnpackTaskManifestPublishedEvent(log *types.Log) (*GovernanceConfigTaskManifestPublished, error) {
	event := "TaskManifestPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigTaskManifestPublished)
	if len(log.Data) > 0 {
		if err := governanceConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConfig.abi.Events[event].Inputs {
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

// GovernanceConfigValuationPublished represents a ValuationPublished event raised by the GovernanceConfig contract.
type GovernanceConfigValuationPublished struct {
	Version     uint64
	DatasetId   *big.Int
	Asset       common.Address
	Unit        string
	BasePrice   *big.Int
	PriceUnit   *big.Int
	FactorNames [][32]byte
	FactorWads  []*big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigValuationPublishedEventName = "ValuationPublished"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigValuationPublished) ContractEventName() string {
	return GovernanceConfigValuationPublishedEventName
}

// UnpackValuationPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValuationPublished(uint64 indexed version, uint256 indexed datasetId, address indexed asset, string unit, uint256 basePrice, uint256 priceUnit, bytes32[] factorNames, uint256[] factorWads)
func (governanceConfig *GovernanceConfig) UnpackValuationPublishedEvent(log *types.Log) (*GovernanceConfigValuationPublished, error) {
	event := "ValuationPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigValuationPublished)
	if len(log.Data) > 0 {
		if err := governanceConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governanceConfig.abi.Events[event].Inputs {
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
func (governanceConfig *GovernanceConfig) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["BandDisordered"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackBandDisorderedError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["BpsTooHigh"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackBpsTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["DuplicateDeveloper"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackDuplicateDeveloperError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["DuplicateFactor"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackDuplicateFactorError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["EmptyUnit"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackEmptyUnitError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["NoDevelopers"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackNoDevelopersError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["OutOfBand"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackOutOfBandError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["SharesExceedTotal"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackSharesExceedTotalError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["UnknownPolicy"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackUnknownPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["ZeroBasePrice"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackZeroBasePriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["ZeroDeveloper"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackZeroDeveloperError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["ZeroFactorName"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackZeroFactorNameError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["ZeroPriceUnit"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackZeroPriceUnitError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["ZeroWeight"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackZeroWeightError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GovernanceConfigAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the GovernanceConfig contract.
type GovernanceConfigAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func GovernanceConfigAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (governanceConfig *GovernanceConfig) UnpackAccessControlBadConfirmationError(raw []byte) (*GovernanceConfigAccessControlBadConfirmation, error) {
	out := new(GovernanceConfigAccessControlBadConfirmation)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the GovernanceConfig contract.
type GovernanceConfigAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func GovernanceConfigAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (governanceConfig *GovernanceConfig) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*GovernanceConfigAccessControlUnauthorizedAccount, error) {
	out := new(GovernanceConfigAccessControlUnauthorizedAccount)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigBandDisordered represents a BandDisordered error raised by the GovernanceConfig contract.
type GovernanceConfigBandDisordered struct {
	MinBps uint16
	MaxBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BandDisordered(uint16 minBps, uint16 maxBps)
func GovernanceConfigBandDisorderedErrorID() common.Hash {
	return common.HexToHash("0xbf5d88dbadc3b5100fc852865075972159f063aa6ae434c3864f05cfe5537fb4")
}

// UnpackBandDisorderedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BandDisordered(uint16 minBps, uint16 maxBps)
func (governanceConfig *GovernanceConfig) UnpackBandDisorderedError(raw []byte) (*GovernanceConfigBandDisordered, error) {
	out := new(GovernanceConfigBandDisordered)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "BandDisordered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigBpsTooHigh represents a BpsTooHigh error raised by the GovernanceConfig contract.
type GovernanceConfigBpsTooHigh struct {
	Bps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BpsTooHigh(uint16 bps)
func GovernanceConfigBpsTooHighErrorID() common.Hash {
	return common.HexToHash("0x34b24feb5a2e7c47c53cf9b5ca493b1f46ae63defff4ee01d0d246e5286a1780")
}

// UnpackBpsTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BpsTooHigh(uint16 bps)
func (governanceConfig *GovernanceConfig) UnpackBpsTooHighError(raw []byte) (*GovernanceConfigBpsTooHigh, error) {
	out := new(GovernanceConfigBpsTooHigh)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "BpsTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigDuplicateDeveloper represents a DuplicateDeveloper error raised by the GovernanceConfig contract.
type GovernanceConfigDuplicateDeveloper struct {
	Developer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateDeveloper(address developer)
func GovernanceConfigDuplicateDeveloperErrorID() common.Hash {
	return common.HexToHash("0x5f142b4257334fa81c648e76c18fc82b2bd72e651973ae89078d8fa952ac5e7c")
}

// UnpackDuplicateDeveloperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateDeveloper(address developer)
func (governanceConfig *GovernanceConfig) UnpackDuplicateDeveloperError(raw []byte) (*GovernanceConfigDuplicateDeveloper, error) {
	out := new(GovernanceConfigDuplicateDeveloper)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "DuplicateDeveloper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigDuplicateFactor represents a DuplicateFactor error raised by the GovernanceConfig contract.
type GovernanceConfigDuplicateFactor struct {
	Name [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateFactor(bytes32 name)
func GovernanceConfigDuplicateFactorErrorID() common.Hash {
	return common.HexToHash("0xe864d006c539b3e9da9e63ee4e37735481be5cc7e3fb8c165bfea413aeec554d")
}

// UnpackDuplicateFactorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateFactor(bytes32 name)
func (governanceConfig *GovernanceConfig) UnpackDuplicateFactorError(raw []byte) (*GovernanceConfigDuplicateFactor, error) {
	out := new(GovernanceConfigDuplicateFactor)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "DuplicateFactor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigEmptyUnit represents a EmptyUnit error raised by the GovernanceConfig contract.
type GovernanceConfigEmptyUnit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyUnit()
func GovernanceConfigEmptyUnitErrorID() common.Hash {
	return common.HexToHash("0x1d4b712942682685db8e87969c430116e82cdc355fd4912a6e083a04f5b69c75")
}

// UnpackEmptyUnitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyUnit()
func (governanceConfig *GovernanceConfig) UnpackEmptyUnitError(raw []byte) (*GovernanceConfigEmptyUnit, error) {
	out := new(GovernanceConfigEmptyUnit)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "EmptyUnit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigLengthMismatch represents a LengthMismatch error raised by the GovernanceConfig contract.
type GovernanceConfigLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func GovernanceConfigLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (governanceConfig *GovernanceConfig) UnpackLengthMismatchError(raw []byte) (*GovernanceConfigLengthMismatch, error) {
	out := new(GovernanceConfigLengthMismatch)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigNoDevelopers represents a NoDevelopers error raised by the GovernanceConfig contract.
type GovernanceConfigNoDevelopers struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDevelopers()
func GovernanceConfigNoDevelopersErrorID() common.Hash {
	return common.HexToHash("0xb1c44126ec9011715a8d2118a92cd5c36e28914af44159c77a1c7f4cb64f4daf")
}

// UnpackNoDevelopersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDevelopers()
func (governanceConfig *GovernanceConfig) UnpackNoDevelopersError(raw []byte) (*GovernanceConfigNoDevelopers, error) {
	out := new(GovernanceConfigNoDevelopers)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "NoDevelopers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigOutOfBand represents a OutOfBand error raised by the GovernanceConfig contract.
type GovernanceConfigOutOfBand struct {
	Bps    uint16
	MinBps uint16
	MaxBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfBand(uint16 bps, uint16 minBps, uint16 maxBps)
func GovernanceConfigOutOfBandErrorID() common.Hash {
	return common.HexToHash("0x0877985148abbf67d52eacfb7d275eabef71fa2980c1cad8ebea270feb24d222")
}

// UnpackOutOfBandError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfBand(uint16 bps, uint16 minBps, uint16 maxBps)
func (governanceConfig *GovernanceConfig) UnpackOutOfBandError(raw []byte) (*GovernanceConfigOutOfBand, error) {
	out := new(GovernanceConfigOutOfBand)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "OutOfBand", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigSharesExceedTotal represents a SharesExceedTotal error raised by the GovernanceConfig contract.
type GovernanceConfigSharesExceedTotal struct {
	Sum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SharesExceedTotal(uint256 sum)
func GovernanceConfigSharesExceedTotalErrorID() common.Hash {
	return common.HexToHash("0xd1954e806508fc6f8d438bbf98e1f01fa7d09d75381a3cd249b889fbe114dc68")
}

// UnpackSharesExceedTotalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SharesExceedTotal(uint256 sum)
func (governanceConfig *GovernanceConfig) UnpackSharesExceedTotalError(raw []byte) (*GovernanceConfigSharesExceedTotal, error) {
	out := new(GovernanceConfigSharesExceedTotal)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "SharesExceedTotal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigUnknownPolicy represents a UnknownPolicy error raised by the GovernanceConfig contract.
type GovernanceConfigUnknownPolicy struct {
	Version uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPolicy(uint64 version)
func GovernanceConfigUnknownPolicyErrorID() common.Hash {
	return common.HexToHash("0xea5783b21aeb8029e6d810898c9125d33f3cb6e078d3a64d73c56487f05406db")
}

// UnpackUnknownPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPolicy(uint64 version)
func (governanceConfig *GovernanceConfig) UnpackUnknownPolicyError(raw []byte) (*GovernanceConfigUnknownPolicy, error) {
	out := new(GovernanceConfigUnknownPolicy)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "UnknownPolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigZeroAddress represents a ZeroAddress error raised by the GovernanceConfig contract.
type GovernanceConfigZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func GovernanceConfigZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (governanceConfig *GovernanceConfig) UnpackZeroAddressError(raw []byte) (*GovernanceConfigZeroAddress, error) {
	out := new(GovernanceConfigZeroAddress)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigZeroBasePrice represents a ZeroBasePrice error raised by the GovernanceConfig contract.
type GovernanceConfigZeroBasePrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroBasePrice()
func GovernanceConfigZeroBasePriceErrorID() common.Hash {
	return common.HexToHash("0x4519ee01a0969ca90b6bf26e6fd5cd2edde88acbd97980ae1b24d086cb81255c")
}

// UnpackZeroBasePriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroBasePrice()
func (governanceConfig *GovernanceConfig) UnpackZeroBasePriceError(raw []byte) (*GovernanceConfigZeroBasePrice, error) {
	out := new(GovernanceConfigZeroBasePrice)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "ZeroBasePrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigZeroDeveloper represents a ZeroDeveloper error raised by the GovernanceConfig contract.
type GovernanceConfigZeroDeveloper struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDeveloper(uint256 index)
func GovernanceConfigZeroDeveloperErrorID() common.Hash {
	return common.HexToHash("0x8faa482f805aac03c440d25b875cf5f1343a94e078714e60da2cb02d0efda8a0")
}

// UnpackZeroDeveloperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDeveloper(uint256 index)
func (governanceConfig *GovernanceConfig) UnpackZeroDeveloperError(raw []byte) (*GovernanceConfigZeroDeveloper, error) {
	out := new(GovernanceConfigZeroDeveloper)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "ZeroDeveloper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigZeroFactorName represents a ZeroFactorName error raised by the GovernanceConfig contract.
type GovernanceConfigZeroFactorName struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFactorName(uint256 index)
func GovernanceConfigZeroFactorNameErrorID() common.Hash {
	return common.HexToHash("0x9f236482d5d1521ef28360317524be48ed1c54f9e4a4973c8f11316f9f6aba60")
}

// UnpackZeroFactorNameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFactorName(uint256 index)
func (governanceConfig *GovernanceConfig) UnpackZeroFactorNameError(raw []byte) (*GovernanceConfigZeroFactorName, error) {
	out := new(GovernanceConfigZeroFactorName)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "ZeroFactorName", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigZeroPriceUnit represents a ZeroPriceUnit error raised by the GovernanceConfig contract.
type GovernanceConfigZeroPriceUnit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPriceUnit()
func GovernanceConfigZeroPriceUnitErrorID() common.Hash {
	return common.HexToHash("0x3fe3da9ed5971af5d4b0388954990de7a830a9571aa3e33b31656916c852465a")
}

// UnpackZeroPriceUnitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPriceUnit()
func (governanceConfig *GovernanceConfig) UnpackZeroPriceUnitError(raw []byte) (*GovernanceConfigZeroPriceUnit, error) {
	out := new(GovernanceConfigZeroPriceUnit)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "ZeroPriceUnit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigZeroWeight represents a ZeroWeight error raised by the GovernanceConfig contract.
type GovernanceConfigZeroWeight struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroWeight(uint256 index)
func GovernanceConfigZeroWeightErrorID() common.Hash {
	return common.HexToHash("0x8065fc8c3babd2c5facb8fc34163691a377f3e6025aedfb00f99aabec98f745b")
}

// UnpackZeroWeightError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroWeight(uint256 index)
func (governanceConfig *GovernanceConfig) UnpackZeroWeightError(raw []byte) (*GovernanceConfigZeroWeight, error) {
	out := new(GovernanceConfigZeroWeight)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "ZeroWeight", raw); err != nil {
		return nil, err
	}
	return out, nil
}
