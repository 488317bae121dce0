#!/usr/bin/env bash
# Regenerates functions/<FunctionName>/function.json from the function catalogue in code (and
# removes folders of functions that no longer exist). Run it after adding, renaming or removing
# a function; a test fails while the committed files differ from the catalogue.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet run --project functions/CustomerService.Functions -- generate-function-json "$root/functions"
