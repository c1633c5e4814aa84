#!/usr/bin/env bash
# Start-up: `bin/brief summary` (the bundled briefing) against a Java hello world on the same
# JVM, alternating runs; medians, their ratio, and peak RSS. Usage:
#   bench/startup.sh [RUNS] [RESULT_FILE]     (defaults: 21, bench/results/startup.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
result=${2:-bench/results/startup.txt}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources
export BRIEF_JAR=$PWD/target/brief.jar LANG=C.UTF-8

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"${java%java}javac" -d "$work" "$work/Hello.java"

# One warm-up each (page cache; see bench/archive.sh).
. bench/archive.sh; wait_for_archive; bin/brief summary >/dev/null
"$java" -cp "$work" Hello >/dev/null

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
: > "$work/brief"; : > "$work/hello"
for _ in $(seq 1 "$runs"); do
  ms bin/brief summary >> "$work/brief"
  ms "$java" -cp "$work" Hello >> "$work/hello"
done
median() { sort -n "$1" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
mb=$(median "$work/brief"); mh=$(median "$work/hello")
{
  echo "# start-up: bin/brief summary vs a Java hello world, $runs alternating runs each"
  echo "# machine: $(nproc) cores, $(uname -sr); $("$java" -version 2>&1 | head -1)"
  echo "# command: ${JAVA_HOME:+JAVA_HOME=$JAVA_HOME }bench/startup.sh $runs $result   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "hello-world median ms: $mh"
  echo "brief-summary median ms: $mb"
  echo "ratio: $(awk -v a="$mb" -v b="$mh" 'BEGIN {printf "%.2f", a / b}')"
  echo "brief-summary peak RSS KB: $(rss bin/brief summary)"
  echo "hello-world peak RSS KB: $(rss "$java" -cp "$work" Hello)"
} | tee "$result"
