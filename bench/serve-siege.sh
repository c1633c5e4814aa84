#!/usr/bin/env bash
# brief serve under a neighbour's siege, with the real OpenSSH client and the server's default
# pre-authentication budget (MaxStartups 10:30:100, 15 s grace): the latency of an exec lookup
# (the wall time of `ssh HOST summary`, handshake included) for 50 lookups at once, first on a
# quiet server, then while 20 readers are held open and 300 connections that never
# authenticate, from 30 loopback addresses, are kept open (reopened as the server drops them).
# Usage: bench/serve-siege.sh [RESULT_FILE]   (default bench/results/serve-siege.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
result=${1:-bench/results/serve-siege.txt}
for tool in ssh ssh-keygen python3; do
  command -v "$tool" >/dev/null || { echo "bench/serve-siege.sh needs $tool" >&2; exit 3; }
done
bin/brief --version >/dev/null   # builds the jar if it is missing or older than the sources

work=$(mktemp -d); server=; siege=; readers=()
cleanup() {
  [ -n "$siege" ] && kill "$siege" 2>/dev/null
  for p in "${readers[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
ssh-keygen -q -t ed25519 -N "" -f "$work/id"
cp "$work/id.pub" "$work/authorized_keys"
# Only the per-address session limits are raised (the lookups and readers all come from
# 127.0.0.1); the pre-authentication budget and grace time are the defaults under test.
BRIEF_JAR="$PWD/target/brief.jar" bin/brief serve --port 0 \
  --authorized-keys "$work/authorized_keys" --host-key "$work/host/key" --library src/test/resources/frozen \
  --max-sessions 200 --max-sessions-per-address 200 --max-connections-per-minute 100000 \
  < /dev/null 2> "$work/log" &
server=$!
for _ in $(seq 1 200); do grep -q "listening on" "$work/log" 2>/dev/null && break; sleep 0.05; done
port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/log")
[ -n "$port" ] || { echo "bench/serve-siege.sh: the server did not start:" >&2; cat "$work/log" >&2; exit 1; }
echo "[127.0.0.1]:$port $(ssh-keygen -y -f "$work/host/key")" > "$work/known_hosts"
ssh_cmd="ssh -F /dev/null -p $port -i $work/id -o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR \
-o UserKnownHostsFile=$work/known_hosts -o StrictHostKeyChecking=yes -o ConnectTimeout=30"
dest=reader@127.0.0.1

# One lookup's wall time in ms, or "failed".
lookup() {
  local s e
  s=$(date +%s%N)
  if $ssh_cmd -n $dest summary > /dev/null 2>&1; then
    e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  else
    echo failed
  fi
}
export -f lookup; export ssh_cmd dest
stats() { # FILE: "n N failed F median-ms M p99-ms P max-ms X"
  local ok; ok=$(grep -v failed "$1" | sort -n)
  printf 'n %d  failed %d  median-ms %s  p99-ms %s  max-ms %s\n' "$(wc -l < "$1")" "$(grep -c failed "$1" || true)" \
    "$(awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}' <<< "$ok")" \
    "$(awk '{v[NR]=$1} END {i=int(NR*0.99+0.5); if (i<1) i=1; print v[i]}' <<< "$ok")" \
    "$(tail -1 <<< "$ok")"
}
fifty() { seq 1 50 | xargs -P 50 -I{} bash -c lookup > "$1"; }

seq 1 20 | xargs -P 10 -I{} bash -c lookup > /dev/null   # warm-up
fifty "$work/quiet"

# The siege: 300 silent connections from 127.0.0.2-31, each reopened when the server drops it.
python3 - "$port" > "$work/siege.log" 2>&1 <<'EOF' &
import socket, sys, time, selectors
port = int(sys.argv[1])
sel = selectors.DefaultSelector()
def open_one(i):
    s = socket.socket()
    s.setblocking(False)
    s.bind(("127.0.0.%d" % (2 + i % 30), 0))
    try:
        s.connect(("127.0.0.1", port))
    except BlockingIOError:
        pass
    sel.register(s, selectors.EVENT_READ, i)
for i in range(300):
    open_one(i)
while True:
    for key, _ in sel.select(timeout=1):
        try:
            data = key.fileobj.recv(4096)
        except OSError:
            data = b""
        if not data:  # dropped: open another in its place, as an attacker would
            sel.unregister(key.fileobj)
            key.fileobj.close()
            open_one(key.data)
EOF
siege=$!
sleep 2
established=$(ss -Htn state established "( dport = :$port )" 2>/dev/null | grep -c '127\.0\.0\.[0-9]*:' || true)
for _ in $(seq 1 20); do
  (sleep 600 | TERM=xterm-256color $ssh_cmd -tt $dest > /dev/null 2>&1) 2> /dev/null &
  readers+=($!)
  disown $!
done
sleep 3
fifty "$work/siege"
# Readers still connected once the lookups are done (each a subshell whose ssh is alive).
open_readers=0
for p in "${readers[@]}"; do pgrep -f -P "$p" "ssh -F" > /dev/null && open_readers=$((open_readers + 1)); done

{
  echo "# brief serve under siege, loopback, OpenSSH client ($(ssh -V 2>&1))"
  echo "# machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "# command: bench/serve-siege.sh   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "# server defaults: --max-startups 10:30:100, --auth-timeout 15"
  echo
  echo "## 50 exec lookups at once, wall ms per ssh HOST summary (handshake included)"
  echo "quiet server:                $(stats "$work/quiet")"
  echo "20 readers + 300 stalled:    $(stats "$work/siege")"
  echo "(client TCP connections established at the siege's start, all addresses: $established; readers still connected after the lookups: $open_readers of 20)"
} | tee "$result"
