#!/usr/bin/env bash
# Prints the editor benchmarks of BENCHMARKS.md: keystroke -> diagnostics and content assist on a
# generated 5,000-line route, and the start of ./casestudio to the open editor (under Xvfb when
# there is no display). Builds what it needs first.
#   releng/scripts/benchmark.sh [lines] [iterations]
#   releng/scripts/benchmark.sh --validation [sizes...]   (default 100 1000 10000)
#   releng/scripts/benchmark.sh --export [cases] [runs]   (default 1000 5; pandoc from Debian for the comparison)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/jdk.sh"
PRODUCT="$ROOT/releng/org.casestudio.product/target/products/org.casestudio.product/linux/gtk/x86_64"
JVM=(-Xmx2g)
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/casestudio"
# shellcheck source=releng/scripts/desktop-jvm.sh
. "$ROOT/releng/scripts/desktop-jvm.sh"
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 23 ]; then JVM+=(--sun-misc-unsafe-memory-access=allow); fi

startup() {
  # The first start after a build fills the OSGi caches and writes the class archive; it is shown
  # apart. The others start on a fresh workspace each (the seed project is imported every time).
  local times=()
  for run in 0 1 2 3 4 5 6 7; do
    local workspace log pid up open
    workspace=$(mktemp -d); log=$(mktemp)
    CASESTUDIO_TIMING=1 CASESTUDIO_WORKSPACE="$workspace" "$ROOT/casestudio" 2> "$log" &
    pid=$!
    for _ in $(seq 1 600); do grep -q "editor open" "$log" && break; sleep 0.05; done
    up=$(grep -o "workbench up [0-9]*" "$log" | grep -o "[0-9]*$" || echo "-")
    open=$(grep -o "editor open [0-9]*" "$log" | grep -o "[0-9]*$" || echo "-")
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    rm -rf "$workspace" "$log"
    if [ "$run" -eq 0 ]; then
      echo "  run 0 (fills the caches after a rebuild): window up $up ms, editor open $open ms after the JVM started"
    else
      echo "  run $run: window up $up ms, editor open $open ms"
      times+=("$open")
    fi
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "  median to the open editor: %d ms (of %d runs, %d to %d ms)\n", t[int((NR + 1) / 2)], NR, t[1], t[NR] }'
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
# compiled as the desktop application compiles them.
"$JAVA_HOME/bin/java" "${JVM[@]}" "${DESKTOP_JIT_OPTS[@]}" -cp "$BENCH_JAR:$PRODUCT/plugins/*" \
  org.casestudio.benchmarks.EditorBenchmark "${1:-5000}" "${2:-200}"

echo
echo "Start of ./casestudio to the open editor (fresh workspace each run):"
if [ -n "${DISPLAY:-}" ]; then
  startup
else
  xvfb-run -a -s "-screen 0 1280x1024x24" "$0" --startup
fi
