# Helpers shared by the bench scripts; source from the repository root after setting PYTHON.

# sumo_home: exports SUMO_HOME (from the eclipse-sumo wheel) and sets SUMO to its sumo binary.
sumo_home() {
  SUMO_HOME=$("$PYTHON" -c 'import sumo; print(sumo.SUMO_HOME)')
  export SUMO_HOME
  SUMO=$SUMO_HOME/bin/sumo
}

# flowsim_binary OUT [BIN_DIR]: sets FLOWSIM to BIN_DIR/flowsim, or builds flowsim (release, static stdlib,
# scratch .build-tbench; log in OUT/build.log) when no BIN_DIR is given.
flowsim_binary() {
  local out=$1 bin
  if [ $# -ge 2 ]; then
    bin=$(cd "$2" && pwd)
  else
    echo "== building flowsim (release, static stdlib, scratch .build-tbench)"
    swift build -c release --static-swift-stdlib --scratch-path .build-tbench --product flowsim >"$out/build.log" 2>&1 \
      || { tail -30 "$out/build.log"; return 1; }
    bin=$PWD/.build-tbench/release
  fi
  FLOWSIM=$bin/flowsim
  [ -x "$FLOWSIM" ] || { echo "bench: $FLOWSIM not found" >&2; return 1; }
}
