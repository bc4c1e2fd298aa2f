"""Writes astcli.json: stdout, stderr's last line and exit code of `python3.13 -m ast`
for each argument list and stdin below (FILE is replaced by testdata/sample.py).

Run: PYENV_VERSION=3.13.0 python3.13 testdata/gen_astcli.py
"""
import json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
sample = "testdata/sample.py"  # relative to cmd/kaa, where the Go test runs
CASES = [
    (["FILE"], ""), (["-a", "FILE"], ""), (["-i", "1", "FILE"], ""), (["-i", "0", "FILE"], ""), (["--indent=2", "FILE"], ""),
    (["--no-type-comments", "FILE"], ""), (["-a", "--no-type-comments", "-i", "5", "FILE"], ""),
    ([], "x = 1 + 2\n"), (["-"], "def f(): pass\n"), (["-m", "eval"], "a if b else c"), (["--mode", "single"], "x = 1\n"),
    (["-m", "func_type"], "(int, str) -> bool"), (["-mexec", "-a"], "pass\n"), (["-i", "-1"], "[1, 2]\n"),
    (["-m", "bogus"], ""), (["-i", "x", "FILE"], ""), (["FILE", "FILE"], ""), (["--bogus"], ""),
    ([], "x: int = 1  # type: int\n"), (["--no-type-comments"], "x: int = 1  # type: int\n"), ([], "x = (\n"), ([], "def f(:\n  pass\n"), (["-m", "eval"], "x = 1"),
]
out = []
for args, stdin in CASES:
    real = [sample if a == "FILE" else a for a in args]
    p = subprocess.run([sys.executable, "-m", "ast", *real], input=stdin.encode(), capture_output=True, cwd=os.path.dirname(here))
    err = p.stderr.decode().rstrip("\n").split("\n")[-1] if p.stderr else ""
    out.append({"args": args, "stdin": stdin, "stdout": p.stdout.decode(), "stderr_last": err, "code": p.returncode})
with open(os.path.join(here, "astcli.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
