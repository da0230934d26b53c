#!/usr/bin/env bash
# Calibration benchmark: flowsim calibrate and SUMO's routeSampler on the same counts from a SUMO truth run on
# Berlin-Adlershof, judged by GEH on counted and held-out edges (see bench/calibration/README.md).
# Usage: bash bench/calibration/run.sh [BIN_DIR]   (without BIN_DIR: builds flowsim into .build-tbench)
# Environment: PERIODS ("2 1": randomTrips -p, i.e. 1800 and 3600 trips in the hour), PYTHON (python3),
#   CALIBRATE_ARGS (extra `flowsim calibrate` arguments for both modes, e.g. "--indifference 0.1"),
#   RESULTS_MD (bench/RESULTS.md; empty: do not write), REROUTING (0; 1: every SUMO run, truth and judging,
#   gives its vehicles rerouting devices, a congestion-aware truth; cases in p<P>-rerouting, RESULTS.md not
#   written).
# Results: bench/out/calibration/p<P>/results.json (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
PERIODS=${PERIODS:-2 1}
REROUTING=${REROUTING:-0}
if [ "$REROUTING" = 1 ]; then
  # the "Calibration" section of RESULTS.md holds the default cases; rerouting results stay in results.json
  RESULTS_MD=""
fi
RESULTS_MD=${RESULTS_MD-bench/RESULTS.md}
OUT=$ROOT/bench/out/calibration
mkdir -p "$OUT"

source bench/tools.sh
use_sumo "$PYTHON"
export PATH=$SUMO_HOME/bin:$PATH
use_flowsim "$@"

outs=()
for p in $PERIODS; do
  echo "== randomTrips -p $p: truth, counts, prior, flowsim calibrate (both route-choice modes), routeSampler, SUMO runs"
  case=p$p
  flags=()
  if [ "$REROUTING" = 1 ]; then case=p$p-rerouting; flags=(--rerouting); fi
  rm -rf "$OUT/$case"
  "$PYTHON" bench/calibration/bench.py "$FLOWSIM" "$OUT/$case" --period "$p" ${flags[@]+"${flags[@]}"} >/dev/null
  outs+=("$OUT/$case")
done
if [ -n "$RESULTS_MD" ]; then
  "$PYTHON" bench/calibration/report.py "${outs[@]}" --results-md "$RESULTS_MD" \
    --command "bash bench/calibration/run.sh ${1:-}"
  echo "== written: $RESULTS_MD, section \"Calibration\""
fi
