#!/usr/bin/env bash
# The bytecode cache's worth: a program importing ten generated modules (~400 lines
# each) is run cold (no __pycache__: every module compiled and its cache written) and
# warm (every module loaded from __pycache__), under kaa and python3.13 in the same
# run. Prints the median and best wall time of N=${RUNS:-15} runs of each.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${KAA_PYTHON:-$(pyenv root 2>/dev/null)/versions/3.13.0/bin/python3.13}
[ -x "$PY" ] || PY=python3.13
RUNS=${RUNS:-15}
go build -o /tmp/kaa-bench ./cmd/kaa
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
for m in $(seq 0 9); do
  {
    echo "\"\"\"Generated module $m.\"\"\""
    for f in $(seq 0 39); do
      cat <<PY
class C${f}:
    def __init__(self, a, b=2, *args, **kw):
        self.a, self.b = a, b
        self.items = [x * $f for x in range(a) if x % 3]
    def method(self, n):
        total = 0
        for i in range(n):
            total += i if i % 2 else -i
        return {"n": n, "total": total, "name": f"C${f}-{n}"}
def f${f}(x, y=None):
    try:
        return sorted({k: v for k, v in zip(range(x), range(x, 0, -1))}.items())
    except (KeyError, ValueError) as e:
        raise RuntimeError("f${f}") from e
PY
    done
    echo "VALUE = sum(len(f$((m % 40))(i)) for i in range(5))"
  } > "$dir/mod$m.py"
done
{
  for m in $(seq 0 9); do echo "import mod$m"; done
  echo "print(sum(m.VALUE for m in (mod0, mod1, mod2, mod3, mod4, mod5, mod6, mod7, mod8, mod9)))"
} > "$dir/main.py"
export -n PYTHONDONTWRITEBYTECODE 2>/dev/null || true
unset PYTHONDONTWRITEBYTECODE
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %6.1f ms  best %6.1f ms", a[int((NR+1)/2)], a[1]}'; }
measure() { # measure cold|warm EXE
  local mode=$1 exe=$2
  for _ in $(seq "$RUNS"); do
    [ "$mode" = cold ] && rm -rf "$dir/__pycache__"
    local t0 t1
    t0=$(date +%s%N)
    (cd "$dir" && "$exe" main.py > /dev/null)
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 ))" | awk '{print $1 / 1000}'
  done | stats
}
(cd "$dir" && "$PY" main.py) > "$dir/want"; (cd "$dir" && /tmp/kaa-bench main.py) > "$dir/got"
cmp -s "$dir/want" "$dir/got" || { echo "outputs differ"; exit 1; }
wc -l "$dir"/mod*.py | tail -1 | awk '{print "10 modules, " $1 " lines"}'
for exe in "$PY" /tmp/kaa-bench; do
  name=$(basename "$exe"); [ "$name" = kaa-bench ] && name=kaa
  printf "%-11s cold (compile + write cache): %s\n" "$name" "$(measure cold "$exe")"
  printf "%-11s warm (load from __pycache__): %s\n" "$name" "$(measure warm "$exe")"
done
