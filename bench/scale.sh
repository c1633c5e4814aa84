#!/usr/bin/env bash
# Scale: synthetic libraries of 100, 1,000 and 2,000 briefings; the median wall time and the
# peak RSS of `list`, `search` and `summary ID` (start-up included) on cold runs (no library
# cache) and warm ones (cache kept from the run before), the reader's first paint warm and cold (*: JVM
# uptime at the end of the first refresh), and with every briefing marked read (their read state
# is checked against each briefing's fingerprint before that paint), and the live heap
# after loading against the library's YAML bytes.
# Usage: bench/scale.sh [SIZES] [RESULT_FILE]  (defaults: "100 1000 2000", bench/results/scale.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-100 1000 2000}
result=${2:-bench/results/scale.txt}
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources
export BRIEF_JAR=$PWD/target/brief.jar LANG=C.UTF-8
work=$(mktemp -d); trap 'rm -rf "$work"; tmux -L brief-scale-$$ kill-server 2>/dev/null || true' EXIT
export XDG_CACHE_HOME=$work/cache XDG_STATE_HOME=$work/state
. bench/archive.sh; wait_for_archive

timed() { # timed LABEL RUNS COLD COMMAND...: "LABEL median-seconds max-peak-RSS-MB (RUNS runs)";
  # COLD=1 deletes the library cache before every run.
  local label=$1 runs=$2 cold=$3; shift 3
  : > "$work/times"; local maxkb=0
  for _ in $(seq 1 "$runs"); do
    [ "$cold" = 1 ] && rm -rf "$XDG_CACHE_HOME"/brief/library-*
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
    read -r secs kb < "$work/t"
    echo "$secs" >> "$work/times"
    [ "$kb" -gt "$maxkb" ] && maxkb=$kb
  done
  printf '%-22s %8s s %8d MB   (median of %d)\n' "$label" "$(sort -n "$work/times" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')" $((maxkb / 1024)) "$runs"
}

first_paint() { # first_paint LIB LABEL RUNS COLD: the reader's first paint (median of RUNS;
  # COLD=1 deletes the library cache first), and the live heap then
  local lib=$1 label=$2 runs=$3 cold=$4 trace=$work/trace
  : > "$work/paints"
  for _ in $(seq 1 "$runs"); do
    [ "$cold" = 1 ] && rm -rf "$XDG_CACHE_HOME"/brief/library-*
    rm -f "$trace"
    tmux -L "brief-scale-$$" new-session -d -x 120 -y 40 -e LANG=C.UTF-8 -e TERM=xterm-256color \
      -e "BRIEF_JAVA_OPTS=-Dbrief.trace=$trace" -e "BRIEF_JAR=$BRIEF_JAR" -e "XDG_CACHE_HOME=$XDG_CACHE_HOME" \
      -e "XDG_STATE_HOME=$XDG_STATE_HOME" \
      "bin/brief read --library $lib"
    for _ in $(seq 1 300); do [ -s "$trace" ] && break; sleep 0.05; done
    tmux -L "brief-scale-$$" send-keys q 2>/dev/null || true  # the reader may be gone already
    sleep 0.3
    tmux -L "brief-scale-$$" kill-server 2>/dev/null || true
    awk -F'\t' '/^first-paint/ { for (i = 1; i <= NF; i++) if ($i ~ /=/) { split($i, kv, "="); v[kv[1]] = kv[2] } }
      END { printf "%.2f %.1f\n", v["since-start-ms"] / 1000, v["heap-used-bytes"] / 1048576 }' "$trace" >> "$work/paints"
  done
  sort -n "$work/paints" | awk -v label="$label" -v runs="$runs" '{s[NR]=$1; h[NR]=$2}
    END { m=int((NR+1)/2); printf "%-22s %8.2f s %8.1f MB live heap   (median of %d)\n", label, s[m], h[m], runs }'
}

{
  echo "# scale: synthetic libraries (bench/generate-library.py), wall time with start-up, peak RSS"
  echo "# machine: $(nproc) cores, $(uname -sr); $(java -version 2>&1 | head -1)"
  echo "# command: bench/scale.sh \"$sizes\"   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  for n in $sizes; do
    lib=$work/lib$n
    python3 bench/generate-library.py "$n" "$lib"
    echo
    echo "## $n briefings, $(du -sb "$lib" | cut -f1) bytes of YAML"
    timed "list (cold)" 3 1 bin/brief list --library "$lib"
    timed "list (warm)" 7 0 bin/brief list --library "$lib"
    timed "search (cold)" 3 1 bin/brief search drought --library "$lib"
    timed "search (warm)" 7 0 bin/brief search drought --library "$lib"
    timed "search 2 words (warm)" 7 0 bin/brief search "lənkəran energy" --library "$lib"
    timed "summary ID (warm)" 7 0 bin/brief summary synthetic-00042 --library "$lib"
    first_paint "$lib" "reader first paint*" 5 0
    first_paint "$lib" "reader 1st paint, cold" 3 1
    # Every briefing read: the first paint checks each one's read mark against its fingerprint.
    rm -rf "$XDG_STATE_HOME"
    if bin/brief mark --help >/dev/null 2>&1; then
      bin/brief list --library "$lib" --format json \
        | python3 -c 'import json, sys; print("\n".join(b["id"] for b in json.load(sys.stdin)["briefings"]))' \
        | xargs bin/brief mark --library "$lib" read
      first_paint "$lib" "reader 1st paint, all read*" 5 0
      # Each read statement by statement: 40 keys of statements seen on every line.
      python3 - "$XDG_STATE_HOME/brief/read-state" <<'PY'
import sys
path = sys.argv[1]
lines = open(path).read().split("\n")
keys = ",".join("%08x" % (0x1000 * k + 7) for k in range(40))
out = [lines[0]] + [l.rsplit("\t", 1)[0] + "\t" + keys for l in lines[1:] if l] + [""]
open(path, "w").write("\n".join(out))
PY
      first_paint "$lib" "reader 1st paint, 40 seen each*" 5 0
    fi
  done
} | tee "$result"
