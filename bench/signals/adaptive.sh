#!/usr/bin/env bash
# Fixed time vs actuated vs max-pressure on a signalised grid: flowsim (all three) and SUMO (static and
# actuated tlLogic built from the same plans; SUMO has no max-pressure controller), on flowsim's exact trips.
# Usage: bash bench/signals/adaptive.sh [BIN_DIR]   (without BIN_DIR: builds flowsim into .build-tbench)
# Environment: SIZE (5), LENGTH (400 m), RATES ("250 450": veh/h per entry, one scenario each), DEMAND (3600 s),
#   PYTHON (python3),
#   RESULTS_MD (bench/RESULTS.md; empty: do not write). Outputs: bench/out/signals/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
SIZE=${SIZE:-5}
LENGTH=${LENGTH:-400}
RATES=${RATES:-250 450}
DEMAND=${DEMAND:-3600}
RESULTS_MD=${RESULTS_MD-bench/RESULTS.md}
OUT=$ROOT/bench/out/signals
HELP="$PYTHON bench/signals/adaptive.py"
rm -rf "$OUT"
mkdir -p "$OUT"

source bench/tools.sh
use_sumo "$PYTHON"
use_flowsim "$@"

END=""
for RATE in $RATES; do
  R=$OUT/rate-$RATE
  mkdir -p "$R"
  "$FLOWSIM" grid --size "$SIZE" --link-length "$LENGTH" --rate "$RATE" --demand-duration "$DEMAND" \
    --write-scenario "$R/scenario" >/dev/null
  $HELP scenarios "$R/scenario"
  for method in fixed actuated maxpressure maxpressure15; do
    echo "== rate $RATE: flowsim $method"
    "$FLOWSIM" run "$R/scenario/scenario-$method.json" --out "$R/flowsim-$method" >"$R/flowsim-$method.log" 2>&1 \
      || echo "   (flowsim exit $?: see $R/flowsim-$method.log)"
  done
  "$PYTHON" bench/traffic/grid_to_sumo.py "$R/scenario" --out "$R/sumo" --demand trips --flowsim-run "$R/flowsim-fixed"
  $HELP sumo-actuated "$R/sumo" "$SUMO_HOME/bin"
  END=$("$PYTHON" -c "import json; print(json.load(open('$R/scenario/scenario.json'))['duration_s'])")
  for method in fixed actuated; do
    net=grid.net.xml
    [ "$method" = actuated ] && net=grid-actuated.net.xml
    echo "== rate $RATE: SUMO $method"
    (cd "$R/sumo" && "$SUMO_HOME/bin/sumo" -n "$net" -r grid.rou.xml --end "$END" --no-step-log --no-warnings \
      --duration-log.statistics --tripinfo-output "$R/sumo-$method.tripinfo.xml" \
      --tripinfo-output.write-unfinished --statistic-output "$R/sumo-$method.stats.xml" >"$R/sumo-$method.log" 2>&1)
  done
done

VERSION=$(git rev-parse --short HEAD)
SUMO_VERSION=$("$SUMO_HOME/bin/sumo" --version 2>/dev/null | sed -n 1p || true)
HEADER="Command: \`bash bench/signals/adaptive.sh\` (SIZE=$SIZE, LENGTH=$LENGTH m, RATES=\"$RATES\" veh/h per entry, DEMAND=$DEMAND s, simulated $END s), $(date -u +%Y-%m-%dT%H:%MZ); flowsim $VERSION; $SUMO_VERSION. Actuated: min green 5 s, max green 60 s, gap 3 s (SUMO: minDur 5, maxDur 60, max-gap 3 s, detector-gap 2 s). Max-pressure: min green 5 s (maxpressure15: 15 s), decisions every 1 s."
$HELP report "$OUT" "$RESULTS_MD" "$HEADER" $RATES
