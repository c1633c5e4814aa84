#!/usr/bin/env bash
# The reader over a slow link: for a scripted session at 120x40 in tmux, the bytes written to
# the terminal and the keystroke-to-paint time of each action (move, page, switch section,
# filter, search keystroke), as the reader itself measures them (-Dbrief.trace).
# Usage: bench/reader.sh [RESULT_FILE]   (default bench/results/reader.txt)
# bench/serve.sh runs the same script over SSH: BRIEF_BENCH_READER is then the command that
# opens the reader (ssh -t ...), and BRIEF_BENCH_TRACE the trace file the server writes.
set -euo pipefail
cd "$(dirname "$0")/.."
result=${1:-bench/results/reader.txt}
command -v tmux >/dev/null || { echo "bench/reader.sh needs tmux" >&2; exit 3; }
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources

trace=${BRIEF_BENCH_TRACE:-$(mktemp)}; labels=$(mktemp); sock="brief-bench-$$"
reader=${BRIEF_BENCH_READER:-bin/brief read}
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -f "$trace" "$labels" "$trace.sel"' EXIT
tmux -L "$sock" new-session -d -x 120 -y 40 -e LANG=C.UTF-8 -e TERM=xterm-256color \
  -e "BRIEF_JAVA_OPTS=-Dbrief.trace=$trace" -e BRIEF_JAR="$PWD/target/brief.jar" "$reader"

lines() { wc -l < "$trace"; }
await() { # await N: until the trace has N lines
  for _ in $(seq 1 200); do [ "$(lines)" -ge "$1" ] && return 0; sleep 0.05; done
  echo "bench/reader.sh: the reader did not paint (trace has $(lines) of $1 lines)" >&2; exit 1
}
key() { # key LABEL KEY...: send each key, wait for its paint, label the line
  local label=$1; shift
  for k in "$@"; do
    local n; n=$(lines)
    tmux -L "$sock" send-keys "$k"
    await $((n + 1))
    echo "$label" >> "$labels"
  done
}
await 1
echo first-paint > "$labels"
key setup 8 l
for _ in 1 2 3 4 5 6 7; do key move j; done
for _ in 1 2 3 4 5 6 7; do key move k; done
key setup h G l
for _ in 1 2 3; do key page Space; done
for _ in 1 2 3; do key page b; done
for _ in 1 2 3 4 5 6; do key switch-section Tab; done
key setup c t Space
key filter Enter
key setup c /
for ch in e n e r g y; do key search-keystroke "$ch"; done
key setup Escape
key full-repaint C-l
tmux -L "$sock" send-keys q
paste "$labels" "$trace" > "$trace.all"; mv "$trace.all" "$trace"

{
  echo "# brief reader at 120x40: bytes to the terminal and keystroke-to-paint time per action"
  echo "# machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "# command: bench/reader.sh   reader: $reader   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  printf '%-18s %5s %12s %10s %12s %10s\n' action count median-bytes max-bytes median-us max-us
  for action in first-paint move page switch-section filter search-keystroke full-repaint; do
    awk -F'\t' -v a="$action" '$1 == a { print $3 "\t" $4 }' "$trace" > "$trace.sel"
    n=$(wc -l < "$trace.sel")
    [ "$n" -gt 0 ] || continue
    mb=$(cut -f1 "$trace.sel" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
    xb=$(cut -f1 "$trace.sel" | sort -n | tail -1)
    mt=$(cut -f2 "$trace.sel" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
    xt=$(cut -f2 "$trace.sel" | sort -n | tail -1)
    printf '%-18s %5d %12d %10d %12d %10d\n' "$action" "$n" "$mb" "$xb" "$mt" "$xt"
  done
} | tee "$result"
