#!/usr/bin/env bash
# Installs what the scripts need and is missing: the project's npm tools (pinned Azurite) and,
# with --browser, Debian's chromium for browser tests. Safe to run again; does nothing when
# everything is present.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need() { command -v "$1" >/dev/null 2>&1 || { echo "error: $1 is required ($2)" >&2; exit 1; }; }
need dotnet ".NET 10 SDK"
need node "Node.js 20"
need npm "Node.js 20"

# npm ci only when the lock file changed since the last install, so repeated runs are instant.
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ ! -x node_modules/.bin/azurite ]; then
  echo "==> installing npm tools (Azurite)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "==> installing Debian's chromium for browser tests"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
