"""Records python3.13's `-m dis` on every Python program of Kaa's behaviour corpus.

Run with python3.13 from anywhere: python3.13 tests/dis/gen.py [FILE ...]
(with files, relative to the repository root, only their entries are redone).
It runs `python3.13 -m dis FILE` (PYTHONHASHSEED=0, from the repository root) on each
.py file under tests/ and examples/ and writes expected.json: for each file the
SHA-256 of its standard output (code addresses masked), its standard error and its
exit status. Standard error loses what only CPython's dis, a Python module, can show:
the traceback frames of runpy and dis.py above a SyntaxError, and the warnings the
constant folder's operations raise, which CPython attributes to dis.py's compile()
call (Kaa's dis is native and has no such frame; RATIONALE.md, "kaa -m dis").
"""
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADDR = re.compile(rb' at 0x[0-9a-f]+')


def corpus():
    files = []
    for top in ('tests', 'examples'):
        for d, dirs, names in os.walk(os.path.join(ROOT, top)):
            dirs[:] = [x for x in dirs if x != '__pycache__']
            rel = os.path.relpath(d, ROOT)
            if rel == os.path.join('tests', 'dis'):
                continue
            files += [os.path.join(rel, n) for n in names if n.endswith('.py')]
    return sorted(files)


def clean_stderr(text):
    out, skip = [], False
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "<frozen runpy>"') or (line.startswith('  File "') and '/dis.py", line ' in line):
            i += 1
            while i < len(lines) and lines[i].startswith('    '):
                i += 1
            continue
        if re.match(r'.*/dis\.py:\d+: \w+Warning: ', line):
            i += 1
            while i < len(lines) and lines[i].startswith('  '):
                i += 1
            continue
        out.append(line)
        i += 1
    return ''.join(out)


def main():
    env = dict(os.environ, PYTHONHASHSEED='0')
    env.pop('PYTHONWARNINGS', None)

    def run(f):
        p = subprocess.run([sys.executable, '-m', 'dis', f], cwd=ROOT, env=env,
                           capture_output=True, timeout=120)
        return f, {
            'stdout_sha256': hashlib.sha256(ADDR.sub(b' at 0x?', p.stdout)).hexdigest(),
            'stderr': clean_stderr(p.stderr.decode('utf-8', 'backslashreplace')),
            'rc': p.returncode,
        }

    path = os.path.join(ROOT, 'tests', 'dis', 'expected.json')
    files = corpus()
    expected = {}
    if len(sys.argv) > 1:
        with open(path) as f:
            expected = {k: v for k, v in json.load(f).items() if k in files}
        files = sys.argv[1:]
    with concurrent.futures.ThreadPoolExecutor(max(1, (os.cpu_count() or 1))) as ex:
        expected.update(ex.map(run, files))
    with open(path, 'w') as out:
        json.dump(expected, out, indent=1, sort_keys=True)
        out.write('\n')


if __name__ == '__main__':
    main()
