#!/usr/bin/env bash
# A throw-away WFS 2.0 server (MapServer) for the WFS tests (Tests/ParcelCheckKitTests/RemoteSources and
# Tests/CLITests, started through Tests/TestSupport/TestServers/WFSTestServer.swift).
#
#   wfs-test-server.sh start GPKG LAYER…  copy the LAYERs of GPKG (own CRS and fids kept) into a GeoPackage,
#                                         write a mapfile serving each as a WFS feature type, and serve Debian's
#                                         `mapserv` CGI on a free 127.0.0.1 port; prints KEY=VALUE lines
#                                         (WFS_DIR, WFS_PORT, WFS_URL, WFS_LOG, and WFS_UPDATED: the
#                                         capabilities' updateSequence, the data's modification time)
#   wfs-test-server.sh pause DIR          stop the server, keep DIR (to test a server that went away)
#   wfs-test-server.sh resume DIR         start it again on the same port
#   wfs-test-server.sh stop DIR           stop the server and remove DIR
#
# Each feature type's DefaultCRS is the layer's own CRS (EPSG:25832, or 31467/4326 for the layers stored so);
# EPSG:25832, 4326 and 31467 are offered as OtherCRS, so a client can ask for its working CRS. MapServer 8
# implements WFS 2.0 paging (STARTINDEX/COUNT, ImplementsResultPaging). The feature ids are the GeoPackage fids
# (gml:id="<layer>.<fid>").
#
# The HTTP front is a few lines of Debian's python3 (http.server): it runs mapserv as a CGI program for each
# request on /wfs and logs one line per request with its query string (WFS_LOG). Needs the Debian packages
# cgi-mapserver, python3-gdal and gdal-bin (`make deps` installs them).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MAPSERV=${WFS_MAPSERV:-/usr/lib/cgi-bin/mapserv}
PYTHON=/usr/bin/python3

SERVER_NAME=wfs-test-server
# shellcheck source=http-test-server.lib.sh
. "$HERE/http-test-server.lib.sh"

# The HTTP front: GET and POST on /wfs go to mapserv (CGI/1.1 environment), its header lines become the response's.
write_front() {
  cat >"$1/front.py" <<'PY'
import os, subprocess, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAPSERV, MAPFILE, CONFIG = sys.argv[2], sys.argv[3], sys.argv[4]


class MapServerCGI(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_GET(self):
        self.run_mapserv(b"")

    def do_POST(self):
        self.run_mapserv(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def run_mapserv(self, body):
        path, _, query = self.path.partition("?")
        if path != "/wfs":
            self.send_error(404, "only /wfs is served")
            return
        env = {"PATH": "/usr/bin:/bin", "GATEWAY_INTERFACE": "CGI/1.1", "SERVER_PROTOCOL": "HTTP/1.0",
               "REQUEST_METHOD": self.command, "QUERY_STRING": query, "SCRIPT_NAME": "/wfs",
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": str(self.server.server_port),
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": self.headers.get("Content-Type") or "",
               "MAPSERVER_CONFIG_FILE": CONFIG, "MS_MAPFILE": MAPFILE}
        result = subprocess.run([MAPSERV], input=body, env=env, capture_output=True, timeout=120)
        head, _, payload = result.stdout.partition(b"\r\n\r\n")
        if not _:
            head, _, payload = result.stdout.partition(b"\n\n")
        status, headers = 200, []
        for line in head.decode("latin-1").splitlines():
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.split()[0])
            elif name:
                headers.append((name, value.strip()))
        if result.returncode != 0 or not headers:
            self.send_error(500, "mapserv failed", result.stderr.decode("utf-8", "replace")[-500:])
            return
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), MapServerCGI).serve_forever()
PY
}

# The mapfile: one LAYER per served layer, WFS 2.0 with paging, fids as gml:id, all attributes with their types.
# The MAP has no PROJECTION and no wfs_srs on purpose: MapServer would advertise either as every feature type's
# DefaultCRS; without them each layer's wfs_srs applies (its own CRS first).
# Reads data.gpkg in DIR; $1 = DIR, $2 = port, then the layers.
write_mapfile() {
  local dir=$1 port=$2
  shift 2
  "$PYTHON" - "$dir" "$port" "$@" <<'PY'
import datetime, os, sys
from osgeo import ogr
directory, port, layers = sys.argv[1], sys.argv[2], sys.argv[3:]
data = ogr.Open(os.path.join(directory, "data.gpkg"))
offered = ["25832", "4326", "31467"]
# The service's updateSequence: when its data last changed (clients show it as the server timestamp).
changed = datetime.datetime.fromtimestamp(os.path.getmtime(os.path.join(directory, "data.gpkg")), datetime.timezone.utc)
update_sequence = changed.strftime("%Y-%m-%dT%H:%M:%SZ")
kinds = {ogr.wkbPoint: "POINT", ogr.wkbMultiPoint: "POINT", ogr.wkbLineString: "LINE",
         ogr.wkbMultiLineString: "LINE"}
blocks = []
for name in layers:
    layer = data.GetLayerByName(name)
    srs = layer.GetSpatialRef()
    code = srs.GetAuthorityCode(None) if srs else None
    if not code:
        sys.exit(f"layer {name} has no EPSG code")
    crs_list = " ".join("EPSG:" + c for c in [code] + [c for c in offered if c != code])
    kind = kinds.get(ogr.GT_Flatten(layer.GetGeomType()), "POLYGON")
    # MapServer writes date fields as gml:TimeInstant, which GDAL reads as a field called "timePosition";
    # as text ("YYYY-MM-DD") they keep their name and value.
    definition = layer.GetLayerDefn()
    dates = "".join(f'\n      "gml_{field.GetName()}_type" "Character"'
                    for field in (definition.GetFieldDefn(i) for i in range(definition.GetFieldCount()))
                    if field.GetType() in (ogr.OFTDate, ogr.OFTDateTime))
    blocks.append(f"""
  LAYER
    NAME "{name}"
    TYPE {kind}
    STATUS ON
    CONNECTIONTYPE OGR
    CONNECTION "{directory}/data.gpkg"
    DATA "{name}"
    PROJECTION
      "init=epsg:{code}"
    END
    METADATA
      "wfs_title" "{name}"
      "wfs_srs" "{crs_list}"
      "wfs_enable_request" "*"
      "gml_include_items" "all"
      "gml_exclude_items" "feature_id"
      "gml_featureid" "feature_id"
      "gml_types" "auto"{dates}
      "wfs_getfeature_formatlist" "GML32"
    END
  END""")
text = f"""MAP
  NAME "parcelcheck_wfs_test"
  EXTENT 580000 5880000 610000 5920000
  UNITS METERS
  WEB
    METADATA
      "wfs_title" "parcelcheck WFS test server"
      "ows_updatesequence" "{update_sequence}"
      "wfs_onlineresource" "http://127.0.0.1:{port}/wfs?"
      "wfs_enable_request" "*"
      "wfs_maxfeatures" "100000"
    END
  END
{"".join(blocks)}
END
"""
open(os.path.join(directory, "wfs.map"), "w", encoding="utf-8").write(text)
open(os.path.join(directory, "updated"), "w", encoding="utf-8").write(update_sequence)
PY
  cat >"$dir/mapserver.conf" <<EOF
CONFIG
  ENV
    MS_MAPFILE "$dir/wfs.map"
  END
  MAPS
  END
END
EOF
}

serve() {
  exec "$PYTHON" "$1/front.py" "$2" "$MAPSERV" "$1/wfs.map" "$1/mapserver.conf"
}

answers() {
  "$PYTHON" - "$1" <<'PY'
import sys, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities"
sys.exit(0 if b"WFS_Capabilities" in urllib.request.urlopen(url, timeout=5).read() else 1)
PY
}

start() {
  local gpkg=${1:?usage: wfs-test-server.sh start GPKG LAYER…}
  shift
  [ $# -gt 0 ] || fail "name the layers to serve"
  [ -f "$gpkg" ] || fail "no sample data at $gpkg (run make sample-data)"
  [ -x "$MAPSERV" ] || fail "no MapServer CGI at $MAPSERV (apt-get install cgi-mapserver; make deps)"
  command -v ogr2ogr >/dev/null || fail "ogr2ogr missing (apt-get install gdal-bin; make deps)"
  "$PYTHON" -c 'import osgeo' 2>/dev/null || fail "Python GDAL bindings missing (apt-get install python3-gdal; make deps)"
  dir=$(mktemp -d "${TMPDIR:-/tmp}/wfs-test.XXXXXX")
  trap 'abandon "$dir"' EXIT

  # The served copy: each layer in its own CRS, fids kept, and again as the field feature_id: MapServer takes
  # gml:id from a field (gml_featureid), not from the OGR fid.
  local layer
  local update=()
  for layer in "$@"; do
    ogr2ogr -f GPKG "${update[@]}" "$dir/data.gpkg" "$gpkg" -sql "SELECT *, fid AS feature_id FROM \"$layer\"" \
      -preserve_fid -nln "$layer" \
      >>"$dir/ogr2ogr.log" 2>&1 || { cat "$dir/ogr2ogr.log" >&2; fail "ogr2ogr could not copy $layer from $gpkg"; }
    update=(-update)
  done
  write_front "$dir"

  local port="" attempt
  for attempt in 1 2 3; do
    port=$(free_port)
    write_mapfile "$dir" "$port" "$@" || fail "could not write the mapfile"
    if server_start "$dir" "$port"; then break; fi
    server_stop "$dir"
    port=""
  done
  [ -n "$port" ] || fail "MapServer did not answer GetCapabilities"
  echo "$port" >"$dir/port"

  trap - EXIT
  echo "WFS_DIR=$dir"
  echo "WFS_PORT=$port"
  echo "WFS_URL=http://127.0.0.1:$port/wfs"
  echo "WFS_LOG=$dir/access.log"
  echo "WFS_UPDATED=$(cat "$dir/updated")"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  pause) shift; pause "$@" ;;
  resume) shift; resume "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: wfs-test-server.sh start GPKG LAYER… | pause DIR | resume DIR | stop DIR" >&2; exit 64 ;;
esac
