#!/usr/bin/env bash
# Runs every benchmark in one go and prints the figures side by side (README.md, "Benchmarks").
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
azurite_pid=$(scripts/azurite.sh "$out/azurite" "$blob" "$queue" "$table")
trap 'kill "$azurite_pid" 2>/dev/null || true' EXIT
account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
connection() { echo "DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$1/$account;QueueEndpoint=http://127.0.0.1:$2/$account;TableEndpoint=http://127.0.0.1:$3/$account;"; }
storage=$(connection "$blob" "$queue" "$table")

# The campaign section gets its own Azurite in memory: on disk Azurite re-serializes its whole
# database every 5 seconds, which made a 100,000-recipient campaign grind to a halt (docs/campaigns.md).
campaign=()
if [[ " $* " != *" --only "* || " $* " == *" --only campaigns "* ]]; then
  ports=($(scripts/free-port.sh) $(scripts/free-port.sh) $(scripts/free-port.sh))
  memory_pid=$(scripts/azurite.sh "$out/azurite-memory" "${ports[@]}" --inMemoryPersistence)
  trap 'kill "$azurite_pid" "$memory_pid" 2>/dev/null || true' EXIT
  campaign=(--campaign-storage "$(connection "${ports[@]}")")
fi

# The deadline section gets a fresh Azurite on disk: that re-serialization costs every table write in
# proportion to everything stored, so the earlier sections' rows would tax only the timer handler's drains.
deadline=()
if [[ " $* " != *" --only "* || " $* " == *" --only deadlines "* ]]; then
  dports=($(scripts/free-port.sh) $(scripts/free-port.sh) $(scripts/free-port.sh))
  deadline_pid=$(scripts/azurite.sh "$out/azurite-deadlines" "${dports[@]}")
  trap 'kill "$azurite_pid" ${memory_pid:-} "$deadline_pid" 2>/dev/null || true' EXIT
  deadline=(--deadline-storage "$(connection "${dports[@]}")")
fi

echo "==> running (machine: $(nproc) cores)"
dotnet bench/CustomerService.Functions.Bench/bin/Release/net10.0/CustomerService.Functions.Bench.dll \
  --storage "$storage" --handler "$out/CustomerService.Functions" --bare "$out/BareMinimalApi" --azurite-pid "$azurite_pid" "${campaign[@]}" "${deadline[@]}" "$@"
