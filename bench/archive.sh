# Sourced by the benchmarks: run brief once, then wait (at most two minutes) until the
# class-data archive that the launcher makes in the background after that run is ready, so
# that no measured run competes with it for the CPU or runs without it.
wait_for_archive() {
  local cache=${XDG_CACHE_HOME:-$HOME/.cache}/brief
  bin/brief summary >/dev/null
  for _ in $(seq 1 240); do
    compgen -G "$cache/brief-*.lock" >/dev/null || return 0
    sleep 0.5
  done
  echo "bench: the class-data archive is still being made after two minutes" >&2
}
