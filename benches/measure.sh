#!/usr/bin/env bash
# Measures `lexcompat lint` and `check` as processes on problem folders (each
# holding corpus/ and proposals/), for the table in docs/performance.md.
#
#     benches/measure.sh [RUNS] FOLDER...
#
# Each command runs RUNS times (default 3); the run with the least elapsed
# time is kept, with its --timings line, and the least user CPU time of all
# runs is reported beside it, because on a shared machine elapsed time grows
# with the load while CPU time barely does. Every run is bounded by `timeout`.
# `check` runs twice: as text (what a person reads) and as JSON (what CI
# reads, and the largest output).
set -euo pipefail

runs=3
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  runs=$1
  shift
fi
bin="${LEXCOMPAT:-$(dirname "$0")/../target/release/lexcompat}"
[[ -x "$bin" ]] || { echo "no release binary at $bin: run cargo build --release" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "# $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"
printf '%-28s %-10s %9s %9s %9s %9s  %s\n' folder cmd elapsed user sys "peak MB" "stages of the fastest run (ms)"
for folder in "$@"; do
  for cmd in lint check check-json; do
    args=("$cmd")
    [[ "$cmd" == check-json ]] && args=(check --format json)
    best_e="" best_u="" best_line="" best_m="" best_s=""
    for ((i = 0; i < runs; i++)); do
      set +e
      timeout 600 /usr/bin/time -o "$scratch/time" -f '%e %U %S %M' \
        "$bin" --timings --corpus "$folder/corpus" "${args[@]}" "$folder/proposals" \
        >/dev/null 2>"$scratch/err"
      status=$?
      set -e
      if ((status > 1)); then
        echo "$cmd on $folder failed with status $status:" >&2
        tail -5 "$scratch/err" >&2
        exit 1
      fi
      # time(1) writes "Command exited with non-zero status 1" first when check finds conflicts.
      read -r e u s m < <(tail -n 1 "$scratch/time")
      if [[ -z "$best_e" ]] || awk "BEGIN{exit !($e < $best_e)}"; then
        best_e=$e best_s=$s best_m=$m
        best_line=$(grep '^timings:' "$scratch/err" | sed 's/^timings: //; s/ ms//g')
      fi
      if [[ -z "$best_u" ]] || awk "BEGIN{exit !($u < $best_u)}"; then
        best_u=$u
      fi
    done
    printf '%-28s %-10s %9s %9s %9s %9d  %s\n' "$folder" "$cmd" "$best_e" "$best_u" "$best_s" \
      $((best_m / 1024)) "$best_line"
  done
done
