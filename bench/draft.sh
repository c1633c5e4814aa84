#!/usr/bin/env bash
# brief draft on a long article: a generated 20,000-word article (bench/generate-article.py),
# as plain text and as a saved web page, drafted to a file RUNS times each; the median wall
# time of the whole command (JVM start included), and the quotes found. Target: under 1 s.
# Usage: bench/draft.sh [RUNS] [RESULT_FILE]     (defaults: 7, bench/results/draft.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
result=${2:-bench/results/draft.txt}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources
export BRIEF_JAR=$PWD/target/brief.jar LANG=C.UTF-8

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/generate-article.py 20000 > "$work/article.txt"
python3 bench/generate-article.py 20000 --html > "$work/article.html"
words=$(wc -w < "$work/article.txt")

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n "$1" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for kind in txt html; do
  bin/brief draft "$work/article.$kind" -o "$work/warm.yaml" --force >/dev/null 2>&1   # page cache
  : > "$work/$kind.ms"
  for n in $(seq 1 "$runs"); do
    ms bin/brief draft "$work/article.$kind" -o "$work/out-$kind-$n.yaml" >> "$work/$kind.ms"
  done
done
quotes() { grep -c '^  - text: ' "$1"; }
strict() { bin/brief validate --strict "$1" >/dev/null 2>&1 && echo pass || echo FAIL; }
{
  echo "# brief draft of a generated $words-word article, $runs runs each, whole command (JVM start included)"
  echo "# machine: $(nproc) cores, $(uname -sr); $("$java" -version 2>&1 | head -1)"
  echo "# command: ${JAVA_HOME:+JAVA_HOME=$JAVA_HOME }bench/draft.sh $runs $result   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "plain-text median ms: $(median "$work/txt.ms")   (all: $(sort -n "$work/txt.ms" | tr '\n' ' '))"
  echo "web-page median ms: $(median "$work/html.ms")   (all: $(sort -n "$work/html.ms" | tr '\n' ' '))"
  echo "quotes found (plain text / web page): $(quotes "$work/out-txt-1.yaml") / $(quotes "$work/out-html-1.yaml")"
  echo "validate --strict of the drafts (plain text / web page): $(strict "$work/out-txt-1.yaml") / $(strict "$work/out-html-1.yaml")"
  echo "target: under 1000 ms"
} | tee "$result"
