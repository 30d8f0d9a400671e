# Sourced by ./mvnw and ./casestudio: sets JAVA_HOME to a JDK 21 or newer.
# CASESTUDIO_JAVA_HOME wins; otherwise Temurin 25, then any JDK >= 21 under /usr/lib/jvm.
# The feature release (21, 25...) of the JDK in $1, from its release file; in bash alone, since
# ./casestudio's commands start here and each process started costs them some milliseconds.
casestudio_jdk_release() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
      echo "${BASH_REMATCH[1]}"
      return 0
    fi
  done < "$1/release"
}

casestudio_find_jdk() {
  if [ -n "${CASESTUDIO_JAVA_HOME:-}" ]; then echo "$CASESTUDIO_JAVA_HOME"; return 0; fi
  local d v
  for d in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] || continue
    v=$(casestudio_jdk_release "$d" 2>/dev/null || true)
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$d"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME="$(casestudio_find_jdk)"; then
  echo "casestudio: no Java 21 or newer found under /usr/lib/jvm; install one or set CASESTUDIO_JAVA_HOME." >&2
  exit 2
fi
export JAVA_HOME
# The feature release of that JDK (21, 25...), for options that only newer JDKs know.
CASESTUDIO_JAVA_RELEASE=$(casestudio_jdk_release "$JAVA_HOME" 2>/dev/null || true)
CASESTUDIO_JAVA_RELEASE=${CASESTUDIO_JAVA_RELEASE:-21}
