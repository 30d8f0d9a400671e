# Sourced by ./mvnw and ./casestudio: sets JAVA_HOME to a JDK 21 or newer.
# CASESTUDIO_JAVA_HOME wins; otherwise Temurin 25, then any JDK >= 21 under /usr/lib/jvm.
casestudio_find_jdk() {
  if [ -n "${CASESTUDIO_JAVA_HOME:-}" ]; then echo "$CASESTUDIO_JAVA_HOME"; return 0; fi
  local d v
  for d in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] || continue
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null || true)
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
CASESTUDIO_JAVA_RELEASE=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || echo 21)
