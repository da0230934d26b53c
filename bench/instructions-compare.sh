#!/usr/bin/env bash
# Instruction counts of two builds on the jobs of speed-compare.sh, with valgrind's callgrind: repeatable to
# a few hundredths of a percent on the same machine whatever else it is doing, so it settles differences that
# wall times on a shared 2-core machine cannot (e.g. a refactor that must not lose speed).
#   berlin   flowsim run on Berlin-Adlershof (as bench/traffic/run.sh)
#   grid     flowsim grid --size 11 --link-length 1000 --demand-duration 7200 --rate 200
#   batch    parcelcheck batch over bench/data/batch.gpkg with --jobs 1 (callgrind runs threads one at a time)
#   single   parcelcheck --flurstueck "Lüneburg 12 45/3"
#   parking  flowsim parking sample-data/lueneburg-parking.json --no-curve (the demo's parking study)
# Usage: bash bench/instructions-compare.sh BIN_A BIN_B      (JOBS="berlin grid batch single parking" to choose)
# Valgrind cannot read the DWARF of the statically linked Swift runtime, so each binary is copied with
# `strip -g` first (symbols stay, so `callgrind_annotate OUT/callgrind-JOB-{A,B}.out` shows functions).
# Installs valgrind (Debian) when missing; inputs as speed-compare.sh (`compare-outputs.sh --inputs`).
# Takes about 3 minutes for the four jobs and two builds (the batch is most of it).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }
JOBS=${JOBS:-berlin grid batch single parking}
OUT=${INSTRUCTIONS_OUT:-bench/out/instructions-compare}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
command -v valgrind >/dev/null || $SUDO apt-get install -y -qq valgrind >/dev/null
bash bench/compare-outputs.sh --inputs "$1"
BERLIN=${COMPARE_INPUTS:-bench/out/compare-inputs}/berlin
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for side in A B; do
  bin=$([ $side = A ] && echo "$1" || echo "$2")
  mkdir -p "$TMP/$side"
  for exe in flowsim parcelcheck; do strip -g -o "$TMP/$side/$exe" "$bin/$exe"; done
done
command_for() {  # JOB BIN_DIR SIDE
  case "$1" in
    berlin) echo "$2/flowsim run --net $BERLIN/osm.net.xml --routes $BERLIN/trips.rou.xml --duration 5400 --out $TMP/$3-berlin" ;;
    grid)   echo "$2/flowsim grid --size 11 --link-length 1000 --demand-duration 7200 --rate 200 --out $TMP/$3-grid" ;;
    batch)  echo "$2/parcelcheck batch --catalog bench/batch-catalog.yaml --jobs 1 --out $TMP/$3-batch.csv" ;;
    single) echo "$2/parcelcheck --flurstueck Lüneburg\\ 12\\ 45/3" ;;
    parking) echo "$2/flowsim parking sample-data/lueneburg-parking.json --no-curve --out $TMP/$3-parking" ;;
  esac
}
count() {  # JOB SIDE → instructions
  local cmd
  cmd=$(command_for "$1" "$TMP/$2" "$2")
  eval valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind-$1-$2.out" "$cmd" >/dev/null 2>"$OUT/callgrind-$1-$2.log" || true
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$OUT/callgrind-$1-$2.log"
}
printf '%-8s %16s %16s %10s\n' job "A instructions" "B instructions" "B/A"
for job in $JOBS; do
  a=$(count "$job" A)
  b=$(count "$job" B)
  [ -n "$a" ] && [ -n "$b" ] || { echo "$job: callgrind failed, see $OUT/callgrind-$job-*.log" >&2; exit 1; }
  printf '%-8s %16s %16s %10s\n' "$job" "$a" "$b" "$(python3 -c "print(f'{$b/$a:.4f}')")"
done
