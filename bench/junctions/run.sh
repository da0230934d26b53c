#!/usr/bin/env bash
# Junction conflicts against SUMO: a priority T-junction (bench/junctions/make_tjunction.py, netconvert) at
# several demand levels and seeds, some with a stop sign on the minor road (netconvert's priority_stop), the
# same trips in SUMO micro, flowsim and flowsim --ignore-conflicts. Prints
# the minor approach's mean delay (time loss + depart delay) per case and tool, and the ratio to SUMO.
#
#   bash bench/junctions/run.sh [BIN_DIR]      # BIN_DIR with flowsim; default: build it (release)
#   SEEDS="1 2 3" CASES="600:0:300 800:150:0" bash bench/junctions/run.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/bench/out/junctions
mkdir -p "$OUT"
cd "$ROOT"
export PATH=/opt/swift/usr/bin:$PATH
source bench/tools.sh
use_sumo python3
use_flowsim "$@"
SEEDS="${SEEDS:-1 2 3}"
# major veh/h per direction : minor left S→W veh/h : minor right S→E veh/h [: stop — a stop sign on the minor road]
CASES="${CASES:-200:0:500 600:0:300 1000:0:200 300:300:0 400:200:0 800:150:0 600:300:300 400:150:150 0:0:600:stop 200:0:300:stop 400:150:150:stop}"
for c in $CASES; do
  IFS=: read -r major left right kind <<<"$c"
  kind=${kind:-priority}
  for s in $SEEDS; do
    d=$OUT/$c-s$s
    python3 bench/junctions/make_tjunction.py "$d" "$major" "$left" "$right" 3600 "$s" "$kind"
    (
      cd "$d"
      "$SUMO_HOME/bin/netconvert" -n t.nod.xml -e t.edg.xml -o t.net.xml --no-turnarounds >/dev/null 2>&1
      "$SUMO_HOME/bin/sumo" -n t.net.xml -r t.rou.xml --tripinfo-output sumo-tripinfo.xml --no-step-log \
        --duration-log.disable -e 7200 --seed "$s" >/dev/null 2>&1
      "$FLOWSIM" run --net t.net.xml --routes t.rou.xml --duration 7200 --out flowsim >/dev/null 2>&1 || true
      "$FLOWSIM" run --net t.net.xml --routes t.rou.xml --duration 7200 --ignore-conflicts --out flowsim-noconf \
        >/dev/null 2>&1 || true
    )
  done
done
python3 bench/junctions/report.py "$OUT" "$SEEDS" $CASES | tee "$OUT/report.md"
