#!/usr/bin/env bash
# Prints the editor benchmarks of BENCHMARKS.md: keystroke -> diagnostics and content assist on a
# generated 5,000-line route, and the start of ./casestudio to the open editor (under Xvfb when
# there is no display). Builds what it needs first.
#   releng/scripts/benchmark.sh [lines] [iterations]
#   releng/scripts/benchmark.sh --validation [sizes...]   (default 100 1000 10000)
#   releng/scripts/benchmark.sh --export [cases] [runs]   (default 1000 5; pandoc from Debian for the comparison)
#   releng/scripts/benchmark.sh --cli [runs|--smoke]      (./casestudio validate and export against pandoc)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# The command line against pandoc: releng/scripts/cli-benchmark.sh ([runs] or --smoke).
if [ "${1:-}" = "--cli" ]; then
  shift
  exec "$ROOT/releng/scripts/cli-benchmark.sh" "$@"
fi

. "$ROOT/releng/scripts/jdk.sh"
PRODUCT="$ROOT/releng/org.casestudio.product/target/products/org.casestudio.product/linux/gtk/x86_64"
JVM=(-Xmx2g)
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/casestudio"
# shellcheck source=releng/scripts/desktop-jvm.sh
. "$ROOT/releng/scripts/desktop-jvm.sh"
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 23 ]; then JVM+=(--sun-misc-unsafe-memory-access=allow); fi

# One start of ./casestudio that closes itself once the editor is open; prints "<window> <editor>"
# in ms after the JVM started.
start_once() {
  local log
  log=$(mktemp)
  CASESTUDIO_TIMING=close CASESTUDIO_WORKSPACE="$1" timeout 120 "$ROOT/casestudio" > "$log" 2>&1 || true
  echo "$(grep -o "workbench up [0-9]*" "$log" | grep -o "[0-9]*$" || echo "-")" \
    "$(grep -o "editor open [0-9]*" "$log" | grep -o "[0-9]*$" || echo "-")"
  rm -f "$log"
}

median() {
  sort -n | awk '{ t[NR] = $1 } END { printf "%d ms (of %d runs, %d to %d ms)", t[int((NR + 1) / 2)], NR, t[1], t[NR] }'
}

startup() {
  # The first start after a build fills the OSGi caches and, on JDK 25 and later, is preceded by
  # the recording start that the start-up cache is made from: it is shown apart, with its whole
  # time. Then five starts on a fresh workspace each (the seed project is imported every time)
  # and five on one workspace, as a trainer starts it day after day.
  local workspace fresh=() same=() up open start end
  workspace=$(mktemp -d)
  start=$(date +%s%N)
  read -r up open < <(start_once "$workspace")
  end=$(date +%s%N)
  echo "  first start: window up $up ms, editor open $open ms after the JVM started;" \
    "$(( (end - start) / 1000000 )) ms in all, with the preparation of the start-up cache"
  for run in 1 2 3 4 5; do
    local scratch
    scratch=$(mktemp -d)
    read -r up open < <(start_once "$scratch")
    rm -rf "$scratch"
    echo "  fresh workspace, run $run: window up $up ms, editor open $open ms"
    fresh+=("$open")
    read -r up open < <(start_once "$workspace")
    echo "  same workspace,  run $run: window up $up ms, editor open $open ms"
    same+=("$open")
  done
  rm -rf "$workspace"
  echo "  median to the open editor, fresh workspace: $(printf '%s\n' "${fresh[@]}" | median)"
  echo "  median to the open editor, same workspace:  $(printf '%s\n' "${same[@]}" | median)"
}

if [ "${1:-}" = "--startup" ]; then
  startup
  exit 0
fi

if [ "${1:-}" = "--validation" ]; then
  shift
  VALIDATION=1
fi
if [ "${1:-}" = "--export" ]; then
  shift
  EXPORT=1
fi

BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1 || true)
if [ ! -d "$PRODUCT/plugins" ] || [ -z "$BENCH_JAR" ]; then
  "$ROOT/mvnw" -q -B -DskipTests verify
  BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1)
fi

if [ -n "${EXPORT:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$BENCH_JAR:$PRODUCT/plugins/*" \
    org.casestudio.benchmarks.ExportBenchmark "$ROOT/seeds/attapeu" "$@"
  echo
  echo "./casestudio export of the seed to html, JVM start and validation included (5 runs):"
  out=$(mktemp -d)
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "  %e s wall, %M KB peak" "$ROOT/casestudio" export "$ROOT/seeds/attapeu" --format html --out "$out/pack" 2>&1 >/dev/null | grep "wall"
  done
  rm -rf "$out"
  exit 0
fi

if [ -n "${VALIDATION:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$BENCH_JAR:$PRODUCT/plugins/*" \
    org.casestudio.benchmarks.ValidationBenchmark "$@"
  echo
  echo "Smallest -Xmx with which a library still validates (tried in this order):"
  for cases in 1000 10000; do
    found=""
    for mb in 48 64 96 128 192 256 384 512 768 1024; do
      if "$JAVA_HOME/bin/java" "-Xmx${mb}m" "${JVM[@]:1}" -cp "$BENCH_JAR:$PRODUCT/plugins/*" \
          org.casestudio.benchmarks.ValidationBenchmark --once "$cases" >/dev/null 2>&1; then
        found="$mb"; break
      fi
    done
    echo "  $cases cases: -Xmx${found:-(more than 1024)}m"
  done
  echo
  echo "./casestudio validate on the seed route, JVM start included (5 runs):"
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N); "$ROOT/casestudio" validate "$ROOT/seeds/attapeu" >/dev/null; end=$(date +%s%N)
    echo "  $(( (end - start) / 1000000 )) ms"
  done
  exit 0
fi

# The editor's own code paths, on a plain class path of the product's bundles, without a display,
# compiled as the desktop application compiles them: on JDK 25 and later with a start-up cache
# recorded as the application records its own (desktop-jvm.sh), here by a short run on a small
# route, so that the methods compiled while recording are compiled as in the application.
EDITOR_CACHE_OPTS=()
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ]; then
  editor_cache="$(mktemp -d)/editor.aot"
  if "$JAVA_HOME/bin/java" "${JVM[@]}" "${DESKTOP_RECORDING_OPTS[@]}" -XX:AOTCacheOutput="$editor_cache" \
      -cp "$BENCH_JAR:$PRODUCT/plugins/*" org.casestudio.benchmarks.EditorBenchmark 300 5 >/dev/null 2>&1; then
    EDITOR_CACHE_OPTS=(-XX:AOTCache="$editor_cache" "-Xlog:aot*=off" "-Xlog:cds*=off")
    echo "(with a start-up cache recorded as the application's own)"
  fi
fi
"$JAVA_HOME/bin/java" "${JVM[@]}" "${DESKTOP_JIT_OPTS[@]}" "${EDITOR_CACHE_OPTS[@]}" \
  -cp "$BENCH_JAR:$PRODUCT/plugins/*" org.casestudio.benchmarks.EditorBenchmark "${1:-5000}" "${2:-200}"
[ -n "${editor_cache:-}" ] && rm -rf "$(dirname "$editor_cache")"

echo
echo "Start of ./casestudio to the open editor (fresh workspace each run):"
if [ -n "${DISPLAY:-}" ]; then
  startup
else
  xvfb-run -a -s "-screen 0 1280x1024x24" "$0" --startup
fi
