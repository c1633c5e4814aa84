#!/usr/bin/env bash
# The reader over a slow SSH link, end to end: OpenSSH's ssh (in tmux, 100x30,
# TERM=xterm-256color, LANG=C.UTF-8) -> bench/slowlink-proxy.py (75 ms each way, 8,000 B/s
# towards the client) -> a throwaway sshd of this script's own on loopback -> bin/brief read.
# For each run:
#  - settle: the summary overlay open, 20 `j` typed at 30 a second; the time from the last
#    key's last byte leaving the proxy towards the server to the last byte it forwards to the
#    client (the screen has caught up), and the bytes sent towards the client meanwhile;
#  - Esc: key typed to the last byte of its repaint reaching the client, for Esc closing the
#    summary against q closing it (the difference is Esc's wait for a sequence);
#  - nothing lost or reordered: the overlay is exactly 20 lines further down, a word typed at
#    30 a second into the search prompt reads back in order, and both screens (attributes
#    included) equal those of the same keys typed into a local reader without the link.
# Then bench/actions.sh: the bytes of every action of the reader against less.
# Figures: medians over the runs. The briefing is bench/generate-library.py's synthetic-00010
# (its summary is 29 lines longer than the overlay at 100x30, so every `j` scrolls).
#
# Usage: bench/slowlink.sh [RUNS] [RESULT_FILE]   (default 5, bench/results/slowlink.txt)
#   BRIEF_JAR=JAR      measure that jar (e.g. another branch's build) instead of target/brief.jar
#   BRIEF_BENCH_KEEP=1 keep the work folder (proxy logs, sshd log, screens) and say where
# Installs openssh-server, openssh-client, tmux and python3 with apt-get when missing (as root).
# Exit status: 0 measured, 1 a check failed (a key lost or reordered, a screen that differs),
# 3 something it needs is missing or would not start.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
result=${2:-bench/results/slowlink.txt}
# Numbers in this script's own output use '.' whatever the caller's locale; the readers get
# LANG=C.UTF-8 explicitly.
export LC_ALL=C
delay=0.075 rate=8000 cols=100 rows=30 scroll_keys=20 keys_per_second=30 quiet_us=1500000 word=satellite
sshd=/usr/sbin/sshd
me=bench/slowlink.sh

fail() { echo "$me: $*" >&2; exit 1; }
missing() { echo "$me: $*" >&2; exit 3; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || missing "RUNS must be a positive whole number, not '$runs'"

need=()
[ -x "$sshd" ] || need+=(openssh-server)
{ command -v ssh && command -v ssh-keygen; } >/dev/null 2>&1 || need+=(openssh-client)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || missing "needs ${need[*]}; install them (apt-get install ${need[*]}) or run as root"
  echo "$me: installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null ||
    missing "could not install ${need[*]}"
fi

if [ -n "${BRIEF_JAR:-}" ]; then
  jar=$(realpath "$BRIEF_JAR") || missing "BRIEF_JAR names no file: $BRIEF_JAR"
  [ -f "$jar" ] || missing "BRIEF_JAR names no jar file: $jar"
else
  bin/brief --version >/dev/null || missing "bin/brief would not build"   # builds the jar when needed
  jar=$PWD/target/brief.jar
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/brief-slowlink.XXXXXX")
sock=brief-slowlink-$$
sshd_pid= proxy_pid=
tmx() { LC_ALL=C.UTF-8 timeout 10 tmux -L "$sock" "$@"; }
stop() { # stop PID: ends a process this script started, and waits for it
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  local status=$?
  tmux -L "$sock" kill-server 2>/dev/null || true
  stop "$proxy_pid"
  stop "$sshd_pid"
  if [ "$status" -ne 0 ] && [ -s "$work/sshd.log" ]; then
    echo "$me: failed; sshd's log ends:" >&2
    tail -5 "$work/sshd.log" >&2
  fi
  if [ "${BRIEF_BENCH_KEEP:-0}" = 1 ]; then echo "$me: work folder kept: $work" >&2; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

now_us() { echo "${EPOCHREALTIME/./}"; }

# The briefing: long enough that 20 lines of scrolling never reach the end of the summary.
python3 bench/generate-library.py 11 "$work/library"
briefing=$work/library/00/synthetic-00010.yaml
[ -f "$briefing" ] || missing "bench/generate-library.py did not write $briefing"

# The reader, as both the ssh session and the local reference run it.
printf -v reader 'cd %q && exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color PATH=%q %sBRIEF_JAR=%q bin/brief read %q' \
  "$PWD" "$PATH" "${JAVA_HOME:+JAVA_HOME=$(printf %q "$JAVA_HOME") }" "$jar" "$briefing"

# sshd: a throwaway host key, authorized key and configuration, on a free loopback port.
# Run as root, sshd wants its privilege-separation folder (made by the package's service,
# which is not running here).
user=$(id -un)
[ "$(id -u)" = 0 ] && mkdir -p -m 755 /run/sshd
ssh-keygen -q -t ed25519 -N "" -C slowlink-host -f "$work/host_key"
ssh-keygen -q -t ed25519 -N "" -C slowlink-client -f "$work/id"
cp "$work/id.pub" "$work/authorized_keys"
echo "slowlink-bench $(cut -d' ' -f1,2 "$work/host_key.pub")" > "$work/known_hosts"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
cat > "$work/sshd_config" <<EOF
ListenAddress 127.0.0.1:$port
HostKey $work/host_key
PidFile $work/sshd.pid
AuthorizedKeysFile $work/authorized_keys
AllowUsers $user
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
UseDNS no
X11Forwarding no
AllowTcpForwarding no
AllowAgentForwarding no
PermitUserRC no
PrintMotd no
PrintLastLog no
LogLevel INFO
EOF
"$sshd" -t -f "$work/sshd_config" 2> "$work/sshd.log" || missing "sshd refuses its configuration: $(cat "$work/sshd.log")"
"$sshd" -f "$work/sshd_config" -D -e 2>> "$work/sshd.log" &
sshd_pid=$!
ssh_opts=(-F /dev/null -i "$work/id" -o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR
  -o UserKnownHostsFile="$work/known_hosts" -o StrictHostKeyChecking=yes -o HostKeyAlias=slowlink-bench
  -o ConnectTimeout=10 -o ServerAliveInterval=0 -o ForwardAgent=no -o ForwardX11=no -o ControlPath=none)
# OpenSSH 9.5+ sends chaff packets while a person types; they would be counted as keys.
ssh -F /dev/null -o ObscureKeystrokeTiming=no -G localhost >/dev/null 2>&1 && ssh_opts+=(-o ObscureKeystrokeTiming=no)
logged_in=0
for _ in $(seq 1 50); do
  if timeout 10 ssh "${ssh_opts[@]}" -p "$port" -n "$user@127.0.0.1" true 2> "$work/ssh-check"; then logged_in=1; break; fi
  kill -0 "$sshd_pid" 2>/dev/null || missing "sshd did not start: $(tail -3 "$work/sshd.log")"
  sleep 0.1
done
[ "$logged_in" = 1 ] || missing "cannot log in to the benchmark's sshd on 127.0.0.1:$port: $(cat "$work/ssh-check")"

# --- Watching the link: the proxy's log (bench/slowlink-proxy.py describes its lines). ---
# Down-direction activity: the time (us) of the last event and whether every byte read from
# the server has been forwarded.
link_state() { awk '$3 == "down" { t = $1; if ($2 == "recv") r += $4; if ($2 == "send") s += $4 }
  END { printf "%.0f %d\n", t * 1000000, r == s }' "$link"; }
await_quiet() { # await_quiet SINCE_US: until nothing went towards the client for quiet_us after SINCE_US
  local since=$1 deadline=$(($(now_us) + 60000000)) last flushed
  while :; do
    read -r last flushed < <(link_state)
    [ "$last" -gt "$since" ] || last=$since
    [ "$flushed" = 1 ] && [ $(($(now_us) - last)) -ge "$quiet_us" ] && return 0
    [ "$(now_us)" -lt "$deadline" ] || fail "the screen did not settle within 60 s (proxy log: $link)"
    sleep 0.1
  done
}
await_screen() { # await_screen TEXT: until the pane shows TEXT (at most 30 s)
  for _ in $(seq 1 300); do
    tmx capture-pane -p 2>/dev/null | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  fail "the reader never showed '$1'; the screen:"$'\n'"$(tmx capture-pane -p 2>/dev/null || echo '(no pane)')"
}
await_stable() { # await_stable: until the pane has not changed for 0.6 s (the local run)
  local before now_screen same=0
  before=$(tmx capture-pane -p -e)
  for _ in $(seq 1 200); do
    sleep 0.1
    now_screen=$(tmx capture-pane -p -e)
    if [ "$now_screen" = "$before" ]; then same=$((same + 1)); [ $same -ge 6 ] && return 0; else same=0; fi
    before=$now_screen
  done
  fail "the local reader's screen never settled"
}
type_keys() { # type_keys KEY...: tmux send-keys at keys_per_second; sets first_key and last_key (us)
  local interval=$((1000000 / keys_per_second)) t0 i=0 due now k
  t0=$(now_us)
  first_key=$t0
  for k in "$@"; do
    due=$((t0 + i * interval)); now=$(now_us)
    [ "$due" -gt "$now" ] && sleep "$(printf '0.%06d' $((due - now)))"
    last_key=$(now_us)
    tmx send-keys "$k"
    i=$((i + 1))
  done
}
# The first piece forwarded to the server at or after TIME_US: the key typed then.
key_at_server() { awk -v t="$1" '$2 == "send" && $3 == "up" && $1 * 1000000 >= t { printf "%.0f\n", $1 * 1000000; exit }' "$link"; }
last_down() { awk '$2 == "send" && $3 == "down" { t = $1 } END { printf "%.0f\n", t * 1000000 }' "$link"; }
down_bytes() { awk -v t="$1" '$2 == "send" && $3 == "down" && $1 * 1000000 >= t { s += $4 } END { print s + 0 }' "$link"; }
up_pieces() { awk -v a="$1" -v b="$2" '$2 == "send" && $3 == "up" && $1 * 1000000 >= a && $1 * 1000000 <= b { n++ } END { print n + 0 }' "$link"; }

overlay_rows() { sed -n "5,$((rows - 2))p" "$1"; }   # the summary's text rows (below its frame)
check_scrolled() { # check_scrolled BEFORE AFTER: AFTER shows BEFORE's rows from the 21st on at its top
  local below
  below=$(overlay_rows "$1" | tail -n +$((scroll_keys + 1)))
  [ -n "$below" ] && [ "$(overlay_rows "$2" | head -n "$(wc -l <<< "$below")")" = "$below" ]
}

# --- One session: the same keys for the local reference and for each run over the link. ---
# mode=local waits for the pane to stop changing; mode=link waits for the link to go quiet and
# measures. Captures go to $work/MODE-NAME.
settled() { if [ "$mode" = local ]; then await_stable; else await_quiet "$1"; fi; }
press() { pressed=$(now_us); tmx send-keys "$1"; settled "$pressed"; }
capture() { tmx capture-pane -p > "$work/$mode-$1"; tmx capture-pane -p -e > "$work/$mode-$1.e"; }
play() {
  local k ms js=()
  await_screen "j/k move"; settled "$(now_us)"
  press s; await_screen Summary
  capture top
  for _ in $(seq 1 "$scroll_keys"); do js+=(j); done
  type_keys "${js[@]}"; settled "$last_key"
  if [ "$mode" = link ]; then
    at_server=$(key_at_server "$last_key")
    [ -n "$at_server" ] || fail "the last j never reached the server (proxy log: $link)"
    settle_ms=$(( ($(last_down) - at_server) / 1000 ))
    bytes=$(down_bytes "$first_key")
    keys_up=$(up_pieces "$first_key" $((last_key + 1000000)))
  fi
  capture scrolled
  press q
  # Esc against q, both closing the summary from its top, twice each.
  esc=() q=()
  for _ in 1 2; do
    for k in Escape q; do
      press s; press "$k"
      [ "$mode" = link ] || continue
      ms=$(( ($(last_down) - pressed) / 1000 ))
      if [ "$k" = Escape ]; then esc+=("$ms"); else q+=("$ms"); fi
    done
  done
  press /
  type_keys $(echo "$word" | grep -o .); settled "$last_key"
  capture search
  press Escape; tmx send-keys q
}
checks() { # checks RUN: what went wrong in a run over the link, or ok
  local found=
  check_scrolled "$work/link-top" "$work/link-scrolled" || found+=" not-scrolled-$scroll_keys-lines"
  tail -1 "$work/link-search" | grep -q "^/$word " || found+=" search-prompt-not-/$word"
  cmp -s "$work/link-scrolled.e" "$work/local-scrolled.e" || found+=" scrolled-screen-differs-from-local"
  cmp -s "$work/link-search.e" "$work/local-search.e" || found+=" search-screen-differs-from-local"
  for f in top scrolled search; do cp "$work/link-$f.e" "$work/link-$f-$1.e"; done
  found=${found# }
  echo "${found:-ok}"
}
await_exit() { # await_exit SESSION: until the reader has quit and the session is gone (at most 10 s)
  for _ in $(seq 1 100); do tmx has-session -t "$1" 2>/dev/null || break; sleep 0.1; done
  tmx kill-server 2>/dev/null || true
}

mode=local
tmx new-session -d -s local -x "$cols" -y "$rows" "$reader"
play
await_exit local
check_scrolled "$work/local-top" "$work/local-scrolled" ||
  fail "locally, $scroll_keys j did not scroll the summary by $scroll_keys lines; the screen:"$'\n'"$(cat "$work/local-scrolled")"

mode=link
printf -v ssh_cmd '%q ' ssh "${ssh_opts[@]}" -t -p PROXY_PORT "$user@127.0.0.1" "$reader"
: > "$work/runs"
failures=0
echo "$me: $runs run(s) of about 45 s each; per run:" >&2
echo "run settle-ms down-bytes up-pieces esc-ms esc-ms q-ms q-ms checks" >&2
for run in $(seq 1 "$runs"); do
  link=$work/link-$run.log
  rm -f "$work/proxy-port"
  python3 bench/slowlink-proxy.py "$port" "$work/proxy-port" "$link" "$delay" "$rate" 2> "$work/proxy.err" &
  proxy_pid=$!
  for _ in $(seq 1 100); do [ -s "$work/proxy-port" ] && break; sleep 0.05; done
  [ -s "$work/proxy-port" ] || missing "the proxy did not start: $(cat "$work/proxy.err")"
  tmx new-session -d -s "run$run" -x "$cols" -y "$rows" "${ssh_cmd/PROXY_PORT/$(cat "$work/proxy-port")} 2> $work/ssh-$run.err"
  play
  await_exit "run$run"
  stop "$proxy_pid"; proxy_pid=
  result_checks=$(checks "$run")
  [ "$result_checks" = ok ] || failures=$((failures + 1))
  printf '%d %d %d %d %d %d %d %d %s\n' "$run" "$settle_ms" "$bytes" "$keys_up" \
    "${esc[0]}" "${esc[1]}" "${q[0]}" "${q[1]}" "$result_checks" | tee -a "$work/runs" >&2
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
settle_median=$(cut -d' ' -f2 "$work/runs" | median)
esc_median=$(cut -d' ' -f5,6 "$work/runs" | tr ' ' '\n' | median)
q_median=$(cut -d' ' -f7,8 "$work/runs" | tr ' ' '\n' | median)
{
  echo "# brief reader over a slow SSH link: ssh -t (in tmux ${cols}x${rows}, TERM=xterm-256color, LANG=C.UTF-8)"
  echo "#   -> bench/slowlink-proxy.py ($(awk "BEGIN { print $delay * 1000 }") ms each way, $rate B/s towards the client) -> sshd on 127.0.0.1 -> bin/brief read"
  echo "# briefing: synthetic-00010 of bench/generate-library.py; jar: $jar (its tree at $(git -C "$(dirname "$jar")/.." rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "# $(ssh -V 2>&1); $(tmux -V)"
  echo "# machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "# command: $me $runs   date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "# settle-ms: last key leaving the proxy towards the server -> last byte it forwards to the client (20 j at $keys_per_second/s in the summary)"
  echo "# down-bytes: bytes towards the client from the first j on (SSH packets); up-pieces: pieces forwarded to the server during the typing (20 when each key travelled alone, fewer when two went in one packet)"
  echo "# esc-ms, q-ms: key typed -> last byte of the repaint reaching the client, closing the summary (two each a run)"
  echo "run settle-ms down-bytes up-pieces esc-ms esc-ms q-ms q-ms checks"
  cat "$work/runs"
  echo "median settle-ms $settle_median (target <= 1000)  esc-ms $esc_median  q-ms $q_median  (Esc - q: $((esc_median - q_median)) ms)"
  echo "runs with a key lost or reordered, or a screen unlike the local one: $failures of $runs"
} | tee "$result"
# Every action of the reader against less, in bytes to the terminal (bench/actions.sh), in the
# same result file: what each key costs over the link before SSH's framing.
BRIEF_JAR=$jar bench/actions.sh "$work/actions.txt" > /dev/null || missing "bench/actions.sh failed"
tee -a "$result" < "$work/actions.txt"
[ "$failures" = 0 ] || fail "$failures of $runs runs failed a check (see $result)"
