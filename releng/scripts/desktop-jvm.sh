# shellcheck shell=bash
# JVM options of the desktop application, shared by ./casestudio and the benchmarks so that what
# is measured is what a user runs. Sourced after jdk.sh; expects CACHE (the per-user cache
# folder) and PRODUCT (the built application).

# Start-up (BENCHMARKS.md): later starts map what the first start of a build loaded instead of
# parsing and verifying it again. On JDK 25 and later that is an ahead-of-time cache: the first
# start records its classes and method profiles, and desktop_assemble_cache turns the recording
# into the cache once it exits; later starts also find the classes linked and the compiler its
# profiles. Older JDKs get a class-data archive that the JVM writes at exit. The JVM refuses a
# cache made with another build of the application or JDK and would not make a new one, so each
# build has its own, named after the launcher's and the JDK's modification times.
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
  if [ -s "$DESKTOP_CACHE" ]; then
    DESKTOP_JVM_OPTS=(-XX:AOTCache="$DESKTOP_CACHE")
  else
    # One recording per process, so that two first starts cannot write into each other's.
    DESKTOP_AOT_RECORDING="$DESKTOP_CACHE_BASE.$$.aotconf"
    DESKTOP_JVM_OPTS=(-XX:AOTMode=record -XX:AOTConfiguration="$DESKTOP_AOT_RECORDING")
  fi
  DESKTOP_JVM_OPTS+=("-Xlog:aot*=off" "-Xlog:cds*=off")
else
  DESKTOP_CACHE="$DESKTOP_CACHE_BASE.jsa"
  DESKTOP_JVM_OPTS=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$DESKTOP_CACHE" "-Xlog:cds*=off")
fi

# Caches of earlier builds (some 80 MB each) are of no more use.
desktop_prune_caches() {
  find "$CACHE" -maxdepth 1 -name 'desktop-*' ! -name "$(basename "$DESKTOP_CACHE_BASE").*" \
    -delete 2>/dev/null || true
}

# After a recording start: builds the cache from the recording (a few seconds, once per build).
# Its arguments are the launcher's jar, then the JVM options the application ran with, less those
# of the recording. The cache is written under a temporary name and renamed, so a start never
# sees half of one.
desktop_assemble_cache() {
  [ -n "$DESKTOP_AOT_RECORDING" ] && [ -s "$DESKTOP_AOT_RECORDING" ] || return 0
  local launcher_jar="$1" partial="$DESKTOP_CACHE_BASE.$$.partial" log="$DESKTOP_CACHE_BASE.log"
  shift
  echo "casestudio: preparing faster starts for this build (once, a few seconds)..." >&2
  if "$JAVA_HOME/bin/java" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$DESKTOP_AOT_RECORDING" \
      -XX:AOTCache="$partial" -cp "$launcher_jar" > "$log" 2>&1 && [ -s "$partial" ]; then
    mv -f "$partial" "$DESKTOP_CACHE"
  else
    echo "casestudio: could not prepare them (see $log); the next start tries again." >&2
    rm -f "$partial"
  fi
  rm -f "$DESKTOP_AOT_RECORDING"
}

# On two cores the optimising compiler competes with the UI thread while the window is built;
# giving a method to it only once the method is twenty times hotter than by default leaves that
# core to the start (0.2 s against five times, 0.4-0.8 s against the default), and typing in a
# long file stays three times faster than its target once warm (BENCHMARKS.md).
DESKTOP_JIT_OPTS=(-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=12000
  -XX:Tier4CompileThreshold=300000 -XX:Tier4BackEdgeThreshold=800000)
