#!/usr/bin/env bash
# Rebuilds the shipped lists/ snapshot with listcheck's own 'update --from' over the official files in
# ../shared/data (never copied into the repository). Each source's files are linked under their official
# names into a staging folder; the manifest records where they came from. Where the official file is not at
# hand (the DoD 1260H PDF, the full UFLPA page), the sourced facts go through the custom-list import
# (scripts/ship/*.json) under the official source's id, and the manifest says so.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(cd "${1:-$here/../shared/data}" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

link() { mkdir -p "$stage/$1"; ln -s "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")" "$stage/$1/$3"; }

# ofac-sdn: the newest SDN.CSV (2024-05-03) with the newest ALT/ADD (2026-05), joined by ent_num. SDN_COMMENTS
# of 2025-12-24 is left out: it continues the remarks of its own day's SDN.CSV mid-word.
link ofac-sdn "$data/ofac-sdn/2024-05-03/SDN.CSV" SDN.CSV
link ofac-sdn "$data/ofac-sdn/2026-05/ALT.CSV" ALT.CSV
link ofac-sdn "$data/ofac-sdn/2026-05/ADD.CSV" ADD.CSV
for f in CONS_PRIM CONS_ALT CONS_ADD CONS_COMMENTS; do link ofac-nonsdn "$data/ofac-cons/2025-12-19/$f.CSV" "$f.CSV"; done
# trade-csl: the only full file at hand is gzipped; it is unpacked into the (temporary) staging folder only.
mkdir -p "$stage/trade-csl" && gunzip -c "$data/trade-csl/consolidated-2022-05-16.csv.gz" > "$stage/trade-csl/consolidated.csv"
link fcc-covered "$data/fcc-covered/covered-list-table-2026-08-20.csv" coveredlist.csv
link us-statutes "$here/lists/curated/us-statutes.csv" us-statutes.csv
mkdir -p "$stage/custom"
for id in dod-1260h dhs-uflpa; do mkdir -p "$stage/custom/$id"; ln -s "$here/scripts/ship/$id.json" "$stage/custom/$id/$id.json"; done
ln -s "$data/dod-1260h/sanctions.csv" "$stage/custom/dod-1260h/sanctions.csv"
ln -s "$data/uflpa/uflpa-entities.csv" "$stage/custom/dhs-uflpa/uflpa-entities.csv"

"$here/listcheck" update --from "$stage" --now "${LISTCHECK_SHIP_TIME:-2026-11-21T00:00:00Z}" \
  --custom "$stage/custom/dod-1260h/dod-1260h.json" \
  --custom "$stage/custom/dhs-uflpa/dhs-uflpa.json" \
  --as-of ofac-sdn=2024-05-03 \
  --as-of ofac-nonsdn=2025-12-19 \
  --as-of trade-csl=2022-05-16 \
  --provenance "ofac-sdn=OFAC legacy CSVs, byte-identical copies: SDN.CSV as current on 2024-05-03 (the newest complete SDN.CSV at hand; as-of is that date), joined by ent_num with the newer ALT.CSV and ADD.CSV of about late May 2026 (aliases and addresses of entries listed since 2024-05-03 are not used, see the count above; entries delisted since then are still in). SDN_COMMENTS.CSV is not used, so the 18 remarks cut at 1,000 characters stay cut. An update from OFAC replaces all of it." \
  --provenance "ofac-nonsdn=OFAC legacy CSV set CONS_PRIM/ALT/ADD/COMMENTS.CSV, byte-identical copies of the files current on or shortly before 2025-12-19 (the CSVs carry no date; as-of is that publication date)." \
  --provenance "trade-csl=OLD DATA: the full consolidated.csv downloaded on 2022-05-16 (the newest full copy at hand; 14,160 rows: SDN 10,026, EL 2,001, DTC 727, DPL 462, SSI 290, UVL 201, ISN 163, PLC 78, MEU 71, CMIC 68, CAP 53, NS-MBS 17, FSE 3). Entity List additions since then are missing: run 'listcheck update' when connected." \
  --provenance "fcc-covered=The fcc.gov Covered List table as published on 2026-08-20, flattened to CSV by a public scraper (16 rows; the FCC publishes no CSV). As-of is the newest date in the table; the 2026-09-09 Public Notice DA 26-957 lists the same 16 rows." \
  --accept-shrink
