// Command benchmerkle times the Go merkle package beside OpenZeppelin's
// @openzeppelin/merkle-tree in node on the same distributor leaves, in the same
// run, checks that the roots are identical and prints the ratios as a
// markdown table (for docs/benchmarks.md). Run it with scripts/bench-merkle.sh.
//
// Each Go measurement runs in a fresh child process so its peak RSS is its
// own; the child generates the values itself (deterministically), then times
// only the tree and its proofs.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/merkle"
)

func main() {
	sizes := flag.String("sizes", "10000,100000,1000000", "leaf counts")
	jsMax := flag.Duration("js-timeout", 5*time.Minute, "give up on the JS library after this long (per size)")
	child := flag.String("child", "", "internal: run one Go measurement (typed-all, typed-walk, strings-all)")
	n := flag.Int("n", 0, "internal: leaf count of the child measurement")
	flag.Parse()
	if *child != "" {
		if err := runChild(*child, *n); err != nil {
			fmt.Fprintln(os.Stderr, "benchmerkle child:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*sizes, *jsMax); err != nil {
		fmt.Fprintln(os.Stderr, "benchmerkle:", err)
		os.Exit(1)
	}
}

// leaves: one distributor on one chain, random accounts, three assets, random
// cumulative amounts; the same for a given n in every process.
func leaves(n int) []merkle.Distributor {
	r := rand.New(rand.NewPCG(20261122, uint64(n)))
	out := make([]merkle.Distributor, n)
	dist := common.HexToAddress("0xd157000000000000000000000000000000000001")
	for i := range out {
		var acct, asset common.Address
		for k := range acct {
			acct[k] = byte(r.Uint32())
		}
		asset[19] = byte(1 + r.IntN(3))
		out[i] = merkle.Distributor{ChainID: 8453, Distributor: dist, Account: acct, Asset: asset}
		out[i].Cumulative.SetUint64(r.Uint64())
		out[i].Cumulative.Lsh(&out[i].Cumulative, uint(r.IntN(64)))
	}
	return out
}

func stringsOf(ls []merkle.Distributor) [][]string {
	out := make([][]string, len(ls))
	for i := range ls {
		out[i] = ls[i].Strings()
	}
	return out
}

type result struct {
	Root       string  `json:"root"`
	Ms         float64 `json:"ms"`
	CPUMs      float64 `json:"cpuMs"`
	BaseRSSMB  float64 `json:"baseRssMB"` // after generating the values, before the tree
	PeakRSSMB  float64 `json:"peakRssMB"`
	ProofCount int     `json:"proofCount"`
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func peakRSSMB() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Maxrss) / 1024 // KiB on Linux
}

func currentRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	pages, _ := strconv.Atoi(f[1])
	return float64(pages*os.Getpagesize()) / (1 << 20)
}

func runChild(mode string, n int) error {
	ls := leaves(n)
	var values [][]string
	if strings.HasPrefix(mode, "strings") {
		values = stringsOf(ls)
		ls = nil
	}
	runtime.GC()
	res := result{BaseRSSMB: currentRSSMB()}
	c0, t0 := cpuTime(), time.Now()
	var tr *merkle.Tree
	var err error
	if values != nil {
		tr, err = merkle.Build(merkle.DistributorTypes, values)
	} else {
		tr, err = merkle.BuildDistributor(ls)
	}
	if err != nil {
		return err
	}
	switch {
	case strings.HasSuffix(mode, "-all"):
		res.ProofCount = len(tr.AllProofs())
	case strings.HasSuffix(mode, "-walk"):
		err = tr.WalkProofs(func(int, []common.Hash) error { res.ProofCount++; return nil })
	default:
		err = fmt.Errorf("unknown mode %q", mode)
	}
	if err != nil {
		return err
	}
	res.Ms = float64(time.Since(t0).Microseconds()) / 1000
	res.CPUMs = float64((cpuTime() - c0).Microseconds()) / 1000
	res.PeakRSSMB = peakRSSMB()
	res.Root = tr.Root().Hex()
	return json.NewEncoder(os.Stdout).Encode(res)
}

func goMeasure(ctx context.Context, mode string, n int) (result, error) {
	self, err := os.Executable()
	if err != nil {
		return result{}, err
	}
	var res result
	out, err := exec.CommandContext(ctx, self, "-child", mode, "-n", strconv.Itoa(n)).Output()
	if err != nil {
		return res, fmt.Errorf("go %s n=%d: %w", mode, n, err)
	}
	return res, json.Unmarshal(out, &res)
}

type jsResult struct {
	Root        string  `json:"root"`
	OfMs        float64 `json:"ofMs"`
	ProofsMs    float64 `json:"proofsMs"`
	CPUMs       float64 `json:"cpuMs"`
	RSSMB       float64 `json:"rssMB"`
	ProofEntrys int     `json:"proofEntries"`
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found")
		}
		dir = parent
	}
}

func jsMeasure(ctx context.Context, root string, n int) (jsResult, error) {
	in, err := json.Marshal(map[string]any{"types": merkle.DistributorTypes, "values": stringsOf(leaves(n))})
	if err != nil {
		return jsResult{}, err
	}
	cmd := exec.CommandContext(ctx, "node", "--max-old-space-size=16384", filepath.Join(root, "scripts", "oz-merkle.mjs"), "bench")
	cmd.Dir = root
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return jsResult{}, fmt.Errorf("node n=%d: %w %s", n, err, stderr.String())
	}
	var res jsResult
	return res, json.Unmarshal(out, &res)
}

func loadavg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

func run(sizesArg string, jsMax time.Duration) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	ctx := context.Background()
	fmt.Printf("machine: %s, %d CPUs (GOMAXPROCS %d), load average at start %s\n\n", runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), loadavg())
	fmt.Println("| leaves | JS of() + every getProof(i) | Go Build (strings) + AllProofs | Go BuildDistributor + AllProofs | Go BuildDistributor + WalkProofs | JS ÷ Go strings | JS ÷ Go typed | JS ÷ Go typed, CPU time | roots |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	var notes []string
	for _, s := range strings.Split(sizesArg, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("size %q", s)
		}
		gs, err := goMeasure(ctx, "strings-all", n)
		if err != nil {
			return err
		}
		ga, err := goMeasure(ctx, "typed-all", n)
		if err != nil {
			return err
		}
		gw, err := goMeasure(ctx, "typed-walk", n)
		if err != nil {
			return err
		}
		jctx, cancel := context.WithTimeout(ctx, jsMax)
		js, jerr := jsMeasure(jctx, root, n)
		cancel()
		roots := gs.Root == ga.Root && ga.Root == gw.Root
		jsCol, r1, r2, r3 := "not finished within "+jsMax.String(), "—", "—", "—"
		if jerr == nil {
			jsMs := js.OfMs + js.ProofsMs
			jsCol = fmt.Sprintf("%.0f ms (of %.0f, proofs %.0f; CPU %.0f)", jsMs, js.OfMs, js.ProofsMs, js.CPUMs)
			r1, r2, r3 = fmt.Sprintf("%.0f×", jsMs/gs.Ms), fmt.Sprintf("%.0f×", jsMs/ga.Ms), fmt.Sprintf("%.0f×", js.CPUMs/ga.CPUMs)
			roots = roots && js.Root == ga.Root
			notes = append(notes, fmt.Sprintf("n=%d: node RSS %.0f MB", n, js.RSSMB))
		} else if !errors.Is(jctx.Err(), context.DeadlineExceeded) {
			return jerr
		}
		rootsCol := "identical"
		switch {
		case !roots:
			rootsCol = fmt.Sprintf("DIFFER go %s js %s", ga.Root, js.Root)
		case jerr != nil:
			rootsCol = "Go variants identical (no JS root)"
		}
		fmt.Printf("| %d | %s | %.0f ms (CPU %.0f) | %.0f ms (CPU %.0f) | %.0f ms (CPU %.0f) | %s | %s | %s | %s |\n",
			n, jsCol, gs.Ms, gs.CPUMs, ga.Ms, ga.CPUMs, gw.Ms, gw.CPUMs, r1, r2, r3, rootsCol)
		notes = append(notes, fmt.Sprintf("n=%d: Go peak RSS strings+AllProofs %.0f MB (%.0f MB before the tree), typed+AllProofs %.0f MB (%.0f), typed+WalkProofs %.0f MB (%.0f)",
			n, gs.PeakRSSMB, gs.BaseRSSMB, ga.PeakRSSMB, ga.BaseRSSMB, gw.PeakRSSMB, gw.BaseRSSMB))
		if !roots {
			return errors.New("roots differ")
		}
	}
	fmt.Println()
	for _, n := range notes {
		fmt.Println("- " + n)
	}
	fmt.Printf("\nload average at end %s\n", loadavg())
	return nil
}
