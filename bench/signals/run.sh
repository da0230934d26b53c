#!/usr/bin/env bash
# Signal benchmark: the original plan vs Webster on a 5-intersection arterial, in flowsim and in SUMO, on the
# same network and demand (see bench/signals/README.md).
# Usage: bash bench/signals/run.sh [BIN_DIR]    (without BIN_DIR: builds flowsim into .build-tbench)
# Environment: ARTERIAL (700 veh/h per arterial direction), SIDE (200 veh/h per side-street direction),
#   PYTHON (python3), RESULTS_MD (bench/RESULTS.md; empty: do not write).
# Results: bench/out/signals/ (git-ignored). Exit 1 when the simulators rank original vs Webster differently.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
ARTERIAL=${ARTERIAL:-700}
SIDE=${SIDE:-200}
RESULTS_MD=${RESULTS_MD-bench/RESULTS.md}
HERE=bench/signals
OUT=$ROOT/bench/out/signals
rm -rf "$OUT"
mkdir -p "$OUT"

if ! "$PYTHON" -c 'import sumo' 2>/dev/null; then
  echo "== installing eclipse-sumo (pip; benchmark only)"
  "$PYTHON" -m pip install -q eclipse-sumo
fi
. bench/lib.sh
sumo_home
export PATH=$SUMO_HOME/bin:$PATH  # netconvert for make_arterial.py
flowsim_binary "$OUT" "$@"

echo "== network and demand"
"$PYTHON" $HERE/make_arterial.py "$OUT" --arterial "$ARTERIAL" --side "$SIDE"
NET=$OUT/arterial.net.xml
ROU=$OUT/arterial.rou.xml

echo "== flowsim: original plan, and its Webster proposal (signals optimize simulates both)"
"$FLOWSIM" run --net "$NET" --routes "$ROU" --out "$OUT/flowsim-original" >"$OUT/flowsim-original.log"
"$FLOWSIM" signals optimize --net "$NET" --routes "$ROU" --method webster --out "$OUT/flowsim-plans" \
  >"$OUT/flowsim-plans.log"
"$PYTHON" $HERE/splice_tls.py "$NET" "$OUT/flowsim-plans/tlLogic.proposed.xml" "$OUT/flowsim-webster.net.xml"
"$FLOWSIM" run --net "$OUT/flowsim-webster.net.xml" --routes "$ROU" --out "$OUT/flowsim-webster" >"$OUT/flowsim-webster.log"

echo "== SUMO: tlsCycleAdaptation.py (Webster) on the same routes"
"$PYTHON" "$SUMO_HOME/tools/tlsCycleAdaptation.py" -n "$NET" -r "$ROU" -b 0 -o "$OUT/sumo-webster.add.xml" \
  >"$OUT/tlsCycleAdaptation.log" 2>&1
"$PYTHON" $HERE/splice_tls.py "$NET" "$OUT/sumo-webster.add.xml" "$OUT/sumo-webster.net.xml"
"$FLOWSIM" run --net "$OUT/sumo-webster.net.xml" --routes "$ROU" --out "$OUT/flowsim-sumo-webster" \
  >"$OUT/flowsim-sumo-webster.log"

echo "== SUMO runs"
run_sumo() {  # name [extra args]
  local name=$1; shift
  "$SUMO" -n "$NET" -r "$ROU" "$@" --tripinfo-output "$OUT/$name.trip.xml" --no-step-log true \
    --duration-log.statistics true >"$OUT/$name.log" 2>&1
}
run_sumo sumo-original
run_sumo sumo-flowsim-webster -a "$OUT/flowsim-plans/tlLogic.proposed.xml"
run_sumo sumo-sumo-webster -a "$OUT/sumo-webster.add.xml"

MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"); shared with other builds."
VERSIONS="flowsim $(git rev-parse --short HEAD); $("$SUMO" --version | head -1); Python $("$PYTHON" --version | cut -d' ' -f2)."
"$PYTHON" $HERE/report.py "$OUT" --results-md "$RESULTS_MD" --command "bash bench/signals/run.sh ${1:-}" \
  --setup "ARTERIAL=$ARTERIAL, SIDE=$SIDE, $(date -u +%Y-%m-%dT%H:%MZ)" --machine "$MACHINE" --versions "$VERSIONS"
