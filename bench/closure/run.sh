#!/usr/bin/env bash
# Closure benchmark (issue 15, verification): one road closure in the SUMO truth of bench/calibration and in the
# flowsim model calibrated to its counts; the diverted flows compared edge by edge (bench/closure/closure.py).
# Usage: bash bench/closure/run.sh [BIN_DIR]   (without BIN_DIR: builds flowsim into .build-tbench)
# Environment: PERIOD (1: randomTrips -p 1, 3600 trips in the hour), PYTHON (python3), REUSE (1: keep a finished
#   calibration case in bench/out/calibration/p<PERIOD>).
# Results: bench/out/calibration/p<PERIOD>/closure.json (git-ignored), printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
PERIOD=${PERIOD:-1}
REUSE=${REUSE:-1}
CASE=$ROOT/bench/out/calibration/p$PERIOD
OUT=$ROOT/bench/out/closure
mkdir -p "$OUT"

source bench/tools.sh
use_sumo "$PYTHON"
export PATH=$SUMO_HOME/bin:$PATH
use_flowsim "$@"

if [ "$REUSE" != 1 ] || [ ! -s "$CASE/flowsim-calibrate-equilibrium/calibrated.rou.xml" ]; then
  echo "== calibration case randomTrips -p $PERIOD (bench/calibration/bench.py)"
  rm -rf "$CASE"
  "$PYTHON" bench/calibration/bench.py "$FLOWSIM" "$CASE" --period "$PERIOD" >/dev/null
fi
echo "== closure: SUMO truth and calibrated flowsim"
"$PYTHON" bench/closure/closure.py "$FLOWSIM" "$CASE"
