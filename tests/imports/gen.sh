#!/usr/bin/env bash
# Regenerates, for every case directory tests/imports/CASE/, python3.13's output:
# the case (main.py and the modules it imports, without the expected.* files) is
# copied to a fresh temporary directory and `python3.13 -B main.py` run there; its
# standard output and standard error, with the temporary directory's path replaced
# by TMP, go to CASE/expected.out and CASE/expected.err, its exit status to
# CASE/expected.rc. Cases under todo/ are regenerated too (the test skips them).
# Usage: gen.sh [CASE ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")"
PY="${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}"
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for d in */main.py todo/*/main.py; do
    [ -e "$d" ] && cases+=("${d%/main.py}")
  done
fi
for c in "${cases[@]}"; do
  c="${c%/}"
  tmp="$(cd "$(mktemp -d)" && pwd -P)"
  (cd "$c" && tar cf - --exclude='expected.*' --exclude=__pycache__ .) | (cd "$tmp" && tar xf -)
  rc=0
  (cd "$tmp" && env -u PYTHONPATH -u PYTHONSTARTUP PYTHON_COLORS=0 PYTHONHASHSEED=0 \
    timeout 60 "$PY" -B main.py > "$tmp.out" 2> "$tmp.err" < /dev/null) || rc=$?
  sed "s|$tmp|TMP|g" "$tmp.out" > "$c/expected.out"
  sed "s|$tmp|TMP|g" "$tmp.err" > "$c/expected.err"
  echo "$rc" > "$c/expected.rc"
  rm -rf "$tmp" "$tmp.out" "$tmp.err"
done
