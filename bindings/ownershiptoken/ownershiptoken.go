// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ownershiptoken

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

// OwnershipTokenContribution is an auto generated low-level Go binding around an user-defined struct.
type OwnershipTokenContribution struct {
	DatasetId    *big.Int
	AssetId      [32]byte
	Contributor  common.Address
	Role         uint8
	Deprecated   bool
	ContentHash  [32]byte
	SupersededBy *big.Int
}

// OwnershipTokenMetaData contains all meta data concerning the OwnershipToken contract.
var OwnershipTokenMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PUBLISHER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REGISTRAR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ROLE_LABEL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ROLE_SAMPLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ROLE_VALIDATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addToVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cfIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"amendContribution\",\"inputs\":[{\"name\":\"oldCfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"units\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"newCfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balanceOfBatch\",\"inputs\":[{\"name\":\"accounts\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"ids\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"contribution\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structOwnershipToken.Contribution\",\"components\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"deprecated\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"supersededBy\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deprecateContribution\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deprecatedInVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isApprovedForAll\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastCfId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastSealedVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lineageOf\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publishVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cfIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerContribution\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"holder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"units\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeFromVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cfIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeBatchTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"ids\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sealVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setApprovalForAll\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"uri\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"versionCFCount\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"versionManifest\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"ApprovalForAll\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionAmended\",\"inputs\":[{\"name\":\"oldCfId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"newCfId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionDeprecated\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionRegistered\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"datasetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"role\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"contributor\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"holder\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"units\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TransferBatch\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"ids\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TransferSingle\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"URI\",\"inputs\":[{\"name\":\"value\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VersionCFsAdded\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"cfIds\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VersionCFsRemoved\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"cfIds\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VersionSealed\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"cfCount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CFDeprecated\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CFNotDeprecated\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CFRepeated\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CFSuperseded\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"by\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DeprecatedInVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC1155InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC1155InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC1155InvalidArrayLength\",\"inputs\":[{\"name\":\"idsLength\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valuesLength\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC1155InvalidOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC1155InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC1155InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC1155MissingApprovalForAll\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyVersion\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"LineageRepeated\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"memberCfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotInVersion\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownCF\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"VersionNotOpen\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongDataset\",\"inputs\":[{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroUnits\",\"inputs\":[]}]",
	ID:  "OwnershipToken",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161317738038061317783398101604081905261002e9161013b565b60408051602081019091525f81526100458161007e565b506001600160a01b03811661006d5760405163d92e233d60e01b815260040160405180910390fd5b6100775f8261008e565b50506102ba565b600261008a8282610200565b5050565b5f8281526003602090815260408083206001600160a01b038516845290915281205460ff16610132575f8381526003602090815260408083206001600160a01b03861684529091529020805460ff191660011790556100ea3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610135565b505f5b92915050565b5f6020828403121561014b575f5ffd5b81516001600160a01b0381168114610161575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061019057607f821691505b6020821081036101ae57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101fb57805f5260205f20601f840160051c810160208510156101d95750805b601f840160051c820191505b818110156101f8575f81556001016101e5565b50505b505050565b81516001600160401b0381111561021957610219610168565b61022d81610227845461017c565b846101b4565b6020601f82116001811461025f575f83156102485750848201515b5f19600385901b1c1916600184901b1784556101f8565b5f84815260208120601f198516915b8281101561028e578785015182556020948501946001909201910161026e565b50848210156102ab57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b612eb0806102c75f395ff3fe608060405234801561000f575f5ffd5b506004361061021a575f3560e01c8063a22cb46511610123578063d8f4b6fd116100b8578063e985e9c511610088578063f330a4791161006e578063f330a479146105d7578063f68e9553146105ea578063fb2f8d0514610611575f5ffd5b8063e985e9c514610589578063f242432a146105c4575f5ffd5b8063d8f4b6fd14610497578063e8171cf6146104be578063e83bcfc6146104d1578063e8709c4014610513575f5ffd5b8063b630c52a116100f3578063b630c52a1461043f578063bd9b5b9d14610469578063be8f9bc114610471578063d547741f14610484575f5ffd5b8063a22cb465146103e6578063abf6a155146103f9578063b06ff4f91461040c578063b32f25af14610436575f5ffd5b806336568abe116101b357806366ec9c70116101835780637fb55981116101695780637fb559811461038d57806391d14854146103a7578063a217fddf146103df575f5ffd5b806366ec9c70146103505780636d5acea21461037a575f5ffd5b806336568abe146102f757806348f39bc71461030a5780634ac8cb431461031d5780634e1273f414610330575f5ffd5b80631b321911116101ee5780631b3219111461029a578063248a9ca3146102af5780632eb2c2d6146102d15780632f2ff15d146102e4575f5ffd5b8062fdd58e1461021e57806301ffc9a7146102445780630e89341c146102675780630f3d1eea14610287575b5f5ffd5b61023161022c366004612505565b610618565b6040519081526020015b60405180910390f35b61025761025236600461255a565b61063f565b604051901515815260200161023b565b61027a610275366004612575565b610649565b60405161023b91906125d8565b6102316102953660046125ea565b6106db565b6102ad6102a836600461262d565b6107c1565b005b6102316102bd366004612575565b5f9081526003602052604090206001015490565b6102ad6102df3660046127e0565b6109c6565b6102ad6102f236600461288f565b6109e5565b6102ad61030536600461288f565b610a0f565b6102316103183660046128b9565b610a60565b6102ad61032b366004612987565b610b2a565b61034361033e3660046129dd565b610d80565b60405161023b9190612ada565b61023161035e366004612aec565b600760209081525f928352604080842090915290825290205481565b610231610388366004612575565b610e64565b610395600181565b60405160ff909116815260200161023b565b6102576103b536600461288f565b5f9182526003602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6102315f81565b6102ad6103f4366004612b0d565b610e87565b6102ad610407366004612987565b610e96565b61023161041a366004612aec565b600860209081525f928352604080842090915290825290205481565b61023160045481565b61023161044d366004612aec565b600b60209081525f928352604080842090915290825290205481565b610395600281565b6102ad61047f366004612b46565b610ecc565b6102ad61049236600461288f565b610f15565b6102317f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a81565b6102576104cc366004612ba3565b610f39565b6104fa6104df366004612575565b60066020525f908152604090205467ffffffffffffffff1681565b60405167ffffffffffffffff909116815260200161023b565b610526610521366004612575565b610f89565b60405161023b91905f60e08201905082518252602083015160208301526001600160a01b03604084015116604083015260ff606084015116606083015260808301511515608083015260a083015160a083015260c083015160c083015292915050565b610257610597366004612bd6565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205460ff1690565b6102ad6105d2366004612bfe565b6110b5565b6102ad6105e5366004612ba3565b6110cb565b6102317fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b6103955f81565b5f818152602081815260408083206001600160a01b03861684529091529020545b92915050565b5f61063982611100565b60606002805461065890612c52565b80601f016020809104026020016040519081016040528092919081815260200182805461068490612c52565b80156106cf5780601f106106a6576101008083540402835291602001916106cf565b820191905f5260205f20905b8154815290600101906020018083116106b257829003601f168201915b50505050509050919050565b5f7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861070681611155565b5f61071088611162565b8054600182015460028301549293506107509260ff74010000000000000000000000000000000000000000820416906001600160a01b03168b8a8a611262565b5f898152600560205260409020600401819055925061076e88610e64565b5f848152600a6020908152604091829020929092555187815284918a917f449b46e929f7116e79a34c4dc1a956175299b3b0cb93d63f1cd932b215db8bde910160405180910390a3505095945050505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092386107eb81611155565b8215806107f9575060045483115b15610838576040517fffeb76b6000000000000000000000000000000000000000000000000000000008152600481018490526024015b60405180910390fd5b5f83815260056020526040902060028101547501000000000000000000000000000000000000000000900460ff16156108a0576040517f45b24cdc0000000000000000000000000000000000000000000000000000000081526004810185905260240161082f565b6002810180547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff16750100000000000000000000000000000000000000000017905580545f818152600660205260408120546109079067ffffffffffffffff166001612cd0565b5f83815260096020908152604080832067ffffffffffffffff85168452909152812091925087919061093883610e64565b81526020019081526020015f205403610984575f828152600b6020908152604080832067ffffffffffffffff85168452909152812080546001929061097e908490612cf0565b90915550505b857ffe04e3ceafef32c866f4725bca7aadde2b4affb785092cfd3fc87b73a85af29f866040516109b691815260200190565b60405180910390a2505050505050565b6109d1335b8661148b565b6109de858585858561151c565b5050505050565b5f828152600360205260409020600101546109ff81611155565b610a0983836115af565b50505050565b6001600160a01b0381163314610a51576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a5b8282611678565b505050565b5f7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610a8b81611155565b600260ff88161115610ace576040517ff17864de00000000000000000000000000000000000000000000000000000000815260ff8816600482015260240161082f565b6001600160a01b038616610b0e576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b1d89898989898989611262565b9998505050505050505050565b7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a610b5481611155565b610b5e858561171b565b5f85815260096020908152604080832067ffffffffffffffff881684529091528120905b83811015610cc2575f858583818110610b9d57610b9d612d03565b905060200201359050805f1480610bb5575060045481115b15610bef576040517fffeb76b60000000000000000000000000000000000000000000000000000000081526004810182905260240161082f565b5f610bf982610e64565b5f818152602086905260409020549091508214610c45576040517f6dd6a2000000000000000000000000000000000000000000000000000000000081526004810183905260240161082f565b5f828152600560205260409020600201547501000000000000000000000000000000000000000000900460ff16610cab576040517ff3fe54d30000000000000000000000000000000000000000000000000000000081526004810183905260240161082f565b5f9081526020849052604081205550600101610b82565b505f86815260076020908152604080832067ffffffffffffffff8916845290915281208054859290610cf5908490612d30565b90915550505f868152600b6020908152604080832067ffffffffffffffff8916845290915281208054859290610d2c908490612d30565b925050819055508467ffffffffffffffff16867fe909e805c163aacb9e0b9f5ba8dada850e8cd73a80c3507172218a6868959db58686604051610d70929190612d43565b60405180910390a3505050505050565b60608151835114610dca57815183516040517f5b0599910000000000000000000000000000000000000000000000000000000081526004810192909252602482015260440161082f565b5f835167ffffffffffffffff811115610de557610de561264d565b604051908082528060200260200182016040528015610e0e578160200160208202803683370190505b5090505f5b8451811015610e5c57602080820286010151610e3790602080840287010151610618565b828281518110610e4957610e49612d03565b6020908102919091010152600101610e13565b509392505050565b5f818152600a60205260408120548015610e7e5780610e80565b825b9392505050565b610e923383836117a8565b5050565b7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a610ec081611155565b6109de858585856118b6565b7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a610ef681611155565b610f02868686866118b6565b610f0d868684611b37565b505050505050565b5f82815260036020526040902060010154610f2f81611155565b610a098383611678565b5f8115801590610f8157505f84815260096020908152604080832067ffffffffffffffff8716845290915281208391610f7183610e64565b81526020019081526020015f2054145b949350505050565b610fd06040518060e001604052805f81526020015f81526020015f6001600160a01b031681526020015f60ff1681526020015f151581526020015f81526020015f81525090565b811580610fde575060045482115b15611018576040517fffeb76b60000000000000000000000000000000000000000000000000000000081526004810183905260240161082f565b505f90815260056020908152604091829020825160e0810184528154815260018201549281019290925260028101546001600160a01b0381169383019390935260ff74010000000000000000000000000000000000000000840481166060840152750100000000000000000000000000000000000000000090930490921615156080820152600382015460a082015260049091015460c082015290565b6110be336109cb565b6109de8585858585611cb3565b7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a6110f581611155565b610a09848484611b37565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b000000000000000000000000000000000000000000000000000000001480610639575061063982611d73565b61115f8133611e55565b50565b5f811580611171575060045482115b156111ab576040517fffeb76b60000000000000000000000000000000000000000000000000000000081526004810183905260240161082f565b505f81815260056020526040902060028101547501000000000000000000000000000000000000000000900460ff1615611214576040517f45b24cdc0000000000000000000000000000000000000000000000000000000081526004810183905260240161082f565b60048101541561125d576004808201546040517f8a167809000000000000000000000000000000000000000000000000000000008152918201849052602482015260440161082f565b919050565b5f815f0361129c576040517fc46babb100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383166112dc576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60045f81546112ea90612d93565b91829055506040805160e0810182528a815260208082018b81526001600160a01b03808b1684860190815260ff808e16606087019081525f6080880181815260a089018f815260c08a018381528c84526005909952918a9020985189559551600189015592516002880180549251965115157501000000000000000000000000000000000000000000027fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff9790941674010000000000000000000000000000000000000000027fffffffffffffffffffffff0000000000000000000000000000000000000000009093169190951617179390931692909217905551600383015551600490910155519091508790899083907f7099c7bb3837cfd595337a19a2e4bd62e3bf3a0a4f02de58816b33541953552b9061145e908b908b908b908b908b9060ff9590951685526001600160a01b03938416602086015260408501929092529091166060830152608082015260a00190565b60405180910390a461148083828460405180602001604052805f815250611ec2565b979650505050505050565b816001600160a01b0316816001600160a01b0316141580156114d257506001600160a01b038082165f9081526001602090815260408083209386168352929052205460ff16155b15610e92576040517fe237d9220000000000000000000000000000000000000000000000000000000081526001600160a01b0380841660048301528216602482015260440161082f565b6001600160a01b03841661155e576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f600482015260240161082f565b6001600160a01b0385166115a0576040517f01a835140000000000000000000000000000000000000000000000000000000081525f600482015260240161082f565b6109de85858585856001611f33565b5f8281526003602090815260408083206001600160a01b038516845290915281205460ff16611671575f8381526003602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556116293390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610639565b505f610639565b5f8281526003602090815260408083206001600160a01b038516845290915281205460ff1615611671575f8381526003602090815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610639565b5f8281526006602052604081205461173e9067ffffffffffffffff166001612cd0565b90508067ffffffffffffffff168267ffffffffffffffff1614610a5b576040517f812ef57a0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff80841660248301528216604482015260640161082f565b6001600160a01b0383166117ea576040517f3e31884e0000000000000000000000000000000000000000000000000000000081525f600482015260240161082f565b6001600160a01b03821661182c576040517fced3e1000000000000000000000000000000000000000000000000000000000081525f600482015260240161082f565b6001600160a01b038381165f8181526001602090815260408083209487168084529482529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6118c0848461171b565b5f84815260096020908152604080832067ffffffffffffffff871684529091528120905b82811015611ab1575f8484838181106118ff576118ff612d03565b905060200201359050805f1480611917575060045481115b15611951576040517fffeb76b60000000000000000000000000000000000000000000000000000000081526004810182905260240161082f565b5f818152600560205260409020805488146119a2576040517f8288bbca000000000000000000000000000000000000000000000000000000008152600481018390526024810189905260440161082f565b60028101547501000000000000000000000000000000000000000000900460ff16156119fd576040517f45b24cdc0000000000000000000000000000000000000000000000000000000081526004810183905260240161082f565b5f611a0783610e64565b5f81815260208790526040902054909150838103611a54576040517f21fdb7490000000000000000000000000000000000000000000000000000000081526004810185905260240161082f565b8015611a96576040517f7ab94cf1000000000000000000000000000000000000000000000000000000008152600481018590526024810182905260440161082f565b505f90815260208590526040902091909155506001016118e4565b505f85815260076020908152604080832067ffffffffffffffff8816845290915281208054849290611ae4908490612cf0565b925050819055508367ffffffffffffffff16857f626e732300ca205e61db68d69b79206d9de5221f995b0f0e476a65cba58f3cc98585604051611b28929190612d43565b60405180910390a35050505050565b611b41838361171b565b5f83815260076020908152604080832067ffffffffffffffff8616845290915281205490819003611bb1576040517f950645990000000000000000000000000000000000000000000000000000000081526004810185905267ffffffffffffffff8416602482015260440161082f565b5f848152600b6020908152604080832067ffffffffffffffff871684529091529020548015611c26576040517f3d756ebc0000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff851660248201526044810182905260640161082f565b5f85815260066020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff891690811790915560088352818420818552835292819020869055805186815291820185905287917f268bf1150d4c9ea44240e202f039ed65fb84e3e15ea8ae0954d9c3ab927271b39101611b28565b6001600160a01b038416611cf5576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f600482015260240161082f565b6001600160a01b038516611d37576040517f01a835140000000000000000000000000000000000000000000000000000000081525f600482015260240161082f565b60408051600180825260208201869052818301908152606082018590526080820190925290611d6a87878484875f611f33565b50505050505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167fd9b67a26000000000000000000000000000000000000000000000000000000001480611e0557507fffffffff0000000000000000000000000000000000000000000000000000000082167f0e89341c00000000000000000000000000000000000000000000000000000000145b8061063957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610639565b5f8281526003602090815260408083206001600160a01b038516845290915290205460ff16610e92576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024810183905260440161082f565b6001600160a01b038416611f04576040517f57f447ce0000000000000000000000000000000000000000000000000000000081525f600482015260240161082f565b60408051600180825260208201869052818301908152606082018590526080820190925290610f0d5f87848487845b611f3f86868686611f8b565b6001600160a01b03851615610f0d57338115611f6857611f638188888888886121cc565b611d6a565b60208581015190850151611f80838a8a85858a612387565b505050505050505050565b8051825114611fd357815181516040517f5b0599910000000000000000000000000000000000000000000000000000000081526004810192909252602482015260440161082f565b335f5b83518110156120ee576020818102858101820151908501909101516001600160a01b038816156120a0575f828152602081815260408083206001600160a01b038c1684529091529020548181101561207a576040517f03dee4c50000000000000000000000000000000000000000000000000000000081526001600160a01b038a16600482015260248101829052604481018390526064810184905260840161082f565b5f838152602081815260408083206001600160a01b038d16845290915290209082900390555b6001600160a01b038716156120e4575f828152602081815260408083206001600160a01b038b168452909152812080548392906120de908490612cf0565b90915550505b5050600101611fd6565b50825160010361216e5760208301515f906020840151909150856001600160a01b0316876001600160a01b0316846001600160a01b03167fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62858560405161215f929190918252602082015260400190565b60405180910390a450506109de565b836001600160a01b0316856001600160a01b0316826001600160a01b03167f4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb86866040516121bd929190612dca565b60405180910390a45050505050565b6001600160a01b0384163b15610f0d576040517fbc197c810000000000000000000000000000000000000000000000000000000081526001600160a01b0385169063bc197c81906122299089908990889088908890600401612df7565b6020604051808303815f875af1925050508015612281575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820190925261227e91810190612e59565b60015b612301573d8080156122ae576040519150601f19603f3d011682016040523d82523d5f602084013e6122b3565b606091505b5080515f036122f9576040517f57f447ce0000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015260240161082f565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167fbc197c810000000000000000000000000000000000000000000000000000000014611d6a576040517f57f447ce0000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015260240161082f565b6001600160a01b0384163b15610f0d576040517ff23a6e610000000000000000000000000000000000000000000000000000000081526001600160a01b0385169063f23a6e61906123e49089908990889088908890600401612e74565b6020604051808303815f875af192505050801561243c575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820190925261243991810190612e59565b60015b612469573d8080156122ae576040519150601f19603f3d011682016040523d82523d5f602084013e6122b3565b7fffffffff0000000000000000000000000000000000000000000000000000000081167ff23a6e610000000000000000000000000000000000000000000000000000000014611d6a576040517f57f447ce0000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015260240161082f565b80356001600160a01b038116811461125d575f5ffd5b5f5f60408385031215612516575f5ffd5b61251f836124ef565b946020939093013593505050565b7fffffffff000000000000000000000000000000000000000000000000000000008116811461115f575f5ffd5b5f6020828403121561256a575f5ffd5b8135610e808161252d565b5f60208284031215612585575f5ffd5b5035919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f610e80602083018461258c565b5f5f5f5f5f60a086880312156125fe575f5ffd5b85359450602086013593506040860135925061261c606087016124ef565b949793965091946080013592915050565b5f5f6040838503121561263e575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff811182821017156126c1576126c161264d565b604052919050565b5f67ffffffffffffffff8211156126e2576126e261264d565b5060051b60200190565b5f82601f8301126126fb575f5ffd5b813561270e612709826126c9565b61267a565b8082825260208201915060208360051b86010192508583111561272f575f5ffd5b602085015b8381101561274c578035835260209283019201612734565b5095945050505050565b5f82601f830112612765575f5ffd5b813567ffffffffffffffff81111561277f5761277f61264d565b6127b060207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8401160161267a565b8181528460208386010111156127c4575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a086880312156127f4575f5ffd5b6127fd866124ef565b945061280b602087016124ef565b9350604086013567ffffffffffffffff811115612826575f5ffd5b612832888289016126ec565b935050606086013567ffffffffffffffff81111561284e575f5ffd5b61285a888289016126ec565b925050608086013567ffffffffffffffff811115612876575f5ffd5b61288288828901612756565b9150509295509295909350565b5f5f604083850312156128a0575f5ffd5b823591506128b0602084016124ef565b90509250929050565b5f5f5f5f5f5f5f60e0888a0312156128cf575f5ffd5b8735965060208801359550604088013560ff811681146128ed575f5ffd5b94506128fb606089016124ef565b93506080880135925061291060a089016124ef565b96999598509396929591949193505060c09091013590565b803567ffffffffffffffff8116811461125d575f5ffd5b5f5f83601f84011261294f575f5ffd5b50813567ffffffffffffffff811115612966575f5ffd5b6020830191508360208260051b8501011115612980575f5ffd5b9250929050565b5f5f5f5f6060858703121561299a575f5ffd5b843593506129aa60208601612928565b9250604085013567ffffffffffffffff8111156129c5575f5ffd5b6129d18782880161293f565b95989497509550505050565b5f5f604083850312156129ee575f5ffd5b823567ffffffffffffffff811115612a04575f5ffd5b8301601f81018513612a14575f5ffd5b8035612a22612709826126c9565b8082825260208201915060208360051b850101925087831115612a43575f5ffd5b6020840193505b82841015612a6c57612a5b846124ef565b825260209384019390910190612a4a565b9450505050602083013567ffffffffffffffff811115612a8a575f5ffd5b612a96858286016126ec565b9150509250929050565b5f8151808452602084019350602083015f5b82811015612ad0578151865260209586019590910190600101612ab2565b5093949350505050565b602081525f610e806020830184612aa0565b5f5f60408385031215612afd575f5ffd5b823591506128b060208401612928565b5f5f60408385031215612b1e575f5ffd5b612b27836124ef565b915060208301358015158114612b3b575f5ffd5b809150509250929050565b5f5f5f5f5f60808688031215612b5a575f5ffd5b85359450612b6a60208701612928565b9350604086013567ffffffffffffffff811115612b85575f5ffd5b612b918882890161293f565b96999598509660600135949350505050565b5f5f5f60608486031215612bb5575f5ffd5b83359250612bc560208501612928565b929592945050506040919091013590565b5f5f60408385031215612be7575f5ffd5b612bf0836124ef565b91506128b0602084016124ef565b5f5f5f5f5f60a08688031215612c12575f5ffd5b612c1b866124ef565b9450612c29602087016124ef565b93506040860135925060608601359150608086013567ffffffffffffffff811115612876575f5ffd5b600181811c90821680612c6657607f821691505b602082108103612c9d577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561063957610639612ca3565b8082018082111561063957610639612ca3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561063957610639612ca3565b602081528160208201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115612d7a575f5ffd5b8260051b80856040850137919091016040019392505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612dc357612dc3612ca3565b5060010190565b604081525f612ddc6040830185612aa0565b8281036020840152612dee8185612aa0565b95945050505050565b6001600160a01b03861681526001600160a01b038516602082015260a060408201525f612e2760a0830186612aa0565b8281036060840152612e398186612aa0565b90508281036080840152612e4d818561258c565b98975050505050505050565b5f60208284031215612e69575f5ffd5b8151610e808161252d565b6001600160a01b03861681526001600160a01b038516602082015283604082015282606082015260a060808201525f61148060a083018461258c56",
}

// OwnershipToken is an auto generated Go binding around an Ethereum contract.
type OwnershipToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OwnershipToken) GetABI() abi.ABI {
	return c.abi
}

// NewOwnershipToken creates a new instance of OwnershipToken.
func NewOwnershipToken() *OwnershipToken {
	parsed, err := OwnershipTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OwnershipToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OwnershipToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (ownershipToken *OwnershipToken) PackConstructor(admin common.Address) []byte {
	enc, err := ownershipToken.abi.Pack("", admin)
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
func (ownershipToken *OwnershipToken) PackDEFAULTADMINROLE() []byte {
	enc, err := ownershipToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (ownershipToken *OwnershipToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return ownershipToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (ownershipToken *OwnershipToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := ownershipToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPUBLISHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4b6fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (ownershipToken *OwnershipToken) PackPUBLISHERROLE() []byte {
	enc, err := ownershipToken.abi.Pack("PUBLISHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPUBLISHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4b6fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (ownershipToken *OwnershipToken) TryPackPUBLISHERROLE() ([]byte, error) {
	return ownershipToken.abi.Pack("PUBLISHER_ROLE")
}

// UnpackPUBLISHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8f4b6fd.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (ownershipToken *OwnershipToken) UnpackPUBLISHERROLE(data []byte) ([32]byte, error) {
	out, err := ownershipToken.abi.Unpack("PUBLISHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (ownershipToken *OwnershipToken) PackREGISTRARROLE() []byte {
	enc, err := ownershipToken.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (ownershipToken *OwnershipToken) TryPackREGISTRARROLE() ([]byte, error) {
	return ownershipToken.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (ownershipToken *OwnershipToken) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := ownershipToken.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackROLELABEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fb55981.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_LABEL() view returns(uint8)
func (ownershipToken *OwnershipToken) PackROLELABEL() []byte {
	enc, err := ownershipToken.abi.Pack("ROLE_LABEL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLELABEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fb55981.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_LABEL() view returns(uint8)
func (ownershipToken *OwnershipToken) TryPackROLELABEL() ([]byte, error) {
	return ownershipToken.abi.Pack("ROLE_LABEL")
}

// UnpackROLELABEL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fb55981.
//
// Solidity: function ROLE_LABEL() view returns(uint8)
func (ownershipToken *OwnershipToken) UnpackROLELABEL(data []byte) (uint8, error) {
	out, err := ownershipToken.abi.Unpack("ROLE_LABEL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLESAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb2f8d05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_SAMPLE() view returns(uint8)
func (ownershipToken *OwnershipToken) PackROLESAMPLE() []byte {
	enc, err := ownershipToken.abi.Pack("ROLE_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLESAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb2f8d05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_SAMPLE() view returns(uint8)
func (ownershipToken *OwnershipToken) TryPackROLESAMPLE() ([]byte, error) {
	return ownershipToken.abi.Pack("ROLE_SAMPLE")
}

// UnpackROLESAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb2f8d05.
//
// Solidity: function ROLE_SAMPLE() view returns(uint8)
func (ownershipToken *OwnershipToken) UnpackROLESAMPLE(data []byte) (uint8, error) {
	out, err := ownershipToken.abi.Unpack("ROLE_SAMPLE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLEVALIDATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd9b5b9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_VALIDATION() view returns(uint8)
func (ownershipToken *OwnershipToken) PackROLEVALIDATION() []byte {
	enc, err := ownershipToken.abi.Pack("ROLE_VALIDATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEVALIDATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd9b5b9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_VALIDATION() view returns(uint8)
func (ownershipToken *OwnershipToken) TryPackROLEVALIDATION() ([]byte, error) {
	return ownershipToken.abi.Pack("ROLE_VALIDATION")
}

// UnpackROLEVALIDATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd9b5b9d.
//
// Solidity: function ROLE_VALIDATION() view returns(uint8)
func (ownershipToken *OwnershipToken) UnpackROLEVALIDATION(data []byte) (uint8, error) {
	out, err := ownershipToken.abi.Unpack("ROLE_VALIDATION", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAddToVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabf6a155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addToVersion(uint256 datasetId, uint64 version, uint256[] cfIds) returns()
func (ownershipToken *OwnershipToken) PackAddToVersion(datasetId *big.Int, version uint64, cfIds []*big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("addToVersion", datasetId, version, cfIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddToVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabf6a155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addToVersion(uint256 datasetId, uint64 version, uint256[] cfIds) returns()
func (ownershipToken *OwnershipToken) TryPackAddToVersion(datasetId *big.Int, version uint64, cfIds []*big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("addToVersion", datasetId, version, cfIds)
}

// PackAmendContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f3d1eea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function amendContribution(uint256 oldCfId, bytes32 contentHash, bytes32 reasonHash, address holder, uint256 units) returns(uint256 newCfId)
func (ownershipToken *OwnershipToken) PackAmendContribution(oldCfId *big.Int, contentHash [32]byte, reasonHash [32]byte, holder common.Address, units *big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("amendContribution", oldCfId, contentHash, reasonHash, holder, units)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAmendContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f3d1eea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function amendContribution(uint256 oldCfId, bytes32 contentHash, bytes32 reasonHash, address holder, uint256 units) returns(uint256 newCfId)
func (ownershipToken *OwnershipToken) TryPackAmendContribution(oldCfId *big.Int, contentHash [32]byte, reasonHash [32]byte, holder common.Address, units *big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("amendContribution", oldCfId, contentHash, reasonHash, holder, units)
}

// UnpackAmendContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f3d1eea.
//
// Solidity: function amendContribution(uint256 oldCfId, bytes32 contentHash, bytes32 reasonHash, address holder, uint256 units) returns(uint256 newCfId)
func (ownershipToken *OwnershipToken) UnpackAmendContribution(data []byte) (*big.Int, error) {
	out, err := ownershipToken.abi.Unpack("amendContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (ownershipToken *OwnershipToken) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("balanceOf", account, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (ownershipToken *OwnershipToken) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (ownershipToken *OwnershipToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := ownershipToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (ownershipToken *OwnershipToken) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("balanceOfBatch", accounts, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (ownershipToken *OwnershipToken) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[])
func (ownershipToken *OwnershipToken) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := ownershipToken.abi.Unpack("balanceOfBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8709c40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribution(uint256 cfId) view returns((uint256,bytes32,address,uint8,bool,bytes32,uint256))
func (ownershipToken *OwnershipToken) PackContribution(cfId *big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("contribution", cfId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8709c40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribution(uint256 cfId) view returns((uint256,bytes32,address,uint8,bool,bytes32,uint256))
func (ownershipToken *OwnershipToken) TryPackContribution(cfId *big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("contribution", cfId)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8709c40.
//
// Solidity: function contribution(uint256 cfId) view returns((uint256,bytes32,address,uint8,bool,bytes32,uint256))
func (ownershipToken *OwnershipToken) UnpackContribution(data []byte) (OwnershipTokenContribution, error) {
	out, err := ownershipToken.abi.Unpack("contribution", data)
	if err != nil {
		return *new(OwnershipTokenContribution), err
	}
	out0 := *abi.ConvertType(out[0], new(OwnershipTokenContribution)).(*OwnershipTokenContribution)
	return out0, nil
}

// PackDeprecateContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b321911.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecateContribution(uint256 cfId, bytes32 reasonHash) returns()
func (ownershipToken *OwnershipToken) PackDeprecateContribution(cfId *big.Int, reasonHash [32]byte) []byte {
	enc, err := ownershipToken.abi.Pack("deprecateContribution", cfId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecateContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b321911.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecateContribution(uint256 cfId, bytes32 reasonHash) returns()
func (ownershipToken *OwnershipToken) TryPackDeprecateContribution(cfId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return ownershipToken.abi.Pack("deprecateContribution", cfId, reasonHash)
}

// PackDeprecatedInVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb630c52a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecatedInVersion(uint256 datasetId, uint64 version) view returns(uint256)
func (ownershipToken *OwnershipToken) PackDeprecatedInVersion(datasetId *big.Int, version uint64) []byte {
	enc, err := ownershipToken.abi.Pack("deprecatedInVersion", datasetId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecatedInVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb630c52a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecatedInVersion(uint256 datasetId, uint64 version) view returns(uint256)
func (ownershipToken *OwnershipToken) TryPackDeprecatedInVersion(datasetId *big.Int, version uint64) ([]byte, error) {
	return ownershipToken.abi.Pack("deprecatedInVersion", datasetId, version)
}

// UnpackDeprecatedInVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb630c52a.
//
// Solidity: function deprecatedInVersion(uint256 datasetId, uint64 version) view returns(uint256)
func (ownershipToken *OwnershipToken) UnpackDeprecatedInVersion(data []byte) (*big.Int, error) {
	out, err := ownershipToken.abi.Unpack("deprecatedInVersion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (ownershipToken *OwnershipToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := ownershipToken.abi.Pack("getRoleAdmin", role)
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
func (ownershipToken *OwnershipToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return ownershipToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (ownershipToken *OwnershipToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := ownershipToken.abi.Unpack("getRoleAdmin", data)
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
func (ownershipToken *OwnershipToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := ownershipToken.abi.Pack("grantRole", role, account)
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
func (ownershipToken *OwnershipToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return ownershipToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (ownershipToken *OwnershipToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := ownershipToken.abi.Pack("hasRole", role, account)
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
func (ownershipToken *OwnershipToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return ownershipToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (ownershipToken *OwnershipToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := ownershipToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8171cf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inVersion(uint256 datasetId, uint64 version, uint256 cfId) view returns(bool)
func (ownershipToken *OwnershipToken) PackInVersion(datasetId *big.Int, version uint64, cfId *big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("inVersion", datasetId, version, cfId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8171cf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inVersion(uint256 datasetId, uint64 version, uint256 cfId) view returns(bool)
func (ownershipToken *OwnershipToken) TryPackInVersion(datasetId *big.Int, version uint64, cfId *big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("inVersion", datasetId, version, cfId)
}

// UnpackInVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8171cf6.
//
// Solidity: function inVersion(uint256 datasetId, uint64 version, uint256 cfId) view returns(bool)
func (ownershipToken *OwnershipToken) UnpackInVersion(data []byte) (bool, error) {
	out, err := ownershipToken.abi.Unpack("inVersion", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (ownershipToken *OwnershipToken) PackIsApprovedForAll(account common.Address, operator common.Address) []byte {
	enc, err := ownershipToken.abi.Pack("isApprovedForAll", account, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (ownershipToken *OwnershipToken) TryPackIsApprovedForAll(account common.Address, operator common.Address) ([]byte, error) {
	return ownershipToken.abi.Pack("isApprovedForAll", account, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address account, address operator) view returns(bool)
func (ownershipToken *OwnershipToken) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := ownershipToken.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastCfId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb32f25af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCfId() view returns(uint256)
func (ownershipToken *OwnershipToken) PackLastCfId() []byte {
	enc, err := ownershipToken.abi.Pack("lastCfId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCfId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb32f25af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCfId() view returns(uint256)
func (ownershipToken *OwnershipToken) TryPackLastCfId() ([]byte, error) {
	return ownershipToken.abi.Pack("lastCfId")
}

// UnpackLastCfId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb32f25af.
//
// Solidity: function lastCfId() view returns(uint256)
func (ownershipToken *OwnershipToken) UnpackLastCfId(data []byte) (*big.Int, error) {
	out, err := ownershipToken.abi.Unpack("lastCfId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastSealedVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe83bcfc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSealedVersion(uint256 datasetId) view returns(uint64)
func (ownershipToken *OwnershipToken) PackLastSealedVersion(datasetId *big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("lastSealedVersion", datasetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSealedVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe83bcfc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSealedVersion(uint256 datasetId) view returns(uint64)
func (ownershipToken *OwnershipToken) TryPackLastSealedVersion(datasetId *big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("lastSealedVersion", datasetId)
}

// UnpackLastSealedVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe83bcfc6.
//
// Solidity: function lastSealedVersion(uint256 datasetId) view returns(uint64)
func (ownershipToken *OwnershipToken) UnpackLastSealedVersion(data []byte) (uint64, error) {
	out, err := ownershipToken.abi.Unpack("lastSealedVersion", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLineageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d5acea2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lineageOf(uint256 cfId) view returns(uint256)
func (ownershipToken *OwnershipToken) PackLineageOf(cfId *big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("lineageOf", cfId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLineageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d5acea2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lineageOf(uint256 cfId) view returns(uint256)
func (ownershipToken *OwnershipToken) TryPackLineageOf(cfId *big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("lineageOf", cfId)
}

// UnpackLineageOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d5acea2.
//
// Solidity: function lineageOf(uint256 cfId) view returns(uint256)
func (ownershipToken *OwnershipToken) UnpackLineageOf(data []byte) (*big.Int, error) {
	out, err := ownershipToken.abi.Unpack("lineageOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe8f9bc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(uint256 datasetId, uint64 version, uint256[] cfIds, bytes32 manifestHash) returns()
func (ownershipToken *OwnershipToken) PackPublishVersion(datasetId *big.Int, version uint64, cfIds []*big.Int, manifestHash [32]byte) []byte {
	enc, err := ownershipToken.abi.Pack("publishVersion", datasetId, version, cfIds, manifestHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe8f9bc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(uint256 datasetId, uint64 version, uint256[] cfIds, bytes32 manifestHash) returns()
func (ownershipToken *OwnershipToken) TryPackPublishVersion(datasetId *big.Int, version uint64, cfIds []*big.Int, manifestHash [32]byte) ([]byte, error) {
	return ownershipToken.abi.Pack("publishVersion", datasetId, version, cfIds, manifestHash)
}

// PackRegisterContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48f39bc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerContribution(uint256 datasetId, bytes32 assetId, uint8 role, address contributor, bytes32 contentHash, address holder, uint256 units) returns(uint256 cfId)
func (ownershipToken *OwnershipToken) PackRegisterContribution(datasetId *big.Int, assetId [32]byte, role uint8, contributor common.Address, contentHash [32]byte, holder common.Address, units *big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("registerContribution", datasetId, assetId, role, contributor, contentHash, holder, units)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48f39bc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerContribution(uint256 datasetId, bytes32 assetId, uint8 role, address contributor, bytes32 contentHash, address holder, uint256 units) returns(uint256 cfId)
func (ownershipToken *OwnershipToken) TryPackRegisterContribution(datasetId *big.Int, assetId [32]byte, role uint8, contributor common.Address, contentHash [32]byte, holder common.Address, units *big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("registerContribution", datasetId, assetId, role, contributor, contentHash, holder, units)
}

// UnpackRegisterContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48f39bc7.
//
// Solidity: function registerContribution(uint256 datasetId, bytes32 assetId, uint8 role, address contributor, bytes32 contentHash, address holder, uint256 units) returns(uint256 cfId)
func (ownershipToken *OwnershipToken) UnpackRegisterContribution(data []byte) (*big.Int, error) {
	out, err := ownershipToken.abi.Unpack("registerContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveFromVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ac8cb43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeFromVersion(uint256 datasetId, uint64 version, uint256[] cfIds) returns()
func (ownershipToken *OwnershipToken) PackRemoveFromVersion(datasetId *big.Int, version uint64, cfIds []*big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("removeFromVersion", datasetId, version, cfIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveFromVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ac8cb43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeFromVersion(uint256 datasetId, uint64 version, uint256[] cfIds) returns()
func (ownershipToken *OwnershipToken) TryPackRemoveFromVersion(datasetId *big.Int, version uint64, cfIds []*big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("removeFromVersion", datasetId, version, cfIds)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (ownershipToken *OwnershipToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := ownershipToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (ownershipToken *OwnershipToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return ownershipToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (ownershipToken *OwnershipToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := ownershipToken.abi.Pack("revokeRole", role, account)
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
func (ownershipToken *OwnershipToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return ownershipToken.abi.Pack("revokeRole", role, account)
}

// PackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (ownershipToken *OwnershipToken) PackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) []byte {
	enc, err := ownershipToken.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeBatchTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eb2c2d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] values, bytes data) returns()
func (ownershipToken *OwnershipToken) TryPackSafeBatchTransferFrom(from common.Address, to common.Address, ids []*big.Int, values []*big.Int, data []byte) ([]byte, error) {
	return ownershipToken.abi.Pack("safeBatchTransferFrom", from, to, ids, values, data)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (ownershipToken *OwnershipToken) PackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) []byte {
	enc, err := ownershipToken.abi.Pack("safeTransferFrom", from, to, id, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf242432a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 id, uint256 value, bytes data) returns()
func (ownershipToken *OwnershipToken) TryPackSafeTransferFrom(from common.Address, to common.Address, id *big.Int, value *big.Int, data []byte) ([]byte, error) {
	return ownershipToken.abi.Pack("safeTransferFrom", from, to, id, value, data)
}

// PackSealVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf330a479.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sealVersion(uint256 datasetId, uint64 version, bytes32 manifestHash) returns()
func (ownershipToken *OwnershipToken) PackSealVersion(datasetId *big.Int, version uint64, manifestHash [32]byte) []byte {
	enc, err := ownershipToken.abi.Pack("sealVersion", datasetId, version, manifestHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSealVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf330a479.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sealVersion(uint256 datasetId, uint64 version, bytes32 manifestHash) returns()
func (ownershipToken *OwnershipToken) TryPackSealVersion(datasetId *big.Int, version uint64, manifestHash [32]byte) ([]byte, error) {
	return ownershipToken.abi.Pack("sealVersion", datasetId, version, manifestHash)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (ownershipToken *OwnershipToken) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := ownershipToken.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (ownershipToken *OwnershipToken) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return ownershipToken.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (ownershipToken *OwnershipToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := ownershipToken.abi.Pack("supportsInterface", interfaceId)
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
func (ownershipToken *OwnershipToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return ownershipToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (ownershipToken *OwnershipToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := ownershipToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 ) view returns(string)
func (ownershipToken *OwnershipToken) PackUri(arg0 *big.Int) []byte {
	enc, err := ownershipToken.abi.Pack("uri", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 ) view returns(string)
func (ownershipToken *OwnershipToken) TryPackUri(arg0 *big.Int) ([]byte, error) {
	return ownershipToken.abi.Pack("uri", arg0)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 ) view returns(string)
func (ownershipToken *OwnershipToken) UnpackUri(data []byte) (string, error) {
	out, err := ownershipToken.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVersionCFCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66ec9c70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionCFCount(uint256 datasetId, uint64 version) view returns(uint256)
func (ownershipToken *OwnershipToken) PackVersionCFCount(datasetId *big.Int, version uint64) []byte {
	enc, err := ownershipToken.abi.Pack("versionCFCount", datasetId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionCFCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66ec9c70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionCFCount(uint256 datasetId, uint64 version) view returns(uint256)
func (ownershipToken *OwnershipToken) TryPackVersionCFCount(datasetId *big.Int, version uint64) ([]byte, error) {
	return ownershipToken.abi.Pack("versionCFCount", datasetId, version)
}

// UnpackVersionCFCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66ec9c70.
//
// Solidity: function versionCFCount(uint256 datasetId, uint64 version) view returns(uint256)
func (ownershipToken *OwnershipToken) UnpackVersionCFCount(data []byte) (*big.Int, error) {
	out, err := ownershipToken.abi.Unpack("versionCFCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVersionManifest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb06ff4f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionManifest(uint256 datasetId, uint64 version) view returns(bytes32)
func (ownershipToken *OwnershipToken) PackVersionManifest(datasetId *big.Int, version uint64) []byte {
	enc, err := ownershipToken.abi.Pack("versionManifest", datasetId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionManifest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb06ff4f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionManifest(uint256 datasetId, uint64 version) view returns(bytes32)
func (ownershipToken *OwnershipToken) TryPackVersionManifest(datasetId *big.Int, version uint64) ([]byte, error) {
	return ownershipToken.abi.Pack("versionManifest", datasetId, version)
}

// UnpackVersionManifest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb06ff4f9.
//
// Solidity: function versionManifest(uint256 datasetId, uint64 version) view returns(bytes32)
func (ownershipToken *OwnershipToken) UnpackVersionManifest(data []byte) ([32]byte, error) {
	out, err := ownershipToken.abi.Unpack("versionManifest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// OwnershipTokenApprovalForAll represents a ApprovalForAll event raised by the OwnershipToken contract.
type OwnershipTokenApprovalForAll struct {
	Account  common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenApprovalForAll) ContractEventName() string {
	return OwnershipTokenApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed account, address indexed operator, bool approved)
func (ownershipToken *OwnershipToken) UnpackApprovalForAllEvent(log *types.Log) (*OwnershipTokenApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenApprovalForAll)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenContributionAmended represents a ContributionAmended event raised by the OwnershipToken contract.
type OwnershipTokenContributionAmended struct {
	OldCfId    *big.Int
	NewCfId    *big.Int
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenContributionAmendedEventName = "ContributionAmended"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenContributionAmended) ContractEventName() string {
	return OwnershipTokenContributionAmendedEventName
}

// UnpackContributionAmendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionAmended(uint256 indexed oldCfId, uint256 indexed newCfId, bytes32 reasonHash)
func (ownershipToken *OwnershipToken) UnpackContributionAmendedEvent(log *types.Log) (*OwnershipTokenContributionAmended, error) {
	event := "ContributionAmended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenContributionAmended)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenContributionDeprecated represents a ContributionDeprecated event raised by the OwnershipToken contract.
type OwnershipTokenContributionDeprecated struct {
	CfId       *big.Int
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenContributionDeprecatedEventName = "ContributionDeprecated"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenContributionDeprecated) ContractEventName() string {
	return OwnershipTokenContributionDeprecatedEventName
}

// UnpackContributionDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionDeprecated(uint256 indexed cfId, bytes32 reasonHash)
func (ownershipToken *OwnershipToken) UnpackContributionDeprecatedEvent(log *types.Log) (*OwnershipTokenContributionDeprecated, error) {
	event := "ContributionDeprecated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenContributionDeprecated)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenContributionRegistered represents a ContributionRegistered event raised by the OwnershipToken contract.
type OwnershipTokenContributionRegistered struct {
	CfId        *big.Int
	DatasetId   *big.Int
	AssetId     [32]byte
	Role        uint8
	Contributor common.Address
	ContentHash [32]byte
	Holder      common.Address
	Units       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenContributionRegisteredEventName = "ContributionRegistered"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenContributionRegistered) ContractEventName() string {
	return OwnershipTokenContributionRegisteredEventName
}

// UnpackContributionRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionRegistered(uint256 indexed cfId, uint256 indexed datasetId, bytes32 indexed assetId, uint8 role, address contributor, bytes32 contentHash, address holder, uint256 units)
func (ownershipToken *OwnershipToken) UnpackContributionRegisteredEvent(log *types.Log) (*OwnershipTokenContributionRegistered, error) {
	event := "ContributionRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenContributionRegistered)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenRoleAdminChanged represents a RoleAdminChanged event raised by the OwnershipToken contract.
type OwnershipTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenRoleAdminChanged) ContractEventName() string {
	return OwnershipTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (ownershipToken *OwnershipToken) UnpackRoleAdminChangedEvent(log *types.Log) (*OwnershipTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenRoleGranted represents a RoleGranted event raised by the OwnershipToken contract.
type OwnershipTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenRoleGranted) ContractEventName() string {
	return OwnershipTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (ownershipToken *OwnershipToken) UnpackRoleGrantedEvent(log *types.Log) (*OwnershipTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenRoleRevoked represents a RoleRevoked event raised by the OwnershipToken contract.
type OwnershipTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenRoleRevoked) ContractEventName() string {
	return OwnershipTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (ownershipToken *OwnershipToken) UnpackRoleRevokedEvent(log *types.Log) (*OwnershipTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenTransferBatch represents a TransferBatch event raised by the OwnershipToken contract.
type OwnershipTokenTransferBatch struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Ids      []*big.Int
	Values   []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenTransferBatchEventName = "TransferBatch"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenTransferBatch) ContractEventName() string {
	return OwnershipTokenTransferBatchEventName
}

// UnpackTransferBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)
func (ownershipToken *OwnershipToken) UnpackTransferBatchEvent(log *types.Log) (*OwnershipTokenTransferBatch, error) {
	event := "TransferBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenTransferBatch)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenTransferSingle represents a TransferSingle event raised by the OwnershipToken contract.
type OwnershipTokenTransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenTransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenTransferSingle) ContractEventName() string {
	return OwnershipTokenTransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (ownershipToken *OwnershipToken) UnpackTransferSingleEvent(log *types.Log) (*OwnershipTokenTransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenTransferSingle)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenURI represents a URI event raised by the OwnershipToken contract.
type OwnershipTokenURI struct {
	Value string
	Id    *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenURIEventName = "URI"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenURI) ContractEventName() string {
	return OwnershipTokenURIEventName
}

// UnpackURIEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URI(string value, uint256 indexed id)
func (ownershipToken *OwnershipToken) UnpackURIEvent(log *types.Log) (*OwnershipTokenURI, error) {
	event := "URI"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenURI)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenVersionCFsAdded represents a VersionCFsAdded event raised by the OwnershipToken contract.
type OwnershipTokenVersionCFsAdded struct {
	DatasetId *big.Int
	Version   uint64
	CfIds     []*big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenVersionCFsAddedEventName = "VersionCFsAdded"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenVersionCFsAdded) ContractEventName() string {
	return OwnershipTokenVersionCFsAddedEventName
}

// UnpackVersionCFsAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionCFsAdded(uint256 indexed datasetId, uint64 indexed version, uint256[] cfIds)
func (ownershipToken *OwnershipToken) UnpackVersionCFsAddedEvent(log *types.Log) (*OwnershipTokenVersionCFsAdded, error) {
	event := "VersionCFsAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenVersionCFsAdded)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenVersionCFsRemoved represents a VersionCFsRemoved event raised by the OwnershipToken contract.
type OwnershipTokenVersionCFsRemoved struct {
	DatasetId *big.Int
	Version   uint64
	CfIds     []*big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenVersionCFsRemovedEventName = "VersionCFsRemoved"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenVersionCFsRemoved) ContractEventName() string {
	return OwnershipTokenVersionCFsRemovedEventName
}

// UnpackVersionCFsRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionCFsRemoved(uint256 indexed datasetId, uint64 indexed version, uint256[] cfIds)
func (ownershipToken *OwnershipToken) UnpackVersionCFsRemovedEvent(log *types.Log) (*OwnershipTokenVersionCFsRemoved, error) {
	event := "VersionCFsRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenVersionCFsRemoved)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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

// OwnershipTokenVersionSealed represents a VersionSealed event raised by the OwnershipToken contract.
type OwnershipTokenVersionSealed struct {
	DatasetId    *big.Int
	Version      uint64
	ManifestHash [32]byte
	CfCount      *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const OwnershipTokenVersionSealedEventName = "VersionSealed"

// ContractEventName returns the user-defined event name.
func (OwnershipTokenVersionSealed) ContractEventName() string {
	return OwnershipTokenVersionSealedEventName
}

// UnpackVersionSealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionSealed(uint256 indexed datasetId, uint64 indexed version, bytes32 manifestHash, uint256 cfCount)
func (ownershipToken *OwnershipToken) UnpackVersionSealedEvent(log *types.Log) (*OwnershipTokenVersionSealed, error) {
	event := "VersionSealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ownershipToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OwnershipTokenVersionSealed)
	if len(log.Data) > 0 {
		if err := ownershipToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ownershipToken.abi.Events[event].Inputs {
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
func (ownershipToken *OwnershipToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["CFDeprecated"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackCFDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["CFNotDeprecated"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackCFNotDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["CFRepeated"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackCFRepeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["CFSuperseded"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackCFSupersededError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["DeprecatedInVersion"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackDeprecatedInVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ERC1155InsufficientBalance"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackERC1155InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ERC1155InvalidApprover"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackERC1155InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ERC1155InvalidArrayLength"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackERC1155InvalidArrayLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ERC1155InvalidOperator"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackERC1155InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ERC1155InvalidReceiver"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackERC1155InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ERC1155InvalidSender"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackERC1155InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ERC1155MissingApprovalForAll"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackERC1155MissingApprovalForAllError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["EmptyVersion"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackEmptyVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["InvalidRole"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackInvalidRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["LineageRepeated"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackLineageRepeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["NotInVersion"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackNotInVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["UnknownCF"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackUnknownCFError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["VersionNotOpen"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackVersionNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["WrongDataset"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackWrongDatasetError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], ownershipToken.abi.Errors["ZeroUnits"].ID.Bytes()[:4]) {
		return ownershipToken.UnpackZeroUnitsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OwnershipTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the OwnershipToken contract.
type OwnershipTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func OwnershipTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (ownershipToken *OwnershipToken) UnpackAccessControlBadConfirmationError(raw []byte) (*OwnershipTokenAccessControlBadConfirmation, error) {
	out := new(OwnershipTokenAccessControlBadConfirmation)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the OwnershipToken contract.
type OwnershipTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func OwnershipTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (ownershipToken *OwnershipToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*OwnershipTokenAccessControlUnauthorizedAccount, error) {
	out := new(OwnershipTokenAccessControlUnauthorizedAccount)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenCFDeprecated represents a CFDeprecated error raised by the OwnershipToken contract.
type OwnershipTokenCFDeprecated struct {
	CfId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CFDeprecated(uint256 cfId)
func OwnershipTokenCFDeprecatedErrorID() common.Hash {
	return common.HexToHash("0x45b24cdcf779b3c6c08738a5916fffad7f51222a8eee8d23f9ed811c3a065317")
}

// UnpackCFDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CFDeprecated(uint256 cfId)
func (ownershipToken *OwnershipToken) UnpackCFDeprecatedError(raw []byte) (*OwnershipTokenCFDeprecated, error) {
	out := new(OwnershipTokenCFDeprecated)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "CFDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenCFNotDeprecated represents a CFNotDeprecated error raised by the OwnershipToken contract.
type OwnershipTokenCFNotDeprecated struct {
	CfId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CFNotDeprecated(uint256 cfId)
func OwnershipTokenCFNotDeprecatedErrorID() common.Hash {
	return common.HexToHash("0xf3fe54d3b199e45ddea7cd6c64cdb7f27e385bafc97480b95488bc3d82ed2f58")
}

// UnpackCFNotDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CFNotDeprecated(uint256 cfId)
func (ownershipToken *OwnershipToken) UnpackCFNotDeprecatedError(raw []byte) (*OwnershipTokenCFNotDeprecated, error) {
	out := new(OwnershipTokenCFNotDeprecated)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "CFNotDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenCFRepeated represents a CFRepeated error raised by the OwnershipToken contract.
type OwnershipTokenCFRepeated struct {
	CfId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CFRepeated(uint256 cfId)
func OwnershipTokenCFRepeatedErrorID() common.Hash {
	return common.HexToHash("0x21fdb749537577e6ba3166a2a34e04ed27d0f9a1c0f767262325229b0e50871f")
}

// UnpackCFRepeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CFRepeated(uint256 cfId)
func (ownershipToken *OwnershipToken) UnpackCFRepeatedError(raw []byte) (*OwnershipTokenCFRepeated, error) {
	out := new(OwnershipTokenCFRepeated)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "CFRepeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenCFSuperseded represents a CFSuperseded error raised by the OwnershipToken contract.
type OwnershipTokenCFSuperseded struct {
	CfId *big.Int
	By   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CFSuperseded(uint256 cfId, uint256 by)
func OwnershipTokenCFSupersededErrorID() common.Hash {
	return common.HexToHash("0x8a16780925715768052e192080847ae5f363de59f82a9b0fd35f655aa72baab9")
}

// UnpackCFSupersededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CFSuperseded(uint256 cfId, uint256 by)
func (ownershipToken *OwnershipToken) UnpackCFSupersededError(raw []byte) (*OwnershipTokenCFSuperseded, error) {
	out := new(OwnershipTokenCFSuperseded)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "CFSuperseded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenDeprecatedInVersion represents a DeprecatedInVersion error raised by the OwnershipToken contract.
type OwnershipTokenDeprecatedInVersion struct {
	DatasetId *big.Int
	Version   uint64
	Count     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeprecatedInVersion(uint256 datasetId, uint64 version, uint256 count)
func OwnershipTokenDeprecatedInVersionErrorID() common.Hash {
	return common.HexToHash("0x3d756ebc6a831fedb0c048da8377ba8309eaf663408525d46c7d829d4e669e03")
}

// UnpackDeprecatedInVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeprecatedInVersion(uint256 datasetId, uint64 version, uint256 count)
func (ownershipToken *OwnershipToken) UnpackDeprecatedInVersionError(raw []byte) (*OwnershipTokenDeprecatedInVersion, error) {
	out := new(OwnershipTokenDeprecatedInVersion)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "DeprecatedInVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenERC1155InsufficientBalance represents a ERC1155InsufficientBalance error raised by the OwnershipToken contract.
type OwnershipTokenERC1155InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func OwnershipTokenERC1155InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x03dee4c573c982787b5f3537d6323ffaca9d864448aa6bd828ada9e5d0837036")
}

// UnpackERC1155InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)
func (ownershipToken *OwnershipToken) UnpackERC1155InsufficientBalanceError(raw []byte) (*OwnershipTokenERC1155InsufficientBalance, error) {
	out := new(OwnershipTokenERC1155InsufficientBalance)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ERC1155InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenERC1155InvalidApprover represents a ERC1155InvalidApprover error raised by the OwnershipToken contract.
type OwnershipTokenERC1155InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func OwnershipTokenERC1155InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0x3e31884e33c33ce0039d1905e3c252950ae3b95240f36d4fff81f5ff6752ef99")
}

// UnpackERC1155InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidApprover(address approver)
func (ownershipToken *OwnershipToken) UnpackERC1155InvalidApproverError(raw []byte) (*OwnershipTokenERC1155InvalidApprover, error) {
	out := new(OwnershipTokenERC1155InvalidApprover)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ERC1155InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenERC1155InvalidArrayLength represents a ERC1155InvalidArrayLength error raised by the OwnershipToken contract.
type OwnershipTokenERC1155InvalidArrayLength struct {
	IdsLength    *big.Int
	ValuesLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func OwnershipTokenERC1155InvalidArrayLengthErrorID() common.Hash {
	return common.HexToHash("0x5b0599913619cfa5633692652638ed25cafcd079c9beae8c251b12c23dcc83f2")
}

// UnpackERC1155InvalidArrayLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidArrayLength(uint256 idsLength, uint256 valuesLength)
func (ownershipToken *OwnershipToken) UnpackERC1155InvalidArrayLengthError(raw []byte) (*OwnershipTokenERC1155InvalidArrayLength, error) {
	out := new(OwnershipTokenERC1155InvalidArrayLength)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ERC1155InvalidArrayLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenERC1155InvalidOperator represents a ERC1155InvalidOperator error raised by the OwnershipToken contract.
type OwnershipTokenERC1155InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func OwnershipTokenERC1155InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0xced3e10010b9d2aa24827119d0db4a8feec73aea48b4b3e470d8a9f3ff723569")
}

// UnpackERC1155InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidOperator(address operator)
func (ownershipToken *OwnershipToken) UnpackERC1155InvalidOperatorError(raw []byte) (*OwnershipTokenERC1155InvalidOperator, error) {
	out := new(OwnershipTokenERC1155InvalidOperator)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ERC1155InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenERC1155InvalidReceiver represents a ERC1155InvalidReceiver error raised by the OwnershipToken contract.
type OwnershipTokenERC1155InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func OwnershipTokenERC1155InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x57f447ceed621d9e134e26de5772c88799abb7322ce2a87f95dce247d47105c6")
}

// UnpackERC1155InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidReceiver(address receiver)
func (ownershipToken *OwnershipToken) UnpackERC1155InvalidReceiverError(raw []byte) (*OwnershipTokenERC1155InvalidReceiver, error) {
	out := new(OwnershipTokenERC1155InvalidReceiver)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ERC1155InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenERC1155InvalidSender represents a ERC1155InvalidSender error raised by the OwnershipToken contract.
type OwnershipTokenERC1155InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155InvalidSender(address sender)
func OwnershipTokenERC1155InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x01a83514e94b34009110b75cac6742ba33bd7c62f18a3616bafea52855d3b175")
}

// UnpackERC1155InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155InvalidSender(address sender)
func (ownershipToken *OwnershipToken) UnpackERC1155InvalidSenderError(raw []byte) (*OwnershipTokenERC1155InvalidSender, error) {
	out := new(OwnershipTokenERC1155InvalidSender)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ERC1155InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenERC1155MissingApprovalForAll represents a ERC1155MissingApprovalForAll error raised by the OwnershipToken contract.
type OwnershipTokenERC1155MissingApprovalForAll struct {
	Operator common.Address
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func OwnershipTokenERC1155MissingApprovalForAllErrorID() common.Hash {
	return common.HexToHash("0xe237d922be9fac42efeaaaffb42cc6b57e0ff95d94a1b74daeff69adc7657754")
}

// UnpackERC1155MissingApprovalForAllError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1155MissingApprovalForAll(address operator, address owner)
func (ownershipToken *OwnershipToken) UnpackERC1155MissingApprovalForAllError(raw []byte) (*OwnershipTokenERC1155MissingApprovalForAll, error) {
	out := new(OwnershipTokenERC1155MissingApprovalForAll)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ERC1155MissingApprovalForAll", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenEmptyVersion represents a EmptyVersion error raised by the OwnershipToken contract.
type OwnershipTokenEmptyVersion struct {
	DatasetId *big.Int
	Version   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyVersion(uint256 datasetId, uint64 version)
func OwnershipTokenEmptyVersionErrorID() common.Hash {
	return common.HexToHash("0x95064599be9ae5877ddf234467f948372973b0349c3e1753b57122deba352d2e")
}

// UnpackEmptyVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyVersion(uint256 datasetId, uint64 version)
func (ownershipToken *OwnershipToken) UnpackEmptyVersionError(raw []byte) (*OwnershipTokenEmptyVersion, error) {
	out := new(OwnershipTokenEmptyVersion)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "EmptyVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenInvalidRole represents a InvalidRole error raised by the OwnershipToken contract.
type OwnershipTokenInvalidRole struct {
	Role uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRole(uint8 role)
func OwnershipTokenInvalidRoleErrorID() common.Hash {
	return common.HexToHash("0xf17864de239d89047e4665b7271d244db7454a63ddcba0725b6ea03427f08765")
}

// UnpackInvalidRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRole(uint8 role)
func (ownershipToken *OwnershipToken) UnpackInvalidRoleError(raw []byte) (*OwnershipTokenInvalidRole, error) {
	out := new(OwnershipTokenInvalidRole)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "InvalidRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenLineageRepeated represents a LineageRepeated error raised by the OwnershipToken contract.
type OwnershipTokenLineageRepeated struct {
	CfId       *big.Int
	MemberCfId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LineageRepeated(uint256 cfId, uint256 memberCfId)
func OwnershipTokenLineageRepeatedErrorID() common.Hash {
	return common.HexToHash("0x7ab94cf1969f6a8ac41df2864f7bc495c3f08c0ffb840fafb8a9f7d0ef3d7cc0")
}

// UnpackLineageRepeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LineageRepeated(uint256 cfId, uint256 memberCfId)
func (ownershipToken *OwnershipToken) UnpackLineageRepeatedError(raw []byte) (*OwnershipTokenLineageRepeated, error) {
	out := new(OwnershipTokenLineageRepeated)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "LineageRepeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenNotInVersion represents a NotInVersion error raised by the OwnershipToken contract.
type OwnershipTokenNotInVersion struct {
	CfId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInVersion(uint256 cfId)
func OwnershipTokenNotInVersionErrorID() common.Hash {
	return common.HexToHash("0x6dd6a2000d8df412c6393a713ea84fafa71573d28715bd65142a5b62feb9114f")
}

// UnpackNotInVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInVersion(uint256 cfId)
func (ownershipToken *OwnershipToken) UnpackNotInVersionError(raw []byte) (*OwnershipTokenNotInVersion, error) {
	out := new(OwnershipTokenNotInVersion)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "NotInVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenUnknownCF represents a UnknownCF error raised by the OwnershipToken contract.
type OwnershipTokenUnknownCF struct {
	CfId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCF(uint256 cfId)
func OwnershipTokenUnknownCFErrorID() common.Hash {
	return common.HexToHash("0xffeb76b62db2559bdef33b18118799a6b7c700f5441c919a7405186e5c0bec61")
}

// UnpackUnknownCFError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCF(uint256 cfId)
func (ownershipToken *OwnershipToken) UnpackUnknownCFError(raw []byte) (*OwnershipTokenUnknownCF, error) {
	out := new(OwnershipTokenUnknownCF)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "UnknownCF", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenVersionNotOpen represents a VersionNotOpen error raised by the OwnershipToken contract.
type OwnershipTokenVersionNotOpen struct {
	DatasetId *big.Int
	Version   uint64
	Expected  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionNotOpen(uint256 datasetId, uint64 version, uint64 expected)
func OwnershipTokenVersionNotOpenErrorID() common.Hash {
	return common.HexToHash("0x812ef57a6fe707074d33847a74b9af3d3c9b1ecb6d33dcd965db8415ba845acd")
}

// UnpackVersionNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionNotOpen(uint256 datasetId, uint64 version, uint64 expected)
func (ownershipToken *OwnershipToken) UnpackVersionNotOpenError(raw []byte) (*OwnershipTokenVersionNotOpen, error) {
	out := new(OwnershipTokenVersionNotOpen)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "VersionNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenWrongDataset represents a WrongDataset error raised by the OwnershipToken contract.
type OwnershipTokenWrongDataset struct {
	CfId      *big.Int
	DatasetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDataset(uint256 cfId, uint256 datasetId)
func OwnershipTokenWrongDatasetErrorID() common.Hash {
	return common.HexToHash("0x8288bbcaadeabeea29cc1dd2380a498f1d4ead67d5c6956cf95d78d41079c6d9")
}

// UnpackWrongDatasetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDataset(uint256 cfId, uint256 datasetId)
func (ownershipToken *OwnershipToken) UnpackWrongDatasetError(raw []byte) (*OwnershipTokenWrongDataset, error) {
	out := new(OwnershipTokenWrongDataset)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "WrongDataset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenZeroAddress represents a ZeroAddress error raised by the OwnershipToken contract.
type OwnershipTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func OwnershipTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (ownershipToken *OwnershipToken) UnpackZeroAddressError(raw []byte) (*OwnershipTokenZeroAddress, error) {
	out := new(OwnershipTokenZeroAddress)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OwnershipTokenZeroUnits represents a ZeroUnits error raised by the OwnershipToken contract.
type OwnershipTokenZeroUnits struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroUnits()
func OwnershipTokenZeroUnitsErrorID() common.Hash {
	return common.HexToHash("0xc46babb1b25930120cb901ac5d8bb51fd85256319fe8abdbab4b71600f2e55bd")
}

// UnpackZeroUnitsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroUnits()
func (ownershipToken *OwnershipToken) UnpackZeroUnitsError(raw []byte) (*OwnershipTokenZeroUnits, error) {
	out := new(OwnershipTokenZeroUnits)
	if err := ownershipToken.abi.UnpackIntoInterface(out, "ZeroUnits", raw); err != nil {
		return nil, err
	}
	return out, nil
}
