#!/usr/bin/env bash
# Times every operation of bench/complexity.py at sizes N, 2N and 4N under python3.13
# and kaa (CPU time measured inside the process, so other load matters little) and
# prints how each time grows per doubling of the input: about 2 for a linear total,
# about 4 for a quadratic one. An operation is flagged (<<) when its time under kaa
# grows clearly faster over the two doublings than under python3.13.
# Usage: complexity.sh [N] [NAME-REGEX]     (N default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}
[ -x "$PY" ] || PY=python3.13
N=${1:-100000}
FILTER=${2:-.}
go build -o /tmp/kaa-complexity ./cmd/kaa
printf "%-34s %8s %6s %6s   %8s %6s %6s\n" operation py@N py×2 py×4 kaa@N kaa×2 kaa×4
worse=0
while IFS= read -r name; do
  [[ "$name" =~ $FILTER ]] || continue
  row=()
  for interp in "$PY" /tmp/kaa-complexity; do
    t=()
    for m in 1 2 4; do
      v=$(PYTHONHASHSEED=0 "$interp" bench/complexity.py "$name" $((N * m)) 2>/dev/null || echo fail)
      [ "$v" = fail ] && { echo "FAILED: $interp $name" >&2; v=0; }
      t+=("$(echo "if ($v < 0.005) 0.005 else $v" | bc -l)")
    done
    row+=("${t[0]}" "$(echo "${t[1]} / ${t[0]}" | bc -l)" "$(echo "${t[2]} / ${t[1]}" | bc -l)")
  done
  flag=""
  g=$(echo "(${row[4]} * ${row[5]}) / (${row[1]} * ${row[2]})" | bc -l)
  if [ "$(echo "$g > 1.8 && ${row[4]} * ${row[5]} > 6" | bc -l)" = 1 ]; then flag="<<"; worse=$((worse + 1)); fi
  printf "%-34s %7.3fs %6.2f %6.2f   %7.3fs %6.2f %6.2f %s\n" "$name" "${row[@]}" "$flag"
done < <("$PY" bench/complexity.py list)
echo "operations growing faster under kaa: $worse"
