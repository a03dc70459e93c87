#!/usr/bin/env bash
# Times the benchmark programs under pyasync and python3 (best of 3), then
# prints python3's memory figures (tracemalloc; pyasync's are measured by
# the Go benchmarks: go test ./eval -run XXX -bench .).
set -euo pipefail
cd "$(dirname "$0")"
go build -o /tmp/pyasync-bench ../../cmd/pyasync
best() {
  local b=999999
  for _ in 1 2 3; do
    local s e
    s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N)
    local ms=$(( (e - s) / 1000000 ))
    (( ms < b )) && b=$ms
  done
  echo "$b ms"
}
# "program [args]": live_tasks_memory.py is timed without tracemalloc.
for p in async_pipeline.py suspended_coroutines.py tasks_sleep0.py queue_pingpong.py \
  "live_tasks_memory.py --no-trace"; do
  # shellcheck disable=SC2086 # $p is a program and its arguments
  echo "$p: pyasync $(best /tmp/pyasync-bench $p), python3 $(best python3 $p)"
done
for p in suspended_coroutines.py live_tasks_memory.py; do
  python3 "$p" | sed -n '1s/^/python3 memory: /p'
done
