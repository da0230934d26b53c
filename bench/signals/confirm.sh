#!/usr/bin/env bash
# Do flowsim's signal-plan proposals hold up in SUMO? For each net × load × method, on 3 demand seeds: flowsim's
# predicted change of mean delay (signals optimize, comparison.csv) against the change of mean timeLoss SUMO
# measures when the proposed tlLogic runs on the same routes (see bench/signals/README.md, confirm.py).
#   berlin       SUMO's Berlin-Adlershof net (tools/game/DRT/osm.net.xml, 15 actuated lights): randomTrips -p 2, 1.2
#   ingolstadt   SUMO's Ingolstadt game net (tools/game/fkk_in/ingolstadt.net.xml.gz, 2 static lights): -p 4, 2.5
#   arterial     make_case.py arterial (5 lights, 90 s static): 700/200 and 900/250 veh/h (arterial/side, per
#                direction), departures a seeded Poisson process per route
# Methods: webster, webster --common-cycle, offsets (exit 7 without a common cycle: offsets on the
# common-cycle plans instead). 1 h of departures, 1.5 h simulated (SUMO --end, flowsim --duration 5400).
# Usage: bash bench/signals/confirm.sh [BIN_DIR]   (BIN_DIR holds flowsim; without it: builds into .build-tbench)
# Environment: NETS ("berlin ingolstadt arterial"), SEEDS ("42 43 44"), JOBS (2: parallel seed jobs),
#   LOADS (e.g. "berlin=2,1.2 ingolstadt=4,2.5 arterial=700/200,900/250"), FLOWSIM_ARGS (extra arguments for
#   every `signals optimize`), PYTHON (python3).
# Results: bench/out/signals-confirm/ (git-ignored): per net/load/seed the routes, flowsim's output folders and
# logs, SUMO logs and statistics, result.json; the table is printed and written to confirm.md, all numbers to
# confirm.json. `python3 bench/signals/confirm.py report bench/out/signals-confirm` renders them again.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
NETS=${NETS:-berlin ingolstadt arterial}
SEEDS=${SEEDS:-42 43 44}
JOBS=${JOBS:-2}
LOADS=${LOADS:-}
FLOWSIM_ARGS=${FLOWSIM_ARGS:-}
OUT=$ROOT/bench/out/signals-confirm
rm -rf "$OUT"
mkdir -p "$OUT"
source bench/tools.sh
use_sumo "$PYTHON"
use_flowsim "$@"
echo "== flowsim: $FLOWSIM"
SUMO_VERSION=$("$SUMO_HOME/bin/sumo" --version 2>/dev/null | sed -n 1p || true)
FLOWSIM_VERSION=$("$FLOWSIM" --version 2>/dev/null | head -1 || true)
FLOWSIM_VERSION="${FLOWSIM_VERSION:-?}, binary of $(date -u -r "$FLOWSIM" +%Y-%m-%dT%H:%MZ)"
OPTIMIZE_HELP=$("$FLOWSIM" signals optimize --help 2>/dev/null || true)  # no pipe into grep -q: SIGPIPE + pipefail
if [[ $OPTIMIZE_HELP == *--seeds* ]]; then
  FLOWSIM_VERSION="$FLOWSIM_VERSION, with demand-seed evidence (--seeds)"
else
  FLOWSIM_VERSION="$FLOWSIM_VERSION, without --seeds (no demand-seed evidence: proposes whatever it finds)"
fi
echo "   $FLOWSIM_VERSION; $SUMO_VERSION"

load_args=()
for l in $LOADS; do load_args+=(--load "$l"); done
START=$(date +%s)
# shellcheck disable=SC2086
"$PYTHON" bench/signals/confirm.py run --flowsim "$FLOWSIM" --out "$OUT" --nets $NETS --seeds $SEEDS --jobs "$JOBS" \
  ${load_args[@]+"${load_args[@]}"} --flowsim-args "$FLOWSIM_ARGS" \
  --header "Command: \`bash bench/signals/confirm.sh ${1:-}\` (NETS=\"$NETS\", SEEDS=\"$SEEDS\", JOBS=$JOBS${LOADS:+, LOADS=\"$LOADS\"}${FLOWSIM_ARGS:+, FLOWSIM_ARGS=\"$FLOWSIM_ARGS\"}), $(date -u +%Y-%m-%dT%H:%MZ); flowsim $FLOWSIM_VERSION; tree $(git rev-parse --short HEAD)$(git diff --quiet -- Sources 2>/dev/null || echo ' with Sources modified'); $SUMO_VERSION; $(nproc) cores."
echo "== done in $(( $(date +%s) - START )) s; table: $OUT/confirm.md, numbers: $OUT/confirm.json"
