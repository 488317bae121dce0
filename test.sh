#!/usr/bin/env bash
# Runs every test. Installs what is missing first; the tests start their own Azurite on free
# loopback ports (tests/.../Support/Azurite.cs) and stop it when they finish.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
scripts/prerequisites.sh --browser

echo "==> building"
dotnet build CustomerService.Functions.sln -c Release -nologo -clp:ErrorsOnly

echo "==> testing"
log="$(mktemp)"
set +e
dotnet test CustomerService.Functions.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line, summed over test assemblies, that CI can read.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' <(tr -d ',' < "$log")
rm -f "$log"
exit "$status"
