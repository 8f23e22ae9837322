#!/usr/bin/env bash
# JMH micro-benchmarks of the matching path (src/bench/java, Maven profile 'bench'). Extra arguments go to JMH,
# e.g. bench/jmh.sh -p script=ascii MatcherBenchmark.matchCleanName
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cp="$(bench_classpath)"
exec java -cp "$cp" org.openjdk.jmh.Main -jvmArgsAppend "-Dlistcheck.lists=$lists -Dlistcheck.eval=$eval_dir" "$@"
