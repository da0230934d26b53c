#!/usr/bin/env bash
# What any process needs before flowsim's own work on Berlin-Adlershof, measured with small C programs
# (bench/traffic/floor/): starting with GDAL linked, writing a links.gpkg-shaped GeoPackage with GDAL, and
# libxml2 alone on the two halves of the .net.xml. Compare with flowsim and SUMO on the same machine.
# Usage: bash bench/traffic/floor.sh [BIN_DIR]   (BIN_DIR with flowsim: also times flowsim on Berlin)
# Needs bench/out/traffic/berlin/{osm.net.xml,trips.rou.xml} (made by bench/traffic/run.sh), gcc, hyperfine.
set -euo pipefail
cd "$(dirname "$0")/../.."
SRC=bench/traffic/floor
OUT=bench/out/floor
B=bench/out/traffic/berlin
mkdir -p "$OUT"
[ -f "$B/osm.net.xml" ] || { echo "$0: $B/osm.net.xml missing: run bench/traffic/run.sh first" >&2; exit 1; }
gcc -O2 "$SRC/gdal_only.c" $(pkg-config --cflags --libs gdal) -o "$OUT/gdal_only"
gcc -O2 "$SRC/gpkg_links.c" $(pkg-config --cflags --libs gdal) -o "$OUT/gpkg_links"
gcc -O2 "$SRC/libxml2_halves.c" $(pkg-config --cflags --libs libxml-2.0) -lpthread -o "$OUT/libxml2_halves"
LINKS=740  # links of Berlin-Adlershof in flowsim's links.gpkg
# The byte offset of the first "<junction " tag, where flowsim's SUMONetHalves splits the file.
LINE_START=$(grep -b -m1 '<junction ' "$B/osm.net.xml" | cut -d: -f1 || true)
[ -n "$LINE_START" ] || { echo "$0: no <junction in $B/osm.net.xml" >&2; exit 1; }
SPLIT=$((LINE_START + $(grep -m1 '<junction ' "$B/osm.net.xml" | sed 's/<junction .*//' | wc -c) - 1))
COMMANDS=("$OUT/gdal_only" "$OUT/gpkg_links $OUT/links.gpkg $LINKS" "$OUT/gpkg_links $OUT/links.geojson $LINKS")
if [ $# -ge 1 ]; then
  COMMANDS=("$1/flowsim run --net $B/osm.net.xml --routes $B/trips.rou.xml --duration 5400 --out $OUT/flowsim"
    "$1/flowsim --version" "${COMMANDS[@]}")
fi
hyperfine -N --warmup 3 --runs 30 "${COMMANDS[@]}"
for i in 1 2 3 4 5; do "$OUT/gpkg_links" "$OUT/links.gpkg" "$LINKS"; done
for i in 1 2 3 4 5; do "$OUT/libxml2_halves" "$B/osm.net.xml" "$SPLIT"; done
