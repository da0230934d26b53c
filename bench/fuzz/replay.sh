#!/usr/bin/env bash
# Runs one input through a fuzz target again and shows what happens (the stack for a crash).
# Usage: bench/fuzz/replay.sh TARGET FILE…   (after bench/fuzz/run.sh built the harness)
set -uo pipefail
T="${1:?usage: replay.sh TARGET FILE…}"; shift
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# Swift's backtracer prints the stack of a crash; libFuzzer then only reports the signal.
SWIFT_BACKTRACE=enable=yes FUZZ_TARGET="$T" FUZZ_FIXTURES="$ROOT" "$ROOT/.build-fuzz/release/fuzz-targets" -runs=1 "$@"
