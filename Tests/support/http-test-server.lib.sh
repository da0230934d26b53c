# Shared by the HTTP test-server scripts (oapif-test-server.sh, wfs-test-server.sh); sourced, not run.
#
# The sourcing script sets SERVER_NAME (for messages) and defines
#   serve DIR PORT   exec the server in the foreground (output goes to DIR/access.log)
#   answers PORT     succeed once the server on PORT answers its first real request
# and gets server_start, server_stop, abandon and the commands pause, resume and stop, all working on a server
# folder DIR that holds `pid`, `port` and `access.log`.

fail() { echo "$SERVER_NAME: $*" >&2; exit 1; }

# Starts the server of $1 on port $2 in the background, waits (30 s at most) until `answers` succeeds.
# Descriptors beyond 0-2 are closed for the server (Foundation.Process watches one to see the script end).
server_start() {
  local dir=$1 port=$2 fd i
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ] && [ "$fd" != 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    cd "$dir"
    serve "$dir" "$port" </dev/null >>"$dir/access.log" 2>&1
  ) &
  echo $! >"$dir/pid"
  for i in $(seq 1 300); do
    if answers "$port" 2>/dev/null; then return 0; fi
    kill -0 "$(cat "$dir/pid")" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

server_stop() {
  local pid
  [ -f "$1/pid" ] || return 0
  pid=$(cat "$1/pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1/pid"
}

# For a failed start: show the end of the log, stop the server, remove its folder.
abandon() {
  [ -f "$1/access.log" ] && { echo "--- server log:" >&2; tail -15 "$1/access.log" >&2; }
  server_stop "$1"
  rm -rf "$1"
}

# A free loopback port (the kernel's choice).
free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

pause() {
  local dir=${1:?usage: $SERVER_NAME pause DIR}
  [ -f "$dir/port" ] || fail "no test server in $dir"
  server_stop "$dir"
}

resume() {
  local dir=${1:?usage: $SERVER_NAME resume DIR}
  [ -f "$dir/port" ] || fail "no test server in $dir"
  server_start "$dir" "$(cat "$dir/port")" || fail "the server in $dir did not start again (see $dir/access.log)"
}

stop() {
  local dir=${1:?usage: $SERVER_NAME stop DIR}
  [ -f "$dir/port" ] || fail "no test server in $dir"
  server_stop "$dir"
  rm -rf "$dir"
}
