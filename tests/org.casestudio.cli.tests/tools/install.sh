#!/usr/bin/env bash
# Installs the pinned Node.js test tools once; again only when package-lock.json changes.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
  echo "command line tests: npm is missing; install Debian's nodejs and npm (run-tests installs them)." >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
