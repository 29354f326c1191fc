// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hypmerkletreehook

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

// MerkleLibTree is an auto generated low-level Go binding around an user-defined struct.
type MerkleLibTree struct {
	Branch [32][32]byte
	Count  *big.Int
}

// MerkleTreeHookMetaData contains all meta data concerning the MerkleTreeHook contract.
var MerkleTreeHookMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_mailbox\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_hook\",\"type\":\"address\"}],\"name\":\"HookSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"messageId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"InsertedIntoTree\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_ism\",\"type\":\"address\"}],\"name\":\"IsmSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"PACKAGE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hook\",\"outputs\":[{\"internalType\":\"contractIPostDispatchHook\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hookType\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"interchainSecurityModule\",\"outputs\":[{\"internalType\":\"contractIInterchainSecurityModule\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestCheckpoint\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"localDomain\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mailbox\",\"outputs\":[{\"internalType\":\"contractIMailbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"postDispatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"}],\"name\":\"quoteDispatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"root\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_hook\",\"type\":\"address\"}],\"name\":\"setHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_module\",\"type\":\"address\"}],\"name\":\"setInterchainSecurityModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"metadata\",\"type\":\"bytes\"}],\"name\":\"supportsMetadata\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tree\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32[32]\",\"name\":\"branch\",\"type\":\"bytes32[32]\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"internalType\":\"structMerkleLib.Tree\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MerkleTreeHook",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051611b09380380611b0983398101604081905261002e91610166565b80806001600160a01b0381163b61008b5760405162461bcd60e51b815260206004820152601e60248201527f4d61696c626f78436c69656e743a20696e76616c6964206d61696c626f780000604482015260640160405180910390fd5b6001600160a01b03821660808190526040805163234d8e3d60e21b81529051638d3638f4916004808201926020929091908290030181865afa1580156100d3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100f79190610193565b63ffffffff1660a05261010933610115565b50504360c052506101b6565b603380546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610176575f5ffd5b81516001600160a01b038116811461018c575f5ffd5b9392505050565b5f602082840312156101a3575f5ffd5b815163ffffffff8116811461018c575f5ffd5b60805160a05160c0516119226101e75f395f61023401525f61027501525f81816103740152610cba01526119225ff3fe60806040526004361061013d575f3560e01c8063907c0f92116100bb578063e445e7dd11610071578063ebf0c71711610057578063ebf0c71714610415578063f2fde38b14610429578063fd54b22814610448575f5ffd5b8063e445e7dd146103c0578063e5320bb9146103e6575f5ffd5b8063aaccd230116100a1578063aaccd23014610344578063d5438eae14610363578063de523cf314610396575f5ffd5b8063907c0f92146102c157806393c44847146102ef575f5ffd5b8063715018a61161011057806382ea7bfe116100f657806382ea7bfe146102235780638d3638f4146102645780638da5cb5b14610297575f5ffd5b8063715018a6146101be5780637f5a7c7b146101d2575f5ffd5b806306661abd14610141578063086011b91461016b5780630e72cc06146101805780633dfd38731461019f575b5f5ffd5b34801561014c575f5ffd5b5060b7545b60405163ffffffff90911681526020015b60405180910390f35b61017e61017936600461148c565b610469565b005b34801561018b575f5ffd5b5061017e61019a3660046114f8565b610516565b3480156101aa575f5ffd5b5061017e6101b93660046114f8565b61065f565b3480156101c9575f5ffd5b5061017e6107a0565b3480156101dd575f5ffd5b506065546101fe9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610162565b34801561022e575f5ffd5b506102567f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610162565b34801561026f575f5ffd5b506101517f000000000000000000000000000000000000000000000000000000000000000081565b3480156102a2575f5ffd5b5060335473ffffffffffffffffffffffffffffffffffffffff166101fe565b3480156102cc575f5ffd5b506102d56107b3565b6040805192835263ffffffff909116602083015201610162565b3480156102fa575f5ffd5b506103376040518060400160405280600681526020017f31322e312e30000000000000000000000000000000000000000000000000000081525081565b6040516101629190611532565b34801561034f575f5ffd5b5061025661035e36600461148c565b6107da565b34801561036e575f5ffd5b506101fe7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103a1575f5ffd5b5060665473ffffffffffffffffffffffffffffffffffffffff166101fe565b3480156103cb575f5ffd5b506103d461087b565b60405160ff9091168152602001610162565b3480156103f1575f5ffd5b50610405610400366004611585565b610884565b6040519015158152602001610162565b348015610420575f5ffd5b506102566108a8565b348015610434575f5ffd5b5061017e6104433660046114f8565b6108b3565b348015610453575f5ffd5b5061045c61096a565b60405161016291906115c4565b6104738484610884565b610504576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152603260248201527f4162737472616374506f73744469737061746368486f6f6b3a20696e76616c6960448201527f64206d657461646174612076617269616e74000000000000000000000000000060648201526084015b60405180910390fd5b610510848484846109b9565b50505050565b8073ffffffffffffffffffffffffffffffffffffffff81163b151580610550575073ffffffffffffffffffffffffffffffffffffffff8116155b6105dc576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602760248201527f4d61696c626f78436c69656e743a20696e76616c696420636f6e74726163742060448201527f73657474696e670000000000000000000000000000000000000000000000000060648201526084016104fb565b6105e4610b54565b606680547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84169081179091556040519081527fc47cbcc588c67679e52261c45cc315e56562f8d0ccaba16facb9093ff9498799906020015b60405180910390a15050565b8073ffffffffffffffffffffffffffffffffffffffff81163b151580610699575073ffffffffffffffffffffffffffffffffffffffff8116155b610725576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602760248201527f4d61696c626f78436c69656e743a20696e76616c696420636f6e74726163742060448201527f73657474696e670000000000000000000000000000000000000000000000000060648201526084016104fb565b61072d610b54565b606580547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84169081179091556040519081527f4eab7b127c764308788622363ad3e9532de3dfba7845bd4f84c125a22544255a90602001610653565b6107a8610b54565b6107b15f610bd5565b565b5f5f6107bd6108a8565b60016107c860b75490565b6107d2919061162f565b915091509091565b5f6107e58585610884565b610871576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152603260248201527f4162737472616374506f73744469737061746368486f6f6b3a20696e76616c6960448201527f64206d657461646174612076617269616e74000000000000000000000000000060648201526084016104fb565b5f95945050505050565b5f60035b905090565b5f81158061089f575060016108998484610c4b565b61ffff16145b90505b92915050565b5f61087f6097610c99565b6108bb610b54565b73ffffffffffffffffffffffffffffffffffffffff811661095e576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201527f646472657373000000000000000000000000000000000000000000000000000060648201526084016104fb565b61096781610bd5565b50565b610972611409565b60408051610440810180835290916097918391820190839060209082845b815481526020019060010190808311610990575050509183525050602091820154910152919050565b3415610a47576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602160248201527f4d65726b6c6554726565486f6f6b3a206e6f2076616c7565206578706563746560448201527f640000000000000000000000000000000000000000000000000000000000000060648201526084016104fb565b5f610a8683838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610cab92505050565b9050610a9181610cb6565b610af7576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601760248201527f6d657373616765206e6f74206469737061746368696e6700000000000000000060448201526064016104fb565b5f610b0160b75490565b9050610b0e609783610d4c565b6040805183815263ffffffff831660208201527f253a3a04cab70d47c1504809242d9350cd81627b4f1d50753e159cf8cd76ed33910160405180910390a1505050505050565b60335473ffffffffffffffffffffffffffffffffffffffff1633146107b1576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e657260448201526064016104fb565b6033805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f610c5781600261164b565b60ff16821015610c6857505f6108a2565b825f83610c7682600261164b565b60ff1692610c8693929190611664565b610c8f9161168b565b60f01c9392505050565b5f6108a282610ca6610e84565b611344565b805160209091012090565b5f817f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663134fbb4f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d21573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d4591906116f1565b1492915050565b6001610d5a60206002611829565b610d649190611834565b826020015410610dd0576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f6d65726b6c6520747265652066756c6c0000000000000000000000000000000060448201526064016104fb565b6001826020015f828254610de49190611847565b909155505060208201545f5b6020811015610e765781600116600103610e1f5782848260208110610e1757610e1761185a565b015550505050565b838160208110610e3157610e3161185a565b01546040805160208101929092528101849052606001604051602081830303815290604052805190602001209250600282610e6c9190611887565b9150600101610df0565b50610e7f6118bf565b505050565b610e8c611428565b5f81527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560208201527fb4c11951957c6f8f642c4af61cd6b24640fec6dc7fc607ee8206a99e92410d3060408201527f21ddb9a356815c3fac1026b6dec5df3124afbadb485c9ba5a3e3398a04b7ba8560608201527fe58769b32a1beaf1ea27375a44095a0d1fb664ce2dd358e7fcbfb78c26a1934460808201527f0eb01ebfc9ed27500cd4dfc979272d1f0913cc9f66540d7e8005811109e1cf2d60a08201527f887c22bd8750d34016ac3c66b5ff102dacdd73f6b014e710b51e8022af9a196860c08201527fffd70157e48063fc33c97a050f7f640233bf646cc98d9524c6b92bcf3ab56f8360e08201527f9867cc5f7f196b93bae1e27e6320742445d290f2263827498b54fec539f756af6101008201527fcefad4e508c098b9a7e1d8feb19955fb02ba9675585078710969d3440f5054e06101208201527ff9dc3e7fe016e050eff260334f18a5d4fe391d82092319f5964f2e2eb7c1c3a56101408201527ff8b13a49e282f609c317a833fb8d976d11517c571d1221a265d25af778ecf8926101608201527f3490c6ceeb450aecdc82e28293031d10c7d73bf85e57bf041a97360aa2c5d99c6101808201527fc1df82d9c4b87413eae2ef048f94b4d3554cea73d92b0f7af96e0271c691e2bb6101a08201527f5c67add7c6caf302256adedf7ab114da0acfe870d449a3a489f781d659e8becc6101c08201527fda7bce9f4e8618b6bd2f4132ce798cdc7a60e7e1460a7299e3c6342a579626d26101e08201527f2733e50f526ec2fa19a22b31e8ed50f23cd1fdf94c9154ed3a7609a2f1ff981f6102008201527fe1d3b5c807b281e4683cc6d6315cf95b9ade8641defcb32372f1c126e398ef7a6102208201527f5a2dce0a8a7f68bb74560f8f71837c2c2ebbcbf7fffb42ae1896f13f7c7479a06102408201527fb46a28b6f55540f89444f63de0378e3d121be09e06cc9ded1c20e65876d36aa06102608201527fc65e9645644786b620e2dd2ad648ddfcbf4a7e5b1a3a4ecfe7f64667a3f0b7e26102808201527ff4418588ed35a2458cffeb39b93d26f18d2ab13bdce6aee58e7b99359ec2dfd96102a08201527f5a9c16dc00d6ef18b7933a6f8dc65ccb55667138776f7dea101070dc8796e3776102c08201527f4df84f40ae0c8229d0d6069e5c8f39a7c299677a09d367fc7b05e3bc380ee6526102e08201527fcdc72595f74c7b1043d0e1ffbab734648c838dfb0527d971b602bc216c9619ef6103008201527f0abf5ac974a1ed57f4050aa510dd9c74f508277b39d7973bb2dfccc5eeb0618d6103208201527fb8cd74046ff337f0a7bf2c8e03e10f642c1886798d71806ab1e888d9e5ee87d06103408201527f838c5655cb21c6cb83313b5a631175dff4963772cce9108188b34ac87c81c41e6103608201527f662ee4dd2dd7b2bc707961b1e646c4047669dcb6584f0d8d770daf5d7e7deb2e6103808201527f388ab20e2573d171a88108e79d820e98f26c0b84aa8b2f4aa4968dbb818ea3226103a08201527f93237c50ba75ee485f4c22adf2f741400bdf8d6a9cc7df7ecae576221665d7356103c08201527f8448818bb4ae4562849e949e17ac16e0be16688e156b5cf15e098c627c0056a96103e082015290565b60208201545f90815b602081101561140157600182821c165f86836020811061136f5761136f61185a565b01549050816001036113ac5760408051602081018390529081018690526060016040516020818303038152906040528051906020012094506113f7565b848684602081106113bf576113bf61185a565b60200201516040516020016113de929190918252602082015260400190565b6040516020818303038152906040528051906020012094505b505060010161134d565b505092915050565b604051806040016040528061141c611428565b81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b5f5f83601f840112611457575f5ffd5b50813567ffffffffffffffff81111561146e575f5ffd5b602083019150836020828501011115611485575f5ffd5b9250929050565b5f5f5f5f6040858703121561149f575f5ffd5b843567ffffffffffffffff8111156114b5575f5ffd5b6114c187828801611447565b909550935050602085013567ffffffffffffffff8111156114e0575f5ffd5b6114ec87828801611447565b95989497509550505050565b5f60208284031215611508575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff8116811461152b575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f60208385031215611596575f5ffd5b823567ffffffffffffffff8111156115ac575f5ffd5b6115b885828601611447565b90969095509350505050565b8151610420820190825f5b60208110156115ee5782518252602092830192909101906001016115cf565b505050602083015161040083015292915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b63ffffffff82811682821603908111156108a2576108a2611602565b60ff81811683821601908111156108a2576108a2611602565b5f5f85851115611672575f5ffd5b8386111561167e575f5ffd5b5050820193919092039150565b80357fffff00000000000000000000000000000000000000000000000000000000000081169060028410156116ea577fffff000000000000000000000000000000000000000000000000000000000000808560020360031b1b82161691505b5092915050565b5f60208284031215611701575f5ffd5b5051919050565b6001815b60018411156117435780850481111561172757611727611602565b600184161561173557908102905b60019390931c92800261170c565b935093915050565b5f82611759575060016108a2565b8161176557505f6108a2565b816001811461177b5760028114611785576117a1565b60019150506108a2565b60ff84111561179657611796611602565b50506001821b6108a2565b5060208310610133831016604e8410600b84101617156117c4575081810a6108a2565b6117ef7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8484611708565b807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0482111561182157611821611602565b029392505050565b5f61089f838361174b565b818103818111156108a2576108a2611602565b808201808211156108a2576108a2611602565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f826118ba577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffdfea26469706673582212205c31a65cc2a93b9a7f97e4906dc2adb2adec7f894d9c5377f9e13d0ea7b4bb9364736f6c63430008210033",
}

// MerkleTreeHook is an auto generated Go binding around an Ethereum contract.
type MerkleTreeHook struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MerkleTreeHook) GetABI() abi.ABI {
	return c.abi
}

// NewMerkleTreeHook creates a new instance of MerkleTreeHook.
func NewMerkleTreeHook() *MerkleTreeHook {
	parsed, err := MerkleTreeHookMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MerkleTreeHook{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MerkleTreeHook) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _mailbox) returns()
func (merkleTreeHook *MerkleTreeHook) PackConstructor(_mailbox common.Address) []byte {
	enc, err := merkleTreeHook.abi.Pack("", _mailbox)
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
func (merkleTreeHook *MerkleTreeHook) PackPACKAGEVERSION() []byte {
	enc, err := merkleTreeHook.abi.Pack("PACKAGE_VERSION")
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
func (merkleTreeHook *MerkleTreeHook) TryPackPACKAGEVERSION() ([]byte, error) {
	return merkleTreeHook.abi.Pack("PACKAGE_VERSION")
}

// UnpackPACKAGEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93c44847.
//
// Solidity: function PACKAGE_VERSION() view returns(string)
func (merkleTreeHook *MerkleTreeHook) UnpackPACKAGEVERSION(data []byte) (string, error) {
	out, err := merkleTreeHook.abi.Unpack("PACKAGE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count() view returns(uint32)
func (merkleTreeHook *MerkleTreeHook) PackCount() []byte {
	enc, err := merkleTreeHook.abi.Pack("count")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count() view returns(uint32)
func (merkleTreeHook *MerkleTreeHook) TryPackCount() ([]byte, error) {
	return merkleTreeHook.abi.Pack("count")
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06661abd.
//
// Solidity: function count() view returns(uint32)
func (merkleTreeHook *MerkleTreeHook) UnpackCount(data []byte) (uint32, error) {
	out, err := merkleTreeHook.abi.Unpack("count", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDeployedBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ea7bfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployedBlock() view returns(uint256)
func (merkleTreeHook *MerkleTreeHook) PackDeployedBlock() []byte {
	enc, err := merkleTreeHook.abi.Pack("deployedBlock")
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
func (merkleTreeHook *MerkleTreeHook) TryPackDeployedBlock() ([]byte, error) {
	return merkleTreeHook.abi.Pack("deployedBlock")
}

// UnpackDeployedBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82ea7bfe.
//
// Solidity: function deployedBlock() view returns(uint256)
func (merkleTreeHook *MerkleTreeHook) UnpackDeployedBlock(data []byte) (*big.Int, error) {
	out, err := merkleTreeHook.abi.Unpack("deployedBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hook() view returns(address)
func (merkleTreeHook *MerkleTreeHook) PackHook() []byte {
	enc, err := merkleTreeHook.abi.Pack("hook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hook() view returns(address)
func (merkleTreeHook *MerkleTreeHook) TryPackHook() ([]byte, error) {
	return merkleTreeHook.abi.Pack("hook")
}

// UnpackHook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f5a7c7b.
//
// Solidity: function hook() view returns(address)
func (merkleTreeHook *MerkleTreeHook) UnpackHook(data []byte) (common.Address, error) {
	out, err := merkleTreeHook.abi.Unpack("hook", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHookType is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe445e7dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hookType() pure returns(uint8)
func (merkleTreeHook *MerkleTreeHook) PackHookType() []byte {
	enc, err := merkleTreeHook.abi.Pack("hookType")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHookType is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe445e7dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hookType() pure returns(uint8)
func (merkleTreeHook *MerkleTreeHook) TryPackHookType() ([]byte, error) {
	return merkleTreeHook.abi.Pack("hookType")
}

// UnpackHookType is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe445e7dd.
//
// Solidity: function hookType() pure returns(uint8)
func (merkleTreeHook *MerkleTreeHook) UnpackHookType(data []byte) (uint8, error) {
	out, err := merkleTreeHook.abi.Unpack("hookType", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackInterchainSecurityModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde523cf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function interchainSecurityModule() view returns(address)
func (merkleTreeHook *MerkleTreeHook) PackInterchainSecurityModule() []byte {
	enc, err := merkleTreeHook.abi.Pack("interchainSecurityModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInterchainSecurityModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde523cf3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function interchainSecurityModule() view returns(address)
func (merkleTreeHook *MerkleTreeHook) TryPackInterchainSecurityModule() ([]byte, error) {
	return merkleTreeHook.abi.Pack("interchainSecurityModule")
}

// UnpackInterchainSecurityModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde523cf3.
//
// Solidity: function interchainSecurityModule() view returns(address)
func (merkleTreeHook *MerkleTreeHook) UnpackInterchainSecurityModule(data []byte) (common.Address, error) {
	out, err := merkleTreeHook.abi.Unpack("interchainSecurityModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLatestCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x907c0f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestCheckpoint() view returns(bytes32, uint32)
func (merkleTreeHook *MerkleTreeHook) PackLatestCheckpoint() []byte {
	enc, err := merkleTreeHook.abi.Pack("latestCheckpoint")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x907c0f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestCheckpoint() view returns(bytes32, uint32)
func (merkleTreeHook *MerkleTreeHook) TryPackLatestCheckpoint() ([]byte, error) {
	return merkleTreeHook.abi.Pack("latestCheckpoint")
}

// LatestCheckpointOutput serves as a container for the return parameters of contract
// method LatestCheckpoint.
type LatestCheckpointOutput struct {
	Arg0 [32]byte
	Arg1 uint32
}

// UnpackLatestCheckpoint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x907c0f92.
//
// Solidity: function latestCheckpoint() view returns(bytes32, uint32)
func (merkleTreeHook *MerkleTreeHook) UnpackLatestCheckpoint(data []byte) (LatestCheckpointOutput, error) {
	out, err := merkleTreeHook.abi.Unpack("latestCheckpoint", data)
	outstruct := new(LatestCheckpointOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackLocalDomain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d3638f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function localDomain() view returns(uint32)
func (merkleTreeHook *MerkleTreeHook) PackLocalDomain() []byte {
	enc, err := merkleTreeHook.abi.Pack("localDomain")
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
func (merkleTreeHook *MerkleTreeHook) TryPackLocalDomain() ([]byte, error) {
	return merkleTreeHook.abi.Pack("localDomain")
}

// UnpackLocalDomain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d3638f4.
//
// Solidity: function localDomain() view returns(uint32)
func (merkleTreeHook *MerkleTreeHook) UnpackLocalDomain(data []byte) (uint32, error) {
	out, err := merkleTreeHook.abi.Unpack("localDomain", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMailbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5438eae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mailbox() view returns(address)
func (merkleTreeHook *MerkleTreeHook) PackMailbox() []byte {
	enc, err := merkleTreeHook.abi.Pack("mailbox")
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
func (merkleTreeHook *MerkleTreeHook) TryPackMailbox() ([]byte, error) {
	return merkleTreeHook.abi.Pack("mailbox")
}

// UnpackMailbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5438eae.
//
// Solidity: function mailbox() view returns(address)
func (merkleTreeHook *MerkleTreeHook) UnpackMailbox(data []byte) (common.Address, error) {
	out, err := merkleTreeHook.abi.Unpack("mailbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (merkleTreeHook *MerkleTreeHook) PackOwner() []byte {
	enc, err := merkleTreeHook.abi.Pack("owner")
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
func (merkleTreeHook *MerkleTreeHook) TryPackOwner() ([]byte, error) {
	return merkleTreeHook.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (merkleTreeHook *MerkleTreeHook) UnpackOwner(data []byte) (common.Address, error) {
	out, err := merkleTreeHook.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPostDispatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x086011b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postDispatch(bytes metadata, bytes message) payable returns()
func (merkleTreeHook *MerkleTreeHook) PackPostDispatch(metadata []byte, message []byte) []byte {
	enc, err := merkleTreeHook.abi.Pack("postDispatch", metadata, message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostDispatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x086011b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postDispatch(bytes metadata, bytes message) payable returns()
func (merkleTreeHook *MerkleTreeHook) TryPackPostDispatch(metadata []byte, message []byte) ([]byte, error) {
	return merkleTreeHook.abi.Pack("postDispatch", metadata, message)
}

// PackQuoteDispatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaccd230.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDispatch(bytes metadata, bytes message) view returns(uint256)
func (merkleTreeHook *MerkleTreeHook) PackQuoteDispatch(metadata []byte, message []byte) []byte {
	enc, err := merkleTreeHook.abi.Pack("quoteDispatch", metadata, message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDispatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaccd230.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDispatch(bytes metadata, bytes message) view returns(uint256)
func (merkleTreeHook *MerkleTreeHook) TryPackQuoteDispatch(metadata []byte, message []byte) ([]byte, error) {
	return merkleTreeHook.abi.Pack("quoteDispatch", metadata, message)
}

// UnpackQuoteDispatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaaccd230.
//
// Solidity: function quoteDispatch(bytes metadata, bytes message) view returns(uint256)
func (merkleTreeHook *MerkleTreeHook) UnpackQuoteDispatch(data []byte) (*big.Int, error) {
	out, err := merkleTreeHook.abi.Unpack("quoteDispatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (merkleTreeHook *MerkleTreeHook) PackRenounceOwnership() []byte {
	enc, err := merkleTreeHook.abi.Pack("renounceOwnership")
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
func (merkleTreeHook *MerkleTreeHook) TryPackRenounceOwnership() ([]byte, error) {
	return merkleTreeHook.abi.Pack("renounceOwnership")
}

// PackRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebf0c717.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function root() view returns(bytes32)
func (merkleTreeHook *MerkleTreeHook) PackRoot() []byte {
	enc, err := merkleTreeHook.abi.Pack("root")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebf0c717.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function root() view returns(bytes32)
func (merkleTreeHook *MerkleTreeHook) TryPackRoot() ([]byte, error) {
	return merkleTreeHook.abi.Pack("root")
}

// UnpackRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebf0c717.
//
// Solidity: function root() view returns(bytes32)
func (merkleTreeHook *MerkleTreeHook) UnpackRoot(data []byte) ([32]byte, error) {
	out, err := merkleTreeHook.abi.Unpack("root", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dfd3873.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setHook(address _hook) returns()
func (merkleTreeHook *MerkleTreeHook) PackSetHook(hook common.Address) []byte {
	enc, err := merkleTreeHook.abi.Pack("setHook", hook)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dfd3873.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setHook(address _hook) returns()
func (merkleTreeHook *MerkleTreeHook) TryPackSetHook(hook common.Address) ([]byte, error) {
	return merkleTreeHook.abi.Pack("setHook", hook)
}

// PackSetInterchainSecurityModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e72cc06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInterchainSecurityModule(address _module) returns()
func (merkleTreeHook *MerkleTreeHook) PackSetInterchainSecurityModule(module common.Address) []byte {
	enc, err := merkleTreeHook.abi.Pack("setInterchainSecurityModule", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInterchainSecurityModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e72cc06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInterchainSecurityModule(address _module) returns()
func (merkleTreeHook *MerkleTreeHook) TryPackSetInterchainSecurityModule(module common.Address) ([]byte, error) {
	return merkleTreeHook.abi.Pack("setInterchainSecurityModule", module)
}

// PackSupportsMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5320bb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsMetadata(bytes metadata) view returns(bool)
func (merkleTreeHook *MerkleTreeHook) PackSupportsMetadata(metadata []byte) []byte {
	enc, err := merkleTreeHook.abi.Pack("supportsMetadata", metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5320bb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsMetadata(bytes metadata) view returns(bool)
func (merkleTreeHook *MerkleTreeHook) TryPackSupportsMetadata(metadata []byte) ([]byte, error) {
	return merkleTreeHook.abi.Pack("supportsMetadata", metadata)
}

// UnpackSupportsMetadata is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5320bb9.
//
// Solidity: function supportsMetadata(bytes metadata) view returns(bool)
func (merkleTreeHook *MerkleTreeHook) UnpackSupportsMetadata(data []byte) (bool, error) {
	out, err := merkleTreeHook.abi.Unpack("supportsMetadata", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (merkleTreeHook *MerkleTreeHook) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := merkleTreeHook.abi.Pack("transferOwnership", newOwner)
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
func (merkleTreeHook *MerkleTreeHook) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return merkleTreeHook.abi.Pack("transferOwnership", newOwner)
}

// PackTree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd54b228.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tree() view returns((bytes32[32],uint256))
func (merkleTreeHook *MerkleTreeHook) PackTree() []byte {
	enc, err := merkleTreeHook.abi.Pack("tree")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd54b228.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tree() view returns((bytes32[32],uint256))
func (merkleTreeHook *MerkleTreeHook) TryPackTree() ([]byte, error) {
	return merkleTreeHook.abi.Pack("tree")
}

// UnpackTree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd54b228.
//
// Solidity: function tree() view returns((bytes32[32],uint256))
func (merkleTreeHook *MerkleTreeHook) UnpackTree(data []byte) (MerkleLibTree, error) {
	out, err := merkleTreeHook.abi.Unpack("tree", data)
	if err != nil {
		return *new(MerkleLibTree), err
	}
	out0 := *abi.ConvertType(out[0], new(MerkleLibTree)).(*MerkleLibTree)
	return out0, nil
}

// MerkleTreeHookHookSet represents a HookSet event raised by the MerkleTreeHook contract.
type MerkleTreeHookHookSet struct {
	Hook common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const MerkleTreeHookHookSetEventName = "HookSet"

// ContractEventName returns the user-defined event name.
func (MerkleTreeHookHookSet) ContractEventName() string {
	return MerkleTreeHookHookSetEventName
}

// UnpackHookSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HookSet(address _hook)
func (merkleTreeHook *MerkleTreeHook) UnpackHookSetEvent(log *types.Log) (*MerkleTreeHookHookSet, error) {
	event := "HookSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != merkleTreeHook.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MerkleTreeHookHookSet)
	if len(log.Data) > 0 {
		if err := merkleTreeHook.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range merkleTreeHook.abi.Events[event].Inputs {
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

// MerkleTreeHookInitialized represents a Initialized event raised by the MerkleTreeHook contract.
type MerkleTreeHookInitialized struct {
	Version uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const MerkleTreeHookInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (MerkleTreeHookInitialized) ContractEventName() string {
	return MerkleTreeHookInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint8 version)
func (merkleTreeHook *MerkleTreeHook) UnpackInitializedEvent(log *types.Log) (*MerkleTreeHookInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != merkleTreeHook.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MerkleTreeHookInitialized)
	if len(log.Data) > 0 {
		if err := merkleTreeHook.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range merkleTreeHook.abi.Events[event].Inputs {
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

// MerkleTreeHookInsertedIntoTree represents a InsertedIntoTree event raised by the MerkleTreeHook contract.
type MerkleTreeHookInsertedIntoTree struct {
	MessageId [32]byte
	Index     uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const MerkleTreeHookInsertedIntoTreeEventName = "InsertedIntoTree"

// ContractEventName returns the user-defined event name.
func (MerkleTreeHookInsertedIntoTree) ContractEventName() string {
	return MerkleTreeHookInsertedIntoTreeEventName
}

// UnpackInsertedIntoTreeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InsertedIntoTree(bytes32 messageId, uint32 index)
func (merkleTreeHook *MerkleTreeHook) UnpackInsertedIntoTreeEvent(log *types.Log) (*MerkleTreeHookInsertedIntoTree, error) {
	event := "InsertedIntoTree"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != merkleTreeHook.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MerkleTreeHookInsertedIntoTree)
	if len(log.Data) > 0 {
		if err := merkleTreeHook.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range merkleTreeHook.abi.Events[event].Inputs {
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

// MerkleTreeHookIsmSet represents a IsmSet event raised by the MerkleTreeHook contract.
type MerkleTreeHookIsmSet struct {
	Ism common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const MerkleTreeHookIsmSetEventName = "IsmSet"

// ContractEventName returns the user-defined event name.
func (MerkleTreeHookIsmSet) ContractEventName() string {
	return MerkleTreeHookIsmSetEventName
}

// UnpackIsmSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IsmSet(address _ism)
func (merkleTreeHook *MerkleTreeHook) UnpackIsmSetEvent(log *types.Log) (*MerkleTreeHookIsmSet, error) {
	event := "IsmSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != merkleTreeHook.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MerkleTreeHookIsmSet)
	if len(log.Data) > 0 {
		if err := merkleTreeHook.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range merkleTreeHook.abi.Events[event].Inputs {
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

// MerkleTreeHookOwnershipTransferred represents a OwnershipTransferred event raised by the MerkleTreeHook contract.
type MerkleTreeHookOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MerkleTreeHookOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MerkleTreeHookOwnershipTransferred) ContractEventName() string {
	return MerkleTreeHookOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (merkleTreeHook *MerkleTreeHook) UnpackOwnershipTransferredEvent(log *types.Log) (*MerkleTreeHookOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != merkleTreeHook.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MerkleTreeHookOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := merkleTreeHook.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range merkleTreeHook.abi.Events[event].Inputs {
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
