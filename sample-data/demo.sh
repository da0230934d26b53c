#!/usr/bin/env bash
# The demo: the planner's one-line check, its map and report, and a batch over the town's parcels.
# Usage: sample-data/demo.sh BIN_DIR   (make demo passes the release build folder)
set -euo pipefail
BIN="${1:?usage: demo.sh BIN_DIR}"
cd "$(dirname "$0")/.."
OUT=out/demo
mkdir -p "$OUT"

echo "== parcelcheck --flurstueck \"Lüneburg 12 45/3\""
"$BIN/parcelcheck" --flurstueck "Lüneburg 12 45/3" --map "$OUT/map.svg" --report "$OUT/report.html"
"$BIN/parcelcheck" --flurstueck 032718012000450003__ --format json > "$OUT/check.json"
echo
echo "== parcelcheck batch over Gemarkung Lüneburg"
"$BIN/parcelcheck" batch --where "gemarkung = 'Lüneburg'" --out "$OUT/lueneburg-check.gpkg"
echo
echo "== flowsim demo (3×3 signalised grid)"
"$BIN/flowsim" demo --out "$OUT/flowsim"
echo
echo "== flowsim landuse: morning peak from parcels × development plans, simulated on the inner-city streets"
"$BIN/flowsim" landuse --parcels sample-data/lueneburg.gpkg:flurstuecke \
  --plans sample-data/lueneburg.gpkg:bebauungsplaene --network sample-data/lueneburg.gpkg:strassen \
  --out "$OUT/landuse-od-am.csv" --simulate "$OUT/landuse-am"
echo
echo "== flowsim parking: inner-city parking search, without and with sensor guidance"
"$BIN/flowsim" parking sample-data/lueneburg-parking.json --compare --out "$OUT/parking"
echo
echo "Written: $OUT/map.svg, $OUT/report.html, $OUT/check.json, $OUT/lueneburg-check.gpkg, $OUT/flowsim/,"
echo "         $OUT/landuse-od-am.csv, $OUT/landuse-am/, $OUT/parking/"
