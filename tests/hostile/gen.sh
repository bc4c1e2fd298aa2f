#!/usr/bin/env bash
# Regenerates, for every tests/hostile/*.py and deep/*.py, with python3.13 (PYTHONHASHSEED=0), under
# the same address-space limit the test gives Kaa (4 GB; 8 GB for deep/):
#   NAME.out   its standard output
#   NAME.rc    its exit status, only when it is not 0 (-N: killed by signal N)
#   NAME.exc   the type of the exception that ended it (the last line of its
#              traceback), only when one did
# Usage: gen.sh [NAME.py ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")"
PY="${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py deep/*.py)
for f in "${files[@]}"; do
  n="${f%.py}"
  rc=0
  limit=4000000
  [[ "$f" == deep/* ]] && limit=8000000  # as hostile_test.go's deepMemLimitKB
  err=$(ulimit -v $limit; PYTHONHASHSEED=0 timeout 60 "$PY" "$f" 2>&1 > "$n.out" < /dev/null) || rc=$?
  rm -f "$n.rc" "$n.exc"
  # bash reports a death by signal N as 128+N; Python's subprocess (and the test) as -N.
  [ "$rc" -gt 128 ] && rc=$((128 - rc))
  [ "$rc" -ne 0 ] && echo "$rc" > "$n.rc"
  last=$(printf '%s\n' "$err" | grep -v '^\s*$' | tail -n 1 || true)
  if [[ "$last" =~ ^([A-Za-z_][A-Za-z0-9_.]*)(:.*)?$ ]] && [ "$rc" -ne 0 ]; then
    echo "${BASH_REMATCH[1]}" > "$n.exc"
  fi
done
