#!/usr/bin/env bash
# Regenerates bindings/<pkg>/<pkg>.go (abigen v2, from our go.mod's go-ethereum) for every
# contract from a fresh forge build. bindings/fresh_test.go checks the result is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
node_modules/.bin/forge build
go run ./bindings/internal/gen/regen out bindings
