"""Compiles every .py file of python3.13's Lib into OUTDIR (one .pyc per source, named
by its index in the sorted list) and prints "INDEX\tSOURCE" lines for those compiled.
Used by marshal's Lib round-trip test.

Run: PYENV_VERSION=3.13.0 python3.13 compile_lib.py OUTDIR
"""
import os, py_compile, sys, sysconfig
from concurrent.futures import ProcessPoolExecutor

out = sys.argv[1]
lib = sysconfig.get_paths()["stdlib"]
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(lib) for f in fs if f.endswith(".py"))


def one(arg):
    i, f = arg
    try:
        py_compile.compile(f, cfile=os.path.join(out, f"{i}.pyc"), doraise=True)
        return f"{i}\t{f}"
    except Exception:
        return None


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        for line in ex.map(one, enumerate(files), chunksize=32):
            if line:
                print(line)
