#!/usr/bin/env bash
# The reader over a slow link: for a scripted session at 100x30 in tmux, the bytes written to
# the terminal and the keystroke-to-paint time of each action (move, scroll, page, switch
# section, filter, search keystroke), as the reader itself measures them (-Dbrief.trace), and
# the targets of issue 15 for scrolling. Each j/k is labelled by what it did on the screen
# (tmux's own copy, compared before and after: bench/scroll-shift.py), however it was painted.
# Usage: bench/reader.sh [RESULT_FILE]   (default bench/results/reader.txt)
# bench/serve.sh runs the same script over SSH: BRIEF_BENCH_READER is then the command that
# opens the reader (ssh -t ...), and BRIEF_BENCH_TRACE the trace file the server writes; the
# second session (a briefing with an item taller than the screen, for one-line scrolls in a
# section) is then left out, as the server chooses the library.
set -euo pipefail
cd "$(dirname "$0")/.."
result=${1:-bench/results/reader.txt}
command -v tmux >/dev/null || { echo "bench/reader.sh needs tmux" >&2; exit 3; }
command -v python3 >/dev/null || { echo "bench/reader.sh needs python3" >&2; exit 3; }
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources

columns=100 rows=30
trace=${BRIEF_BENCH_TRACE:-$(mktemp)}; labels=$(mktemp); screens=$(mktemp -d); sock="brief-bench-$$"
reader=${BRIEF_BENCH_READER:-bin/brief read}
tall=src/test/resources/tall/tall-point.yaml
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$trace" "$labels" "$trace.sel" "$screens"' EXIT

lines() { wc -l < "$trace"; }
await() { # await N: until the trace has N lines
  for _ in $(seq 1 200); do [ "$(lines)" -ge "$1" ] && return 0; sleep 0.05; done
  echo "bench/reader.sh: the reader did not paint (trace has $(lines) of $1 lines)" >&2; exit 1
}
open() { # open COMMAND: a new session running the reader, once it has painted
  tmux -L "$sock" kill-server 2>/dev/null || true
  local n; n=$(lines)
  tmux -L "$sock" new-session -d -x $columns -y $rows -e LANG=C.UTF-8 -e TERM=xterm-256color \
    -e "BRIEF_JAVA_OPTS=-Dbrief.trace=$trace" -e BRIEF_JAR="$PWD/target/brief.jar" "$1"
  await $((n + 1))
}
capture() { tmux -L "$sock" capture-pane -p > "$1"; }
press() { # press KEY: send it and wait for its paint
  local n; n=$(lines)
  tmux -L "$sock" send-keys "$1"
  await $((n + 1))
}
settled() { # settled FILE: the screen once tmux has drawn the last paint; false if it is FILE
  for _ in $(seq 1 20); do
    capture "$screens/after"
    cmp -s "$1" "$screens/after" || return 0
    sleep 0.05
  done
  return 1
}
key() { # key LABEL KEY...: send each key, wait for its paint, label the line (unchanged: if the
  # screen did not change, as a page at the end, which is left out of the figures)
  local label=$1; shift
  for k in "$@"; do
    capture "$screens/before"
    press "$k"
    if settled "$screens/before"; then echo "$label"; else echo unchanged; fi >> "$labels"
  done
}
scroll() { # scroll PREFIX TOP BOTTOM LEFT RIGHT KEY...: label each key by how far it scrolled the band
  local prefix=$1 band=("$2" "$3" "$4" "$5"); shift 5
  for k in "$@"; do
    capture "$screens/before"
    press "$k"
    settled "$screens/before" || { echo unchanged >> "$labels"; continue; }
    local d; d=$(python3 bench/scroll-shift.py "$screens/before" "$screens/after" "${band[@]}")
    case ${d#-} in
      0) echo "${prefix}move" ;;
      1) echo "${prefix}line" ;;
      *) echo "${prefix}lines" ;;
    esac >> "$labels"
  done
}
# The content pane's text at 100x30 (rows 4-27; the column after its selection bar to its border).
pane=(4 27 29 98)
# A full-width overlay's text (inside its border).
overlay=(4 27 1 98)

open "$reader"
echo first-paint > "$labels"
key setup 8 l
for _ in 1 2 3 4 5 6 7; do scroll section- "${pane[@]}" j; done
for _ in 1 2 3 4 5 6 7; do scroll section- "${pane[@]}" k; done
key setup h G l
for _ in 1 2 3; do key section-page Space; done
for _ in 1 2 3; do key section-page b; done
for _ in 1 2 3 4 5 6; do key switch-section Tab; done
key setup s
for _ in 1 2 3 4 5 6 7 8; do scroll summary- "${overlay[@]}" j; done
for _ in 1 2 3 4; do scroll summary- "${overlay[@]}" k; done
for _ in 1 2; do key summary-page Space; done
for _ in 1 2; do key summary-page b; done
key setup Escape ?
for _ in 1 2 3 4; do scroll help- "${overlay[@]}" j; done
key setup Escape c t Space
key filter Enter
key setup c /
for ch in e n e r g y; do key search-keystroke "$ch"; done
key setup Escape
press C-l; echo full-repaint >> "$labels"   # the same screen again, painted whole
tmux -L "$sock" send-keys q
if [ -z "${BRIEF_BENCH_READER:-}" ]; then
  # A point taller than the pane: j scrolls it one line at a time, in the two-pane view.
  open "bin/brief read $tall"
  echo setup >> "$labels"
  key setup l j
  for _ in $(seq 1 8); do scroll section- "${pane[@]}" j; done
  for _ in $(seq 1 4); do scroll section- "${pane[@]}" k; done
  key setup g
  for _ in 1 2; do key section-page Space; done
  tmux -L "$sock" send-keys q
fi
paste "$labels" "$trace" > "$trace.all"; mv "$trace.all" "$trace"
[ -z "${BRIEF_BENCH_KEEP:-}" ] || cp "$trace" "$BRIEF_BENCH_KEEP"   # the labelled trace, to look into

max() { awk -F'\t' -v a="$1" '$1 == a { if ($3 > m) m = $3 } END { print m + 0 }' "$trace"; }
target() { # target ACTION LIMIT WHAT
  local m; m=$(max "$1")
  if ! awk -F'\t' -v a="$1" '$1 == a { found = 1 } END { exit !found }' "$trace"; then
    printf '%-15s not measured in this run\n' "$1"; return
  fi
  printf '%-15s max %6d B  target <= %5d B  %-4s %s\n' "$1" "$m" "$2" "$([ "$m" -le "$2" ] && echo met || echo MISSED)" "$3"
}
{
  echo "# brief reader at ${columns}x${rows}: bytes to the terminal and keystroke-to-paint time per action"
  echo "# machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "# command: bench/reader.sh   reader: $reader   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "# section-/summary-/help- line: a j or k that scrolled that view by one line; lines: by"
  echo "# several (the next item); move: the cursor moved, nothing scrolled. section-: the"
  echo "# two-pane view (the bundled briefing, then $tall)."
  echo "# Keys that changed nothing on the screen (a page at the end) are left out."
  printf '%-18s %5s %12s %10s %12s %10s\n' action count median-bytes max-bytes median-us max-us
  for action in first-paint section-move section-line section-lines section-page switch-section \
    summary-line summary-page help-line filter search-keystroke full-repaint; do
    awk -F'\t' -v a="$action" '$1 == a { print $3 "\t" $4 }' "$trace" > "$trace.sel"
    n=$(wc -l < "$trace.sel")
    [ "$n" -gt 0 ] || continue
    mb=$(cut -f1 "$trace.sel" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
    xb=$(cut -f1 "$trace.sel" | sort -n | tail -1)
    mt=$(cut -f2 "$trace.sel" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
    xt=$(cut -f2 "$trace.sel" | sort -n | tail -1)
    printf '%-18s %5d %12d %10d %12d %10d\n' "$action" "$n" "$mb" "$xb" "$mt" "$xt"
  done
  echo
  echo "# targets (issue 15), at ${columns}x${rows}"
  target summary-line 200 "one-line scroll, full-width view"
  target help-line 200 "one-line scroll, full-width view"
  target section-line 600 "one-line scroll, two-pane view"
  target section-page 2500 "a page, two-pane view"
  target summary-page 2500 "a page, full-width view"
} | tee "$result"
