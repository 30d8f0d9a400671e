# shellcheck shell=bash
# The JVM options of Case Studio (jvm.options beside this file) and the desktop application's
# start-up cache, shared by ./casestudio and the benchmarks so that what is measured is what a
# user runs. Sourced after jdk.sh; defines functions only, so that the command line pays nothing
# for the desktop's cache.

CASESTUDIO_JVM_OPTIONS_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/jvm.options"
# shellcheck source=releng/scripts/cache-folders.sh
. "${CASESTUDIO_JVM_OPTIONS_FILE%/*}/cache-folders.sh"

# Prints the options of one section of jvm.options ("all", "desktop", "recording") that apply to
# this JDK, one per line: mapfile -t OPTS < <(jvm_options all)
jvm_options() {
  awk -v section="[$1]" -v release="$CASESTUDIO_JAVA_RELEASE" -v thp="${CASESTUDIO_THP:-0}" '
    /^[[:space:]]*(#|$)/ { next }
    /^\[/ { inside = ($1 == section); next }
    !inside { next }
    /^>=[0-9]+[[:space:]]/ { if (release + 0 < substr($1, 3) + 0) next; sub(/^>=[0-9]+[[:space:]]+/, "") }
    /^thp[[:space:]]/ { if (thp != 1) next; sub(/^thp[[:space:]]+/, "") }
    { sub(/[[:space:]]+$/, ""); print }' "$CASESTUDIO_JVM_OPTIONS_FILE"
}

# The start-up cache (BENCHMARKS.md). Later starts map what an earlier start of the same build
# loaded instead of parsing and verifying it again. On JDK 25 and later it is an ahead-of-time
# cache, which also holds the classes linked and the method profiles of the start that recorded
# it: the user's first start of a build records it (-XX:AOTCacheOutput) and the JVM writes it
# when that start ends, some 10 s after the window closed. Older JDKs get a class-data archive,
# which the JVM also writes when the first start exits.
#
# The caches live in one folder per checkout and JDK, ~/.cache/casestudio/<checkout>-<hash of
# its path>-jdk<release>-<hash of the JDK>/, named by a hash of the product's bundle list, its
# configuration and the JVM options: a rebuild with other bundles records anew, and two clones or
# two JDKs never evict each other's. Only the folder's own older caches are deleted, and the folders
# of checkouts that no longer exist when this one records a cache (cache-folders.sh).
#
# desktop_cache_prepare <cache home> <product> <checkout> sets DESKTOP_CACHE_OPTS (the options of
# this start), DESKTOP_CACHE (the cache file), DESKTOP_CACHE_LOG (what the JVM said about it) and,
# when this start records, DESKTOP_RECORDING (the cache being written, renamed into place by
# desktop_cache_finish once complete, so that a start never sees half of one).
desktop_cache_prepare() {
  local home="$1" product="$2" checkout="$3" checkout_id jdk_id product_id folder
  checkout_id=$(printf '%s' "$checkout" | sha256sum | cut -c1-12)
  # The JDK by its build (the release file) and its class library, not by a file's date.
  jdk_id=$({ cat "$JAVA_HOME/release"; stat -c %s "$JAVA_HOME/lib/modules"; } 2>/dev/null | sha256sum | cut -c1-12)
  # The bundles with their versions, the framework's settings and the options, without the
  # comments (config.ini's first lines are the date it was written).
  product_id=$(cat "$product/configuration/config.ini" \
      "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
      "$CASESTUDIO_JVM_OPTIONS_FILE" 2>/dev/null | grep -v '^#' | sha256sum | cut -c1-12)
  folder="$home/$(basename "$checkout")-$checkout_id-jdk$CASESTUDIO_JAVA_RELEASE-$jdk_id"
  mkdir -p "$folder"
  cache_folder_claim "$folder" "$checkout"
  DESKTOP_CACHE_LOG="$folder/jvm.log"
  DESKTOP_RECORDING=
  desktop_cache_prune "$folder" "desktop-$product_id"
  # The JVM's messages about the cache go to the log (the last start's: which cache it opened,
  # and why it refused one), not to the terminal.
  DESKTOP_CACHE_OPTS=("-Xlog:aot*=off,cds*=off"
    "-Xlog:aot*=warning,cds*=warning,aot=info:file=$DESKTOP_CACHE_LOG::filecount=0")
  if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ]; then
    DESKTOP_CACHE="$folder/desktop-$product_id.aot"
    if [ -s "$DESKTOP_CACHE" ]; then
      DESKTOP_CACHE_OPTS+=(-XX:AOTCache="$DESKTOP_CACHE")
    else
      # One name per process, so that two first starts cannot write into each other's cache.
      DESKTOP_RECORDING="$DESKTOP_CACHE.$$.partial"
      DESKTOP_CACHE_OPTS+=(-XX:AOTCacheOutput="$DESKTOP_RECORDING")
      # JDK 25's making of the cache, in a process of its own at exit, has been seen to stop on an
      # internal check (archiveHeapWriter); its crash report goes to the cache folder, not into the
      # user's working folder. The start is not affected; the next start records again.
      DESKTOP_CACHE_OPTS+=(-XX:ErrorFile="$folder/hs_err_pid%p.log")
      local recording_opts
      mapfile -t recording_opts < <(jvm_options recording)
      DESKTOP_CACHE_OPTS+=("${recording_opts[@]}")
    fi
  else
    DESKTOP_CACHE="$folder/desktop-$product_id.jsa"
    DESKTOP_CACHE_OPTS+=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$DESKTOP_CACHE")
  fi
  # This start makes a cache: the moment to remove the folders of checkouts that are gone.
  [ -s "$DESKTOP_CACHE" ] || cache_folders_prune "$home" "$folder"
}

# Deletes, in one cache folder, the caches of other builds and what starts that were killed
# left behind (a partial cache or recording whose process is gone).
desktop_cache_prune() {
  local folder="$1" current="$2" file pid
  for file in "$folder"/desktop-*; do
    [ -e "$file" ] || continue
    case "$file" in
      *.partial | *.partial.config)
        pid="${file%.partial*}"
        pid="${pid##*.}"
        if ! kill -0 "$pid" 2>/dev/null; then rm -f "$file"; fi ;;
      "$folder/$current".*) ;;
      *) rm -f "$file" ;;
    esac
  done
}

# After the application exited: puts the cache this start recorded into place if the JVM
# completed it, and tells when the JVM refused the cache it was given (then deleted, so that the
# next start records a new one). Its argument is the file the start's standard output went to.
desktop_cache_finish() {
  local output="$1"
  if [ -n "$DESKTOP_RECORDING" ]; then
    if [ -s "$DESKTOP_RECORDING" ] && grep -qF "AOTCache creation is complete: $DESKTOP_RECORDING" "$output"; then
      mv -f "$DESKTOP_RECORDING" "$DESKTOP_CACHE"
    else
      echo "casestudio: the start-up cache could not be written (see $output and $DESKTOP_CACHE_LOG);" \
        "the next start records it again." >&2
    fi
    rm -f "$DESKTOP_RECORDING" "$DESKTOP_RECORDING.config"
  elif [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ] && grep -q '\[error' "$DESKTOP_CACHE_LOG" 2>/dev/null; then
    echo "casestudio: the JVM refused the start-up cache (see $DESKTOP_CACHE_LOG); the next start" \
      "records a new one." >&2
    rm -f "$DESKTOP_CACHE"
  fi
}

# A desktop session has a D-Bus session bus, which GTK (its accessibility bridge) and GIO use from
# the first moment. A bare virtual display (Xvfb, in the tests and the benchmarks) has none: each
# start then tries to launch one through dbus-launch and fails, a cost and a path that no user's
# start has (BENCHMARKS.md, start-up). desktop_session_bus starts a bus of its own for the caller
# and its children, as a desktop session would, when there is none: it exports
# DBUS_SESSION_BUS_ADDRESS and sets DESKTOP_BUS_PID, which the caller stops when it ends. A bus
# that is there already (the user's) is used as it is; without dbus-daemon nothing changes.
desktop_session_bus() {
  DESKTOP_BUS_PID=
  [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 0
  [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -S "$XDG_RUNTIME_DIR/bus" ] || return 0
  if ! command -v dbus-daemon > /dev/null; then
    echo "${0##*/}: no dbus-daemon (Debian's dbus-daemon): the desktop starts without the session bus" \
      "that a desktop has." >&2
    return 0
  fi
  local pid_file address
  pid_file=$(mktemp)
  # Its warning that it cannot raise its file limit, as a user other than root, is of no concern.
  if address=$(dbus-daemon --session --fork --print-address=1 --print-pid=3 3> "$pid_file" 2> /dev/null); then
    DESKTOP_BUS_PID=$(< "$pid_file")
    export DBUS_SESSION_BUS_ADDRESS="$address"
  fi
  rm -f "$pid_file"
}
