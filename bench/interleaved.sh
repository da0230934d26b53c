#!/usr/bin/env bash
# Batch timing on a shared, busy machine: parcelcheck and shapely take turns, ROUNDS times, so both see the
# same background load; the minimum of each is the best estimate of its unloaded time.
# Usage: bash bench/interleaved.sh BIN_DIR [ROUNDS=15]   (after bench/run.sh has generated bench/data/batch.gpkg)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(cd "${1:?usage: interleaved.sh BIN_DIR [ROUNDS]}" && pwd)
ROUNDS=${2:-15}
PYTHON=${PYTHON:-python3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
[ -f bench/data/batch.gpkg ] || "$PYTHON" bench/make_batch_data.py
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$ROUNDS"); do
  for jobs in all 1; do
    extra=(); [ "$jobs" = all ] || extra=(--jobs "$jobs")
    start=$(date +%s.%N)
    "$BIN/parcelcheck" batch --catalog bench/batch-catalog.yaml --out "$TMP/b.csv" "${extra[@]}" 2>/dev/null
    end=$(date +%s.%N)
    echo "pc_$jobs $(echo "$end - $start" | bc)" >> "$TMP/times"
  done
  "$PYTHON" bench/batch_shapely.py --repeat 1 --json >> "$TMP/shapely.jsonl"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
"$PYTHON" - "$TMP" "$ROUNDS" <<'EOF'
import json, statistics, sys
tmp, rounds = sys.argv[1], sys.argv[2]
pc = {"all": [], "1": []}
for line in open(f"{tmp}/times"):
    k, v = line.split()
    pc[k.removeprefix("pc_")].append(float(v))
sh = [json.loads(l) for l in open(f"{tmp}/shapely.jsonl")]
lc = [s["total_s_min"] for s in sh]
c = [s["compute_s_min"] for s in sh]
def row(name, xs):
    print(f"  {name:48} min {min(xs):.3f} s   median {statistics.median(xs):.3f} s")
print(f"{rounds} interleaved rounds")
row("parcelcheck batch, whole process, all cores", pc["all"])
row("parcelcheck batch, whole process, --jobs 1", pc["1"])
row("shapely load+compute (in process)", lc)
row("shapely compute only (in process)", c)
print(f"  ratio shapely(load+compute) / parcelcheck(all cores): min/min {min(lc) / min(pc['all']):.2f}x, "
      f"median/median {statistics.median(lc) / statistics.median(pc['all']):.2f}x")
print(f"  ratio shapely(load+compute) / parcelcheck(--jobs 1):  min/min {min(lc) / min(pc['1']):.2f}x")
EOF
