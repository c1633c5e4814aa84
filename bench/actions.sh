#!/usr/bin/env bash
# The bytes each action of the reader sends to its terminal, against less showing the same
# briefing's text (brief show), in tmux at 100x30, TERM=xterm-256color, LANG=C.UTF-8: what a slow
# link carries for each key, before SSH's own framing. tmux's pipe-pane records all the output;
# an action's bytes are those from its keys until the output has been still for 0.4 s.
# The briefing is bench/generate-library.py's synthetic-00010, as in bench/slowlink.sh.
#
# Usage: bench/actions.sh [RESULT_FILE]   (default bench/results/actions.txt)
#   BRIEF_JAR=JAR        measure that jar instead of target/brief.jar
#   BRIEF_BASE_JAR=JAR   measure this one too, in the same run (e.g. the commit before a change)
# Exit status: 0 measured, 3 something it needs is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
result=${1:-bench/results/actions.txt}
export LC_ALL=C
me=bench/actions.sh
missing() { echo "$me: $*" >&2; exit 3; }
command -v tmux >/dev/null || missing "needs tmux"
command -v less >/dev/null || missing "needs less"
if [ -z "${BRIEF_JAR:-}" ]; then
  bin/brief --version >/dev/null || missing "bin/brief would not build"
fi
jar=$(realpath "${BRIEF_JAR:-target/brief.jar}")
base=${BRIEF_BASE_JAR:+$(realpath "$BRIEF_BASE_JAR")}

work=$(mktemp -d "${TMPDIR:-/tmp}/brief-actions.XXXXXX")
sock=brief-actions-$$
tmx() { LC_ALL=C.UTF-8 timeout 10 tmux -L "$sock" "$@"; }
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
python3 bench/generate-library.py 11 "$work/library"
briefing=$work/library/00/synthetic-00010.yaml
java -jar "$jar" show "$briefing" > "$work/briefing.txt"

size() { stat -c %s "$out" 2>/dev/null || echo 0; }
settle() { local a b; a=$(size); while sleep 0.4; b=$(size); [ "$a" != "$b" ]; do a=$b; done; }
# measure NAME KEY...: appends "NAME BYTES" to $out.sizes
measure() {
  local name=$1 before; shift
  before=$(size)
  for k in "$@"; do tmx send-keys "$k"; sleep 0.05; done
  settle
  echo "$name $(($(size) - before))" >> "$out.sizes"
}
# session NAME COMMAND: starts COMMAND in tmux with its output recorded to $work/NAME
session() {
  out=$work/$1
  : > "$out.sizes"
  tmx new-session -d -s "$1" -x 100 -y 30 "sleep 0.5; $2; sleep 30"
  tmx pipe-pane -t "$1" -o "cat > $out"
  for _ in $(seq 1 100); do [ "$(size)" -gt 0 ] && break; sleep 0.1; done
  settle
  echo "first-paint $(size)" >> "$out.sizes"
}

brief_run() { # brief_run NAME JAR
  session "$1" "env TERM=xterm-256color LANG=C.UTF-8 XDG_STATE_HOME=$work/state-$1 java -jar $2 read $briefing"
  measure sections-j j
  measure section-open l
  measure section-j j
  measure full-repaint C-l
  measure summary-open s
  measure summary-j j
  measure summary-close Escape
  measure help-open '?'
  measure help-close Escape
  measure themes-open t
  measure themes-close Escape
  measure search-first-letter / s
  measure search-second-letter a
  measure search-enter Enter
  measure search-next n
  measure search-esc / t Escape
  tmx kill-session -t "$1"
}
less_run() {
  session less "env TERM=xterm-256color LANG=C.UTF-8 LESSHISTFILE=- less --incsearch $work/briefing.txt"
  measure sections-j j
  measure section-j j
  measure full-repaint C-l
  measure help-open h
  measure help-close q
  measure search-first-letter / s
  measure search-second-letter a
  measure search-enter Enter
  measure search-next n
  tmx kill-session -t less
}

brief_run brief "$jar"
[ -n "$base" ] && brief_run base "$base"
less_run

lookup() { awk -v k="$2" '$1 == k { print $2; f = 1 } END { if (!f) print "-" }' "$work/$1.sizes"; }
{
  echo "# bytes to the terminal per action: brief read (jar: $jar, tree at $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
  [ -n "$base" ] && echo "#   against the base jar $base (tree at $(git -C "$(dirname "$base")/.." rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "#   and less $(less --version | head -1 | cut -d' ' -f2) --incsearch on 'brief show' of the same briefing (synthetic-00010)"
  echo "# tmux $(tmux -V | cut -d' ' -f2) 100x30, TERM=xterm-256color, LANG=C.UTF-8; machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "# command: $me   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "# sections-j: j in the sections list (less: j, one line); section-j: j on a point (less: j);"
  echo "# search-esc: / t then Esc, out of a search prompt"
  if [ -n "$base" ]; then
    printf '%-22s %8s %8s %8s %10s\n' action brief base less brief/less
  else
    printf '%-22s %8s %8s %10s\n' action brief less brief/less
  fi
  cut -d' ' -f1 "$work/brief.sizes" | while read -r a; do
    b=$(lookup brief "$a"); l=$(lookup less "$a")
    ratio=-; [ "$l" != - ] && [ "$l" -gt 0 ] && ratio=$(awk "BEGIN { printf \"%.2f\", $b / $l }")
    if [ -n "$base" ]; then
      printf '%-22s %8s %8s %8s %10s\n' "$a" "$b" "$(lookup base "$a")" "$l" "$ratio"
    else
      printf '%-22s %8s %8s %10s\n' "$a" "$b" "$l" "$ratio"
    fi
  done
} | tee "$result"
