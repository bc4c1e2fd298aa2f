#!/usr/bin/env bash
# Regenerates, for every tests/vm/*.py, with python3.13 (PYTHONHASHSEED=0):
#   NAME.out          its standard output
#   NAME.rc           its exit status, only when it is not 0
#   pyc/NAME.pyc      the .pyc python3.13 compiles it to (Kaa must run it too)
#   pyc/NAME.out      python3.13's output when it runs that .pyc, only when it differs from
#                     NAME.out (marshal sorts frozenset constants, so a set literal read
#                     back from a .pyc may iterate in another order than the compiled one)
# Usage: gen.sh [NAME.py ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")"
PY="${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}"
mkdir -p pyc
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
  n="${f%.py}"
  rc=0
  PYTHONHASHSEED=0 timeout 60 "$PY" "$f" > "$n.out" 2>/dev/null < /dev/null || rc=$?
  rm -f "$n.rc"
  [ "$rc" -ne 0 ] && echo "$rc" > "$n.rc"
  "$PY" -c 'import py_compile,sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)' "$f" "pyc/$n.pyc"
  rm -f "pyc/$n.out"
  PYTHONHASHSEED=0 timeout 60 "$PY" "pyc/$n.pyc" > "pyc/$n.out" 2>/dev/null < /dev/null || true
  cmp -s "$n.out" "pyc/$n.out" && rm -f "pyc/$n.out"
done
