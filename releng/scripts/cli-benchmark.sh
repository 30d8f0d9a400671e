#!/usr/bin/env bash
# The command line as a user runs it, against pandoc (BENCHMARKS.md, "Command line"):
# ./casestudio validate and ./casestudio export --format html of the seed route, whole process
# (script, JVM, command), beside Debian's pandoc converting the same content written as one
# Markdown document (MarkdownPack) to standalone HTML. The three commands are alternated, run after
# run, so that a change of load touches them alike; prints medians, spread, ratios and peak RSS.
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
trap 'rm -rf "$work"' EXIT

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

for _ in $(seq "$runs"); do
  measure "$work/validate" "$ROOT/casestudio" validate "$SEED"
  rm -rf "$work/pack"
  measure "$work/export" "$ROOT/casestudio" export "$SEED" --format html --out "$work/pack"
  rm -rf "$work/print-pack"
  measure "$work/printed" "$ROOT/casestudio" export "$SEED" --format guide,workbook,slides --out "$work/print-pack"
  [ -z "$PANDOC" ] || measure "$work/pandoc" "$PANDOC" -s -f markdown -t html --metadata title=attapeu \
    -o "$work/pandoc.html" "$work/seed.md"
done

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
echo
echo "| command | Case Studio | peak RSS | pandoc | peak RSS | Case Studio / pandoc |"
echo "|---|---:|---:|---:|---:|---:|"
for command in validate export; do
  read -r m min max rss < <(stats "$work/$command")
  label="validate"; [ "$command" = export ] && label="export --format html"
  if [ -n "$PANDOC" ]; then
    ratio=$(awk -v a="$m" -v b="$pm" 'BEGIN { printf "%.1f", (b > 0) ? a / b : 0 }')
    echo "| $label | $m ms ($min-$max) | $rss MB | $pm ms ($pmin-$pmax) | $prss MB | $ratio |"
  else
    echo "| $label | $m ms ($min-$max) | $rss MB | - | - | - |"
  fi
done
# What a facilitator prints and projects (guide and workbook as PDF and DOCX, the slides): pandoc's
# DOCX and PPTX are timed in-process beside them by benchmark.sh --print and --slides; here the
# whole process, as a trainer runs it.
read -r m min max rss < <(stats "$work/printed")
echo "| export --format guide,workbook,slides | $m ms ($min-$max) | $rss MB | - | - | - |"
