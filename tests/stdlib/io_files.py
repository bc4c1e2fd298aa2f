# open() in every mode, in a scratch directory: what each mode creates, truncates,
# appends or refuses; the types and attributes of what it returns; the errors
# CPython gives for bad modes and arguments.
import io, os

base = '/tmp/kaa_io_files_%d' % os.getpid()
os.mkdir(base)
p = os.path.join(base, 'f.txt')


def attempt(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, '->', type(e).__name__, str(e).replace(base, 'BASE'))
        return None
    print(what, '->', repr(r).replace(base, 'BASE'))
    return r


def show(f):
    kind = type(f).__name__
    extra = ''
    if isinstance(f, io.TextIOWrapper):
        extra = ' buffer=%s raw=%s enc=%s' % (type(f.buffer).__name__, type(f.buffer.raw).__name__, f.encoding)
    elif hasattr(f, 'raw'):
        extra = ' raw=%s' % type(f.raw).__name__
    print(' ', kind, 'mode', f.mode, 'readable', f.readable(), 'writable', f.writable(),
          'seekable', f.seekable(), extra)


with open(p, 'w') as f:
    show(f)
    print(f.write('one\ntwo\n'))
for mode in ['r', 'rt', 'rb', 'r+', 'r+b', 'rb+', 'w', 'wb', 'w+', 'w+b', 'a', 'ab', 'a+', 'a+b', 'x', 'xb', 'x+']:
    q = os.path.join(base, 'm_' + mode.replace('+', 'p'))
    with open(q, 'w') as f:
        f.write('seed\n')
    if mode.startswith('x'):
        attempt('exists ' + mode, lambda: open(q, mode))
        os.remove(q)
    f = open(q, mode)
    show(f)
    data = 'more\n' if 'b' not in mode else b'more\n'
    if f.writable():
        f.write(data)
    if f.readable():
        f.seek(0)
        print('  read', repr(f.read()))
    print('  tell', f.tell())
    f.close()
    print('  closed', f.closed)
    with open(q, 'rb') as g:
        print('  file', g.read())

print('buffering')
for b in [0, 1, 2, 10, -1, 8192]:
    f = attempt('rb %d' % b, lambda: open(p, 'rb', buffering=b))
    if f:
        print(' ', type(f).__name__, f.read(3))
        f.close()
f = open(p, 'r', buffering=1)
print(f.line_buffering)
f.close()

print('errors')
for args, kw in [((p, 'rw'), {}), ((p, 'rr'), {}), ((p, 'rbt'), {}), ((p, 'U'), {}), ((p, ''), {}),
                 ((p, 'r', 0), {}), ((p, 'rb'), {'encoding': 'utf-8'}), ((p, 'rb'), {'errors': 'strict'}),
                 ((p, 'rb'), {'newline': '\n'}), ((p,), {'newline': 'x'}), ((p,), {'newline': 5}),
                 ((p,), {'encoding': 'no-such'}), ((p,), {'encoding': 5}), ((p,), {'errors': 5}),
                 ((p, 5), {}), ((1.5,), {}), ((p, 'r', 1.5), {}), ((p, 'r', 'x'), {}),
                 ((os.path.join(base, 'nope'),), {}), ((base,), {}), ((base, 'w'), {}),
                 ((p + '\0',), {}), ((p,), {'closefd': False}), ((-1,), {}),
                 ((p, 'w'), {'opener': lambda path, flags: -1}),
                 ((p, 'w'), {'opener': lambda path, flags: 'x'}), ((p,), {'bogus': 1})]:
    shown = repr(args).replace(base, 'BASE') + ' ' + repr(sorted(kw))
    attempt('open' + shown, lambda: open(*args, **kw))

print('opener and descriptors')
fd = os.open(p, os.O_RDONLY)
f = open(fd, 'rb', closefd=False)
print(f.read(), f.name == fd, f.raw.closefd)
f.close()
print(os.read(fd, 3))
os.close(fd)
f = open(p, 'r', opener=lambda path, flags: os.open(path, flags))
print(f.read())
f.close()
print(repr(io.open_code(p).read()))
attempt('open_code bytes', lambda: io.open_code(p.encode()))
print(io.text_encoding(None), io.text_encoding('latin-1'))
raw = io.FileIO(p)
print(raw.mode, raw.closefd, raw.readable(), raw.writable(), raw.seekable(), raw.isatty(), raw.read(4), raw.readall())
raw.close()
print(repr(raw), raw.closed)
for m in ['read', 'readall', 'tell', 'fileno', 'seekable', 'readable', 'writable', 'isatty']:
    attempt('closed FileIO ' + m, getattr(raw, m))
attempt('FileIO mode', lambda: io.FileIO(p, 'rw'))
attempt('FileIO mode', lambda: io.FileIO(p, 'rt'))
attempt('FileIO mode', lambda: io.FileIO(p, 1))
attempt('FileIO fd', lambda: io.FileIO(-5))
w = io.FileIO(p, 'w')
attempt('FileIO read', lambda: w.read())
attempt('FileIO write str', lambda: w.write('s'))
print(w.write(b'abc'), w.truncate(), w.tell(), w.seek(0, 2), w.truncate(1), w.seek(0, 2))
w.close()
with open(p, 'rb') as f:
    print(f.read())
os.remove(p)
for n in sorted(os.listdir(base)):
    os.remove(os.path.join(base, n))
os.rmdir(base)
