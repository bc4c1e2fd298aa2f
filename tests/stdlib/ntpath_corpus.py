# ntpath on a corpus of Windows paths (str and bytes): every string function's
# result or exception, compared with python3.13's.
import itertools
import ntpath
import os

PIECES = ['', 'c:', 'C:', 'c:\\', 'c:/', '\\', '/', '\\\\', '//', 'a', 'B', '.', '..',
          '\\\\server\\share', '//server/share/', '\\\\?\\UNC\\srv\\sh', '\\\\.\\dev',
          '\\\\?\\c:\\x', 'x/y\\z', 'a.b.c', '.bashrc', 'foo..', 'd:\\x\\..\\..\\y',
          '\\\\a', '\\\\a\\', '//?/UNC/s', 'x:y', ' ', 'nul', 'CON.txt', 'a:b', 'com1 ',
          'LPT\xb9', 'foo.', '..\\..\\q', 'a\\.\\b\\', 'A/B/../c', '\\\\conky\\mountpoint\\foo\\bar']
CORPUS = list(PIECES)
for a, b in itertools.product(PIECES[:20], repeat=2):
    CORPUS.append(a + b)
    CORPUS.append(a + '\\' + b)


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    return repr(r)


UNARY = [ntpath.splitroot, ntpath.splitdrive, ntpath.split, ntpath.splitext,
         ntpath.basename, ntpath.dirname, ntpath.normpath, ntpath.isabs,
         ntpath.normcase, ntpath.isreserved]
for p in CORPUS:
    for form in (p, p.encode('utf-8')):
        print(repr(form), ' '.join(show(f, form) for f in UNARY))

for a, b in itertools.product(PIECES[:24], repeat=2):
    print('join', repr(a), repr(b), show(ntpath.join, a, b), show(ntpath.join, a.encode(), b.encode()))
    print('commonpath', repr(a), repr(b), show(ntpath.commonpath, [a, b]))
    if ntpath.isabs(a) and ntpath.isabs(b):
        print('relpath', repr(a), repr(b), show(ntpath.relpath, a, b))

print(show(ntpath.join, 'a', 'b', 'c:d', 'C:e\\', '/f', 'g'))
print(show(ntpath.join, 'a', b'b'), show(ntpath.join, b'a', 'b'), show(ntpath.join, 1))
print(show(ntpath.commonpath, []), show(ntpath.commonpath, ['a', b'b']))
print(show(ntpath.commonpath, ['C:\\a', 'c:/A/b', 'C:\\a\\.\\c']))
print(show(ntpath.commonpath, ['C:\\a', 'a']), show(ntpath.commonpath, ['\\a', 'a']))
print(show(ntpath.commonpath, ['C:\\a', 'D:\\a']))
print(show(ntpath.relpath, ''), show(ntpath.relpath, 'c:\\a', 'd:\\b'))
print(show(ntpath.relpath, b'c:\\a', 'c:\\b'), show(ntpath.relpath, 'c:\\a\\b', 'C:\\A'))
print(show(ntpath.splitroot, 1), show(ntpath.normpath, None))

env = {'foo': 'bar', 'spam': 'eggs', '{foo': 'baz1', '{foo}': 'baz2'}
for k in list(os.environ):
    if k.lower() in ('foo', 'spam') or k.startswith(('USER', 'HOME')):
        del os.environ[k]
os.environ.update(env)
for s in ['foo', '$foo bar', '${foo}bar', '$[foo]bar', '$bar bar', '$?bar', '$foo}bar',
          '${foo', '${{foo}}', '$foo$foo', '$bar$bar', '%foo% bar', '%foo%bar', '%foo%%foo%',
          '%%foo%%foo%foo%', '%?bar%', '%foo%%bar', "'%foo%'%bar", "'%foo%'%foo%", '%',
          '$', '$$', "'unterminated", '%%', '%foo', 'x$', '${}', '%%%', '$-x', "a'b'c$foo"]:
    print('expandvars', repr(s), show(ntpath.expandvars, s), show(ntpath.expandvars, s.encode()))

for setup in [{}, {'USERPROFILE': 'C:\\Users\\eric'}, {'HOMEPATH': '\\Users\\eric'},
              {'HOMEDRIVE': 'D:', 'HOMEPATH': '\\Users\\eric', 'USERNAME': 'eric'},
              {'USERPROFILE': 'C:\\Users\\eric', 'USERNAME': 'eric'},
              {'USERPROFILE': 'C:\\Users\\eric', 'USERNAME': 'idle'}]:
    for k in ('USERPROFILE', 'HOMEPATH', 'HOMEDRIVE', 'USERNAME'):
        os.environ.pop(k, None)
    os.environ.update(setup)
    for s in ['test', '~', '~test', '~\\foo\\bar', '~test\\foo', '~/foo', '~eric/x']:
        print('expanduser', setup, repr(s), show(ntpath.expanduser, s), show(ntpath.expanduser, s.encode()))

here = os.getcwd().replace('/', '\\')
for p in ['C:\\x\\..\\y', 'x\\y', '\\\\srv\\sh\\..\\q', '']:
    r = ntpath.abspath(p)
    print('abspath', repr(p), repr(r.replace(here, '<cwd>')), ntpath.realpath(p) == r)
print(ntpath.ismount('c:\\'), ntpath.ismount('\\\\srv\\sh'), ntpath.ismount('\\\\srv\\sh\\x'), ntpath.ismount('c:\\x'))
print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.defpath, ntpath.devnull, ntpath.curdir, ntpath.pardir, ntpath.extsep)
print(ntpath.supports_unicode_filenames, sorted(ntpath.__all__))
