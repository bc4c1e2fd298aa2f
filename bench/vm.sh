#!/usr/bin/env bash
# Runs every bench/vm/*.py under python3.13 and under kaa in the same run (best of
# N wall-clock runs each, N=${RUNS:-3}), checks that both print the same thing, and
# prints each time ratio kaa/python3.13 and their geometric mean (below 1: kaa faster).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}
[ -x "$PY" ] || PY=python3.13
RUNS=${RUNS:-3}
go build -o /tmp/kaa-bench ./cmd/kaa
out=$(mktemp); trap 'rm -f "$out"' EXIT
best() { # best wall time in seconds of "$@"; the last run's output is left in $out
  local b="" t0 t1 s
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s.%N)
    "$@" > "$out" 2>&1 || true
    t1=$(date +%s.%N)
    s=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$b" ] || [ "$(echo "$s < $b" | bc -l)" = 1 ]; then b=$s; fi
  done
  echo "$b"
}
printf "%-20s %10s %10s %8s\n" program python3.13 kaa ratio
logsum=0; n=0; bad=0
for f in bench/vm/*.py; do
  name=$(basename "$f" .py)
  tp=$(PYTHONHASHSEED=0 best "$PY" "$f"); want=$(cat "$out")
  tk=$(PYTHONHASHSEED=0 best /tmp/kaa-bench "$f"); got=$(cat "$out")
  if [ "$got" != "$want" ]; then
    printf "%-20s WRONG OUTPUT\n  python3.13: %s\n  kaa:        %s\n" "$name" "$want" "$got"
    bad=1; continue
  fi
  r=$(echo "$tk / $tp" | bc -l)
  printf "%-20s %9.3fs %9.3fs %7.2fx\n" "$name" "$tp" "$tk" "$r"
  logsum=$(echo "$logsum + l($r)" | bc -l); n=$((n + 1))
done
[ "$n" -gt 0 ] && printf "%-20s %31.2fx  (%d programs)\n" "geomean" "$(echo "e($logsum / $n)" | bc -l)" "$n"
exit $bad
