#!/usr/bin/env bash
# A throw-away OGC API Features server (pygeoapi) for the OAPIF tests (Tests/ParcelCheckKitTests/RemoteSources,
# started through Tests/TestSupport/TestServers/OAPIFTestServer.swift).
#
#   oapif-test-server.sh install            create the Python environment with pygeoapi (once; `make test-deps`)
#   oapif-test-server.sh start GPKG LAYER…  copy the LAYERs of GPKG into a GeoPackage in EPSG:4326 (fids kept),
#                                           serve each as a collection on a free 127.0.0.1 port; prints
#                                           KEY=VALUE lines (OAPIF_DIR, OAPIF_PORT, OAPIF_URL, OAPIF_LOG)
#   oapif-test-server.sh pause DIR          stop the server, keep DIR (to test a server that went away)
#   oapif-test-server.sh resume DIR         start it again on the same port
#   oapif-test-server.sh stop DIR           stop the server and remove DIR
#
# pygeoapi runs in a virtual environment of Debian's /usr/bin/python3 with its system packages, because its
# OGR provider needs the GDAL bindings (python3-gdal) that match the system GDAL; pip installs pygeoapi into it.
# Needs the Debian packages python3-venv, python3-gdal and gdal-bin (`make test-deps` installs them).
# The access log (werkzeug: one line per request with its query string) is OAPIF_LOG.
set -euo pipefail

PYGEOAPI_VERSION=0.19.0
VENV=${OAPIF_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/geotraffic-tests/pygeoapi-$PYGEOAPI_VERSION}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

SERVER_NAME=oapif-test-server
# shellcheck source=http-test-server.lib.sh
. "$HERE/http-test-server.lib.sh"

install() {
  [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import pygeoapi, osgeo' 2>/dev/null && return 0
  [ -x /usr/bin/python3 ] || fail "no /usr/bin/python3 (apt-get install python3; make test-deps)"
  /usr/bin/python3 -c 'import osgeo' 2>/dev/null || fail "Python GDAL bindings missing (apt-get install python3-gdal; make test-deps)"
  /usr/bin/python3 -c 'import ensurepip' 2>/dev/null || fail "python3-venv missing (apt-get install python3-venv; make test-deps)"
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  /usr/bin/python3 -m venv --system-site-packages "$VENV" || fail "cannot create the virtual environment $VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "pygeoapi==$PYGEOAPI_VERSION" >&2 ||
    { rm -rf "$VENV"; fail "pip could not install pygeoapi==$PYGEOAPI_VERSION (is PyPI reachable?)"; }
  "$VENV/bin/python" -c 'import pygeoapi.flask_app' 2>/dev/null || true   # warm the byte-code cache
}

# The provider and the launcher, written into the server's folder.
# pygeoapi 0.19's OGR provider pages with SQL LIMIT/OFFSET *before* the bbox filter, so page 2 of a bbox query
# holds the wrong features; this one filters first and then skips `offset` features (fine for test data), and
# says how many features match (numberMatched), as most servers do. The launcher writes the OpenAPI document
# (GDAL reads it) and serves in one Python process, which saves a second start of pygeoapi.
write_python() {
  cat >"$1/parcelcheck_oapif.py" <<'PY'
from pygeoapi.provider.ogr import OGRProvider


class PagedOGRProvider(OGRProvider):
    def query(self, offset=0, limit=10, resulttype='results', **kwargs):
        if resulttype != 'results':
            return super().query(offset=offset, limit=limit, resulttype=resulttype, **kwargs)
        result = super().query(offset=0, limit=offset + limit, resulttype=resulttype, **kwargs)
        result['features'] = result['features'][offset:]
        hits = super().query(resulttype='hits', **kwargs)
        result['numberMatched'] = hits['numberMatched']
        result['numberReturned'] = len(result['features'])
        return result
PY
  cat >"$1/serve.py" <<'PY'
import os, pathlib, sys
from pygeoapi.openapi import generate_openapi_document
document = pathlib.Path(os.environ['PYGEOAPI_OPENAPI'])
if not document.exists():
    document.write_text(generate_openapi_document(pathlib.Path(os.environ['PYGEOAPI_CONFIG']), 'json'))
from pygeoapi.flask_app import APP
APP.run(host='127.0.0.1', port=int(sys.argv[1]), threaded=True)
PY
}

serve() {
  PYTHONPATH=$1 PYGEOAPI_CONFIG=$1/config.yml PYGEOAPI_OPENAPI=$1/openapi.json exec "$VENV/bin/python" "$1/serve.py" "$2"
}

answers() {
  /usr/bin/python3 - "$1" <<'PY'
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/collections?f=json", timeout=2).read()
PY
}

start() {
  local gpkg=${1:?usage: oapif-test-server.sh start GPKG LAYER…}
  shift
  [ $# -gt 0 ] || fail "name the layers to serve"
  [ -f "$gpkg" ] || fail "no sample data at $gpkg (run make sample-data)"
  command -v ogr2ogr >/dev/null || fail "ogr2ogr missing (apt-get install gdal-bin; make deps)"
  install
  dir=$(mktemp -d "${TMPDIR:-/tmp}/oapif-test.XXXXXX")
  trap 'abandon "$dir"' EXIT

  # The served copy: lon/lat (OGC API Features' default CRS84), fids kept (they become the feature ids).
  local layer collections=""
  local update=()
  for layer in "$@"; do
    ogr2ogr -f GPKG "${update[@]}" "$dir/data.gpkg" "$gpkg" "$layer" -t_srs EPSG:4326 -preserve_fid -nln "$layer" \
      >>"$dir/ogr2ogr.log" 2>&1 || { cat "$dir/ogr2ogr.log" >&2; fail "ogr2ogr could not copy $layer from $gpkg"; }
    update=(-update)
    collections+="  $layer:
    type: collection
    title: $layer
    description: $layer of the sample data
    keywords: [test]
    extents: {spatial: {bbox: [-180, -90, 180, 90], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'}}
    providers:
      - {type: feature, name: parcelcheck_oapif.PagedOGRProvider, id_field: fid, layer: $layer,
         data: {source_type: GPKG, source: $dir/data.gpkg}}
"
  done
  write_python "$dir"

  local port="" attempt
  for attempt in 1 2 3; do
    port=$(free_port)
    COLLECTIONS=$collections PORT=$port /usr/bin/python3 - "$HERE/pygeoapi-config.yml.in" "$dir/config.yml" <<'PY'
import os, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace("@COLLECTIONS@", os.environ["COLLECTIONS"]).replace("@PORT@", os.environ["PORT"])
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
    if server_start "$dir" "$port"; then break; fi
    server_stop "$dir"
    port=""
  done
  [ -n "$port" ] || fail "pygeoapi did not start"
  echo "$port" >"$dir/port"

  trap - EXIT
  echo "OAPIF_DIR=$dir"
  echo "OAPIF_PORT=$port"
  echo "OAPIF_URL=http://127.0.0.1:$port"
  echo "OAPIF_LOG=$dir/access.log"
}

case "${1:-}" in
  install) install ;;
  start) shift; start "$@" ;;
  pause) shift; pause "$@" ;;
  resume) shift; resume "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: oapif-test-server.sh install | start GPKG LAYER… | pause DIR | resume DIR | stop DIR" >&2; exit 64 ;;
esac
