#!/usr/bin/env bash
# Smoke test of the SUMO network and demand importers on a real network: Berlin-Adlershof from the
# eclipse-sumo pip wheel (tools/game/DRT/osm.net.xml), with routes from SUMO's own randomTrips.py + duarouter.
# Not part of `swift test`: it needs PyPI (pip install eclipse-sumo) once.
#
# Checks: the network builds; its link count equals the non-internal edges Python's xml module counts (all
# classes, and those with a lane open to passenger cars); the passenger roads written to a GeoPackage come
# back through the GIS importer with as many links and nodes; SUMO-routed vehicles import with every step of
# their routes a movement of the imported network, and a 1 h simulation of them with the imported signal
# plans gets them to their destinations. Prints sizes and release-build import times.
#
# Recorded (eclipse-sumo 1.28.0, Berlin-Adlershof): grep -c '<edge ' gives 8109 edges, of which 4468 internal,
# 503 crossing and 1195 walkingarea → 1943 non-internal edges, 740 of them with a passenger lane; the importer
# gives 1943 links / 1033 nodes (all classes) and 740 links / 395 nodes (passenger), 15 traffic lights.
#
# Usage: bench/import_smoke.sh [path/to/net.xml]     (run from anywhere; builds in a temporary package)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

python3 -c "import sumo" 2>/dev/null || python3 -m pip install --quiet eclipse-sumo
SUMO_HOME="$(python3 -c 'import os, sumo; print(os.path.dirname(sumo.__file__))')"
export SUMO_HOME
NET="${1:-$SUMO_HOME/tools/game/DRT/osm.net.xml}"

# Expected counts, independent of the Swift code: non-internal edges (function not internal, crossing or
# walkingarea), and those with at least one lane open to "passenger" (SUMO's allow/disallow rule).
read -r ALL PASSENGER < <(python3 - "$NET" <<'PY'
import sys, xml.etree.ElementTree as ET
def allows(lane, vclass="passenger"):
    allow, disallow = lane.get("allow"), lane.get("disallow")
    if allow is not None: return vclass in allow.split() or "all" in allow.split()
    if disallow is not None: return not (vclass in disallow.split() or "all" in disallow.split())
    return True
edges = [e for e in ET.parse(sys.argv[1]).getroot().iter("edge")
         if e.get("function") not in ("internal", "crossing", "walkingarea")]
print(len(edges), sum(1 for e in edges if any(allows(l) for l in e.iter("lane"))))
PY
)
echo "python: $ALL non-internal edges, $PASSENGER with a passenger lane"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# SUMO's own demand: 200 random passenger trips routed by duarouter (seed fixed).
python3 "$SUMO_HOME/tools/randomTrips.py" -n "$NET" -o "$WORK/trips.xml" -r "$WORK/routes.rou.xml" \
    --vclass passenger --seed 42 -e 200 --validate >/dev/null 2>&1 || { echo "randomTrips.py failed"; exit 1; }

mkdir -p "$WORK/pkg/Sources"
ln -s "$ROOT/bench/import_smoke" "$WORK/pkg/Sources/importsmoke"
cat > "$WORK/pkg/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "importsmoke",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$ROOT")],
    targets: [.executableTarget(name: "importsmoke", dependencies: [
        .product(name: "TrafficCore", package: "$(basename "$ROOT")"),
        .product(name: "TrafficStudies", package: "$(basename "$ROOT")"),
        .product(name: "GeoCore", package: "$(basename "$ROOT")"),
    ])]
)
SWIFT
[ -f "$ROOT/Package.resolved" ] && cp "$ROOT/Package.resolved" "$WORK/pkg/"
swift build -c release --package-path "$WORK/pkg" >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
"$(swift build -c release --package-path "$WORK/pkg" --show-bin-path)/importsmoke" "$NET" "$ALL" "$PASSENGER" "$WORK/routes.rou.xml"
