#!/usr/bin/env bash
# City scale (issue 15, "Scale"): a 24 h day with 300 000 car trips on a 10 200-link network, flowsim against SUMO
# meso (`--mesosim`, the peer a SUMO user picks for speed) and, with MICRO=1, SUMO micro, same net and trips, in
# one run. Whole-process wall time and peak memory (GNU time), arrivals and mean travel time.
#   net    netgenerate --grid --grid.number 51 --grid.length 200 (51 x 51 junctions, 200 m blocks, one lane per
#          direction, every junction a traffic light netconvert times itself): 10 200 edges
#   trips  randomTrips.py -e 86400 -p 0.288 --seed 42 --no-validate (300 000 trips over the day,
#          uniform; SUMO routes them itself at departure, flowsim routes them with its own router)
# Usage: bash bench/scale/run.sh [BIN_DIR]      (without BIN_DIR: builds flowsim into .build-tbench)
# With CALIBRATE=1 (default) also two `flowsim calibrate` runs of ITERATIONS (20) iterations on counts on every
# 10th link per 15 min (from flowsim's own run; accuracy is bench/calibration's subject): the trips themselves as
# prior (it meets its counts, so route choice pulls away from them and most iterations are dropped: the cheap
# case) and every other trip as prior (the counts ask for twice the demand, so iterations are kept: the costly
# case); whole-process time, time per kept and per dropped iteration (from the progress lines).
# Environment: FLOWSIM_RUNS (3), MICRO (0), CALIBRATE (1), ITERATIONS (20), GRID (51), TRIPS_PERIOD (0.288),
#   MESO_TIMEOUT (2400 s: SUMO meso stopped after that; the speed-up is then a lower bound), NICE (10),
#   PYTHON (python3).
# Results: bench/out/scale/ (git-ignored): results.json, table.md, logs. Target (issue 15): flowsim >= 10x faster
# than SUMO meso for the whole process; missed targets are reported, not fatal.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
FLOWSIM_RUNS=${FLOWSIM_RUNS:-3}
MICRO=${MICRO:-0}
CALIBRATE=${CALIBRATE:-1}
ITERATIONS=${ITERATIONS:-20}
MESO_TIMEOUT=${MESO_TIMEOUT:-2400}
GRID=${GRID:-51}
TRIPS_PERIOD=${TRIPS_PERIOD:-0.288}
NICE=${NICE:-10}
OUT=$ROOT/bench/out/scale
mkdir -p "$OUT"
source bench/tools.sh
use_sumo "$PYTHON"
use_flowsim "$@"
SUMO=$SUMO_HOME/bin/sumo
cd "$OUT"

if [ ! -s grid.net.xml ] || [ "$(cat grid.args 2>/dev/null)" != "$GRID" ]; then
  echo "== net: ${GRID} x ${GRID} grid"
  "$SUMO_HOME/bin/netgenerate" --grid --grid.number "$GRID" --grid.length 200 --default.lanenumber 1 \
    --default-junction-type traffic_light -o grid.net.xml >netgenerate.log 2>&1
  echo "$GRID" >grid.args
  rm -f trips.rou.xml
fi
if [ ! -s trips.rou.xml ] || [ "$(cat trips.args 2>/dev/null)" != "$TRIPS_PERIOD" ]; then
  echo "== trips: one every $TRIPS_PERIOD s for 24 h"
  "$PYTHON" "$SUMO_HOME/tools/randomTrips.py" -n grid.net.xml -e 86400 -p "$TRIPS_PERIOD" --seed 42 \
    --no-validate -o trips.rou.xml >randomTrips.log 2>&1
  echo "$TRIPS_PERIOD" >trips.args
fi

# timed NAME command…: GNU time of the whole process: NAME.time holds "wall_s peak_kb exit"
timed() {
  local name=$1
  shift
  local rc=0
  nice -n "$NICE" /usr/bin/time -f "%e %M" -o "$name.time.tmp" "$@" >"$name.log" 2>&1 || rc=$?
  echo "$(cat "$name.time.tmp" | tail -1) $rc" >"$name.time"
  rm -f "$name.time.tmp"
  echo "   $name: $(cut -d' ' -f1 "$name.time") s, $(cut -d' ' -f2 "$name.time") KB peak, exit $rc"
}

END=90000
for i in $(seq 1 "$FLOWSIM_RUNS"); do
  echo "== flowsim run $i of $FLOWSIM_RUNS"
  timed "flowsim-$i" "$FLOWSIM" run --net grid.net.xml --routes trips.rou.xml --duration "$END" --out flowsim --no-map
done
echo "== SUMO meso"
timed meso timeout "$MESO_TIMEOUT" "$SUMO" -n grid.net.xml -r trips.rou.xml --mesosim --end "$END" --no-step-log --no-warnings \
  --duration-log.statistics --tripinfo-output meso.tripinfo.xml --statistic-output meso.stats.xml
if [ "$MICRO" = 1 ]; then
  echo "== SUMO micro"
  timed micro "$SUMO" -n grid.net.xml -r trips.rou.xml --end "$END" --no-step-log --no-warnings \
    --duration-log.statistics --tripinfo-output micro.tripinfo.xml --statistic-output micro.stats.xml
fi
if [ "$CALIBRATE" = 1 ]; then
  echo "== flowsim calibrate, $ITERATIONS iterations"
  "$PYTHON" "$ROOT/bench/scale/make_counts.py" flowsim/link_timeseries.csv counts.csv 10
  timed calibrate "$FLOWSIM" calibrate --net grid.net.xml --counts counts.csv --prior trips.rou.xml --out calibration \
    --iterations "$ITERATIONS"
  echo "== flowsim calibrate, $ITERATIONS iterations, every other trip as the prior"
  awk '/<trip /{ n++; if (n % 2 == 0) next } { print }' trips.rou.xml >trips-half.rou.xml
  timed calibrate-half "$FLOWSIM" calibrate --net grid.net.xml --counts counts.csv --prior trips-half.rou.xml \
    --out calibration-half --iterations "$ITERATIONS"
fi
"$PYTHON" "$ROOT/bench/scale/report.py" "$OUT" "$FLOWSIM" | tee table.md
