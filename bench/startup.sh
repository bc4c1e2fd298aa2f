#!/usr/bin/env bash
# Times start-up: runs `kaa -c pass` and `python3.13 -c pass` alternately N times
# (N=${RUNS:-30}, or the first argument) and prints the minimum and median wall
# time of each in milliseconds and kaa's ratio to python3.13 (below 1: kaa faster).
# Uses the small Go timer in bench/startup (fork+exec+wait measured in-process,
# without the cost of spawning `date`).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}
[ -x "$PY" ] || PY=python3.13
RUNS=${1:-${RUNS:-30}}
KAA=${KAA:-/tmp/kaa-startup}
TIMER=/tmp/kaa-startup-timer
go build -o "$KAA" ./cmd/kaa
go build -o "$TIMER" ./bench/startup
exec "$TIMER" -n "$RUNS" -- "$KAA" -c pass -- "$PY" -c pass
