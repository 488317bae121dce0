#!/usr/bin/env bash
# Builds the deployable function app: the handler published self-contained for linux-x64 with
# ReadyToRun (no .NET runtime is installed for a "custom" worker on Flex Consumption, and R2R
# shortens cold start), plus host.json and every function folder, laid out as the app root the
# Functions host expects, then zipped. azd (azure.yaml) deploys artifacts/functionapp/.
#
#   scripts/publish.sh            -> artifacts/functionapp/ and artifacts/functionapp.zip
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

project=functions/CustomerService.Functions/CustomerService.Functions.csproj
app=artifacts/functionapp
zip_file=artifacts/functionapp.zip

command -v dotnet >/dev/null 2>&1 || { echo "error: dotnet is required (.NET 10 SDK)" >&2; exit 1; }
command -v zip >/dev/null 2>&1 || { echo "error: zip is required (apt-get install zip)" >&2; exit 1; }
[ -f functions/host.json ] || { echo "error: functions/host.json is missing" >&2; exit 1; }

rm -rf "$app" "$zip_file"
mkdir -p "$app"

echo "==> publishing the handler (self-contained linux-x64, ReadyToRun)"
dotnet publish "$project" -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=true -p:DebugType=none -p:GenerateDocumentationFile=false \
  -o "$app/handler" -nologo -clp:ErrorsOnly

# host.json's customHandler.description.defaultExecutablePath points here; fail now rather
# than at the host's start-up in Azure.
handler="$app/handler/CustomerService.Functions"
[ -f "$handler" ] || { echo "error: $handler was not produced" >&2; exit 1; }
chmod +x "$handler"

echo "==> copying host.json and function folders"
cp functions/host.json "$app/host.json"
count=0
for definition in functions/*/function.json; do
  [ -e "$definition" ] || continue   # no function folders yet: the glob stays literal
  folder="$(dirname "$definition")"
  cp -R "$folder" "$app/"
  count=$((count + 1))
done
echo "    $count function folder(s)"

echo "==> zipping"
# -X leaves out extra file attributes but keeps the Unix mode, so the handler stays executable.
(cd "$app" && zip -q -r -X "$root/$zip_file" .)
echo "==> $zip_file ($(du -h "$zip_file" | cut -f1))"
