#!/usr/bin/env bash
# The one publish command, shared by the Dockerfile and CI so both ship the same build.
# Usage: bash build/publish.sh OUTPUT_DIR
set -euo pipefail
out="${1:?usage: build/publish.sh OUTPUT_DIR}"
dotnet publish src/SocialBalance.Api/SocialBalance.Api.csproj --configuration Release --output "$out" -p:UseAppHost=false
