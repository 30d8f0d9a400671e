#!/usr/bin/env bash
# Installs Case Studio into a fresh Eclipse platform the way a user does, from the p2 repository
# that the build makes, and checks that it works there. Run by the build in the verify phase of
# releng/org.casestudio.installtest; any failure fails the build.
#   0. every Case Studio feature of the repository is in a category (what Install New Software lists);
#   1. the platform (made from the target platform, no Case Studio in it) installs the Case Studio
#      features with p2's director application, from the repository folder only (file: URI);
#   2. started headless, the platform's install check finds every Case Studio bundle resolved, the
#      content type, the model package and the language's resource factories registered, the seed
#      files parsed and linked, the exporters and applications contributed;
#   3. the command line application of the installed platform validates the seed (exit 0) and
#      finds the errors of a broken file (exit 1).
# Usage: p2-install-test.sh PLATFORM_DIR REPOSITORY_DIR WORK_DIR
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/jdk.sh"
[ $# -eq 3 ] || { echo "usage: $0 PLATFORM_DIR REPOSITORY_DIR WORK_DIR" >&2; exit 2; }
platform=$1
repository=$2
work=$3
seeds="$ROOT/seeds/attapeu"
broken="$ROOT/releng/org.casestudio.product/smoke/broken.case"
features=org.casestudio.language.feature.feature.group,org.casestudio.export.feature.feature.group,org.casestudio.cli.feature.feature.group,org.casestudio.ui.feature.feature.group

fail() {
  echo "p2 install test: $1" >&2
  shift
  for file in "$@"; do
    [ -f "$file" ] && { echo "--- $file" >&2; tail -n 60 "$file" >&2; }
  done
  # p2 and the framework log what they do not print into the configuration area.
  for file in "$platform"/configuration/*.log; do
    [ -f "$file" ] && { echo "--- $file" >&2; tail -n 60 "$file" >&2; }
  done
  exit 1
}

[ -f "$repository/content.jar" ] \
  || fail "no p2 repository in $repository: build releng/org.casestudio.product first"
content=$(unzip -p "$repository/content.jar" content.xml) || fail "cannot read $repository/content.jar"
# Only this repository is read: it must not send p2 elsewhere.
if grep -q '<references' <<< "$content"; then
  fail "the repository refers to other repositories; the test must read nothing but $repository"
fi
# Install New Software lists categorized features only: each Case Studio feature must be in one.
categorized=$(awk '/<unit /{ unit = "" } { unit = unit $0 "\n" } /<\/unit>/ && unit ~ /p2\.type\.category. value=.true./ { printf "%s", unit }' <<< "$content" \
  | grep -o "name='org\.casestudio\.[^']*\.feature\.group'" | sort -u)
for feature in $(grep -o "<unit id='org\.casestudio\.[^']*\.feature\.group'" <<< "$content" | cut -d"'" -f2 | sort -u); do
  grep -q "'$feature'" <<< "$categorized" || fail "the repository's category.xml puts $feature in no category"
done
for feature in ${features//,/ }; do
  grep -q "'$feature'" <<< "$categorized" || fail "the repository has no category holding $feature"
done
launchers=("$platform"/plugins/org.eclipse.equinox.launcher_*.jar)
[ -f "${launchers[0]}" ] || fail "no platform in $platform"
if ls "$platform/plugins" | grep '^org\.casestudio\.' | grep -qv '^org\.casestudio\.installtest\.'; then
  fail "the platform is not fresh: it already holds Case Studio bundles"
fi
mkdir -p "$work"

eclipse() {
  # A headless start of the platform: no window, its log on the console, nothing from the network.
  "$JAVA_HOME/bin/java" -Xmx512m -Djava.awt.headless=true -jar "${launchers[0]}" -nosplash -consoleLog "$@"
}
seconds() { echo "$(( ($(date +%s%N) - $1) / 1000000 ))" | sed 's/\(...\)$/.\1/; s/^\./0./'; }

start=$(date +%s%N)
repository_uri="file://$(cd "$repository" && pwd | sed 's/ /%20/g')"
eclipse -application org.eclipse.equinox.p2.director -repository "$repository_uri" -installIU "$features" \
  > "$work/install.log" 2>&1 || fail "p2's director could not install $features:" "$work/install.log"
grep -q "Operation completed" "$work/install.log" || fail "p2's director did not complete:" "$work/install.log"
for bundle in model dsl dsl.ide export export.web export.quiz cli ui; do
  grep -q "^org\.casestudio\.$bundle," "$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || fail "the install did not add org.casestudio.$bundle to the platform's bundles.info" "$work/install.log"
done
echo "p2 install test: installed $features from $repository_uri in $(seconds "$start") s"

start=$(date +%s%N)
eclipse -application org.casestudio.installtest.check.app "$seeds" > "$work/check.log" 2>&1 \
  || fail "the installed platform fails its check:" "$work/check.log"
grep -q "install check: [0-9]* passed, 0 failed" "$work/check.log" || fail "the install check did not finish:" "$work/check.log"
echo "p2 install test: $(grep 'install check:' "$work/check.log") in $(seconds "$start") s"

start=$(date +%s%N)
eclipse -application org.casestudio.cli.app validate "$seeds" > "$work/validate-seed.log" 2>&1 \
  || fail "the installed command line finds problems in the seed:" "$work/validate-seed.log"
status=0
eclipse -application org.casestudio.cli.app validate "$broken" > "$work/validate-broken.log" 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "the installed command line exits $status on a broken file, expected 1:" "$work/validate-broken.log"
grep -q "broken.case:" "$work/validate-broken.log" \
  || fail "the installed command line does not locate the errors of the broken file:" "$work/validate-broken.log"
echo "p2 install test: the installed command line validates the seed and rejects a broken file in $(seconds "$start") s"
