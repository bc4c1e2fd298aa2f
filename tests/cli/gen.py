"""Regenerates tests/cli/expected.json (and cases.json) by running each case of
cases.py with python3.13. Usage: python3.13 tests/cli/gen.py
Paths are normalized as cli_test.go normalizes kaa's: the case's directory becomes
<TMP> and the interpreter's path <EXE>.
"""
import base64
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def run(exe, case):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = os.path.realpath(tmp)
        for path, text in case.get("files", {}).items():
            full = os.path.join(tmp, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w") as f:
                f.write(text)
        for path, data in case.get("binfiles", {}).items():
            with open(os.path.join(tmp, path), "wb") as f:
                f.write(base64.b64decode(data))
        # A fixed locale (sys.flags.utf8_mode depends on it): LANG=C.UTF-8 unless the
        # case sets its own.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LC_", "LANG"))}
        env["LANG"] = "C.UTF-8"
        env["PYTHON_COLORS"] = "0"  # as kaatest.Run does, unless the case sets it
        env.update(case.get("env", {}))
        args = [exe] + case["args"] + [base64.b64decode(a) for a in case.get("args_b64", [])]
        p = subprocess.Popen(args, cwd=tmp, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Answer the first INTERRUPTS lines of output ending in "ready" with SIGINT,
        # 200 ms later, as kaatest.RunInterrupting does.
        # Standard input stays open in the cases that are interrupted, so a read
        # blocks, until 200 ms after the last SIGINT.
        def feed():
            p.stdin.write(base64.b64decode(case["stdin_b64"]) if "stdin_b64" in case else case.get("stdin", "").encode())
            p.stdin.flush()
            if not case.get("interrupts"):
                p.stdin.close()
        threading.Thread(target=feed).start()
        err = []
        reader = threading.Thread(target=lambda: err.append(p.stderr.read()))
        reader.start()
        out, interrupts = b"", case.get("interrupts", 0)
        for line in p.stdout:
            out += line
            if interrupts and line.endswith(b"ready\n"):
                interrupts -= 1
                time.sleep(0.2)
                p.send_signal(signal.SIGINT)
                if not interrupts:
                    threading.Timer(0.2, p.stdin.close).start()
        p.wait(timeout=60)
        reader.join()
        def norm(b):
            return b.decode("utf-8", "replace").replace(tmp, "<TMP>").replace(exe, "<EXE>")
        return {"stdout": norm(out), "stderr": keep(case, norm(err[0])), "rc": p.returncode}


def keep(case, stderr):
    """A case with "keep_stderr" (a regular expression) keeps only the lines of
    standard error it matches, with -X importtime's figures masked, as cli_test.go
    does: the parts of the output that vary from run to run or between
    implementations (CPython imports its own start-up modules) are left out."""
    pattern = case.get("keep_stderr")
    if not pattern:
        return stderr
    lines = [l for l in stderr.splitlines(keepends=True) if re.search(pattern, l)]
    return "".join(re.sub(r"^import time: +\d+ \| +\d+ \|", "import time: N | N |", l) for l in lines)


def make_zips(case):
    """A case's "zips" ({archive: {member: text}}) become "binfiles" (base64), built
    here with fixed times so that cli_test.go writes the same bytes. A member named
    NAME.pyc holds python3.13's compilation of the text; a member ending in "/" is a
    directory entry."""
    zips = case.pop("zips", None)
    if not zips:
        return case
    import io, py_compile, zipfile
    case.setdefault("binfiles", {})
    for archive, members in zips.items():
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name, text in members.items():
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                if name.endswith("/"):
                    z.writestr(info, b"")
                elif name.endswith(".pyc"):
                    with tempfile.TemporaryDirectory() as d:
                        src, pyc = os.path.join(d, "m.py"), os.path.join(d, "m.pyc")
                        with open(src, "w") as f:
                            f.write(text)
                        py_compile.compile(src, cfile=pyc, dfile=name[:-1], doraise=True,
                                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
                        with open(pyc, "rb") as f:
                            z.writestr(info, f.read())
                else:
                    z.writestr(info, text)
        case["binfiles"][archive] = base64.b64encode(buf.getvalue()).decode()
    return case


def make_pycs(case):
    """A case's "pycs" ({path: {"text": source, "cut": N, "magic": hex}}) become
    "binfiles": python3.13's compilation of the text (unchecked-hash, so the same
    bytes every time), cut to its first N bytes or with its first bytes replaced
    when asked."""
    pycs = case.pop("pycs", None)
    if not pycs:
        return case
    import py_compile
    case.setdefault("binfiles", {})
    for path, spec in pycs.items():
        with tempfile.TemporaryDirectory() as d:
            src, pyc = os.path.join(d, "m.py"), os.path.join(d, "m.pyc")
            with open(src, "w") as f:
                f.write(spec["text"])
            py_compile.compile(src, cfile=pyc, dfile=spec.get("dfile", path), doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            with open(pyc, "rb") as f:
                data = f.read()
        if "magic" in spec:
            head = bytes.fromhex(spec["magic"])
            data = head + data[len(head):]
        if "cut" in spec:
            data = data[:spec["cut"]]
        case["binfiles"][path] = base64.b64encode(data).decode()
    return case


if __name__ == "__main__":
    CASES = [make_pycs(make_zips(dict(c))) for c in CASES]
    with open(os.path.join(HERE, "cases.json"), "w") as f:
        json.dump(CASES, f, indent=1)
        f.write("\n")
    out = {c["name"]: run(sys.executable, c) for c in CASES}
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
