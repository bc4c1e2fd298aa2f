#!/usr/bin/env bash
# datetime arithmetic and formatting under python3.13 and kaa
# (bench/datetime_speed.py): prints both programs' times, which must agree on the
# results they print.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}
[ -x "$PY" ] || PY=python3.13
go build -o /tmp/kaa-bench ./cmd/kaa
echo "python3.13:"; "$PY" bench/datetime_speed.py
echo "kaa:"; /tmp/kaa-bench bench/datetime_speed.py
