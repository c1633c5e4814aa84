#!/usr/bin/env bash
# Completion: the time bash's completion function (_brief, from `brief completion bash`) takes
# for one Tab in a 2,000-briefing library (bench/generate-library.py), median of RUNS calls,
# brief __complete included; and the script's own share, with a stand-in for brief that prints
# the same 2,000 candidates at once. Timed with $EPOCHREALTIME around the call, COMP_WORDS
# set as readline sets them. BEFORE=FILE times an older script alike, for comparison.
# Usage: bench/completion.sh [RUNS] [RESULT_FILE]   (defaults: 11, bench/results/completion.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
result=${2:-bench/results/completion.txt}
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources
export BRIEF_JAR=$PWD/target/brief.jar LANG=C.UTF-8 LC_ALL=C.UTF-8
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
. bench/archive.sh; wait_for_archive
python3 bench/generate-library.py 2000 "$work/library" >/dev/null
mkdir -p "$work/bin" "$work/stub" "$work/cwd"
printf '#!/bin/sh\nexec %q "$@"\n' "$PWD/bin/brief" > "$work/bin/brief"
bin/brief __complete --library "$work/library" briefings > "$work/candidates"  # and the cache
printf '#!/bin/sh\ncat %q\n' "$work/candidates" > "$work/stub/brief"
chmod +x "$work/bin/brief" "$work/stub/brief"
bin/brief completion bash > "$work/after.bash"

# tab SCRIPT PATH_DIR CUR WORDS...: the median ms of RUNS calls of _brief for the line WORDS (the
# last is the word completed; CUR is that word as readline hands it over, without a quote that
# opens it), and how many candidates it offered.
tab() {
  local script=$1 dir=$2 cur=$3; shift 3
  (cd "$work/cwd" && PATH=$dir:$PATH BRIEF_LIBRARY=$work/library bash --norc --noprofile -c '
    source "$1"; runs=$2 cur=$3; shift 3
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    for ((r = 0; r < runs; r++)); do
      t0=$EPOCHREALTIME
      _brief brief "$cur" "${COMP_WORDS[COMP_CWORD - 1]}"
      t1=$EPOCHREALTIME
      echo "$(( (${t1/./} - ${t0/./}) / 1000 )) ${#COMPREPLY[@]}"
    done' tab "$script" "$runs" "$cur" "$@") |
    sort -n | awk '{v[NR] = $1; n = $2} END {printf "%6d ms  %5d candidates", v[int((NR + 1) / 2)], n}'
}

measure() { # measure LABEL SCRIPT
  local label=$1 script=$2 lib=$work/library
  printf '%-7s brief show --library LIB <Tab>      %s\n' "$label" "$(tab "$script" "$work/bin" '' brief show --library "$lib" '')"
  printf '%-7s brief show <Tab> (BRIEF_LIBRARY)    %s\n' "$label" "$(tab "$script" "$work/bin" '' brief show '')"
  printf '%-7s brief show synthetic-0001<Tab>      %s\n' "$label" "$(tab "$script" "$work/bin" synthetic-0001 brief show synthetic-0001)"
  printf '%-7s brief show "<Tab> (in a quote)      %s\n' "$label" "$(tab "$script" "$work/bin" '' brief show '"')"
  printf '%-7s the script alone, 2,000 candidates  %s\n' "$label" "$(tab "$script" "$work/stub" '' brief show '')"
}
{
  echo "# completion: one Tab of bash's _brief in a 2,000-briefing library, median of $runs calls"
  echo "# machine: $(nproc) cores, $(uname -sr); bash $BASH_VERSION"
  echo "# command: ${BEFORE:+BEFORE=$BEFORE }bench/completion.sh $runs $result   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  measure now: "$work/after.bash"
  if [ -n "${BEFORE:-}" ]; then measure before: "$BEFORE"; fi
} | tee "$result"
