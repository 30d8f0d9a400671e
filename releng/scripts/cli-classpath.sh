#!/usr/bin/env bash
# Makes the command line's class path in the headless product (CliClassPath.java): run by the
# product's build after the product is materialized, and by ./casestudio if a product built
# before it lacks one.
#   releng/scripts/cli-classpath.sh [product folder]
# Made under a temporary name and renamed into place: a run never sees half of it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=releng/scripts/jdk.sh
. "$ROOT/releng/scripts/jdk.sh"
PRODUCT="${1:-$ROOT/releng/org.casestudio.product/target/products/org.casestudio.cli.product/linux/gtk/x86_64}"
partial="$PRODUCT/classpath.$$.partial"
old="$PRODUCT/classpath.$$.old"
trap 'rm -rf "$partial" "$old"' EXIT
"$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 "$ROOT/releng/scripts/CliClassPath.java" "$PRODUCT" "$partial" \
  "$PRODUCT/classpath"
# A rebuilt product replaces the class path of the one before.
[ -d "$PRODUCT/classpath" ] && mv -T "$PRODUCT/classpath" "$old" 2>/dev/null || true
mv -T "$partial" "$PRODUCT/classpath" 2>/dev/null || true
