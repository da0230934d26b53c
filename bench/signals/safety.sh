#!/usr/bin/env bash
# Safety of flowsim's signal-plan proposals on real SUMO nets, judged by safety.py (an independent checker that
# reads only the net's junction conflict data and the proposed tlLogic XML; see bench/signals/README.md):
#   berlin       SUMO's Berlin-Adlershof net (tools/game/DRT/osm.net.xml, 15 lights)
#   ingolstadt   SUMO's Ingolstadt game net (tools/game/fkk_in/ingolstadt.net.xml.gz, 2 lights)
# Demand: randomTrips.py -e 3600 -p PERIOD --seed 42 --validate (as bench/traffic/run.sh). Cases per net:
#   1-webster      signals optimize --method webster
#   2-webster-cc   signals optimize --method webster --common-cycle
#   3-offsets      signals optimize --method offsets (on the net's plans; fails without a common cycle)
#   4-cc-offsets   signals optimize --method offsets --signals 2-webster-cc/signals.proposed.json
# Usage: bash bench/signals/safety.sh [BIN_DIR]     (BIN_DIR holds flowsim; without it: builds into .build-tbench)
# Environment: PERIOD (2), NETS ("berlin ingolstadt"), PYTHON (python3).
# Results: bench/out/signals-safety/ (git-ignored): per net the demand, each case's output folder and log,
# CASE.safety.txt / CASE.safety.json; the table is printed and written to bench/out/signals-safety/safety.md.
# Exit 1 only when the sanity check (the nets' own programs against themselves) finds new conflicts.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
PERIOD=${PERIOD:-2}
NETS=${NETS:-berlin ingolstadt}
OUT=$ROOT/bench/out/signals-safety
rm -rf "$OUT"
mkdir -p "$OUT"
source bench/tools.sh
use_sumo "$PYTHON"
use_flowsim "$@"
SAFETY="$PYTHON $ROOT/bench/signals/safety.py"
echo "== flowsim: $FLOWSIM"
"$FLOWSIM" --version 2>/dev/null | sed 's/^/   /' || true

sanity_failed=0
for name in $NETS; do
  case $name in
    berlin) src=$SUMO_HOME/tools/game/DRT/osm.net.xml ;;
    ingolstadt) src=$SUMO_HOME/tools/game/fkk_in/ingolstadt.net.xml.gz ;;
    *) echo "$0: unknown net $name" >&2; exit 64 ;;
  esac
  D=$OUT/$name
  mkdir -p "$D"
  net=$(basename "$src")
  cp "$src" "$D/$net"
  echo "== $name: randomTrips.py -p $PERIOD"
  (cd "$D" && "$PYTHON" "$SUMO_HOME/tools/randomTrips.py" -n "$net" -e 3600 -p "$PERIOD" --seed 42 --validate \
    -o trips.rou.xml >randomTrips.log 2>&1)
  echo "== $name: sanity (the net's programs against themselves)"
  $SAFETY "$D/$net" --against-self --json "$D/0-original.safety.json" >"$D/0-original.safety.txt"
  "$PYTHON" - "$D/0-original.safety.json" <<'EOF' || sanity_failed=1
import json, sys
t = json.load(open(sys.argv[1]))["totals"]
print(f"   {t['lights']} lights; their own programs green {t['original_conflicting_green']} conflicting pairs together "
      f"({t['original_conflicting_green_veh_ped']} veh-ped, {t['original_conflicting_green_unprotected']} both 'G'): permitted, information")
new = t["new_veh_veh"] + t["new_veh_ped"] + t["new_ped_ped"] + t["intergreen_cuts"] + t["min_green_violations"]
print(f"   against themselves: {new} new pairs/cuts/violations (must be 0)")
sys.exit(1 if new else 0)
EOF
  run_case() {  # dir -- flowsim optimize args…
    local dir=$1; shift 2
    echo "== $name: $dir"
    local rc=0
    (cd "$D" && "$FLOWSIM" signals optimize --net "$net" --routes trips.rou.xml "$@" --out "$dir" >"$dir.log" 2>&1) || rc=$?
    echo "$rc" >"$D/$dir.rc"
    if [ "$rc" != 0 ] || [ ! -f "$D/$dir/tlLogic.proposed.xml" ]; then
      echo "   flowsim exit $rc: $(grep -v warning "$D/$dir.log" | head -1)"
      return 0
    fi
    $SAFETY "$D/$net" "$D/$dir/tlLogic.proposed.xml" --json "$D/$dir.safety.json" >"$D/$dir.safety.txt"
    tail -1 "$D/$dir.safety.txt" | sed 's/^/   /'
  }
  run_case 1-webster -- --method webster
  run_case 2-webster-cc -- --method webster --common-cycle
  run_case 3-offsets -- --method offsets
  if [ -f "$D/2-webster-cc/signals.proposed.json" ]; then
    run_case 4-cc-offsets -- --method offsets --signals 2-webster-cc/signals.proposed.json
  fi
done

"$PYTHON" - "$OUT" $NETS <<'EOF' | tee "$OUT/safety.md"
import json, os, sys
out, nets = sys.argv[1], sys.argv[2:]
print("| net | case | lights | new veh-veh | new veh-ped | of them G/G | joint green s/cycle | intergreen cuts (< 10 s) "
      "| min-green violations (veh) | phases < 1 s |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for net in nets:
    for case in ("1-webster", "2-webster-cc", "3-offsets", "4-cc-offsets"):
        j = os.path.join(out, net, case + ".safety.json")
        rcf = os.path.join(out, net, case + ".rc")
        if not os.path.exists(j):
            if os.path.exists(rcf):
                print(f"| {net} | {case} | flowsim exit {open(rcf).read().strip()} (see {net}/{case}.log) | | | | | | | |")
            continue
        t = json.load(open(j))["totals"]
        lights = f"{t['proposals']}" + (f" (+{t['lights_without_proposal']} without)" if t["lights_without_proposal"] else "")
        if t["proposal_errors"]:
            lights += f", {t['proposal_errors']} unreadable"
        print(f"| {net} | {case} | {lights} | {t['new_veh_veh']} | {t['new_veh_ped']} | {t['new_unprotected']} "
              f"| {t['new_seconds']:.1f} | {t['intergreen_cuts']} ({t['intergreen_cuts_under_10s']}) "
              f"| {t['min_green_violations']} ({t['min_green_violations_veh']}) | {t['phases_under_1s']} |")
EOF
echo "(details: $OUT/<net>/<case>.safety.txt)"
exit $sanity_failed
