#!/usr/bin/env bash
# brief serve on loopback, measured with the real OpenSSH client:
#  1. the server-side time per exec lookup (from the server's own log line, ms=) with 50
#     clients at once, against the wall time of a local `bin/brief summary`;
#  2. the reader's bytes per keystroke over the channel (bench/reader.sh through ssh -t, as
#     the server measures them with -Dbrief.trace), next to the same script run locally;
#  3. the heap per idle reader session: heap in use after a full GC, before and after 20
#     reader sessions (80x24) sit idle.
# Usage: bench/serve.sh [RESULT_FILE]   (default bench/results/serve.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
result=${1:-bench/results/serve.txt}
for tool in ssh ssh-keygen tmux jcmd; do
  command -v "$tool" >/dev/null || { echo "bench/serve.sh needs $tool" >&2; exit 3; }
done
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources

work=$(mktemp -d); server=; idle=()
cleanup() {
  status=$?
  [ "$status" -ne 0 ] && [ -f "$work/log" ] && { echo "bench/serve.sh failed; the server's log ends:" >&2; tail -5 "$work/log" >&2; }
  if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; fi
  for p in "${idle[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
ssh-keygen -q -t ed25519 -N "" -f "$work/id"
cp "$work/id.pub" "$work/authorized_keys"
trace=$work/trace
BRIEF_JAVA_OPTS="-Dbrief.trace=$trace" BRIEF_JAR="$PWD/target/brief.jar" bin/brief serve --port 0 \
  --authorized-keys "$work/authorized_keys" --host-key "$work/host/key" --library src/test/resources/frozen \
  --max-sessions 500 --max-sessions-per-address 500 --max-connections-per-minute 100000 \
  < /dev/null 2> "$work/log" &
server=$!   # not a terminal: bin/brief execs java, so this is the JVM
for _ in $(seq 1 200); do grep -q "listening on" "$work/log" 2>/dev/null && break; sleep 0.05; done
port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/log")
[ -n "$port" ] || { echo "bench/serve.sh: the server did not start:" >&2; cat "$work/log" >&2; exit 1; }
pid=$server
echo "[127.0.0.1]:$port $(ssh-keygen -y -f "$work/host/key")" > "$work/known_hosts"
ssh_cmd="ssh -F /dev/null -p $port -i $work/id -o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR \
-o UserKnownHostsFile=$work/known_hosts -o StrictHostKeyChecking=yes"
dest=reader@127.0.0.1

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
p90() { sort -n | awk '{v[NR]=$1} END {print v[int(NR*0.9+0.5)]}'; }

# 1. Exec: 100 lookups to warm up, then 500 with 50 clients at once.
seq 1 100 | xargs -P 10 -I{} $ssh_cmd -n $dest summary > /dev/null
before=$(wc -l < "$work/log")
start=$(date +%s.%N)
seq 1 500 | xargs -P 50 -I{} $ssh_cmd -n $dest summary > /dev/null
wall=$(echo "$(date +%s.%N) - $start" | bc)
tail -n +"$((before + 1))" "$work/log" | grep 'exec=summary' | sed 's/.* ms=\([0-9]*\) .*/\1/' > "$work/exec-ms"
execs=$(wc -l < "$work/exec-ms")
exec_median=$(median < "$work/exec-ms"); exec_p90=$(p90 < "$work/exec-ms"); exec_max=$(sort -n "$work/exec-ms" | tail -1)
ssh_one=$( { for _ in $(seq 1 20); do s=$(date +%s%N); $ssh_cmd -n $dest summary > /dev/null; echo $(( ($(date +%s%N) - s) / 1000000 )); done; } | median)
local_one=$( { for _ in $(seq 1 20); do s=$(date +%s%N); BRIEF_LIBRARY=src/test/resources/frozen bin/brief summary > /dev/null; echo $(( ($(date +%s%N) - s) / 1000000 )); done; } | median)

# 2. The reader's bytes per keystroke over the channel, and locally.
: > "$trace"
BRIEF_BENCH_TRACE=$trace BRIEF_BENCH_READER="$ssh_cmd -t $dest" bench/reader.sh "$work/reader-ssh.txt" > /dev/null
bench/reader.sh "$work/reader-local.txt" > /dev/null

# 3. Heap per idle reader session.
heap() { # bytes of heap in use after a full collection
  jcmd "$pid" GC.run > /dev/null
  jcmd "$pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K,?$/, "", v); s += v } } END { print s * 1024 }'
}
sessions=20
heap_before=$(heap)
: > "$trace"
for _ in $(seq 1 $sessions); do
  (sleep 600 | TERM=xterm-256color $ssh_cmd -tt $dest > /dev/null 2>&1) 2> /dev/null &
  idle+=($!)
  disown $!   # killed by id in cleanup, without a "Terminated" line each
done
for _ in $(seq 1 400); do [ "$(grep -c first-paint "$trace" 2>/dev/null || echo 0)" -ge $sessions ] && break; sleep 0.05; done
painted=$(grep -c first-paint "$trace" || true)
heap_after=$(heap)
per_session=$(( (heap_after - heap_before) / sessions ))

{
  echo "# brief serve on loopback with the OpenSSH client ($(ssh -V 2>&1))"
  echo "# machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "# command: bench/serve.sh   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "## exec 'summary', 50 clients at once (server-side: the ms= of each session's log line)"
  printf 'execs %d  median-ms %d  p90-ms %d  max-ms %d  wall-s %.1f  (%.0f lookups/s, ssh handshakes included)\n' \
    "$execs" "$exec_median" "$exec_p90" "$exec_max" "$wall" "$(echo "$execs / $wall" | bc -l)"
  echo "one client, wall ms (median of 20): ssh HOST summary $ssh_one; local bin/brief summary $local_one"
  echo
  echo "## reader at 100x30 over ssh -t (bytes the server wrote to the channel per action)"
  grep -v '^#' "$work/reader-ssh.txt"
  echo
  echo "## the same script, reader run locally (bin/brief read)"
  grep -v '^#' "$work/reader-local.txt"
  echo
  echo "## heap per idle reader session (80x24), after a full GC"
  echo "sessions $sessions (painted: $painted)  heap-before-bytes $heap_before  heap-after-bytes $heap_after  per-session-bytes $per_session"
} | tee "$result"
