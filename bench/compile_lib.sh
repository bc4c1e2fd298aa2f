#!/usr/bin/env bash
# Compiles all of CPython's Lib (source to code objects, parsing included) with
# python3.13's compile() and with Kaa's compiler (one process each, best of 3) and
# prints both times and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${KAA_PYTHON:-$(command -v python3.13 || echo "$(pyenv root)/versions/3.13.0/bin/python3.13")}
pyline=$(PYENV_VERSION=3.13.0 "$PY" bench/compile_lib.py)
echo "$pyline"
go test -c -o /tmp/kaa-compile.test ./compile
best=""
for i in 1 2 3; do
  ns=$(/tmp/kaa-compile.test -test.run XXX -test.bench BenchmarkCompileLib -test.benchtime 1x | awk '/BenchmarkCompileLib/ {print $3}')
  if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best=$ns; fi
done
pys=$(echo "$pyline" | sed -E 's/.*: ([0-9.]+) s .*/\1/')
awk -v ns="$best" -v pys="$pys" 'BEGIN {
  ks = ns / 1e9
  printf "kaa compile:          %.3f s\n", ks
  printf "ratio kaa/python3.13: %.2f (below 1 means kaa is faster)\n", ks / pys
}'
