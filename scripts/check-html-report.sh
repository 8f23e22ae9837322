#!/usr/bin/env bash
# Renders an HTML evidence report in a real headless browser (Debian's chromium) and checks it:
#   - the page parses and shows its headings, with no <script> element in the rendered DOM;
#   - a screenshot (PNG) and a printed PDF are written, for a person to look at.
# Usage: scripts/check-html-report.sh [REPORT.html] [OUT_DIR]
#   Without REPORT.html, screens examples/suppliers.csv plus a few hostile names and checks that report.
# Needs chromium (apt-get install -y chromium). Exits 0 when every check passes, 1 when one fails, 2 without chromium.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
report="${1:-}"
out="${2:-$here/target/html-check}"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [[ -z "$browser" ]]; then
  echo "check-html-report: chromium not found (apt-get install -y chromium)" >&2
  exit 2
fi
mkdir -p "$out"
if [[ -z "$report" ]]; then
  input="$out/suppliers-with-hostile-names.csv"
  cp "$here/examples/suppliers.csv" "$input"
  printf '%s\n' 'V-9001,"=HYPERLINK(""http://evil.example"",""click"") <script>alert(1)</script>",CN,test' \
    "V-9002,\"SZ DJI Technology $(printf '\u202e')evil\",CN,test" >> "$input"
  report="$out/report.html"
  "$here/listcheck" screen "$input" --id-column supplier_id --country-column country \
    --now 2026-11-21T00:00:00Z --no-progress --format "html=$report" || [[ $? -eq 1 ]]
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# Flags: as root in a container chromium needs --no-sandbox; the network is closed, so background services are off.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars)
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
"$browser" "${flags[@]}" --dump-dom "$url" > "$out/dom.html" 2>/dev/null
"$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$out/report.png" "$url" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$url" 2>/dev/null
fail=0
grep -q '<h1>Supplier screening report</h1>' "$out/dom.html" || { echo "check-html-report: heading missing from rendered DOM" >&2; fail=1; }
grep -q '<h2>Lists screened against</h2>' "$out/dom.html" || { echo "check-html-report: list table missing" >&2; fail=1; }
if grep -qi '<script' "$out/dom.html"; then echo "check-html-report: a <script> element reached the DOM" >&2; fail=1; fi
[[ "$(head -c 8 "$out/report.png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] || { echo "check-html-report: no PNG screenshot" >&2; fail=1; }
[[ "$(head -c 4 "$out/report.pdf")" == "%PDF" ]] || { echo "check-html-report: no PDF" >&2; fail=1; }
if [[ $fail -eq 0 ]]; then
  echo "check-html-report: OK: $out/report.png, $out/report.pdf"
fi
exit $fail
