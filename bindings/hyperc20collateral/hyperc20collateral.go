// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hyperc20collateral

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

// GasRouterGasRouterConfig is an auto generated low-level Go binding around an user-defined struct.
type GasRouterGasRouterConfig struct {
	Domain uint32
	Gas    *big.Int
}

// Quote is an auto generated low-level Go binding around an user-defined struct.
type Quote struct {
	Token  common.Address
	Amount *big.Int
}

// HypERC20CollateralMetaData contains all meta data concerning the HypERC20Collateral contract.
var HypERC20CollateralMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"erc20\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_scaleNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_scaleDenominator\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"_mailbox\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rebalancer\",\"type\":\"address\"}],\"name\":\"CollateralMoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Donation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeHook\",\"type\":\"address\"}],\"name\":\"FeeHookSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gas\",\"type\":\"uint256\"}],\"name\":\"GasSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_hook\",\"type\":\"address\"}],\"name\":\"HookSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_ism\",\"type\":\"address\"}],\"name\":\"IsmSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"origin\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOrId\",\"type\":\"uint256\"}],\"name\":\"ReceivedTransferRemote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"destination\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountOrId\",\"type\":\"uint256\"}],\"name\":\"SentTransferRemote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"PACKAGE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"},{\"internalType\":\"contractITokenBridge\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"addBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rebalancer\",\"type\":\"address\"}],\"name\":\"addRebalancer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"}],\"name\":\"allowedBridges\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allowedRebalancers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"}],\"name\":\"allowedRecipient\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"contractITokenBridge\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"approveTokenForBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"asset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"convertToAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"convertToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"destinationDomain\",\"type\":\"uint32\"}],\"name\":\"destinationGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLimit\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domains\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"donate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_domain\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"_router\",\"type\":\"bytes32\"}],\"name\":\"enrollRemoteRouter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"_domains\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"_addresses\",\"type\":\"bytes32[]\"}],\"name\":\"enrollRemoteRouters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeHook\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_origin\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"_sender\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"_message\",\"type\":\"bytes\"}],\"name\":\"handle\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hook\",\"outputs\":[{\"internalType\":\"contractIPostDispatchHook\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_hook\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_interchainSecurityModule\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_owner\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"interchainSecurityModule\",\"outputs\":[{\"internalType\":\"contractIInterchainSecurityModule\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rebalancer\",\"type\":\"address\"}],\"name\":\"isAllowedRebalancer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"localDomain\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mailbox\",\"outputs\":[{\"internalType\":\"contractIMailbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"maxMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"maxWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewMint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"previewRedeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"previewWithdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_destinationDomain\",\"type\":\"uint32\"}],\"name\":\"quoteGasPayment\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_destination\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"_recipient\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"quoteTransferRemote\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structQuote[]\",\"name\":\"quotes\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"collateralAmount\",\"type\":\"uint256\"},{\"internalType\":\"contractITokenBridge\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"rebalance\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"redeem\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"},{\"internalType\":\"contractITokenBridge\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"removeBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rebalancer\",\"type\":\"address\"}],\"name\":\"removeRebalancer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"}],\"name\":\"removeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_domain\",\"type\":\"uint32\"}],\"name\":\"routers\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"scaleDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"scaleNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"gas\",\"type\":\"uint256\"}],\"name\":\"setDestinationGas\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"gas\",\"type\":\"uint256\"}],\"internalType\":\"structGasRouter.GasRouterConfig[]\",\"name\":\"gasConfigs\",\"type\":\"tuple[]\"}],\"name\":\"setDestinationGas\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_feeHook\",\"type\":\"address\"}],\"name\":\"setFeeHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_hook\",\"type\":\"address\"}],\"name\":\"setHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_module\",\"type\":\"address\"}],\"name\":\"setInterchainSecurityModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"domain\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"recipient\",\"type\":\"bytes32\"}],\"name\":\"setRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAssets\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_destination\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"_recipient\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"transferRemote\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"messageId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_domain\",\"type\":\"uint32\"}],\"name\":\"unenrollRemoteRouter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"_domains\",\"type\":\"uint32[]\"}],\"name\":\"unenrollRemoteRouters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"wrappedToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "HypERC20Collateral",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161567a38038061567a83398101604081905261002f9161025a565b828282808080806001600160a01b0381163b6100925760405162461bcd60e51b815260206004820152601e60248201527f4d61696c626f78436c69656e743a20696e76616c6964206d61696c626f78000060448201526064015b60405180910390fd5b6001600160a01b03821660808190526040805163234d8e3d60e21b81529051638d3638f4916004808201926020929091908290030181865afa1580156100da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100fe919061029e565b63ffffffff1660a052610110336101ee565b505050505f8311801561012257505f82115b61016e5760405162461bcd60e51b815260206004820152601e60248201527f546f6b656e526f757465723a207363616c652063616e6e6f74206265203000006044820152606401610089565b5060c09190915260e0526001600160a01b0384163b6101d95760405162461bcd60e51b815260206004820152602160248201527f4879704552433230436f6c6c61746572616c3a20696e76616c696420746f6b656044820152603760f91b6064820152608401610089565b5050506001600160a01b0316610100526102c8565b603380546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b80516001600160a01b0381168114610255575f5ffd5b919050565b5f5f5f5f6080858703121561026d575f5ffd5b6102768561023f565b60208601516040870151919550935091506102936060860161023f565b905092959194509250565b5f602082840312156102ae575f5ffd5b815163ffffffff811681146102c1575f5ffd5b9392505050565b60805160a05160c05160e051610100516152e96103915f395f818161069701528181610a6801528181610de7015281816113c101528181611572015281816118aa015281816119150152818161281e0152818161296b01528181612da701528181612eac015281816131b1015281816136ed0152613a1401525f8181610a9b0152818161369a0152613b0d01525f81816105e4015281816136bb0152613aec01525f61096901525f8181610c370152818161127a0152818161323401526140ee01526152e95ff3fe60806040526004361061049d575f3560e01c80638bd90b821161026b578063c63d75b611610156578063e9198bf9116100d1578063f2ed8c5311610087578063fa57f1571161006d578063fa57f15714610d9b578063fbaca44c14610dba578063fc0c546a14610dd9575f5ffd5b8063f2ed8c5314610d5d578063f2fde38b14610d7c575f5ffd5b8063efae508a116100b7578063efae508a14610d17578063f11f446114610d36578063f14faf6f14610d4a575f5ffd5b8063e9198bf914610cf8578063ef8b30f714610be8575f5ffd5b8063d5438eae11610126578063dd62ed3e1161010c578063dd62ed3e14610c78578063de523cf314610cbc578063e74b981b14610cd9575f5ffd5b8063d5438eae14610c26578063d905777e14610c59575f5ffd5b8063c63d75b61461070d578063c69c8ce214610bd4578063c6e6f59214610be8578063ce96cb7714610c07575f5ffd5b8063a457c2d7116101e6578063b460af94116101b6578063ba0876521161019c578063ba08765214610b77578063c0c53b8b14610b96578063c382711514610bb5575f5ffd5b8063b460af9414610b39578063b49c53a714610b58575f5ffd5b8063a457c2d714610abd578063a9059cbb14610adc578063b1bd643614610afb578063b3d7f6b914610b1a575f5ffd5b806393c448471161023b57806395d89b411161022157806395d89b4114610a43578063996c6cc314610a575780639f0b765914610a8a575f5ffd5b806393c44847146109dc57806394bf804d14610a24575f5ffd5b80638bd90b821461092c5780638d3638f4146109585780638da5cb5b146109a057806392c18454146109bd575f5ffd5b806343bc4b9a1161038b5780636a99c3331161030657806371a15b38116102d657806377e2dc7a116102bc57806377e2dc7a146108c95780637f5a7c7b146108fa57806381b4e8b414610919575f5ffd5b806371a15b381461087f578063775313a11461089e575f5ffd5b80636a99c333146108055780636e553f651461081857806370a0823114610837578063715018a61461086b575f5ffd5b80634a553e731161035b5780634e38a81d116103415780634e38a81d146107bf57806356d5d475146107de578063647846a5146107f1575f5ffd5b80634a553e73146107a05780634cdad506146104e6575f5ffd5b806343bc4b9a1461072d578063440df4f41461074c578063469048401461076d57806349d462ef14610781575f5ffd5b80631c2eaac01161041b578063313ce567116103eb57806339509351116103d157806339509351146106cf5780633dfd3873146106ee578063402d267d1461070d575f5ffd5b8063313ce5671461066357806338d52e0f14610689575f5ffd5b80631c2eaac0146105d357806323b872dd146106065780632c2d8089146106255780632ead72f614610644575f5ffd5b80630a28a477116104705780630e72cc06116104565780630e72cc061461057457806318160ddd146105935780631ba83149146105a7575f5ffd5b80630a28a477146105345780630c97991914610553575f5ffd5b806301e1d114146104a157806306fdde03146104c557806307a2d13a146104e6578063095ea7b314610505575b5f5ffd5b3480156104ac575f5ffd5b50610133545b6040519081526020015b60405180910390f35b3480156104d0575f5ffd5b506104d9610e0b565b6040516104bc919061485c565b3480156104f1575f5ffd5b506104b261050036600461486e565b610e9b565b348015610510575f5ffd5b5061052461051f366004614899565b610eac565b60405190151581526020016104bc565b34801561053f575f5ffd5b506104b261054e36600461486e565b610ec3565b34801561055e575f5ffd5b5061057261056d3660046148c3565b610ecf565b005b34801561057f575f5ffd5b5061057261058e3660046148c3565b610ee6565b34801561059e575f5ffd5b5060d1546104b2565b3480156105b2575f5ffd5b506105c66105c13660046148f1565b610ff3565b6040516104bc919061490a565b3480156105de575f5ffd5b506104b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610611575f5ffd5b50610524610620366004614955565b611013565b348015610630575f5ffd5b5061057261063f366004614993565b611038565b34801561064f575f5ffd5b506104b261065e3660046148f1565b611062565b34801561066e575f5ffd5b50610677611080565b60405160ff90911681526020016104bc565b348015610694575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016104bc565b3480156106da575f5ffd5b506105246106e9366004614899565b6110b0565b3480156106f9575f5ffd5b506105726107083660046148c3565b6110ee565b348015610718575f5ffd5b506104b26107273660046148c3565b505f1990565b348015610738575f5ffd5b506105726107473660046148c3565b6111ee565b348015610757575f5ffd5b50610760611201565b6040516104bc91906149ad565b348015610778575f5ffd5b506106b761120d565b34801561078c575f5ffd5b5061057261079b366004614993565b61123f565b3480156107ab575f5ffd5b506105246107ba3660046148c3565b611251565b3480156107ca575f5ffd5b506105726107d93660046149ea565b61125d565b6105726107ec366004614a1f565b61126f565b3480156107fc575f5ffd5b506106b76113a1565b610572610813366004614aa2565b6113e3565b348015610823575f5ffd5b506104b2610832366004614adf565b611768565b348015610842575f5ffd5b506104b26108513660046148c3565b6001600160a01b03165f90815260cf602052604090205490565b348015610876575f5ffd5b50610572611781565b34801561088a575f5ffd5b50610572610899366004614b43565b611794565b3480156108a9575f5ffd5b506104b26108b83660046148f1565b60ca6020525f908152604090205481565b3480156108d4575f5ffd5b506104b26108e33660046148f1565b63ffffffff165f90815260cb602052604090205490565b348015610905575f5ffd5b506065546106b7906001600160a01b031681565b6104b2610927366004614b82565b6117ee565b348015610937575f5ffd5b5061094b610946366004614b82565b6117fa565b6040516104bc9190614bb2565b348015610963575f5ffd5b5061098b7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016104bc565b3480156109ab575f5ffd5b506033546001600160a01b03166106b7565b3480156109c8575f5ffd5b506105726109d73660046148c3565b611970565b3480156109e7575f5ffd5b506104d96040518060400160405280600681526020017f31322e312e30000000000000000000000000000000000000000000000000000081525081565b348015610a2f575f5ffd5b506104b2610a3e366004614adf565b611984565b348015610a4e575f5ffd5b506104d961199d565b348015610a62575f5ffd5b506106b77f000000000000000000000000000000000000000000000000000000000000000081565b348015610a95575f5ffd5b506104b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610ac8575f5ffd5b50610524610ad7366004614899565b6119ac565b348015610ae7575f5ffd5b50610524610af6366004614899565b611a60565b348015610b06575f5ffd5b50610572610b15366004614bfe565b611a6d565b348015610b25575f5ffd5b506104b2610b3436600461486e565b611ae2565b348015610b44575f5ffd5b506104b2610b53366004614c6f565b611aee565b348015610b63575f5ffd5b50610572610b72366004614993565b611b60565b348015610b82575f5ffd5b506104b2610b91366004614c6f565b611b72565b348015610ba1575f5ffd5b50610572610bb0366004614ca3565b611be4565b348015610bc0575f5ffd5b50610572610bcf3660046148f1565b611d63565b348015610bdf575f5ffd5b506105c6611d81565b348015610bf3575f5ffd5b506104b2610c0236600461486e565b611d8d565b348015610c12575f5ffd5b506104b2610c213660046148c3565b611d98565b348015610c31575f5ffd5b506106b77f000000000000000000000000000000000000000000000000000000000000000081565b348015610c64575f5ffd5b506104b2610c733660046148c3565b611dba565b348015610c83575f5ffd5b506104b2610c92366004614cd0565b6001600160a01b039182165f90815260d06020908152604080832093909416825291909152205490565b348015610cc7575f5ffd5b506066546001600160a01b03166106b7565b348015610ce4575f5ffd5b50610572610cf33660046148c3565b611dd7565b348015610d03575f5ffd5b50610572610d12366004614cec565b611ec4565b348015610d22575f5ffd5b50610572610d313660046148f1565b611f88565b348015610d41575f5ffd5b506106b7611f99565b610572610d5836600461486e565b611fc0565b348015610d68575f5ffd5b506104b2610d773660046148f1565b612016565b348015610d87575f5ffd5b50610572610d963660046148c3565b612044565b348015610da6575f5ffd5b50610572610db5366004614cd0565b6120d1565b348015610dc5575f5ffd5b50610572610dd43660046149ea565b6120ed565b348015610de4575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006106b7565b606060d28054610e1a90614d58565b80601f0160208091040260200160405190810160405280929190818152602001828054610e4690614d58565b8015610e915780601f10610e6857610100808354040283529160200191610e91565b820191905f5260205f20905b815481529060010190602001808311610e7457829003601f168201915b5050505050905090565b5f610ea6825f612109565b92915050565b5f33610eb9818585612143565b5060019392505050565b5f610ea682600161229a565b610ed76122c5565b610ee260cd8261231f565b5050565b806001600160a01b0381163b151580610f0657506001600160a01b038116155b610f7d5760405162461bcd60e51b815260206004820152602760248201527f4d61696c626f78436c69656e743a20696e76616c696420636f6e74726163742060448201527f73657474696e670000000000000000000000000000000000000000000000000060648201526084015b60405180910390fd5b610f856122c5565b606680547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384169081179091556040519081527fc47cbcc588c67679e52261c45cc315e56562f8d0ccaba16facb9093ff9498799906020015b60405180910390a15050565b63ffffffff81165f90815260cc60205260409020606090610ea690612333565b5f3361102085828561233f565b61102b8585856123c9565b60019150505b9392505050565b6110406122c5565b611049826125bb565b5063ffffffff9091165f90815260cb6020526040902055565b5f80611078609763ffffffff8086169061260516565b949350505050565b5f80610101546110ab919074010000000000000000000000000000000000000000900460ff16614dd6565b905090565b335f81815260d0602090815260408083206001600160a01b0387168452909152812054909190610eb990829086906110e9908790614def565b612143565b806001600160a01b0381163b15158061110e57506001600160a01b038116155b6111805760405162461bcd60e51b815260206004820152602760248201527f4d61696c626f78436c69656e743a20696e76616c696420636f6e74726163742060448201527f73657474696e67000000000000000000000000000000000000000000000000006064820152608401610f74565b6111886122c5565b606580547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384169081179091556040519081527f4eab7b127c764308788622363ad3e9532de3dfba7845bd4f84c125a22544255a90602001610fe7565b6111f66122c5565b610ee260cd8261261d565b60606110ab6097612631565b5f7f721d42344eebce0a76684e8fddd9c81a84afda39f3019e5a078a53853f098d115b546001600160a01b0316919050565b6112476122c5565b610ee282826126e0565b5f610ea660cd83612769565b6112656122c5565b610ee2828261278a565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461130d5760405162461bcd60e51b815260206004820152602160248201527f4d61696c626f78436c69656e743a2073656e646572206e6f74206d61696c626f60448201527f78000000000000000000000000000000000000000000000000000000000000006064820152608401610f74565b5f611317856125bb565b905083811461138e5760405162461bcd60e51b815260206004820152602560248201527f456e726f6c6c656420726f7574657220646f6573206e6f74206d61746368207360448201527f656e6465720000000000000000000000000000000000000000000000000000006064820152608401610f74565b61139a85858585612845565b5050505050565b5f806113ab611f99565b6001600160a01b0316036113be57505f90565b507f000000000000000000000000000000000000000000000000000000000000000090565b6113ec33611251565b6114385760405162461bcd60e51b815260206004820152601460248201527f4d43523a204f6e6c7920526562616c616e6365720000000000000000000000006044820152606401610f74565b63ffffffff8084165f90815260cc602052604090208491839190611460908290849061276916565b6114ac5760405162461bcd60e51b815260206004820152601760248201527f4d43523a204e6f7420616c6c6f776564206272696467650000000000000000006044820152606401610f74565b5f6114b6876128ba565b6040517f8bd90b8200000000000000000000000000000000000000000000000000000000815263ffffffff8916600482015260248101829052604481018890529091505f906001600160a01b03871690638bd90b82906064015f60405180830381865afa158015611529573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820160405261156e9190810190614ea7565b90507f00000000000000000000000000000000000000000000000000000000000000005f61159c83836128e2565b9050888111156115b8576115b86115b38a83614f77565b61295e565b5f6115c384826128e2565b90504781111561163a5760405162461bcd60e51b8152602060048201526024808201527f526562616c616e6365206e61746976652066656520657863656564732062616c60448201527f616e6365000000000000000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b0383161561165d5761165d6001600160a01b0384168a84612991565b6040517f81b4e8b400000000000000000000000000000000000000000000000000000000815263ffffffff8c16600482015260248101869052604481018b90526001600160a01b038a16906381b4e8b490839060640160206040518083038185885af11580156116cf573d5f5f3e3d5ffd5b50505050506040513d601f19601f820116820180604052508101906116f49190614f8a565b506001600160a01b03831615611718576117186001600160a01b0384168a5f612991565b60408051868152602081018c9052339163ffffffff8e16917fb1e1b117ddf429b1b8a359fe0e978f0ae191c0f70e0babfea7acaad1b0ee8a2d910160405180910390a35050505050505050505050565b5f5f61177384611d8d565b905061103133848684612ae4565b6117896122c5565b6117925f612b6b565b565b61179c6122c5565b805f5b818110156117e8576117d68484838181106117bc576117bc614fa1565b90506020020160208101906117d191906148f1565b612bd4565b6117e1600182614def565b905061179f565b50505050565b5f611078848484612bf3565b60605f6118056113a1565b60408051600380825260808201909252919250816020015b604080518082019091525f808252602082015281526020019060019003908161181d5790505091506040518060400160405280826001600160a01b0316815260200161186b87878786612c65565b815250825f8151811061188057611880614fa1565b60200260200101819052505f611897868686612cb0565b91505060405180604001604052806118cc7f000000000000000000000000000000000000000000000000000000000000000090565b6001600160a01b031681526020016118e48387614def565b815250836001815181106118fa576118fa614fa1565b602002602001018190525060405180604001604052806119377f000000000000000000000000000000000000000000000000000000000000000090565b6001600160a01b031681526020015f8152508360028151811061195c5761195c614fa1565b602002602001018190525050509392505050565b6119786122c5565b61198181612e93565b50565b5f5f61198f84611ae2565b905061103133848387612ae4565b606060d38054610e1a90614d58565b335f81815260d0602090815260408083206001600160a01b038716845290915281205490919083811015611a485760405162461bcd60e51b815260206004820152602560248201527f45524332303a2064656372656173656420616c6c6f77616e63652062656c6f7760448201527f207a65726f0000000000000000000000000000000000000000000000000000006064820152608401610f74565b611a558286868403612143565b506001949350505050565b5f33610eb98185856123c9565b611a756122c5565b5f5b81811015611add57611acb838383818110611a9457611a94614fa1565b611aaa92602060409092020190810191506148f1565b848484818110611abc57611abc614fa1565b905060400201602001356126e0565b611ad6600182614def565b9050611a77565b505050565b5f610ea6826001612109565b5f611af882611d98565b841115611b475760405162461bcd60e51b815260206004820152601f60248201527f455243343632363a207769746864726177206d6f7265207468616e206d6178006044820152606401610f74565b5f611b5185610ec3565b90506110783385858885612fc4565b611b686122c5565b610ee2828261307b565b5f611b7c82611dba565b841115611bcb5760405162461bcd60e51b815260206004820152601d60248201527f455243343632363a2072656465656d206d6f7265207468616e206d61780000006044820152606401610f74565b5f611bd585610e9b565b90506110783385858489612fc4565b5f54610100900460ff1615808015611c0257505f54600160ff909116105b80611c1b5750303b158015611c1b57505f5460ff166001145b611c8d5760405162461bcd60e51b815260206004820152602e60248201527f496e697469616c697a61626c653a20636f6e747261637420697320616c72656160448201527f647920696e697469616c697a65640000000000000000000000000000000000006064820152608401610f74565b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790558015611ce9575f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff166101001790555b611cf4848484613091565b611cfc613130565b80156117e8575f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff169055604051600181527f7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb38474024989060200160405180910390a150505050565b611d6b6122c5565b63ffffffff165f90815260cb6020526040812055565b60606110ab60cd612333565b5f610ea6825f61229a565b6001600160a01b0381165f90815260cf6020526040812054610ea6905f612109565b6001600160a01b0381165f90815260cf6020526040812054610ea6565b611ddf6122c5565b306001600160a01b03821603611e375760405162461bcd60e51b815260206004820152601c60248201527f46656520726563697069656e742063616e6e6f742062652073656c66000000006044820152606401610f74565b807f721d42344eebce0a76684e8fddd9c81a84afda39f3019e5a078a53853f098d1180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392831617905560405190821681527fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb323906020015b60405180910390a150565b611ecc6122c5565b828114611f1b5760405162461bcd60e51b815260206004820152600760248201527f216c656e677468000000000000000000000000000000000000000000000000006044820152606401610f74565b825f5b81811015611f8057611f6e868683818110611f3b57611f3b614fa1565b9050602002016020810190611f5091906148f1565b858584818110611f6257611f62614fa1565b9050602002013561307b565b611f79600182614def565b9050611f1e565b505050505050565b611f906122c5565b61198181612bd4565b5f7fe797cab0ddd50f45c2a522220a721ebb6d0f53785d8595512b6122e7164a201f611230565b611fc98161295e565b806101335f828254611fdb9190614def565b909155505060408051338152602081018390527f5d8bc849764969eb1bcc6d0a2f55999d0167c1ccec240a4f39cf664ca9c4148e9101611eb9565b5f610ea68260405180602001604052805f815250612033856131d5565b6065546001600160a01b03166131f6565b61204c6122c5565b6001600160a01b0381166120c85760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201527f64647265737300000000000000000000000000000000000000000000000000006064820152608401610f74565b61198181612b6b565b6120d96122c5565b610ee26001600160a01b038316825f612991565b6120f56122c5565b6120fe826125bb565b50610ee282826132ba565b5f6110316121176101335490565b612122906001614def565b61212d5f600a6150a9565b60d15461213a9190614def565b859190856132db565b6001600160a01b0383166121be5760405162461bcd60e51b8152602060048201526024808201527f45524332303a20617070726f76652066726f6d20746865207a65726f2061646460448201527f72657373000000000000000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b03821661223a5760405162461bcd60e51b815260206004820152602260248201527f45524332303a20617070726f766520746f20746865207a65726f20616464726560448201527f73730000000000000000000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b038381165f81815260d0602090815260408083209487168084529482529182902085905590518481527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925910160405180910390a3505050565b5f6110316122a982600a6150a9565b60d1546122b69190614def565b6101335461213a906001614def565b6033546001600160a01b031633146117925760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e65726044820152606401610f74565b5f611031836001600160a01b03841661332a565b60605f61103183613376565b6001600160a01b038381165f90815260d060209081526040808320938616835292905220545f1981146117e857818110156123bc5760405162461bcd60e51b815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e63650000006044820152606401610f74565b6117e88484848403612143565b6001600160a01b0383166124455760405162461bcd60e51b815260206004820152602560248201527f45524332303a207472616e736665722066726f6d20746865207a65726f20616460448201527f64726573730000000000000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b0382166124c15760405162461bcd60e51b815260206004820152602360248201527f45524332303a207472616e7366657220746f20746865207a65726f206164647260448201527f65737300000000000000000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b0383165f90815260cf60205260409020548181101561254f5760405162461bcd60e51b815260206004820152602660248201527f45524332303a207472616e7366657220616d6f756e742065786365656473206260448201527f616c616e636500000000000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b038085165f81815260cf602052604080822086860390559286168082529083902080548601905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906125ae9086815260200190565b60405180910390a36117e8565b5f80806125d2609763ffffffff8087169061260516565b9150915081156125e3579392505050565b6125ec846133cf565b60405162461bcd60e51b8152600401610f74919061485c565b5f806126118484613406565b915091505b9250929050565b5f611031836001600160a01b03841661343e565b60605f61263d83613521565b9050805167ffffffffffffffff81111561265957612659614e02565b604051908082528060200260200182016040528015612682578160200160208202803683370190505b5091505f5b81518110156126d9578181815181106126a2576126a2614fa1565b60200260200101518382815181106126bc576126bc614fa1565b63ffffffff90921660209283029190910190910152600101612687565b5050919050565b6126f4609763ffffffff808516906135af16565b6126fd836133cf565b9061271b5760405162461bcd60e51b8152600401610f74919061485c565b5063ffffffff82165f81815260ca6020908152604091829020849055815192835282018390527fc3de732a98b24a2b5c6f67e8a7fb057ffc14046b83968a2c73e4148d2fba978b9101610fe7565b6001600160a01b0381165f9081526001830160205260408120541515611031565b61279482826135ba565b5f61279f6097612631565b90505f5b8151811015612810575f60cb6001015f8484815181106127c5576127c5614fa1565b602002602001015163ffffffff1663ffffffff1681526020019081526020015f2090506127fb848261276990919063ffffffff16565b15612807575050505050565b506001016127a3565b50611add6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016835f612991565b5f61285083836135db565b90505f61285d8484613603565b9050818663ffffffff167fba20947a325f450d232530e5f5fce293e7963499d5309a07cee84a269f2f15a68360405161289891815260200190565b60405180910390a3611f806128ac83613612565b6128b583613693565b6136e0565b63ffffffff81165f90815260cb6020526040902054806128dd57610ea6826125bb565b919050565b5f805b835181101561295757826001600160a01b031684828151811061290a5761290a614fa1565b60200260200101515f01516001600160a01b03160361294f5783818151811061293557612935614fa1565b6020026020010151602001518261294c9190614def565b91505b6001016128e5565b5092915050565b6119816001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682613714565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f095ea7b300000000000000000000000000000000000000000000000000000000179052612a108482613729565b6117e8576040516001600160a01b03841660248201525f6044820152612ada9085907f095ea7b300000000000000000000000000000000000000000000000000000000906064015b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff00000000000000000000000000000000000000000000000000000000909316929092179091526137c6565b6117e884826137c6565b612aed8261295e565b816101335f828254612aff9190614def565b90915550612b0f905083826138ac565b826001600160a01b0316846001600160a01b03167fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d78484604051612b5d929190918252602082015260400190565b60405180910390a350505050565b603380546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b612bdd8161396b565b612be6816139a6565b61198157611981816139b9565b5f5f612bfd611f99565b90505f612c086113a1565b90505f612c1887878734876139e3565b9150505f612c2586613ae5565b60408051602081018a90528082018390528151808203830181526060909101909152909150612c58898984868589613b32565b9998505050505050505050565b5f612ca785612c9d86612c7787613ae5565b604080516020810193909352828101919091528051808303820181526060909201905290565b6120338886613ba0565b95945050505050565b5f5f612cba61120d565b91506001600160a01b038216612cd157505f612e8b565b6040517f8bd90b8200000000000000000000000000000000000000000000000000000000815263ffffffff8616600482015260248101859052604481018490525f906001600160a01b03841690638bd90b82906064015f60405180830381865afa158015612d41573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201604052612d869190810190614ea7565b905080515f03612d9957505f9050612e8b565b80516001148015612df757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815f81518110612de157612de1614fa1565b60200260200101515f01516001600160a01b0316145b612e695760405162461bcd60e51b815260206004820152602960248201527f46756e6769626c65546f6b656e526f757465723a20666565206d757374206d6160448201527f74636820746f6b656e00000000000000000000000000000000000000000000006064820152608401610f74565b805f81518110612e7b57612e7b614fa1565b6020026020010151602001519150505b935093915050565b6001600160a01b03811615612f3e576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016612f3e5760405162461bcd60e51b815260206004820152602a60248201527f546f6b656e526f757465723a2066656520686f6f6b207265717569726573204560448201527f5243323020746f6b656e000000000000000000000000000000000000000000006064820152608401610f74565b807fe797cab0ddd50f45c2a522220a721ebb6d0f53785d8595512b6122e7164a201f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392831617905560405190821681527fd6e2f80c31feccfd7c896d69ad9963871021131ff84f2a9828b40bad60dd8cb490602001611eb9565b826001600160a01b0316856001600160a01b031614612fe857612fe883868361233f565b612ff28382613bc4565b816101335f8282546130049190614f77565b90915550613014905084836136e0565b826001600160a01b0316846001600160a01b0316866001600160a01b03167ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db858560405161306c929190918252602082015260400190565b60405180910390a45050505050565b610ee2609763ffffffff808516908490613d2d16565b5f54610100900460ff1661310d5760405162461bcd60e51b815260206004820152602b60248201527f496e697469616c697a61626c653a20636f6e7472616374206973206e6f74206960448201527f6e697469616c697a696e670000000000000000000000000000000000000000006064820152608401610f74565b613115613d38565b61311e836110ee565b61312782610ee6565b611add81612b6b565b5f54610100900460ff166131ac5760405162461bcd60e51b815260206004820152602b60248201527f496e697469616c697a61626c653a20636f6e7472616374206973206e6f74206960448201527f6e697469616c697a696e670000000000000000000000000000000000000000006064820152608401610f74565b6117927f0000000000000000000000000000000000000000000000000000000000000000613dbc565b63ffffffff81165f90815260ca6020526040902054606090610ea690613e41565b5f5f613201866125bb565b6040517f81d2ea950000000000000000000000000000000000000000000000000000000081529091506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906381d2ea959061327190899085908a908a908a906004016150b7565b602060405180830381865afa15801561328c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132b09190614f8a565b9695505050505050565b63ffffffff8083165f90815260cc60205260409020611add91839061231f16565b5f5f6132e8868686613e5d565b905060018360028111156132fe576132fe615109565b14801561331a57505f848061331557613315615136565b868809115b15612ca7576132b0600182614def565b5f81815260018301602052604081205461336f57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610ea6565b505f610ea6565b6060815f018054806020026020016040519081016040528092919081815260200182805480156133c357602002820191905f5260205f20905b8154815260200190600101908083116133af575b50505050509050919050565b60606133e08263ffffffff16613f4a565b6040516020016133f0919061517a565b6040516020818303038152906040529050919050565b5f818152600283016020526040812054819080613433576134278585613fe7565b92505f91506126169050565b600192509050612616565b5f8181526001830160205260408120548015613518575f613460600183614f77565b85549091505f9061347390600190614f77565b90508181146134d2575f865f01828154811061349157613491614fa1565b905f5260205f200154905080875f0184815481106134b1576134b1614fa1565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806134e3576134e36151ab565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610ea6565b5f915050610ea6565b60605f61352d83613ff2565b90508067ffffffffffffffff81111561354857613548614e02565b604051908082528060200260200182016040528015613571578160200160208202803683370190505b5091505f5b818110156126d9576135888482613ffc565b5f1c83828151811061359c5761359c614fa1565b6020908102919091010152600101613576565b5f6110318383613fe7565b63ffffffff8083165f90815260cc60205260409020611add91839061261d16565b5f8281836135ea826020614dd6565b60ff16926135fa939291906151d8565b611031916151ff565b5f826020836135ea8280614dd6565b5f6001600160a01b0382111561368f5760405162461bcd60e51b8152602060048201526024808201527f5479706543617374733a2062797465733332546f41646472657373206f76657260448201527f666c6f77000000000000000000000000000000000000000000000000000000006064820152608401610f74565b5090565b5f610ea6827f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000846132db565b610ee26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383614007565b610ee26001600160a01b03831633308461401b565b5f5f5f846001600160a01b031684604051613744919061521c565b5f604051808303815f865af19150503d805f811461377d576040519150601f19603f3d011682016040523d82523d5f602084013e613782565b606091505b50915091508180156137ac5750805115806137ac5750808060200190518101906137ac9190615227565b8015612ca75750505050506001600160a01b03163b151590565b5f61381a826040518060400160405280602081526020017f5361666545524332303a206c6f772d6c6576656c2063616c6c206661696c6564815250856001600160a01b031661406c9092919063ffffffff16565b905080515f148061383a57508080602001905181019061383a9190615227565b611add5760405162461bcd60e51b815260206004820152602a60248201527f5361666545524332303a204552433230206f7065726174696f6e20646964206e60448201527f6f742073756363656564000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b0382166139025760405162461bcd60e51b815260206004820152601f60248201527f45524332303a206d696e7420746f20746865207a65726f2061646472657373006044820152606401610f74565b8060d15f8282546139139190614def565b90915550506001600160a01b0382165f81815260cf60209081526040808320805486019055518481527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a35050565b61397f609763ffffffff8084169061407a16565b613988826133cf565b90610ee25760405162461bcd60e51b8152600401610f74919061485c565b5f806139b183611062565b141592915050565b63ffffffff81165f90815260cb6020908152604080832083905560cc909152902061198190614085565b5f5f5f5f6139f2898989612cb0565b90925090505f93505f84613a06838a614def565b613a109190614def565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03871615613a9d575f613a4f8c8c8c85612c65565b90506001600160a01b0382163014613a7257613a6b8184614def565b9250613a87565b613a876001600160a01b03831633308461401b565b613a9b6001600160a01b0383168983612991565b505b613aa68261295e565b8215613ab657613ab684846140d5565b6001600160a01b038116613ad357613ace8289614f77565b613ad5565b875b9450505050509550959350505050565b5f610ea6827f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000846132db565b5f858763ffffffff167fd229aacb94204188fe8042965fa6b269c62dc5818b21238779ab64bdd17efeec87604051613b6c91815260200190565b60405180910390a3613b95878585613b848b87613ba0565b6065546001600160a01b03166140df565b979650505050505050565b63ffffffff82165f90815260ca602052604081205460609161107890823386614182565b6001600160a01b038216613c405760405162461bcd60e51b815260206004820152602160248201527f45524332303a206275726e2066726f6d20746865207a65726f2061646472657360448201527f73000000000000000000000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b0382165f90815260cf602052604090205481811015613cce5760405162461bcd60e51b815260206004820152602260248201527f45524332303a206275726e20616d6f756e7420657863656564732062616c616e60448201527f63650000000000000000000000000000000000000000000000000000000000006064820152608401610f74565b6001600160a01b0383165f81815260cf60209081526040808320868603905560d180548790039055518581529192917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a3505050565b6117e883838361420d565b5f54610100900460ff16613db45760405162461bcd60e51b815260206004820152602b60248201527f496e697469616c697a61626c653a20636f6e7472616374206973206e6f74206960448201527f6e697469616c697a696e670000000000000000000000000000000000000000006064820152608401610f74565b611792614229565b5f54610100900460ff16613e385760405162461bcd60e51b815260206004820152602b60248201527f496e697469616c697a61626c653a20636f6e7472616374206973206e6f74206960448201527f6e697469616c697a696e670000000000000000000000000000000000000000006064820152608401610f74565b611981816142ae565b6060610ea65f833360405180602001604052805f8152506143c9565b5f80805f19858709858702925082811083820303915050805f03613e9457838281613e8a57613e8a615136565b0492505050611031565b808411613ee35760405162461bcd60e51b815260206004820152601560248201527f4d6174683a206d756c446976206f766572666c6f7700000000000000000000006044820152606401610f74565b5f8486880960026001871981018816978890046003810283188082028403028082028403028082028403028082028403028082028403029081029092039091025f889003889004909101858311909403939093029303949094049190911702949350505050565b60605f613f56836143e5565b60010190505f8167ffffffffffffffff811115613f7557613f75614e02565b6040519080825280601f01601f191660200182016040528015613f9f576020820181803683370190505b5090508181016020015b5f19017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a8504945084613fa957509392505050565b5f61103183836144c6565b5f610ea6826144dd565b5f61103183836144e6565b611add6001600160a01b038416838361450c565b6040516001600160a01b03808516602483015283166044820152606481018290526117e89085907f23b872dd0000000000000000000000000000000000000000000000000000000090608401612a58565b606061107884845f85614555565b5f6110318383614638565b80545f5b818110156140ce57826001015f845f0183815481106140aa576140aa614fa1565b905f5260205f20015481526020019081526020015f205f9055806001019050614089565b50505f9055565b610ee282826136e0565b5f5f6140ea876125bb565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166310b83dc08789848989896040518763ffffffff1660e01b81526004016141419594939291906150b7565b60206040518083038185885af115801561415d573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190613b959190614f8a565b6040517e0100000000000000000000000000000000000000000000000000000000000060208201526022810185905260428101849052606083811b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000908116606284015283821b16607683015290608a015b6040516020818303038152906040529050949350505050565b5f82815260028401602052604081208290556110788484614654565b5f54610100900460ff166142a55760405162461bcd60e51b815260206004820152602b60248201527f496e697469616c697a61626c653a20636f6e7472616374206973206e6f74206960448201527f6e697469616c697a696e670000000000000000000000000000000000000000006064820152608401610f74565b61179233612b6b565b5f54610100900460ff1661432a5760405162461bcd60e51b815260206004820152602b60248201527f496e697469616c697a61626c653a20636f6e7472616374206973206e6f74206960448201527f6e697469616c697a696e670000000000000000000000000000000000000000006064820152608401610f74565b5f5f6143358361465f565b9150915081614345576012614347565b805b61010180546001600160a01b039095167fffffffffffffffffffffffff000000000000000000000000000000000000000060ff939093167401000000000000000000000000000000000000000002929092167fffffffffffffffffffffff00000000000000000000000000000000000000000090951694909417179092555050565b60606001858585856040516020016141f4959493929190615246565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000831061442d577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310614459576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061447757662386f26fc10000830492506010015b6305f5e100831061448f576305f5e100830492506008015b61271083106144a357612710830492506004015b606483106144b5576064830492506002015b600a8310610ea65760010192915050565b5f8181526001830160205260408120541515611031565b5f610ea6825490565b5f825f0182815481106144fb576144fb614fa1565b905f5260205f200154905092915050565b6040516001600160a01b038316602482015260448101829052611add9084907fa9059cbb0000000000000000000000000000000000000000000000000000000090606401612a58565b6060824710156145cd5760405162461bcd60e51b815260206004820152602660248201527f416464726573733a20696e73756666696369656e742062616c616e636520666f60448201527f722063616c6c00000000000000000000000000000000000000000000000000006064820152608401610f74565b5f5f866001600160a01b031685876040516145e8919061521c565b5f6040518083038185875af1925050503d805f8114614622576040519150601f19603f3d011682016040523d82523d5f602084013e614627565b606091505b5091509150613b9587838387614763565b5f818152600283016020526040812081905561103183836147db565b5f611031838361332a565b60408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f313ce5670000000000000000000000000000000000000000000000000000000017905290515f918291829182916001600160a01b038716916146d39161521c565b5f60405180830381855afa9150503d805f811461470b576040519150601f19603f3d011682016040523d82523d5f602084013e614710565b606091505b509150915081801561472457506020815110155b15614757575f8180602001905181019061473e9190614f8a565b905060ff8111614755576001969095509350505050565b505b505f9485945092505050565b606083156147d15782515f036147ca576001600160a01b0385163b6147ca5760405162461bcd60e51b815260206004820152601d60248201527f416464726573733a2063616c6c20746f206e6f6e2d636f6e74726163740000006044820152606401610f74565b5081611078565b61107883836147e6565b5f611031838361343e565b8151156147f65781518083602001fd5b8060405162461bcd60e51b8152600401610f74919061485c565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6110316020830184614810565b5f6020828403121561487e575f5ffd5b5035919050565b6001600160a01b0381168114611981575f5ffd5b5f5f604083850312156148aa575f5ffd5b82356148b581614885565b946020939093013593505050565b5f602082840312156148d3575f5ffd5b813561103181614885565b803563ffffffff811681146128dd575f5ffd5b5f60208284031215614901575f5ffd5b611031826148de565b602080825282518282018190525f918401906040840190835b8181101561494a5783516001600160a01b0316835260209384019390920191600101614923565b509095945050505050565b5f5f5f60608486031215614967575f5ffd5b833561497281614885565b9250602084013561498281614885565b929592945050506040919091013590565b5f5f604083850312156149a4575f5ffd5b6148b5836148de565b602080825282518282018190525f918401906040840190835b8181101561494a57835163ffffffff168352602093840193909201916001016149c6565b5f5f604083850312156149fb575f5ffd5b614a04836148de565b91506020830135614a1481614885565b809150509250929050565b5f5f5f5f60608587031215614a32575f5ffd5b614a3b856148de565b935060208501359250604085013567ffffffffffffffff811115614a5d575f5ffd5b8501601f81018713614a6d575f5ffd5b803567ffffffffffffffff811115614a83575f5ffd5b876020828401011115614a94575f5ffd5b949793965060200194505050565b5f5f5f60608486031215614ab4575f5ffd5b614abd846148de565b9250602084013591506040840135614ad481614885565b809150509250925092565b5f5f60408385031215614af0575f5ffd5b823591506020830135614a1481614885565b5f5f83601f840112614b12575f5ffd5b50813567ffffffffffffffff811115614b29575f5ffd5b6020830191508360208260051b8501011115612616575f5ffd5b5f5f60208385031215614b54575f5ffd5b823567ffffffffffffffff811115614b6a575f5ffd5b614b7685828601614b02565b90969095509350505050565b5f5f5f60608486031215614b94575f5ffd5b614b9d846148de565b95602085013595506040909401359392505050565b602080825282518282018190525f918401906040840190835b8181101561494a57835180516001600160a01b031684526020908101518185015290930192604090920191600101614bcb565b5f5f60208385031215614c0f575f5ffd5b823567ffffffffffffffff811115614c25575f5ffd5b8301601f81018513614c35575f5ffd5b803567ffffffffffffffff811115614c4b575f5ffd5b8560208260061b8401011115614c5f575f5ffd5b6020919091019590945092505050565b5f5f5f60608486031215614c81575f5ffd5b833592506020840135614c9381614885565b91506040840135614ad481614885565b5f5f5f60608486031215614cb5575f5ffd5b8335614cc081614885565b92506020840135614c9381614885565b5f5f60408385031215614ce1575f5ffd5b8235614a0481614885565b5f5f5f5f60408587031215614cff575f5ffd5b843567ffffffffffffffff811115614d15575f5ffd5b614d2187828801614b02565b909550935050602085013567ffffffffffffffff811115614d40575f5ffd5b614d4c87828801614b02565b95989497509550505050565b600181811c90821680614d6c57607f821691505b602082108103614da3577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b60ff8181168382160190811115610ea657610ea6614da9565b80820180821115610ea657610ea6614da9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040805190810167ffffffffffffffff81118282101715614e5257614e52614e02565b60405290565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff81118282101715614e9f57614e9f614e02565b604052919050565b5f60208284031215614eb7575f5ffd5b815167ffffffffffffffff811115614ecd575f5ffd5b8201601f81018413614edd575f5ffd5b805167ffffffffffffffff811115614ef757614ef7614e02565b614f0660208260051b01614e58565b8082825260208201915060208360061b850101925086831115614f27575f5ffd5b6020840193505b828410156132b05760408488031215614f45575f5ffd5b614f4d614e2f565b8451614f5881614885565b8152602085810151818301529083526040909401939190910190614f2e565b81810381811115610ea657610ea6614da9565b5f60208284031215614f9a575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b6001815b6001841115612e8b57808504811115614fed57614fed614da9565b6001841615614ffb57908102905b60019390931c928002614fd2565b5f8261501757506001610ea6565b8161502357505f610ea6565b816001811461503957600281146150435761505f565b6001915050610ea6565b60ff84111561505457615054614da9565b50506001821b610ea6565b5060208310610133831016604e8410600b8410161715615082575081810a610ea6565b61508e5f198484614fce565b805f19048211156150a1576150a1614da9565b029392505050565b5f61103160ff841683615009565b63ffffffff8616815284602082015260a060408201525f6150db60a0830186614810565b82810360608401526150ed8186614810565b9150506001600160a01b03831660808301529695505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f81518060208401855e5f93019283525090919050565b7f4e6f20726f7574657220656e726f6c6c656420666f7220646f6d61696e3a200081525f611031601f830184615163565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b5f5f858511156151e6575f5ffd5b838611156151f2575f5ffd5b5050820193919092039150565b80356020831015610ea6575f19602084900360031b1b1692915050565b5f6110318284615163565b5f60208284031215615237575f5ffd5b81518015158114611031575f5ffd5b7fffff0000000000000000000000000000000000000000000000000000000000008660f01b1681528460028201528360228201527fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008360601b1660428201525f613b95605683018461516356fea2646970667358221220e6859690c4e252484e62cc5646e1f06a5a5ee3c9d94c66e1db935e228aec4b7064736f6c63430008210033",
}

// HypERC20Collateral is an auto generated Go binding around an Ethereum contract.
type HypERC20Collateral struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HypERC20Collateral) GetABI() abi.ABI {
	return c.abi
}

// NewHypERC20Collateral creates a new instance of HypERC20Collateral.
func NewHypERC20Collateral() *HypERC20Collateral {
	parsed, err := HypERC20CollateralMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HypERC20Collateral{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HypERC20Collateral) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address erc20, uint256 _scaleNumerator, uint256 _scaleDenominator, address _mailbox) returns()
func (hypERC20Collateral *HypERC20Collateral) PackConstructor(erc20 common.Address, _scaleNumerator *big.Int, _scaleDenominator *big.Int, _mailbox common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("", erc20, _scaleNumerator, _scaleDenominator, _mailbox)
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
func (hypERC20Collateral *HypERC20Collateral) PackPACKAGEVERSION() []byte {
	enc, err := hypERC20Collateral.abi.Pack("PACKAGE_VERSION")
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
func (hypERC20Collateral *HypERC20Collateral) TryPackPACKAGEVERSION() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("PACKAGE_VERSION")
}

// UnpackPACKAGEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93c44847.
//
// Solidity: function PACKAGE_VERSION() view returns(string)
func (hypERC20Collateral *HypERC20Collateral) UnpackPACKAGEVERSION(data []byte) (string, error) {
	out, err := hypERC20Collateral.abi.Unpack("PACKAGE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAddBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbaca44c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addBridge(uint32 domain, address bridge) returns()
func (hypERC20Collateral *HypERC20Collateral) PackAddBridge(domain uint32, bridge common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("addBridge", domain, bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbaca44c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addBridge(uint32 domain, address bridge) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackAddBridge(domain uint32, bridge common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("addBridge", domain, bridge)
}

// PackAddRebalancer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c979919.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addRebalancer(address rebalancer) returns()
func (hypERC20Collateral *HypERC20Collateral) PackAddRebalancer(rebalancer common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("addRebalancer", rebalancer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddRebalancer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c979919.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addRebalancer(address rebalancer) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackAddRebalancer(rebalancer common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("addRebalancer", rebalancer)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowedBridges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba83149.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowedBridges(uint32 domain) view returns(address[])
func (hypERC20Collateral *HypERC20Collateral) PackAllowedBridges(domain uint32) []byte {
	enc, err := hypERC20Collateral.abi.Pack("allowedBridges", domain)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowedBridges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba83149.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowedBridges(uint32 domain) view returns(address[])
func (hypERC20Collateral *HypERC20Collateral) TryPackAllowedBridges(domain uint32) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("allowedBridges", domain)
}

// UnpackAllowedBridges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ba83149.
//
// Solidity: function allowedBridges(uint32 domain) view returns(address[])
func (hypERC20Collateral *HypERC20Collateral) UnpackAllowedBridges(data []byte) ([]common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("allowedBridges", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackAllowedRebalancers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c8ce2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowedRebalancers() view returns(address[])
func (hypERC20Collateral *HypERC20Collateral) PackAllowedRebalancers() []byte {
	enc, err := hypERC20Collateral.abi.Pack("allowedRebalancers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowedRebalancers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c8ce2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowedRebalancers() view returns(address[])
func (hypERC20Collateral *HypERC20Collateral) TryPackAllowedRebalancers() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("allowedRebalancers")
}

// UnpackAllowedRebalancers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc69c8ce2.
//
// Solidity: function allowedRebalancers() view returns(address[])
func (hypERC20Collateral *HypERC20Collateral) UnpackAllowedRebalancers(data []byte) ([]common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("allowedRebalancers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackAllowedRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77e2dc7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowedRecipient(uint32 domain) view returns(bytes32)
func (hypERC20Collateral *HypERC20Collateral) PackAllowedRecipient(domain uint32) []byte {
	enc, err := hypERC20Collateral.abi.Pack("allowedRecipient", domain)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowedRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77e2dc7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowedRecipient(uint32 domain) view returns(bytes32)
func (hypERC20Collateral *HypERC20Collateral) TryPackAllowedRecipient(domain uint32) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("allowedRecipient", domain)
}

// UnpackAllowedRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77e2dc7a.
//
// Solidity: function allowedRecipient(uint32 domain) view returns(bytes32)
func (hypERC20Collateral *HypERC20Collateral) UnpackAllowedRecipient(data []byte) ([32]byte, error) {
	out, err := hypERC20Collateral.abi.Unpack("allowedRecipient", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) UnpackApprove(data []byte) (bool, error) {
	out, err := hypERC20Collateral.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApproveTokenForBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa57f157.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveTokenForBridge(address token, address bridge) returns()
func (hypERC20Collateral *HypERC20Collateral) PackApproveTokenForBridge(token common.Address, bridge common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("approveTokenForBridge", token, bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveTokenForBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa57f157.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveTokenForBridge(address token, address bridge) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackApproveTokenForBridge(token common.Address, bridge common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("approveTokenForBridge", token, bridge)
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackAsset() []byte {
	enc, err := hypERC20Collateral.abi.Pack("asset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d52e0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) TryPackAsset() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("asset")
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d52e0f.
//
// Solidity: function asset() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackAsset(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("asset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackBalanceOf(account common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackConvertToAssets(shares *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("convertToAssets", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07a2d13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackConvertToAssets(shares *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("convertToAssets", shares)
}

// UnpackConvertToAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07a2d13a.
//
// Solidity: function convertToAssets(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackConvertToAssets(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("convertToAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackConvertToShares(assets *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("convertToShares", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvertToShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e6f592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackConvertToShares(assets *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("convertToShares", assets)
}

// UnpackConvertToShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e6f592.
//
// Solidity: function convertToShares(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackConvertToShares(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("convertToShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (hypERC20Collateral *HypERC20Collateral) PackDecimals() []byte {
	enc, err := hypERC20Collateral.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (hypERC20Collateral *HypERC20Collateral) TryPackDecimals() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (hypERC20Collateral *HypERC20Collateral) UnpackDecimals(data []byte) (uint8, error) {
	out, err := hypERC20Collateral.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa457c2d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) PackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("decreaseAllowance", spender, subtractedValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa457c2d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) TryPackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("decreaseAllowance", spender, subtractedValue)
}

// UnpackDecreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) UnpackDecreaseAllowance(data []byte) (bool, error) {
	out, err := hypERC20Collateral.abi.Unpack("decreaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackDeposit(assets *big.Int, receiver common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("deposit", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e553f65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackDeposit(assets *big.Int, receiver common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("deposit", assets, receiver)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e553f65.
//
// Solidity: function deposit(uint256 assets, address receiver) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDestinationGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x775313a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function destinationGas(uint32 destinationDomain) view returns(uint256 gasLimit)
func (hypERC20Collateral *HypERC20Collateral) PackDestinationGas(destinationDomain uint32) []byte {
	enc, err := hypERC20Collateral.abi.Pack("destinationGas", destinationDomain)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDestinationGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x775313a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function destinationGas(uint32 destinationDomain) view returns(uint256 gasLimit)
func (hypERC20Collateral *HypERC20Collateral) TryPackDestinationGas(destinationDomain uint32) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("destinationGas", destinationDomain)
}

// UnpackDestinationGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x775313a1.
//
// Solidity: function destinationGas(uint32 destinationDomain) view returns(uint256 gasLimit)
func (hypERC20Collateral *HypERC20Collateral) UnpackDestinationGas(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("destinationGas", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDomains is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440df4f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domains() view returns(uint32[])
func (hypERC20Collateral *HypERC20Collateral) PackDomains() []byte {
	enc, err := hypERC20Collateral.abi.Pack("domains")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomains is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440df4f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domains() view returns(uint32[])
func (hypERC20Collateral *HypERC20Collateral) TryPackDomains() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("domains")
}

// UnpackDomains is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x440df4f4.
//
// Solidity: function domains() view returns(uint32[])
func (hypERC20Collateral *HypERC20Collateral) UnpackDomains(data []byte) ([]uint32, error) {
	out, err := hypERC20Collateral.abi.Unpack("domains", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackDonate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14faf6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function donate(uint256 amount) payable returns()
func (hypERC20Collateral *HypERC20Collateral) PackDonate(amount *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("donate", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDonate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14faf6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function donate(uint256 amount) payable returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackDonate(amount *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("donate", amount)
}

// PackEnrollRemoteRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb49c53a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enrollRemoteRouter(uint32 _domain, bytes32 _router) returns()
func (hypERC20Collateral *HypERC20Collateral) PackEnrollRemoteRouter(domain uint32, router [32]byte) []byte {
	enc, err := hypERC20Collateral.abi.Pack("enrollRemoteRouter", domain, router)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnrollRemoteRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb49c53a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enrollRemoteRouter(uint32 _domain, bytes32 _router) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackEnrollRemoteRouter(domain uint32, router [32]byte) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("enrollRemoteRouter", domain, router)
}

// PackEnrollRemoteRouters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9198bf9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enrollRemoteRouters(uint32[] _domains, bytes32[] _addresses) returns()
func (hypERC20Collateral *HypERC20Collateral) PackEnrollRemoteRouters(domains []uint32, addresses [][32]byte) []byte {
	enc, err := hypERC20Collateral.abi.Pack("enrollRemoteRouters", domains, addresses)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnrollRemoteRouters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9198bf9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enrollRemoteRouters(uint32[] _domains, bytes32[] _addresses) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackEnrollRemoteRouters(domains []uint32, addresses [][32]byte) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("enrollRemoteRouters", domains, addresses)
}

// PackFeeHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11f4461.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeHook() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackFeeHook() []byte {
	enc, err := hypERC20Collateral.abi.Pack("feeHook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11f4461.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeHook() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) TryPackFeeHook() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("feeHook")
}

// UnpackFeeHook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf11f4461.
//
// Solidity: function feeHook() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackFeeHook(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("feeHook", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackFeeRecipient() []byte {
	enc, err := hypERC20Collateral.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) TryPackFeeRecipient() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeeToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x647846a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeToken() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackFeeToken() []byte {
	enc, err := hypERC20Collateral.abi.Pack("feeToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x647846a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeToken() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) TryPackFeeToken() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("feeToken")
}

// UnpackFeeToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x647846a5.
//
// Solidity: function feeToken() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackFeeToken(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("feeToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHandle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d5d475.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function handle(uint32 _origin, bytes32 _sender, bytes _message) payable returns()
func (hypERC20Collateral *HypERC20Collateral) PackHandle(origin uint32, sender [32]byte, message []byte) []byte {
	enc, err := hypERC20Collateral.abi.Pack("handle", origin, sender, message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHandle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d5d475.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function handle(uint32 _origin, bytes32 _sender, bytes _message) payable returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackHandle(origin uint32, sender [32]byte, message []byte) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("handle", origin, sender, message)
}

// PackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5a7c7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hook() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackHook() []byte {
	enc, err := hypERC20Collateral.abi.Pack("hook")
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
func (hypERC20Collateral *HypERC20Collateral) TryPackHook() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("hook")
}

// UnpackHook is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f5a7c7b.
//
// Solidity: function hook() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackHook(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("hook", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) PackIncreaseAllowance(spender common.Address, addedValue *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("increaseAllowance", spender, addedValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) TryPackIncreaseAllowance(spender common.Address, addedValue *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("increaseAllowance", spender, addedValue)
}

// UnpackIncreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) UnpackIncreaseAllowance(data []byte) (bool, error) {
	out, err := hypERC20Collateral.abi.Unpack("increaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0c53b8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address _hook, address _interchainSecurityModule, address _owner) returns()
func (hypERC20Collateral *HypERC20Collateral) PackInitialize(hook common.Address, interchainSecurityModule common.Address, owner common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("initialize", hook, interchainSecurityModule, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0c53b8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address _hook, address _interchainSecurityModule, address _owner) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackInitialize(hook common.Address, interchainSecurityModule common.Address, owner common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("initialize", hook, interchainSecurityModule, owner)
}

// PackInterchainSecurityModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde523cf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function interchainSecurityModule() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackInterchainSecurityModule() []byte {
	enc, err := hypERC20Collateral.abi.Pack("interchainSecurityModule")
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
func (hypERC20Collateral *HypERC20Collateral) TryPackInterchainSecurityModule() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("interchainSecurityModule")
}

// UnpackInterchainSecurityModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde523cf3.
//
// Solidity: function interchainSecurityModule() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackInterchainSecurityModule(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("interchainSecurityModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsAllowedRebalancer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a553e73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAllowedRebalancer(address rebalancer) view returns(bool)
func (hypERC20Collateral *HypERC20Collateral) PackIsAllowedRebalancer(rebalancer common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("isAllowedRebalancer", rebalancer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAllowedRebalancer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a553e73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAllowedRebalancer(address rebalancer) view returns(bool)
func (hypERC20Collateral *HypERC20Collateral) TryPackIsAllowedRebalancer(rebalancer common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("isAllowedRebalancer", rebalancer)
}

// UnpackIsAllowedRebalancer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a553e73.
//
// Solidity: function isAllowedRebalancer(address rebalancer) view returns(bool)
func (hypERC20Collateral *HypERC20Collateral) UnpackIsAllowedRebalancer(data []byte) (bool, error) {
	out, err := hypERC20Collateral.abi.Unpack("isAllowedRebalancer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLocalDomain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d3638f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function localDomain() view returns(uint32)
func (hypERC20Collateral *HypERC20Collateral) PackLocalDomain() []byte {
	enc, err := hypERC20Collateral.abi.Pack("localDomain")
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
func (hypERC20Collateral *HypERC20Collateral) TryPackLocalDomain() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("localDomain")
}

// UnpackLocalDomain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d3638f4.
//
// Solidity: function localDomain() view returns(uint32)
func (hypERC20Collateral *HypERC20Collateral) UnpackLocalDomain(data []byte) (uint32, error) {
	out, err := hypERC20Collateral.abi.Unpack("localDomain", data)
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
func (hypERC20Collateral *HypERC20Collateral) PackMailbox() []byte {
	enc, err := hypERC20Collateral.abi.Pack("mailbox")
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
func (hypERC20Collateral *HypERC20Collateral) TryPackMailbox() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("mailbox")
}

// UnpackMailbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5438eae.
//
// Solidity: function mailbox() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackMailbox(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("mailbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackMaxDeposit(arg0 common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("maxDeposit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402d267d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackMaxDeposit(arg0 common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("maxDeposit", arg0)
}

// UnpackMaxDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402d267d.
//
// Solidity: function maxDeposit(address ) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackMaxDeposit(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("maxDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackMaxMint(arg0 common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("maxMint", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63d75b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackMaxMint(arg0 common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("maxMint", arg0)
}

// UnpackMaxMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc63d75b6.
//
// Solidity: function maxMint(address ) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackMaxMint(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("maxMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackMaxRedeem(owner common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("maxRedeem", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd905777e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackMaxRedeem(owner common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("maxRedeem", owner)
}

// UnpackMaxRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd905777e.
//
// Solidity: function maxRedeem(address owner) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackMaxRedeem(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("maxRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackMaxWithdraw(owner common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("maxWithdraw", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce96cb77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackMaxWithdraw(owner common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("maxWithdraw", owner)
}

// UnpackMaxWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce96cb77.
//
// Solidity: function maxWithdraw(address owner) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackMaxWithdraw(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("maxWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackMint(shares *big.Int, receiver common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("mint", shares, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94bf804d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackMint(shares *big.Int, receiver common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("mint", shares, receiver)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94bf804d.
//
// Solidity: function mint(uint256 shares, address receiver) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackMint(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (hypERC20Collateral *HypERC20Collateral) PackName() []byte {
	enc, err := hypERC20Collateral.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (hypERC20Collateral *HypERC20Collateral) TryPackName() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (hypERC20Collateral *HypERC20Collateral) UnpackName(data []byte) (string, error) {
	out, err := hypERC20Collateral.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackOwner() []byte {
	enc, err := hypERC20Collateral.abi.Pack("owner")
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
func (hypERC20Collateral *HypERC20Collateral) TryPackOwner() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackOwner(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackPreviewDeposit(assets *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("previewDeposit", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef8b30f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackPreviewDeposit(assets *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("previewDeposit", assets)
}

// UnpackPreviewDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef8b30f7.
//
// Solidity: function previewDeposit(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackPreviewDeposit(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("previewDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackPreviewMint(shares *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("previewMint", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d7f6b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackPreviewMint(shares *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("previewMint", shares)
}

// UnpackPreviewMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3d7f6b9.
//
// Solidity: function previewMint(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackPreviewMint(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("previewMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackPreviewRedeem(shares *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("previewRedeem", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdad506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackPreviewRedeem(shares *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("previewRedeem", shares)
}

// UnpackPreviewRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdad506.
//
// Solidity: function previewRedeem(uint256 shares) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackPreviewRedeem(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("previewRedeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackPreviewWithdraw(assets *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("previewWithdraw", assets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a28a477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackPreviewWithdraw(assets *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("previewWithdraw", assets)
}

// UnpackPreviewWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a28a477.
//
// Solidity: function previewWithdraw(uint256 assets) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackPreviewWithdraw(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("previewWithdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteGasPayment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2ed8c53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteGasPayment(uint32 _destinationDomain) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackQuoteGasPayment(destinationDomain uint32) []byte {
	enc, err := hypERC20Collateral.abi.Pack("quoteGasPayment", destinationDomain)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteGasPayment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2ed8c53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteGasPayment(uint32 _destinationDomain) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackQuoteGasPayment(destinationDomain uint32) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("quoteGasPayment", destinationDomain)
}

// UnpackQuoteGasPayment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2ed8c53.
//
// Solidity: function quoteGasPayment(uint32 _destinationDomain) view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackQuoteGasPayment(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("quoteGasPayment", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteTransferRemote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bd90b82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteTransferRemote(uint32 _destination, bytes32 _recipient, uint256 _amount) view returns((address,uint256)[] quotes)
func (hypERC20Collateral *HypERC20Collateral) PackQuoteTransferRemote(destination uint32, recipient [32]byte, amount *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("quoteTransferRemote", destination, recipient, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteTransferRemote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bd90b82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteTransferRemote(uint32 _destination, bytes32 _recipient, uint256 _amount) view returns((address,uint256)[] quotes)
func (hypERC20Collateral *HypERC20Collateral) TryPackQuoteTransferRemote(destination uint32, recipient [32]byte, amount *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("quoteTransferRemote", destination, recipient, amount)
}

// UnpackQuoteTransferRemote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8bd90b82.
//
// Solidity: function quoteTransferRemote(uint32 _destination, bytes32 _recipient, uint256 _amount) view returns((address,uint256)[] quotes)
func (hypERC20Collateral *HypERC20Collateral) UnpackQuoteTransferRemote(data []byte) ([]Quote, error) {
	out, err := hypERC20Collateral.abi.Unpack("quoteTransferRemote", data)
	if err != nil {
		return *new([]Quote), err
	}
	out0 := *abi.ConvertType(out[0], new([]Quote)).(*[]Quote)
	return out0, nil
}

// PackRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a99c333.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rebalance(uint32 domain, uint256 collateralAmount, address bridge) payable returns()
func (hypERC20Collateral *HypERC20Collateral) PackRebalance(domain uint32, collateralAmount *big.Int, bridge common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("rebalance", domain, collateralAmount, bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRebalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a99c333.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rebalance(uint32 domain, uint256 collateralAmount, address bridge) payable returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackRebalance(domain uint32, collateralAmount *big.Int, bridge common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("rebalance", domain, collateralAmount, bridge)
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackRedeem(shares *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("redeem", shares, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba087652.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackRedeem(shares *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("redeem", shares, receiver, owner)
}

// UnpackRedeem is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba087652.
//
// Solidity: function redeem(uint256 shares, address receiver, address owner) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackRedeem(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("redeem", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e38a81d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeBridge(uint32 domain, address bridge) returns()
func (hypERC20Collateral *HypERC20Collateral) PackRemoveBridge(domain uint32, bridge common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("removeBridge", domain, bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e38a81d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeBridge(uint32 domain, address bridge) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackRemoveBridge(domain uint32, bridge common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("removeBridge", domain, bridge)
}

// PackRemoveRebalancer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43bc4b9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeRebalancer(address rebalancer) returns()
func (hypERC20Collateral *HypERC20Collateral) PackRemoveRebalancer(rebalancer common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("removeRebalancer", rebalancer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveRebalancer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43bc4b9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeRebalancer(address rebalancer) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackRemoveRebalancer(rebalancer common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("removeRebalancer", rebalancer)
}

// PackRemoveRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3827115.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeRecipient(uint32 domain) returns()
func (hypERC20Collateral *HypERC20Collateral) PackRemoveRecipient(domain uint32) []byte {
	enc, err := hypERC20Collateral.abi.Pack("removeRecipient", domain)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3827115.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeRecipient(uint32 domain) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackRemoveRecipient(domain uint32) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("removeRecipient", domain)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (hypERC20Collateral *HypERC20Collateral) PackRenounceOwnership() []byte {
	enc, err := hypERC20Collateral.abi.Pack("renounceOwnership")
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
func (hypERC20Collateral *HypERC20Collateral) TryPackRenounceOwnership() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("renounceOwnership")
}

// PackRouters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ead72f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function routers(uint32 _domain) view returns(bytes32)
func (hypERC20Collateral *HypERC20Collateral) PackRouters(domain uint32) []byte {
	enc, err := hypERC20Collateral.abi.Pack("routers", domain)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ead72f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function routers(uint32 _domain) view returns(bytes32)
func (hypERC20Collateral *HypERC20Collateral) TryPackRouters(domain uint32) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("routers", domain)
}

// UnpackRouters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ead72f6.
//
// Solidity: function routers(uint32 _domain) view returns(bytes32)
func (hypERC20Collateral *HypERC20Collateral) UnpackRouters(data []byte) ([32]byte, error) {
	out, err := hypERC20Collateral.abi.Unpack("routers", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackScaleDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f0b7659.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scaleDenominator() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackScaleDenominator() []byte {
	enc, err := hypERC20Collateral.abi.Pack("scaleDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScaleDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f0b7659.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scaleDenominator() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackScaleDenominator() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("scaleDenominator")
}

// UnpackScaleDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f0b7659.
//
// Solidity: function scaleDenominator() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackScaleDenominator(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("scaleDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackScaleNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c2eaac0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scaleNumerator() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackScaleNumerator() []byte {
	enc, err := hypERC20Collateral.abi.Pack("scaleNumerator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScaleNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c2eaac0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scaleNumerator() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackScaleNumerator() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("scaleNumerator")
}

// UnpackScaleNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c2eaac0.
//
// Solidity: function scaleNumerator() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackScaleNumerator(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("scaleNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetDestinationGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49d462ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDestinationGas(uint32 domain, uint256 gas) returns()
func (hypERC20Collateral *HypERC20Collateral) PackSetDestinationGas(domain uint32, gas *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("setDestinationGas", domain, gas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDestinationGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49d462ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDestinationGas(uint32 domain, uint256 gas) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackSetDestinationGas(domain uint32, gas *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("setDestinationGas", domain, gas)
}

// PackSetDestinationGas0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1bd6436.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDestinationGas((uint32,uint256)[] gasConfigs) returns()
func (hypERC20Collateral *HypERC20Collateral) PackSetDestinationGas0(gasConfigs []GasRouterGasRouterConfig) []byte {
	enc, err := hypERC20Collateral.abi.Pack("setDestinationGas0", gasConfigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDestinationGas0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1bd6436.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDestinationGas((uint32,uint256)[] gasConfigs) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackSetDestinationGas0(gasConfigs []GasRouterGasRouterConfig) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("setDestinationGas0", gasConfigs)
}

// PackSetFeeHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92c18454.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeHook(address _feeHook) returns()
func (hypERC20Collateral *HypERC20Collateral) PackSetFeeHook(feeHook common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("setFeeHook", feeHook)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92c18454.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeHook(address _feeHook) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackSetFeeHook(feeHook common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("setFeeHook", feeHook)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (hypERC20Collateral *HypERC20Collateral) PackSetFeeRecipient(recipient common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("setFeeRecipient", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackSetFeeRecipient(recipient common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("setFeeRecipient", recipient)
}

// PackSetHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dfd3873.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setHook(address _hook) returns()
func (hypERC20Collateral *HypERC20Collateral) PackSetHook(hook common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("setHook", hook)
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
func (hypERC20Collateral *HypERC20Collateral) TryPackSetHook(hook common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("setHook", hook)
}

// PackSetInterchainSecurityModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e72cc06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInterchainSecurityModule(address _module) returns()
func (hypERC20Collateral *HypERC20Collateral) PackSetInterchainSecurityModule(module common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("setInterchainSecurityModule", module)
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
func (hypERC20Collateral *HypERC20Collateral) TryPackSetInterchainSecurityModule(module common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("setInterchainSecurityModule", module)
}

// PackSetRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c2d8089.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRecipient(uint32 domain, bytes32 recipient) returns()
func (hypERC20Collateral *HypERC20Collateral) PackSetRecipient(domain uint32, recipient [32]byte) []byte {
	enc, err := hypERC20Collateral.abi.Pack("setRecipient", domain, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c2d8089.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRecipient(uint32 domain, bytes32 recipient) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackSetRecipient(domain uint32, recipient [32]byte) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("setRecipient", domain, recipient)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (hypERC20Collateral *HypERC20Collateral) PackSymbol() []byte {
	enc, err := hypERC20Collateral.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (hypERC20Collateral *HypERC20Collateral) TryPackSymbol() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (hypERC20Collateral *HypERC20Collateral) UnpackSymbol(data []byte) (string, error) {
	out, err := hypERC20Collateral.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackToken() []byte {
	enc, err := hypERC20Collateral.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) TryPackToken() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackToken(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAssets() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackTotalAssets() []byte {
	enc, err := hypERC20Collateral.abi.Pack("totalAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e1d114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAssets() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackTotalAssets() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("totalAssets")
}

// UnpackTotalAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e1d114.
//
// Solidity: function totalAssets() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackTotalAssets(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("totalAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackTotalSupply() []byte {
	enc, err := hypERC20Collateral.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackTotalSupply() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) UnpackTransfer(data []byte) (bool, error) {
	out, err := hypERC20Collateral.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (hypERC20Collateral *HypERC20Collateral) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := hypERC20Collateral.abi.Unpack("transferFrom", data)
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
func (hypERC20Collateral *HypERC20Collateral) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("transferOwnership", newOwner)
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
func (hypERC20Collateral *HypERC20Collateral) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("transferOwnership", newOwner)
}

// PackTransferRemote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81b4e8b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferRemote(uint32 _destination, bytes32 _recipient, uint256 _amount) payable returns(bytes32 messageId)
func (hypERC20Collateral *HypERC20Collateral) PackTransferRemote(destination uint32, recipient [32]byte, amount *big.Int) []byte {
	enc, err := hypERC20Collateral.abi.Pack("transferRemote", destination, recipient, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferRemote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81b4e8b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferRemote(uint32 _destination, bytes32 _recipient, uint256 _amount) payable returns(bytes32 messageId)
func (hypERC20Collateral *HypERC20Collateral) TryPackTransferRemote(destination uint32, recipient [32]byte, amount *big.Int) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("transferRemote", destination, recipient, amount)
}

// UnpackTransferRemote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81b4e8b4.
//
// Solidity: function transferRemote(uint32 _destination, bytes32 _recipient, uint256 _amount) payable returns(bytes32 messageId)
func (hypERC20Collateral *HypERC20Collateral) UnpackTransferRemote(data []byte) ([32]byte, error) {
	out, err := hypERC20Collateral.abi.Unpack("transferRemote", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUnenrollRemoteRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefae508a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unenrollRemoteRouter(uint32 _domain) returns()
func (hypERC20Collateral *HypERC20Collateral) PackUnenrollRemoteRouter(domain uint32) []byte {
	enc, err := hypERC20Collateral.abi.Pack("unenrollRemoteRouter", domain)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnenrollRemoteRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefae508a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unenrollRemoteRouter(uint32 _domain) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackUnenrollRemoteRouter(domain uint32) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("unenrollRemoteRouter", domain)
}

// PackUnenrollRemoteRouters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a15b38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unenrollRemoteRouters(uint32[] _domains) returns()
func (hypERC20Collateral *HypERC20Collateral) PackUnenrollRemoteRouters(domains []uint32) []byte {
	enc, err := hypERC20Collateral.abi.Pack("unenrollRemoteRouters", domains)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnenrollRemoteRouters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71a15b38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unenrollRemoteRouters(uint32[] _domains) returns()
func (hypERC20Collateral *HypERC20Collateral) TryPackUnenrollRemoteRouters(domains []uint32) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("unenrollRemoteRouters", domains)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) PackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := hypERC20Collateral.abi.Pack("withdraw", assets, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb460af94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) TryPackWithdraw(assets *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return hypERC20Collateral.abi.Pack("withdraw", assets, receiver, owner)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb460af94.
//
// Solidity: function withdraw(uint256 assets, address receiver, address owner) returns(uint256)
func (hypERC20Collateral *HypERC20Collateral) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := hypERC20Collateral.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWrappedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x996c6cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wrappedToken() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) PackWrappedToken() []byte {
	enc, err := hypERC20Collateral.abi.Pack("wrappedToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWrappedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x996c6cc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wrappedToken() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) TryPackWrappedToken() ([]byte, error) {
	return hypERC20Collateral.abi.Pack("wrappedToken")
}

// UnpackWrappedToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x996c6cc3.
//
// Solidity: function wrappedToken() view returns(address)
func (hypERC20Collateral *HypERC20Collateral) UnpackWrappedToken(data []byte) (common.Address, error) {
	out, err := hypERC20Collateral.abi.Unpack("wrappedToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// HypERC20CollateralApproval represents a Approval event raised by the HypERC20Collateral contract.
type HypERC20CollateralApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralApproval) ContractEventName() string {
	return HypERC20CollateralApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (hypERC20Collateral *HypERC20Collateral) UnpackApprovalEvent(log *types.Log) (*HypERC20CollateralApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralApproval)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralCollateralMoved represents a CollateralMoved event raised by the HypERC20Collateral contract.
type HypERC20CollateralCollateralMoved struct {
	Domain     uint32
	Recipient  [32]byte
	Amount     *big.Int
	Rebalancer common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralCollateralMovedEventName = "CollateralMoved"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralCollateralMoved) ContractEventName() string {
	return HypERC20CollateralCollateralMovedEventName
}

// UnpackCollateralMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralMoved(uint32 indexed domain, bytes32 recipient, uint256 amount, address indexed rebalancer)
func (hypERC20Collateral *HypERC20Collateral) UnpackCollateralMovedEvent(log *types.Log) (*HypERC20CollateralCollateralMoved, error) {
	event := "CollateralMoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralCollateralMoved)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralDeposit represents a Deposit event raised by the HypERC20Collateral contract.
type HypERC20CollateralDeposit struct {
	Sender common.Address
	Owner  common.Address
	Assets *big.Int
	Shares *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralDeposit) ContractEventName() string {
	return HypERC20CollateralDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares)
func (hypERC20Collateral *HypERC20Collateral) UnpackDepositEvent(log *types.Log) (*HypERC20CollateralDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralDeposit)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralDonation represents a Donation event raised by the HypERC20Collateral contract.
type HypERC20CollateralDonation struct {
	Sender common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralDonationEventName = "Donation"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralDonation) ContractEventName() string {
	return HypERC20CollateralDonationEventName
}

// UnpackDonationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Donation(address sender, uint256 amount)
func (hypERC20Collateral *HypERC20Collateral) UnpackDonationEvent(log *types.Log) (*HypERC20CollateralDonation, error) {
	event := "Donation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralDonation)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralFeeHookSet represents a FeeHookSet event raised by the HypERC20Collateral contract.
type HypERC20CollateralFeeHookSet struct {
	FeeHook common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralFeeHookSetEventName = "FeeHookSet"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralFeeHookSet) ContractEventName() string {
	return HypERC20CollateralFeeHookSetEventName
}

// UnpackFeeHookSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeHookSet(address feeHook)
func (hypERC20Collateral *HypERC20Collateral) UnpackFeeHookSetEvent(log *types.Log) (*HypERC20CollateralFeeHookSet, error) {
	event := "FeeHookSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralFeeHookSet)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralFeeRecipientSet represents a FeeRecipientSet event raised by the HypERC20Collateral contract.
type HypERC20CollateralFeeRecipientSet struct {
	FeeRecipient common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralFeeRecipientSetEventName = "FeeRecipientSet"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralFeeRecipientSet) ContractEventName() string {
	return HypERC20CollateralFeeRecipientSetEventName
}

// UnpackFeeRecipientSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientSet(address feeRecipient)
func (hypERC20Collateral *HypERC20Collateral) UnpackFeeRecipientSetEvent(log *types.Log) (*HypERC20CollateralFeeRecipientSet, error) {
	event := "FeeRecipientSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralFeeRecipientSet)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralGasSet represents a GasSet event raised by the HypERC20Collateral contract.
type HypERC20CollateralGasSet struct {
	Domain uint32
	Gas    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralGasSetEventName = "GasSet"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralGasSet) ContractEventName() string {
	return HypERC20CollateralGasSetEventName
}

// UnpackGasSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GasSet(uint32 domain, uint256 gas)
func (hypERC20Collateral *HypERC20Collateral) UnpackGasSetEvent(log *types.Log) (*HypERC20CollateralGasSet, error) {
	event := "GasSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralGasSet)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralHookSet represents a HookSet event raised by the HypERC20Collateral contract.
type HypERC20CollateralHookSet struct {
	Hook common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralHookSetEventName = "HookSet"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralHookSet) ContractEventName() string {
	return HypERC20CollateralHookSetEventName
}

// UnpackHookSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HookSet(address _hook)
func (hypERC20Collateral *HypERC20Collateral) UnpackHookSetEvent(log *types.Log) (*HypERC20CollateralHookSet, error) {
	event := "HookSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralHookSet)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralInitialized represents a Initialized event raised by the HypERC20Collateral contract.
type HypERC20CollateralInitialized struct {
	Version uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralInitialized) ContractEventName() string {
	return HypERC20CollateralInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint8 version)
func (hypERC20Collateral *HypERC20Collateral) UnpackInitializedEvent(log *types.Log) (*HypERC20CollateralInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralInitialized)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralIsmSet represents a IsmSet event raised by the HypERC20Collateral contract.
type HypERC20CollateralIsmSet struct {
	Ism common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralIsmSetEventName = "IsmSet"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralIsmSet) ContractEventName() string {
	return HypERC20CollateralIsmSetEventName
}

// UnpackIsmSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IsmSet(address _ism)
func (hypERC20Collateral *HypERC20Collateral) UnpackIsmSetEvent(log *types.Log) (*HypERC20CollateralIsmSet, error) {
	event := "IsmSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralIsmSet)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralOwnershipTransferred represents a OwnershipTransferred event raised by the HypERC20Collateral contract.
type HypERC20CollateralOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralOwnershipTransferred) ContractEventName() string {
	return HypERC20CollateralOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (hypERC20Collateral *HypERC20Collateral) UnpackOwnershipTransferredEvent(log *types.Log) (*HypERC20CollateralOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralReceivedTransferRemote represents a ReceivedTransferRemote event raised by the HypERC20Collateral contract.
type HypERC20CollateralReceivedTransferRemote struct {
	Origin     uint32
	Recipient  [32]byte
	AmountOrId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralReceivedTransferRemoteEventName = "ReceivedTransferRemote"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralReceivedTransferRemote) ContractEventName() string {
	return HypERC20CollateralReceivedTransferRemoteEventName
}

// UnpackReceivedTransferRemoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceivedTransferRemote(uint32 indexed origin, bytes32 indexed recipient, uint256 amountOrId)
func (hypERC20Collateral *HypERC20Collateral) UnpackReceivedTransferRemoteEvent(log *types.Log) (*HypERC20CollateralReceivedTransferRemote, error) {
	event := "ReceivedTransferRemote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralReceivedTransferRemote)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralSentTransferRemote represents a SentTransferRemote event raised by the HypERC20Collateral contract.
type HypERC20CollateralSentTransferRemote struct {
	Destination uint32
	Recipient   [32]byte
	AmountOrId  *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralSentTransferRemoteEventName = "SentTransferRemote"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralSentTransferRemote) ContractEventName() string {
	return HypERC20CollateralSentTransferRemoteEventName
}

// UnpackSentTransferRemoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SentTransferRemote(uint32 indexed destination, bytes32 indexed recipient, uint256 amountOrId)
func (hypERC20Collateral *HypERC20Collateral) UnpackSentTransferRemoteEvent(log *types.Log) (*HypERC20CollateralSentTransferRemote, error) {
	event := "SentTransferRemote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralSentTransferRemote)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralTransfer represents a Transfer event raised by the HypERC20Collateral contract.
type HypERC20CollateralTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralTransfer) ContractEventName() string {
	return HypERC20CollateralTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (hypERC20Collateral *HypERC20Collateral) UnpackTransferEvent(log *types.Log) (*HypERC20CollateralTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralTransfer)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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

// HypERC20CollateralWithdraw represents a Withdraw event raised by the HypERC20Collateral contract.
type HypERC20CollateralWithdraw struct {
	Sender   common.Address
	Receiver common.Address
	Owner    common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const HypERC20CollateralWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (HypERC20CollateralWithdraw) ContractEventName() string {
	return HypERC20CollateralWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares)
func (hypERC20Collateral *HypERC20Collateral) UnpackWithdrawEvent(log *types.Log) (*HypERC20CollateralWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hypERC20Collateral.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HypERC20CollateralWithdraw)
	if len(log.Data) > 0 {
		if err := hypERC20Collateral.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hypERC20Collateral.abi.Events[event].Inputs {
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
