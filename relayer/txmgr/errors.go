package txmgr

import (
	"errors"
	"strings"
)

// Class says what the manager does after a node refused or failed a call.
type Class int

const (
	// ClassUnknown is an error nobody classified: surfaced to the caller, never guessed at.
	ClassUnknown Class = iota
	// ClassRetry is transient (network, rate limit, node busy): try the same bytes again later.
	ClassRetry
	// ClassBump means the fees are too low for the pool or the block: re-sign the same nonce with higher fees.
	ClassBump
	// ClassKnown means the node already has this exact transaction: treat it as sent.
	ClassKnown
	// ClassNonceUsed means the nonce is consumed: look for our receipt, else ask the chain whether the action happened.
	ClassNonceUsed
	// ClassNonceGap means the nonce is ahead of the account's: a gap to report, not to paper over.
	ClassNonceGap
	// ClassFatal will not get better by retrying (reverts, bad gas, no funds): surfaced to the caller.
	ClassFatal
)

func (c Class) String() string {
	return [...]string{"unknown", "retry", "bump", "already-known", "nonce-used", "nonce-gap", "fatal"}[c]
}

// errorTable maps the wordings of geth, anvil/reth, Erigon, Nethermind and the big
// providers to a class. Order matters: the first match wins, so the more specific
// wordings come first.
var errorTable = []struct {
	substr string
	class  Class
}{
	{"already known", ClassKnown},
	{"known transaction", ClassKnown},
	{"already imported", ClassKnown},
	{"transaction already exists", ClassKnown},
	{"replacement transaction underpriced", ClassBump},
	{"replacement fee too low", ClassBump},
	{"transaction underpriced", ClassBump},
	{"max fee per gas less than block base fee", ClassBump},
	{"fee cap less than block base fee", ClassBump},
	{"feecap too low", ClassBump},
	{"fee too low", ClassBump},
	{"gas price too low", ClassBump},
	{"underpriced", ClassBump},
	{"nonce too low", ClassNonceUsed},
	{"nonce has already been used", ClassNonceUsed},
	{"oldnonce", ClassNonceUsed},
	{"nonce too high", ClassNonceGap},
	{"insufficient funds", ClassFatal},
	{"intrinsic gas too low", ClassFatal},
	{"exceeds block gas limit", ClassFatal},
	{"gas limit reached", ClassFatal},
	{"execution reverted", ClassFatal},
	{"invalid sender", ClassFatal},
	{"invalid chain id", ClassFatal},
	{"tx fee", ClassFatal}, // "tx fee (x ether) exceeds the configured cap"
	{"txpool is full", ClassRetry},
	{"too many requests", ClassRetry},
	{"429", ClassRetry},
	{"rate limit", ClassRetry},
	{"timeout", ClassRetry},
	{"deadline exceeded", ClassRetry},
	{"connection refused", ClassRetry},
	{"connection reset", ClassRetry},
	{"eof", ClassRetry},
	{"502 bad gateway", ClassRetry},
	{"503 service unavailable", ClassRetry},
	{"504 gateway timeout", ClassRetry},
	{"header not found", ClassRetry},
	{"indexing is in progress", ClassRetry}, // geth right after start
}

// Classify returns the class of an error from a node, by the table above.
func Classify(err error) Class {
	if err == nil {
		return ClassUnknown
	}
	if errors.Is(err, errTransient) {
		return ClassRetry
	}
	msg := strings.ToLower(err.Error())
	for _, row := range errorTable {
		if strings.Contains(msg, row.substr) {
			return row.class
		}
	}
	return ClassUnknown
}

var errTransient = errors.New("transient")

// Sentinels callers match with errors.Is.
var (
	// ErrReverted: the intent's transaction was mined and reverted.
	ErrReverted = errors.New("txmgr: transaction reverted")
	// ErrUnexpectedEvent: the receipt lacks the event the candidate expects.
	ErrUnexpectedEvent = errors.New("txmgr: expected event missing from receipt")
	// ErrNonceGap: the account's nonce on chain is below an intent's with nothing pending in between.
	ErrNonceGap = errors.New("txmgr: nonce gap")
	// ErrFeeCap: fees would have to exceed the configured cap to get the transaction in.
	ErrFeeCap = errors.New("txmgr: fee cap reached")
	// ErrUnclassified: a node error no table row knows; surfaced as is.
	ErrUnclassified = errors.New("txmgr: unclassified node error")
	// ErrNotFound: the outbox has no intent under that key.
	ErrNotFound = errors.New("txmgr: intent not found")
	// ErrExists: Outbox.Insert found the key already stored.
	ErrExists = errors.New("txmgr: intent already stored")
	// ErrStale: Outbox.Save found the intent updated since it was read (by
	// another manager driving it); the caller reloads it.
	ErrStale = errors.New("txmgr: intent changed since it was read")
	// ErrNonceTaken: another open intent of the account holds the nonce.
	ErrNonceTaken = errors.New("txmgr: nonce held by another open intent")
)

// RevertError is a call, gas estimate or mined transaction the chain
// reverted, with its reason decoded by Config.DecodeRevert (the contracts'
// custom errors). errors.Is(err, ErrReverted) holds for it.
type RevertError struct {
	Data   []byte // the revert data, when the node gave it
	Reason string
}

func (e *RevertError) Error() string { return "execution reverted: " + e.Reason }

// Is makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }
