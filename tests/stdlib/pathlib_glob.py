# pathlib.Path.glob, rglob and walk (and the glob._StringGlobber under them)
# over a small tree in a temporary folder.
import glob
import os
import tempfile
from pathlib import Path, PurePosixPath


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        if not isinstance(r, (str, bool, type(None))):
            r = sorted(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r).replace(top, '<top>')


with tempfile.TemporaryDirectory() as top:
    top = os.path.realpath(top)
    os.chdir(top)
    for d in ['a', 'a/b', 'a/b/c', 'a/.hid', 'B', 'e']:
        os.mkdir(d)
    for f in ['x.py', 'a/y.py', 'a/b/z.py', 'a/b/c/w.txt', 'a/.hid/h.py', 'a/.dot.py', 'B/Up.PY', 'e/q']:
        with open(f, 'w') as fh:
            fh.write(f)
    os.symlink('a', 'la')
    os.symlink('a/b', 'a/lb')
    os.symlink('nowhere', 'a/broken')
    os.chmod('e', 0)
    here = Path('.')
    base = Path(top)
    patterns = ['*', '*.py', '**', '**/', '**/*.py', '*/*.py', 'a/*', 'a/**', 'a/**/', '*/', 'a/b/z.py',
                'a/b/nope', 'A/*', '[ab]/*', '?', '**/*', 'a/**/*.txt', '**/b', '**/b/**', 'la/**',
                'a/./b/*', 'a/../x.py', '*/../x.py', '.', 'a/.', 'a//b', '**/**/*.py', 'a/*/', '*.PY',
                'b/*', 'a/lb/*', 'a/.*', '**/.*', 'a/**/.hid/*', 'e/*', '**/q', 'a/broken']
    for pat in patterns:
        print(repr(pat), show(here.glob, pat))
        print('  top', show(base.glob, pat))
        print('  rec', show(here.glob, pat, recurse_symlinks=True))
    for pat, kw in [('*.py', {'case_sensitive': False}), ('b/*.py', {'case_sensitive': False}),
                    ('X.PY', {'case_sensitive': False}), ('x.py', {'case_sensitive': True}),
                    ('B/up.py', {'case_sensitive': False}), ('b', {'case_sensitive': False}),
                    ('**/UP.py', {'case_sensitive': False}), ('A/LB/*', {'case_sensitive': False})]:
        print('glob', repr(pat), kw, show(here.glob, pat, **kw))
    for pat in ['*.py', '*', 'b/*', '**', '*/', 'z.py', '**/z.py', 'c', PurePosixPath('*.txt')]:
        print('rglob', repr(pat), show(here.rglob, pat), show(Path('a').rglob, pat),
              show(here.rglob, pat, recurse_symlinks=True))
    for bad in ['', '/x', '/', '.', '..']:
        print('bad', repr(bad), show(here.glob, bad), show(here.rglob, bad))
    print(show(Path('x.py').glob, '*'), show(Path('missing').glob, '*'), show(Path('missing').glob, 'a'))
    print(show(here.glob, 1))

    def walk(p, **kw):
        errors = []
        kw.setdefault('on_error', lambda e: errors.append((type(e).__name__, e.filename.replace(top, '<top>'))))
        out = []
        for d, dirs, files in p.walk(**kw):
            dirs.sort()
            out.append((str(d).replace(top, '<top>'), list(dirs), sorted(files)))
        return out, errors

    for kw in [{}, {'top_down': False}, {'follow_symlinks': True}, {'top_down': False, 'follow_symlinks': True}]:
        res, errs = walk(here, **kw)
        print('walk', kw, sorted(res) if not kw.get('top_down', True) else res, errs)
        res, errs = walk(base / 'a', **kw)
        print('walk a', kw, res, errs)
    print(walk(Path('missing')), walk(Path('x.py')), walk(Path('la')))
    print(show(lambda: list(Path('missing').walk())))
    # pruning
    out = []
    for d, dirs, files in here.walk():
        dirs[:] = [x for x in dirs if x != 'a']
        out.append(str(d))
    print(sorted(out))

    # the string globber itself
    g = glob._StringGlobber('/', True, recursive=True)
    print(sorted(g.selector(['*.py', '**'])('')), sorted(g.selector(['z.py', 'b', 'a'])('')),
          sorted(g.selector(['*', 'a'])('./')))
    print(g.compile('*.py')('a.py') is not None, g.compile('**/x')('a/b/x') is not None)
    os.chmod('e', 0o755)
    os.chdir('/')
