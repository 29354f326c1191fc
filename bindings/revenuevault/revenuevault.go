// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package revenuevault

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

// RevenueVaultMetaData contains all meta data concerning the RevenueVault contract.
var RevenueVaultMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"distributor_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FUNDER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"buyCredit\",\"inputs\":[{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deposit\",\"inputs\":[{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distributor\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fundEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"funded\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setAssetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AssetAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CreditPurchased\",\"inputs\":[{\"name\":\"consumer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Deposited\",\"inputs\":[{\"name\":\"consumer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochFunded\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"consumer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyFunded\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AssetNotAllowed\",\"inputs\":[{\"name\":\"asset\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EpochNotFundable\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lowest\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"highest\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "RevenueVault",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161164b38038061164b83398101604081905261002e9161014c565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381166080526100805f83610088565b50505061017d565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610128575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100e03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161012b565b505f5b92915050565b80516001600160a01b0381168114610147575f5ffd5b919050565b5f5f6040838503121561015d575f5ffd5b61016683610131565b915061017460208401610131565b90509250929050565b6080516114a86101a35f395f818161028001528181610505015261088401526114a85ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80637e8b044711610093578063bfe1092811610063578063bfe109281461027b578063d547741f146102c7578063e53c0456146102da578063f7888aec146102ed575f5ffd5b80637e8b04471461020b5780638340f5491461021e57806391d1485414610231578063a217fddf14610274575f5ffd5b806336568abe116100ce57806336568abe14610193578063439388f4146101a6578063716d3dcb146101d65780637d6c717e146101f8575f5ffd5b806301ffc9a7146100ff578063248a9ca3146101275780632f2ff15d1461015757806334aedecd1461016c575b5f5ffd5b61011261010d3660046111ff565b610317565b60405190151581526020015b60405180910390f35b610149610135366004611245565b5f9081526020819052604090206001015490565b60405190815260200161011e565b61016a610165366004611284565b6103af565b005b6101497f0914bb97ca83e85ef385857d9d418f187ff630589e0c9f44db92976d8e4519cb81565b61016a6101a1366004611284565b6103d9565b6101496101b43660046112c3565b600360209081525f938452604080852082529284528284209052825290205481565b6101126101e4366004611305565b60016020525f908152604090205460ff1681565b61016a61020636600461131e565b610437565b61016a610219366004611358565b6104d0565b61016a61022c36600461131e565b6108ba565b61011261023f366004611284565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101495f81565b6102a27f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161011e565b61016a6102d5366004611284565b610943565b61016a6102e83660046113a2565b610967565b6101496102fb3660046113db565b600260209081525f928352604080842090915290825290205481565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806103a957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f828152602081905260409020600101546103c981610a48565b6103d38383610a55565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314610428576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6104328282610b4e565b505050565b61043f610c07565b61044a838383610c3e565b3373ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167ff788de3fb9c04c4a4e7a41e8ef8c7d1cf1d8314bdc7c68a685acbdd4ef496158846040516104c091815260200190565b60405180910390a4610432610f1a565b7f0914bb97ca83e85ef385857d9d418f187ff630589e0c9f44db92976d8e4519cb6104fa81610a48565b610502610c07565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa15801561056c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105909190611403565b90508067ffffffffffffffff168667ffffffffffffffff161115806105d257506105bb81600261144b565b67ffffffffffffffff168667ffffffffffffffff16115b1561064257856105e382600161144b565b6105ee83600261144b565b6040517fad64d4d400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9384166004820152918316602483015290911660448201526064015b60405180910390fd5b825f0361067b576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff86165f90815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff808a168552908352818420908816845290915290205415610728576040517fe8d7560200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8716600482015273ffffffffffffffffffffffffffffffffffffffff808716602483015285166044820152606401610639565b73ffffffffffffffffffffffffffffffffffffffff8086165f908152600260209081526040808320938816835292905220548084111561079e576040517fcf4791810000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610639565b67ffffffffffffffff87165f90815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff808b168552908352818420908916845290915290208490556107f0848261146b565b73ffffffffffffffffffffffffffffffffffffffff8781165f818152600260209081526040808320948b168084529482529182902094909455518781529192909167ffffffffffffffff8b16917f71fc57161cac47241b6e8a25c99b05bae4740d6be98251f2bba0df7b0f1c3bb1910160405180910390a46108a973ffffffffffffffffffffffffffffffffffffffff86167f000000000000000000000000000000000000000000000000000000000000000086610f44565b50506108b3610f1a565b5050505050565b6108c2610c07565b6108cd838383610c3e565b3373ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f4174a9435a04d04d274c76779cad136a41fde6937c56241c09ab9d3c7064a1a9846040516104c091815260200190565b5f8281526020819052604090206001015461095d81610a48565b6103d38383610b4e565b5f61097181610a48565b73ffffffffffffffffffffffffffffffffffffffff83166109be576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff83165f8181526001602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527fa918a4160e8216eca57d47b5ff3d7d37f630f73f4df2077816c15786f8fe296e910160405180910390a2505050565b610a528133610f9f565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610b47575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610ae53390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103a9565b505f6103a9565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610b47575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103a9565b610c0f611028565b610c3c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611081565b565b73ffffffffffffffffffffffffffffffffffffffff8316610c8b576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f03610cc4576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff82165f9081526001602052604090205460ff16610d3a576040517f188053b000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610639565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9073ffffffffffffffffffffffffffffffffffffffff8416906370a0823190602401602060405180830381865afa158015610da4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dc8919061147e565b9050610dec73ffffffffffffffffffffffffffffffffffffffff8416333085611088565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff8616906370a0823190602401602060405180830381865afa158015610e58573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e7c919061147e565b610e86919061146b565b9050828114610ecb576040517fb6a9b6540000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610639565b73ffffffffffffffffffffffffffffffffffffffff8086165f90815260026020908152604080832093881683529290529081208054859290610f0e908490611495565b90915550505050505050565b610c3c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610c36565b610f5183838360016110e4565b610432576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610639565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16611024576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610639565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610c3c576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b61109684848484600161116c565b6103d3576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610639565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316611160578383151615611154573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f511483166111ee5783831516156111e2573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6020828403121561120f575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461123e575f5ffd5b9392505050565b5f60208284031215611255575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461127f575f5ffd5b919050565b5f5f60408385031215611295575f5ffd5b823591506112a56020840161125c565b90509250929050565b67ffffffffffffffff81168114610a52575f5ffd5b5f5f5f606084860312156112d5575f5ffd5b83356112e0816112ae565b92506112ee6020850161125c565b91506112fc6040850161125c565b90509250925092565b5f60208284031215611315575f5ffd5b61123e8261125c565b5f5f5f60608486031215611330575f5ffd5b6113398461125c565b92506113476020850161125c565b929592945050506040919091013590565b5f5f5f5f6080858703121561136b575f5ffd5b8435611376816112ae565b93506113846020860161125c565b92506113926040860161125c565b9396929550929360600135925050565b5f5f604083850312156113b3575f5ffd5b6113bc8361125c565b9150602083013580151581146113d0575f5ffd5b809150509250929050565b5f5f604083850312156113ec575f5ffd5b6113f58361125c565b91506112a56020840161125c565b5f60208284031215611413575f5ffd5b815161123e816112ae565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156103a9576103a961141e565b818103818111156103a9576103a961141e565b5f6020828403121561148e575f5ffd5b5051919050565b808201808211156103a9576103a961141e56",
}

// RevenueVault is an auto generated Go binding around an Ethereum contract.
type RevenueVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RevenueVault) GetABI() abi.ABI {
	return c.abi
}

// NewRevenueVault creates a new instance of RevenueVault.
func NewRevenueVault() *RevenueVault {
	parsed, err := RevenueVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RevenueVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RevenueVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address distributor_) returns()
func (revenueVault *RevenueVault) PackConstructor(admin common.Address, distributor_ common.Address) []byte {
	enc, err := revenueVault.abi.Pack("", admin, distributor_)
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
func (revenueVault *RevenueVault) PackDEFAULTADMINROLE() []byte {
	enc, err := revenueVault.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (revenueVault *RevenueVault) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return revenueVault.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (revenueVault *RevenueVault) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := revenueVault.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFUNDERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34aedecd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FUNDER_ROLE() view returns(bytes32)
func (revenueVault *RevenueVault) PackFUNDERROLE() []byte {
	enc, err := revenueVault.abi.Pack("FUNDER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFUNDERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34aedecd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FUNDER_ROLE() view returns(bytes32)
func (revenueVault *RevenueVault) TryPackFUNDERROLE() ([]byte, error) {
	return revenueVault.abi.Pack("FUNDER_ROLE")
}

// UnpackFUNDERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34aedecd.
//
// Solidity: function FUNDER_ROLE() view returns(bytes32)
func (revenueVault *RevenueVault) UnpackFUNDERROLE(data []byte) ([32]byte, error) {
	out, err := revenueVault.abi.Unpack("FUNDER_ROLE", data)
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
func (revenueVault *RevenueVault) PackAssetAllowed(asset common.Address) []byte {
	enc, err := revenueVault.abi.Pack("assetAllowed", asset)
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
func (revenueVault *RevenueVault) TryPackAssetAllowed(asset common.Address) ([]byte, error) {
	return revenueVault.abi.Pack("assetAllowed", asset)
}

// UnpackAssetAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x716d3dcb.
//
// Solidity: function assetAllowed(address asset) view returns(bool)
func (revenueVault *RevenueVault) UnpackAssetAllowed(data []byte) (bool, error) {
	out, err := revenueVault.abi.Unpack("assetAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7888aec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address consumer, address asset) view returns(uint256)
func (revenueVault *RevenueVault) PackBalanceOf(consumer common.Address, asset common.Address) []byte {
	enc, err := revenueVault.abi.Pack("balanceOf", consumer, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7888aec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address consumer, address asset) view returns(uint256)
func (revenueVault *RevenueVault) TryPackBalanceOf(consumer common.Address, asset common.Address) ([]byte, error) {
	return revenueVault.abi.Pack("balanceOf", consumer, asset)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7888aec.
//
// Solidity: function balanceOf(address consumer, address asset) view returns(uint256)
func (revenueVault *RevenueVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := revenueVault.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBuyCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d6c717e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyCredit(address consumer, address asset, uint256 amount) returns()
func (revenueVault *RevenueVault) PackBuyCredit(consumer common.Address, asset common.Address, amount *big.Int) []byte {
	enc, err := revenueVault.abi.Pack("buyCredit", consumer, asset, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d6c717e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyCredit(address consumer, address asset, uint256 amount) returns()
func (revenueVault *RevenueVault) TryPackBuyCredit(consumer common.Address, asset common.Address, amount *big.Int) ([]byte, error) {
	return revenueVault.abi.Pack("buyCredit", consumer, asset, amount)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8340f549.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address consumer, address asset, uint256 amount) returns()
func (revenueVault *RevenueVault) PackDeposit(consumer common.Address, asset common.Address, amount *big.Int) []byte {
	enc, err := revenueVault.abi.Pack("deposit", consumer, asset, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8340f549.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address consumer, address asset, uint256 amount) returns()
func (revenueVault *RevenueVault) TryPackDeposit(consumer common.Address, asset common.Address, amount *big.Int) ([]byte, error) {
	return revenueVault.abi.Pack("deposit", consumer, asset, amount)
}

// PackDistributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfe10928.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributor() view returns(address)
func (revenueVault *RevenueVault) PackDistributor() []byte {
	enc, err := revenueVault.abi.Pack("distributor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfe10928.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributor() view returns(address)
func (revenueVault *RevenueVault) TryPackDistributor() ([]byte, error) {
	return revenueVault.abi.Pack("distributor")
}

// UnpackDistributor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfe10928.
//
// Solidity: function distributor() view returns(address)
func (revenueVault *RevenueVault) UnpackDistributor(data []byte) (common.Address, error) {
	out, err := revenueVault.abi.Unpack("distributor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFundEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e8b0447.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundEpoch(uint64 epoch, address consumer, address asset, uint256 amount) returns()
func (revenueVault *RevenueVault) PackFundEpoch(epoch uint64, consumer common.Address, asset common.Address, amount *big.Int) []byte {
	enc, err := revenueVault.abi.Pack("fundEpoch", epoch, consumer, asset, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e8b0447.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundEpoch(uint64 epoch, address consumer, address asset, uint256 amount) returns()
func (revenueVault *RevenueVault) TryPackFundEpoch(epoch uint64, consumer common.Address, asset common.Address, amount *big.Int) ([]byte, error) {
	return revenueVault.abi.Pack("fundEpoch", epoch, consumer, asset, amount)
}

// PackFunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x439388f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function funded(uint64 epoch, address consumer, address asset) view returns(uint256)
func (revenueVault *RevenueVault) PackFunded(epoch uint64, consumer common.Address, asset common.Address) []byte {
	enc, err := revenueVault.abi.Pack("funded", epoch, consumer, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x439388f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function funded(uint64 epoch, address consumer, address asset) view returns(uint256)
func (revenueVault *RevenueVault) TryPackFunded(epoch uint64, consumer common.Address, asset common.Address) ([]byte, error) {
	return revenueVault.abi.Pack("funded", epoch, consumer, asset)
}

// UnpackFunded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x439388f4.
//
// Solidity: function funded(uint64 epoch, address consumer, address asset) view returns(uint256)
func (revenueVault *RevenueVault) UnpackFunded(data []byte) (*big.Int, error) {
	out, err := revenueVault.abi.Unpack("funded", data)
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
func (revenueVault *RevenueVault) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := revenueVault.abi.Pack("getRoleAdmin", role)
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
func (revenueVault *RevenueVault) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return revenueVault.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (revenueVault *RevenueVault) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := revenueVault.abi.Unpack("getRoleAdmin", data)
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
func (revenueVault *RevenueVault) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := revenueVault.abi.Pack("grantRole", role, account)
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
func (revenueVault *RevenueVault) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return revenueVault.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (revenueVault *RevenueVault) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := revenueVault.abi.Pack("hasRole", role, account)
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
func (revenueVault *RevenueVault) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return revenueVault.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (revenueVault *RevenueVault) UnpackHasRole(data []byte) (bool, error) {
	out, err := revenueVault.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (revenueVault *RevenueVault) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := revenueVault.abi.Pack("renounceRole", role, callerConfirmation)
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
func (revenueVault *RevenueVault) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return revenueVault.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (revenueVault *RevenueVault) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := revenueVault.abi.Pack("revokeRole", role, account)
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
func (revenueVault *RevenueVault) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return revenueVault.abi.Pack("revokeRole", role, account)
}

// PackSetAssetAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe53c0456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAssetAllowed(address asset, bool allowed) returns()
func (revenueVault *RevenueVault) PackSetAssetAllowed(asset common.Address, allowed bool) []byte {
	enc, err := revenueVault.abi.Pack("setAssetAllowed", asset, allowed)
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
func (revenueVault *RevenueVault) TryPackSetAssetAllowed(asset common.Address, allowed bool) ([]byte, error) {
	return revenueVault.abi.Pack("setAssetAllowed", asset, allowed)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (revenueVault *RevenueVault) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := revenueVault.abi.Pack("supportsInterface", interfaceId)
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
func (revenueVault *RevenueVault) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return revenueVault.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (revenueVault *RevenueVault) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := revenueVault.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// RevenueVaultAssetAllowed represents a AssetAllowed event raised by the RevenueVault contract.
type RevenueVaultAssetAllowed struct {
	Asset   common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const RevenueVaultAssetAllowedEventName = "AssetAllowed"

// ContractEventName returns the user-defined event name.
func (RevenueVaultAssetAllowed) ContractEventName() string {
	return RevenueVaultAssetAllowedEventName
}

// UnpackAssetAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetAllowed(address indexed asset, bool allowed)
func (revenueVault *RevenueVault) UnpackAssetAllowedEvent(log *types.Log) (*RevenueVaultAssetAllowed, error) {
	event := "AssetAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueVaultAssetAllowed)
	if len(log.Data) > 0 {
		if err := revenueVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueVault.abi.Events[event].Inputs {
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

// RevenueVaultCreditPurchased represents a CreditPurchased event raised by the RevenueVault contract.
type RevenueVaultCreditPurchased struct {
	Consumer common.Address
	Asset    common.Address
	From     common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RevenueVaultCreditPurchasedEventName = "CreditPurchased"

// ContractEventName returns the user-defined event name.
func (RevenueVaultCreditPurchased) ContractEventName() string {
	return RevenueVaultCreditPurchasedEventName
}

// UnpackCreditPurchasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditPurchased(address indexed consumer, address indexed asset, address indexed from, uint256 amount)
func (revenueVault *RevenueVault) UnpackCreditPurchasedEvent(log *types.Log) (*RevenueVaultCreditPurchased, error) {
	event := "CreditPurchased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueVaultCreditPurchased)
	if len(log.Data) > 0 {
		if err := revenueVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueVault.abi.Events[event].Inputs {
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

// RevenueVaultDeposited represents a Deposited event raised by the RevenueVault contract.
type RevenueVaultDeposited struct {
	Consumer common.Address
	Asset    common.Address
	From     common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RevenueVaultDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (RevenueVaultDeposited) ContractEventName() string {
	return RevenueVaultDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed consumer, address indexed asset, address indexed from, uint256 amount)
func (revenueVault *RevenueVault) UnpackDepositedEvent(log *types.Log) (*RevenueVaultDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueVaultDeposited)
	if len(log.Data) > 0 {
		if err := revenueVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueVault.abi.Events[event].Inputs {
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

// RevenueVaultEpochFunded represents a EpochFunded event raised by the RevenueVault contract.
type RevenueVaultEpochFunded struct {
	Epoch    uint64
	Consumer common.Address
	Asset    common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RevenueVaultEpochFundedEventName = "EpochFunded"

// ContractEventName returns the user-defined event name.
func (RevenueVaultEpochFunded) ContractEventName() string {
	return RevenueVaultEpochFundedEventName
}

// UnpackEpochFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochFunded(uint64 indexed epoch, address indexed consumer, address indexed asset, uint256 amount)
func (revenueVault *RevenueVault) UnpackEpochFundedEvent(log *types.Log) (*RevenueVaultEpochFunded, error) {
	event := "EpochFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueVaultEpochFunded)
	if len(log.Data) > 0 {
		if err := revenueVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueVault.abi.Events[event].Inputs {
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

// RevenueVaultRoleAdminChanged represents a RoleAdminChanged event raised by the RevenueVault contract.
type RevenueVaultRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RevenueVaultRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (RevenueVaultRoleAdminChanged) ContractEventName() string {
	return RevenueVaultRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (revenueVault *RevenueVault) UnpackRoleAdminChangedEvent(log *types.Log) (*RevenueVaultRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueVaultRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := revenueVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueVault.abi.Events[event].Inputs {
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

// RevenueVaultRoleGranted represents a RoleGranted event raised by the RevenueVault contract.
type RevenueVaultRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RevenueVaultRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (RevenueVaultRoleGranted) ContractEventName() string {
	return RevenueVaultRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (revenueVault *RevenueVault) UnpackRoleGrantedEvent(log *types.Log) (*RevenueVaultRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueVaultRoleGranted)
	if len(log.Data) > 0 {
		if err := revenueVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueVault.abi.Events[event].Inputs {
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

// RevenueVaultRoleRevoked represents a RoleRevoked event raised by the RevenueVault contract.
type RevenueVaultRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RevenueVaultRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (RevenueVaultRoleRevoked) ContractEventName() string {
	return RevenueVaultRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (revenueVault *RevenueVault) UnpackRoleRevokedEvent(log *types.Log) (*RevenueVaultRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != revenueVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RevenueVaultRoleRevoked)
	if len(log.Data) > 0 {
		if err := revenueVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range revenueVault.abi.Events[event].Inputs {
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
func (revenueVault *RevenueVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return revenueVault.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return revenueVault.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["AlreadyFunded"].ID.Bytes()[:4]) {
		return revenueVault.UnpackAlreadyFundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["AssetNotAllowed"].ID.Bytes()[:4]) {
		return revenueVault.UnpackAssetNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["EpochNotFundable"].ID.Bytes()[:4]) {
		return revenueVault.UnpackEpochNotFundableError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return revenueVault.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return revenueVault.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return revenueVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["TransferAmountMismatch"].ID.Bytes()[:4]) {
		return revenueVault.UnpackTransferAmountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return revenueVault.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], revenueVault.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return revenueVault.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RevenueVaultAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the RevenueVault contract.
type RevenueVaultAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func RevenueVaultAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (revenueVault *RevenueVault) UnpackAccessControlBadConfirmationError(raw []byte) (*RevenueVaultAccessControlBadConfirmation, error) {
	out := new(RevenueVaultAccessControlBadConfirmation)
	if err := revenueVault.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the RevenueVault contract.
type RevenueVaultAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func RevenueVaultAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (revenueVault *RevenueVault) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*RevenueVaultAccessControlUnauthorizedAccount, error) {
	out := new(RevenueVaultAccessControlUnauthorizedAccount)
	if err := revenueVault.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultAlreadyFunded represents a AlreadyFunded error raised by the RevenueVault contract.
type RevenueVaultAlreadyFunded struct {
	Epoch    uint64
	Consumer common.Address
	Asset    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFunded(uint64 epoch, address consumer, address asset)
func RevenueVaultAlreadyFundedErrorID() common.Hash {
	return common.HexToHash("0xe8d7560262dff8c17e7f81e66114abe5677a0d50647bf3270ca0d337aef2f85b")
}

// UnpackAlreadyFundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFunded(uint64 epoch, address consumer, address asset)
func (revenueVault *RevenueVault) UnpackAlreadyFundedError(raw []byte) (*RevenueVaultAlreadyFunded, error) {
	out := new(RevenueVaultAlreadyFunded)
	if err := revenueVault.abi.UnpackIntoInterface(out, "AlreadyFunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultAssetNotAllowed represents a AssetNotAllowed error raised by the RevenueVault contract.
type RevenueVaultAssetNotAllowed struct {
	Asset common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotAllowed(address asset)
func RevenueVaultAssetNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x188053b09c162fe55c605eabaaf07a2ca6a7fe498368596c6ccd1d0c87625e59")
}

// UnpackAssetNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotAllowed(address asset)
func (revenueVault *RevenueVault) UnpackAssetNotAllowedError(raw []byte) (*RevenueVaultAssetNotAllowed, error) {
	out := new(RevenueVaultAssetNotAllowed)
	if err := revenueVault.abi.UnpackIntoInterface(out, "AssetNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultEpochNotFundable represents a EpochNotFundable error raised by the RevenueVault contract.
type RevenueVaultEpochNotFundable struct {
	Epoch   uint64
	Lowest  uint64
	Highest uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotFundable(uint64 epoch, uint64 lowest, uint64 highest)
func RevenueVaultEpochNotFundableErrorID() common.Hash {
	return common.HexToHash("0xad64d4d44829f436a59dc19a4231cb73f6196de7b42ae32470d5cdbabcffaeb0")
}

// UnpackEpochNotFundableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotFundable(uint64 epoch, uint64 lowest, uint64 highest)
func (revenueVault *RevenueVault) UnpackEpochNotFundableError(raw []byte) (*RevenueVaultEpochNotFundable, error) {
	out := new(RevenueVaultEpochNotFundable)
	if err := revenueVault.abi.UnpackIntoInterface(out, "EpochNotFundable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultInsufficientBalance represents a InsufficientBalance error raised by the RevenueVault contract.
type RevenueVaultInsufficientBalance struct {
	Balance *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 amount)
func RevenueVaultInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 amount)
func (revenueVault *RevenueVault) UnpackInsufficientBalanceError(raw []byte) (*RevenueVaultInsufficientBalance, error) {
	out := new(RevenueVaultInsufficientBalance)
	if err := revenueVault.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the RevenueVault contract.
type RevenueVaultReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RevenueVaultReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (revenueVault *RevenueVault) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RevenueVaultReentrancyGuardReentrantCall, error) {
	out := new(RevenueVaultReentrancyGuardReentrantCall)
	if err := revenueVault.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RevenueVault contract.
type RevenueVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RevenueVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (revenueVault *RevenueVault) UnpackSafeERC20FailedOperationError(raw []byte) (*RevenueVaultSafeERC20FailedOperation, error) {
	out := new(RevenueVaultSafeERC20FailedOperation)
	if err := revenueVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultTransferAmountMismatch represents a TransferAmountMismatch error raised by the RevenueVault contract.
type RevenueVaultTransferAmountMismatch struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferAmountMismatch(uint256 expected, uint256 received)
func RevenueVaultTransferAmountMismatchErrorID() common.Hash {
	return common.HexToHash("0xb6a9b654dee4927456f6162146bc13897422fded910bff5982bab9b0139eaa6c")
}

// UnpackTransferAmountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferAmountMismatch(uint256 expected, uint256 received)
func (revenueVault *RevenueVault) UnpackTransferAmountMismatchError(raw []byte) (*RevenueVaultTransferAmountMismatch, error) {
	out := new(RevenueVaultTransferAmountMismatch)
	if err := revenueVault.abi.UnpackIntoInterface(out, "TransferAmountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultZeroAddress represents a ZeroAddress error raised by the RevenueVault contract.
type RevenueVaultZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RevenueVaultZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (revenueVault *RevenueVault) UnpackZeroAddressError(raw []byte) (*RevenueVaultZeroAddress, error) {
	out := new(RevenueVaultZeroAddress)
	if err := revenueVault.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RevenueVaultZeroAmount represents a ZeroAmount error raised by the RevenueVault contract.
type RevenueVaultZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RevenueVaultZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (revenueVault *RevenueVault) UnpackZeroAmountError(raw []byte) (*RevenueVaultZeroAmount, error) {
	out := new(RevenueVaultZeroAmount)
	if err := revenueVault.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
