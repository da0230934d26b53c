#!/usr/bin/env bash
# make fuzz: builds the fuzz harness (libFuzzer, every module compiled with -sanitize=fuzzer) and runs each
# target for FUZZ_SECONDS (default 60), continuing after a finding so one run collects them all.
#
#   bash bench/fuzz/run.sh                         # all targets, 60 s each
#   FUZZ_SECONDS=600 FUZZ_TARGETS="xplan wkt" bash bench/fuzz/run.sh
#   bench/fuzz/replay.sh sumo-net bench/out/fuzz/findings/sumo-net/crash-…   # one input again, with the stack
#
# Prints one line per target (runs, coverage, corpus, findings) and exits 1 if anything was found. Findings
# (crash-*, timeout-*, oom-*) land in bench/out/fuzz/findings/TARGET/; the corpus grows in
# bench/out/fuzz/corpus/TARGET/ and is reused by the next run.
set -uo pipefail
cd "$(dirname "$0")/../.."
export PATH=/opt/swift/usr/bin:$PATH
SECONDS_EACH="${FUZZ_SECONDS:-60}"
# Swift's own crash handler would take the signal first and libFuzzer would never save the input.
export SWIFT_BACKTRACE=enable=no
TARGETS="${FUZZ_TARGETS:-parcel-id wkt geojson catalog scenario sumo-net sumo-routes xplan area-kernel}"
OUT=bench/out/fuzz
BIN=.build-fuzz/release/fuzz-targets

echo "== building the fuzz harness (release, -sanitize=fuzzer; first build takes a few minutes)"
GEOTRAFFIC_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product fuzz-targets -Xswiftc -sanitize=fuzzer \
  || { echo "fuzz: build failed"; exit 2; }
bash bench/fuzz/seeds.sh "$OUT/seeds" || exit 2

found=0
printf '%-12s %10s %8s %8s %9s  %s\n' target runs cov corpus findings seconds
for t in $TARGETS; do
  case "$t" in
    xplan|sumo-net|scenario|catalog) max_len=200000 ;;
    *) max_len=8192 ;;
  esac
  mkdir -p "$OUT/corpus/$t" "$OUT/findings/$t"
  start=$(date +%s)
  FUZZ_TARGET="$t" FUZZ_FIXTURES="$PWD" "$BIN" "$OUT/corpus/$t" "$OUT/seeds/$t" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=4096 -malloc_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="$OUT/findings/$t/" >"$OUT/$t.log" 2>&1
  elapsed=$(( $(date +%s) - start ))
  stats=$(grep -E '^#[0-9]+: cov: ' "$OUT/$t.log" | tail -1)
  cov=$(sed -nE 's/^#[0-9]+: cov: ([0-9]+).*/\1/p' <<<"$stats")
  corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$stats")
  total=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$stats")
  findings=$(find "$OUT/findings/$t" -type f | wc -l)
  [ "$findings" -gt 0 ] && found=1
  printf '%-12s %10s %8s %8s %9s  %s\n' "$t" "${total:-?}" "${cov:-?}" "${corp:-?}" "$findings" "$elapsed"
done
echo "logs: $OUT/TARGET.log; findings: $OUT/findings/"
exit "$found"
