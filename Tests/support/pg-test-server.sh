#!/usr/bin/env bash
# A throw-away PostgreSQL 15 + PostGIS server for the PostGIS tests (Tests/ParcelCheckKitTests/RemoteSources,
# started through Tests/TestSupport/TestServers/PGTestServer.swift).
#
#   pg-test-server.sh start GPKG   initdb into a new temp dir, start on a free loopback port, create the
#                                  database `lueneburg` with PostGIS, load every layer of GPKG into schema
#                                  `kataster` (fids and CRS kept), add a read-only role with a password;
#                                  prints the connection info as KEY=VALUE lines on stdout
#   pg-test-server.sh pause DIR    stops the server but keeps its data (to test a server that went away)
#   pg-test-server.sh resume DIR   starts it again on the same port
#   pg-test-server.sh stop DIR     stops the server started in DIR and removes DIR
#
# Needs the Debian packages postgresql-15, postgresql-15-postgis-3 and gdal-bin (`make deps` installs them).
# As root the server runs as the `postgres` user (initdb refuses root). Nothing outside the temp dir changes.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DB=lueneburg
SCHEMA=kataster
ROLE=parcelcheck_reader

fail() { echo "pg-test-server: $*" >&2; exit 1; }

# Runs a command as the server's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Starts the cluster in $1 on loopback port $2 (and a socket in $1/socket).
# log_statement=all: the tests read the log to see that spatial filters reach the server as SQL.
# Descriptors beyond 0-2 are closed first: the server would inherit them and keep them open, and
# Foundation.Process (the Swift tests) watches one of them to learn that this script has exited.
server_start() {
  local fd
  for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    if [ "$fd" -gt 2 ] && [ "$fd" != 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
  as_owner "$PG_BIN/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 30 -s start -o \
    "-c listen_addresses=127.0.0.1 -p $2 -c unix_socket_directories=$1/socket -c log_statement=all \
     -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB" >/dev/null 2>&1
}

# Stops the server in $1 if it runs and removes $1, after showing the end of its log on stderr.
abandon() {
  [ -f "$1/server.log" ] && { echo "--- server log:" >&2; tail -15 "$1/server.log" >&2; }
  as_owner "$PG_BIN/pg_ctl" -D "$1/data" -m immediate -w -s stop >/dev/null 2>&1 || true
  rm -rf "$1"
}

start() {
  local gpkg=${1:?usage: pg-test-server.sh start GPKG}
  [ -f "$gpkg" ] || fail "no sample data at $gpkg (run make sample-data)"
  gpkg=$(cd "$(dirname "$gpkg")" && pwd)/$(basename "$gpkg")
  [ -x "$PG_BIN/initdb" ] || fail "PostgreSQL 15 server binaries missing in $PG_BIN (apt-get install postgresql-15; make deps)"
  [ -f /usr/share/postgresql/15/extension/postgis.control ] ||
    fail "PostGIS for PostgreSQL 15 missing (apt-get install postgresql-15-postgis-3; make deps)"
  command -v ogr2ogr >/dev/null || fail "ogr2ogr missing (apt-get install gdal-bin; make deps)"
  if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || fail "no 'postgres' user to run the server as"; fi

  # As root the server runs as `postgres`, which must reach the folder: /tmp, not a private $TMPDIR.
  local base=${TMPDIR:-/tmp}
  [ "$(id -u)" = 0 ] && base=/tmp
  dir=$(mktemp -d "$base/pg-test.XXXXXX")
  # A failed start leaves nothing behind: the server is stopped and the folder removed (its log shown first).
  trap 'abandon "$dir"' EXIT
  chmod 755 "$dir"
  mkdir "$dir/socket"
  [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
  # Local socket: trust (set-up only). TCP: a password is required, which is what the tests exercise.
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; fail "initdb failed"; }

  # A free loopback port: ask the kernel for one, retry if another process takes it first.
  local port="" attempt
  for attempt in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
      echo $((20000 + RANDOM % 20000)))
    if server_start "$dir" "$port"; then break; fi
    port=""
  done
  [ -n "$port" ] || fail "the server did not start"
  echo "$port" >"$dir/port"

  local password
  password="pw-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  psql_admin() { as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U postgres "$@"; }
  psql_admin -d postgres -c "CREATE DATABASE $DB" >/dev/null
  psql_admin -d "$DB" >/dev/null <<SQL
CREATE EXTENSION postgis;
CREATE SCHEMA $SCHEMA;
SET log_statement = 'none';  -- keep the password out of the log
CREATE ROLE $ROLE LOGIN PASSWORD '$password';
SQL
  # As root, ogr2ogr connects over the socket as `postgres` (trust); it reads the GeoPackage as root.
  PGHOST=$dir/socket PGPORT=$port ogr2ogr -f PostgreSQL "PG:dbname=$DB user=postgres" "$gpkg" \
    -lco SCHEMA=$SCHEMA -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=GIST \
    --config PG_USE_COPY YES >"$dir/ogr2ogr.log" 2>&1 ||
    { tail -20 "$dir/ogr2ogr.log" >&2; fail "ogr2ogr could not load $gpkg"; }
  psql_admin -d "$DB" >/dev/null <<SQL
-- Views, to check that catalog layers may name views too. A view has no primary key: GDAL takes its feature
-- ids from a column called ogc_fid, else it numbers the features in read order (raumordnung_ohne_id).
CREATE VIEW $SCHEMA.raumordnung_v AS SELECT fid AS ogc_fid, festlegung, rrop, geom FROM $SCHEMA.raumordnung;
CREATE VIEW $SCHEMA.raumordnung_ohne_id AS SELECT fid, festlegung, rrop, geom FROM $SCHEMA.raumordnung;
GRANT USAGE ON SCHEMA $SCHEMA TO $ROLE;
GRANT SELECT ON ALL TABLES IN SCHEMA $SCHEMA TO $ROLE;
SQL
  # A marker in the log: everything after it comes from the tests.
  psql_admin -d "$DB" -c "SELECT 'pg-test-server ready'" >/dev/null

  trap - EXIT
  echo "PGTEST_DIR=$dir"
  echo "PGTEST_HOST=127.0.0.1"
  echo "PGTEST_PORT=$port"
  echo "PGTEST_DB=$DB"
  echo "PGTEST_SCHEMA=$SCHEMA"
  echo "PGTEST_USER=$ROLE"
  echo "PGTEST_PASSWORD=$password"
  echo "PGTEST_LOG=$dir/server.log"
}

pause() {
  local dir=${1:?usage: pg-test-server.sh pause DIR}
  [ -d "$dir/data" ] || fail "no test server in $dir"
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -s stop >/dev/null 2>&1 || fail "the server in $dir did not stop"
}

resume() {
  local dir=${1:?usage: pg-test-server.sh resume DIR}
  [ -f "$dir/port" ] || fail "no test server in $dir"
  server_start "$dir" "$(cat "$dir/port")" || fail "the server in $dir did not start again (see $dir/server.log)"
}

stop() {
  local dir=${1:?usage: pg-test-server.sh stop DIR}
  [ -d "$dir/data" ] || fail "no test server in $dir"
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -s stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  pause) shift; pause "$@" ;;
  resume) shift; resume "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: pg-test-server.sh start GPKG | pause DIR | resume DIR | stop DIR" >&2; exit 64 ;;
esac
