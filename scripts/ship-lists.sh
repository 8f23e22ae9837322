#!/usr/bin/env bash
# Rebuilds the shipped lists/ snapshot with listcheck's own 'update --from' over the official files in
# ../shared/data (never copied into the repository). Each source's files are linked under their official
# names into a staging folder; the manifest records where they came from.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$here/../shared/data}"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

link() { mkdir -p "$stage/$1"; ln -s "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")" "$stage/$1/$3"; }

for f in CONS_PRIM CONS_ALT CONS_ADD CONS_COMMENTS; do link ofac-nonsdn "$data/ofac-cons/2025-12-19/$f.CSV" "$f.CSV"; done
link fcc-covered "$data/fcc-covered/covered-list-table-2026-08-20.csv" coveredlist.csv

"$here/listcheck" update --from "$stage" --now "${LISTCHECK_SHIP_TIME:-2026-11-21T00:00:00Z}" \
  --as-of ofac-nonsdn=2025-12-19 \
  --provenance "ofac-nonsdn=OFAC legacy CSV set CONS_PRIM/ALT/ADD/COMMENTS.CSV, byte-identical copies of the files current on or shortly before 2025-12-19 (the CSVs carry no date; as-of is that publication date)." \
  --provenance "fcc-covered=The fcc.gov Covered List table as published on 2026-08-20, flattened to CSV by a public scraper (16 rows; the FCC publishes no CSV). As-of is the newest date in the table; the 2026-09-09 Public Notice DA 26-957 lists the same 16 rows." \
  --accept-shrink
