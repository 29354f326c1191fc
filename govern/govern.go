// Package govern puts the governance and setup actions the product relies on
// on chain: contributions (register, amend, deprecate), dataset versions
// (add, seal, publish), valuations, split policies, task manifests, meters,
// roles, consumers' deposits and the development token's mints. Every action
// goes through the relayer's outbox (relayer/txmgr) under a key derived from
// its inputs, so a re-run after a crash resumes the same transaction instead
// of sending a second one, and the mined receipt's events are decoded
// through the contracts' ABIs for people to read.
package govern

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
)

// Action is one governance transaction.
type Action struct {
	// Name says what it does ("contribution register").
	Name string
	To   common.Address
	Data []byte
	// Ref tells deliberate repeats of identical inputs apart (a second
	// deposit of the same amount): without it, identical inputs are one
	// action, sent once.
	Ref string
	// InPlace reads whether the chain is already in the state the action
	// sets (a meter authorised, a role held): then nothing is sent. nil for
	// actions that add something.
	InPlace func(ctx context.Context) (bool, error)
}

// Result is an action's outcome and its decoded events.
type Result struct {
	Action string         `json:"action"`
	From   common.Address `json:"from"`
	To     common.Address `json:"to"`
	Tx     *common.Hash   `json:"tx"` // nil when nothing was sent
	Block  uint64         `json:"block,omitempty"`
	Gas    uint64         `json:"gasUsed,omitempty"`
	// Earlier: the same action (same inputs and ref) was sent before; its
	// transaction is shown and nothing was sent now.
	Earlier bool `json:"earlier,omitempty"`
	// InPlace: the chain already was in the wanted state; nothing was sent.
	InPlace bool    `json:"inPlace,omitempty"`
	Events  []Event `json:"events"`
}

// Sender sends actions from one key through the outbox.
type Sender struct {
	TM    *txmgr.Manager
	Chain bind.ContractBackend
	Dep   deploy.Deployment
}

// Key is the outbox key of an action: its name, target, calldata and ref.
func Key(chainID uint64, a Action) string {
	h := crypto.Keccak256Hash(a.To.Bytes(), a.Data)
	return fmt.Sprintf("%d/govern/%s/%s/%s", chainID, strings.ReplaceAll(a.Name, " ", "-"), h.Hex(), a.Ref)
}

// Send puts the action on chain once, waits for its confirmations and
// decodes its events. An action whose key was confirmed before is answered
// from that transaction; a state-setting action whose state is already in
// place sends nothing, and one whose earlier transaction was undone since
// (a meter revoked after it was authorised) is sent again under a new key.
func (s *Sender) Send(ctx context.Context, a Action) (Result, error) {
	res := Result{Action: a.Name, From: s.TM.From(), To: a.To, Events: []Event{}}
	base := Key(s.Dep.ChainID, a)
	key := base
	if a.InPlace != nil {
		in, err := a.InPlace(ctx)
		if err != nil {
			return res, fmt.Errorf("%s: read the chain: %w", a.Name, err)
		}
		// The key of the latest attempt at this state change that is not
		// yet final, or a fresh one after every earlier attempt ended.
		for i := 1; ; i++ {
			key = fmt.Sprintf("%s#%d", base, i)
			intent, err := s.TM.Lookup(ctx, key)
			if errors.Is(err, txmgr.ErrNotFound) {
				break
			} else if err != nil {
				return res, err
			}
			if !intent.Status.Final() {
				in = false // resume it: it may be what put the state in place
				break
			}
		}
		if in {
			res.InPlace = true
			return res, nil
		}
	} else if intent, err := s.TM.Lookup(ctx, key); err == nil && intent.Status == txmgr.StatusConfirmed {
		res.Earlier = true
	} else if err != nil && !errors.Is(err, txmgr.ErrNotFound) {
		return res, err
	}
	rcpt, err := s.TM.Send(ctx, txmgr.Candidate{Key: key, To: a.To, Data: a.Data, Done: a.InPlace})
	if err != nil {
		return res, fmt.Errorf("%s: %w", a.Name, err)
	}
	if rcpt == nil { // the chain shows it done by someone else
		res.InPlace = true
		return res, nil
	}
	h := rcpt.TxHash
	res.Tx, res.Block, res.Gas = &h, rcpt.BlockNumber.Uint64(), rcpt.GasUsed
	res.Events = s.Decode(rcpt.Logs)
	s.formatAmounts(ctx, res.Events)
	return res, nil
}

// formatAmounts words the token amounts of the events in token units: an
// ERC-20's Transfer and Approval value, and a vault event's amount of its
// asset. A token that cannot be read is left in base units.
func (s *Sender) formatAmounts(ctx context.Context, evs []Event) {
	known := s.contractABIs()
	for i := range evs {
		e := &evs[i]
		token, field := common.Address{}, ""
		switch _, ours := known[e.Address]; {
		case !ours && (e.Name == "Transfer" || e.Name == "Approval"):
			token, field = e.Address, "value"
		case e.Get("asset") != "" && e.Get("amount") != "":
			token, field = common.HexToAddress(e.Get("asset")), "amount"
		default:
			continue
		}
		t, err := relayer.ReadToken(ctx, s.Chain, token)
		if err != nil {
			continue
		}
		for j := range e.Fields {
			if f := &e.Fields[j]; f.Name == field {
				if v, ok := new(big.Int).SetString(f.Value, 10); ok {
					f.Formatted = t.Format(v)
				}
			}
		}
	}
}

// contractABIs are the ABIs events are decoded with, by contract address.
func (s *Sender) contractABIs() map[common.Address]named {
	gov, _ := governanceconfig.GovernanceConfigMetaData.ParseABI()
	tok, _ := ownershiptoken.OwnershipTokenMetaData.ParseABI()
	vault, _ := revenuevault.RevenueVaultMetaData.ParseABI()
	return map[common.Address]named{
		s.Dep.GovernanceConfig: {"GovernanceConfig", gov},
		s.Dep.OwnershipToken:   {"OwnershipToken", tok},
		s.Dep.RevenueVault:     {"RevenueVault", vault},
	}
}

type named struct {
	name string
	abi  *abi.ABI
}

// Decode words the logs of the deployment's contracts, and ERC-20 logs of
// any token (Transfer, Approval), as events with named fields.
func (s *Sender) Decode(logs []*types.Log) []Event {
	known := s.contractABIs()
	erc20, _ := testtoken.TestTokenMetaData.ParseABI()
	out := []Event{}
	for _, l := range logs {
		c, ok := known[l.Address]
		if !ok {
			c = named{"ERC20 " + l.Address.Hex(), erc20}
		}
		if ev, ok := decodeLog(c, l); ok {
			out = append(out, ev)
		}
	}
	return out
}

func decodeLog(c named, l *types.Log) (Event, bool) {
	if len(l.Topics) == 0 {
		return Event{}, false
	}
	e, err := c.abi.EventByID(l.Topics[0])
	if err != nil {
		return Event{}, false
	}
	values := map[string]any{}
	var indexed abi.Arguments
	for _, in := range e.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if err := abi.ParseTopicsIntoMap(values, indexed, l.Topics[1:]); err != nil {
		return Event{}, false
	}
	if err := e.Inputs.UnpackIntoMap(values, l.Data); err != nil {
		return Event{}, false
	}
	ev := Event{Name: e.Name, Contract: c.name, Address: l.Address}
	for _, in := range e.Inputs {
		ev.Fields = append(ev.Fields, Field{Name: in.Name, Value: word(values[in.Name])})
	}
	return ev, true
}

// Event is a decoded log: its fields in declaration order, every value as
// text (integers in decimal, addresses EIP-55, bytes as 0x hex).
type Event struct {
	Name     string         `json:"event"`
	Contract string         `json:"contract"`
	Address  common.Address `json:"address"`
	Fields   []Field        `json:"fields"`
}

// Field is one named value of an event. An amount of a token also has its
// value in the token's units, with its symbol.
type Field struct {
	Name      string `json:"name"`
	Value     string `json:"value"`
	Formatted string `json:"formatted,omitempty"`
}

// Get returns the value of the named field, or "".
func (e Event) Get(name string) string {
	for _, f := range e.Fields {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}

func word(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return "0x" + common.Bytes2Hex(x)
	case string:
		return x
	case []*big.Int:
		parts := make([]string, len(x))
		for i, b := range x {
			parts[i] = b.String()
		}
		return "[" + strings.Join(parts, ",") + "]"
	case []common.Address:
		parts := make([]string, len(x))
		for i, a := range x {
			parts[i] = a.Hex()
		}
		return "[" + strings.Join(parts, ",") + "]"
	case [][32]byte:
		parts := make([]string, len(x))
		for i, b := range x {
			parts[i] = common.Hash(b).Hex()
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	return structWord(v)
}
