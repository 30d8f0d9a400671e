#!/usr/bin/env bash
# Installs the pinned Node.js tools of a test bundle (its tools/ folder, given as the argument)
# once, and again only when their package-lock.json changes. Run by the test bundles' builds.
set -euo pipefail
cd "$1"
if ! command -v npm >/dev/null; then
  echo "$1: npm is missing; install Debian's nodejs and npm (./run-tests installs them)." >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
