"""Times python3.13's compile() (source to code object, parse included) over every .py
file of its own Lib, in one process (sources read beforehand; best of 3), and prints
seconds and MB/s. The counterpart of Kaa's BenchmarkCompileLib (bench/compile_lib.sh).

Run: PYENV_VERSION=3.13.0 python3.13 compile_lib.py
"""
import os, sys, sysconfig, time, warnings

lib = sysconfig.get_paths()["stdlib"]
srcs = []
for root, dirs, files in os.walk(lib):
    for f in files:
        if f.endswith(".py"):
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                srcs.append((p, fh.read()))
total = sum(len(s) for _, s in srcs)
best = None
warnings.simplefilter("ignore")
for _ in range(3):
    t = time.perf_counter()
    for p, s in srcs:
        try:
            compile(s, p, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            pass
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
print(f"python3.13 compile(): {len(srcs)} files, {total/1e6:.1f} MB: {best:.3f} s ({total/1e6/best:.1f} MB/s)")
