# pathlib's pure paths: parsing, properties, derived paths, comparisons and
# errors, for both flavours, on a corpus of path strings.
import itertools
import os
import copy
import warnings
from pathlib import (PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath,
                     WindowsPath, UnsupportedOperation)


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    if isinstance(r, (map, filter)) or type(r).__name__ == '_PathParents':
        r = list(r)
    return repr(r)


CORPUS = ['', '.', '..', '/', '//', '///', 'a', 'a/b', 'a//b', 'a/./b', 'a/../b', '/a/b/',
          '//a/b', '///a/b', 'a/b.txt', 'a/.hidden', 'a/b.tar.gz', 'a/b.', 'a/b..', 'x/.tar.gz',
          'c:', 'c:/', 'c:a', 'C:/a/b', 'c:\\a\\b', '\\\\srv\\share', '\\\\srv\\share\\x',
          '//srv/share/', '\\\\?\\c:\\x', '\\\\.\\dev\\x', '\\\\?\\UNC\\srv\\share\\y',
          '\\a', 'a\\b', 'nul', 'a/con.txt', 'a/b ', '~', '~/x', '~user/y', 'd:x/..', '\\\\a']

for cls in (PurePosixPath, PureWindowsPath):
    print('==', cls.__name__)
    for s in CORPUS:
        p = cls(s)
        print(repr(s), repr(p), str(p), p.as_posix(), repr(p.drive), repr(p.root),
              repr(p.anchor), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes,
              repr(p.parent), len(p.parents), show(lambda: p.parents[-1]),
              p.is_absolute(), show(p.as_uri), hash(p) == hash(cls(str(p))),
              show(p.with_name, 'n.x'), show(p.with_stem, 'st'), show(p.with_suffix, '.s'),
              show(p.with_suffix, ''), show(p.with_stem, ''), bytes(p) if cls is PurePosixPath else '',
              os.fspath(p), show(p.match, '*'), show(p.full_match, '**'))
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print('  reserved', show(p.is_reserved), [str(x.message) for x in w],
                  [x.category.__name__ for x in w])

    p = cls('/a/b/c/d')
    print(list(p.parents), p.parents[0], p.parents[-1], p.parents[-4], p.parents[1:],
          p.parents[::-1], p.parents[::2], p.parents[-2:], repr(p.parents), len(p.parents))
    for i in (4, -5, 'x', 1.5, None):
        print('parents', repr(i), show(lambda: p.parents[i]))
    for bad in ('', '.', 'a/b', '/', 'a\\b', 'c:', None):
        print('with_name', repr(bad), show(p.with_name, bad))
    for bad in ('x', '.', '..x', '.a.b', './x', '.x/y', 'x.', None, 1):
        print('with_suffix', repr(bad), show(p.with_suffix, bad))
    print(show(cls('').with_name, 'x'), show(cls('/').with_suffix, '.x'),
          show(cls('a.x').with_stem, ''), show(cls('x').with_stem, ''), show(cls('.x').with_stem, 'y'))
    for a, b in itertools.product(['/a/b', '/a', '/', 'a/b', 'a', '', '/a/b/c', '/x/y', 'c:/a', '//s/h/a', '/a/../b'], repeat=2):
        print('rel', repr(a), repr(b), show(cls(a).relative_to, b),
              show(cls(a).relative_to, b, walk_up=True), show(cls(a).is_relative_to, b))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(show(cls('/a/b/c').relative_to, '/a', 'b'), show(cls('/a/b/c').is_relative_to, '/a', 'b'))
        print([str(x.message) for x in w])
    print(show(cls('a').relative_to, 1), show(cls('a').relative_to))
    print(repr(cls('a') / 'b'), repr('x' / cls('a')), repr(cls('a') / cls('/b')),
          repr(cls('a').joinpath('b', 'c', '/d', 'e')), repr(cls('a') / PurePosixPath('b')),
          repr(cls('a') / PureWindowsPath('b\\c')))
    print(show(lambda: cls('a') / 1), show(lambda: 1 / cls('a')), show(cls, 1), show(cls, b'a'),
          show(cls, 'a', None))

    class P:
        def __fspath__(self):
            return 'from/fspath'
    print(repr(cls(P())), repr(cls('x') / P()), repr(cls('x', P(), 'y')))
    print(cls('a') == cls('a'), cls('a') == cls('A'), cls('a') == 'a', cls('a/b') < cls('a/c'),
          cls('a') < cls('a/b'), cls('B') < cls('a'), sorted([cls('b'), cls('A'), cls('a/b'), cls('/')]),
          cls('a') != cls('a/'), cls('a') == cls('./a'))
    print(show(lambda: cls('a') < 'b'), show(lambda: cls('a') < PurePosixPath('b') if cls is PureWindowsPath else cls('a') < PureWindowsPath('b')))
    print(cls('a') == (PurePosixPath('a') if cls is PureWindowsPath else PureWindowsPath('a')))
    for pat, path, kw in [('*.py', 'a/b.py', {}), ('b/*.py', 'a/b/c.py', {}), ('/*.py', '/a.py', {}),
                          ('/*.py', '/b/a.py', {}), ('*.PY', 'a.py', {}), ('*.PY', 'a.py', {'case_sensitive': True}),
                          ('*.PY', 'a.py', {'case_sensitive': False}), ('**/*.py', 'a/b.py', {}),
                          ('a/**', 'a/b/c', {}), ('**', '', {}), ('', 'a', {}), ('a/*/c', 'a/b/c', {}),
                          ('*', '/', {}), ('[ab]?', 'bx', {}), ('[!a]', 'a', {}), ('a/**/c', 'a/c', {}),
                          ('a/**/c', 'a/x/y/c', {}), ('**/a', 'a', {}), ('*', '', {}), ('**/', 'a/', {}),
                          ('.', '.', {}), ('c:*', 'c:x', {}), ('C:/A/*', 'c:/a/b', {})]:
        print('match', repr(pat), repr(path), kw, show(cls(path).match, pat, **kw),
              show(cls(path).full_match, pat, **kw))
    print(copy.deepcopy(cls('/a/b')) == cls('/a/b'), cls('a', 'b').__reduce__(),
          type(copy.deepcopy(cls('x'))).__name__)

print(type(PurePath('a')).__name__, type(Path('a')).__name__, isinstance(PurePath('a'), os.PathLike))
print(PurePosixPath(PureWindowsPath('a\\b/c')), PureWindowsPath(PurePosixPath('a/b\\c')))
print(show(WindowsPath, 'a'), show(Path, 'a', b=1))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(Path('a', foo=1)), [(x.category.__name__, str(x.message)) for x in w])
print(repr(UnsupportedOperation('x')), UnsupportedOperation.__mro__)
for uri in ['file:///a/b', 'file://localhost/a/b', 'file:////srv/share', 'file:///c:/x', 'file:/a%20b',
            'file:a', 'http://x', 'file:///%E2%82%AC%zz%4', 'file://h/x', 'file:///c|/x', 'file:']:
    print('from_uri', repr(uri), show(Path.from_uri, uri))
for p in ['/a b/€/%', '/x?#', PureWindowsPath('c:/a b/c'), PureWindowsPath('//srv/sh/a b')]:
    print('as_uri', repr(p), show(PurePosixPath(p).as_uri if isinstance(p, str) else p.as_uri))
print(PurePath('a/b').with_segments('x', 'y'), PurePosixPath('/a')._raw_paths if hasattr(PurePosixPath('/a'), '_raw_paths') else '')
# bytes are refused everywhere
for f in [lambda: PurePosixPath(b'a'), lambda: PurePosixPath('a') / b'b', lambda: b'a' / PurePosixPath('b'),
          lambda: PurePosixPath('a').match(b'b'), lambda: PurePosixPath('a').relative_to(b'b'),
          lambda: PurePosixPath('a').with_name(b'b'), lambda: PurePosixPath('a').with_stem(b'b'),
          lambda: PurePosixPath('a').with_suffix(b'b'), lambda: PureWindowsPath('a').with_stem(b'b')]:
    print('bytes', show(f))
# Path documents its methods as PathBase does
import pathlib._abc
print([n for n in dir(Path) if n[0] != '_' and n not in ('is_reserved', 'parser')
       and getattr(Path, n).__doc__ != getattr(pathlib._abc.PathBase, n).__doc__])
print(sorted(set(n for n in dir(Path) if n[0] != '_') ^ set(n for n in dir(pathlib._abc.PathBase) if n[0] != '_')))
