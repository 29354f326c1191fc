#!/usr/bin/env bash
# The indexer beside its peers on one anvil chain: fetching alone, `royalty
# index` with default flags into SQLite and PostgreSQL, and Ponder 0.16 (PGlite
# and PostgreSQL) on the same blocks; checks that each stored the same transfer
# rows and prints a markdown table of median wall times, ratios to fetching
# alone and peak RSS (docs/benchmarks.md, section indexer).
# Ponder is installed from npm into a scratch directory outside the repo (it is
# not a dependency of the project; CI never installs it), with telemetry off;
# it talks only to the local anvil.
# Usage: scripts/bench-indexer.sh [-logs 100000] [-per-block 2000] [-rounds 3] [-no-ponder]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export PATH="$root/node_modules/.bin:$PATH"
# shellcheck source=scripts/pg.sh
source scripts/pg.sh
pg_ensure >/dev/null

ponder_version=0.16.10
args=()
ponder=yes
for a in "$@"; do
	if [ "$a" = "-no-ponder" ]; then ponder=no; else args+=("$a"); fi
done

work="${TMPDIR:-/tmp}/bench-indexer.$$"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
go build -o "$work/royalty" ./cmd/royalty
go build -o "$work/benchindexer" ./scripts/benchindexer

ponder_dir=""
if [ "$ponder" = yes ]; then
	ponder_dir="${PONDER_DIR:-${TMPDIR:-/tmp}/ponder-bench-$ponder_version}"
	if [ ! -x "$ponder_dir/node_modules/.bin/ponder" ]; then
		mkdir -p "$ponder_dir"
		cat >"$ponder_dir/package.json" <<JSON
{ "name": "ponder-bench", "private": true, "type": "module",
  "dependencies": { "ponder": "$ponder_version", "viem": "2.x", "hono": "4.x" } }
JSON
		(cd "$ponder_dir" && npm install --no-audit --no-fund --loglevel=error)
	fi
fi
export PONDER_TELEMETRY_DISABLED=true
"$work/benchindexer" -royalty "$work/royalty" -pg "$ROYALTY_TEST_PG_DSN" -ponder "$ponder_dir" ${args[@]+"${args[@]}"}
