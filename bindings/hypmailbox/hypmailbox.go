// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hypmailbox

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

// MailboxMetaData contains all meta data concerning the Mailbox contract.
var MailboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_localDomain\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hook\",\"type\":\"address\"}],\"name\":\"DefaultHookSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"DefaultIsmSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"destination\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"Dispatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"messageId\",\"type\":\"bytes32\"}],\"name\":\"DispatchId\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"origin\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"sender\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"Process\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"messageId\",\"type\":\"bytes32\"}],\"name\":\"ProcessId\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hook\",\"type\":\"address\"}],\"name\":\"RequiredHookSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"PACKAGE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultHook\",\"outputs\":[{\"internalType\":\"contractIPostDispatchHook\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultIsm\",\"outputs\":[{\"internalType\":\"contractIInterchainSecurityModule\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"_id\",\"type\":\"bytes32\"}],\"name\":\"delivered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"destinationDomain\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recipientAddress\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"messageBody\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"},{\"internalType\":\"contractIPostDispatchHook\",\"name\":\"hook\",\"type\":\"address\"}],\"name\":\"dispatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"destinationDomain\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recipientAddress\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"messageBody\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"hookMetadata\",\"type\":\"bytes\"}],\"name\":\"dispatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_destinationDomain\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"_recipientAddress\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"_messageBody\",\"type\":\"bytes\"}],\"name\":\"dispatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_defaultIsm\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_defaultHook\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_requiredHook\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestDispatchedId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"localDomain\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"_metadata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"_message\",\"type\":\"bytes\"}],\"name\":\"process\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"_id\",\"type\":\"bytes32\"}],\"name\":\"processedAt\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"_id\",\"type\":\"bytes32\"}],\"name\":\"processor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"destinationDomain\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recipientAddress\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"messageBody\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"},{\"internalType\":\"contractIPostDispatchHook\",\"name\":\"hook\",\"type\":\"address\"}],\"name\":\"quoteDispatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"destinationDomain\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recipientAddress\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"messageBody\",\"type\":\"bytes\"}],\"name\":\"quoteDispatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"destinationDomain\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recipientAddress\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"messageBody\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"defaultHookMetadata\",\"type\":\"bytes\"}],\"name\":\"quoteDispatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_recipient\",\"type\":\"address\"}],\"name\":\"recipientIsm\",\"outputs\":[{\"internalType\":\"contractIInterchainSecurityModule\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredHook\",\"outputs\":[{\"internalType\":\"contractIPostDispatchHook\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_hook\",\"type\":\"address\"}],\"name\":\"setDefaultHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_module\",\"type\":\"address\"}],\"name\":\"setDefaultIsm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_hook\",\"type\":\"address\"}],\"name\":\"setRequiredHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Mailbox",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161214538038061214583398101604081905261002e91610040565b4360805263ffffffff1660a05261006a565b5f60208284031215610050575f5ffd5b815163ffffffff81168114610063575f5ffd5b9392505050565b60805160a0516120ac6100995f395f81816103c101528181610aa5015261161c01525f61038e01526120ac5ff3fe6080604052600436106101a4575f3560e01c80638da5cb5b116100e7578063e70f48ac11610087578063f7ccd32111610062578063f7ccd321146105b7578063f8c8765e146105d6578063fa31de01146105f5578063ffa1ad7414610608575f5ffd5b8063e70f48ac1461055a578063f2fde38b14610579578063f794687a14610598575f5ffd5b80639c42bd18116100c25780639c42bd1814610496578063affed0e0146104b5578063d6d08a09146104d1578063e495f1d4146104fd575f5ffd5b80638da5cb5b146103f857806393c448471461042257806399b0480914610477575f5ffd5b80635d1fe5a9116101525780637c39d1301161012d5780637c39d1301461034b57806381d2ea951461035e57806382ea7bfe1461037d5780638d3638f4146103b0575f5ffd5b80635d1fe5a9146102ca5780636e5f516e1461030b578063715018a614610337575f5ffd5b80631426b7f4116101825780631426b7f4146102455780633d1250b71461026657806348aee8d4146102b7575f5ffd5b806307a2fda1146101a857806310b83dc01461020f578063134fbb4f14610230575b5f5ffd5b3480156101b3575f5ffd5b506101f36101c23660046119b2565b5f908152606a602052604090205474010000000000000000000000000000000000000000900465ffffffffffff1690565b60405165ffffffffffff90911681526020015b60405180910390f35b61022261021d366004611a40565b61062e565b604051908152602001610206565b34801561023b575f5ffd5b5061022260665481565b348015610250575f5ffd5b5061026461025f366004611adc565b6108f3565b005b348015610271575f5ffd5b506068546102929073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610206565b6102226102c5366004611af7565b6109f8565b3480156102d5575f5ffd5b506102926102e43660046119b2565b5f908152606a602052604090205473ffffffffffffffffffffffffffffffffffffffff1690565b348015610316575f5ffd5b506067546102929073ffffffffffffffffffffffffffffffffffffffff1681565b348015610342575f5ffd5b50610264610a34565b610264610359366004611b80565b610a47565b348015610369575f5ffd5b50610222610378366004611a40565b610e73565b348015610388575f5ffd5b506102227f000000000000000000000000000000000000000000000000000000000000000081565b3480156103bb575f5ffd5b506103e37f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610206565b348015610403575f5ffd5b5060335473ffffffffffffffffffffffffffffffffffffffff16610292565b34801561042d575f5ffd5b5061046a6040518060400160405280600681526020017f31322e312e30000000000000000000000000000000000000000000000000000081525081565b6040516102069190611c38565b348015610482575f5ffd5b50610264610491366004611adc565b611000565b3480156104a1575f5ffd5b506102226104b0366004611c4a565b611100565b3480156104c0575f5ffd5b506065546103e39063ffffffff1681565b3480156104dc575f5ffd5b506069546102929073ffffffffffffffffffffffffffffffffffffffff1681565b348015610508575f5ffd5b5061054a6105173660046119b2565b5f908152606a602052604090205474010000000000000000000000000000000000000000900465ffffffffffff16151590565b6040519015158152602001610206565b348015610565575f5ffd5b50610292610574366004611adc565b61113b565b348015610584575f5ffd5b50610264610593366004611adc565b61126d565b3480156105a3575f5ffd5b506102646105b2366004611adc565b61130a565b3480156105c2575f5ffd5b506102226105d1366004611af7565b61140a565b3480156105e1575f5ffd5b506102646105f0366004611c88565b61143b565b610222610603366004611c4a565b6115d5565b348015610613575f5ffd5b5061061c600381565b60405160ff9091168152602001610206565b5f73ffffffffffffffffffffffffffffffffffffffff82166106665760685473ffffffffffffffffffffffffffffffffffffffff1691505b5f61067389898989611607565b805160208201206066819055606580549293509091600191905f9061069f90849063ffffffff16611d0e565b92506101000a81548163ffffffff021916908363ffffffff160217905550888a63ffffffff163373ffffffffffffffffffffffffffffffffffffffff167f769f711d20c679153d382254f59892613b58a97cc876b249134ac25c80f9c8148560405161070b9190611c38565b60405180910390a460405181907f788dbc1b7152732178210e7f4d9d010ef016f9eafbe66786bd7169f56e0c353a905f90a26069546040517faaccd2300000000000000000000000000000000000000000000000000000000081525f9173ffffffffffffffffffffffffffffffffffffffff169063aaccd23090610797908a908a908890600401611d71565b602060405180830381865afa1580156107b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107d69190611da0565b9050803410156107e35750345b6069546040517f086011b900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091169063086011b990839061083f908b908b908990600401611d71565b5f604051808303818588803b158015610856575f5ffd5b505af1158015610868573d5f5f3e3d5ffd5b50505050508473ffffffffffffffffffffffffffffffffffffffff1663086011b982346108959190611db7565b8989876040518563ffffffff1660e01b81526004016108b693929190611d71565b5f604051808303818588803b1580156108cd575f5ffd5b505af11580156108df573d5f5f3e3d5ffd5b50949e9d5050505050505050505050505050565b6108fb611650565b73ffffffffffffffffffffffffffffffffffffffff81163b61098a5760405162461bcd60e51b815260206004820152602360248201527f4d61696c626f783a20726571756972656420686f6f6b206e6f7420636f6e747260448201527f616374000000000000000000000000000000000000000000000000000000000060648201526084015b60405180910390fd5b606980547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040517f329ec8e2438a73828ecf31a6568d7a91d7b1d79e342b0692914fd053d1a002b1905f90a250565b5f610a2987878787878760685f9054906101000a900473ffffffffffffffffffffffffffffffffffffffff1661062e565b979650505050505050565b610a3c611650565b610a455f6116b7565b565b6003610a53838361172d565b60ff1614610aa35760405162461bcd60e51b815260206004820152601460248201527f4d61696c626f783a206261642076657273696f6e0000000000000000000000006044820152606401610981565b7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16610ad48383611750565b63ffffffff1614610b275760405162461bcd60e51b815260206004820152601f60248201527f4d61696c626f783a20756e65787065637465642064657374696e6174696f6e006044820152606401610981565b5f610b6683838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061164592505050565b5f818152606a602052604090205490915074010000000000000000000000000000000000000000900465ffffffffffff1615610be45760405162461bcd60e51b815260206004820152601a60248201527f4d61696c626f783a20616c72656164792064656c6976657265640000000000006044820152606401610981565b5f610bef8484611772565b90505f610bfb8261113b565b60408051808201825233815265ffffffffffff43811660208084019182525f898152606a9091529390932091518254935190911674010000000000000000000000000000000000000000027fffffffffffff000000000000000000000000000000000000000000000000000090931673ffffffffffffffffffffffffffffffffffffffff918216179290921790559091508216610c98868661178c565b610ca287876117a4565b63ffffffff167f0d381c2a574ae8f04e213db7cfb4df8df712cdbd427d9868ffef380660ca657460405160405180910390a460405183907f1cae38cdd3d3919489272725a5ae62a4f48b2989b0dae843d3c279fee18073a9905f90a26040517ff7e83aee00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82169063f7e83aee90610d56908a908a908a908a90600401611dca565b6020604051808303815f875af1158015610d72573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d969190611df0565b610de25760405162461bcd60e51b815260206004820181905260248201527f4d61696c626f783a2049534d20766572696669636174696f6e206661696c65646044820152606401610981565b8173ffffffffffffffffffffffffffffffffffffffff166356d5d47534610e0988886117a4565b610e13898961178c565b610e1d8a8a6117b3565b6040518663ffffffff1660e01b8152600401610e3c9493929190611e0f565b5f604051808303818588803b158015610e53575f5ffd5b505af1158015610e65573d5f5f3e3d5ffd5b505050505050505050505050565b5f73ffffffffffffffffffffffffffffffffffffffff8216610eab5760685473ffffffffffffffffffffffffffffffffffffffff1691505b5f610eb889898989611607565b6040517faaccd23000000000000000000000000000000000000000000000000000000000815290915073ffffffffffffffffffffffffffffffffffffffff84169063aaccd23090610f1190889088908690600401611d71565b602060405180830381865afa158015610f2c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f509190611da0565b6069546040517faaccd23000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091169063aaccd23090610faa90899089908790600401611d71565b602060405180830381865afa158015610fc5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fe99190611da0565b610ff39190611e34565b9998505050505050505050565b611008611650565b73ffffffffffffffffffffffffffffffffffffffff81163b6110925760405162461bcd60e51b815260206004820152602260248201527f4d61696c626f783a2064656661756c7420686f6f6b206e6f7420636f6e74726160448201527f63740000000000000000000000000000000000000000000000000000000000006064820152608401610981565b606880547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040517f65a63e5066ee2fcdf9d32a7f1bf7ce71c76066f19d0609dddccd334ab87237d7905f90a250565b5f6111328585858561111486808385611e47565b60685473ffffffffffffffffffffffffffffffffffffffff16610e73565b95945050505050565b60408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fde523cf30000000000000000000000000000000000000000000000000000000017905290515f918291829173ffffffffffffffffffffffffffffffffffffffff8616916111bb9190611e6e565b5f60405180830381855afa9150503d805f81146111f3576040519150601f19603f3d011682016040523d82523d5f602084013e6111f8565b606091505b509150915081801561120a5750805115155b1561124c575f818060200190518101906112249190611e84565b905073ffffffffffffffffffffffffffffffffffffffff81161561124a57949350505050565b505b505060675473ffffffffffffffffffffffffffffffffffffffff1692915050565b611275611650565b73ffffffffffffffffffffffffffffffffffffffff81166112fe5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201527f64647265737300000000000000000000000000000000000000000000000000006064820152608401610981565b611307816116b7565b50565b611312611650565b73ffffffffffffffffffffffffffffffffffffffff81163b61139c5760405162461bcd60e51b815260206004820152602160248201527f4d61696c626f783a2064656661756c742049534d206e6f7420636f6e7472616360448201527f74000000000000000000000000000000000000000000000000000000000000006064820152608401610981565b606780547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040517fa76ad0adbf45318f8633aa0210f711273d50fbb6fef76ed95bbae97082c75daa905f90a250565b5f610a2987878787878760685f9054906101000a900473ffffffffffffffffffffffffffffffffffffffff16610e73565b5f54610100900460ff161580801561145957505f54600160ff909116105b806114725750303b15801561147257505f5460ff166001145b6114e45760405162461bcd60e51b815260206004820152602e60248201527f496e697469616c697a61626c653a20636f6e747261637420697320616c72656160448201527f647920696e697469616c697a65640000000000000000000000000000000000006064820152608401610981565b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790558015611540575f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff166101001790555b6115486117ce565b6115518461130a565b61155a83611000565b611563826108f3565b61156c8561126d565b80156115ce575f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff169055604051600181527f7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb38474024989060200160405180910390a15b5050505050565b5f611132858585856115e986808385611e47565b60685473ffffffffffffffffffffffffffffffffffffffff1661062e565b6065546060906111329060039063ffffffff167f00000000000000000000000000000000000000000000000000000000000000003389898989611852565b805160209091012090565b60335473ffffffffffffffffffffffffffffffffffffffff163314610a455760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e65726044820152606401610981565b6033805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f61173b6001828486611e47565b61174491611e9f565b60f81c90505b92915050565b5f61175f602d60298486611e47565b61176891611f05565b60e01c9392505050565b5f6117856117808484611890565b61189f565b9392505050565b5f61179b602960098486611e47565b61178591611f6a565b5f61175f600960058486611e47565b365f6117c283604d8187611e47565b915091505b9250929050565b5f54610100900460ff1661184a5760405162461bcd60e51b815260206004820152602b60248201527f496e697469616c697a61626c653a20636f6e7472616374206973206e6f74206960448201527f6e697469616c697a696e670000000000000000000000000000000000000000006064820152608401610981565b610a4561192d565b60608888888888888888604051602001611873989796959493929190611fa6565b604051602081830303815290604052905098975050505050505050565b5f61179b604d602d8486611e47565b5f73ffffffffffffffffffffffffffffffffffffffff8211156119295760405162461bcd60e51b8152602060048201526024808201527f5479706543617374733a2062797465733332546f41646472657373206f76657260448201527f666c6f77000000000000000000000000000000000000000000000000000000006064820152608401610981565b5090565b5f54610100900460ff166119a95760405162461bcd60e51b815260206004820152602b60248201527f496e697469616c697a61626c653a20636f6e7472616374206973206e6f74206960448201527f6e697469616c697a696e670000000000000000000000000000000000000000006064820152608401610981565b610a45336116b7565b5f602082840312156119c2575f5ffd5b5035919050565b803563ffffffff811681146119dc575f5ffd5b919050565b5f5f83601f8401126119f1575f5ffd5b50813567ffffffffffffffff811115611a08575f5ffd5b6020830191508360208285010111156117c7575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff81168114611307575f5ffd5b5f5f5f5f5f5f5f60a0888a031215611a56575f5ffd5b611a5f886119c9565b965060208801359550604088013567ffffffffffffffff811115611a81575f5ffd5b611a8d8a828b016119e1565b909650945050606088013567ffffffffffffffff811115611aac575f5ffd5b611ab88a828b016119e1565b9094509250506080880135611acc81611a1f565b8091505092959891949750929550565b5f60208284031215611aec575f5ffd5b813561178581611a1f565b5f5f5f5f5f5f60808789031215611b0c575f5ffd5b611b15876119c9565b955060208701359450604087013567ffffffffffffffff811115611b37575f5ffd5b611b4389828a016119e1565b909550935050606087013567ffffffffffffffff811115611b62575f5ffd5b611b6e89828a016119e1565b979a9699509497509295939492505050565b5f5f5f5f60408587031215611b93575f5ffd5b843567ffffffffffffffff811115611ba9575f5ffd5b611bb5878288016119e1565b909550935050602085013567ffffffffffffffff811115611bd4575f5ffd5b611be0878288016119e1565b95989497509550505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6117856020830184611bec565b5f5f5f5f60608587031215611c5d575f5ffd5b611c66856119c9565b935060208501359250604085013567ffffffffffffffff811115611bd4575f5ffd5b5f5f5f5f60808587031215611c9b575f5ffd5b8435611ca681611a1f565b93506020850135611cb681611a1f565b92506040850135611cc681611a1f565b91506060850135611cd681611a1f565b939692955090935050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b63ffffffff818116838216019081111561174a5761174a611ce1565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b604081525f611d84604083018587611d2a565b8281036020840152611d968185611bec565b9695505050505050565b5f60208284031215611db0575f5ffd5b5051919050565b8181038181111561174a5761174a611ce1565b604081525f611ddd604083018688611d2a565b8281036020840152610a29818587611d2a565b5f60208284031215611e00575f5ffd5b81518015158114611785575f5ffd5b63ffffffff85168152836020820152606060408201525f611d96606083018486611d2a565b8082018082111561174a5761174a611ce1565b5f5f85851115611e55575f5ffd5b83861115611e61575f5ffd5b5050820193919092039150565b5f82518060208501845e5f920191825250919050565b5f60208284031215611e94575f5ffd5b815161178581611a1f565b80357fff000000000000000000000000000000000000000000000000000000000000008116906001841015611efe577fff00000000000000000000000000000000000000000000000000000000000000808560010360031b1b82161691505b5092915050565b80357fffffffff000000000000000000000000000000000000000000000000000000008116906004841015611efe577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505092915050565b8035602083101561174a577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7fff000000000000000000000000000000000000000000000000000000000000008960f81b1681527fffffffff000000000000000000000000000000000000000000000000000000008860e01b1660018201527fffffffff000000000000000000000000000000000000000000000000000000008760e01b1660058201528560098201527fffffffff000000000000000000000000000000000000000000000000000000008560e01b16602982015283602d8201528183604d8301375f9101604d0190815297965050505050505056fea2646970667358221220ae0071fca9467284e02393a2a1bb4d8c77d9a3344474a114863dea4d9ee04a7864736f6c63430008210033",
}

// Mailbox is an auto generated Go binding around an Ethereum contract.
type Mailbox struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Mailbox) GetABI() abi.ABI {
	return c.abi
}

// NewMailbox creates a new instance of Mailbox.
func NewMailbox() *Mailbox {
	parsed, err := MailboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Mailbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Mailbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint32 _localDomain) returns()
func (mailbox *Mailbox) PackConstructor(_localDomain uint32) []byte {
	enc, err := mailbox.abi.Pack("", _localDomain)
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
func (mailbox *Mailbox) PackPACKAGEVERSION() []byte {
	enc, err := mailbox.abi.Pack("PACKAGE_VERSION")
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
func (mailbox *Mailbox) TryPackPACKAGEVERSION() ([]byte, error) {
	return mailbox.abi.Pack("PACKAGE_VERSION")
}

// UnpackPACKAGEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93c44847.
//
// Solidity: function PACKAGE_VERSION() view returns(string)
func (mailbox *Mailbox) UnpackPACKAGEVERSION(data []byte) (string, error) {
	out, err := mailbox.abi.Unpack("PACKAGE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERSION() view returns(uint8)
func (mailbox *Mailbox) PackVERSION() []byte {
	enc, err := mailbox.abi.Pack("VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERSION() view returns(uint8)
func (mailbox *Mailbox) TryPackVERSION() ([]byte, error) {
	return mailbox.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint8)
func (mailbox *Mailbox) UnpackVERSION(data []byte) (uint8, error) {
	out, err := mailbox.abi.Unpack("VERSION", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDefaultHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1250b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultHook() view returns(address)
func (mailbox *Mailbox) PackDefaultHook() []byte {
	enc, err := mailbox.abi.Pack("defaultHook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1250b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultHook() view returns(address)
func (mailbox *Mailbox) TryPackDefaultHook() ([]byte, error) {
	return mailbox.abi.Pack("defaultHook")
}

// UnpackDefaultHook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d1250b7.
//
// Solidity: function defaultHook() view returns(address)
func (mailbox *Mailbox) UnpackDefaultHook(data []byte) (common.Address, error) {
	out, err := mailbox.abi.Unpack("defaultHook", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultIsm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e5f516e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultIsm() view returns(address)
func (mailbox *Mailbox) PackDefaultIsm() []byte {
	enc, err := mailbox.abi.Pack("defaultIsm")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultIsm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e5f516e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultIsm() view returns(address)
func (mailbox *Mailbox) TryPackDefaultIsm() ([]byte, error) {
	return mailbox.abi.Pack("defaultIsm")
}

// UnpackDefaultIsm is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e5f516e.
//
// Solidity: function defaultIsm() view returns(address)
func (mailbox *Mailbox) UnpackDefaultIsm(data []byte) (common.Address, error) {
	out, err := mailbox.abi.Unpack("defaultIsm", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDelivered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe495f1d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delivered(bytes32 _id) view returns(bool)
func (mailbox *Mailbox) PackDelivered(id [32]byte) []byte {
	enc, err := mailbox.abi.Pack("delivered", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelivered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe495f1d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delivered(bytes32 _id) view returns(bool)
func (mailbox *Mailbox) TryPackDelivered(id [32]byte) ([]byte, error) {
	return mailbox.abi.Pack("delivered", id)
}

// UnpackDelivered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe495f1d4.
//
// Solidity: function delivered(bytes32 _id) view returns(bool)
func (mailbox *Mailbox) UnpackDelivered(data []byte) (bool, error) {
	out, err := mailbox.abi.Unpack("delivered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeployedBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ea7bfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployedBlock() view returns(uint256)
func (mailbox *Mailbox) PackDeployedBlock() []byte {
	enc, err := mailbox.abi.Pack("deployedBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployedBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ea7bfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployedBlock() view returns(uint256)
func (mailbox *Mailbox) TryPackDeployedBlock() ([]byte, error) {
	return mailbox.abi.Pack("deployedBlock")
}

// UnpackDeployedBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82ea7bfe.
//
// Solidity: function deployedBlock() view returns(uint256)
func (mailbox *Mailbox) UnpackDeployedBlock(data []byte) (*big.Int, error) {
	out, err := mailbox.abi.Unpack("deployedBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDispatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10b83dc0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes metadata, address hook) payable returns(bytes32)
func (mailbox *Mailbox) PackDispatch(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte, metadata []byte, hook common.Address) []byte {
	enc, err := mailbox.abi.Pack("dispatch", destinationDomain, recipientAddress, messageBody, metadata, hook)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10b83dc0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes metadata, address hook) payable returns(bytes32)
func (mailbox *Mailbox) TryPackDispatch(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte, metadata []byte, hook common.Address) ([]byte, error) {
	return mailbox.abi.Pack("dispatch", destinationDomain, recipientAddress, messageBody, metadata, hook)
}

// UnpackDispatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10b83dc0.
//
// Solidity: function dispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes metadata, address hook) payable returns(bytes32)
func (mailbox *Mailbox) UnpackDispatch(data []byte) ([32]byte, error) {
	out, err := mailbox.abi.Unpack("dispatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDispatch0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48aee8d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes hookMetadata) payable returns(bytes32)
func (mailbox *Mailbox) PackDispatch0(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte, hookMetadata []byte) []byte {
	enc, err := mailbox.abi.Pack("dispatch0", destinationDomain, recipientAddress, messageBody, hookMetadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispatch0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48aee8d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes hookMetadata) payable returns(bytes32)
func (mailbox *Mailbox) TryPackDispatch0(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte, hookMetadata []byte) ([]byte, error) {
	return mailbox.abi.Pack("dispatch0", destinationDomain, recipientAddress, messageBody, hookMetadata)
}

// UnpackDispatch0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48aee8d4.
//
// Solidity: function dispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes hookMetadata) payable returns(bytes32)
func (mailbox *Mailbox) UnpackDispatch0(data []byte) ([32]byte, error) {
	out, err := mailbox.abi.Unpack("dispatch0", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDispatch1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa31de01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispatch(uint32 _destinationDomain, bytes32 _recipientAddress, bytes _messageBody) payable returns(bytes32)
func (mailbox *Mailbox) PackDispatch1(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte) []byte {
	enc, err := mailbox.abi.Pack("dispatch1", destinationDomain, recipientAddress, messageBody)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispatch1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa31de01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispatch(uint32 _destinationDomain, bytes32 _recipientAddress, bytes _messageBody) payable returns(bytes32)
func (mailbox *Mailbox) TryPackDispatch1(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte) ([]byte, error) {
	return mailbox.abi.Pack("dispatch1", destinationDomain, recipientAddress, messageBody)
}

// UnpackDispatch1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa31de01.
//
// Solidity: function dispatch(uint32 _destinationDomain, bytes32 _recipientAddress, bytes _messageBody) payable returns(bytes32)
func (mailbox *Mailbox) UnpackDispatch1(data []byte) ([32]byte, error) {
	out, err := mailbox.abi.Unpack("dispatch1", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8c8765e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address _owner, address _defaultIsm, address _defaultHook, address _requiredHook) returns()
func (mailbox *Mailbox) PackInitialize(owner common.Address, defaultIsm common.Address, defaultHook common.Address, requiredHook common.Address) []byte {
	enc, err := mailbox.abi.Pack("initialize", owner, defaultIsm, defaultHook, requiredHook)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8c8765e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address _owner, address _defaultIsm, address _defaultHook, address _requiredHook) returns()
func (mailbox *Mailbox) TryPackInitialize(owner common.Address, defaultIsm common.Address, defaultHook common.Address, requiredHook common.Address) ([]byte, error) {
	return mailbox.abi.Pack("initialize", owner, defaultIsm, defaultHook, requiredHook)
}

// PackLatestDispatchedId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134fbb4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestDispatchedId() view returns(bytes32)
func (mailbox *Mailbox) PackLatestDispatchedId() []byte {
	enc, err := mailbox.abi.Pack("latestDispatchedId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestDispatchedId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134fbb4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestDispatchedId() view returns(bytes32)
func (mailbox *Mailbox) TryPackLatestDispatchedId() ([]byte, error) {
	return mailbox.abi.Pack("latestDispatchedId")
}

// UnpackLatestDispatchedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134fbb4f.
//
// Solidity: function latestDispatchedId() view returns(bytes32)
func (mailbox *Mailbox) UnpackLatestDispatchedId(data []byte) ([32]byte, error) {
	out, err := mailbox.abi.Unpack("latestDispatchedId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLocalDomain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d3638f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function localDomain() view returns(uint32)
func (mailbox *Mailbox) PackLocalDomain() []byte {
	enc, err := mailbox.abi.Pack("localDomain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocalDomain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d3638f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function localDomain() view returns(uint32)
func (mailbox *Mailbox) TryPackLocalDomain() ([]byte, error) {
	return mailbox.abi.Pack("localDomain")
}

// UnpackLocalDomain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d3638f4.
//
// Solidity: function localDomain() view returns(uint32)
func (mailbox *Mailbox) UnpackLocalDomain(data []byte) (uint32, error) {
	out, err := mailbox.abi.Unpack("localDomain", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonce() view returns(uint32)
func (mailbox *Mailbox) PackNonce() []byte {
	enc, err := mailbox.abi.Pack("nonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonce() view returns(uint32)
func (mailbox *Mailbox) TryPackNonce() ([]byte, error) {
	return mailbox.abi.Pack("nonce")
}

// UnpackNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaffed0e0.
//
// Solidity: function nonce() view returns(uint32)
func (mailbox *Mailbox) UnpackNonce(data []byte) (uint32, error) {
	out, err := mailbox.abi.Unpack("nonce", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (mailbox *Mailbox) PackOwner() []byte {
	enc, err := mailbox.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (mailbox *Mailbox) TryPackOwner() ([]byte, error) {
	return mailbox.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (mailbox *Mailbox) UnpackOwner(data []byte) (common.Address, error) {
	out, err := mailbox.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProcess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c39d130.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function process(bytes _metadata, bytes _message) payable returns()
func (mailbox *Mailbox) PackProcess(metadata []byte, message []byte) []byte {
	enc, err := mailbox.abi.Pack("process", metadata, message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProcess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c39d130.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function process(bytes _metadata, bytes _message) payable returns()
func (mailbox *Mailbox) TryPackProcess(metadata []byte, message []byte) ([]byte, error) {
	return mailbox.abi.Pack("process", metadata, message)
}

// PackProcessedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2fda1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function processedAt(bytes32 _id) view returns(uint48)
func (mailbox *Mailbox) PackProcessedAt(id [32]byte) []byte {
	enc, err := mailbox.abi.Pack("processedAt", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProcessedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2fda1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function processedAt(bytes32 _id) view returns(uint48)
func (mailbox *Mailbox) TryPackProcessedAt(id [32]byte) ([]byte, error) {
	return mailbox.abi.Pack("processedAt", id)
}

// UnpackProcessedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2fda1.
//
// Solidity: function processedAt(bytes32 _id) view returns(uint48)
func (mailbox *Mailbox) UnpackProcessedAt(data []byte) (*big.Int, error) {
	out, err := mailbox.abi.Unpack("processedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProcessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d1fe5a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function processor(bytes32 _id) view returns(address)
func (mailbox *Mailbox) PackProcessor(id [32]byte) []byte {
	enc, err := mailbox.abi.Pack("processor", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProcessor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d1fe5a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function processor(bytes32 _id) view returns(address)
func (mailbox *Mailbox) TryPackProcessor(id [32]byte) ([]byte, error) {
	return mailbox.abi.Pack("processor", id)
}

// UnpackProcessor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d1fe5a9.
//
// Solidity: function processor(bytes32 _id) view returns(address)
func (mailbox *Mailbox) UnpackProcessor(data []byte) (common.Address, error) {
	out, err := mailbox.abi.Unpack("processor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuoteDispatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d2ea95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes metadata, address hook) view returns(uint256 fee)
func (mailbox *Mailbox) PackQuoteDispatch(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte, metadata []byte, hook common.Address) []byte {
	enc, err := mailbox.abi.Pack("quoteDispatch", destinationDomain, recipientAddress, messageBody, metadata, hook)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDispatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d2ea95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes metadata, address hook) view returns(uint256 fee)
func (mailbox *Mailbox) TryPackQuoteDispatch(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte, metadata []byte, hook common.Address) ([]byte, error) {
	return mailbox.abi.Pack("quoteDispatch", destinationDomain, recipientAddress, messageBody, metadata, hook)
}

// UnpackQuoteDispatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81d2ea95.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes metadata, address hook) view returns(uint256 fee)
func (mailbox *Mailbox) UnpackQuoteDispatch(data []byte) (*big.Int, error) {
	out, err := mailbox.abi.Unpack("quoteDispatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteDispatch0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c42bd18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody) view returns(uint256 fee)
func (mailbox *Mailbox) PackQuoteDispatch0(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte) []byte {
	enc, err := mailbox.abi.Pack("quoteDispatch0", destinationDomain, recipientAddress, messageBody)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDispatch0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c42bd18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody) view returns(uint256 fee)
func (mailbox *Mailbox) TryPackQuoteDispatch0(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte) ([]byte, error) {
	return mailbox.abi.Pack("quoteDispatch0", destinationDomain, recipientAddress, messageBody)
}

// UnpackQuoteDispatch0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c42bd18.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody) view returns(uint256 fee)
func (mailbox *Mailbox) UnpackQuoteDispatch0(data []byte) (*big.Int, error) {
	out, err := mailbox.abi.Unpack("quoteDispatch0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteDispatch1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7ccd321.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes defaultHookMetadata) view returns(uint256 fee)
func (mailbox *Mailbox) PackQuoteDispatch1(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte, defaultHookMetadata []byte) []byte {
	enc, err := mailbox.abi.Pack("quoteDispatch1", destinationDomain, recipientAddress, messageBody, defaultHookMetadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDispatch1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7ccd321.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes defaultHookMetadata) view returns(uint256 fee)
func (mailbox *Mailbox) TryPackQuoteDispatch1(destinationDomain uint32, recipientAddress [32]byte, messageBody []byte, defaultHookMetadata []byte) ([]byte, error) {
	return mailbox.abi.Pack("quoteDispatch1", destinationDomain, recipientAddress, messageBody, defaultHookMetadata)
}

// UnpackQuoteDispatch1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7ccd321.
//
// Solidity: function quoteDispatch(uint32 destinationDomain, bytes32 recipientAddress, bytes messageBody, bytes defaultHookMetadata) view returns(uint256 fee)
func (mailbox *Mailbox) UnpackQuoteDispatch1(data []byte) (*big.Int, error) {
	out, err := mailbox.abi.Unpack("quoteDispatch1", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecipientIsm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe70f48ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recipientIsm(address _recipient) view returns(address)
func (mailbox *Mailbox) PackRecipientIsm(recipient common.Address) []byte {
	enc, err := mailbox.abi.Pack("recipientIsm", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecipientIsm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe70f48ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recipientIsm(address _recipient) view returns(address)
func (mailbox *Mailbox) TryPackRecipientIsm(recipient common.Address) ([]byte, error) {
	return mailbox.abi.Pack("recipientIsm", recipient)
}

// UnpackRecipientIsm is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe70f48ac.
//
// Solidity: function recipientIsm(address _recipient) view returns(address)
func (mailbox *Mailbox) UnpackRecipientIsm(data []byte) (common.Address, error) {
	out, err := mailbox.abi.Unpack("recipientIsm", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (mailbox *Mailbox) PackRenounceOwnership() []byte {
	enc, err := mailbox.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (mailbox *Mailbox) TryPackRenounceOwnership() ([]byte, error) {
	return mailbox.abi.Pack("renounceOwnership")
}

// PackRequiredHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6d08a09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredHook() view returns(address)
func (mailbox *Mailbox) PackRequiredHook() []byte {
	enc, err := mailbox.abi.Pack("requiredHook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequiredHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6d08a09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requiredHook() view returns(address)
func (mailbox *Mailbox) TryPackRequiredHook() ([]byte, error) {
	return mailbox.abi.Pack("requiredHook")
}

// UnpackRequiredHook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6d08a09.
//
// Solidity: function requiredHook() view returns(address)
func (mailbox *Mailbox) UnpackRequiredHook(data []byte) (common.Address, error) {
	out, err := mailbox.abi.Unpack("requiredHook", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetDefaultHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99b04809.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDefaultHook(address _hook) returns()
func (mailbox *Mailbox) PackSetDefaultHook(hook common.Address) []byte {
	enc, err := mailbox.abi.Pack("setDefaultHook", hook)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDefaultHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99b04809.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDefaultHook(address _hook) returns()
func (mailbox *Mailbox) TryPackSetDefaultHook(hook common.Address) ([]byte, error) {
	return mailbox.abi.Pack("setDefaultHook", hook)
}

// PackSetDefaultIsm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf794687a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDefaultIsm(address _module) returns()
func (mailbox *Mailbox) PackSetDefaultIsm(module common.Address) []byte {
	enc, err := mailbox.abi.Pack("setDefaultIsm", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDefaultIsm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf794687a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDefaultIsm(address _module) returns()
func (mailbox *Mailbox) TryPackSetDefaultIsm(module common.Address) ([]byte, error) {
	return mailbox.abi.Pack("setDefaultIsm", module)
}

// PackSetRequiredHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1426b7f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequiredHook(address _hook) returns()
func (mailbox *Mailbox) PackSetRequiredHook(hook common.Address) []byte {
	enc, err := mailbox.abi.Pack("setRequiredHook", hook)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRequiredHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1426b7f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRequiredHook(address _hook) returns()
func (mailbox *Mailbox) TryPackSetRequiredHook(hook common.Address) ([]byte, error) {
	return mailbox.abi.Pack("setRequiredHook", hook)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (mailbox *Mailbox) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := mailbox.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (mailbox *Mailbox) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return mailbox.abi.Pack("transferOwnership", newOwner)
}

// MailboxDefaultHookSet represents a DefaultHookSet event raised by the Mailbox contract.
type MailboxDefaultHookSet struct {
	Hook common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const MailboxDefaultHookSetEventName = "DefaultHookSet"

// ContractEventName returns the user-defined event name.
func (MailboxDefaultHookSet) ContractEventName() string {
	return MailboxDefaultHookSetEventName
}

// UnpackDefaultHookSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultHookSet(address indexed hook)
func (mailbox *Mailbox) UnpackDefaultHookSetEvent(log *types.Log) (*MailboxDefaultHookSet, error) {
	event := "DefaultHookSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxDefaultHookSet)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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

// MailboxDefaultIsmSet represents a DefaultIsmSet event raised by the Mailbox contract.
type MailboxDefaultIsmSet struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const MailboxDefaultIsmSetEventName = "DefaultIsmSet"

// ContractEventName returns the user-defined event name.
func (MailboxDefaultIsmSet) ContractEventName() string {
	return MailboxDefaultIsmSetEventName
}

// UnpackDefaultIsmSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultIsmSet(address indexed module)
func (mailbox *Mailbox) UnpackDefaultIsmSetEvent(log *types.Log) (*MailboxDefaultIsmSet, error) {
	event := "DefaultIsmSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxDefaultIsmSet)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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

// MailboxDispatch represents a Dispatch event raised by the Mailbox contract.
type MailboxDispatch struct {
	Sender      common.Address
	Destination uint32
	Recipient   [32]byte
	Message     []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const MailboxDispatchEventName = "Dispatch"

// ContractEventName returns the user-defined event name.
func (MailboxDispatch) ContractEventName() string {
	return MailboxDispatchEventName
}

// UnpackDispatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Dispatch(address indexed sender, uint32 indexed destination, bytes32 indexed recipient, bytes message)
func (mailbox *Mailbox) UnpackDispatchEvent(log *types.Log) (*MailboxDispatch, error) {
	event := "Dispatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxDispatch)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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

// MailboxDispatchId represents a DispatchId event raised by the Mailbox contract.
type MailboxDispatchId struct {
	MessageId [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const MailboxDispatchIdEventName = "DispatchId"

// ContractEventName returns the user-defined event name.
func (MailboxDispatchId) ContractEventName() string {
	return MailboxDispatchIdEventName
}

// UnpackDispatchIdEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DispatchId(bytes32 indexed messageId)
func (mailbox *Mailbox) UnpackDispatchIdEvent(log *types.Log) (*MailboxDispatchId, error) {
	event := "DispatchId"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxDispatchId)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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

// MailboxInitialized represents a Initialized event raised by the Mailbox contract.
type MailboxInitialized struct {
	Version uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const MailboxInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (MailboxInitialized) ContractEventName() string {
	return MailboxInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint8 version)
func (mailbox *Mailbox) UnpackInitializedEvent(log *types.Log) (*MailboxInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxInitialized)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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

// MailboxOwnershipTransferred represents a OwnershipTransferred event raised by the Mailbox contract.
type MailboxOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MailboxOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MailboxOwnershipTransferred) ContractEventName() string {
	return MailboxOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (mailbox *Mailbox) UnpackOwnershipTransferredEvent(log *types.Log) (*MailboxOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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

// MailboxProcess represents a Process event raised by the Mailbox contract.
type MailboxProcess struct {
	Origin    uint32
	Sender    [32]byte
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const MailboxProcessEventName = "Process"

// ContractEventName returns the user-defined event name.
func (MailboxProcess) ContractEventName() string {
	return MailboxProcessEventName
}

// UnpackProcessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Process(uint32 indexed origin, bytes32 indexed sender, address indexed recipient)
func (mailbox *Mailbox) UnpackProcessEvent(log *types.Log) (*MailboxProcess, error) {
	event := "Process"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxProcess)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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

// MailboxProcessId represents a ProcessId event raised by the Mailbox contract.
type MailboxProcessId struct {
	MessageId [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const MailboxProcessIdEventName = "ProcessId"

// ContractEventName returns the user-defined event name.
func (MailboxProcessId) ContractEventName() string {
	return MailboxProcessIdEventName
}

// UnpackProcessIdEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProcessId(bytes32 indexed messageId)
func (mailbox *Mailbox) UnpackProcessIdEvent(log *types.Log) (*MailboxProcessId, error) {
	event := "ProcessId"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxProcessId)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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

// MailboxRequiredHookSet represents a RequiredHookSet event raised by the Mailbox contract.
type MailboxRequiredHookSet struct {
	Hook common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const MailboxRequiredHookSetEventName = "RequiredHookSet"

// ContractEventName returns the user-defined event name.
func (MailboxRequiredHookSet) ContractEventName() string {
	return MailboxRequiredHookSetEventName
}

// UnpackRequiredHookSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequiredHookSet(address indexed hook)
func (mailbox *Mailbox) UnpackRequiredHookSetEvent(log *types.Log) (*MailboxRequiredHookSet, error) {
	event := "RequiredHookSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mailbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MailboxRequiredHookSet)
	if len(log.Data) > 0 {
		if err := mailbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mailbox.abi.Events[event].Inputs {
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
