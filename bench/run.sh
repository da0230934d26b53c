#!/usr/bin/env bash
# Side-by-side benchmarks of parcelcheck against shapely 2, in one run (see bench/README.md):
#   (a) single check wall time (hyperfine), table and JSON output        target < 150 ms
#       (and `parcelcheck --version` as the cost of starting the process)
#   (b) batch over 100 000 generated parcels × 2 000 zones vs shapely    target ≥ 2× shapely, --jobs 1 ahead
#       with a correctness check: identical pair counts, totals within 1e-6 relative; the area kernel against
#       `--geos-only` (GEOS overlay, same binary) per parcel within 1e-9 relative or 1e-6 m²; GEOS fallbacks;
#       peak memory (RSS) at 100 000 and at 1 000 000 parcels (bench/data/batch-1m.gpkg, --scale 10).
# Usage: bash bench/run.sh [BIN_DIR]        (make bench builds release and the sample data, then runs this)
# Environment: RUNS_SINGLE (20), RUNS_BATCH (10), SHAPELY_REPEAT (10), PYTHON (python3), MEMORY_1M (1; 0 skips
#   the million-parcel run);
#   PYTHON_SYSTEM_GEOS: optional interpreter whose shapely is built on the system GEOS (see bench/README.md),
#   to tell GEOS-version effects from parcelcheck's own costs.
# Exit status: 1 when a correctness check fails; missed speed targets are reported, not fatal.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN="${1:-$(swift build -c release --static-swift-stdlib --show-bin-path)}"
BIN=$(cd "$BIN" && pwd)
PC="$BIN/parcelcheck"
PYTHON=${PYTHON:-python3}
unset PARCELCHECK_CATALOG  # the single check uses sample-data/catalog.yaml from the repository root
RUNS_SINGLE=${RUNS_SINGLE:-20}
RUNS_BATCH=${RUNS_BATCH:-10}
SHAPELY_REPEAT=${SHAPELY_REPEAT:-10}
OUT=bench/out
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

[ -x "$PC" ] || { echo "run.sh: $PC not found: build first (make release)" >&2; exit 1; }
[ -f sample-data/lueneburg.gpkg ] || { echo "run.sh: sample-data/lueneburg.gpkg is missing: run make sample-data CONFIG=release" >&2; exit 1; }

# --- tools ------------------------------------------------------------------------------------------------
if ! command -v hyperfine >/dev/null; then
  echo "== installing hyperfine (Debian package)"
  $SUDO apt-get install -y -qq hyperfine >/dev/null
fi
if ! "$PYTHON" -c 'import shapely, pyogrio, numpy; assert int(shapely.__version__.split(".")[0]) >= 2' 2>/dev/null; then
  echo "== installing shapely, pyogrio, numpy (pip; benchmark only)"
  "$PYTHON" -m pip install -q shapely pyogrio numpy
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== load average at start: $(load)"
if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  echo "   WARNING: the machine is busy (load > nproc/2): timings will be noisy and slow"
fi
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM"
echo "== parcelcheck: $PC ($("$PC" --version)); GEOS $(geos-config --version 2>/dev/null || echo '?') (system)"
"$PYTHON" -c 'import shapely, numpy, pyogrio; print(f"== shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), numpy {numpy.__version__}, pyogrio {pyogrio.__version__} (GDAL {pyogrio.__gdal_version_string__})")'
echo

# --- (a) single check ---------------------------------------------------------------------------------------
echo "== (a) single check: parcelcheck --flurstueck \"Lüneburg 12 45/3\""
"$PC" --flurstueck "Lüneburg 12 45/3" >/dev/null
hyperfine -N --warmup 3 --runs "$RUNS_SINGLE" --export-json "$OUT/single.json" \
  "$PC --flurstueck \"Lüneburg 12 45/3\"" \
  "$PC --flurstueck \"Lüneburg 12 45/3\" --format json" \
  "$PC --version"
echo

# --- (b) batch --------------------------------------------------------------------------------------------
if [ ! -f bench/data/batch.gpkg ] || [ bench/make_batch_data.py -nt bench/data/batch.gpkg ]; then
  echo "== generating bench/data/batch.gpkg"
  "$PYTHON" bench/make_batch_data.py
fi
echo "== (b) batch: 100 000 parcels × 2 000 zones (bench/data/batch.gpkg)"
# One run each to capture the summary lines, outputs (correctness checks) and peak memory (GNU time, KB).
rss() { /usr/bin/time -f "%M" -o "$1" "${@:2}"; }
rss "$TMP/batch.rss" "$PC" batch --catalog bench/batch-catalog.yaml --out "$TMP/batch.csv" 2> "$TMP/batch.err"
rss "$TMP/geos.rss" "$PC" batch --catalog bench/batch-catalog.yaml --out "$TMP/geos.csv" --geos-only 2> "$TMP/geos.err"
"$PC" batch --parcels bench/data/batch.gpkg:parcels --layer zones=bench/data/batch.gpkg:zones \
  --out "$TMP/adhoc.csv" 2> "$TMP/adhoc.err"
rss "$TMP/shapely.rss" "$PYTHON" bench/batch_shapely.py --repeat 1 > /dev/null
cat "$TMP/batch.err" "$TMP/geos.err" "$TMP/adhoc.err"
hyperfine -N --warmup 1 --runs "$RUNS_BATCH" --export-json "$OUT/batch.json" \
  -n "parcelcheck batch (catalog, slivers 0, all cores)" "$PC batch --catalog bench/batch-catalog.yaml --out $TMP/b.csv" \
  -n "parcelcheck batch (catalog, slivers 0, --jobs 1)" "$PC batch --catalog bench/batch-catalog.yaml --out $TMP/b1.csv --jobs 1" \
  -n "parcelcheck batch (ad hoc --layer, default slivers)" "$PC batch --parcels bench/data/batch.gpkg:parcels --layer zones=bench/data/batch.gpkg:zones --out $TMP/b2.csv" \
  -n "parcelcheck batch --geos-only (catalog, all cores)" "$PC batch --catalog bench/batch-catalog.yaml --out $TMP/b3.csv --geos-only" \
  -n "python3 bench/batch_shapely.py --repeat 1 (whole process)" "$PYTHON bench/batch_shapely.py --repeat 1"
echo "== (b2) batch on irregular parcels: 100 000 Voronoi cells × 2 000 zones (bench/data/batch-irregular.gpkg)"
if [ ! -f bench/data/batch-irregular.gpkg ] || [ bench/make_batch_data.py -nt bench/data/batch-irregular.gpkg ]; then
  "$PYTHON" bench/make_batch_data.py --irregular --out bench/data/batch-irregular.gpkg
fi
"$PC" batch --catalog bench/batch-irregular-catalog.yaml --out "$TMP/irregular.csv" 2> "$TMP/irregular.err"
cat "$TMP/irregular.err"
hyperfine -N --warmup 1 --runs "$RUNS_BATCH" --export-json "$OUT/batch-irregular.json" \
  -n "parcelcheck batch irregular (all cores)" "$PC batch --catalog bench/batch-irregular-catalog.yaml --out $TMP/i.csv" \
  -n "parcelcheck batch irregular (--jobs 1)" "$PC batch --catalog bench/batch-irregular-catalog.yaml --out $TMP/i1.csv --jobs 1"
"$PYTHON" bench/batch_shapely.py --gpkg bench/data/batch-irregular.gpkg --repeat "$SHAPELY_REPEAT" --json \
  --per-parcel "$TMP/shapely-irregular.npz" > "$OUT/shapely-irregular.json"
if [ "${MEMORY_1M:-1}" != 0 ]; then
  if [ ! -f bench/data/batch-1m.gpkg ] || [ bench/make_batch_data.py -nt bench/data/batch-1m.gpkg ]; then
    echo "== generating bench/data/batch-1m.gpkg (1 000 000 parcels, 20 000 zones)"
    "$PYTHON" bench/make_batch_data.py --scale 10 --out bench/data/batch-1m.gpkg
  fi
  echo "== 1 000 000 parcels: peak memory"
  rss "$TMP/batch-1m.rss" "$PC" batch --catalog bench/batch-1m-catalog.yaml --out "$TMP/batch-1m.csv" 2> "$TMP/batch-1m.err"
  cat "$TMP/batch-1m.err"
  rss "$TMP/shapely-1m.rss" "$PYTHON" bench/batch_shapely.py --repeat 1 --gpkg bench/data/batch-1m.gpkg --json \
    > "$TMP/shapely-1m.json"
fi
echo "== shapely in-process times (--repeat $SHAPELY_REPEAT)"
"$PYTHON" bench/batch_shapely.py --repeat "$SHAPELY_REPEAT" --json --per-parcel "$TMP/shapely.npz" > "$OUT/shapely.json"
"$PYTHON" bench/batch_shapely.py --repeat 1 | sed -n '1,3p'
if [ -n "${PYTHON_SYSTEM_GEOS:-}" ]; then
  echo "== shapely on the system GEOS ($PYTHON_SYSTEM_GEOS)"
  "$PYTHON_SYSTEM_GEOS" bench/batch_shapely.py --repeat "$SHAPELY_REPEAT" --json > "$OUT/shapely-system-geos.json"
else
  rm -f "$OUT/shapely-system-geos.json"
fi
echo "== load average at end: $(load)"

# --- comparison -------------------------------------------------------------------------------------------
"$PYTHON" - "$TMP" "$OUT" <<'EOF'
import csv, json, os, re, sys
import numpy as np
tmp, out = sys.argv[1], sys.argv[2]
ok = True

def summary_line(path):
    m = re.search(r"(\d+) parcels × (\d+) layers, (\d+) intersecting pairs \((\d+) covered\)", open(path).read())
    return tuple(int(g) for g in m.groups())

def zones_column(path):
    fid, area = [], []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            fid.append(int(row["fid"])); area.append(float(row["zones_m2"]))
    return np.array(fid), np.array(area)

sh = json.load(open(f"{out}/shapely.json"))
ref = np.load(f"{tmp}/shapely.npz")
order = np.argsort(ref["fid"])
ref_fid, ref_area, ref_sliver = ref["fid"][order], ref["area"][order], ref["area_sliver_rule"][order]

def check(name, err_path, csv_path, ref_total, ref_per_parcel):
    global ok
    parcels, layers, pairs, covered = summary_line(err_path)
    fid, area = zones_column(csv_path)
    o = np.argsort(fid); fid, area = fid[o], area[o]
    total = float(area.sum())
    rel = abs(total - ref_total) / ref_total
    same_rows = len(fid) == len(ref_fid) and (fid == ref_fid).all()
    dev = np.abs(area - ref_per_parcel) if same_rows else np.array([np.inf])
    worst = float((dev / np.maximum(np.abs(ref_per_parcel), 1.0)).max()) if same_rows else float("inf")
    checks = {
        "pairs identical": pairs == sh["pairs"],
        "covered identical": covered == sh["covered"],
        "rows = parcels": parcels == sh["parcels"] and same_rows,
        "total within 1e-6 rel": rel <= 1e-6,
        "every parcel within 1e-6 rel (1 m² floor)": worst <= 1e-6,
    }
    ok &= all(checks.values())
    print(f"-- {name}")
    print(f"   pairs      parcelcheck {pairs:>10}   shapely {sh['pairs']:>10}   covered {covered} vs {sh['covered']}")
    print(f"   total m²   parcelcheck {total:.6f}   shapely {ref_total:.6f}   rel. diff {rel:.2e}")
    print(f"   per parcel max |Δ| {float(dev.max()):.3e} m², max rel {worst:.2e}")
    for k, v in checks.items():
        print(f"   {'ok  ' if v else 'FAIL'} {k}")
    return {"pairs": pairs, "covered": covered, "total_m2": total, "rel_diff": rel, "max_abs_diff_m2": float(dev.max())}

res = {
    "catalog_slivers_0": check("catalog, sliver thresholds 0  vs  shapely without sliver rule",
                               f"{tmp}/batch.err", f"{tmp}/batch.csv", sh["total_m2"], ref_area),
    "geos_only": check("--geos-only (GEOS overlay)  vs  shapely without sliver rule",
                       f"{tmp}/geos.err", f"{tmp}/geos.csv", sh["total_m2"], ref_area),
    "adhoc_default_slivers": check("ad hoc --layer, default 1 m²/0.1 %  vs  shapely with the same sliver rule",
                                   f"{tmp}/adhoc.err", f"{tmp}/adhoc.csv", sh["total_m2_sliver_rule"], ref_sliver),
}

# The area kernel against GEOS overlay in the same binary, every parcel and the contact column.
def rows(path):
    with open(path, newline="") as f:
        return {r["fid"]: r for r in csv.DictReader(f)}
kern, geos = rows(f"{tmp}/batch.csv"), rows(f"{tmp}/geos.csv")
worst_kg = max(abs(float(kern[k]["zones_m2"]) - float(g["zones_m2"])) / max(1.0, abs(float(g["zones_m2"])))
               for k, g in geos.items())
abs_kg = max(abs(float(kern[k]["zones_m2"]) - float(g["zones_m2"])) for k, g in geos.items())
contacts_same = all(kern[k]["zones_contact"] == g["zones_contact"] for k, g in geos.items())
kernel_ok = kern.keys() == geos.keys() and contacts_same and all(
    abs(float(kern[k]["zones_m2"]) - float(g["zones_m2"])) <= max(1e-6, 1e-9 * abs(float(g["zones_m2"])))
    for k, g in geos.items())
ok &= kernel_ok
fallback_line = re.search(r"GEOS fallbacks: (.*)", open(f"{tmp}/batch.err").read())
print(f"-- area kernel vs --geos-only: max |Δ| {abs_kg:.3e} m², max rel {worst_kg:.2e}, contacts identical: "
      f"{contacts_same}   {'ok' if kernel_ok else 'FAIL'} (1e-9 rel or 1e-6 m²)")
print(f"   fallbacks: {fallback_line.group(1) if fallback_line else '?'}")
def kb(path):
    try:
        return int(open(path).read().split()[-1])
    except (OSError, ValueError, IndexError):
        return None
memory = {name: kb(f"{tmp}/{name}.rss") for name in ["batch", "geos", "shapely", "batch-1m", "shapely-1m"]}
print("   peak RSS (MB): " + ", ".join(f"{k} {v / 1024:.0f}" for k, v in memory.items() if v))
if os.path.exists(f"{tmp}/batch-1m.err"):
    m = summary_line(f"{tmp}/batch-1m.err")
    s1m = json.load(open(f"{tmp}/shapely-1m.json"))
    same_1m = m[2] == s1m["pairs"] and m[3] == s1m["covered"]
    ok &= same_1m
    t1m = re.search(r"in ([0-9.]+) s", open(f"{tmp}/batch-1m.err").read()).group(1)
    print(f"   1 000 000 parcels: parcelcheck {t1m} s (its own clock), shapely load+compute {s1m['total_s_median']:.2f} s; "
          f"pairs {m[2]} vs {s1m['pairs']}, covered {m[3]} vs {s1m['covered']}: {'ok' if same_1m else 'FAIL'}")

# (b2) the irregular parcels: the same checks against shapely on that file, and the ratios.
shi = json.load(open(f"{out}/shapely-irregular.json"))
refi = np.load(f"{tmp}/shapely-irregular.npz")
oi = np.argsort(refi["fid"])
saved = (sh, ref_fid)
sh, ref_fid = shi, refi["fid"][oi]
res["irregular"] = check("irregular parcels, slivers 0  vs  shapely on the same file",
                         f"{tmp}/irregular.err", f"{tmp}/irregular.csv", shi["total_m2"], refi["area"][oi])
sh, ref_fid = saved
irr = {r["command"]: r for r in json.load(open(f"{out}/batch-irregular.json"))["results"]}
irr_all = next(r for k, r in irr.items() if "all cores" in k)
irr_one = next(r for k, r in irr.items() if "--jobs 1" in k)
print(f"   irregular: parcelcheck all cores {irr_all['mean']:.3f} ± {irr_all['stddev']:.3f} s, --jobs 1 "
      f"{irr_one['mean']:.3f} s; shapely load+compute {shi['total_s_median']:.3f} s -> ratios "
      f"{shi['total_s_median'] / irr_all['mean']:.2f}x (all cores), {shi['total_s_median'] / irr_one['mean']:.2f}x (--jobs 1)")

single = json.load(open(f"{out}/single.json"))["results"]
batch = {r["command"]: r for r in json.load(open(f"{out}/batch.json"))["results"]}
pc_all = next(r for k, r in batch.items() if "all cores" in k)
pc_one = next(r for k, r in batch.items() if "--jobs 1" in k)
pc_adhoc = next(r for k, r in batch.items() if "ad hoc" in k)
pc_geos = next(r for k, r in batch.items() if "--geos-only" in k)
py_proc = next(r for k, r in batch.items() if "whole process" in k)
print()
print("== summary (means; ± standard deviation)")
print(f"   process start only (parcelcheck --version) {single[2]['mean'] * 1000:.1f} ± {single[2]['stddev'] * 1000:.1f} ms")
for r, label in zip(single, ["table", "json"]):
    ms = r["mean"] * 1000
    print(f"   single check ({label:5}) {ms:7.1f} ± {r['stddev'] * 1000:.1f} ms   median {r['median'] * 1000:.1f} ms   "
          f"target < 150 ms: {'met' if ms < 150 else 'MISSED'}")
print(f"   parcelcheck batch, whole process, all cores  {pc_all['mean']:.3f} ± {pc_all['stddev']:.3f} s")
print(f"   parcelcheck batch, whole process, --jobs 1   {pc_one['mean']:.3f} ± {pc_one['stddev']:.3f} s")
print(f"   parcelcheck batch, ad hoc --layer             {pc_adhoc['mean']:.3f} ± {pc_adhoc['stddev']:.3f} s")
print(f"   parcelcheck batch --geos-only, all cores      {pc_geos['mean']:.3f} ± {pc_geos['stddev']:.3f} s   "
      f"(kernel speed-up {pc_geos['mean'] / pc_all['mean']:.2f}x)")
print(f"   shapely load (median)                        {sh['load_s_median']:.3f} s")
print(f"   shapely compute (median)                     {sh['compute_s_median']:.3f} s")
print(f"   shapely load+compute (median)                {sh['total_s_median']:.3f} s")
print(f"   shapely whole python process                 {py_proc['mean']:.3f} ± {py_proc['stddev']:.3f} s")
pc_cpu = pc_all["user"] + pc_all["system"]
print(f"   parcelcheck batch min wall {pc_all['min']:.3f} s; CPU time (mean user+sys, all threads) {pc_cpu:.3f} s; "
      f"shapely min load+compute {sh['total_s_min']:.3f} s; CPU {sh['cpu_s_median']:.3f} s")
headline = sh["total_s_median"] / pc_all["mean"]
print(f"   ratio shapely(load+compute) / parcelcheck(whole process, all cores) = {headline:.2f}x   "
      f"[headline; target >= 2x: {'met' if headline >= 2 else 'MISSED'}]")
print(f"   ratio shapely(compute only) / parcelcheck(whole process, all cores) = {sh['compute_s_median'] / pc_all['mean']:.2f}x")
one = sh['total_s_median'] / pc_one['mean']
print(f"   ratio shapely(load+compute) / parcelcheck(whole process, --jobs 1)  = {one:.2f}x   "
      f"[target > 1x: {'met' if one > 1 else 'MISSED'}]")
print(f"   ratio shapely(whole process) / parcelcheck(whole process, all cores) = {py_proc['mean'] / pc_all['mean']:.2f}x")
print(f"   ratio best runs: shapely min(load+compute) / parcelcheck min(wall)  = {sh['total_s_min'] / pc_all['min']:.2f}x")
print(f"   ratio CPU time: shapely(load+compute) / parcelcheck(user+sys)      = {sh['cpu_s_median'] / pc_cpu:.2f}x")
import os
if os.path.exists(f"{out}/shapely-system-geos.json"):
    sg = json.load(open(f"{out}/shapely-system-geos.json"))
    ok &= sg["pairs"] == sh["pairs"] and abs(sg["total_m2"] - sh["total_m2"]) <= 1e-6 * sh["total_m2"]
    print(f"   shapely on GEOS {sg['geos']}: load {sg['load_s_median']:.3f} s, compute {sg['compute_s_median']:.3f} s, "
          f"load+compute {sg['total_s_median']:.3f} s -> ratio to parcelcheck (all cores) {sg['total_s_median'] / pc_all['mean']:.2f}x")
json.dump({"checks": res, "shapely": sh, "single": single, "batch": list(batch.values()), "headline_ratio": headline,
           "kernel_vs_geos": {"max_abs_m2": abs_kg, "max_rel": worst_kg, "contacts_identical": contacts_same},
           "peak_rss_kb": memory},
          open(f"{out}/summary.json", "w"), indent=1)
print(f"   correctness: {'all checks passed' if ok else 'FAILED'}   (details: {out}/summary.json)")
sys.exit(0 if ok else 1)
EOF
