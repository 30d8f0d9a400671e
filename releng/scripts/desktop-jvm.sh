# shellcheck shell=bash
# JVM options of the desktop application, shared by ./casestudio and the benchmarks so that what
# is measured is what a user runs. Sourced after jdk.sh; expects CACHE (the per-user cache
# folder) and PRODUCT (the built application).

# Start-up (BENCHMARKS.md): the classes parsed by one start are kept in an archive that later
# starts map instead of parsing again; the JVM writes it when the application exits. It refuses an
# archive made with another build of the application or JDK and does not write that one anew, so
# each build gets its own file, named after the launcher's and the JDK's modification times.
desktop_archive() {
  local launcher_time jdk_time
  launcher_time=$(stat -c %Y "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
  jdk_time=$(stat -c %Y "$JAVA_HOME/lib/modules" 2>/dev/null || echo 0)
  echo "$CACHE/desktop-${launcher_time:-0}-$jdk_time.jsa"
}
DESKTOP_ARCHIVE=$(desktop_archive)
DESKTOP_JVM_OPTS=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$DESKTOP_ARCHIVE" "-Xlog:cds*=off")

# Archives of earlier builds (some 55 MB each) are of no more use.
desktop_prune_archives() {
  find "$CACHE" -maxdepth 1 -name 'desktop-*.jsa' ! -path "$DESKTOP_ARCHIVE" -delete 2>/dev/null || true
}

# On two cores the optimising compiler competes with the UI thread while the window is built;
# giving a method to it only once the method is twenty times hotter than by default leaves that
# core to the start (0.2 s against five times, 0.4-0.8 s against the default), and typing in a
# long file stays three times faster than its target once warm (BENCHMARKS.md).
DESKTOP_JIT_OPTS=(-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=12000
  -XX:Tier4CompileThreshold=300000 -XX:Tier4BackEdgeThreshold=800000)
