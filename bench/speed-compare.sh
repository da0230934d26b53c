#!/usr/bin/env bash
# Speed comparison of two builds (e.g. before and after a refactor) on four jobs, with hyperfine:
#   berlin   flowsim run on SUMO's Berlin-Adlershof net and randomTrips.py demand (as bench/traffic/run.sh)
#   grid     flowsim grid --size 11 --link-length 1000 --demand-duration 7200 --rate 200 (bench/traffic/run.sh)
#   batch    parcelcheck batch over bench/data/batch.gpkg, all cores (as bench/run.sh)
#   single   parcelcheck --flurstueck "Lüneburg 12 45/3" (as bench/run.sh)
# Each job is one hyperfine invocation holding both commands, A first, then B (hyperfine runs all runs of one
# command before the next; it has no interleaving). With ROUNDS > 1 each job gets ROUNDS invocations in
# alternating order (A B, B A, …) and the statistics pool all runs, so that A and B share the background
# load of a busy machine. Prints mean ± standard deviation of each and the ratio B/A of the means (with the
# uncertainty from the standard errors of the two means); B/A < 1 means B is faster.
# Usage: bash bench/speed-compare.sh BIN_A BIN_B
# Environment: RUNS (5 per command and round), WARMUP (1), ROUNDS (1), JOBS ("berlin grid batch single"),
#   PYTHON (python3), SPEED_OUT (bench/out/speed-compare: hyperfine JSON per job and round; git-ignored).
# Inputs: made by `bash bench/compare-outputs.sh --inputs BIN_A` when missing (sample data, batch data, Berlin).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }
A=$(cd "$1" && pwd)
B=$(cd "$2" && pwd)
PYTHON=${PYTHON:-python3}
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
ROUNDS=${ROUNDS:-1}
JOBS=${JOBS:-berlin grid batch single}
SPEED_OUT=${SPEED_OUT:-bench/out/speed-compare}
INPUTS=${COMPARE_INPUTS:-bench/out/compare-inputs}
BERLIN=$INPUTS/berlin
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
for bin in "$A" "$B"; do
  for exe in flowsim parcelcheck; do [ -x "$bin/$exe" ] || { echo "speed-compare: $bin/$exe not found" >&2; exit 1; }; done
done
if ! command -v hyperfine >/dev/null; then
  echo "== installing hyperfine (Debian package)"
  $SUDO apt-get install -y -qq hyperfine >/dev/null
fi
bash bench/compare-outputs.sh --inputs "$A"
unset PARCELCHECK_CATALOG  # the single check uses sample-data/catalog.yaml from the repository root
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
rm -rf "$SPEED_OUT"
mkdir -p "$SPEED_OUT"

# cmd JOB BIN OUTTAG: the command line of JOB for the binaries in BIN (hyperfine -N splits it like a shell).
cmd() {
  case $1 in
    berlin) echo "$2/flowsim run --net $BERLIN/osm.net.xml --routes $BERLIN/trips.rou.xml --duration 5400 --out $TMP/$3-berlin" ;;
    grid)   echo "$2/flowsim grid --size 11 --link-length 1000 --demand-duration 7200 --rate 200 --out $TMP/$3-grid" ;;
    batch)  echo "$2/parcelcheck batch --catalog bench/batch-catalog.yaml --out $TMP/$3-batch.csv" ;;
    single) echo "$2/parcelcheck --flurstueck \"Lüneburg 12 45/3\"" ;;
    *) echo "speed-compare: unknown job $1" >&2; exit 64 ;;
  esac
}

echo "== A: $A"
echo "== B: $B"
echo "== $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg); RUNS=$RUNS WARMUP=$WARMUP ROUNDS=$ROUNDS"
for job in $JOBS; do
  for round in $(seq "$ROUNDS"); do
    echo "== $job (round $round of $ROUNDS)"
    first=(-n A "$(cmd "$job" "$A" a)") second=(-n B "$(cmd "$job" "$B" b)")
    if [ $((round % 2)) = 0 ]; then tmp=("${first[@]}"); first=("${second[@]}"); second=("${tmp[@]}"); fi
    hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$SPEED_OUT/$job-$round.json" \
      "${first[@]}" "${second[@]}" >"$TMP/hyperfine.txt"
    grep -E '^(Benchmark|  Time|  Range)' "$TMP/hyperfine.txt" || true
  done
done
echo "== load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

"$PYTHON" - "$SPEED_OUT" "$JOBS" "$ROUNDS" <<'EOF'
import json, math, statistics, sys
out, jobs, rounds = sys.argv[1], sys.argv[2].split(), int(sys.argv[3])
print()
print(f"{'job':8} {'A mean ± sd':>22} {'B mean ± sd':>22} {'B/A':>16}   runs")
for job in jobs:
    times = {"A": [], "B": []}
    for r in range(1, rounds + 1):
        for res in json.load(open(f"{out}/{job}-{r}.json"))["results"]:
            times[res["command"]] += res["times"]
    stats = {}
    for k, t in times.items():
        m = statistics.fmean(t)
        sd = statistics.stdev(t) if len(t) > 1 else 0.0
        stats[k] = (m, sd, len(t))
    (ma, sa, na), (mb, sb, nb) = stats["A"], stats["B"]
    ratio = mb / ma
    err = ratio * math.sqrt((sa / ma) ** 2 / na + (sb / mb) ** 2 / nb)
    unit, f = ("ms", 1000) if ma < 1 else ("s", 1)
    fmt = lambda m, s: f"{m * f:.1f} ± {s * f:.1f} {unit}" if unit == "ms" else f"{m:.3f} ± {s:.3f} s"
    print(f"{job:8} {fmt(ma, sa):>22} {fmt(mb, sb):>22} {ratio:>8.3f} ± {err:.3f}   {na}+{nb}")
EOF
