#!/usr/bin/env bash
# Summarizes the CPU samples of a JFR recording: the top methods by own time ("self") and by time spent in them or
# below ("total"), each as a share of all samples. Usage: bench/hotspots.sh RECORDING.jfr [TOP]
# Record with: LISTCHECK_JAVA_OPTS="-XX:StartFlightRecording=filename=rec.jfr,settings=profile" ./listcheck screen ...
set -euo pipefail
top="${2:-25}"
jfr print --events jdk.ExecutionSample "$1" | awk -v top="$top" '
  /stackTrace = \[/ { in_stack = 1; depth = 0; delete seen; samples++; next }
  in_stack && /^[[:space:]]*\]/ { in_stack = 0; next }
  in_stack && /line:/ {
    frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*/, "", frame)
    if (depth++ == 0) self[frame]++
    if (!(frame in seen)) { total[frame]++; seen[frame] = 1 }
  }
  END {
    printf "%d samples\n\nself%%  method\n", samples
    for (f in self) printf "%5.1f  %s\n", 100 * self[f] / samples, f | "sort -rn | head -" top
    close("sort -rn | head -" top)
    printf "\ntotal%% method\n"
    for (f in total) printf "%5.1f  %s\n", 100 * total[f] / samples, f | "sort -rn | head -" top
  }'
