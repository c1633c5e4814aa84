#!/usr/bin/env bash
# What finding the terminal scroll costs per repaint (terminal.Scroll.between), by screen size,
# for a line scrolled in the summary and a cursor move in a section: medians and maxima of 200
# calls after 200 to warm up (brief.terminal.ScrollCost, in the test classes).
# Usage: bench/scroll-cost.sh [RESULT_FILE]   (default bench/results/scroll-cost.txt)
# Needs the test classes: mvn test-compile (wrapped in flock, as every build).
set -euo pipefail
cd "$(dirname "$0")/.."
result=${1:-bench/results/scroll-cost.txt}
[ -f target/test-classes/brief/terminal/ScrollCost.class ] || { echo "bench/scroll-cost.sh: run mvn test-compile first" >&2; exit 3; }
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources
{
  echo "# bench/scroll-cost.sh on $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)"
  java -cp target/brief.jar:target/test-classes brief.terminal.ScrollCost
} | tee "$result"
