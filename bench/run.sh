#!/usr/bin/env bash
# Runs every benchmark in one go and prints the figures side by side (see bench/README.md).
# Usage: bench/run.sh [--quick] [--only storage|intake|startup|deadlines|campaigns] [--hosted-only] [--json-only]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/prerequisites.sh

out="$root/artifacts/bench"
rm -rf "$out"; mkdir -p "$out"
echo "==> publishing the handler and the bare app the same way (Release, ReadyToRun, linux-x64)"
projects=(functions/CustomerService.Functions)
# The bare app is only the start-up yardstick: skip it when --only names another section.
[[ " $* " == *" --only "* && " $* " != *" --only startup "* ]] || projects+=(bench/BareMinimalApi)
for project in "${projects[@]}"; do
  dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$out/$(basename "$project")" -nologo -clp:ErrorsOnly -v q
done
dotnet build bench/CustomerService.Functions.Bench -c Release -nologo -clp:ErrorsOnly -v q

blob=$(scripts/free-port.sh); queue=$(scripts/free-port.sh); table=$(scripts/free-port.sh)
# In memory: with disk persistence Azurite re-serializes its whole database every 5 seconds, which
# at 100,000 campaign items took a quarter of its CPU — a cost of the emulator, not of Azure Storage.
azurite_pid=$(scripts/azurite.sh "$out/azurite" "$blob" "$queue" "$table" --inMemoryPersistence)
trap 'kill "$azurite_pid" 2>/dev/null || true' EXIT
account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
storage="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/$account;QueueEndpoint=http://127.0.0.1:$queue/$account;TableEndpoint=http://127.0.0.1:$table/$account;"

echo "==> running (machine: $(nproc) cores)"
dotnet bench/CustomerService.Functions.Bench/bin/Release/net10.0/CustomerService.Functions.Bench.dll \
  --storage "$storage" --handler "$out/CustomerService.Functions" --bare "$out/BareMinimalApi" --azurite-pid "$azurite_pid" "$@"
