#!/usr/bin/env bash
# Regenerates, for every tests/stdlib/*.py, python3.13's standard output (NAME.out) and
# exit status (NAME.rc, only when not 0), run from this directory with
# PYTHONHASHSEED=0, no input and the variables of NAME.env if present, as stdlib_test.go
# runs kaa.
# Usage: gen.sh [NAME.py ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")"
PY="${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
  n="${f%.py}"
  rc=0
  extra=()
  [ -f "$n.env" ] && { read -r -a extra < <(tr "\n" " " < "$n.env") || true; }
  env PYTHONHASHSEED=0 "${extra[@]}" timeout 60 "$PY" "$f" > "$n.out" 2>/dev/null < /dev/null || rc=$?
  rm -f "$n.rc"
  if [ "$rc" -ne 0 ]; then echo "$rc" > "$n.rc"; fi
done
