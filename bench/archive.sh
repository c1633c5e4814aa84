# Sourced by the benchmarks: run brief once, so that the page cache is warm and the start-up
# archive is there: next to the jar, made by `mvn package` (a launcher before issue 21 made it in
# the cache folder in the background after that run: then wait, at most two minutes, for it, so
# that no measured run competes with it for the CPU or runs without it).
wait_for_archive() {
  local cache=${XDG_CACHE_HOME:-$HOME/.cache}/brief
  bin/brief summary >/dev/null
  for _ in $(seq 1 240); do
    compgen -G "$cache/brief-*.lock" >/dev/null || return 0
    sleep 0.5
  done
  echo "bench: the class-data archive is still being made after two minutes" >&2
}
