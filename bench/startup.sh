#!/usr/bin/env bash
# Cold start of 'listcheck screen --name': runs the launcher N times (default 9) per JVM option set and prints the
# median and best wall time and the median CPU time, per setting. Each argument is a setting: environment
# assignments for the launcher, separated by ";" ("" = its defaults), e.g.
#   bench/startup.sh "" LISTCHECK_CDS=off "LISTCHECK_JAVA_OPTS=-XX:TieredStopAtLevel=4"
# Needs GNU time (/usr/bin/time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-9}"
name="${NAME:-Hangzhou Hikvision Digital Technology Co., Ltd.}"
[[ $# -gt 0 ]] || set -- ""
"$here/listcheck" --version >/dev/null
echo "screen --name '$name', $runs runs each; $(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-60s %8s %8s %8s\n' "setting" median_s best_s cpu_s
for setting in "$@"; do
  IFS=";" read -r -a assignments <<<"$setting"
  walls=() cpus=()
  for ((i = 0; i < runs; i++)); do
    out="$(env "${assignments[@]}" /usr/bin/time -f '%e %U %S' "$here/listcheck" screen --name "$name" 2>&1 >/dev/null | tail -1 || true)"
    read -r wall user sys <<<"$out"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  printf '%-60s %8s %8s %8s\n' "${setting:-(launcher defaults)}" "$(median "${walls[@]}")" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | head -1)" "$(median "${cpus[@]}")"
done
