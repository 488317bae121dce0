#!/usr/bin/env bash
# Starts the project's pinned Azurite on loopback in the background.
# Usage: scripts/azurite.sh <data-dir> <blob-port> <queue-port> <table-port> [--inMemoryPersistence]
# Prints the PID on stdout once all three ports accept connections.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$1"; blob="$2"; queue="$3"; table="$4"; shift 4
mkdir -p "$data"
# In memory it takes no --location; its log still goes to the data directory.
location=(--location "$data"); [[ " $* " == *" --inMemoryPersistence "* ]] && location=()
node "$root/node_modules/azurite/dist/src/azurite.js" --silent --disableTelemetry "${location[@]}" \
  --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
  --tableHost 127.0.0.1 --tablePort "$table" "$@" >"$data/azurite.log" 2>&1 &
pid=$!
for port in "$blob" "$queue" "$table"; do
  for _ in $(seq 1 300); do
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "Azurite exited; see $data/azurite.log" >&2; exit 1; }
    sleep 0.1
  done
done
echo "$pid"
