#!/usr/bin/env bash
# Regenerates, for every tests/traceback/*.py, python3.13's standard error and exit
# status: NAME.err (with this directory's absolute path removed, so that the files
# name the scripts as NAME.py wherever the checkout lives), NAME.color (the same in
# colour, PYTHON_COLORS=1) and NAME.rc.
# Usage: gen.sh [NAME.py ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")"
PY="${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
  n="${f%.py}"
  rc=0
  PYTHON_COLORS=0 PYTHONHASHSEED=0 timeout 60 "$PY" "$f" > /dev/null 2> "$n.err.tmp" < /dev/null || rc=$?
  sed "s|$PWD/||g" "$n.err.tmp" > "$n.err"
  PYTHON_COLORS=1 PYTHONHASHSEED=0 timeout 60 "$PY" "$f" > /dev/null 2> "$n.err.tmp" < /dev/null || true
  sed "s|$PWD/||g" "$n.err.tmp" > "$n.color"
  rm -f "$n.err.tmp"
  echo "$rc" > "$n.rc"
done
