#!/usr/bin/env bash
# End-to-end benchmark: generates supplier files of the given sizes (100k, 1m, 10m; default "100k 1m") from the
# real company names in ../shared/eval with 0.1% injected listed names, screens each with listcheck (all lists,
# JSON report to a file) and with a first-letter + Jaro-Winkler baseline, and prints wall time, rows/s, CPU time,
# peak RSS and recall for both. Needs GNU time (/usr/bin/time; Debian: apt-get install -y time).
# Files go to target/bench/ and are reused across runs; results are appended to target/bench/results.md.
# BASELINE=off skips the baseline (e.g. for 10m, where it takes most of an hour).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time (GNU time) is missing; install it: apt-get install -y time" >&2; exit 2; }
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100k 1m)
work="$here/target/bench"
mkdir -p "$work"
"$here/listcheck" --version >/dev/null          # builds the jar (and class-data archive) before anything is timed
cp="$(bench_classpath)"
commit="$(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet HEAD -- src pom.xml || echo '+dirty')"
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
jdk="$(java -version 2>&1 | head -1)"

rows_of() { case "$1" in 100k) echo 100000;; 1m) echo 1000000;; 10m) echo 10000000;; *[0-9]) echo "$1";;
  *) echo "bench: unknown size '$1' (100k, 1m, 10m or a number)" >&2; exit 2;; esac; }

# Prints "wall_s cpu_s rss_mb" from a GNU time -v log.
measures() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 } /Maximum resident/ { rss = $2 / 1024 }
    END { printf "%.2f %.2f %.0f\n", wall, cpu, rss }' "$1"
}

echo "listcheck benchmark — commit $commit — $jdk — $machine — load $(cut -d" " -f1-3 /proc/loadavg)"
printf '| %-5s | %-9s | %7s | %9s | %7s | %8s | %-40s |\n' size tool wall_s rows/s cpu_s rss_MB recall
for size in "${sizes[@]}"; do
  rows="$(rows_of "$size")"
  csv="$work/suppliers-$size.csv" truth="$work/suppliers-$size.truth.csv"
  if [[ ! -s "$csv" || ! -s "$truth" ]]; then
    java -cp "$cp" io.listcheck.bench.SupplierFileGenerator "$rows" "$csv" "$truth" "$lists" "$eval_dir" >&2
  fi
  set +e
  /usr/bin/time -v -o "$work/listcheck-$size.time" "$here/listcheck" screen "$csv" --format json \
    -o "$work/listcheck-$size.json" --now 2026-11-21T00:00:00Z 2>"$work/listcheck-$size.err"
  code=$?
  set -e
  [[ $code -le 1 ]] || { echo "bench: listcheck exited $code; see $work/listcheck-$size.err" >&2; exit 1; }
  read -r lwall lcpu lrss < <(measures "$work/listcheck-$size.time")
  lrecall="$(java -cp "$cp" io.listcheck.bench.RecallCheck "$work/listcheck-$size.json" "$truth")"
  lrate="$(awk -v r="$rows" -v w="$lwall" 'BEGIN { printf "%.0f", r / w }')"
  printf '| %-5s | %-9s | %7s | %9s | %7s | %8s | %s; shown %s |\n' "$size" listcheck "$lwall" "$lrate" "$lcpu" "$lrss" \
    "$(sed -n 's/^recall_match=//p' <<<"$lrecall" | cut -d' ' -f1-2)" "$(sed -n 's/^recall_shown=//p' <<<"$lrecall" | cut -d' ' -f1-2)" \
    | tee -a "$work/results.md"
  echo "  listcheck: $(head -1 <<<"$lrecall"); $(sed -n 's/^recall_match=/match recall by variant: /p' <<<"$lrecall")" >&2
  [[ "${BASELINE:-on}" != off ]] || continue
  /usr/bin/time -v -o "$work/baseline-$size.time" java -cp "$cp" io.listcheck.bench.JaroWinklerBaseline \
    "$lists" "$csv" "$truth" "$work/baseline-$size.hits.csv" >"$work/baseline-$size.out"
  read -r bwall bcpu brss < <(measures "$work/baseline-$size.time")
  brecall="$(sed -n 's/^recall=//p' "$work/baseline-$size.out")"
  brate="$(awk -v r="$rows" -v w="$bwall" 'BEGIN { printf "%.0f", r / w }')"
  {
    printf '| %-5s | %-9s | %7s | %9s | %7s | %8s | %s |\n' "$size" baseline "$bwall" "$brate" "$bcpu" "$brss" "$(cut -d' ' -f1-2 <<<"$brecall")"
    awk -v lw="$lwall" -v bw="$bwall" -v lc="$lcpu" -v bc="$bcpu" -v s="$size" \
      'BEGIN { printf "| %-5s | speed-up  | wall %.1fx, per CPU-second %.1fx |\n", s, bw / lw, bc / lc }'
  } | tee -a "$work/results.md"
  echo "  baseline:  $(head -1 "$work/baseline-$size.out"); by variant: $brecall" >&2
done
echo "($jdk; $machine; commit $commit)" >>"$work/results.md"
