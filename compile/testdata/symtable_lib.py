"""Prints python3.13's symbol tables for .py files (paths on stdin, one per line), in
the format symtable_test.go's dump produces, each file preceded by "\\0FILE path".

Run: PYENV_VERSION=3.13.0 python3.13 symtable_lib.py < paths
"""
import symtable, sys


def dump(t, out, ind=0):
    raw = t._table
    out.append(f"{' ' * ind}{raw.type} {raw.name} {raw.lineno}")
    for name in sorted(raw.symbols):
        out.append(f"{' ' * ind}  {name} {raw.symbols[name]}")
    for c in raw.children:
        dump(symtable.SymbolTable(c, t._filename) if False else _wrap(c, t._filename), out, ind + 2)


class _wrap:
    def __init__(self, raw, filename):
        self._table = raw
        self._filename = filename


for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    sys.stdout.write(f"\0FILE {path}\n")
    try:
        with open(path, "rb") as f:
            src = f.read()
        t = symtable.symtable(src, path, "exec")
    except (SyntaxError, ValueError) as e:
        sys.stdout.write(f"ERROR {type(e).__name__}: {e.msg if isinstance(e, SyntaxError) else e}\n")
        continue
    out = []
    dump(t, out)
    sys.stdout.write("\n".join(out) + "\n")
