"""Times python3.13's ast.parse over every .py file of its own Lib, in one process
(sources read beforehand; best of 3), and prints seconds, MB/s and peak RSS.

Run: PYENV_VERSION=3.13.0 python3.13 parse_lib.py
"""
import ast, os, resource, sys, sysconfig, time, warnings

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
            ast.parse(s, p)
        except (SyntaxError, ValueError):
            pass
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"python3.13 ast.parse: {len(srcs)} files, {total/1e6:.1f} MB: {best:.3f} s ({total/1e6/best:.1f} MB/s), peak RSS {rss:.0f} MB")
