#!/usr/bin/env bash
# Parses all of CPython's Lib with python3.13's ast.parse and with Kaa's parser (one
# process each, best of 3) and prints both times, the ratio and each peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${KAA_PYTHON:-$(command -v python3.13 || echo "$(pyenv root)/versions/3.13.0/bin/python3.13")}
pyline=$(PYENV_VERSION=3.13.0 "$PY" bench/parse_lib.py)
echo "$pyline"
go test -c -o /tmp/kaa-parser.test ./syntax/parser
out=$(/usr/bin/time -f "%M" /tmp/kaa-parser.test -test.run XXX -test.bench BenchmarkParseLib -test.benchtime 3x 2>/tmp/kaa-parse-rss.txt)
line=$(echo "$out" | grep BenchmarkParseLib)
ns=$(echo "$line" | awk '{print $3}')
rss=$(tail -1 /tmp/kaa-parse-rss.txt)
pys=$(echo "$pyline" | sed -E 's/.*: ([0-9.]+) s .*/\1/')
awk -v ns="$ns" -v pys="$pys" -v rss="$rss" 'BEGIN {
  ks = ns / 1e9
  printf "kaa parser:           %.3f s, peak RSS %.0f MB\n", ks, rss / 1024
  printf "ratio kaa/python3.13: %.2f (below 1 means kaa is faster)\n", ks / pys
}'
