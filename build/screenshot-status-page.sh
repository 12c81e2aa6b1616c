#!/usr/bin/env bash
# Draws the status page (Danish, on the demo data) in Chromium, full page at 1280 px, into docs/status-page.png (or
# the file given): the browser tests' screenshot test, told where to keep its picture. Needs Chromium at
# /usr/bin/chromium (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/status-page.png}")"
[ -x /usr/bin/chromium ] || { echo "No Chromium at /usr/bin/chromium: apt-get install chromium" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
SOCIALBALANCE_TEST_BROWSER=/usr/bin/chromium SOCIALBALANCE_SCREENSHOT="$out" \
  dotnet test tests/SocialBalance.Browser.Tests --filter "FullyQualifiedName~StatusPageScreenshotTests" --nologo
[ -s "$out" ] || { echo "No picture was written to $out" >&2; exit 1; }
echo "Wrote $out"
