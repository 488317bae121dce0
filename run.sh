#!/usr/bin/env bash
# Runs the product locally in standalone mode: installs what is missing, starts the pinned
# Azurite on loopback (data in .azurite/, git-ignored), builds and starts the app on $PORT
# (default 7071), prints the URLs. Ctrl-C stops everything this script started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
scripts/prerequisites.sh

port="${PORT:-7071}"
blob="${AZURITE_BLOB_PORT:-10000}"; queue="${AZURITE_QUEUE_PORT:-10001}"; table="${AZURITE_TABLE_PORT:-10002}"
for p in "$port" "$blob" "$queue" "$table"; do
  if (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "error: port $p on 127.0.0.1 is in use. Set PORT / AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT / AZURITE_TABLE_PORT to free ports." >&2
    exit 1
  fi
done

pids=()
cleanup() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "stopped."
}
trap cleanup INT TERM EXIT

echo "==> starting Azurite (data in .azurite/)"
pids+=("$(scripts/azurite.sh "$root/.azurite" "$blob" "$queue" "$table")")

echo "==> building"
dotnet build functions/CustomerService.Functions -c Release -nologo -clp:ErrorsOnly -v q

account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/$account;QueueEndpoint=http://127.0.0.1:$queue/$account;TableEndpoint=http://127.0.0.1:$table/$account;"
export PORT="$port"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
# Standalone development: the documented development sign-in with seeded staff users (docs/security.md).
export Security__StaffIdentity="${Security__StaffIdentity:-DevelopmentSignIn}"
# Local-only HMAC key for appeal status links (docs/appeals.md); Azure gets a secret from main.bicep.
export Appeals__StatusCodeKey="${Appeals__StatusCodeKey:-local-development-status-code-key-0123456789}"

echo "==> starting the app on http://127.0.0.1:$port"
dotnet functions/CustomerService.Functions/bin/Release/net10.0/CustomerService.Functions.dll &
pids+=("$!")

for _ in $(seq 1 600); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "${pids[1]}" 2>/dev/null || { echo "the app exited" >&2; exit 1; }
  sleep 0.1
done

cat <<MSG

CustomerService.Functions is running (standalone mode, storage on Azurite).
  Health:        http://127.0.0.1:$port/api/health
  Staff users:   http://127.0.0.1:$port/api/dev/users   (development sign-in, see docs/security.md)
  Sign in:       curl -s -X POST http://127.0.0.1:$port/api/dev/sign-in -H 'content-type: application/json' -d '{"user":"operator"}'
  Who am I:      http://127.0.0.1:$port/api/me  (with the cookie or 'Authorization: Bearer <accessToken>')
  Storage:       blob :$blob  queue :$queue  table :$table (account $account)
Press Ctrl-C to stop.
MSG
wait "${pids[1]}"
