#!/usr/bin/env bash
# Two checkouts of brief, alternating runs of one command; medians. For a change whose cost
# is smaller than the day's noise between separate benchmark runs. Usage:
#   bench/compare.sh OTHER_CHECKOUT RUNS COMMAND...   e.g. bench/compare.sh /tmp/main 21 summary
# Each checkout runs its own launcher and jar (built first) with a cache folder of its own,
# and its archive is made before anything is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
other=$1 runs=$2; shift 2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
run() { # run CHECKOUT CACHE COMMAND...: milliseconds
  local dir=$1 cache=$2 s e; shift 2
  s=$(date +%s%N)
  XDG_CACHE_HOME=$cache BRIEF_JAR=$dir/target/brief.jar "$dir/bin/brief" "$@" >/dev/null 2>&1 || true
  e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
}
for dir in "$other" "$PWD"; do
  "$dir/bin/brief" --version >/dev/null   # builds the jar if needed
done
. bench/archive.sh
(export XDG_CACHE_HOME=$work/a; cd "$other"; wait_for_archive)
(export XDG_CACHE_HOME=$work/b; wait_for_archive)
for _ in $(seq 1 "$runs"); do
  run "$other" "$work/a" "$@" >> "$work/a.ms"
  run "$PWD" "$work/b" "$@" >> "$work/b.ms"
done
median() { sort -n "$1" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
echo "$*: $other $(median "$work/a.ms") ms, $PWD $(median "$work/b.ms") ms (medians of $runs alternating runs; $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1))"
