# shellcheck shell=bash
# The command line's launch (./casestudio validate|export), shared by ./casestudio and
# benchmark.sh --cli so that what is measured is what a user runs. Sourced after jdk.sh; expects
# ROOT (the checkout) and CACHE (the per-user cache folder). Its JVM options are the [all] and
# [cli] sections of jvm.options.
#
# Why it starts fast (BENCHMARKS.md, "Command line"):
# - the bundles of its own product, releng/org.casestudio.product/casestudio-cli.product (the
#   language, the exporters and the command with what they require: no SWT, no workbench), on a
#   plain class path run by org.casestudio.cli.Main, without starting OSGi: resolving and starting
#   bundles took longer than the command. Exporters are still read from the bundles' plugin.xml;
# - those jars without their signatures (CliClassPath.java), made by the product's build: the JVM
#   checks a signed jar at every start and caches none of its classes;
# - on JDK 25 and later an ahead-of-time cache recorded from an export of the seed route (which
#   validates it first): runs map the classes parsed, verified and linked, with their profiles.
# Nothing is written while a command runs, so any number may run at once (CI, pre-commit hooks).
# The language server (./casestudio language-server) loads other classes (the protocol, Xtext's
# server) and has a cache of its own, lsp.aot, recorded from a rehearsed editing session on the
# seed route (org.casestudio.cli.LanguageServerRehearsal).
#
# The start-up cache: $CACHE/cli-<checkout and JDK>/<build>/cli.aot (and lsp.aot). <build> hashes the class path
# (every bundle's version; Tycho gives a rebuilt bundle a new qualifier), these scripts,
# jvm.options and the JDK's release file, so a new build or JDK never meets an old cache; the folder
# of one checkout and JDK keeps only its newest build's. The cache is made under a temporary name
# and renamed into place, so a run never sees half of it.

CLI_PRODUCT="$ROOT/releng/org.casestudio.product/target/products/org.casestudio.cli.product/linux/gtk/x86_64"
CLI_BUNDLES="$CLI_PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
CLI_CLASSPATH="$CLI_PRODUCT/classpath/classpath"

# The options of every start and the command line's own, from jvm.options (BENCHMARKS.md gives
# what each gains).
# shellcheck source=releng/scripts/desktop-jvm.sh
declare -F jvm_options > /dev/null || . "$ROOT/releng/scripts/desktop-jvm.sh"
mapfile -t CLI_JVM_OPTS < <(jvm_options all; jvm_options cli)
CLI_MAIN=org.casestudio.cli.Main
# Which start-up cache a command uses (cli_kind): cli or lsp.
AOT_NAME=cli

cli_kind() {
  if [ "${1:-}" = language-server ]; then AOT_NAME=lsp; else AOT_NAME=cli; fi
}

# Sets CLI_DIR to this build's cache folder (CLI_HOME: this checkout's and JDK's). One sha256sum
# for all the inputs (it costs as much as the rest of this script otherwise): the first line is
# the checkout's and JDK's, the build is named after the start of every other line.
cli_locate() {
  local sums line build=""
  sums=$(sha256sum - "$JAVA_HOME/release" "$CLI_CLASSPATH" "$CLI_BUNDLES" "$CASESTUDIO_JVM_OPTIONS_FILE" \
    "$ROOT/releng/scripts/cli-jvm.sh" "$ROOT/releng/scripts/CliClassPath.java" 2>/dev/null \
    <<< "$CLI_PRODUCT $JAVA_HOME") || true
  while read -r line; do build+="${line:0:6}"; done <<< "${sums#*$'\n'}"
  CLI_HOME="$CACHE/cli-${sums:0:12}"
  CLI_DIR="$CLI_HOME/$build"
}

# The class path is made by the product's build; a product built before that step lacks it, and
# a product materialized again makes it stale.
cli_prepare() {
  if [ ! -s "$CLI_CLASSPATH" ] || [ "$CLI_BUNDLES" -nt "$CLI_CLASSPATH" ]; then
    "$ROOT/releng/scripts/cli-classpath.sh" "$CLI_PRODUCT" >&2 || {
      echo "casestudio: could not make the command line's class path in $CLI_PRODUCT." >&2
      exit 2
    }
  fi
}

# Records the ahead-of-time cache (JDK 25 and later) of $AOT_NAME, run as the command line runs:
# cli from an export of the seed route to every format, lsp from a rehearsed language server
# session on it; then makes the cache from that recording (some 5 s, once per build). If the JVM
# refuses, says so in $CLI_DIR/$AOT_NAME.log and is not tried again for this build: runs go on
# without the cache.
cli_record() {
  [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ] && [ -s "$CLI_CLASSPATH" ] || return 1
  mkdir -p "$CLI_DIR"
  local conf="$CLI_DIR/$AOT_NAME.$$.aotconf" partial="$CLI_DIR/$AOT_NAME.$$.aot.partial" scratch
  local log="$CLI_DIR/$AOT_NAME.log" classpath training
  classpath=$(cat "$CLI_CLASSPATH")
  scratch=$(mktemp -d)
  if [ "$AOT_NAME" = lsp ]; then
    training=(org.casestudio.cli.LanguageServerRehearsal "$ROOT/seeds/attapeu" attapeu.route)
  else
    training=("$CLI_MAIN" export "$ROOT/seeds/attapeu" --out "$scratch/pack")
  fi
  # Bounded: a recording that hangs (a jar replaced by a new build under it) must not stay behind.
  if timeout 300 "$JAVA_HOME/bin/java" "${CLI_JVM_OPTS[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$conf" \
      -cp "$classpath" "${training[@]}" > "$log" 2>&1 \
    && "$JAVA_HOME/bin/java" "${CLI_JVM_OPTS[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$conf" \
      -XX:AOTCache="$partial" -cp "$classpath" >> "$log" 2>&1 \
    && [ -s "$partial" ]; then
    mv -f "$partial" "$CLI_DIR/$AOT_NAME.aot"
    rm -rf "$conf" "$scratch"
    # Older builds' caches of this checkout and JDK are of no more use.
    find "$CLI_HOME" -mindepth 1 -maxdepth 1 ! -name "$(basename "$CLI_DIR")" -exec rm -rf {} + 2>/dev/null || true
    return 0
  fi
  touch "$CLI_DIR/$AOT_NAME.refused"
  rm -rf "$conf" "$partial" "$scratch"
  return 1
}

# Records the cache once this command has finished, in the background and at low priority, so
# that no run waits for it (a CI job that runs the command once pays nothing); the next runs use
# it. One recording at a time per build (a lock file).
cli_record_later() {
  [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ] && [ -z "${CASESTUDIO_CLI_NO_RECORD:-}" ] \
    && [ ! -e "$CLI_DIR/$AOT_NAME.refused" ] || return 0
  local parent=$$
  (
    mkdir -p "$CLI_DIR"
    exec 9> "$CLI_DIR/$AOT_NAME.lock"
    flock -n 9 || exit 0
    while kill -0 "$parent" 2>/dev/null; do sleep 0.2; done
    [ -s "$CLI_DIR/$AOT_NAME.aot" ] || nice -n 10 bash -c "$(declare -f cli_record); $(declare -p CLI_DIR \
      CLI_HOME CLI_CLASSPATH CLI_JVM_OPTS CLI_MAIN AOT_NAME ROOT JAVA_HOME CASESTUDIO_JAVA_RELEASE); cli_record" || true
  ) < /dev/null > /dev/null 2>&1 &
  disown 2>/dev/null || true
}

# Runs the command line with the given arguments; does not return.
cli_run() {
  if [ ! -s "$CLI_BUNDLES" ]; then
    echo "casestudio: building the command line with ./mvnw (a few minutes, once)..." >&2
    if ! "$ROOT/mvnw" -q -B -DskipTests verify >&2; then
      echo "casestudio: the build failed; see the messages above." >&2
      exit 2
    fi
  fi
  cli_prepare
  cli_locate
  cli_kind "$@"
  local aot=()
  if [ -s "$CLI_DIR/$AOT_NAME.aot" ]; then
    # A cache the JVM refuses (a changed jar) is reported on stderr, and the run goes on without it.
    aot=(-XX:AOTCache="$CLI_DIR/$AOT_NAME.aot")
  else
    cli_record_later
  fi
  exec "$JAVA_HOME/bin/java" "${CLI_JVM_OPTS[@]}" "${aot[@]}" -cp "$(cat "$CLI_CLASSPATH")" "$CLI_MAIN" "$@"
}
