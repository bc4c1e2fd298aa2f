# fnmatch and glob: pattern translation, matching (str and bytes), filters,
# hidden files, recursion, escapes, root_dir and dir_fd, in a folder made here.
import fnmatch
import glob
import os
import tempfile

pats = ['*', '*.py', 'a?c', '[abc]*', '[!abc]x', '[a-c]', '[z-a]', '[]]', '[!]]', '[!]', '[', 'a[', '[a-]', '[-a]',
        'x**y', '*a*b*c*', 'a\\b', '[\\]', '[a&&b]', '[~|]', '[^x]', '[[x]', '**', '.*', 'a.b+c(d)']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['abc', 'a.py', 'b.txt', 'xx', '.hidden', 'a\\b', ']', 'a.b+c(d)', 'ABC', 'aXbYcZ', 'x']
for p in pats:
    print(repr(p), fnmatch.filter(names, p), fnmatch.fnmatchcase('ABC', p.upper()), fnmatch.fnmatch('abc', p))
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
try:
    fnmatch.fnmatch('abc', b'*')
except TypeError as e:
    print('TypeError', e)

for p in ['*.py', '**/*.py', 'a/**', '**', '.*', 'a/*/b', '?.c', 'x[ab]/y']:
    for r in (False, True):
        for h in (False, True):
            print(repr(p), r, h, repr(glob.translate(p, recursive=r, include_hidden=h)))
print(repr(glob.translate('a\\b/c', seps='/\\')), glob.escape('/a*b?c[d]/e'), glob.escape(b'x*'), glob.has_magic('a[b'), glob.has_magic(b'ab'))

with tempfile.TemporaryDirectory() as top:
    for path in ['a/b/c.py', 'a/b/d.txt', 'a/e.py', 'a/.hid/f.py', '.top.py', 'g.py', 'h/i/j/k.py', 'x[1]/y.py']:
        full = os.path.join(top, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, 'w').close()
    os.symlink('a', os.path.join(top, 'link'))

    def rel(paths):
        return sorted(os.path.relpath(p, top) if os.path.isabs(p) else p for p in paths)

    for p in ['*', '*.py', '*/*.py', '**/*.py', '**', 'a/**', 'a/**/', '**/', 'a/*/', '.*', 'link/*', 'x[[]1]/*', 'x[1]/*', 'nope/*', '', 'a', 'a/', 'a/b/c.py']:
        print(repr(p), rel(glob.glob(os.path.join(top, p))), rel(glob.glob(os.path.join(top, p), recursive=True)),
              rel(glob.glob(os.path.join(top, p), recursive=True, include_hidden=True)))
        print('  root_dir', sorted(glob.glob(p, root_dir=top, recursive=True)))
    fd = os.open(top, os.O_RDONLY)
    try:
        print('dir_fd', sorted(glob.glob('**/*.py', dir_fd=fd, recursive=True)), sorted(glob.glob('a/*', dir_fd=fd)))
    finally:
        os.close(fd)
    print('bytes', sorted(glob.glob(os.fsencode(top) + b'/*.py')) == sorted(os.fsencode(p) for p in glob.glob(top + '/*.py')))
    it = glob.iglob('**', root_dir=top, recursive=True)
    print(type(it).__name__ in ('generator', 'chain'), sorted(it)[:4])
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(sorted(glob.glob1(top, '*.py')), glob.glob0(top, 'g.py'), glob.glob0(top, 'zz'))
        print([str(x.message) for x in w])
