#!/usr/bin/env bash
# flowsim against SUMO micro and SUMO meso (`sumo --mesosim`, the peer a SUMO user picks for speed) on real nets
# shipped with SUMO, same net, same demand, same simulated end, in one run (issue 14, "Benchmark"):
#   berlin      Berlin-Adlershof (tools/game/DRT/osm.net.xml), randomTrips.py -e 3600 -p PERIOD --seed 42
#               --validate (as run.sh), END_BERLIN (5400) s simulated.
#   a10kw       motorway net tools/game/A10KW with its own demand: the seven route files of A10KW.sumocfg
#               merged into one file sorted by departure (merge_routes.py; flowsim reads one file, SUMO gets the
#               same one), END_A10KW (1800, the sumocfg's end) s simulated.
#   ingolstadt  tools/game/fkk_in/ingolstadt.net.xml.gz, randomTrips.py -e 3600 -p 2.5 --seed 42 --validate,
#               END_INGOLSTADT (5400) s simulated.
# SUMO runs with its defaults (step 1 s, time-to-teleport 300 s) plus --end; meso with --mesosim only; micro once
# more with --time-to-teleport -1 (flowsim never teleports), for counts and travel times (not timed), and once
# per seed of SUMO_SEEDS: the targets are judged against SUMO micro's mean over its seeds (flowsim is deterministic,
# SUMO's speed factors and lane choices are drawn), with the range shown.
# Whole-process wall time with hyperfine (median): flowsim (`run --no-map`: the tables, not the map layer
# links.gpkg; timed once more with it as flowsim-map) FLOWSIM_RUNS (10) runs after a logged run that is
# also the warm-up, SUMO micro and meso SUMO_RUNS (3) each after a logged run. Counts and travel times come from
# the logged run's outputs (all three tools are deterministic for a given input).
# Usage: bash bench/traffic/meso.sh [BIN_DIR]     (without BIN_DIR: builds flowsim into .build-tbench)
# Environment: NETS ("berlin a10kw ingolstadt"), FLOWSIM_RUNS (10), SUMO_RUNS (3), SUMO_SEEDS ("1 2 … 10"; empty:
#   judge against the default-seed run alone), PERIOD (2), NICE (10), PYTHON (python3).
# Results: bench/out/traffic-meso/ (git-ignored): results.json, table.md, and per net the inputs and outputs.
# Missed targets are reported, not fatal.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
NETS=${NETS:-berlin a10kw ingolstadt}
FLOWSIM_RUNS=${FLOWSIM_RUNS:-10}
SUMO_RUNS=${SUMO_RUNS:-3}
SUMO_SEEDS=${SUMO_SEEDS-1 2 3 4 5 6 7 8 9 10}
PERIOD=${PERIOD:-2}
NICE=${NICE:-10}
END_BERLIN=${END_BERLIN:-5400}
END_A10KW=${END_A10KW:-1800}
END_INGOLSTADT=${END_INGOLSTADT:-5400}
HERE=$ROOT/bench/traffic
OUT=$ROOT/bench/out/traffic-meso
rm -rf "$OUT"
mkdir -p "$OUT"

source bench/tools.sh
use_sumo "$PYTHON"
SUMO=$SUMO_HOME/bin/sumo
use_flowsim "$@"
command -v hyperfine >/dev/null || { echo "$0: hyperfine not found" >&2; exit 1; }
GAME=$SUMO_HOME/tools/game

# hf NAME RUNS DIR -- command…: hyperfine (no shell, failures kept) of the command run in DIR, JSON to DIR/NAME.hf.json
hf() {
  local name=$1 runs=$2 dir=$3; shift 4
  local cmd
  printf -v cmd '%q ' "$@"
  (cd "$dir" && nice -n "$NICE" hyperfine -N -i --style basic --runs "$runs" --export-json "$name.hf.json" \
    --command-name "$name" "$cmd" >"$name.hf.log" 2>&1) || { cat "$dir/$name.hf.log"; exit 1; }
  "$PYTHON" -c 'import json, sys; r = json.load(open(sys.argv[1]))["results"][0]; print("   %s: median %.3f s over %d runs" % (sys.argv[2], r["median"], len(r["times"])))' \
    "$dir/$name.hf.json" "$name"
}

# bench_net NET LABEL END NETFILE ROUTES NOTES…: the three tools on DIR=OUT/NET (which holds NETFILE and ROUTES)
bench_net() {
  local net=$1 label=$2 end=$3 netfile=$4 routes=$5; shift 5
  local d=$OUT/$net
  "$PYTHON" - "$d/meta.json" "$label" "$end" "$netfile" "$routes" "$@" <<'PY'
import json, sys
path, label, end, net, routes, *notes = sys.argv[1:]
json.dump({"label": label, "end_s": int(end), "net": net, "routes": routes, "notes": notes}, open(path, "w"), indent=1)
PY
  echo "== $label: flowsim"
  # The timed run writes the tables (summary, trip records, time series, plots), as SUMO writes its tripinfo
  # and statistics; the same run with the map layer links.gpkg (which loads GDAL) is timed as flowsim-map.
  local fcmd=("$FLOWSIM" run --net "$netfile" --routes "$routes" --duration "$end" --out flowsim --no-map)
  local rc=0
  (cd "$d" && nice -n "$NICE" "${fcmd[@]}" >flowsim.log 2>&1) || rc=$?
  [ "$rc" = 0 ] || echo "   (flowsim exit $rc: see $d/flowsim.log)"
  hf flowsim "$FLOWSIM_RUNS" "$d" -- "${fcmd[@]}"
  hf flowsim-map "$FLOWSIM_RUNS" "$d" -- "$FLOWSIM" run --net "$netfile" --routes "$routes" --duration "$end" \
    --out flowsim-map
  local mode extra
  for mode in micro meso; do
    extra=()
    [ "$mode" = meso ] && extra=(--mesosim)
    echo "== $label: SUMO $mode"
    local scmd=("$SUMO" -n "$netfile" -r "$routes" --end "$end" "${extra[@]}" --no-step-log --no-warnings
      --duration-log.statistics --tripinfo-output "$mode.tripinfo.xml" --tripinfo-output.write-unfinished
      --statistic-output "$mode.stats.xml")
    rc=0
    (cd "$d" && nice -n "$NICE" "${scmd[@]}" >"$mode.log" 2>&1) || rc=$?
    [ "$rc" = 0 ] || echo "   (SUMO $mode exit $rc: see $d/$mode.log)"
    hf "$mode" "$SUMO_RUNS" "$d" -- "${scmd[@]}"
  done
  # SUMO micro once more without teleporting (flowsim never teleports; A10KW.sumocfg turns it off too): counts
  # and travel times only, not timed.
  echo "== $label: SUMO micro without teleports"
  (cd "$d" && nice -n "$NICE" "$SUMO" -n "$netfile" -r "$routes" --end "$end" --time-to-teleport -1 --no-step-log \
    --no-warnings --tripinfo-output micro-nt.tripinfo.xml --tripinfo-output.write-unfinished \
    --statistic-output micro-nt.stats.xml >micro-nt.log 2>&1) || echo "   (SUMO micro without teleports failed: see $d/micro-nt.log)"
  # SUMO micro is stochastic (speed factors, insertion lanes; seed 23423 by default), flowsim is not: the
  # reference of the targets is SUMO micro's mean over its default run and SUMO_SEEDS, with the same teleport
  # setting as the reference run. Counts and travel times only, not timed.
  local s tele=()
  [ "$net" = a10kw ] && tele=(--time-to-teleport -1)
  for s in $SUMO_SEEDS; do
    (cd "$d" && nice -n "$NICE" "$SUMO" -n "$netfile" -r "$routes" --end "$end" --seed "$s" "${tele[@]}" \
      --no-step-log --no-warnings --tripinfo-output "micro-seed$s.tripinfo.xml" --tripinfo-output.write-unfinished \
      --statistic-output "micro-seed$s.stats.xml" >"micro-seed$s.log" 2>&1) || echo "   (SUMO micro seed $s failed: see $d/micro-seed$s.log)"
  done
  echo "$SUMO_SEEDS" >"$d/sumo-seeds.txt"
}

for net in $NETS; do
  d=$OUT/$net
  mkdir -p "$d"
  case $net in
    berlin)
      cp "$GAME/DRT/osm.net.xml" "$d/"
      (cd "$d" && nice -n "$NICE" "$PYTHON" "$SUMO_HOME/tools/randomTrips.py" -n osm.net.xml -e 3600 -p "$PERIOD" \
        --seed 42 --validate -o trips.rou.xml >randomTrips.log 2>&1)
      bench_net berlin "Berlin-Adlershof" "$END_BERLIN" osm.net.xml trips.rou.xml \
        "randomTrips.py -e 3600 -p $PERIOD --seed 42 --validate; $END_BERLIN s simulated"
      ;;
    a10kw)
      cp "$GAME/A10KW/osm.net.xml" "$d/"
      # the route files of A10KW.sumocfg, in its order
      files=$("$PYTHON" -c 'import sys, xml.etree.ElementTree as ET; print(" ".join(ET.parse(sys.argv[1]).getroot().find("input/route-files").get("value").split(",")))' \
        "$GAME/A10KW.sumocfg")
      (cd "$GAME" && "$PYTHON" "$HERE/merge_routes.py" "$d/all.rou.xml" $files) 2>"$d/merge.log"
      bench_net a10kw "A10KW motorway" "$END_A10KW" osm.net.xml all.rou.xml \
        "own demand: $(echo "$files" | wc -w) route files of A10KW.sumocfg merged ($(cat "$d/merge.log" | sed 's/.*: //')); $END_A10KW s simulated; SUMO with defaults, not the sumocfg's step-length 0.5 / time-to-teleport 0"
      ;;
    ingolstadt)
      cp "$GAME/fkk_in/ingolstadt.net.xml.gz" "$d/"
      (cd "$d" && nice -n "$NICE" "$PYTHON" "$SUMO_HOME/tools/randomTrips.py" -n ingolstadt.net.xml.gz -e 3600 -p 2.5 \
        --seed 42 --validate -o trips.rou.xml >randomTrips.log 2>&1)
      bench_net ingolstadt "Ingolstadt (fkk_in)" "$END_INGOLSTADT" ingolstadt.net.xml.gz trips.rou.xml \
        "randomTrips.py -e 3600 -p 2.5 --seed 42 --validate; $END_INGOLSTADT s simulated"
      ;;
    *) echo "$0: unknown net $net (berlin, a10kw, ingolstadt)" >&2; exit 64 ;;
  esac
done

FLOWSIM_COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ $# -ge 1 ] && FLOWSIM_COMMIT="binary from $1 built $(date -u -r "$FLOWSIM" +%Y-%m-%dT%H:%MZ); tree at run time $FLOWSIM_COMMIT"
{
  echo "Command: \`bash bench/traffic/meso.sh${1:+ $1}\` (NETS=\"$NETS\", FLOWSIM_RUNS=$FLOWSIM_RUNS, SUMO_RUNS=$SUMO_RUNS, SUMO_SEEDS=\"$SUMO_SEEDS\", PERIOD=$PERIOD), $(date -u +%Y-%m-%dT%H:%MZ)."
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), nice $NICE, shared."
  echo "Versions: flowsim $FLOWSIM_COMMIT; $("$SUMO" --version | head -1); $(hyperfine --version)."
  echo
} >"$OUT/header.md"
echo
cat "$OUT/header.md"
"$PYTHON" "$HERE/meso_report.py" "$OUT" $NETS --json "$OUT/results.json" --markdown "$OUT/table.md"
