#!/usr/bin/env bash
# The command line as a user runs it, against pandoc (BENCHMARKS.md, "Command line"):
# ./casestudio validate, export --format html and export --format guide,workbook,slides of the seed
# route, whole process (script, JVM, command), each run directly (CASESTUDIO_NO_DAEMON=1: a JVM of
# its own) and through this build's warm resident process (the client's JVM and the server's
# command), beside Debian's pandoc converting the same content written as one Markdown document
# (MarkdownPack) to standalone HTML. All are alternated, run after run, so that a change of load
# touches them alike; prints medians, spread, ratios, peak RSS and the server's resident memory.
# Also checks that CASESTUDIO_NO_DAEMON=1 neither starts a server nor talks to one, and stops the
# server at the end: no process is left behind.
#   releng/scripts/benchmark.sh --cli [runs]     (default 9)
#   releng/scripts/benchmark.sh --cli --smoke    (or SMOKE=1) one run of each: it must start, finish and print
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=releng/scripts/jdk.sh
. "$ROOT/releng/scripts/jdk.sh"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/casestudio"
# shellcheck source=releng/scripts/cli-jvm.sh
. "$ROOT/releng/scripts/cli-jvm.sh"
SEED="$ROOT/seeds/attapeu"

runs=9
if [ "${1:-}" = "--smoke" ] || [ -n "${SMOKE:-}" ]; then
  runs=1
elif [ -n "${1:-}" ]; then
  runs="$1"
fi

# What is missing is said, with the Debian package to install, rather than failing half-way.
if [ ! -x /usr/bin/time ]; then
  echo "benchmark.sh --cli: GNU time (/usr/bin/time) is missing, which measures peak memory:" \
    "apt-get install -y time" >&2
  exit 2
fi
PANDOC=$(command -v pandoc || true)
[ -n "$PANDOC" ] || echo "benchmark.sh --cli: pandoc is missing (apt-get install -y pandoc):" \
  "Case Studio is measured alone." >&2

BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1 || true)
if [ ! -s "$CLI_BUNDLES" ] || [ -z "$BENCH_JAR" ]; then
  echo "benchmark.sh --cli: building the command line and the benchmarks first..." >&2
  "$ROOT/mvnw" -q -B -DskipTests verify
  BENCH_JAR=$(compgen -G "$ROOT/tests/org.casestudio.benchmarks/target/org.casestudio.benchmarks-*.jar" | head -n 1)
fi

work=$(mktemp -d)
# This build's resident process, whatever CI says: the benchmark measures it, and stops it.
daemon() { CASESTUDIO_DAEMON=1 CASESTUDIO_NO_DAEMON='' "$ROOT/casestudio" daemon "$@"; }
trap 'daemon stop > /dev/null 2>&1 || true; rm -rf "$work"' EXIT

# The start-up caches that a user's first run of each kind of command records in the background
# are recorded here first, and their making timed (BENCHMARKS.md).
cli_prepare
cli_locate
for AOT_NAME in validate export-web export; do
  if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ] && [ ! -s "$CLI_DIR/$AOT_NAME.aot" ]; then
    start=$(date +%s%N)
    if cli_record; then
      echo "start-up cache '$AOT_NAME' recorded and made: $(( ($(date +%s%N) - start) / 1000000 )) ms (once per build;" \
        "for a user, in the background after the first run of that kind)"
    else
      echo "benchmark.sh --cli: the JVM did not make the start-up cache '$AOT_NAME' (see $CLI_DIR/$AOT_NAME.log);" \
        "measuring without it." >&2
    fi
  fi
done

if [ -n "$PANDOC" ]; then
  "$JAVA_HOME/bin/java" "${CLI_JVM_OPTS[@]}" -cp "$BENCH_JAR:$(cat "$CLI_CLASSPATH")" org.casestudio.benchmarks.SeedMarkdown \
    "$SEED" attapeu "$work/seed.md"
fi

# One whole-process run: appends "<ms> <peak KB>" to the file named first; fails if the command does.
measure() {
  local into="$1" start end
  shift
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$@" > /dev/null 2> "$work/err" \
    || { echo "benchmark.sh --cli: failed: $*" >&2; cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -n 1 "$work/rss")" >> "$into"
}
# Commands as arrays, not functions: GNU time runs programs.
direct=(env CASESTUDIO_NO_DAEMON=1 "$ROOT/casestudio")
served=(env CASESTUDIO_DAEMON=1 CASESTUDIO_NO_DAEMON= "$ROOT/casestudio")
# The server's process and counts, from 'daemon status' ("resident process <pid> of this build, up
# <n> min: <n> commands over <n> connections, <n> MB resident"); empty when none answers.
status() { daemon status 2> /dev/null | sed -n 's/.*resident process \([0-9]*\) of this build.*: \([0-9]*\) commands over \([0-9]*\) connections, \([0-9]*\) MB.*/\1 \2 \3 \4/p'; }
server_left() { pgrep -f "$CLI_SERVER_MAIN $CLI_SOCKET" > /dev/null; }

cli_socket || { echo "benchmark.sh --cli: no folder for the resident process's socket" >&2; exit 1; }
daemon stop > /dev/null
# CASESTUDIO_NO_DAEMON=1 starts no server: none listens, nor runs, once the command is done.
"${direct[@]}" validate "$SEED" > /dev/null
sleep 2
if [ -S "$CLI_SOCKET" ] || server_left; then
  echo "benchmark.sh --cli: a resident process was started under CASESTUDIO_NO_DAEMON=1" >&2
  exit 1
fi
# The first command through the script starts the server, in the background once it is done; it
# warms itself on the seed route before it listens.
"${served[@]}" validate "$SEED" > /dev/null
for _ in $(seq 240); do
  # The socket appears once the server is warm; before, 'daemon status' would be a JVM of its own.
  [ -S "$CLI_SOCKET" ] && [ -n "$(status)" ] && break
  sleep 0.5
done
read -r server_pid _ connections _ < <(status) || { echo "benchmark.sh --cli: the resident process did not start;" \
  "see $CLI_DIR/server.log" >&2; exit 1; }
# CASESTUDIO_NO_DAEMON=1 does not talk to a running server either: its count of connections grows
# by the one 'daemon status' only.
"${direct[@]}" validate "$SEED" > /dev/null
read -r _ _ after _ < <(status)
if [ "$after" -ne $(( connections + 1 )) ]; then
  echo "benchmark.sh --cli: CASESTUDIO_NO_DAEMON=1 connected to the resident process ($connections -> $after connections)" >&2
  exit 1
fi

for _ in $(seq "$runs"); do
  measure "$work/validate" "${direct[@]}" validate "$SEED"
  measure "$work/validate-served" "${served[@]}" validate "$SEED"
  rm -rf "$work/pack"
  measure "$work/export" "${direct[@]}" export "$SEED" --format html --out "$work/pack"
  rm -rf "$work/pack"
  measure "$work/export-served" "${served[@]}" export "$SEED" --format html --out "$work/pack"
  rm -rf "$work/print-pack"
  measure "$work/printed" "${direct[@]}" export "$SEED" --format guide,workbook,slides --out "$work/print-pack"
  rm -rf "$work/print-pack"
  measure "$work/printed-served" "${served[@]}" export "$SEED" --format guide,workbook,slides --out "$work/print-pack"
  [ -z "$PANDOC" ] || measure "$work/pandoc" "$PANDOC" -s -f markdown -t html --metadata title=attapeu \
    -o "$work/pandoc.html" "$work/seed.md"
done
# Every served run was the server's (none fell back to a direct run): its count of commands.
read -r pid_after commands _ server_rss < <(status) || true
if [ "${pid_after:-}" != "$server_pid" ] || [ "${commands:-0}" -lt $(( 3 * runs )) ]; then
  echo "benchmark.sh --cli: the resident process did not answer every served run" \
    "(process ${pid_after:-none}, ${commands:-0} commands for $(( 3 * runs )) runs)" >&2
  exit 1
fi

# "<median ms> <min ms> <max ms> <median peak MB>" of a file of runs.
stats() {
  local times rss
  times=$(cut -d ' ' -f 1 "$1" | sort -n | awk '{ t[NR] = $1 } END { printf "%d %d %d", t[int((NR + 1) / 2)], t[1], t[NR] }')
  rss=$(cut -d ' ' -f 2 "$1" | sort -n | awk '{ m[NR] = $1 } END { printf "%d", m[int((NR + 1) / 2)] / 1024 }')
  echo "$times $rss"
}
read -r pm pmin pmax prss < <( [ -n "$PANDOC" ] && stats "$work/pandoc" || echo "0 0 0 0")

echo
echo "Command line on the seed route, whole process, median of $runs alternated runs (min-max);" \
  "$(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg)"
[ -z "$PANDOC" ] || echo "pandoc: $("$PANDOC" --version | head -n 1), the same content as Markdown to standalone HTML"
echo "direct: CASESTUDIO_NO_DAEMON=1, a JVM of its own; resident: through this build's warm server (process"
echo "$server_pid, $server_rss MB resident after the runs), peak RSS of the client's process"
echo
echo "| command | direct | peak RSS | resident | client peak RSS | pandoc | peak RSS | direct / pandoc | resident / pandoc |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for command in validate export printed; do
  read -r m min max rss < <(stats "$work/$command")
  read -r sm smin smax srss < <(stats "$work/$command-served")
  case "$command" in
    validate) label="validate" ;;
    export) label="export --format html" ;;
    *) label="export --format guide,workbook,slides" ;;
  esac
  # The printed formats have no pandoc counterpart here (benchmark.sh --print and --slides).
  if [ -n "$PANDOC" ] && [ "$command" != printed ]; then
    ratio=$(awk -v a="$m" -v b="$pm" 'BEGIN { printf "%.1f", (b > 0) ? a / b : 0 }')
    sratio=$(awk -v a="$sm" -v b="$pm" 'BEGIN { printf "%.1f", (b > 0) ? a / b : 0 }')
    echo "| $label | $m ms ($min-$max) | $rss MB | $sm ms ($smin-$smax) | $srss MB | $pm ms ($pmin-$pmax) | $prss MB | $ratio | $sratio |"
  else
    echo "| $label | $m ms ($min-$max) | $rss MB | $sm ms ($smin-$smax) | $srss MB | - | - | - | - |"
  fi
done
daemon stop > /dev/null
sleep 1
if server_left; then
  echo "benchmark.sh --cli: the resident process $server_pid did not stop" >&2
  exit 1
fi
