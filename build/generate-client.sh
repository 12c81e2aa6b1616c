#!/usr/bin/env bash
# Generates the typed clients from the committed contract (api-spec/openapi.json):
#   - the product client, with Kiota, into src/SocialBalance.Client/Generated/
#   - an independent second consumer, with NSwag (Newtonsoft.Json), into tests/SocialBalance.Client.Tests/Nswag/
#
#   build/generate-client.sh           regenerate both in place (run it after every change of the contract)
#   build/generate-client.sh --check   regenerate into a temporary folder and fail if the committed code differs
#
# Both modes generate in a temporary tree laid out like the repository, so the paths the generators record
# (Kiota's lock file names the contract relative to its output) are the same wherever it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Kiota looks for updates and its API manifests online unless told not to; generation needs nothing from outside.
export KIOTA_OFFLINE_ENABLED=true

kiota_out=src/SocialBalance.Client/Generated
nswag_out=tests/SocialBalance.Client.Tests/Nswag

mode=${1:-write}
case "$mode" in write | --check) ;; *) echo "usage: $0 [--check]" >&2; exit 2 ;; esac

dotnet tool restore >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/api-spec" "$work/$kiota_out" "$work/$nswag_out"
# A property that names an enum may describe it in its own words beside the $ref; Kiota then documents the enum with
# whichever of those words it meets first, which differs from run to run. Its copy of the contract keeps only the
# enum's own description, so the same contract always generates the same client.
node -e '
  const fs = require("fs");
  const doc = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const schemas = doc.components.schemas;
  const isEnum = ref => ref.startsWith("#/components/schemas/") && Array.isArray((schemas[ref.slice(21)] || {}).enum);
  const walk = node => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node === null || typeof node !== "object") return;
    if (typeof node.$ref === "string" && isEnum(node.$ref)) delete node.description;
    Object.values(node).forEach(walk);
  };
  walk(doc);
  fs.writeFileSync(process.argv[2], JSON.stringify(doc, null, 2) + "\n");
' api-spec/openapi.json "$work/api-spec/openapi.json"

# --ebc: a new client carries none of the obsolete members kept for older Kiota versions.
dotnet kiota generate --language CSharp \
  --openapi "$work/api-spec/openapi.json" --output "$work/$kiota_out" \
  --class-name SocialBalanceClient --namespace-name SocialBalance.Client \
  --exclude-backward-compatible --clean-output --log-level Warning \
  | sed '/^Hint:/d; /^Example:/d; /^$/d'
# The log holds the generating machine's paths and nothing a reader needs.
rm -f "$work/$kiota_out/.kiota.log"

dotnet nswag openapi2csclient \
  /input:"$work/api-spec/openapi.json" /output:"$work/$nswag_out/SocialBalanceNswagClient.cs" \
  /namespace:SocialBalance.Client.Tests.Nswag /className:SocialBalanceNswagClient \
  /jsonLibrary:NewtonsoftJson /operationGenerationMode:SingleClientFromOperationId \
  /useBaseUrl:false /injectHttpClient:true /disposeHttpClient:false \
  /generateOptionalParameters:true /generateNullableReferenceTypes:true /generateOptionalPropertiesAsNullable:true \
  /exceptionClass:SocialBalanceApiException >/dev/null

if [ "$mode" = --check ]; then
  status=0
  for dir in "$kiota_out" "$nswag_out"; do
    if ! diff -r "$dir" "$work/$dir" >"$work/diff.txt"; then
      echo "$dir differs from what build/generate-client.sh generates from api-spec/openapi.json:" >&2
      head -n 60 "$work/diff.txt" >&2
      status=1
    fi
  done
  [ "$status" -eq 0 ] && echo "The generated clients match api-spec/openapi.json."
  [ "$status" -eq 0 ] || echo "Run build/generate-client.sh and commit the result." >&2
  exit "$status"
fi

rm -rf "$kiota_out" "$nswag_out"
mkdir -p "$kiota_out" "$nswag_out"
cp -r "$work/$kiota_out/." "$kiota_out/"
cp -r "$work/$nswag_out/." "$nswag_out/"
echo "Generated $kiota_out and $nswag_out from api-spec/openapi.json."
