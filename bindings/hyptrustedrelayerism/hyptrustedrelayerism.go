// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hyptrustedrelayerism

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

// TrustedRelayerIsmMetaData contains all meta data concerning the TrustedRelayerIsm contract.
var TrustedRelayerIsmMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_mailbox\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_trustedRelayer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"PACKAGE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mailbox\",\"outputs\":[{\"internalType\":\"contractMailbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleType\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedRelayer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TrustedRelayerIsm",
	Bin: "0x60e06040526006608052348015610014575f5ffd5b506040516105c73803806105c78339810160408190526100339161012d565b6001600160a01b0381166100995760405162461bcd60e51b815260206004820152602260248201527f5472757374656452656c6179657249736d3a20696e76616c69642072656c617960448201526132b960f11b60648201526084015b60405180910390fd5b6001600160a01b0382163b6100fb5760405162461bcd60e51b815260206004820152602260248201527f5472757374656452656c6179657249736d3a20696e76616c6964206d61696c626044820152610def60f31b6064820152608401610090565b6001600160a01b0391821660a0521660c05261015e565b80516001600160a01b0381168114610128575f5ffd5b919050565b5f5f6040838503121561013e575f5ffd5b61014783610112565b915061015560208401610112565b90509250929050565b60805160a05160c0516104336101945f395f818160ab015261018801525f818161014001526101bf01525f606d01526104335ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c806393c448471161004d57806393c44847146100f2578063d5438eae1461013b578063f7e83aee14610162575f5ffd5b80636465e69f146100685780638596c226146100a6575b5f5ffd5b61008f7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020015b60405180910390f35b6100cd7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161009d565b61012e6040518060400160405280600681526020017f31322e312e30000000000000000000000000000000000000000000000000000081525081565b60405161009d91906102bf565b6100cd7f000000000000000000000000000000000000000000000000000000000000000081565b610175610170366004610357565b610185565b604051901515815260200161009d565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16635d1fe5a961023786868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506102b492505050565b6040518263ffffffff1660e01b815260040161025591815260200190565b602060405180830381865afa158015610270573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061029491906103c3565b73ffffffffffffffffffffffffffffffffffffffff161495945050505050565b805160209091012090565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f83601f840112610322575f5ffd5b50813567ffffffffffffffff811115610339575f5ffd5b602083019150836020828501011115610350575f5ffd5b9250929050565b5f5f5f5f6040858703121561036a575f5ffd5b843567ffffffffffffffff811115610380575f5ffd5b61038c87828801610312565b909550935050602085013567ffffffffffffffff8111156103ab575f5ffd5b6103b787828801610312565b95989497509550505050565b5f602082840312156103d3575f5ffd5b815173ffffffffffffffffffffffffffffffffffffffff811681146103f6575f5ffd5b939250505056fea2646970667358221220cd2867879d680dc6a0930db2ba6b737f9dbe50088f8fb72df1f45b4d9de3cc4f64736f6c63430008210033",
}

// TrustedRelayerIsm is an auto generated Go binding around an Ethereum contract.
type TrustedRelayerIsm struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TrustedRelayerIsm) GetABI() abi.ABI {
	return c.abi
}

// NewTrustedRelayerIsm creates a new instance of TrustedRelayerIsm.
func NewTrustedRelayerIsm() *TrustedRelayerIsm {
	parsed, err := TrustedRelayerIsmMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TrustedRelayerIsm{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TrustedRelayerIsm) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _mailbox, address _trustedRelayer) returns()
func (trustedRelayerIsm *TrustedRelayerIsm) PackConstructor(_mailbox common.Address, _trustedRelayer common.Address) []byte {
	enc, err := trustedRelayerIsm.abi.Pack("", _mailbox, _trustedRelayer)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackPACKAGEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93c44847.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PACKAGE_VERSION() view returns(string)
func (trustedRelayerIsm *TrustedRelayerIsm) PackPACKAGEVERSION() []byte {
	enc, err := trustedRelayerIsm.abi.Pack("PACKAGE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPACKAGEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93c44847.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PACKAGE_VERSION() view returns(string)
func (trustedRelayerIsm *TrustedRelayerIsm) TryPackPACKAGEVERSION() ([]byte, error) {
	return trustedRelayerIsm.abi.Pack("PACKAGE_VERSION")
}

// UnpackPACKAGEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93c44847.
//
// Solidity: function PACKAGE_VERSION() view returns(string)
func (trustedRelayerIsm *TrustedRelayerIsm) UnpackPACKAGEVERSION(data []byte) (string, error) {
	out, err := trustedRelayerIsm.abi.Unpack("PACKAGE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackMailbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5438eae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mailbox() view returns(address)
func (trustedRelayerIsm *TrustedRelayerIsm) PackMailbox() []byte {
	enc, err := trustedRelayerIsm.abi.Pack("mailbox")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMailbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5438eae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mailbox() view returns(address)
func (trustedRelayerIsm *TrustedRelayerIsm) TryPackMailbox() ([]byte, error) {
	return trustedRelayerIsm.abi.Pack("mailbox")
}

// UnpackMailbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5438eae.
//
// Solidity: function mailbox() view returns(address)
func (trustedRelayerIsm *TrustedRelayerIsm) UnpackMailbox(data []byte) (common.Address, error) {
	out, err := trustedRelayerIsm.abi.Unpack("mailbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackModuleType is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6465e69f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleType() view returns(uint8)
func (trustedRelayerIsm *TrustedRelayerIsm) PackModuleType() []byte {
	enc, err := trustedRelayerIsm.abi.Pack("moduleType")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModuleType is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6465e69f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moduleType() view returns(uint8)
func (trustedRelayerIsm *TrustedRelayerIsm) TryPackModuleType() ([]byte, error) {
	return trustedRelayerIsm.abi.Pack("moduleType")
}

// UnpackModuleType is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6465e69f.
//
// Solidity: function moduleType() view returns(uint8)
func (trustedRelayerIsm *TrustedRelayerIsm) UnpackModuleType(data []byte) (uint8, error) {
	out, err := trustedRelayerIsm.abi.Unpack("moduleType", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTrustedRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8596c226.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trustedRelayer() view returns(address)
func (trustedRelayerIsm *TrustedRelayerIsm) PackTrustedRelayer() []byte {
	enc, err := trustedRelayerIsm.abi.Pack("trustedRelayer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrustedRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8596c226.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trustedRelayer() view returns(address)
func (trustedRelayerIsm *TrustedRelayerIsm) TryPackTrustedRelayer() ([]byte, error) {
	return trustedRelayerIsm.abi.Pack("trustedRelayer")
}

// UnpackTrustedRelayer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8596c226.
//
// Solidity: function trustedRelayer() view returns(address)
func (trustedRelayerIsm *TrustedRelayerIsm) UnpackTrustedRelayer(data []byte) (common.Address, error) {
	out, err := trustedRelayerIsm.abi.Unpack("trustedRelayer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e83aee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes , bytes message) view returns(bool)
func (trustedRelayerIsm *TrustedRelayerIsm) PackVerify(arg0 []byte, message []byte) []byte {
	enc, err := trustedRelayerIsm.abi.Pack("verify", arg0, message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e83aee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes , bytes message) view returns(bool)
func (trustedRelayerIsm *TrustedRelayerIsm) TryPackVerify(arg0 []byte, message []byte) ([]byte, error) {
	return trustedRelayerIsm.abi.Pack("verify", arg0, message)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7e83aee.
//
// Solidity: function verify(bytes , bytes message) view returns(bool)
func (trustedRelayerIsm *TrustedRelayerIsm) UnpackVerify(data []byte) (bool, error) {
	out, err := trustedRelayerIsm.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
