#!/usr/bin/env bash
# Regenerates python3.13's output for the cases of tests/site: each cases/NAME.sh is
# run by bash in a fresh temporary directory with PY (the interpreter under test:
# here python3.13) and REF (python3.13, for setting up: venv, pip) in its
# environment; its standard output and error, with the directory's path replaced
# by TMP, go to cases/NAME.out and cases/NAME.err. site_test.go runs the same
# scripts with PY=kaa.
# Usage: gen.sh [NAME ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")"
REF="${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in cases/*.sh; do names+=("$(basename "$f" .sh)"); done
fi
for n in "${names[@]}"; do
  tmp="$(cd "$(mktemp -d)" && pwd -P)"
  (cd "$tmp" && env -u PYTHONPATH -u PYTHONSTARTUP -u PYTHONUSERBASE -u PYTHONNOUSERSITE PYTHON_COLORS=0 \
    PY="$REF" REF="$REF" HOME="$tmp/home" timeout 120 bash "$OLDPWD/cases/$n.sh" > "$tmp.out" 2> "$tmp.err" < /dev/null) || true
  sed "s|$tmp|TMP|g" "$tmp.out" > "cases/$n.out"
  sed "s|$tmp|TMP|g" "$tmp.err" > "cases/$n.err"
  rm -rf "$tmp" "$tmp.out" "$tmp.err"
done
