#!/usr/bin/env bash
# Seed corpora for the fuzz targets, from the repository's fixtures and sample data plus a few inputs written
# here (the forms the tools document). Usage: bench/fuzz/seeds.sh OUT_DIR   (run from anywhere)
set -euo pipefail
OUT="${1:?usage: seeds.sh OUT_DIR}"
cd "$(dirname "$0")/../.."
rm -rf "$OUT"
for t in parcel-id wkt geojson catalog scenario sumo-net sumo-routes xplan area-kernel; do mkdir -p "$OUT/$t"; done
seed() { printf '%s' "$3" > "$OUT/$1/$2"; }

# Parcel identifiers: every accepted form (ParcelIdentifier.acceptedForms) and near misses.
seed parcel-id key '032718012000450003__'
seed parcel-id words 'Gemarkung Lüneburg, Flur 12, Flurstück 45/3'
seed parcel-id short 'Lüneburg 12 45/3'
seed parcel-id numbers '032718-012-00045/0003'
seed parcel-id default-land '2718-12-45/3'
seed parcel-id abbreviations 'Gmkg. Ochtmissen Fl. 3 Flst. 17 Folge 2'
seed parcel-id no-flur 'Lüneburg 45'

# WKT in the sample data's area (EPSG:25832) and the shapes GEOS reads.
seed wkt square 'POLYGON((593900 5900500,594000 5900500,594000 5900600,593900 5900600,593900 5900500))'
seed wkt hole 'POLYGON((593000 5900000,594000 5900000,594000 5901000,593000 5901000,593000 5900000),(593400 5900400,593600 5900400,593600 5900600,593400 5900600,593400 5900400))'
seed wkt multi 'MULTIPOLYGON(((593900 5900500,594000 5900500,594000 5900600,593900 5900500)),((595000 5901000,595100 5901000,595100 5901100,595000 5901000)))'
seed wkt bowtie 'POLYGON((593900 5900500,594000 5900600,594000 5900500,593900 5900600,593900 5900500))'
seed wkt curve 'CURVEPOLYGON(CIRCULARSTRING(593900 5900500,594000 5900600,593900 5900700,593800 5900600,593900 5900500))'
seed wkt collection 'GEOMETRYCOLLECTION(POLYGON((593900 5900500,594000 5900500,594000 5900600,593900 5900500)),POINT(1 2))'
seed wkt z 'POLYGON Z((593900 5900500 10,594000 5900500 10,594000 5900600 10,593900 5900500 10))'

# Area kernel: two squares sharing an edge, one inside the other (touching), a triangle across a square.
printf '\x01\x01\x00\x00\x00\x10\x00\x10\x10\x00\x10\x10\x00\x20\x00\x20\x10\x10\x10' > "$OUT/area-kernel/shared-edge"
printf '\x01\x01\x00\x00\x00\x08\x00\x08\x08\x00\x08\x00\x00\x10\x00\x10\x10\x00\x10' > "$OUT/area-kernel/inside"
printf '\x00\x01\x03\x00\x00\x20\x10\x00\x20\x08\x08\x18\x08\x18\x18\x08\x18' > "$OUT/area-kernel/crossing"

# GeoJSON (EPSG:4326, as the tools read it): geometry, Feature, FeatureCollection.
seed geojson polygon '{"type":"Polygon","coordinates":[[[10.4078,53.2459],[10.4082,53.2459],[10.4083,53.2462],[10.4079,53.2462],[10.4078,53.2459]]]}'
seed geojson feature '{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"MultiPolygon","coordinates":[[[[10.40,53.24],[10.41,53.24],[10.41,53.25],[10.40,53.24]]]]}}'
seed geojson collection '{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":{"type":"Polygon","coordinates":[[[10.40,53.24],[10.41,53.24],[10.41,53.25],[10.40,53.24]],[[10.402,53.241],[10.405,53.241],[10.405,53.243],[10.402,53.241]]]}}]}'
cp Tests/TrafficStudiesTests/Fixtures/roads.geojson "$OUT/geojson/roads"

# Catalogs.
cp sample-data/catalog.yaml "$OUT/catalog/sample"
cp bench/batch-catalog.yaml "$OUT/catalog/batch"

# Scenarios (the fuzz target provides network.json and signals.json of sample-data/parking beside them).
cp sample-data/parking/scenario.json "$OUT/scenario/parking"
seed scenario yaml 'name: y
network: network.json
demand:
  flows:
    - { id: f, origin: N_0-n_0_0, destination: n_3_0-S_0, begin_s: 0, end_s: 600, vehicles_per_hour: 300 }
duration_s: 900
step_s: 1
output_interval_s: 60
signal_control: { method: actuated }
'

# SUMO networks and routes.
cp Tests/TrafficStudiesTests/Fixtures/crossing.net.xml "$OUT/sumo-net/crossing"
cp Tests/TrafficStudiesTests/Fixtures/pedestrian-crossing.net.xml "$OUT/sumo-net/pedestrian-crossing"
cp Tests/TrafficStudiesTests/Fixtures/crossing.rou.xml "$OUT/sumo-routes/crossing"

# XPlanGML: the reference plans small enough to mutate quickly.
for f in Tests/ParcelCheckKitTests/Resources/xplan-reference/*.gml; do
  if [ "$(stat -c %s "$f")" -le 100000 ]; then cp "$f" "$OUT/xplan/$(basename "$f" .gml)"; fi
done
echo "seeds: $(find "$OUT" -type f | wc -l) files in $OUT"
