#!/usr/bin/env bash
# Parking cross-check against SUMO (parkingArea + parkingAreaReroute) and run time of the inner-city
# scenario, in one run. See bench/parking/README.md.
#   bash bench/parking/run.sh [BIN_DIR]      (default: swift build -c release --product flowsim)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN_DIR=${1:-}
if [ -z "$BIN_DIR" ]; then
  swift build -c release --product flowsim >&2
  BIN_DIR=$(swift build -c release --show-bin-path)
fi
FLOWSIM="$BIN_DIR/flowsim"
command -v sumo >/dev/null || python3 -m pip install --quiet eclipse-sumo
OUT=bench/out/parking
mkdir -p "$OUT"
echo "machine: $(nproc) cores, $(uname -srm), load $(cut -d' ' -f1-3 /proc/loadavg); $(sumo --version | head -1)"
echo
echo "| case (capacity S, vehicles, headway s) | S flowsim / SUMO | P flowsim / SUMO | rerouted flowsim / SUMO | mean abs. parking start diff (s) | within tolerance |"
echo "|---|---|---|---|---|---|"
status=0
for c in "10 15 40" "10 15 10" "20 30 5" "5 12 20"; do
  set -- $c
  dir="$OUT/cap$1-n$2-h$3"
  rm -rf "$dir"
  python3 bench/parking/parking_twin.py --out "$dir" --capacity "$1" --count "$2" --headway "$3" >/dev/null
  end=$(python3 -c "print(int($2 * $3 + 600))")
  (cd "$dir/sumo" && sumo -n loop.net.xml -a loop.add.xml -r loop.rou.xml --end "$end" --stop-output stops.xml \
     --stop-output.write-unfinished true --tripinfo-output tripinfo.xml --tripinfo-output.write-unfinished true \
     --no-step-log true --no-warnings true)
  "$FLOWSIM" parking "$dir/flowsim/scenario.json" --no-curve --out "$dir/flowsim/out" >/dev/null
  python3 bench/parking/compare.py "$dir/flowsim/out" "$dir/sumo" > "$dir/compare.json"
  python3 - "$c" "$dir/compare.json" <<'PY' || status=1
import json, sys
c = sys.argv[1].split()
r = json.load(open(sys.argv[2]))
f, s = r["flowsim"], r["sumo"]
# Tolerances (README): occupancy of S and P and the number of rerouted vehicles equal; parking starts
# within 15 s on average (SUMO accelerates, brakes and stops inside the area; flowsim parks at the link end).
ok = f == s and r["mean_abs_park_start_diff_s"] <= 15
print(f"| {c[0]}, {c[1]}, {c[2]} | {f['S']} / {s['S']} | {f['P']} / {s['P']} | {f['rerouted']} / {s['rerouted']} | "
      f"{r['mean_abs_park_start_diff_s']} | {'yes' if ok else 'NO'} |")
sys.exit(0 if ok else 1)
PY
done
echo
# Run time of the inner-city scenario (sample GeoPackage; network, supply and land-use demand from GIS).
[ -f sample-data/lueneburg.gpkg ] || make sample-data >&2
best=""
for i in 1 2 3; do
  start=$(date +%s.%N)
  "$FLOWSIM" parking sample-data/lueneburg-parking.json --no-curve --out "$OUT/inner-city" > "$OUT/inner-city.txt"
  t=$(python3 -c "import time; print(f'{$(date +%s.%N) - $start:.2f}')")
  best=$(python3 -c "print(min(float(x) for x in '$best $t'.split()))")
done
echo "inner city (flowsim parking sample-data/lueneburg-parking.json --no-curve, whole process, best of 3): ${best} s"
head -2 "$OUT/inner-city.txt"
python3 -c "import json; s = json.load(open('$OUT/inner-city/summary.json')); print(f\"simulation core: {s['wall_time_s']:.2f} s for {s['vehicle_seconds_simulated']/3600:.0f} vehicle-hours\")"
exit $status
