#!/usr/bin/env bash
# Signal benchmark: the original plan vs Webster on a 5-intersection arterial and a 4×4 grid, in flowsim and in
# SUMO, on the same network and demand (see bench/signals/README.md).
# Usage: bash bench/signals/run.sh [BIN_DIR]    (without BIN_DIR: builds flowsim into .build-tbench)
# Environment: CASES ("arterial grid"), ARTERIAL (700 veh/h per arterial direction), SIDE (200 veh/h per
#   side-street direction; the grid's rates are make_case.py's defaults),
#   PYTHON (python3), RESULTS_MD (bench/RESULTS.md; empty: do not write).
# Results: bench/out/signals/ (git-ignored). Exit 1 when the simulators rank original vs Webster differently.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
ARTERIAL=${ARTERIAL:-700}
SIDE=${SIDE:-200}
CASES=${CASES:-arterial grid}
RESULTS_MD=${RESULTS_MD-bench/RESULTS.md}
HERE=bench/signals
OUT=$ROOT/bench/out/signals
rm -rf "$OUT"
mkdir -p "$OUT"

source bench/tools.sh
use_sumo "$PYTHON"
SUMO=$SUMO_HOME/bin/sumo
export PATH=$SUMO_HOME/bin:$PATH  # netconvert, netgenerate for make_case.py
use_flowsim "$@"

run_case() {  # CASE: original plan vs Webster (flowsim's and SUMO's), each plan in both simulators
  local case=$1 dir=$OUT/$1
  mkdir -p "$dir"
  echo "== $case: network and demand"
  "$PYTHON" $HERE/make_case.py "$case" "$dir" --arterial "$ARTERIAL" --side "$SIDE"
  local net=$dir/case.net.xml rou=$dir/case.rou.xml
  echo "== $case: flowsim original plan, and its Webster proposal (signals optimize)"
  "$FLOWSIM" run --net "$net" --routes "$rou" --out "$dir/flowsim-original" >"$dir/flowsim-original.log"
  "$FLOWSIM" signals optimize --net "$net" --routes "$rou" --method webster --out "$dir/flowsim-plans" \
    >"$dir/flowsim-plans.log"
  "$PYTHON" $HERE/splice_tls.py "$net" "$dir/flowsim-plans/tlLogic.proposed.xml" "$dir/flowsim-webster.net.xml"
  "$FLOWSIM" run --net "$dir/flowsim-webster.net.xml" --routes "$rou" --out "$dir/flowsim-webster" \
    >"$dir/flowsim-webster.log"
  echo "== $case: SUMO's tlsCycleAdaptation.py (Webster) on the same routes"
  "$PYTHON" "$SUMO_HOME/tools/tlsCycleAdaptation.py" -n "$net" -r "$rou" -b 0 -o "$dir/sumo-webster.add.xml" \
    >"$dir/tlsCycleAdaptation.log" 2>&1
  "$PYTHON" $HERE/splice_tls.py "$net" "$dir/sumo-webster.add.xml" "$dir/sumo-webster.net.xml"
  "$FLOWSIM" run --net "$dir/sumo-webster.net.xml" --routes "$rou" --out "$dir/flowsim-sumo-webster" \
    >"$dir/flowsim-sumo-webster.log"
  echo "== $case: SUMO runs"
  run_sumo "$dir" sumo-original
  run_sumo "$dir" sumo-flowsim-webster -a "$dir/flowsim-plans/tlLogic.proposed.xml"
  run_sumo "$dir" sumo-sumo-webster -a "$dir/sumo-webster.add.xml"
}

run_sumo() {  # DIR NAME [extra args]
  local dir=$1 name=$2; shift 2
  "$SUMO" -n "$dir/case.net.xml" -r "$dir/case.rou.xml" "$@" --tripinfo-output "$dir/$name.trip.xml" \
    --no-step-log true --duration-log.statistics true >"$dir/$name.log" 2>&1
}

for case in $CASES; do run_case "$case"; done

MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"); shared with other builds."
VERSIONS="flowsim $(git rev-parse --short HEAD); $("$SUMO" --version | head -1); Python $("$PYTHON" --version | cut -d' ' -f2)."
"$PYTHON" $HERE/report.py "$OUT" $CASES --results-md "$RESULTS_MD" --command "bash bench/signals/run.sh ${1:-}" \
  --setup "CASES=$CASES, ARTERIAL=$ARTERIAL, SIDE=$SIDE, $(date -u +%Y-%m-%dT%H:%MZ)" --machine "$MACHINE" --versions "$VERSIONS"
