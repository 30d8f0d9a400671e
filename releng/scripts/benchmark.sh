#!/usr/bin/env bash
# Prints the editor benchmarks of BENCHMARKS.md: keystroke -> diagnostics and content assist on a
# generated 5,000-line route, and the start of ./casestudio to the open editor (under Xvfb when
# there is no display). Builds what it needs first.
#   releng/scripts/benchmark.sh [lines] [iterations]
#   releng/scripts/benchmark.sh --validation [sizes...]   (default 100 1000 10000)
#   releng/scripts/benchmark.sh --export [cases] [runs]   (default 1000 5; pandoc from Debian for the comparison)
#   releng/scripts/benchmark.sh --languages [cases] [runs]   (a pack in a second language vs the route's own;
#                                                       default 1000 cases, 11 alternated runs)
#   releng/scripts/benchmark.sh --slides [cases] [runs]   (slides, PPTX; default 200 5; against pandoc's PPTX)
#   releng/scripts/benchmark.sh --print [cases] [runs]    (default 200 5: guide and workbook, PDF and DOCX, against pandoc to DOCX)
#   releng/scripts/benchmark.sh --editor [lines] [iterations]   (the editor alone)
#   releng/scripts/benchmark.sh --form-edits [lines] [iterations]   (a form edit reaching the text:
#                                                       the seed route and a generated route)
#   releng/scripts/benchmark.sh --incremental [cases] [repetitions]   (the workspace builder's model;
#                                                       default 1000 cases, 11 repetitions)
#   releng/scripts/benchmark.sh --forms [lines] [iterations]   (the form editor: a file's first page
#                                          opened, each other page first shown, and a form edit to the text
#                                          and the refreshed forms; under Xvfb without a display)
#   releng/scripts/benchmark.sh --startup                 (the start alone; needs a display or Xvfb, and
#                                          runs on a D-Bus session bus of its own when there is none)
#   releng/scripts/benchmark.sh --cli [runs|--smoke]      (./casestudio validate and export against pandoc)
#   releng/scripts/benchmark.sh --lsp [runs] [lines] [keystrokes] | --smoke   (./casestudio language-server:
#                                          start -> diagnostics, keystroke -> diagnostics over the protocol)
#   releng/scripts/benchmark.sh --smoke    every benchmark once on a tiny size, to see that each still
#                                          runs and prints its table (no timing asserted; ~1-2 min)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# The command line against pandoc: releng/scripts/cli-benchmark.sh ([runs] or --smoke).
if [ "${1:-}" = "--cli" ]; then
  shift
  exec "$ROOT/releng/scripts/cli-benchmark.sh" "$@"
fi
# The language server over the protocol: releng/scripts/lsp-benchmark.sh.
if [ "${1:-}" = "--lsp" ]; then
  shift
  exec "$ROOT/releng/scripts/lsp-benchmark.sh" "$@"
fi

. "$ROOT/releng/scripts/jdk.sh"
PRODUCT="$ROOT/releng/org.casestudio.product/target/products/org.casestudio.product/linux/gtk/x86_64"
# The JVM options of ./casestudio (releng/scripts/jvm.options), with the benchmarks' own heap.
# shellcheck source=releng/scripts/desktop-jvm.sh
. "$ROOT/releng/scripts/desktop-jvm.sh"
mapfile -t JVM_BASE < <(jvm_options all)
mapfile -t DESKTOP_OPTS < <(jvm_options desktop)
mapfile -t RECORDING_OPTS < <(jvm_options recording)
JVM=("${JVM_BASE[@]}" -Xmx2g)
# SMOKE=1 (set by --smoke): one run of everything, on tiny sizes.
SMOKE="${SMOKE:-}"
RUNS=5
[ -n "$SMOKE" ] && RUNS=1

# The product's bundles as a plain class path. The bundles installed as folders (the OSGi
# framework is one, and "plugins/*" takes jars only) are put into jars of their own beside the
# benchmarks' jar: the JVM's start-up cache, which the editor benchmark records, takes no folders.
class_path() {
  local entries=("$BENCH_JAR" "$PRODUCT/plugins/*") folder jar
  local jars="${BENCH_JAR%/*}/bundle-folders"
  for folder in "$PRODUCT"/plugins/*/; do
    folder="${folder%/}"
    jar="$jars/$(basename "$folder").jar"
    if [ ! -s "$jar" ]; then
      mkdir -p "$jars"
      "$JAVA_HOME/bin/jar" --create --file "$jar.$$" --no-manifest -C "$folder" . && mv -f "$jar.$$" "$jar"
    fi
    entries+=("$jar")
  done
  (IFS=:; echo "${entries[*]}")
}

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
  # The first start after a build fills the OSGi caches and, on JDK 25 and later, records the
  # start-up cache, which the JVM writes when it closes: it is shown apart, with its whole time.
  # Then starts on a fresh workspace each (the seed project is imported every time) and on one
  # workspace, as a trainer starts it day after day, alternated.
  local workspace fresh=() same=() up open start end
  # The starts share one D-Bus session bus, as a user's starts share their desktop's; under a bare
  # Xvfb each start would otherwise try to launch a bus and fail (desktop-jvm.sh).
  desktop_session_bus
  # shellcheck disable=SC2064 # the bus of this run, known now
  [ -z "$DESKTOP_BUS_PID" ] || trap "kill $DESKTOP_BUS_PID 2> /dev/null || true" EXIT
  workspace=$(mktemp -d)
  start=$(date +%s%N)
  read -r up open < <(start_once "$workspace")
  end=$(date +%s%N)
  echo "  first start: window up $up ms, editor open $open ms after the JVM started;" \
    "$(( (end - start) / 1000000 )) ms in all, with the writing of the start-up cache"
  fresh+=("$open")
  for run in $(seq 1 "$RUNS"); do
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
  echo "  median to the open editor, fresh workspace: $(printf '%s\n' "${fresh[@]:1}" | median)"
  echo "  median to the open editor, same workspace:  $(printf '%s\n' "${same[@]}" | median)"
  # A start that did not open the editor printed "-": the benchmark failed.
  case " ${fresh[*]} ${same[*]} " in *" - "*) return 1 ;; esac
}

# Every benchmark once, each in a process of its own, on tiny sizes: each must start, finish and
# print its table; the figures mean nothing. Exits non-zero if any of them failed.
smoke() {
  local modes=("--editor 100 3" "--form-edits 100 3" "--forms 300 3" "--validation 20" "--export 20 1" "--languages 20 1" "--slides 20 1" "--print 5 1" "--incremental 20 1" "--startup" "--cli" "--lsp") mode failed=()
  for mode in "${modes[@]}"; do
    echo "=== benchmark.sh $mode (smoke run)"
    # shellcheck disable=SC2086 # the mode's words are its arguments
    if ! SMOKE=1 "$0" $mode; then
      failed+=("$mode")
    fi
  done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "benchmark smoke run: failed: ${failed[*]}" >&2
    return 1
  fi
  echo "benchmark smoke run: all ${#modes[@]} benchmarks ran"
}

if [ "${1:-}" = "--smoke" ]; then
  smoke
  exit
fi

if [ "${1:-}" = "--startup" ]; then
  if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
  fi
  startup
  exit
fi

if [ "${1:-}" = "--forms" ]; then
  # Real widgets need a display: Xvfb's when there is none.
  if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
  fi
  shift
  FORMS=1
fi
if [ "${1:-}" = "--validation" ]; then
  shift
  VALIDATION=1
fi
if [ "${1:-}" = "--export" ]; then
  shift
  EXPORT=1
fi
if [ "${1:-}" = "--languages" ]; then
  shift
  LANGUAGES=1
fi
if [ "${1:-}" = "--slides" ]; then
  shift
  SLIDES=1
fi
if [ "${1:-}" = "--print" ]; then
  shift
  PRINT=1
fi
if [ "${1:-}" = "--editor" ]; then
  shift
  EDITOR_ONLY=1
fi
if [ "${1:-}" = "--incremental" ]; then
  shift
  INCREMENTAL=1
fi
if [ "${1:-}" = "--form-edits" ]; then
  shift
  FORM_EDITS=1
fi

BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1 || true)
if [ ! -d "$PRODUCT/plugins" ] || [ -z "$BENCH_JAR" ]; then
  "$ROOT/mvnw" -q -B -DskipTests verify
  BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1)
fi
CLASS_PATH=$(class_path)

if [ -n "${EXPORT:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$CLASS_PATH" \
    org.casestudio.benchmarks.ExportBenchmark "$ROOT/seeds/attapeu" "$@"
  # The whole process as a user runs it, beside pandoc's: benchmark.sh --cli.
  exit 0
fi

# A form edit reaching the text (dsl.ide's ModelEdits on the editor's session), measured headless
# with the desktop application's compiler settings: the forms call it on the UI thread.
if [ -n "${FORM_EDITS:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" "${DESKTOP_OPTS[@]}" -cp "$CLASS_PATH" \
    org.casestudio.benchmarks.FormEditBenchmark "$ROOT/seeds/attapeu/attapeu.route" "${1:-5000}" "${2:-100}"
  exit 0
fi

# The form editor's own code on real widgets: the route's first page made, filled and painted, each
# other page first shown, and a form edit through the text to the refreshed form, on the seed route
# and a generated one; the seed case's pages.
if [ -n "${FORMS:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" "${DESKTOP_OPTS[@]}" -cp "$CLASS_PATH" \
    org.casestudio.benchmarks.FormsBenchmark "$ROOT/seeds/attapeu/attapeu.route" "${1:-5000}" "${2:-100}"
  exit 0
fi

if [ -n "${LANGUAGES:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$CLASS_PATH" \
    org.casestudio.benchmarks.LanguageExportBenchmark "$ROOT/seeds/attapeu" "$@"
  exit 0
fi

if [ -n "${SLIDES:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" -Djava.awt.headless=true -cp "$CLASS_PATH" \
    org.casestudio.benchmarks.SlidesBenchmark "$ROOT/seeds/attapeu" "$@"
  exit 0
fi

if [ -n "${PRINT:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$CLASS_PATH" \
    org.casestudio.benchmarks.PrintBenchmark "$ROOT/seeds/attapeu" "$@"
  exit 0
fi

# The workspace builder is a thin shell over the incremental model of dsl/headless: measured headless.
if [ -n "${INCREMENTAL:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$CLASS_PATH" \
    org.casestudio.benchmarks.IncrementalBenchmark "$@"
  exit 0
fi

if [ -n "${VALIDATION:-}" ]; then
  "$JAVA_HOME/bin/java" "${JVM[@]}" -cp "$CLASS_PATH" \
    org.casestudio.benchmarks.ValidationBenchmark "$@"
  echo
  echo "Smallest -Xmx with which a library still validates (tried in this order):"
  sizes=(1000 10000)
  heaps=(48 64 96 128 192 256 384 512 768 1024)
  [ -n "$SMOKE" ] && sizes=(20) && heaps=(256)
  for cases in "${sizes[@]}"; do
    found=""
    for mb in "${heaps[@]}"; do
      if "$JAVA_HOME/bin/java" "${JVM_BASE[@]}" "-Xmx${mb}m" -cp "$CLASS_PATH" \
          org.casestudio.benchmarks.ValidationBenchmark --once "$cases" >/dev/null 2>&1; then
        found="$mb"; break
      fi
    done
    echo "  $cases cases: -Xmx${found:-(more than ${heaps[-1]})}m"
    [ -n "$found" ] || [ -z "$SMOKE" ] || exit 1
  done
  # The whole process as a user runs it, beside pandoc's: benchmark.sh --cli.
  exit 0
fi

# The editor's own code paths, on a plain class path of the product's bundles, without a display,
# compiled as the desktop application compiles them: with its options and, on JDK 25 and later,
# a start-up cache recorded as the application records its own (by the run that comes before),
# here by a short run on a small route.
EDITOR_CACHE_OPTS=()
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ]; then
  editor_cache="$(mktemp -d)/editor.aot"
  # A crash report of the JDK's making of the cache (seen once) beside it, not in the checkout.
  if "$JAVA_HOME/bin/java" "${JVM[@]}" "${DESKTOP_OPTS[@]}" "${RECORDING_OPTS[@]}" -XX:AOTCacheOutput="$editor_cache" \
      -XX:ErrorFile="$(dirname "$editor_cache")/hs_err_pid%p.log" \
      -cp "$CLASS_PATH" org.casestudio.benchmarks.EditorBenchmark 300 5 >/dev/null 2>&1; then
    EDITOR_CACHE_OPTS=(-XX:AOTCache="$editor_cache" "-Xlog:aot*=off,cds*=off")
    echo "(with a start-up cache recorded as the application's own)"
  else
    echo "benchmark.sh: could not record the start-up cache; the editor runs without one" >&2
    [ -z "$SMOKE" ] || exit 1
  fi
fi
"$JAVA_HOME/bin/java" "${JVM[@]}" "${DESKTOP_OPTS[@]}" "${EDITOR_CACHE_OPTS[@]}" \
  -cp "$CLASS_PATH" org.casestudio.benchmarks.EditorBenchmark "${1:-5000}" "${2:-200}"
[ -n "${editor_cache:-}" ] && rm -rf "$(dirname "$editor_cache")"
[ -n "${EDITOR_ONLY:-}" ] && exit 0

echo
echo "Start of ./casestudio to the open editor (fresh workspace each run):"
"$0" --startup
