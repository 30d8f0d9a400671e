# Sourced by ./mvnw and ./casestudio: sets JAVA_HOME to a JDK 21 or newer, and CASESTUDIO_THP (below).
# CASESTUDIO_JAVA_HOME wins; otherwise Temurin 25, then any JDK >= 21 under /usr/lib/jvm.
# In bash alone and without subshells: ./casestudio's commands start here, and each process
# started costs them some milliseconds, tens on a busy machine (BENCHMARKS.md, "Command line").

# Sets CASESTUDIO_JAVA_RELEASE to the feature release (21, 25...) of the JDK in $1, from its
# release file; empty if it has none.
casestudio_jdk_release() {
  local line
  CASESTUDIO_JAVA_RELEASE=""
  [ -r "$1/release" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
      CASESTUDIO_JAVA_RELEASE="${BASH_REMATCH[1]}"
      return 0
    fi
  done < "$1/release"
  return 1
}

# Sets JAVA_HOME (and CASESTUDIO_JAVA_RELEASE) to the JDK to use; fails if there is none.
casestudio_find_jdk() {
  if [ -n "${CASESTUDIO_JAVA_HOME:-}" ]; then
    JAVA_HOME="$CASESTUDIO_JAVA_HOME"
    casestudio_jdk_release "$JAVA_HOME" || true
    return 0
  fi
  local d
  for d in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] || continue
    if casestudio_jdk_release "$d" && [ "$CASESTUDIO_JAVA_RELEASE" -ge 21 ]; then
      JAVA_HOME="$d"
      return 0
    fi
  done
  return 1
}

if ! casestudio_find_jdk; then
  echo "casestudio: no Java 21 or newer found under /usr/lib/jvm; install one or set CASESTUDIO_JAVA_HOME." >&2
  exit 2
fi
export JAVA_HOME
# The feature release of that JDK, for options that only newer JDKs know.
CASESTUDIO_JAVA_RELEASE=${CASESTUDIO_JAVA_RELEASE:-21}
# Whether the kernel gives transparent huge pages to a process that asks for them ("madvise" or
# "always"): jvm.options' lines marked "thp" apply only then, as the JVM warns at every start when
# asked for them where they are off.
CASESTUDIO_THP=0
if { IFS= read -r CASESTUDIO_THP_MODE < /sys/kernel/mm/transparent_hugepage/enabled; } 2> /dev/null \
    && [[ "$CASESTUDIO_THP_MODE" =~ \[(always|madvise)\] ]]; then
  CASESTUDIO_THP=1
fi
unset CASESTUDIO_THP_MODE
