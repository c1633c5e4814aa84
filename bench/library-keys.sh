#!/usr/bin/env bash
# A keystroke in the reader's library view: the pure update + view (no terminal) on a synthetic
# library (bench/generate-library.py), timed per key over a session that filters by typing,
# erases, moves and picks a theme; p50, p99 and max, the first session (JIT cold) apart.
# Usage: bench/library-keys.sh [N] [RESULT_FILE]   (defaults: 400, bench/results/library-keys.txt)
# Needs the test classes: mvn test-compile (wrapped in flock, as every build).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-400}
result=${2:-bench/results/library-keys.txt}
[ -f target/test-classes/brief/bench/LibraryKeystrokes.class ] || { echo "bench/library-keys.sh: run mvn test-compile first" >&2; exit 3; }
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/generate-library.py "$n" "$work/lib" >/dev/null
java -cp target/brief.jar:target/test-classes brief.bench.LibraryKeystrokes "$work/lib" | tee "$result"
