#!/usr/bin/env bash
# The language server as an editor meets it (BENCHMARKS.md, "Language server"): ./casestudio
# language-server, whole process (script, JVM, server), driven over stdio by the test driver
# tests/org.casestudio.cli.tests/tools/lsp-driver.mjs (the npm packages vscode-jsonrpc and
# vscode-languageserver-protocol). Measures
#   - start -> first diagnostics: from starting the process to the diagnostics of the opened file
#     (initialize, index the workspace folder, open the file), on the seed route and on a generated
#     route of [lines] lines, the two alternated run after run;
#   - keystroke -> diagnostics on the generated route: one character of a title changed (an
#     incremental didChange) to the diagnostics published for it, [keystrokes] times per run after
#     10 warm-up keystrokes.
#   releng/scripts/benchmark.sh --lsp [runs] [lines] [keystrokes]   (default 7 5000 100)
#   releng/scripts/benchmark.sh --lsp --smoke    (or SMOKE=1) one run on 300 lines: it must run and print
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=releng/scripts/jdk.sh
. "$ROOT/releng/scripts/jdk.sh"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/casestudio"
# shellcheck source=releng/scripts/cli-jvm.sh
. "$ROOT/releng/scripts/cli-jvm.sh"
TOOLS="$ROOT/tests/org.casestudio.cli.tests/tools"

runs=7 lines=5000 keystrokes=100
if [ "${1:-}" = "--smoke" ] || [ -n "${SMOKE:-}" ]; then
  runs=1 lines=300 keystrokes=5
else
  runs="${1:-$runs}" lines="${2:-$lines}" keystrokes="${3:-$keystrokes}"
fi

BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1 || true)
if [ ! -s "$CLI_BUNDLES" ] || [ -z "$BENCH_JAR" ]; then
  echo "benchmark.sh --lsp: building the command line and the benchmarks first..." >&2
  "$ROOT/mvnw" -q -B -DskipTests verify
  BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1)
fi
"$ROOT/releng/scripts/install-test-tools.sh" "$TOOLS" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The language server's start-up cache, which a user's first start of a build records in the
# background, is made here first and its making timed, as benchmark.sh --cli does, so that every
# run below starts as a user's later starts do.
cli_prepare
cli_locate
cli_kind language-server
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ] && [ ! -s "$CLI_DIR/lsp.aot" ]; then
  start=$(date +%s%N)
  if cli_record; then
    echo "start-up cache recorded and made: $(( ($(date +%s%N) - start) / 1000000 )) ms (once per build;" \
      "for a user, in the background after the first start)"
  else
    echo "benchmark.sh --lsp: the JVM did not make the start-up cache (see $CLI_DIR/lsp.log); measuring without it." >&2
  fi
fi

cp -r "$ROOT/seeds/attapeu" "$work/seed"
big=$("$JAVA_HOME/bin/java" -cp "$BENCH_JAR" org.casestudio.benchmarks.RouteGenerator "$work/big" "$lines")

# One session; prints the driver's report (JSON), or fails with it.
drive() {
  local out
  out=$(cd "$work" && node "$TOOLS/lsp-driver.mjs" keystrokes "$1" "$2" "$3" -- "$ROOT/casestudio" language-server) || {
    echo "benchmark.sh --lsp: the session on $2 failed: $out" >&2
    return 1
  }
  echo "$out"
}

field() { node -e "const r = JSON.parse(require('fs').readFileSync(0, 'utf8')); console.log($1)"; }

median() {
  sort -n | awk '{ t[NR] = $1 } END { printf "%d ms (of %d runs, %d to %d ms)", t[int((NR + 1) / 2)], NR, t[1], t[NR] }'
}

seed_start=() big_start=() big_keys=()
for run in $(seq 1 "$runs"); do
  seed=$(drive "$work/seed" attapeu.route 0)
  report=$(drive "$work/big" "$(basename "$big")" "$keystrokes")
  seed_start+=("$(field 'r.steps.firstDiagnostics.ms' <<< "$seed")")
  big_start+=("$(field 'r.steps.firstDiagnostics.ms' <<< "$report")")
  big_keys+=("$(field 'Math.round(r.steps.keystrokes.medianMs)' <<< "$report")")
  echo "  run $run: start -> first diagnostics: seed ${seed_start[-1]} ms, $lines-line route ${big_start[-1]} ms;" \
    "keystroke -> diagnostics: median ${big_keys[-1]} ms ($(field \
    '`${Math.round(r.steps.keystrokes.minMs)} to ${Math.round(r.steps.keystrokes.maxMs)} ms, ${r.steps.keystrokes.count} keystrokes, ${r.steps.keystrokes.errors} errors`' \
    <<< "$report"))"
done
echo "Language server (./casestudio language-server, Java $CASESTUDIO_JAVA_RELEASE, $(nproc) cores), $(wc -l < "$big")-line route:"
echo "  start -> first diagnostics, seed route:          $(printf '%s\n' "${seed_start[@]}" | median)"
echo "  start -> first diagnostics, $lines-line route: $(printf '%s\n' "${big_start[@]}" | median)"
echo "  keystroke -> diagnostics, $lines-line route:   $(printf '%s\n' "${big_keys[@]}" | median) (median of each run's median)"
