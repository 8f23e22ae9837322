# Shared by the bench scripts: paths, and the bench classes compiled by the 'bench' Maven profile.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lists="${LISTCHECK_LISTS:-$here/lists}"
# The shared evaluation data sits beside the repository (../shared); worktrees sit one level deeper.
eval_dir="${LISTCHECK_EVAL:-}"
if [[ -z "$eval_dir" ]]; then
  for candidate in "$here/../shared/eval" "$here/../../shared/eval"; do
    [[ -d "$candidate" ]] && eval_dir="$(cd "$candidate" && pwd)" && break
  done
fi
[[ -d "$eval_dir" ]] || { echo "bench: no ../shared/eval folder; set LISTCHECK_EVAL" >&2; exit 2; }

bench_classpath() {
  (cd "$here" && mvn -B -q -Pbench -DskipTests test-compile >&2)
  echo "$here/target/test-classes:$here/target/classes:$(cat "$here/target/bench.classpath")"
}
