#!/usr/bin/env bash
# Validate at scale: `brief validate --strict` (start-up included) over N synthetic briefings
# (bench/generate-library.py, no source text) and over N copies of the bundled briefing with its
# source text (every fidelity rule runs on each); median wall time of 3 runs each.
# Usage: bench/validate.sh [N] [RESULT_FILE]  (defaults: 2000, bench/results/validate.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
result=${2:-bench/results/validate.txt}
# BRIEF_JAR set: that jar (to compare builds); else the tree's, built if older than the sources
[ -n "${BRIEF_JAR:-}" ] || { bin/brief --version >/dev/null; export BRIEF_JAR=$PWD/target/brief.jar; }
export LANG=C.UTF-8
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
. bench/archive.sh; wait_for_archive
python3 bench/generate-library.py "$n" "$work/synthetic"
mkdir -p "$work/bundled/sources"
cp briefings/sources/*.txt "$work/bundled/sources/"
for i in $(seq -w 1 "$n"); do
  sed "s/^id: .*/id: bundled-$i/" briefings/us-azerbaijan-partnership-2025.yaml > "$work/bundled/b-$i.yaml"
done
timed() { # timed LABEL COMMAND...: "LABEL median-seconds (3 runs)"
  local label=$1; shift; : > "$work/times"
  for _ in 1 2 3; do
    /usr/bin/time -f "%e" -o "$work/t" "$@" >/dev/null 2>&1 || true
    tail -1 "$work/t" >> "$work/times"  # after "Command exited with non-zero status"
  done
  printf '%-36s %8s s   (median of 3)\n' "$label" "$(sort -n "$work/times" | sed -n 2p)"
}
{
  echo "# validate: $n briefings; $(nproc) cores; date: $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD)"
  timed "validate --strict, $n synthetic" bin/brief validate --strict "$work/synthetic"
  timed "validate --strict, $n bundled" bin/brief validate --strict "$work/bundled"
} | tee "$result"
