package ethrpc

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// ErrRangeRefused means the node refused an eth_getLogs query for its size
// (too many results, too wide a range); a smaller query may succeed. The
// error also holds a *Refusal with what the provider said of its limit.
var ErrRangeRefused = errors.New("ethrpc: log query refused as too large")

// ErrBeyondHead means the node was asked for blocks past its own head: it
// is behind, not refusing the size (geth: "block range extends beyond
// current head block").
var ErrBeyondHead = errors.New("ethrpc: query past the node's head")

// RefusalKind says what a provider limits.
type RefusalKind int

const (
	// LimitUnknown: the wording does not say whether blocks or results.
	LimitUnknown RefusalKind = iota
	// LimitBlocks: the span fromBlock..toBlock is capped, whatever it holds.
	LimitBlocks
	// LimitResults: the answer is capped (log count, bytes or query time);
	// a narrower range over the same logs helps.
	LimitResults
)

func (k RefusalKind) String() string {
	switch k {
	case LimitBlocks:
		return "block range"
	case LimitResults:
		return "result size"
	}
	return "unknown"
}

// Refusal is a provider's refusal of one eth_getLogs for its size, with
// the limit it named, if any.
type Refusal struct {
	Provider  string // whose wording matched, for logs ("infura", "geth", ...)
	Kind      RefusalKind
	MaxBlocks uint64 // blocks per query the provider allows; 0 = not named
	MaxLogs   uint64 // logs per answer the provider allows; 0 = not named
	// From..To is a range the provider suggested (Alchemy, Infura, reth);
	// HasRange reports that it did.
	From, To uint64
	HasRange bool
	Err      error // the provider's own error
}

func (r *Refusal) Error() string {
	var hint []string
	if r.MaxBlocks > 0 {
		hint = append(hint, fmt.Sprintf("at most %d blocks", r.MaxBlocks))
	}
	if r.MaxLogs > 0 {
		hint = append(hint, fmt.Sprintf("at most %d logs", r.MaxLogs))
	}
	if r.HasRange {
		hint = append(hint, fmt.Sprintf("suggested %d-%d", r.From, r.To))
	}
	s := fmt.Sprintf("%s: %s limit (%s)", ErrRangeRefused, r.Kind, r.Provider)
	if len(hint) > 0 {
		s += ": " + strings.Join(hint, ", ")
	}
	return s + ": " + r.Err.Error()
}

// Unwrap makes errors.Is(err, ErrRangeRefused) hold, and reaches the
// provider's error.
func (r *Refusal) Unwrap() []error { return []error{ErrRangeRefused, r.Err} }

// wording is one provider's refusal text. Its pattern runs on the
// lowercased message and error data; the named groups blocks, logs, from
// and to (decimal, or hex when prefixed 0x) carry the provider's hint.
type wording struct {
	provider string
	code     int // 0: any code
	kind     RefusalKind
	re       *regexp.Regexp
}

func w(provider string, code int, kind RefusalKind, pattern string) wording {
	return wording{provider, code, kind, regexp.MustCompile(pattern)}
}

const num = `[0-9][0-9,._]*k?`

// wordings are the eth_getLogs refusals of the major providers and node
// clients, most specific first. Sources: each provider's documented or
// observed error (see docs/indexer.md); Ponder's getLogsRetryHelper
// collects many of the same wordings.
var wordings = []wording{
	// Infura: a block-span cap the docs do not mention (INFURA/infura#237).
	w("infura", 0, LimitBlocks, `range (?P<span>`+num+`) exceeds limit of (?P<blocks>`+num+`)`),
	// Tenderly: -32602 "invalid params", the limit only in error.data.
	w("tenderly", 0, LimitBlocks, `range (?P<span>`+num+`) is bigger than range limit (?P<blocks>`+num+`)`),
	// Infura, Linea, zkSync: the 10,000-result cap, with a range to retry.
	w("infura", 0, LimitResults, `query returned more than (?P<logs>`+num+`) results.*try with this block range \[(?P<from>0x[0-9a-f]+), ?(?P<to>0x[0-9a-f]+)\]`),
	// geth-style nodes and Infura without a suggestion.
	w("geth", 0, LimitResults, `query returned more than (?P<logs>`+num+`) results`),
	// Alchemy: a block span with a suggestion for this query.
	w("alchemy", 0, LimitBlocks, `up to a (?P<blocks>`+num+`) block range.*this block range should work: \[(?P<from>0x[0-9a-f]+), ?(?P<to>0x[0-9a-f]+)\]`),
	w("alchemy", 0, LimitResults, `log response size exceeded.*this block range should work: \[(?P<from>0x[0-9a-f]+), ?(?P<to>0x[0-9a-f]+)\]`),
	w("alchemy", 0, LimitResults, `log response size exceeded`),
	w("alchemy", 0, LimitBlocks, `up to a (?P<blocks>`+num+`) block range`),
	// reth (and nodes built on it): both caps, the results one with a range.
	w("reth", 0, LimitBlocks, `query exceeds max block range (?P<blocks>`+num+`)`),
	w("reth", 0, LimitResults, `query exceeds max results (?P<logs>`+num+`), retry with the range (?P<from>[0-9]+)-(?P<to>[0-9]+)`),
	w("llamanodes", 0, LimitResults, `query exceeds max results(?: (?P<logs>`+num+`))?`),
	// geth with --rpc.rangelimit (eth/filters/filter.go).
	w("geth", 0, LimitBlocks, `exceed(?:s)? maximum block range:? ?(?P<blocks>`+num+`)?`),
	// Arbitrum Nitro.
	w("arbitrum", 0, LimitResults, `logs matched by query exceeds limit of (?P<logs>`+num+`)`),
	// QuickNode (-32614), 1RPC, BlastAPI free: "eth_getLogs is limited to a 10,000 range".
	w("quicknode", 0, LimitBlocks, `limited to a (?P<blocks>`+num+`)(?: blocks?)? range`),
	// QuickNode's older wording and BlockPI: "limited to 0 - 50 blocks range", "limited to 1024 block".
	w("blockpi", 0, LimitBlocks, `limited to (?:0 - )?(?P<blocks>`+num+`) blocks?`),
	// BlastAPI paid plans.
	w("blastapi", 0, LimitBlocks, `exceeds the range allowed for your plan \((?P<span>`+num+`) > (?P<blocks>`+num+`)\)`),
	// dRPC free tier (code 35).
	w("drpc", 0, LimitBlocks, `ranges over (?P<blocks>`+num+`) blocks are not supported`),
	// Chainstack.
	w("chainstack", 0, LimitBlocks, `block range limit exceeded`),
	// Cloudflare's gateway.
	w("cloudflare", 0, LimitBlocks, `max range: (?P<blocks>`+num+`)`),
	// Moonbeam/Frontier "(maximum 1024)", Ankr "block range is too wide" (-32600).
	w("frontier", 0, LimitBlocks, `block range is too wide \(maximum (?P<blocks>`+num+`)\)`),
	w("ankr", 0, LimitBlocks, `block range is too wide`),
	w("ankr", 0, LimitBlocks, `maximum \[from, to\] blocks distance: (?P<blocks>`+num+`)`),
	// Avalanche.
	w("avalanche", 0, LimitBlocks, `requested too many blocks from [0-9]+ to [0-9]+, maximum is set to (?P<blocks>`+num+`)`),
	// thirdweb, Coinbase, PublicNode, Harmony, Morph, Somnia, Swell.
	w("thirdweb", 0, LimitBlocks, `maximum allowed number of requested blocks is (?P<blocks>`+num+`)`),
	w("coinbase", 0, LimitBlocks, `limit the query to at most (?P<blocks>`+num+`) blocks`),
	w("morph", 0, LimitBlocks, `block range is larger than max block range.*max block range = (?P<blocks>`+num+`)`),
	w("publicnode", 0, LimitBlocks, `maximum block range: (?P<blocks>`+num+`)`),
	w("harmony", 0, LimitBlocks, `query must be smaller than size (?P<blocks>`+num+`)`),
	w("somnia", 0, LimitBlocks, `block range exceeds (?P<blocks>`+num+`)`),
	w("swell", 0, LimitBlocks, `block range greater than (?P<blocks>`+num+`) max`),
	w("scroll", 0, LimitBlocks, `block range is bigger than maxblockrange`),
	w("erigon", 0, LimitBlocks, `block range too large: maximum allowed is (?P<blocks>`+num+`) blocks`),
	// Base, Optimism, Candle, Erigon without a number.
	w("base", 0, LimitBlocks, `block range (?:is )?too (?:large|high)`),
	w("optimism", 0, LimitResults, `backend response too large`),
	// Nethermind.
	w("nethermind", 0, LimitResults, `too many logs requested.*max logs per (?:response|query) is (?P<logs>`+num+`)`),
	// 1RPC: a byte cap.
	w("1rpc", 0, LimitResults, `response size should not greater than`),
	// Infura/geth query time, and other response caps.
	w("infura", 0, LimitResults, `query timeout exceeded`),
	w("generic", 0, LimitResults, `response size exceeded|response too large|too many logs|result set too large|max results`),
	// A bare -32005 "limit exceeded" (EIP-1474's code for it).
	w("eip-1474", -32005, LimitUnknown, `limit exceeded`),
}

// rateLimited are wordings that mean "slow down", not "ask for less".
var rateLimited = regexp.MustCompile(`rate limit|request rate|too many requests|requests per second|capacity exceeded|daily request count|credits|compute units`)

// beyondHead is geth's answer to a toBlock past its head (a lagging node).
var beyondHead = regexp.MustCompile(`block range extends beyond current head|beyond current head block|after last accepted block|block not found|unknown block|header not found`)

// errorText is what a provider said: the JSON-RPC message and data, or an
// HTTP error's body, lowercased.
func errorText(err error) (code int, text string) {
	var parts []string
	var re rpc.Error
	if errors.As(err, &re) {
		code = re.ErrorCode()
		parts = append(parts, re.Error())
	}
	var de rpc.DataError
	if errors.As(err, &de) && de.ErrorData() != nil {
		if s, ok := de.ErrorData().(string); ok {
			parts = append(parts, s)
		} else if b, jerr := json.Marshal(de.ErrorData()); jerr == nil {
			parts = append(parts, string(b))
		}
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		parts = append(parts, string(he.Body))
		var body struct {
			Error struct {
				Code int `json:"code"`
			} `json:"error"`
		}
		if json.Unmarshal(he.Body, &body) == nil && body.Error.Code != 0 {
			code = body.Error.Code
		}
	}
	if len(parts) == 0 {
		parts = append(parts, err.Error())
	}
	return code, strings.ToLower(strings.Join(parts, " "))
}

// Classify reads an eth_getLogs error: a *Refusal when a provider refused
// the query for its size, else nil. A rate limit, a node behind its head,
// a revert or a transport error is no refusal.
func Classify(err error) *Refusal {
	if err == nil {
		return nil
	}
	var r *Refusal
	if errors.As(err, &r) {
		return r
	}
	code, text := errorText(err)
	if beyondHead.MatchString(text) || rateLimited.MatchString(text) {
		return nil
	}
	for _, wd := range wordings {
		if wd.code != 0 && wd.code != code {
			continue
		}
		m := wd.re.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		r := &Refusal{Provider: wd.provider, Kind: wd.kind, Err: err}
		for i, name := range wd.re.SubexpNames() {
			if m[i] == "" {
				continue
			}
			v, ok := parseNum(m[i])
			if !ok {
				continue
			}
			switch name {
			case "blocks":
				r.MaxBlocks = v
			case "logs":
				r.MaxLogs = v
			case "from":
				r.From = v
			case "to":
				r.To = v
			}
		}
		r.HasRange = r.To >= r.From && wd.re.SubexpIndex("to") >= 0 && m[wd.re.SubexpIndex("to")] != ""
		return r
	}
	var he rpc.HTTPError
	if errors.As(err, &he) && he.StatusCode == http.StatusRequestEntityTooLarge {
		return &Refusal{Provider: "http 413", Kind: LimitResults, Err: err}
	}
	// EIP-1474: -32005 is "limit exceeded"; a wording we do not know.
	if code == -32005 {
		return &Refusal{Provider: "eip-1474", Kind: LimitUnknown, Err: err}
	}
	return nil
}

// BeyondHead reports whether err is a node saying the query reaches past
// its head.
func BeyondHead(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrBeyondHead) {
		return true
	}
	_, text := errorText(err)
	return beyondHead.MatchString(text)
}

// parseNum reads "10,000", "2k", "0x1a" or "500".
func parseNum(s string) (uint64, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".,")
	if strings.HasPrefix(s, "0x") {
		v, err := strconv.ParseUint(s[2:], 16, 64)
		return v, err == nil
	}
	mult := uint64(1)
	if strings.HasSuffix(s, "k") {
		mult, s = 1000, strings.TrimSuffix(s, "k")
	}
	s = strings.NewReplacer(",", "", "_", "").Replace(s)
	if strings.Contains(s, ".") { // "2.5k"
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f < 0 {
			return 0, false
		}
		return uint64(f * float64(mult)), true
	}
	v, err := strconv.ParseUint(s, 10, 64)
	return v * mult, err == nil
}

// Refused reports whether err is a provider refusing a log query for its size.
func Refused(err error) bool { return Classify(err) != nil }
