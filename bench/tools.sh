# Sourced by the traffic benchmarks (bench/traffic/run.sh, bench/signals/adaptive.sh): the peers from pip and
# the flowsim binary. Expects ROOT (repository root) and OUT (output folder).

# use_sumo PYTHON [PIP_PACKAGE…]: installs eclipse-sumo (and the extra packages, imported under the same
# names) with pip when missing — benchmark only — and exports SUMO_HOME.
use_sumo() {
  local python=$1
  shift
  local modules=sumo
  for p in "$@"; do modules="$modules, $p"; done
  if ! "$python" -c "import $modules" 2>/dev/null; then
    echo "== installing eclipse-sumo $* (pip; benchmark only)"
    "$python" -m pip install -q eclipse-sumo "$@"
  fi
  SUMO_HOME=$("$python" -c 'import sumo; print(sumo.SUMO_HOME)')
  export SUMO_HOME
}

# use_flowsim [BIN_DIR]: sets FLOWSIM to BIN_DIR/flowsim, or without BIN_DIR builds it (release, static
# stdlib, scratch .build-tbench; log in OUT/build.log).
use_flowsim() {
  local bin
  if [ $# -ge 1 ]; then
    bin=$(cd "$1" && pwd)
  else
    echo "== building flowsim (release, static stdlib, scratch .build-tbench)"
    swift build -c release --static-swift-stdlib --scratch-path .build-tbench --product flowsim >"$OUT/build.log" 2>&1 \
      || { tail -30 "$OUT/build.log"; exit 1; }
    bin=$ROOT/.build-tbench/release
  fi
  FLOWSIM=$bin/flowsim
  [ -x "$FLOWSIM" ] || { echo "$0: $FLOWSIM not found" >&2; exit 1; }
}
