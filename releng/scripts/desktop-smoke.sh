#!/usr/bin/env bash
# Starts the desktop application the way a user does, twice, on a fresh cache folder and
# workspace: the first start must prepare the start-up cache (JDK 25 and later) and open the seed
# route, the second must open it with that cache. Run by .ci/run after the tests, under Xvfb when
# there is no display.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
. "$ROOT/releng/scripts/jdk.sh"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

start() {
  XDG_CACHE_HOME="$scratch/cache" CASESTUDIO_WORKSPACE="$scratch/workspace" CASESTUDIO_TIMING=close \
    timeout 300 "$ROOT/casestudio" > "$scratch/$1.log" 2>&1 || true
  if ! grep -q "editor open" "$scratch/$1.log"; then
    echo "desktop smoke test: the $1 start did not open the seed route:" >&2
    cat "$scratch/$1.log" >&2
    exit 1
  fi
  echo "desktop smoke test: $1 start: $(grep -o 'editor open [0-9]* ms' "$scratch/$1.log")"
}

start first
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ] && ! compgen -G "$scratch/cache/casestudio/desktop-*.aot" >/dev/null; then
  echo "desktop smoke test: the first start made no start-up cache:" >&2
  cat "$scratch/cache/casestudio/"desktop-*.log "$scratch/first.log" >&2 || true
  exit 1
fi
start second
if grep -q "first start of this build" "$scratch/second.log"; then
  echo "desktop smoke test: the second start prepared the start-up cache again" >&2
  exit 1
fi
