"""Writes cases.json: what python3.13 -m compileall and -m py_compile print, their exit
status and the .pyc files they leave (path, 16-byte header, the co_filename of every
code object), for each scenario below, run on a fresh copy of TREE.

Run from cmd/kaa: python3.13 testdata/compileall/gen.py

Each scenario runs its steps in order in one temporary directory (the current
directory of the command, which holds the tree under t/). A step may first touch
files (mtime T1) or write files; "TAG" in a path is the cache tag and "TMP" in an
argument is the temporary directory. Outputs have the temporary directory replaced by
TMP and the cache tag by TAG.
"""
import json, marshal, os, shutil, subprocess, sys, tempfile

T0, T1 = 1_700_000_000, 1_700_000_100
TREE = {
    "t/a.py": "x = 1\nprint('a', x)\n",
    "t/b.txt": "not python\n",
    "t/pkg/__init__.py": '"""doc"""\nassert 1\ndef g():\n    """g doc"""\n    return [i for i in range(2)]\n',
    "t/pkg/bad.py": "def f(:\n  pass\n",
    "t/pkg/mod.py": "class C:\n    def m(self):\n        return lambda: 1\n",
    "t/pkg/notes.rst": "notes\n",
    "t/pkg/sub/__init__.py": "",
    "t/pkg/sub/unclosed.py": "y = (\n",
    "t/pkg/sub/m.py": "z = 3\n",
    "t/pkg/sub/deep/ret.py": "x = 1\nreturn 5\n",
    "t/pkg/sub/deep/ok.py": "def h(): pass\n",
    "t/__pycache__/junk.py": "q = 1\n",
    "t/x.py.bak": "old\n",
    "outside/o.py": "o = 1\n",
    # Errors py_compile reports in their different forms.
    "errs/tab.py": "if 1:\n\tx\n        y\n",
    "errs/indent.py": "def f():\n  x\n   y\n",
    "errs/nul.py": "x = 1\0\n",
    "errs/cookie.py": "# -*- coding: bogus -*-\nx = 1\n",
    "errs/ok.py": "x = 1\n",
    "t/pkg/link_in.py": "@sub/m.py",  # symlink
    "t/link_out.py": "@../outside/o.py",  # symlink
    "t/dirlink": "@pkg/sub",  # symlink to a directory: not descended into
}
PYC_FLAGS = {}


def C(*args, stdin="", env=None, touch=(), write=None, module="compileall"):
    return {"module": module, "args": list(args), "stdin": stdin, "env": env or {}, "touch": list(touch), "write": write or {}}


SCENARIOS = [
    ("plain", [C("t")]),
    ("quiet", [C("-q", "t")]),
    ("quietquiet", [C("-qq", "t")]),
    ("nolist", [C("-l", "t")]),
    ("depth1", [C("-r", "1", "t")]),
    ("depth0_overrides_l", [C("-l", "-r", "2", "t")]),
    ("legacy", [C("-b", "t/pkg")]),
    ("ddir", [C("-d", "/dest", "t")]),
    ("ddir_file", [C("-d", "/dest", "t/a.py", "t/pkg/mod.py")]),
    ("strip_prepend", [C("-s", "t", "-p", "/pre", "t")]),
    ("strip_bad", [C("-s", "nope", "t/pkg/sub")]),
    ("prepend_abs", [C("-p", "TMP", "t/pkg")]),
    ("strip_abs", [C("-s", "TMP/t", "TMP/t/pkg")]),
    ("regex", [C("-x", "bad|deep", "t")]),
    ("regex_q", [C("-q", "-x", r"sub/.*\.py$", "t")]),
    ("opt_levels", [C("-o", "1", "-o", "2", "-o", "1", "t/pkg")]),
    ("opt_hardlink", [C("-o", "0", "-o", "1", "--hardlink-dupes", "t/pkg/sub")]),
    ("checked_hash", [C("--invalidation-mode", "checked-hash", "t/pkg")]),
    ("unchecked_hash", [C("--invalidation-mode=unchecked-hash", "t/pkg")]),
    ("timestamp_mode", [C("--inv", "timestamp", "t/a.py")]),
    ("source_date_epoch", [C("t/pkg/mod.py", env={"SOURCE_DATE_EPOCH": "1"})]),
    ("files", [C("t/a.py", "t/pkg/bad.py", "t/b.txt", "missing")]),
    ("missing_dir", [C("nonexistent")]),
    ("flist", [C("-i", "list.txt", "t/a.py", write={"list.txt": "t/pkg/mod.py\n  t/pkg/sub  \n"})]),
    ("flist_stdin", [C("-i", "-", stdin="t/pkg/mod.py\nt/pkg/bad.py\n")]),
    ("flist_missing", [C("-i", "nolist.txt", "t")]),
    ("symlink_limit", [C("-e", "t", "t")]),
    ("symlink_limit_files", [C("-e", "t", "t/pkg/link_in.py", "t/link_out.py")]),
    ("workers_qq", [C("-qq", "-j", "0", "t")]),
    ("workers_q", [C("-q", "-j", "2", "t/pkg/sub")]),
    ("workers_neg", [C("-j", "-1", "t")]),
    ("uptodate", [C("-q", "t/pkg"), C("t/pkg"), C("t/pkg", touch=["t/pkg/mod.py"]), C("t/pkg")]),
    ("force", [C("-q", "t/pkg/sub"), C("-f", "t/pkg/sub")]),
    ("bad_magic", [C("-q", "t/pkg/sub"), C("t/pkg/sub", write={"t/pkg/sub/__pycache__/m.TAG.pyc": "garbage-garbage-garbage"})]),
    ("hash_always_rebuilt", [C("-q", "--invalidation-mode", "checked-hash", "t/pkg/sub"), C("t/pkg/sub", env={"SOURCE_DATE_EPOCH": "5"})]),
    ("opt_uptodate", [C("-q", "-o", "0", "-o", "2", "t/pkg/sub"), C("-o", "0", "-o", "2", "t/pkg/sub"), C("-o", "1", "t/pkg/sub")]),
    ("combined_flags", [C("-lfq", "t"), C("-fqx", "bad", "t/pkg")]),
    ("after_dashdash", [C("-q", "--", "t/a.py")]),
    ("error_kinds", [C("errs"), C("-q", "errs")]),
    ("bad_optimize", [C("-o", "3", "-o", "-2", "errs/ok.py")]),
    # Usage errors and help.
    ("help", [C("-h")]),
    ("err_unrecognized", [C("--bogus", "t")]),
    ("err_interleaved", [C("t/a.py", "-q", "t/pkg")]),
    ("err_r_missing", [C("-r")]),
    ("err_r_int", [C("-r", "x", "t")]),
    ("err_ambiguous", [C("--h")]),
    ("err_choice", [C("--invalidation-mode", "hash", "t")]),
    ("err_d_s", [C("-d", "x", "-s", "y", "t")]),
    ("err_hardlink", [C("--hardlink-dupes", "t")]),
    ("err_explicit", [C("-f=1", "t")]),
    ("err_quiet_long", [C("--quiet", "t")]),
    # py_compile.
    ("pc_ok", [C("t/a.py", "t/pkg/mod.py", module="py_compile")]),
    ("pc_syntax", [C("t/a.py", "t/pkg/bad.py", "t/pkg/mod.py", module="py_compile")]),
    ("pc_compile_error", [C("t/pkg/sub/deep/ret.py", module="py_compile")]),
    ("pc_missing", [C("nope.py", "t/a.py", module="py_compile")]),
    ("pc_quiet", [C("-q", "t/pkg/bad.py", module="py_compile"), C("--quiet", "nope.py", module="py_compile")]),
    ("pc_stdin", [C("-", stdin="t/a.py\nt/pkg/sub/m.py\n", module="py_compile")]),
    ("pc_dash_and_file", [C("-", "t/a.py", module="py_compile")]),
    ("pc_epoch", [C("t/pkg/mod.py", env={"SOURCE_DATE_EPOCH": "1700000000"}, module="py_compile")]),
    ("pc_tab", [C("errs/tab.py", module="py_compile")]),
    ("pc_indent", [C("errs/indent.py", module="py_compile")]),
    ("pc_nul", [C("errs/nul.py", module="py_compile")]),
    ("pc_cookie", [C("errs/cookie.py", module="py_compile")]),
    ("pc_help", [C("-h", module="py_compile")]),
    ("pc_no_args", [C(module="py_compile")]),
    ("pc_bad_option", [C("-x", "t/a.py", module="py_compile")]),
    ("pc_qx", [C("-qx", "t/a.py", module="py_compile")]),
]


def build(root):
    for rel, text in TREE.items():
        p = os.path.join(root, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if text.startswith("@"):
            os.symlink(text[1:], p)
        else:
            with open(p, "w") as f:
                f.write(text)
            os.utime(p, (T0, T0))


def filenames(code, out):
    out.add(code.co_filename)
    for c in code.co_consts:
        if hasattr(c, "co_filename"):
            filenames(c, out)
    return out


def pycs(root):
    res = {}
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith(".pyc"):
                continue
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                data = fh.read()
            rel = os.path.relpath(p, root).replace("cpython-313", "TAG")
            try:
                names = sorted(n.replace(root, "TMP") for n in filenames(marshal.loads(data[16:]), set()))
            except Exception:
                names = None
            res[rel] = {"header": data[:16].hex(), "filenames": names}
    return res


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for name, steps in SCENARIOS:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = os.path.realpath(tmp)
            build(tmp)
            got = []
            for s in steps:
                for rel in s["touch"]:
                    os.utime(os.path.join(tmp, rel), (T1, T1))
                for rel, text in s["write"].items():
                    p = os.path.join(tmp, rel.replace("TAG", "cpython-313"))
                    with open(p, "w") as f:
                        f.write(text)
                env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "SOURCE_DATE_EPOCH")}
                env.update(s["env"])
                args = [a.replace("TMP", tmp) for a in s["args"]]
                p = subprocess.run([sys.executable, "-m", s["module"], *args], input=s["stdin"].encode(),
                                   capture_output=True, cwd=tmp, env=env)
                norm = lambda b: b.decode().replace(tmp, "TMP").replace("cpython-313", "TAG")
                got.append({"stdout": norm(p.stdout), "stderr": norm(p.stderr), "code": p.returncode, "pycs": pycs(tmp)})
            out.append({"name": name, "steps": steps, "results": got})
    with open(os.path.join(here, "cases.json"), "w") as f:
        json.dump({"t0": T0, "t1": T1, "tree": TREE, "scenarios": out}, f, indent=1, sort_keys=True)
        f.write("\n")


main()
