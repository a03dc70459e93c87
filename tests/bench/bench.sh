#!/usr/bin/env bash
# Times the benchmark programs under pyasync and python3 (best of 3).
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
for p in async_pipeline.py suspended_coroutines.py; do
  echo "$p: pyasync $(best /tmp/pyasync-bench "$p"), python3 $(best python3 "$p")"
done
python3 suspended_coroutines.py | head -1 | sed 's/^/python3 memory: /'
