#!/usr/bin/env bash
# Fuzzes parsing, validation, formatting, serialization and every exporter with Jazzer.
#   releng/scripts/fuzz.sh [duration per test, default 5m] [test name]
# The tests are in tests/org.casestudio.fuzz (LanguageFuzzTest). An input that crashes, hangs
# (over 10 s) or shows a formatter that is not idempotent is written by Jazzer into
# src/test/resources/org/casestudio/fuzz/LanguageFuzzTestInputs/<test>/, where the normal build
# replays it from then on: fix the bug and commit the input. The corpus Jazzer grows while
# searching stays in tests/org.casestudio.fuzz/.cifuzz-corpus (not committed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${1:-5m}"
TESTS="${2:-parseValidateFormatSerialize exportEveryFormat}"
MODULES=releng/org.casestudio.target,bundles/org.casestudio.model,bundles/org.casestudio.dsl,bundles/org.casestudio.export,bundles/org.casestudio.export.web,bundles/org.casestudio.export.quiz,tests/org.casestudio.fuzz
for test in $TESTS; do
  echo "fuzz: LanguageFuzzTest#$test for $DURATION"
  # JUnit's own timeout would cover the whole run; Jazzer gives @Timeout to libFuzzer per input.
  JAZZER_FUZZ=1 "$ROOT/mvnw" -B -q verify -pl "$MODULES" -Djazzer.max_duration="$DURATION" \
    -Djunit.jupiter.execution.timeout.mode=disabled -Dtest="LanguageFuzzTest#$test" \
    -Dsurefire.failIfNoSpecifiedTests=false
done
