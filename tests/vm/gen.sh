#!/usr/bin/env bash
# Regenerates the expected output (.out) of every tests/vm/*.py with python3.13.
set -euo pipefail
cd "$(dirname "$0")"
PY="${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}"
for f in *.py; do
  PYTHONHASHSEED=0 "$PY" "$f" > "${f%.py}.out"
done
