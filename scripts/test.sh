#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what it needs, then runs
# every test of the project. Safe to run again; leaves no server it did not find
# running... except a private PostgreSQL it had to start, which it stops on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }

step "npm packages (Foundry, solc-js, OpenZeppelin)"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
export PATH="$root/node_modules/.bin:$PATH"

step "Chromium (Debian's package, for the holder page test in a real browser)"
bash scripts/chromium.sh

step "Go modules"
go mod download

step "PostgreSQL"
# shellcheck source=scripts/pg.sh
source scripts/pg.sh
pg_ensure
echo "ROYALTY_TEST_PG_DSN=$ROYALTY_TEST_PG_DSN"

step "forge build"
forge build

step "forge test, with the committed gas snapshot checked (.gas-snapshot)"
forge snapshot --check

step "go vet"
go vet ./...

step "go test"
go test -count=1 -timeout 20m ./...

step "done"
