# shellcheck shell=bash
# JVM options of the desktop application, shared by ./casestudio and the benchmarks so that what
# is measured is what a user runs. Sourced after jdk.sh; expects CACHE (the per-user cache
# folder) and PRODUCT (the built application).

# Start-up (BENCHMARKS.md): later starts map what a start of the same build loaded instead of
# parsing and verifying it again. On JDK 25 and later that is an ahead-of-time cache: before the
# first real start of a build, desktop_prepare_cache opens the application once by itself to
# record its classes and method profiles, and makes the cache from that recording; starts then
# also find the classes linked and the compilers their profiles. Older JDKs get a class-data
# archive that the JVM writes when the first start exits. The JVM refuses a cache made with
# another build of the application or JDK and would not make a new one, so each build has its
# own, named after the launcher's and the JDK's modification times.
desktop_cache_base() {
  local launcher_time jdk_time
  launcher_time=$(stat -c %Y "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
  jdk_time=$(stat -c %Y "$JAVA_HOME/lib/modules" 2>/dev/null || echo 0)
  echo "$CACHE/desktop-${launcher_time:-0}-$jdk_time"
}
DESKTOP_CACHE_BASE=$(desktop_cache_base)
DESKTOP_AOT_RECORDING=
if [ "$CASESTUDIO_JAVA_RELEASE" -ge 25 ]; then
  DESKTOP_CACHE="$DESKTOP_CACHE_BASE.aot"
  DESKTOP_JVM_OPTS=("-Xlog:aot*=off" "-Xlog:cds*=off")
  if [ -s "$DESKTOP_CACHE" ]; then
    DESKTOP_JVM_OPTS+=(-XX:AOTCache="$DESKTOP_CACHE")
  else
    # One recording per process, so that two first starts cannot write into each other's.
    DESKTOP_AOT_RECORDING="$DESKTOP_CACHE_BASE.$$.aotconf"
  fi
else
  DESKTOP_CACHE="$DESKTOP_CACHE_BASE.jsa"
  DESKTOP_JVM_OPTS=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$DESKTOP_CACHE" "-Xlog:cds*=off")
fi

# Caches of earlier builds (some 80 MB each) are of no more use.
desktop_prune_caches() {
  find "$CACHE" -maxdepth 1 -name 'desktop-*' ! -name "$(basename "$DESKTOP_CACHE_BASE").*" \
    -delete 2>/dev/null || true
}

# How the recording start compiles. A method compiled while recording is compiled again the same
# way, early, by later starts. Recorded with C1 alone, the workbench's start-up code is then
# compiled once, without profiling, instead of profiled first and given to C2 as soon as its
# recorded profile allows: the editor opens 0.3-0.4 s sooner (BENCHMARKS.md). The code that
# runs on every keystroke (the language, EMF, Guice) is not compiled while recording, so that it
# is not held to C1 afterwards and still reaches C2 as it becomes hot.
DESKTOP_RECORDING_OPTS=(-XX:TieredStopAtLevel=1 -XX:CompileCommand=quiet)
for package in org/eclipse/xtext org/antlr org/eclipse/emf com/google org/casestudio/dsl \
    org/casestudio/model; do
  DESKTOP_RECORDING_OPTS+=("-XX:CompileCommand=exclude,$package/*.*")
done

# Before the first start of a build (JDK 25 and later): opens the application once on a scratch
# workspace, where it opens the seed route and closes itself, then makes the cache from that
# recording (some 10 s, once per build). Its arguments are the launcher's jar, the configuration
# area, the seeds folder, then the JVM options the application runs with. The cache is written
# under a temporary name and renamed, so a start never sees half of one. If anything fails the
# application starts without the cache, and the next start tries again.
desktop_prepare_cache() {
  [ -n "$DESKTOP_AOT_RECORDING" ] || return 0
  local launcher_jar="$1" config="$2" seeds="$3" partial="$DESKTOP_CACHE_BASE.$$.partial"
  local log="$DESKTOP_CACHE_BASE.log" scratch
  shift 3
  echo "casestudio: first start of this build: the application opens once by itself to prepare" \
    "faster starts (some 15 s, once)..." >&2
  scratch=$(mktemp -d)
  # Interrupted (Ctrl+C), the preparation leaves nothing behind; the next start prepares again.
  trap 'rm -rf "$scratch" "$DESKTOP_AOT_RECORDING" "$partial"; exit 130' INT TERM
  if timeout --foreground 300 "$JAVA_HOME/bin/java" "$@" "${DESKTOP_JVM_OPTS[@]}" \
      "${DESKTOP_RECORDING_OPTS[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$DESKTOP_AOT_RECORDING" \
      -Dcasestudio.preparing=true -Dcasestudio.timing=true -Dcasestudio.timing.close=true \
      -Dcasestudio.seeds="$seeds" \
      -jar "$launcher_jar" -configuration "$config" -data "$scratch" \
      -application org.casestudio.ui.application > "$log" 2>&1 \
    && [ -s "$DESKTOP_AOT_RECORDING" ] \
    && "$JAVA_HOME/bin/java" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$DESKTOP_AOT_RECORDING" \
      -XX:AOTCache="$partial" -cp "$launcher_jar" >> "$log" 2>&1 \
    && [ -s "$partial" ]; then
    mv -f "$partial" "$DESKTOP_CACHE"
    DESKTOP_JVM_OPTS+=(-XX:AOTCache="$DESKTOP_CACHE")
  else
    echo "casestudio: could not prepare them (see $log); starting without." >&2
    rm -f "$partial"
  fi
  trap - INT TERM
  rm -rf "$scratch" "$DESKTOP_AOT_RECORDING"
}

# On two cores the optimising compiler competes with the UI thread while the window is built;
# giving a method to it only once the method is twenty times hotter than by default leaves that
# core to the start (0.2 s against five times, 0.4-0.8 s against the default), and typing in a
# long file stays well within its target once warm (BENCHMARKS.md).
DESKTOP_JIT_OPTS=(-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=12000
  -XX:Tier4CompileThreshold=300000 -XX:Tier4BackEdgeThreshold=800000)
