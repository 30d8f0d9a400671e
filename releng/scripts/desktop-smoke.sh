#!/usr/bin/env bash
# Starts the desktop application the way a user does, twice, on a fresh cache folder and
# workspace: the first start must open the seed route and, on JDK 25 and later, write the
# start-up cache when it closes; the second must open the seed route with that cache. Run by
# .ci/run after the tests, under Xvfb when there is no display.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
. "$ROOT/releng/scripts/jdk.sh"
# shellcheck source=releng/scripts/desktop-jvm.sh
. "$ROOT/releng/scripts/desktop-jvm.sh"
# Both starts on one D-Bus session bus, as on a desktop (GTK's accessibility bridge on it), rather
# than each trying to launch one and failing under a bare Xvfb.
desktop_session_bus
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; [ -z "$DESKTOP_BUS_PID" ] || kill "$DESKTOP_BUS_PID" 2> /dev/null || true' EXIT
caches="$scratch/cache/casestudio"

fail() {
  echo "desktop smoke test: $1" >&2
  shift
  cat "$@" >&2 2>/dev/null || true
  exit 1
}

start() {
  # A start that has not opened the editor after 240 s leaves the threads of its JVM in
  # $1.threads before the timeout ends it, so that a hang can be read afterwards.
  ( sleep 240
    grep -q "editor open" "$scratch/$1.log" 2>/dev/null \
      || pgrep -f -- "-data $scratch/workspace" | xargs -r -I{} "$JAVA_HOME/bin/jcmd" {} Thread.print \
        > "$scratch/$1.threads" 2>&1 ) > /dev/null 2>&1 &
  local watcher=$!
  XDG_CACHE_HOME="$scratch/cache" CASESTUDIO_WORKSPACE="$scratch/workspace" CASESTUDIO_TIMING=close \
    timeout 300 "$ROOT/casestudio" > "$scratch/$1.log" 2>&1 || true
  pkill -P "$watcher" 2>/dev/null || true
  kill "$watcher" 2>/dev/null || true
  grep -q "editor open" "$scratch/$1.log" \
    || fail "the $1 start did not open the seed route:" "$scratch/$1.log" "$scratch/$1.threads"
  echo "desktop smoke test: $1 start: $(grep -o 'editor open [0-9]* ms' "$scratch/$1.log")"
}

start first
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ]; then
  # One folder for this checkout and JDK, holding one complete cache and nothing half-written.
  folders=("$caches"/*-jdk*/)
  [ ${#folders[@]} -eq 1 ] || fail "expected one cache folder, found: ${folders[*]}"
  compgen -G "${folders[0]}desktop-*.aot" > /dev/null \
    || fail "the first start wrote no start-up cache:" "$scratch/first.log" "${folders[0]}"*.log
  ! compgen -G "${folders[0]}*.partial*" > /dev/null || fail "the first start left a partial cache behind"
  grep -q "cache that makes later starts faster is written" "$scratch/first.log" \
    || fail "the first start did not say that it records the start-up cache:" "$scratch/first.log"
fi
start second
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ]; then
  ! grep -q "cache that makes later starts faster" "$scratch/second.log" \
    || fail "the second start recorded the start-up cache again:" "$scratch/second.log"
  grep -q "Using AOT-linked classes: true" "${folders[0]}jvm.log" \
    || fail "the second start did not use the start-up cache:" "${folders[0]}jvm.log" "$scratch/second.log"
  ! grep -q "refused" "$scratch/second.log" || fail "the JVM refused the start-up cache:" "$scratch/second.log"
fi
