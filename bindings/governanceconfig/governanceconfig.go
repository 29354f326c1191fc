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

// GovernanceConfigDispute is an auto generated low-level Go binding around an user-defined struct.
type GovernanceConfigDispute struct {
	Target   uint8
	Status   uint8
	OpenedAt uint64
	Opener   common.Address
	Subject  *big.Int
}

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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ARBITER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DISMISSED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_EVENT_ID_BYTES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"OPEN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TARGET_CF\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TARGET_EVENT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TARGET_VALUATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UPHELD_CF_AMENDED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UPHELD_CF_DEPRECATED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UPHELD_EVENT_VOIDED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UPHELD_VALUATION_CORRECTED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"dispute\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structGovernanceConfig.Dispute\",\"components\":[{\"name\":\"target\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"openedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"opener\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"subject\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isMeter\",\"inputs\":[{\"name\":\"meter\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastDisputeId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastManifestVersion\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastPolicyVersion\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastValuationVersion\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"manifestHashOf\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openDispute\",\"inputs\":[{\"name\":\"target\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"eventId\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"eventTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"policyVersion\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"publishSplitPolicy\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structGovernanceConfig.SplitPolicy\",\"components\":[{\"name\":\"reserveBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"publishTaskManifest\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"policyVersion\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"weights\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"publishValuation\",\"inputs\":[{\"name\":\"datasetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"unit\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"basePrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceUnit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"factorNames\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"factorWads\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"resolveDispute\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"cfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newCfId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valuationVersion\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMeter\",\"inputs\":[{\"name\":\"meter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"authorised\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"splitPolicy\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structGovernanceConfig.SplitPolicy\",\"components\":[{\"name\":\"reserveBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"valuationHash\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"target\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"opener\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"subject\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"eventId\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"eventTime\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"policyVersion\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"governance\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"arbiter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"cfId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newCfId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"valuationVersion\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MeterSet\",\"inputs\":[{\"name\":\"meter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"authorised\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SplitPolicyPublished\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"policy\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structGovernanceConfig.SplitPolicy\",\"components\":[{\"name\":\"reserveBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"protocolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"developerMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMinBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"poolMaxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"disputeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TaskManifestPublished\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"datasetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"policyVersion\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"protocolBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"developerBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"poolBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"developers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"weights\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"manifestHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValuationPublished\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"datasetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"unit\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"basePrice\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"priceUnit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"factorNames\",\"type\":\"bytes32[]\",\"indexed\":false,\"internalType\":\"bytes32[]\"},{\"name\":\"factorWads\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BadChange\",\"inputs\":[{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"BadOutcome\",\"inputs\":[{\"name\":\"target\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"BadTarget\",\"inputs\":[{\"name\":\"target\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"BandDisordered\",\"inputs\":[{\"name\":\"minBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"BpsTooHigh\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"DisputeNotOpen\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"DisputeWindowClosed\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"now_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DuplicateDeveloper\",\"inputs\":[{\"name\":\"developer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"DuplicateFactor\",\"inputs\":[{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"EmptyEventId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyUnit\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EventIdTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EventInFuture\",\"inputs\":[{\"name\":\"eventTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"now_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"LengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoDevelopers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutOfBand\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"SharesExceedTotal\",\"inputs\":[{\"name\":\"sum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnexpectedEventId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnexpectedSubject\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnknownDispute\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownPolicy\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownValuation\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroBasePrice\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroDeveloper\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroFactorName\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroPriceUnit\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroReason\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroSubject\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroWeight\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "GovernanceConfig",
	Bin: "0x608060405234801561000f575f5ffd5b506040516134e33803806134e383398101604081905261002e9161010f565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b61339a806101495f395ff3fe608060405234801561000f575f5ffd5b5060043610610235575f3560e01c8063769b71c61161013d578063b8b6108a116100b8578063d1b9c43011610088578063d74549cc1161006e578063d74549cc1461057f578063e8c932291461044c578063f71667561461059e575f5ffd5b8063d1b9c4301461052b578063d547741f1461056c575f5ffd5b8063b8b6108a14610523578063b9ee071e1461052b578063bc19c3ed14610532578063ccc5749014610545575f5ffd5b806398ba78ae1161010d578063a217fddf116100f3578063a217fddf14610501578063aadcc10714610508578063b13fbc751461051b575f5ffd5b806398ba78ae146104ed5780639ae9d605146104a2575f5ffd5b8063769b71c6146104675780638cc153aa1461048f5780638cc52ae1146104a257806391d14854146104aa575f5ffd5b80632e3bf329116101cd578063405d4c4e1161019d5780634d104adf116101835780634d104adf1461042557806359bef6c71461044c5780636678b64514610454575f5ffd5b8063405d4c4e146103895780634b0ac39d14610403575f5ffd5b80632e3bf329146103455780632f2ff15d1461034d57806336568abe14610362578063397138d614610375575f5ffd5b80631f59cad9116102085780631f59cad9146102c0578063248a9ca3146102ed578063249d39e91461030f5780632b18aa111461032b575f5ffd5b806301ffc9a714610239578063049084cb1461026157806311c0ae2c1461028d57806318610d39146102a0575b5f5ffd5b61024c610247366004612608565b6105be565b60405190151581526020015b60405180910390f35b61027461026f3660046126d5565b610656565b60405167ffffffffffffffff9091168152602001610258565b61027461029b3660046127f1565b610b0f565b6001546102749068010000000000000000900467ffffffffffffffff1681565b6102df6102ce36600461287a565b60036020525f908152604090205481565b604051908152602001610258565b6102df6102fb366004612895565b5f9081526020819052604090206001015490565b61031861271081565b60405161ffff9091168152602001610258565b610333600381565b60405160ff9091168152602001610258565b610333600481565b61036061035b3660046128d8565b6110fc565b005b6103606103703660046128d8565b611126565b6006546102749067ffffffffffffffff1681565b61039c61039736600461287a565b611184565b60405161025891905f60a08201905060ff835116825260ff602084015116602083015267ffffffffffffffff604084015116604083015273ffffffffffffffffffffffffffffffffffffffff60608401511660608301526080830151608083015292915050565b61024c610411366004612906565b60056020525f908152604090205460ff1681565b6102df7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b610333600281565b610360610462366004612921565b611298565b60015461027490700100000000000000000000000000000000900467ffffffffffffffff1681565b61027461049d366004612982565b61192c565b610333600181565b61024c6104b83660046128d8565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6001546102749067ffffffffffffffff1681565b6102df5f81565b610274610516366004612a51565b611ca7565b610333600581565b6102df608081565b6103335f81565b610360610540366004612a6b565b611f1c565b6102df7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b61036061057a3660046128d8565b61201d565b6102df61058d36600461287a565b60046020525f908152604090205481565b6105b16105ac36600461287a565b612041565b6040516102589190612a9b565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061065057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561068181612250565b67ffffffffffffffff8b1615806106b3575060015467ffffffffffffffff680100000000000000009091048116908c16115b156106fb576040517fea5783b200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8c1660048201526024015b60405180910390fd5b67ffffffffffffffff8b165f9081526002602052604090208054610741908c9061ffff6801000000000000000082048116916a010000000000000000000090041661225d565b8054610777908b9061ffff6c0100000000000000000000000082048116916e01000000000000000000000000000090041661225d565b80546107b5908a9061ffff7001000000000000000000000000000000008204811691720100000000000000000000000000000000000090041661225d565b6107c08b8b8b6122c7565b8685146107f9576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8a61ffff1611801561080a575086155b15610841576040517fb1c4412600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b87811015610a23575f89898381811061085e5761085e612bc0565b90506020020160208101906108739190612906565b73ffffffffffffffffffffffffffffffffffffffff16036108c3576040517f8faa482f000000000000000000000000000000000000000000000000000000008152600481018290526024016106f2565b8686828181106108d5576108d5612bc0565b905060200201355f03610917576040517f8065fc8c000000000000000000000000000000000000000000000000000000008152600481018290526024016106f2565b5f5b81811015610a1a5789898381811061093357610933612bc0565b90506020020160208101906109489190612906565b73ffffffffffffffffffffffffffffffffffffffff168a8a8381811061097057610970612bc0565b90506020020160208101906109859190612906565b73ffffffffffffffffffffffffffffffffffffffff1603610a12578989838181106109b2576109b2612bc0565b90506020020160208101906109c79190612906565b6040517f5f142b4200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016106f2565b600101610919565b50600101610843565b5060018054601090610a5290700100000000000000000000000000000000900467ffffffffffffffff16612c1a565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905592508360045f8567ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f20819055508b67ffffffffffffffff168d8467ffffffffffffffff167ffd45240673d16bcffefd8ea4968ba3c3304dea212d8ac208bd9729b0d5de90a78e8e8e8e8e8e8e8e604051610af7989796959493929190612c8f565b60405180910390a450509a9950505050505050505050565b5f81610b47576040517f08e6da2f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60ff8816610d6c57845f819003610b8a576040517fa0054a9b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6080811115610bcf576040517fbed2e2b600000000000000000000000000000000000000000000000000000000815260048101829052608060248201526044016106f2565b8715610c07576040517f1615e35300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff84161580610c39575060015467ffffffffffffffff680100000000000000009091048116908516115b15610c7c576040517fea5783b200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016106f2565b428567ffffffffffffffff161115610cd4576040517f0214068400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8087166004830152421660248201526044016106f2565b67ffffffffffffffff8085165f908152600260205260408120549091610d16917401000000000000000000000000000000000000000090048116908816612d24565b9050804210610d65576040517fcf9ec78300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8083166004830152421660248201526044016106f2565b5050610ebe565b60ff881660011480610d81575060ff88166002145b15610e875784151580610d9d575067ffffffffffffffff841615155b80610db1575067ffffffffffffffff831615155b15610de8576040517f353bce3600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b865f03610e21576040517f8782a30700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60ff88166002148015610e3f575060015467ffffffffffffffff1687115b15610e82576040517f2869b45b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff881660048201526024016106f2565b610ebe565b6040517f6c8384e200000000000000000000000000000000000000000000000000000000815260ff891660048201526024016106f2565b600680545f90610ed79067ffffffffffffffff16612c1a565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905590506040518060a001604052808960ff1681526020015f60ff1681526020014267ffffffffffffffff1681526020013373ffffffffffffffffffffffffffffffffffffffff1681526020018881525060075f8367ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506060820151815f01600a6101000a81548173ffffffffffffffffffffffffffffffffffffffff021916908373ffffffffffffffffffffffffffffffffffffffff160217905550608082015181600101559050503373ffffffffffffffffffffffffffffffffffffffff168860ff168267ffffffffffffffff167f53c98ab5ec80038c526cf149d79ace25797b8201d20bdae2f1f692c1581236378a8a8a8a8a6110d57f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55335f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b8b6040516110e99796959493929190612d7e565b60405180910390a4979650505050505050565b5f8281526020819052604090206001015461111681612250565b611120838361232c565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314611175576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61117f8282612425565b505050565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915267ffffffffffffffff821615806111d4575060065467ffffffffffffffff908116908316115b15611217576040517ffee0e0f600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016106f2565b5067ffffffffffffffff9081165f90815260076020908152604091829020825160a081018452815460ff808216835261010082041693820193909352620100008304909416928401929092526a0100000000000000000000900473ffffffffffffffffffffffffffffffffffffffff16606083015260010154608082015290565b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae6112c281612250565b67ffffffffffffffff871615806112e8575060065467ffffffffffffffff908116908816115b1561132b576040517ffee0e0f600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff881660048201526024016106f2565b67ffffffffffffffff87165f9081526007602052604090208054610100900460ff16156113a05780546040517fe7927f6200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8a16600482015261010090910460ff1660248201526044016106f2565b826113d7576040517f08e6da2f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff881601611463578515158061140e57508415155b80611422575067ffffffffffffffff841615155b1561145e576040517f9bbf6d0000000000000000000000000000000000000000000000000000000000815260ff881660048201526024016106f2565b611895565b60ff871660021480611478575060ff87166003145b156115e057805460ff167ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016114ea5780546040517f0e8ed58800000000000000000000000000000000000000000000000000000000815260ff918216600482015290881660248201526044016106f2565b805460ff166001148015611502575080600101548614155b1561153e576040517f9bbf6d0000000000000000000000000000000000000000000000000000000000815260ff881660048201526024016106f2565b851580611554575067ffffffffffffffff841615155b15611590576040517f9bbf6d0000000000000000000000000000000000000000000000000000000000815260ff881660048201526024016106f2565b60ff8716600314851515141580611422575085850361145e576040517f9bbf6d0000000000000000000000000000000000000000000000000000000000815260ff881660048201526024016106f2565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60ff88160161178457805460ff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff016116775780546040517f0e8ed58800000000000000000000000000000000000000000000000000000000815260ff918216600482015290881660248201526044016106f2565b8515158061168457508415155b156116c0576040517f9bbf6d0000000000000000000000000000000000000000000000000000000000815260ff881660048201526024016106f2565b67ffffffffffffffff841615806116e6575060015467ffffffffffffffff908116908516115b15611729576040517f2869b45b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016106f2565b805460ff166002148015611422575080600101548467ffffffffffffffff160361145e576040517f9bbf6d0000000000000000000000000000000000000000000000000000000000815260ff881660048201526024016106f2565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff88160161185357805460ff16156117fa5780546040517f0e8ed58800000000000000000000000000000000000000000000000000000000815260ff918216600482015290881660248201526044016106f2565b8515158061140e575084151580611422575067ffffffffffffffff84161561145e576040517f9bbf6d0000000000000000000000000000000000000000000000000000000000815260ff881660048201526024016106f2565b80546040517f0e8ed58800000000000000000000000000000000000000000000000000000000815260ff918216600482015290881660248201526044016106f2565b805460ff881661010081027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff909216919091178255604080518881526020810188905267ffffffffffffffff878116828401526060820187905291513393928c16917f0f3d56f706c782ef9140d4d19fb809f869732a7629f48e6acaa3ab439301a147919081900360800190a45050505050505050565b5f7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561195781612250565b73ffffffffffffffffffffffffffffffffffffffff8b166119a4576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8990036119de576040517f1d4b712900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b875f03611a17576040517f4519ee0100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b865f03611a50576040517f3fe3da9e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b848314611a89576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b85811015611b87575f878783818110611aa657611aa6612bc0565b9050602002013503611ae7576040517f9f236482000000000000000000000000000000000000000000000000000000008152600481018290526024016106f2565b5f5b81811015611b7e57878783818110611b0357611b03612bc0565b90506020020135888883818110611b1c57611b1c612bc0565b9050602002013503611b7657878783818110611b3a57611b3a612bc0565b905060200201356040517fe864d0060000000000000000000000000000000000000000000000000000000081526004016106f291815260200190565b600101611ae9565b50600101611a8b565b50600180545f90611ba19067ffffffffffffffff16612c1a565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905591508b8b8b8b8b8b8b8b8b8b604051602001611beb9a99989796959493929190612dc7565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012067ffffffffffffffff86165f8181526003909352929091205573ffffffffffffffffffffffffffffffffffffffff8d16918e91907f17f327dfc55ae2c14956c10d50aeb08b56cc1dd1836c9f68dc5ab4e609b63db090611c90908f908f908f908f908f908f908f908f90612e41565b60405180910390a4509a9950505050505050505050565b5f7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55611cd281612250565b5f611ce561018085016101608601612906565b73ffffffffffffffffffffffffffffffffffffffff1603611d32576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612710611d426020850185612e97565b61ffff161115611d9257611d596020840184612e97565b6040517f34b24feb00000000000000000000000000000000000000000000000000000000815261ffff90911660048201526024016106f2565b611dca611da56040850160208601612e97565b611db560a0860160808701612e97565b611dc560c0870160a08801612e97565b6124de565b611dfe611ddd6060850160408601612e97565b611ded60e0860160c08701612e97565b611dc5610100870160e08801612e97565b611e35611e116080850160608601612e97565b611e2361012086016101008701612e97565b611dc561014087016101208801612e97565b611e6d611e486040850160208601612e97565b611e586060860160408701612e97565b611e686080870160608801612e97565b6122c7565b60018054600890611e939068010000000000000000900467ffffffffffffffff16612c1a565b825467ffffffffffffffff8083166101009490940a848102910219909116179092555f9081526002602052604090209092508390611ed18282612ed6565b9050508167ffffffffffffffff167fd61f67a921a19db116cb940716e5d53f9665265c6c1d59224882aed9b7d4a7fe84604051611f0e9190613273565b60405180910390a250919050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55611f4681612250565b73ffffffffffffffffffffffffffffffffffffffff8316611f93576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff83165f8181526005602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527fbcf0d3afa8d5605a400f8d96d7f1ab0c6618537da0212216d7f87644f2d39b15910160405180910390a2505050565b5f8281526020819052604090206001015461203781612250565b6111208383612425565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915267ffffffffffffffff821615806120d3575060015467ffffffffffffffff680100000000000000009091048116908316115b15612116576040517fea5783b200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016106f2565b5067ffffffffffffffff9081165f90815260026020908152604091829020825161018081018452815461ffff808216835262010000820481169483019490945264010000000081048416948201949094526601000000000000840483166060820152680100000000000000008404831660808201526a01000000000000000000008404831660a08201526c010000000000000000000000008404831660c08201526e0100000000000000000000000000008404831660e08201527001000000000000000000000000000000008404831661010082015272010000000000000000000000000000000000008404909216610120830152740100000000000000000000000000000000000000009092049092166101408301526001015473ffffffffffffffffffffffffffffffffffffffff1661016082015290565b61225a813361257f565b50565b8161ffff168361ffff16108061227a57508061ffff168361ffff16115b1561117f576040517f0877985100000000000000000000000000000000000000000000000000000000815261ffff80851660048301528084166024830152821660448201526064016106f2565b5f8161ffff168361ffff168561ffff166122e19190612d24565b6122eb9190612d24565b9050612710811115611120576040517fd1954e80000000000000000000000000000000000000000000000000000000008152600481018290526024016106f2565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1661241e575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556123bc3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610650565b505f610650565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff161561241e575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610650565b61271061ffff82161115612524576040517f34b24feb00000000000000000000000000000000000000000000000000000000815261ffff821660048201526024016106f2565b8061ffff168261ffff161115612574576040517fbf5d88db00000000000000000000000000000000000000000000000000000000815261ffff8084166004830152821660248201526044016106f2565b61117f83838361225d565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16612604576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016106f2565b5050565b5f60208284031215612618575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114612647575f5ffd5b9392505050565b67ffffffffffffffff8116811461225a575f5ffd5b803561266e8161264e565b919050565b61ffff8116811461225a575f5ffd5b803561266e81612673565b5f5f83601f84011261269d575f5ffd5b50813567ffffffffffffffff8111156126b4575f5ffd5b6020830191508360208260051b85010111156126ce575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f6101008b8d0312156126ef575f5ffd5b8a35995060208b01356127018161264e565b985060408b013561271181612673565b975060608b013561272181612673565b965060808b013561273181612673565b955060a08b013567ffffffffffffffff81111561274c575f5ffd5b6127588d828e0161268d565b90965094505060c08b013567ffffffffffffffff811115612777575f5ffd5b6127838d828e0161268d565b9b9e9a9d50989b979a96999598949794969560e090950135949350505050565b803560ff8116811461266e575f5ffd5b5f5f83601f8401126127c3575f5ffd5b50813567ffffffffffffffff8111156127da575f5ffd5b6020830191508360208285010111156126ce575f5ffd5b5f5f5f5f5f5f5f60c0888a031215612807575f5ffd5b612810886127a3565b965060208801359550604088013567ffffffffffffffff811115612832575f5ffd5b61283e8a828b016127b3565b90965094505060608801356128528161264e565b925060808801356128628161264e565b96999598509396929591949193505060a09091013590565b5f6020828403121561288a575f5ffd5b81356126478161264e565b5f602082840312156128a5575f5ffd5b5035919050565b73ffffffffffffffffffffffffffffffffffffffff8116811461225a575f5ffd5b803561266e816128ac565b5f5f604083850312156128e9575f5ffd5b8235915060208301356128fb816128ac565b809150509250929050565b5f60208284031215612916575f5ffd5b8135612647816128ac565b5f5f5f5f5f5f60c08789031215612936575f5ffd5b86356129418161264e565b955061294f602088016127a3565b94506040870135935060608701359250608087013561296d8161264e565b9598949750929591949360a090920135925050565b5f5f5f5f5f5f5f5f5f5f60e08b8d03121561299b575f5ffd5b8a35995060208b01356129ad816128ac565b985060408b013567ffffffffffffffff8111156129c8575f5ffd5b6129d48d828e016127b3565b90995097505060608b0135955060808b0135945060a08b013567ffffffffffffffff811115612a01575f5ffd5b612a0d8d828e0161268d565b90955093505060c08b013567ffffffffffffffff811115612a2c575f5ffd5b612a388d828e0161268d565b915080935050809150509295989b9194979a5092959850565b5f610180828403128015612a63575f5ffd5b509092915050565b5f5f60408385031215612a7c575f5ffd5b8235612a87816128ac565b9150602083013580151581146128fb575f5ffd5b815161ffff16815261018081016020830151612abd602084018261ffff169052565b506040830151612ad3604084018261ffff169052565b506060830151612ae9606084018261ffff169052565b506080830151612aff608084018261ffff169052565b5060a0830151612b1560a084018261ffff169052565b5060c0830151612b2b60c084018261ffff169052565b5060e0830151612b4160e084018261ffff169052565b50610100830151612b5961010084018261ffff169052565b50610120830151612b7161012084018261ffff169052565b50610140830151612b8f61014084018267ffffffffffffffff169052565b50610160830151612bb961016084018273ffffffffffffffffffffffffffffffffffffffff169052565b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f67ffffffffffffffff821667ffffffffffffffff8103612c3d57612c3d612bed565b60010192915050565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115612c76575f5ffd5b8260051b80836020870137939093016020019392505050565b61ffff898116825288811660208301528716604082015260c06060820181905281018590525f8660e08301825b88811015612cf9578235612ccf816128ac565b73ffffffffffffffffffffffffffffffffffffffff16825260209283019290910190600101612cbc565b508381036080850152612d0d818789612c46565b925050508260a08301529998505050505050505050565b8082018082111561065057610650612bed565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b87815260c060208201525f612d9760c08301888a612d37565b67ffffffffffffffff9687166040840152949095166060820152911515608083015260a090910152949350505050565b8a815273ffffffffffffffffffffffffffffffffffffffff8a16602082015260e060408201525f612dfc60e083018a8c612d37565b88606084015287608084015282810360a0840152612e1b818789612c46565b905082810360c0840152612e30818587612c46565b9d9c50505050505050505050505050565b60a081525f612e5460a083018a8c612d37565b8860208401528760408401528281036060840152612e73818789612c46565b90508281036080840152612e88818587612c46565b9b9a5050505050505050505050565b5f60208284031215612ea7575f5ffd5b813561264781612673565b5f813561065081612673565b5f81356106508161264e565b5f8135610650816128ac565b612f12612ee283612eb2565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff91909116178255565b612f56612f2160208401612eb2565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffff1660109190911b63ffff000016178255565b612f9c612f6560408401612eb2565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffff1660209190911b65ffff0000000016178255565b612fe4612fab60608401612eb2565b82547fffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff1660309190911b67ffff00000000000016178255565b61302e612ff360808401612eb2565b82547fffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffffffff1660409190911b69ffff000000000000000016178255565b61307a61303d60a08401612eb2565b82547fffffffffffffffffffffffffffffffffffffffff0000ffffffffffffffffffff1660509190911b6bffff0000000000000000000016178255565b6130c861308960c08401612eb2565b82547fffffffffffffffffffffffffffffffffffff0000ffffffffffffffffffffffff1660609190911b6dffff00000000000000000000000016178255565b6131186130d760e08401612eb2565b82547fffffffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffff1660709190911b6fffff000000000000000000000000000016178255565b61316b6131286101008401612eb2565b82547fffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffff1660809190911b71ffff0000000000000000000000000000000016178255565b6131c061317b6101208401612eb2565b82547fffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffff1660909190911b73ffff00000000000000000000000000000000000016178255565b61321d6131d06101408401612ebe565b82547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff1660a09190911b7bffffffffffffffff000000000000000000000000000000000000000016178255565b61260461322d6101608401612eca565b6001830173ffffffffffffffffffffffffffffffffffffffff82167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161781555050565b610180810161328d8261328585612682565b61ffff169052565b61329960208401612682565b61ffff1660208301526132ae60408401612682565b61ffff1660408301526132c360608401612682565b61ffff1660608301526132d860808401612682565b61ffff1660808301526132ed60a08401612682565b61ffff1660a083015261330260c08401612682565b61ffff1660c083015261331760e08401612682565b61ffff1660e083015261332d6101008401612682565b61ffff166101008301526133446101208401612682565b61ffff1661012083015261335b6101408401612663565b67ffffffffffffffff1661014083015261337861016084016128cd565b73ffffffffffffffffffffffffffffffffffffffff8116610160840152612bb956",
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

// PackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (governanceConfig *GovernanceConfig) PackARBITERROLE() []byte {
	enc, err := governanceConfig.abi.Pack("ARBITER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (governanceConfig *GovernanceConfig) TryPackARBITERROLE() ([]byte, error) {
	return governanceConfig.abi.Pack("ARBITER_ROLE")
}

// UnpackARBITERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d104adf.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (governanceConfig *GovernanceConfig) UnpackARBITERROLE(data []byte) ([32]byte, error) {
	out, err := governanceConfig.abi.Unpack("ARBITER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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

// PackDISMISSED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ae9d605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISMISSED() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackDISMISSED() []byte {
	enc, err := governanceConfig.abi.Pack("DISMISSED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISMISSED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ae9d605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISMISSED() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackDISMISSED() ([]byte, error) {
	return governanceConfig.abi.Pack("DISMISSED")
}

// UnpackDISMISSED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ae9d605.
//
// Solidity: function DISMISSED() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackDISMISSED(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("DISMISSED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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

// PackMAXEVENTIDBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8b6108a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EVENT_ID_BYTES() view returns(uint256)
func (governanceConfig *GovernanceConfig) PackMAXEVENTIDBYTES() []byte {
	enc, err := governanceConfig.abi.Pack("MAX_EVENT_ID_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEVENTIDBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8b6108a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EVENT_ID_BYTES() view returns(uint256)
func (governanceConfig *GovernanceConfig) TryPackMAXEVENTIDBYTES() ([]byte, error) {
	return governanceConfig.abi.Pack("MAX_EVENT_ID_BYTES")
}

// UnpackMAXEVENTIDBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8b6108a.
//
// Solidity: function MAX_EVENT_ID_BYTES() view returns(uint256)
func (governanceConfig *GovernanceConfig) UnpackMAXEVENTIDBYTES(data []byte) (*big.Int, error) {
	out, err := governanceConfig.abi.Unpack("MAX_EVENT_ID_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1b9c430.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OPEN() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackOPEN() []byte {
	enc, err := governanceConfig.abi.Pack("OPEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1b9c430.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OPEN() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackOPEN() ([]byte, error) {
	return governanceConfig.abi.Pack("OPEN")
}

// UnpackOPEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1b9c430.
//
// Solidity: function OPEN() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackOPEN(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("OPEN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTARGETCF is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cc52ae1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TARGET_CF() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackTARGETCF() []byte {
	enc, err := governanceConfig.abi.Pack("TARGET_CF")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTARGETCF is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cc52ae1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TARGET_CF() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackTARGETCF() ([]byte, error) {
	return governanceConfig.abi.Pack("TARGET_CF")
}

// UnpackTARGETCF is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8cc52ae1.
//
// Solidity: function TARGET_CF() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackTARGETCF(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("TARGET_CF", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTARGETEVENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9ee071e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TARGET_EVENT() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackTARGETEVENT() []byte {
	enc, err := governanceConfig.abi.Pack("TARGET_EVENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTARGETEVENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9ee071e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TARGET_EVENT() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackTARGETEVENT() ([]byte, error) {
	return governanceConfig.abi.Pack("TARGET_EVENT")
}

// UnpackTARGETEVENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9ee071e.
//
// Solidity: function TARGET_EVENT() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackTARGETEVENT(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("TARGET_EVENT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTARGETVALUATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8c93229.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TARGET_VALUATION() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackTARGETVALUATION() []byte {
	enc, err := governanceConfig.abi.Pack("TARGET_VALUATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTARGETVALUATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8c93229.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TARGET_VALUATION() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackTARGETVALUATION() ([]byte, error) {
	return governanceConfig.abi.Pack("TARGET_VALUATION")
}

// UnpackTARGETVALUATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8c93229.
//
// Solidity: function TARGET_VALUATION() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackTARGETVALUATION(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("TARGET_VALUATION", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackUPHELDCFAMENDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b18aa11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPHELD_CF_AMENDED() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackUPHELDCFAMENDED() []byte {
	enc, err := governanceConfig.abi.Pack("UPHELD_CF_AMENDED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPHELDCFAMENDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b18aa11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPHELD_CF_AMENDED() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackUPHELDCFAMENDED() ([]byte, error) {
	return governanceConfig.abi.Pack("UPHELD_CF_AMENDED")
}

// UnpackUPHELDCFAMENDED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b18aa11.
//
// Solidity: function UPHELD_CF_AMENDED() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackUPHELDCFAMENDED(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("UPHELD_CF_AMENDED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackUPHELDCFDEPRECATED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59bef6c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPHELD_CF_DEPRECATED() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackUPHELDCFDEPRECATED() []byte {
	enc, err := governanceConfig.abi.Pack("UPHELD_CF_DEPRECATED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPHELDCFDEPRECATED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59bef6c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPHELD_CF_DEPRECATED() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackUPHELDCFDEPRECATED() ([]byte, error) {
	return governanceConfig.abi.Pack("UPHELD_CF_DEPRECATED")
}

// UnpackUPHELDCFDEPRECATED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59bef6c7.
//
// Solidity: function UPHELD_CF_DEPRECATED() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackUPHELDCFDEPRECATED(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("UPHELD_CF_DEPRECATED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackUPHELDEVENTVOIDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13fbc75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPHELD_EVENT_VOIDED() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackUPHELDEVENTVOIDED() []byte {
	enc, err := governanceConfig.abi.Pack("UPHELD_EVENT_VOIDED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPHELDEVENTVOIDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13fbc75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPHELD_EVENT_VOIDED() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackUPHELDEVENTVOIDED() ([]byte, error) {
	return governanceConfig.abi.Pack("UPHELD_EVENT_VOIDED")
}

// UnpackUPHELDEVENTVOIDED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb13fbc75.
//
// Solidity: function UPHELD_EVENT_VOIDED() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackUPHELDEVENTVOIDED(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("UPHELD_EVENT_VOIDED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackUPHELDVALUATIONCORRECTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e3bf329.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPHELD_VALUATION_CORRECTED() view returns(uint8)
func (governanceConfig *GovernanceConfig) PackUPHELDVALUATIONCORRECTED() []byte {
	enc, err := governanceConfig.abi.Pack("UPHELD_VALUATION_CORRECTED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPHELDVALUATIONCORRECTED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e3bf329.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPHELD_VALUATION_CORRECTED() view returns(uint8)
func (governanceConfig *GovernanceConfig) TryPackUPHELDVALUATIONCORRECTED() ([]byte, error) {
	return governanceConfig.abi.Pack("UPHELD_VALUATION_CORRECTED")
}

// UnpackUPHELDVALUATIONCORRECTED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e3bf329.
//
// Solidity: function UPHELD_VALUATION_CORRECTED() view returns(uint8)
func (governanceConfig *GovernanceConfig) UnpackUPHELDVALUATIONCORRECTED(data []byte) (uint8, error) {
	out, err := governanceConfig.abi.Unpack("UPHELD_VALUATION_CORRECTED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x405d4c4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint64 id) view returns((uint8,uint8,uint64,address,uint256))
func (governanceConfig *GovernanceConfig) PackDispute(id uint64) []byte {
	enc, err := governanceConfig.abi.Pack("dispute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x405d4c4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint64 id) view returns((uint8,uint8,uint64,address,uint256))
func (governanceConfig *GovernanceConfig) TryPackDispute(id uint64) ([]byte, error) {
	return governanceConfig.abi.Pack("dispute", id)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x405d4c4e.
//
// Solidity: function dispute(uint64 id) view returns((uint8,uint8,uint64,address,uint256))
func (governanceConfig *GovernanceConfig) UnpackDispute(data []byte) (GovernanceConfigDispute, error) {
	out, err := governanceConfig.abi.Unpack("dispute", data)
	if err != nil {
		return *new(GovernanceConfigDispute), err
	}
	out0 := *abi.ConvertType(out[0], new(GovernanceConfigDispute)).(*GovernanceConfigDispute)
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

// PackLastDisputeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x397138d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastDisputeId() view returns(uint64)
func (governanceConfig *GovernanceConfig) PackLastDisputeId() []byte {
	enc, err := governanceConfig.abi.Pack("lastDisputeId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastDisputeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x397138d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastDisputeId() view returns(uint64)
func (governanceConfig *GovernanceConfig) TryPackLastDisputeId() ([]byte, error) {
	return governanceConfig.abi.Pack("lastDisputeId")
}

// UnpackLastDisputeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x397138d6.
//
// Solidity: function lastDisputeId() view returns(uint64)
func (governanceConfig *GovernanceConfig) UnpackLastDisputeId(data []byte) (uint64, error) {
	out, err := governanceConfig.abi.Unpack("lastDisputeId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11c0ae2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(uint8 target, uint256 subject, string eventId, uint64 eventTime, uint64 policyVersion, bytes32 reasonHash) returns(uint64 id)
func (governanceConfig *GovernanceConfig) PackOpenDispute(target uint8, subject *big.Int, eventId string, eventTime uint64, policyVersion uint64, reasonHash [32]byte) []byte {
	enc, err := governanceConfig.abi.Pack("openDispute", target, subject, eventId, eventTime, policyVersion, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11c0ae2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(uint8 target, uint256 subject, string eventId, uint64 eventTime, uint64 policyVersion, bytes32 reasonHash) returns(uint64 id)
func (governanceConfig *GovernanceConfig) TryPackOpenDispute(target uint8, subject *big.Int, eventId string, eventTime uint64, policyVersion uint64, reasonHash [32]byte) ([]byte, error) {
	return governanceConfig.abi.Pack("openDispute", target, subject, eventId, eventTime, policyVersion, reasonHash)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11c0ae2c.
//
// Solidity: function openDispute(uint8 target, uint256 subject, string eventId, uint64 eventTime, uint64 policyVersion, bytes32 reasonHash) returns(uint64 id)
func (governanceConfig *GovernanceConfig) UnpackOpenDispute(data []byte) (uint64, error) {
	out, err := governanceConfig.abi.Unpack("openDispute", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6678b645.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveDispute(uint64 id, uint8 outcome, uint256 cfId, uint256 newCfId, uint64 valuationVersion, bytes32 reasonHash) returns()
func (governanceConfig *GovernanceConfig) PackResolveDispute(id uint64, outcome uint8, cfId *big.Int, newCfId *big.Int, valuationVersion uint64, reasonHash [32]byte) []byte {
	enc, err := governanceConfig.abi.Pack("resolveDispute", id, outcome, cfId, newCfId, valuationVersion, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6678b645.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveDispute(uint64 id, uint8 outcome, uint256 cfId, uint256 newCfId, uint64 valuationVersion, bytes32 reasonHash) returns()
func (governanceConfig *GovernanceConfig) TryPackResolveDispute(id uint64, outcome uint8, cfId *big.Int, newCfId *big.Int, valuationVersion uint64, reasonHash [32]byte) ([]byte, error) {
	return governanceConfig.abi.Pack("resolveDispute", id, outcome, cfId, newCfId, valuationVersion, reasonHash)
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

// GovernanceConfigDisputeOpened represents a DisputeOpened event raised by the GovernanceConfig contract.
type GovernanceConfigDisputeOpened struct {
	Id            uint64
	Target        uint8
	Opener        common.Address
	Subject       *big.Int
	EventId       string
	EventTime     uint64
	PolicyVersion uint64
	Governance    bool
	ReasonHash    [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigDisputeOpened) ContractEventName() string {
	return GovernanceConfigDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint64 indexed id, uint8 indexed target, address indexed opener, uint256 subject, string eventId, uint64 eventTime, uint64 policyVersion, bool governance, bytes32 reasonHash)
func (governanceConfig *GovernanceConfig) UnpackDisputeOpenedEvent(log *types.Log) (*GovernanceConfigDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigDisputeOpened)
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

// GovernanceConfigDisputeResolved represents a DisputeResolved event raised by the GovernanceConfig contract.
type GovernanceConfigDisputeResolved struct {
	Id               uint64
	Outcome          uint8
	Arbiter          common.Address
	CfId             *big.Int
	NewCfId          *big.Int
	ValuationVersion uint64
	ReasonHash       [32]byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const GovernanceConfigDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (GovernanceConfigDisputeResolved) ContractEventName() string {
	return GovernanceConfigDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint64 indexed id, uint8 indexed outcome, address indexed arbiter, uint256 cfId, uint256 newCfId, uint64 valuationVersion, bytes32 reasonHash)
func (governanceConfig *GovernanceConfig) UnpackDisputeResolvedEvent(log *types.Log) (*GovernanceConfigDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governanceConfig.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfigDisputeResolved)
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
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["BadChange"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackBadChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["BadOutcome"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackBadOutcomeError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["BadTarget"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackBadTargetError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["BandDisordered"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackBandDisorderedError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["BpsTooHigh"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackBpsTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["DisputeNotOpen"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackDisputeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["DisputeWindowClosed"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackDisputeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["DuplicateDeveloper"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackDuplicateDeveloperError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["DuplicateFactor"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackDuplicateFactorError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["EmptyEventId"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackEmptyEventIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["EmptyUnit"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackEmptyUnitError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["EventIdTooLong"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackEventIdTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["EventInFuture"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackEventInFutureError(raw[4:])
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
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["UnexpectedEventId"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackUnexpectedEventIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["UnexpectedSubject"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackUnexpectedSubjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["UnknownDispute"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["UnknownPolicy"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackUnknownPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["UnknownValuation"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackUnknownValuationError(raw[4:])
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
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["ZeroReason"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackZeroReasonError(raw[4:])
	}
	if bytes.Equal(raw[:4], governanceConfig.abi.Errors["ZeroSubject"].ID.Bytes()[:4]) {
		return governanceConfig.UnpackZeroSubjectError(raw[4:])
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

// GovernanceConfigBadChange represents a BadChange error raised by the GovernanceConfig contract.
type GovernanceConfigBadChange struct {
	Outcome uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChange(uint8 outcome)
func GovernanceConfigBadChangeErrorID() common.Hash {
	return common.HexToHash("0x9bbf6d00c6fa893129f71f3d966f26d02374c16affa1b139e4249bbbc6898140")
}

// UnpackBadChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChange(uint8 outcome)
func (governanceConfig *GovernanceConfig) UnpackBadChangeError(raw []byte) (*GovernanceConfigBadChange, error) {
	out := new(GovernanceConfigBadChange)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "BadChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigBadOutcome represents a BadOutcome error raised by the GovernanceConfig contract.
type GovernanceConfigBadOutcome struct {
	Target  uint8
	Outcome uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutcome(uint8 target, uint8 outcome)
func GovernanceConfigBadOutcomeErrorID() common.Hash {
	return common.HexToHash("0x0e8ed5888865b02f3aec8baa55c97b432c929f62fb972b86edc0f66e12307c95")
}

// UnpackBadOutcomeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutcome(uint8 target, uint8 outcome)
func (governanceConfig *GovernanceConfig) UnpackBadOutcomeError(raw []byte) (*GovernanceConfigBadOutcome, error) {
	out := new(GovernanceConfigBadOutcome)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "BadOutcome", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigBadTarget represents a BadTarget error raised by the GovernanceConfig contract.
type GovernanceConfigBadTarget struct {
	Target uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTarget(uint8 target)
func GovernanceConfigBadTargetErrorID() common.Hash {
	return common.HexToHash("0x6c8384e2e80b97e42fcf370e3d5d339ac2ef89e62c0f71b8e54ca9a05bf68393")
}

// UnpackBadTargetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTarget(uint8 target)
func (governanceConfig *GovernanceConfig) UnpackBadTargetError(raw []byte) (*GovernanceConfigBadTarget, error) {
	out := new(GovernanceConfigBadTarget)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "BadTarget", raw); err != nil {
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

// GovernanceConfigDisputeNotOpen represents a DisputeNotOpen error raised by the GovernanceConfig contract.
type GovernanceConfigDisputeNotOpen struct {
	Id     uint64
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotOpen(uint64 id, uint8 status)
func GovernanceConfigDisputeNotOpenErrorID() common.Hash {
	return common.HexToHash("0xe7927f62e15aa03d459be27deb8b1297aea00dba7abe9ab211924d2db230f564")
}

// UnpackDisputeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotOpen(uint64 id, uint8 status)
func (governanceConfig *GovernanceConfig) UnpackDisputeNotOpenError(raw []byte) (*GovernanceConfigDisputeNotOpen, error) {
	out := new(GovernanceConfigDisputeNotOpen)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "DisputeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigDisputeWindowClosed represents a DisputeWindowClosed error raised by the GovernanceConfig contract.
type GovernanceConfigDisputeWindowClosed struct {
	Deadline uint64
	Now      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowClosed(uint64 deadline, uint64 now_)
func GovernanceConfigDisputeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xcf9ec7837b79de091027168c4048a3373ffc6bf91c074fc7b37337eedfa2b1c2")
}

// UnpackDisputeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowClosed(uint64 deadline, uint64 now_)
func (governanceConfig *GovernanceConfig) UnpackDisputeWindowClosedError(raw []byte) (*GovernanceConfigDisputeWindowClosed, error) {
	out := new(GovernanceConfigDisputeWindowClosed)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "DisputeWindowClosed", raw); err != nil {
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

// GovernanceConfigEmptyEventId represents a EmptyEventId error raised by the GovernanceConfig contract.
type GovernanceConfigEmptyEventId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyEventId()
func GovernanceConfigEmptyEventIdErrorID() common.Hash {
	return common.HexToHash("0xa0054a9bc34da21a54e8caa9b4dabaa9f4919aaf3d554ffabeededc32a229f1b")
}

// UnpackEmptyEventIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyEventId()
func (governanceConfig *GovernanceConfig) UnpackEmptyEventIdError(raw []byte) (*GovernanceConfigEmptyEventId, error) {
	out := new(GovernanceConfigEmptyEventId)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "EmptyEventId", raw); err != nil {
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

// GovernanceConfigEventIdTooLong represents a EventIdTooLong error raised by the GovernanceConfig contract.
type GovernanceConfigEventIdTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EventIdTooLong(uint256 length, uint256 max)
func GovernanceConfigEventIdTooLongErrorID() common.Hash {
	return common.HexToHash("0xbed2e2b6ac55d2fec533b1cd7bcc28b32081bc2e2580621caf2aa163ccc804e6")
}

// UnpackEventIdTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EventIdTooLong(uint256 length, uint256 max)
func (governanceConfig *GovernanceConfig) UnpackEventIdTooLongError(raw []byte) (*GovernanceConfigEventIdTooLong, error) {
	out := new(GovernanceConfigEventIdTooLong)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "EventIdTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigEventInFuture represents a EventInFuture error raised by the GovernanceConfig contract.
type GovernanceConfigEventInFuture struct {
	EventTime uint64
	Now       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EventInFuture(uint64 eventTime, uint64 now_)
func GovernanceConfigEventInFutureErrorID() common.Hash {
	return common.HexToHash("0x02140684e7f1932cbcd96d1bb3e89cbc62a1a6361afcb7188467130ca837f62e")
}

// UnpackEventInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EventInFuture(uint64 eventTime, uint64 now_)
func (governanceConfig *GovernanceConfig) UnpackEventInFutureError(raw []byte) (*GovernanceConfigEventInFuture, error) {
	out := new(GovernanceConfigEventInFuture)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "EventInFuture", raw); err != nil {
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

// GovernanceConfigUnexpectedEventId represents a UnexpectedEventId error raised by the GovernanceConfig contract.
type GovernanceConfigUnexpectedEventId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEventId()
func GovernanceConfigUnexpectedEventIdErrorID() common.Hash {
	return common.HexToHash("0x353bce362c8c01fb34c43791bd9f59e39a151ff022a1b6d8a451cda8ab440f13")
}

// UnpackUnexpectedEventIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEventId()
func (governanceConfig *GovernanceConfig) UnpackUnexpectedEventIdError(raw []byte) (*GovernanceConfigUnexpectedEventId, error) {
	out := new(GovernanceConfigUnexpectedEventId)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "UnexpectedEventId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigUnexpectedSubject represents a UnexpectedSubject error raised by the GovernanceConfig contract.
type GovernanceConfigUnexpectedSubject struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedSubject()
func GovernanceConfigUnexpectedSubjectErrorID() common.Hash {
	return common.HexToHash("0x1615e3533f3e1d0191a51f0a0230c762fc4c024ce26bcb9e778895f120b456f3")
}

// UnpackUnexpectedSubjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedSubject()
func (governanceConfig *GovernanceConfig) UnpackUnexpectedSubjectError(raw []byte) (*GovernanceConfigUnexpectedSubject, error) {
	out := new(GovernanceConfigUnexpectedSubject)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "UnexpectedSubject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigUnknownDispute represents a UnknownDispute error raised by the GovernanceConfig contract.
type GovernanceConfigUnknownDispute struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDispute(uint64 id)
func GovernanceConfigUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0xfee0e0f6c5ad339afc97fd3a43054ff4785f47289d26746988ecd181cdadb039")
}

// UnpackUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDispute(uint64 id)
func (governanceConfig *GovernanceConfig) UnpackUnknownDisputeError(raw []byte) (*GovernanceConfigUnknownDispute, error) {
	out := new(GovernanceConfigUnknownDispute)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "UnknownDispute", raw); err != nil {
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

// GovernanceConfigUnknownValuation represents a UnknownValuation error raised by the GovernanceConfig contract.
type GovernanceConfigUnknownValuation struct {
	Version uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownValuation(uint64 version)
func GovernanceConfigUnknownValuationErrorID() common.Hash {
	return common.HexToHash("0x2869b45bfa298555ee6f82d77b99319c8abe3d8109bd5d463e37e41b7077ba0b")
}

// UnpackUnknownValuationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownValuation(uint64 version)
func (governanceConfig *GovernanceConfig) UnpackUnknownValuationError(raw []byte) (*GovernanceConfigUnknownValuation, error) {
	out := new(GovernanceConfigUnknownValuation)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "UnknownValuation", raw); err != nil {
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

// GovernanceConfigZeroReason represents a ZeroReason error raised by the GovernanceConfig contract.
type GovernanceConfigZeroReason struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroReason()
func GovernanceConfigZeroReasonErrorID() common.Hash {
	return common.HexToHash("0x08e6da2fc6a376d898df3b3df18aa011964494f22fff500e67a956c8c8233a1f")
}

// UnpackZeroReasonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroReason()
func (governanceConfig *GovernanceConfig) UnpackZeroReasonError(raw []byte) (*GovernanceConfigZeroReason, error) {
	out := new(GovernanceConfigZeroReason)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "ZeroReason", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceConfigZeroSubject represents a ZeroSubject error raised by the GovernanceConfig contract.
type GovernanceConfigZeroSubject struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroSubject()
func GovernanceConfigZeroSubjectErrorID() common.Hash {
	return common.HexToHash("0x8782a30736fc3516e88eb3dbb2b5fb043e2316fd6bb31ece74cd613512fb4520")
}

// UnpackZeroSubjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroSubject()
func (governanceConfig *GovernanceConfig) UnpackZeroSubjectError(raw []byte) (*GovernanceConfigZeroSubject, error) {
	out := new(GovernanceConfigZeroSubject)
	if err := governanceConfig.abi.UnpackIntoInterface(out, "ZeroSubject", raw); err != nil {
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
