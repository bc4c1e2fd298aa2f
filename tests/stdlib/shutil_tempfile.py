# shutil and tempfile: copies of data and metadata, trees with ignores and
# links, moves, rmtree with error handlers, which, archives' registry,
# temporary files of every kind, and the errors of each.
import io
import os
import shutil
import stat
import sys
import tempfile

top = tempfile.mkdtemp(prefix='kaa-', suffix='-t')
print(os.path.basename(top).startswith('kaa-'), top.endswith('-t'), oct(stat.S_IMODE(os.stat(top).st_mode)))


def rel(p):
    return os.path.relpath(p, top)


def tree(root):
    out = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            full = os.path.join(folder, f)
            kind = 'L' if os.path.islink(full) else 'F'
            out.append(kind + ':' + os.path.relpath(full, root))
    return out


src = os.path.join(top, 'src')
os.makedirs(os.path.join(src, 'sub', 'deep'))
for name, data in [('a.txt', 'alpha'), ('b.py', 'print(1)'), ('sub/c.txt', 'gamma'), ('sub/deep/d.log', 'delta')]:
    with open(os.path.join(src, name), 'w') as f:
        f.write(data)
os.chmod(os.path.join(src, 'b.py'), 0o751)
os.utime(os.path.join(src, 'a.txt'), (1000000, 2000000))
os.symlink('a.txt', os.path.join(src, 'link'))
os.symlink('missing', os.path.join(src, 'dangling'))

# copyfileobj, copyfile, copy, copy2, copymode, copystat
buf = io.BytesIO()
shutil.copyfileobj(io.BytesIO(b'x' * 100000), buf, 7)
print(len(buf.getvalue()))
dst = os.path.join(top, 'copy.txt')
print(rel(shutil.copyfile(os.path.join(src, 'a.txt'), dst)), open(dst).read())
print(rel(shutil.copy(os.path.join(src, 'b.py'), top)), oct(stat.S_IMODE(os.stat(os.path.join(top, 'b.py')).st_mode)))
c2 = shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(top, 'c2.txt'))
print(rel(c2), os.stat(c2).st_mtime == 2000000)
shutil.copymode(os.path.join(src, 'b.py'), dst)
print(oct(stat.S_IMODE(os.stat(dst).st_mode)))
shutil.copystat(os.path.join(src, 'a.txt'), dst)
print(os.stat(dst).st_mtime, oct(stat.S_IMODE(os.stat(dst).st_mode)))
print(rel(shutil.copyfile(os.path.join(src, 'link'), os.path.join(top, 'l2'), follow_symlinks=False)), os.readlink(os.path.join(top, 'l2')))

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r if not isinstance(r, str) else rel(r))
    except Exception as e:
        print(type(e).__name__, str(e).replace(top, 'TOP'))

err(shutil.copyfile, dst, dst)
err(shutil.copyfile, os.path.join(top, 'nope'), dst)
err(shutil.copyfile, dst, os.path.join(top, 'no', 'dir', 'x'))
os.mkfifo(os.path.join(top, 'fifo'))
err(shutil.copyfile, os.path.join(top, 'fifo'), os.path.join(top, 'f2'))
err(shutil.copy, dst, os.path.join(top, 'src'))

# copytree
for kw in [{}, {'symlinks': True}, {'ignore': shutil.ignore_patterns('*.log', 'c*')}, {'ignore_dangling_symlinks': True},
           {'copy_function': shutil.copy}, {'dirs_exist_ok': True}]:
    target = os.path.join(top, 'tree')
    if 'dirs_exist_ok' not in kw:
        shutil.rmtree(target, ignore_errors=True)
    try:
        print(kw.keys(), rel(shutil.copytree(src, target, **kw)), tree(target))
    except shutil.Error as e:
        print(kw.keys(), 'Error', [(rel(a), rel(b), m.replace(top, 'TOP')) for a, b, m in e.args[0]])
err(shutil.copytree, src, os.path.join(top, 'tree'))
print(shutil.ignore_patterns('*.py')('x', ['a.py', 'b.c']))

# move
m1 = os.path.join(top, 'moved.txt')
print(rel(shutil.move(dst, m1)), os.path.exists(dst))
os.mkdir(os.path.join(top, 'box'))
print(rel(shutil.move(m1, os.path.join(top, 'box'))))
open(m1, 'w').close()
err(shutil.move, m1, os.path.join(top, 'box'))
print(rel(shutil.move(os.path.join(top, 'tree'), os.path.join(top, 'tree2'))))
err(shutil.move, os.path.join(top, 'tree2'), os.path.join(top, 'tree2', 'inner'))

# rmtree
calls = []
shutil.rmtree(os.path.join(top, 'nothing'), onexc=lambda f, p, e: calls.append((f.__name__, rel(p), type(e).__name__)))
shutil.rmtree(os.path.join(top, 'nothing'), onerror=lambda f, p, e: calls.append((f.__name__, rel(p), e[0].__name__)))
shutil.rmtree(os.path.join(top, 'nothing'), ignore_errors=True)
print(calls)
err(shutil.rmtree, os.path.join(top, 'nothing'))
err(shutil.rmtree, os.path.join(src, 'link'))
shutil.rmtree(os.path.join(top, 'tree2'))
print(os.path.exists(os.path.join(top, 'tree2')), shutil.rmtree.avoids_symlink_attacks)

# which, disk_usage, chown, get_terminal_size
bindir = os.path.join(top, 'bin')
os.mkdir(bindir)
prog = os.path.join(bindir, 'myprog')
open(prog, 'w').close()
print(shutil.which('myprog', path=bindir), shutil.which('myprog', path=bindir + os.pathsep + bindir))
os.chmod(prog, 0o755)
print(rel(shutil.which('myprog', path=bindir)), rel(shutil.which(prog)), shutil.which('myprog', path=''),
      rel(shutil.which(b'myprog', path=os.fsencode(bindir)).decode()), shutil.which('myprog', mode=os.F_OK, path=bindir) is not None)
u = shutil.disk_usage(top)
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0)
err(shutil.chown, prog)
err(shutil.chown, prog, user='no-such-user-kaa')
err(shutil.chown, prog, group='no-such-group-kaa')
os.environ['COLUMNS'], os.environ['LINES'] = '101', '33'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'x'
print(shutil.get_terminal_size((7, 9)).columns in (7,) or True)

# archive registry (formats themselves need zlib/tarfile)
print('tar' in [n for n, d in shutil.get_archive_formats()], [n for n, e, d in shutil.get_unpack_formats()][-1:])
shutil.register_archive_format('mine', lambda b, d, **k: b + '.mine', [('x', 1)], 'my format')
print(('mine', 'my format') in shutil.get_archive_formats())
shutil.unregister_archive_format('mine')
err(shutil.register_archive_format, 'bad', 5)
err(shutil.register_archive_format, 'bad', print, 5)
err(shutil.register_archive_format, 'bad', print, [(1,)])
err(shutil.register_unpack_format, 'dup', ['.tar'], print)
err(shutil.register_unpack_format, 'bad', ['.bad'], 5)
err(shutil.make_archive, 'x', 'nope')
err(shutil.unpack_archive, 'x.unknown')
err(shutil.unpack_archive, 'x.tar', format='nope')
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error), shutil.COPY_BUFSIZE)

# tempfile
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX > 0)
print(tempfile.gettempdir() == os.fsdecode(tempfile.gettempdirb()), tempfile.tempdir is not None)
fd, name = tempfile.mkstemp(suffix='.dat', prefix='p_', dir=top)
os.write(fd, b'hello')
os.close(fd)
print(os.path.basename(name)[:2], name.endswith('.dat'), len(os.path.basename(name)), oct(stat.S_IMODE(os.stat(name).st_mode)))
fd, bname = tempfile.mkstemp(dir=os.fsencode(top))
os.close(fd)
print(type(bname).__name__)
err(tempfile.mkstemp, prefix=b'x', suffix='y')
try:
    tempfile.mkdtemp(dir=os.path.join(top, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(len(os.path.basename(tempfile.mktemp(dir=top))))
with tempfile.NamedTemporaryFile('w+', dir=top, suffix='.txt') as f:
    f.write('named')
    f.seek(0)
    print(f.read(), os.path.exists(f.name), f.name.endswith('.txt'), f.closed, list(f) == [])
    fname = f.name
print(os.path.exists(fname))
f = tempfile.NamedTemporaryFile(dir=top, delete=False)
f.write(b'kept')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
f = tempfile.NamedTemporaryFile(dir=top, delete_on_close=False)
f.close()
print(os.path.exists(f.name))
del f
with tempfile.TemporaryFile(dir=top) as t:
    t.write(b'anon data')
    t.seek(0)
    print(t.read(), isinstance(t.name, int), t.mode)
with tempfile.TemporaryFile('w+', dir=top, encoding='utf-8') as t:
    t.write('text')
    t.seek(0)
    print(t.read())
s = tempfile.SpooledTemporaryFile(max_size=10, dir=top)
s.write(b'12345')
print(s._rolled, s.tell(), s.name, s.mode)
s.write(b'678901')
print(s._rolled, s.tell(), s.mode, isinstance(s.name, int))
s.seek(0)
print(s.read(), s.closed)
s.close()
print(s.closed)
s = tempfile.SpooledTemporaryFile(mode='w+', encoding='utf-8', newline='')
s.write('line1\nline2\n')
s.seek(0)
print(list(s), s.encoding, s.errors, s.newlines)
s.rollover()
s.seek(0)
print(s.readline(), s._rolled)
s.truncate(3)
s.seek(0)
print(repr(s.read()))
s.close()
with tempfile.SpooledTemporaryFile() as s:
    s.write(b'abc')
    s.fileno()
    print(s._rolled)
err(tempfile.SpooledTemporaryFile().__class__.__enter__, (lambda x: (x.close(), x)[1])(tempfile.SpooledTemporaryFile()))
with tempfile.TemporaryDirectory(dir=top, prefix='td_') as d:
    print(os.path.isdir(d), os.path.basename(d)[:3])
    open(os.path.join(d, 'f'), 'w').close()
    os.mkdir(os.path.join(d, 'ro'))
    open(os.path.join(d, 'ro', 'x'), 'w').close()
    os.chmod(os.path.join(d, 'ro'), 0o500)
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=top, delete=False)
with td as d:
    pass
print(os.path.exists(d), repr(td).startswith('<TemporaryDirectory '))
td.cleanup()
print(os.path.exists(d))
print(tempfile.TemporaryDirectory[int], tempfile.SpooledTemporaryFile[str])
print(sorted(tempfile.__all__))
shutil.rmtree(top)
print(os.path.exists(top))
