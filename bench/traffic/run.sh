#!/usr/bin/env bash
# flowsim against SUMO (microscopic) and UXsim (mesoscopic, C++ and Python engines), same network and demand,
# in one run (see bench/traffic/README.md):
#   grid     11×11 signalised grid, 1000 m single-lane links at 50 km/h, RATE veh/h from each of the 44 entries
#            for 2 h (below capacity), 3 h simulated; SUMO gets flowsim's exact trips, UXsim the same flows.
#   grid-congested   the same at CONGESTED_RATE (flowsim and UXsim; SUMO only with CONGESTED_SUMO=1, it takes
#            10+ minutes there; SUMO then uses its own Poisson flows because flowsim's tripinfo lacks the
#            unfinished trips).
#   berlin   SUMO's Berlin-Adlershof network (tools/game/DRT/osm.net.xml), randomTrips.py demand for 1 h at one
#            trip every PERIOD s (seed 42, --validate), 1.5 h simulated; UXsim on a converted copy (no signals,
#            no turn restrictions: see sumo_uxsim.py).
# Usage: bash bench/traffic/run.sh [BIN_DIR]      (without BIN_DIR: builds flowsim into .build-tbench)
# Environment: RATE (200), CONGESTED_RATE (300), CONGESTED_SUMO (0), PERIOD (2), UXSIM_PYTHON (1: also run
#   UXsim's Python engine on the grid), PYTHON (python3), RESULTS_MD (bench/RESULTS.md; empty: do not write).
# Results: bench/out/traffic/ (git-ignored); the table is printed and written as the "flowsim" section of
# RESULTS_MD (only that section is replaced). Missed targets are reported, not fatal.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
RATE=${RATE:-200}
CONGESTED_RATE=${CONGESTED_RATE:-300}
CONGESTED_SUMO=${CONGESTED_SUMO:-0}
PERIOD=${PERIOD:-2}
UXSIM_PYTHON=${UXSIM_PYTHON:-1}
RESULTS_MD=${RESULTS_MD-bench/RESULTS.md}
HERE=bench/traffic
OUT=$ROOT/bench/out/traffic
RUNS=$OUT/runs
rm -rf "$OUT"
mkdir -p "$RUNS"

# --- tools ------------------------------------------------------------------------------------------------
source bench/tools.sh
use_sumo "$PYTHON" uxsim
SUMO=$SUMO_HOME/bin/sumo
use_flowsim "$@"

now() { date +%s.%N; }
elapsed() { "$PYTHON" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$(now)"; }
collect() { "$PYTHON" $HERE/collect.py "$@"; }

run_flowsim() {  # name scenario tool note -- flowsim args…
  local name=$1 scen=$2 tool=$3 note=$4; shift 5
  echo "== $scen: $tool"
  local t0; t0=$(now)
  "$FLOWSIM" "$@" --out "$OUT/$name" >"$OUT/$name.log" 2>&1 || echo "   (flowsim exit $?: see $OUT/$name.log)"
  local wall; wall=$(elapsed "$t0")
  collect flowsim "$OUT/$name" --scenario "$scen" --tool "$tool" --process-wall "$wall" --note "$note" >"$RUNS/$name.json"
}

run_sumo() {  # name scenario note dir net routes end
  local name=$1 scen=$2 note=$3 dir=$4 net=$5 routes=$6 end=$7
  echo "== $scen: SUMO micro"
  local t0; t0=$(now)
  (cd "$dir" && "$SUMO" -n "$net" -r "$routes" --end "$end" --no-step-log --duration-log.statistics \
    --no-warnings --tripinfo-output "$OUT/$name.tripinfo.xml" --tripinfo-output.write-unfinished \
    --statistic-output "$OUT/$name.stats.xml" >"$OUT/$name.log" 2>&1)
  local wall; wall=$(elapsed "$t0")
  collect sumo "$OUT/$name.stats.xml" "$OUT/$name.tripinfo.xml" --scenario "$scen" --tool "SUMO micro" \
    --process-wall "$wall" --note "$note" >"$RUNS/$name.json"
}

run_uxsim() {  # name scenario tool note -- script args…
  local name=$1 scen=$2 tool=$3 note=$4; shift 5
  echo "== $scen: $tool"
  local t0; t0=$(now)
  "$PYTHON" "$@" >"$OUT/$name.out" 2>"$OUT/$name.log"
  local wall; wall=$(elapsed "$t0")
  collect uxsim "$OUT/$name.out" --scenario "$scen" --tool "$tool" --process-wall "$wall" --note "$note" >"$RUNS/$name.json"
}

# 2 h of demand, 4 h simulated: with the left turns giving way to opposing traffic some trips need more than the
# hour after the demand (SUMO gets the same end; grid_to_sumo needs every trip of flowsim's run finished).
GRID=(--size 11 --link-length 1000 --demand-duration 7200 --duration 14400)

# --- grid, below capacity ----------------------------------------------------------------------------------
S="grid R=$RATE"
"$FLOWSIM" grid "${GRID[@]}" --rate "$RATE" --write-scenario "$OUT/grid-scenario" >/dev/null
run_flowsim 1-grid-flowsim "$S" "flowsim" "" -- grid "${GRID[@]}" --rate "$RATE"
"$PYTHON" $HERE/grid_to_sumo.py "$OUT/grid-scenario" --out "$OUT/grid-sumo" --demand trips --flowsim-run "$OUT/1-grid-flowsim"
run_sumo 2-grid-sumo "$S" "flowsim's exact trips (scheduled departures), tlLogic from flowsim's plans" \
  "$OUT/grid-sumo" grid.net.xml grid.rou.xml 14400
run_uxsim 3-grid-uxcpp1 "$S" "UXsim C++ deltan=1" "individual vehicles; constant-rate demand" -- \
  $HERE/grid_uxsim.py "$OUT/grid-scenario" --cpp --deltan 1
run_uxsim 4-grid-uxcpp5 "$S" "UXsim C++ deltan=5" "platoons of 5 (UXsim default)" -- \
  $HERE/grid_uxsim.py "$OUT/grid-scenario" --cpp --deltan 5
if [ "$UXSIM_PYTHON" = 1 ]; then
  run_uxsim 5-grid-uxpy5 "$S" "UXsim Python deltan=5" "platoons of 5 (UXsim default)" -- \
    $HERE/grid_uxsim.py "$OUT/grid-scenario" --deltan 5
fi

# --- grid, congested -----------------------------------------------------------------------------------------
S="grid R=$CONGESTED_RATE (congested)"
"$FLOWSIM" grid "${GRID[@]}" --rate "$CONGESTED_RATE" --write-scenario "$OUT/gridc-scenario" >/dev/null
run_flowsim 6-gridc-flowsim "$S" "flowsim" "" -- grid "${GRID[@]}" --rate "$CONGESTED_RATE"
"$PYTHON" -c 'import json, sys; s = json.load(open(sys.argv[1])); s["rerouting_interval_s"] = 300; json.dump(s, open(sys.argv[2], "w"))' \
  "$OUT/gridc-scenario/scenario.json" "$OUT/gridc-scenario/scenario-reroute.json"
run_flowsim 6b-gridc-flowsim-rr "$S" "flowsim, re-routing 300 s" "en-route re-routing every 300 s (scenario key rerouting_interval_s; flowsim grid has no option for it)" -- \
  run "$OUT/gridc-scenario/scenario-reroute.json"
run_uxsim 7-gridc-uxcpp1 "$S" "UXsim C++ deltan=1" "individual vehicles" -- \
  $HERE/grid_uxsim.py "$OUT/gridc-scenario" --cpp --deltan 1
run_uxsim 8-gridc-uxcpp5 "$S" "UXsim C++ deltan=5" "" -- \
  $HERE/grid_uxsim.py "$OUT/gridc-scenario" --cpp --deltan 5
if [ "$CONGESTED_SUMO" = 1 ]; then
  "$PYTHON" $HERE/grid_to_sumo.py "$OUT/gridc-scenario" --out "$OUT/gridc-sumo" --demand flows
  run_sumo 9-gridc-sumo "$S" "SUMO's own Poisson flows (period=exp(λ))" "$OUT/gridc-sumo" grid.net.xml grid.rou.xml 14400
fi

# --- Berlin-Adlershof ----------------------------------------------------------------------------------------
S="Berlin-Adlershof"
B=$OUT/berlin
mkdir -p "$B"
cp "$SUMO_HOME/tools/game/DRT/osm.net.xml" "$B/"
echo "== $S: randomTrips.py -p $PERIOD"
(cd "$B" && "$PYTHON" "$SUMO_HOME/tools/randomTrips.py" -n osm.net.xml -e 3600 -p "$PERIOD" --seed 42 --validate \
  -o trips.rou.xml >randomTrips.log 2>&1)
run_flowsim a-berlin-flowsim "$S" "flowsim" "SUMO net and trips imported by flowsim" -- \
  run --net "$B/osm.net.xml" --routes "$B/trips.rou.xml" --duration 5400
run_sumo b-berlin-sumo "$S" "randomTrips.py -e 3600 -p $PERIOD --seed 42 --validate" "$B" osm.net.xml trips.rou.xml 5400
run_uxsim c-berlin-uxcpp1 "$S" "UXsim C++ deltan=1" "converted net: no signals, no turn restrictions; trips on dropped edges skipped" -- \
  $HERE/sumo_uxsim.py "$B/osm.net.xml" "$B/trips.rou.xml" --cpp --deltan 1 --duration 5400
"$PYTHON" - "$OUT/c-berlin-uxcpp1.out" <<'EOF'
import json, sys
u = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
print(f"   UXsim conversion: {u['nodes']} nodes, {u['links']} links, {u['trips_added']} trips, {u['trips_skipped']} skipped")
EOF

# --- report --------------------------------------------------------------------------------------------------
FLOWSIM_COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git status --porcelain -- Sources Package.swift 2>/dev/null | wc -l)
[ "$DIRTY" -gt 0 ] && FLOWSIM_COMMIT="$FLOWSIM_COMMIT + $DIRTY uncommitted source files"
# A given BIN_DIR may hold a binary built from another state of the tree: say so.
[ $# -ge 1 ] && FLOWSIM_COMMIT="binary from $1 built $(date -u -r "$FLOWSIM" +%Y-%m-%dT%H:%MZ); tree at run time $FLOWSIM_COMMIT"
{
  echo "Command: \`bash bench/traffic/run.sh${1:+ $1}\` (RATE=$RATE, CONGESTED_RATE=$CONGESTED_RATE, CONGESTED_SUMO=$CONGESTED_SUMO, PERIOD=$PERIOD), $(date -u +%Y-%m-%dT%H:%MZ)."
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"); shared with other builds."
  echo "Versions: flowsim $FLOWSIM_COMMIT; $("$SUMO" --version | head -1); UXsim $("$PYTHON" -c 'import uxsim; print(uxsim.__version__)'); $("$PYTHON" --version)."
  echo
  echo "Process wall = whole process (loading, building, writing outputs); sim wall = simulation loop as each tool reports it (flowsim wall_time_s, SUMO clockDuration, UXsim exec_simulation). veh-s / wall-s uses sim wall. Ratios: speed = reference process wall ÷ this process wall; trips and TT as relative difference."
} >"$OUT/header.md"
RESULTS_ARGS=()
[ -n "$RESULTS_MD" ] && RESULTS_ARGS=(--results-md "$RESULTS_MD" --header "$OUT/header.md" --footer "$HERE/NOTES.md")
echo
"$PYTHON" $HERE/report.py "$RUNS" "${RESULTS_ARGS[@]}"
