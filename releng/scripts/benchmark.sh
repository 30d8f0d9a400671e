#!/usr/bin/env bash
# Prints the editor benchmarks of BENCHMARKS.md: keystroke -> diagnostics and content assist on a
# generated 5,000-line route, and the start of ./casestudio to the open editor (under Xvfb when
# there is no display). Builds what it needs first.
#   releng/scripts/benchmark.sh [lines] [iterations]
#   releng/scripts/benchmark.sh --validation [sizes...]   (default 100 1000 10000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/jdk.sh"
PRODUCT="$ROOT/releng/org.casestudio.product/target/products/org.casestudio.product/linux/gtk/x86_64"
JVM=(-Xmx2g)
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 23 ]; then JVM+=(--sun-misc-unsafe-memory-access=allow); fi

startup() {
  for run in 1 2 3; do
    local workspace log pid
    workspace=$(mktemp -d); log=$(mktemp)
    CASESTUDIO_TIMING=1 CASESTUDIO_WORKSPACE="$workspace" "$ROOT/casestudio" 2> "$log" &
    pid=$!
    for _ in $(seq 1 300); do grep -q "editor open" "$log" && break; sleep 0.1; done
    echo "run $run: $(grep -o "workbench up [0-9]* ms" "$log" || true), $(grep -o "editor open [0-9]* ms" "$log" || echo "no editor within 30 s") after the JVM started"
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    rm -rf "$workspace" "$log"
  done
}

if [ "${1:-}" = "--startup" ]; then
  startup
  exit 0
fi

if [ "${1:-}" = "--validation" ]; then
  shift
  VALIDATION=1
fi

BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1 || true)
if [ ! -d "$PRODUCT/plugins" ] || [ -z "$BENCH_JAR" ]; then
  "$ROOT/mvnw" -q -B -DskipTests verify
  BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1)
fi

if [ -n "${VALIDATION:-}" ]; then
  exec "$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$BENCH_JAR:$PRODUCT/plugins/*" \
    org.casestudio.benchmarks.ValidationBenchmark "$@"
fi

# The editor's own code paths, on a plain class path of the product's bundles, without a display.
"$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$BENCH_JAR:$PRODUCT/plugins/*" \
  org.casestudio.benchmarks.EditorBenchmark "${1:-5000}" "${2:-200}"

echo
echo "Start of ./casestudio to the open editor (fresh workspace each run):"
if [ -n "${DISPLAY:-}" ]; then
  startup
else
  xvfb-run -a -s "-screen 0 1280x1024x24" "$0" --startup
fi
