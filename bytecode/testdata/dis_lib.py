"""For every STEP-th .py file of python3.13's Lib (sorted), compiles it and writes
OUTDIR/N.bin (marshal.dumps of the module code) and OUTDIR/N.dis (dis.dis of the same
code object). Used by dis_test.go.

Run: PYENV_VERSION=3.13.0 python3.13 dis_lib.py OUTDIR STEP
"""
import dis, io, marshal, os, sys, sysconfig

out, step = sys.argv[1], int(sys.argv[2])
lib = sysconfig.get_paths()["stdlib"]
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(lib) for f in fs if f.endswith(".py"))
for i, f in enumerate(files[::step]):
    try:
        with open(f, "rb") as fh:
            code = compile(fh.read(), f, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        continue
    with open(os.path.join(out, f"{i}.bin"), "wb") as fh:
        fh.write(marshal.dumps(code))
    buf = io.StringIO()
    dis.dis(code, file=buf)
    with open(os.path.join(out, f"{i}.dis"), "w", encoding="utf-8", errors="surrogatepass") as fh:
        fh.write(buf.getvalue())
    print(i, f)
