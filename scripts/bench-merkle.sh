#!/usr/bin/env bash
# Times the Go merkle package beside @openzeppelin/merkle-tree (node) on the
# same distributor leaves in one run; prints a markdown table of times, ratios,
# peak memory and whether the roots are identical (docs/benchmarks.md, "merkle").
# Usage: scripts/bench-merkle.sh [-sizes 10000,100000,1000000] [-js-timeout 5m]
set -euo pipefail
cd "$(dirname "$0")/.."
go build -o "${TMPDIR:-/tmp}/benchmerkle.$$" ./scripts/benchmerkle
trap 'rm -f "${TMPDIR:-/tmp}/benchmerkle.$$"' EXIT
"${TMPDIR:-/tmp}/benchmerkle.$$" "$@"
