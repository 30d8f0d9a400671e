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
# - on JDK 25 and later ahead-of-time caches, one per kind of command (cli_kind), each recorded
#   from such a command on the seed route: runs map the classes parsed, verified and linked, with
#   their profiles.
# Nothing is written while a command runs but the build key (cli_locate), made once per build and
# renamed into place, so any number may run at once (CI, pre-commit hooks).
# The language server (./casestudio language-server) loads other classes (the protocol, Xtext's
# server) and has a cache of its own, lsp.aot, recorded from a rehearsed editing session on the
# seed route (org.casestudio.cli.LanguageServerRehearsal).
#
# The start-up caches: $CACHE/cli-<checkout and JDK>/<build>/<kind>.aot. <build> hashes the class path
# (every bundle's version; Tycho gives a rebuilt bundle a new qualifier), these scripts,
# jvm.options and the JDK's release file, so a new build or JDK never meets an old cache; the folder
# of one checkout and JDK keeps only its newest build's. The cache is made under a temporary name
# and renamed into place, so a run never sees half of it. Making one also removes the cache folders
# of checkouts that no longer exist (cache-folders.sh).

CLI_PRODUCT="$ROOT/releng/org.casestudio.product/target/products/org.casestudio.cli.product/linux/gtk/x86_64"
CLI_BUNDLES="$CLI_PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
CLI_CLASSPATH="$CLI_PRODUCT/classpath/classpath"

# The options of every start and the command line's own: the [all] and [cli] sections of
# jvm.options (BENCHMARKS.md gives what each gains), read as desktop-jvm.sh's jvm_options reads
# them but in bash alone: each process started costs a command some milliseconds (BENCHMARKS.md).
CASESTUDIO_JVM_OPTIONS_FILE="$ROOT/releng/scripts/jvm.options"
CLI_JVM_OPTS=()
cli_options() {
  local line section="" release
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    case "$line" in
      "" | "#"*) continue ;;
      "["*) section="$line"; continue ;;
    esac
    [ "$section" = "[all]" ] || [ "$section" = "[cli]" ] || continue
    if [[ "$line" =~ ^\>=([0-9]+)[[:space:]]+(.*)$ ]]; then
      release="${BASH_REMATCH[1]}"
      [ "$CASESTUDIO_JAVA_RELEASE" -ge "$release" ] || continue
      line="${BASH_REMATCH[2]}"
    fi
    if [[ "$line" =~ ^thp[[:space:]]+(.*)$ ]]; then
      [ "${CASESTUDIO_THP:-0}" = 1 ] || continue
      line="${BASH_REMATCH[1]}"
    fi
    CLI_JVM_OPTS+=("$line")
  done < "$CASESTUDIO_JVM_OPTIONS_FILE"
}
cli_options
# CASESTUDIO_HEAP=4g: a larger heap for a very large route, as the message of a command that ran
# out of memory says (the last -Xmx given wins). Such a command runs directly: the resident
# process's heap is its own.
if [ -n "${CASESTUDIO_HEAP:-}" ]; then
  if [[ ! "$CASESTUDIO_HEAP" =~ ^[1-9][0-9]*[mMgG]$ ]]; then
    echo "casestudio: CASESTUDIO_HEAP=$CASESTUDIO_HEAP is not a size: give one such as 4g or 3000m." >&2
    exit 2
  fi
  CLI_JVM_OPTS+=("-Xmx$CASESTUDIO_HEAP")
fi
# shellcheck source=releng/scripts/cache-folders.sh
. "$ROOT/releng/scripts/cache-folders.sh"
CLI_MAIN=org.casestudio.cli.Main
# Which start-up cache a command uses (cli_kind). The JVM loads every class of a cache when it
# starts, whether the command needs it or not: a cache recorded from an export to every format made
# a validate load 9,500 classes where it needs 3,800. So each kind of command has a cache recorded
# from a run of its own (BENCHMARKS.md):
#   validate    validate (and translations, help): the language alone;
#   export-web  an export whose formats are all among html, scorm, gift: no POI, PDFBox or fonts;
#   export      any other export (every format);
#   lsp         the language server.
AOT_NAME=validate

cli_kind() {
  AOT_NAME=validate
  case "${1:-}" in
    language-server) AOT_NAME=lsp ;;
    export)
      local arg formats=() next="" web=""
      for arg in "${@:2}"; do
        if [ -n "$next" ]; then IFS=, read -ra formats <<< "$arg"; next=""; fi
        case "$arg" in
          --format) next=1 ;;
          --format=*) IFS=, read -ra formats <<< "${arg#--format=}" ;;
        esac
      done
      # Only light formats named (no --format: every format): the smaller cache. In bash alone: a
      # process more costs as much as this whole script.
      for arg in "${formats[@]}"; do
        case "$arg" in
          html | scorm | gift) web=1 ;;
          *) web=""; break ;;
        esac
      done
      AOT_NAME=export${web:+-web}
      ;;
  esac
}

# Sets CLI_DIR to this build's cache folder (CLI_HOME: this checkout's and JDK's). One sha256sum
# for all the inputs: the first line is the checkout's and JDK's, the build is named after the
# start of every other line. Its result is kept beside the class path (build-key, gone with the
# next build) and read by later runs, unless an input is newer than it or the JDK is another: a
# program started costs a command some milliseconds, tens on a busy machine (BENCHMARKS.md). A
# product folder that cannot be written only means hashing at every run.
cli_locate() {
  local stamp="${CLI_CLASSPATH%/*}/build-key" sums line home="" build="" input
  local key="$CLI_PRODUCT $JAVA_HOME"
  local inputs=("$JAVA_HOME/release" "$CLI_CLASSPATH" "$CLI_BUNDLES" "$CASESTUDIO_JVM_OPTIONS_FILE" \
    "$ROOT/releng/scripts/cli-jvm.sh" "$ROOT/releng/scripts/CliClassPath.java")
  if [ -f "$stamp" ] && { IFS= read -r line && read -r home && read -r build; } < "$stamp" \
      && [ "$line" = "$key" ] && [ -n "$home" ] && [ -n "$build" ]; then
    for input in "${inputs[@]}"; do
      if [ "$input" -nt "$stamp" ]; then build=""; break; fi
    done
    if [ -n "$build" ]; then
      CLI_HOME="$CACHE/cli-$home"
      CLI_DIR="$CLI_HOME/$build"
      return 0
    fi
  fi
  build=""
  sums=$(sha256sum - "${inputs[@]}" 2>/dev/null <<< "$key") || true
  while read -r line; do build+="${line:0:6}"; done <<< "${sums#*$'\n'}"
  CLI_HOME="$CACHE/cli-${sums:0:12}"
  CLI_DIR="$CLI_HOME/$build"
  # Written under a temporary name and renamed, so that a run never reads half of it.
  if [ -d "${stamp%/*}" ] && printf '%s\n%s\n%s\n' "$key" "${sums:0:12}" "$build" > "$stamp.$$" 2>/dev/null; then
    mv -f "$stamp.$$" "$stamp" 2>/dev/null || rm -f "$stamp.$$"
  fi
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

# Records the ahead-of-time cache (JDK 25 and later) of $AOT_NAME, run as the command line runs,
# from the command of that kind on the seed route (cli_kind; lsp: a rehearsed language server
# session on it); then makes the cache from that recording (some 3-6 s, once per build and kind). If the JVM
# refuses, says so in $CLI_DIR/$AOT_NAME.log and is not tried again for this build: runs go on
# without the cache.
cli_record() {
  [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ] && [ -s "$CLI_CLASSPATH" ] || return 1
  mkdir -p "$CLI_DIR"
  cache_folder_claim "$CLI_HOME" "$ROOT"
  cache_folders_prune "${CLI_HOME%/*}" "$CLI_HOME"
  local conf="$CLI_DIR/$AOT_NAME.$$.aotconf" partial="$CLI_DIR/$AOT_NAME.$$.aot.partial" scratch
  local log="$CLI_DIR/$AOT_NAME.log" classpath training
  read -r classpath < "$CLI_CLASSPATH" || true
  scratch=$(mktemp -d)
  case "$AOT_NAME" in
    lsp) training=(org.casestudio.cli.LanguageServerRehearsal "$ROOT/seeds/attapeu" attapeu.route) ;;
    validate) training=("$CLI_MAIN" validate "$ROOT/seeds/attapeu") ;;
    export-web) training=("$CLI_MAIN" export "$ROOT/seeds/attapeu" --format html,scorm,gift --out "$scratch/pack") ;;
    *) training=("$CLI_MAIN" export "$ROOT/seeds/attapeu" --out "$scratch/pack") ;;
  esac
  # A crash report of the JDK's making of the cache (seen once, archiveHeapWriter) in the cache
  # folder, not in the user's working folder.
  local crash=-XX:ErrorFile="$CLI_DIR/hs_err_pid%p.log"
  # Bounded: a recording that hangs (a jar replaced by a new build under it) must not stay behind.
  if timeout 300 "$JAVA_HOME/bin/java" "${CLI_JVM_OPTS[@]}" "$crash" -XX:AOTMode=record -XX:AOTConfiguration="$conf" \
      -cp "$classpath" "${training[@]}" > "$log" 2>&1 \
    && "$JAVA_HOME/bin/java" "${CLI_JVM_OPTS[@]}" "$crash" -XX:AOTMode=create -XX:AOTConfiguration="$conf" \
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
    [ -s "$CLI_DIR/$AOT_NAME.aot" ] || nice -n 10 bash -c "$(declare -f cli_record cache_folder_claim cache_folders_prune); $(declare -p CLI_DIR \
      CLI_HOME CLI_CLASSPATH CLI_JVM_OPTS CLI_MAIN AOT_NAME ROOT JAVA_HOME CASESTUDIO_JAVA_RELEASE); cli_record" || true
  ) < /dev/null > /dev/null 2>&1 &
  disown 2>/dev/null || true
}

# The resident process (org.casestudio.cli.CommandServer): validate, export and translations are
# handed to a server of this build, one per user, over a Unix domain socket, by a small client
# (org.casestudio.cli.Client: the JDK alone, from the command line's jar alone, with the cheapest
# JVM options); the server keeps the language's injector and its compiled code, so a command pays
# the client's start and its own work, not a JVM's start and the injector (BENCHMARKS.md). No
# server, or one that refuses (another build, locale or time zone; a relative path leaving the
# working folder): the command runs directly as before, and a server is started in the background
# once it has finished, for the next command. The server leaves after 10 idle minutes
# (-Dcasestudio.daemon.idleMinutes), when its build's class path changes, and on
# './casestudio daemon stop'. CASESTUDIO_NO_DAEMON=1 turns it off: no connection, no server
# started. So does CI=true unless CASESTUDIO_DAEMON=1: a job runs a few commands, and a process left
# behind can keep a CI job or container from ending.
CLI_CLIENT_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr)
CLI_CLIENT_MAIN=org.casestudio.cli.Client
CLI_SERVER_MAIN=org.casestudio.cli.CommandServer
# The server's own options besides [all] and [cli]: a heap that starts small and grows no more than
# the commands need. The JVM's default initial heap is 1/64 of the memory (376 MB on 24 GB), which a
# heap never shrinks below: 277-309 MB resident after a few commands of every kind, 231 MB so.
CLI_SERVER_OPTS=(-Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30)

# Whether the resident process is used for these arguments.
cli_daemon_wanted() {
  [ -z "${CASESTUDIO_NO_DAEMON:-}" ] && [ -z "${CASESTUDIO_HEAP:-}" ] || return 1
  [ "${CI:-}" != true ] || [ -n "${CASESTUDIO_DAEMON:-}" ] || return 1
  case "${1:-}" in
    validate | export | translations | daemon) return 0 ;;
  esac
  return 1
}

# Sets CLI_SOCKET and CLI_SOCKET_KEY: the socket of this build's server, in its cache folder, or
# where a Unix socket's path (at most 107 bytes) fits: $XDG_RUNTIME_DIR, else /tmp/casestudio-<uid>;
# a folder of this user's alone. Fails if there is none.
cli_socket() {
  CLI_SOCKET_KEY="${CLI_HOME##*/cli-}-${CLI_DIR##*/}"
  CLI_SOCKET="$CLI_DIR/server.sock"
  local dir="$CLI_DIR"
  if [ "${#CLI_SOCKET}" -gt 107 ]; then
    dir="${XDG_RUNTIME_DIR:-/tmp/casestudio-$UID}/casestudio"
    [ -n "${XDG_RUNTIME_DIR:-}" ] || mkdir -m 700 -p "${dir%/*}" 2>/dev/null || true
    CLI_SOCKET="$dir/$CLI_SOCKET_KEY.sock"
  fi
  [ -d "$dir" ] || mkdir -m 700 -p "$dir" 2>/dev/null || return 1
  [ -O "$dir" ] && [ -O "${dir%/*}" ] && [ "${#CLI_SOCKET}" -le 107 ]
}

# Starts this build's server once the command has finished (so that it does not slow this one),
# detached from the terminal, its output in server.log of the cache folder. One start at a time:
# the lock is held by the server as long as it lives.
cli_serve_later() {
  local parent=$$ classpath="$1"
  mkdir -p "$CLI_DIR" 2>/dev/null || return 0
  (
    exec 9> "$CLI_SOCKET.lock"
    flock -n 9 || exit 0
    while kill -0 "$parent" 2>/dev/null; do sleep 0.2; done
    exec setsid "$JAVA_HOME/bin/java" "${CLI_JVM_OPTS[@]}" "${CLI_SERVER_OPTS[@]}" \
      -Dcasestudio.daemon.warmUp="$ROOT/seeds/attapeu" -cp "$classpath" "$CLI_SERVER_MAIN" "$CLI_SOCKET" "$CLI_SOCKET_KEY"
  ) < /dev/null >> "$CLI_DIR/server.log" 2>&1 &
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
  local aot=() classpath
  if [ -s "$CLI_DIR/$AOT_NAME.aot" ]; then
    # A cache the JVM refuses (a changed jar) is reported on stderr, and the run goes on without it.
    aot=(-XX:AOTCache="$CLI_DIR/$AOT_NAME.aot")
  else
    cli_record_later
  fi
  # The class path file has no line end: read returns non-zero at its end, having read it.
  read -r classpath < "$CLI_CLASSPATH" || true
  if cli_daemon_wanted "$@" && cli_socket && [[ "$classpath" =~ (^|:)([^:]*/org\.casestudio\.cli_[^:/]*\.jar)(:|$) ]]; then
    # No socket, no server: the client's JVM is not started for nothing (the first command of a
    # build, or one after the server left when idle).
    if [ -S "$CLI_SOCKET" ] || [ "$1" = daemon ]; then
      local status=0
      "$JAVA_HOME/bin/java" "${CLI_CLIENT_OPTS[@]}" -cp "${BASH_REMATCH[2]}" "$CLI_CLIENT_MAIN" \
        "$CLI_SOCKET" "$CLI_SOCKET_KEY" "$@" || status=$?
      # 75: no server answered, or it refused; nothing was printed.
      [ "$status" -eq 75 ] || exit "$status"
    fi
    [ "$1" = daemon ] || cli_serve_later "$classpath"
  fi
  exec "$JAVA_HOME/bin/java" "${CLI_JVM_OPTS[@]}" "${aot[@]}" -cp "$classpath" "$CLI_MAIN" "$@"
}
