#!/usr/bin/env bash
# Regenerates, for every tests/repl/NAME.in, what python3.13's interactive
# interpreter does with it as standard input: NAME.out (standard output), NAME.err
# (standard error, with this directory's absolute path removed) and NAME.rc (exit
# status). The command is `python3.13 -q -i < NAME.in`, or with NAME.py present
# `python3.13 -q -i NAME.py < NAME.in`, or with NAME.cmd present
# `python3.13 -q -i -c "$(cat NAME.cmd)" < NAME.in`; NAME.opts holds more options
# (given after -q -i); with NAME.startup present,
# PYTHONSTARTUP names it (otherwise PYTHONSTARTUP is unset).
# Usage: gen.sh [NAME.in ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")"
PY="${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.in)
for f in "${files[@]}"; do
  n="${f%.in}"
  args=(-q -i)
  [ -f "$n.opts" ] && read -r -a opts < "$n.opts" && args+=("${opts[@]}")
  if [ -f "$n.py" ]; then
    args+=("$n.py")
  elif [ -f "$n.cmd" ]; then
    args+=(-c "$(cat "$n.cmd")")
  fi
  startup=()
  [ -f "$n.startup" ] && startup=(PYTHONSTARTUP="$n.startup")
  rc=0
  env -u PYTHONSTARTUP -u PYTHONUNBUFFERED PYTHON_COLORS=0 PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 "${startup[@]}" \
    timeout 60 "$PY" "${args[@]}" < "$f" > "$n.out" 2> "$n.err.tmp" || rc=$?
  sed "s|$PWD/||g" "$n.err.tmp" > "$n.err"
  rm -f "$n.err.tmp"
  echo "$rc" > "$n.rc"
done
