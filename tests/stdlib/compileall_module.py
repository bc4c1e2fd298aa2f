# compileall over a tree in a temporary folder: what it writes and reports,
# with paths relative to the tree and the cache tag replaced.
import compileall
import contextlib
import io
import os
import re
import sys
import tempfile

tmp = tempfile.mkdtemp()
tag = sys.implementation.cache_tag


def write(path, text):
    full = os.path.join(tmp, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)
    return full


def written():
    out = []
    for root, dirs, files in os.walk(tmp):
        dirs.sort()
        for f in sorted(files):
            if f.endswith('.pyc'):
                out.append(os.path.relpath(os.path.join(root, f), tmp).replace(tag, 'TAG'))
    return out


def run(f, *a, **k):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        r = f(*a, **k)
    return r, buf.getvalue().replace(tmp, 'TMP').replace(tag, 'TAG')


write('pkg/__init__.py', '')
write('pkg/a.py', '"""doc"""\nA = 1\n')
write('pkg/sub/b.py', 'B = 2\n')
write('pkg/skip_me.py', 'C = 3\n')
write('pkg/notes.txt', 'text\n')
print(run(compileall.compile_dir, tmp, quiet=1))
print(written())
print(run(compileall.compile_dir, tmp, force=True))
print(run(compileall.compile_dir, tmp))
bad = write('broken/bad.py', 'def f(:\n')
r, out = run(compileall.compile_dir, os.path.join(tmp, 'broken'), quiet=1)
print(r, out.splitlines()[0])
print(run(compileall.compile_dir, os.path.join(tmp, 'broken'), quiet=2))
os.remove(bad)
print(run(compileall.compile_file, os.path.join(tmp, 'pkg', 'a.py'), legacy=True, quiet=1))
print(run(compileall.compile_file, os.path.join(tmp, 'pkg', 'a.py'), optimize=[1, 2], quiet=1))
print(written())
print(run(compileall.compile_dir, tmp, rx=re.compile('skip'), force=True, quiet=0, maxlevels=0))
print(run(compileall.compile_file, os.path.join(tmp, 'pkg', 'notes.txt')))
for kw in ({'workers': -1}, {'ddir': 'x', 'stripdir': 'y'}):
    try:
        compileall.compile_dir(tmp, quiet=2, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    compileall.compile_file(os.path.join(tmp, 'pkg', 'a.py'), hardlink_dupes=True)
except ValueError as e:
    print('ValueError', e)
print(run(compileall.compile_dir, os.path.join(tmp, 'nowhere')))
