# Buffered streams over files and over raw streams written in Python: read, read1,
# peek, readinto, readline, seek inside and outside the buffer, interleaved reads
# and writes (BufferedRandom), BufferedRWPair, subclasses, TextIOWrapper over a
# Python raw object, closed and detached streams.
import io, os

base = '/tmp/kaa_io_buf_%d' % os.getpid()
os.mkdir(base)
p = os.path.join(base, 'b.bin')
data = bytes(range(256)) * 4 + b'line one\nline two\r\nlast'
with open(p, 'wb') as f:
    f.write(data)


def attempt(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, '->', type(e).__name__, e)
        return None
    print(what, '->', repr(r))
    return r


f = open(p, 'rb', buffering=16)
print(f.raw._blksize > 0, f.peek()[:4], f.read(3), f.tell(), f.read1(5), f.tell(), f.read1(100)[:3], f.tell())
print(f.seek(5), f.read(2), f.seek(-3, 1), f.read(3), f.seek(-4, 2), f.read(), f.tell())
print(f.seek(1000), f.readline(), f.readline(4), f.readline(), f.readline(), f.readline())
b = bytearray(10)
f.seek(0)
print(f.readinto(b), b, f.readinto1(memoryview(b)[2:5]), b, f.tell())
print(f.read(0), f.read1(0), len(f.read(-1)), f.read(), f.peek(), f.read1())
print(f.seekable(), f.readable(), f.writable(), f.isatty(), f.fileno() > 2, f.closed, f.name == p, f.mode)
attempt('read -2', lambda: f.read(-2))
attempt('read str', lambda: f.read('x'))
attempt('seek whence', lambda: f.seek(0, 9))
attempt('seek float', lambda: f.seek(1.5))
attempt('readinto bytes', lambda: f.readinto(b'xx'))
attempt('write', lambda: f.write(b'x'))
f.close()
for m in ['read', 'read1', 'peek', 'readline', 'tell', 'flush', 'fileno', 'isatty', 'seekable']:
    attempt('closed ' + m, getattr(f, m))
attempt('closed seek', lambda: f.seek(0))
attempt('closed iter', lambda: iter(f))

r = open(p, 'r+b')
print(type(r).__name__, r.read(4), r.write(b'XY'), r.tell(), r.read(2), r.seek(0), r.read(8))
r.seek(0, 2)
r.write(b'\nappended')
r.flush()
r.seek(-8, 2)
print(r.read(), r.truncate(1030), r.seek(0, 2), r.tell())
raw = r.detach()
print(type(raw).__name__, raw.closed)
attempt('detached read', r.read)
attempt('detached raw', lambda: r.raw)
print(repr(r))
raw.close()

w = open(p, 'wb')
print(w.write(b'abc'), w.write(bytearray(b'de')), w.write(memoryview(b'fgh')[1:]), w.tell())
attempt('write str', lambda: w.write('s'))
attempt('read on writer', lambda: w.read())
w.close()
attempt('closed write', lambda: w.write(b'x'))
with open(p, 'rb') as f:
    print(f.read())


class Chunky(io.RawIOBase):
    """A raw stream that hands out at most three bytes a read."""

    def __init__(self, data):
        self.data, self.pos, self.calls = data, 0, 0

    def readable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def seek(self, off, whence=0):
        self.pos = [off, self.pos + off, len(self.data) + off][whence]
        return self.pos

    def tell(self):
        return self.pos


c = Chunky(b'hello\nworld\n')
print(c.read(4), c.read(), c.read(), c.readable(), c.writable(), c.seekable(), c.closed)
c = Chunky(b'hello\nworld\nagain')
br = io.BufferedReader(c, 4)
print(br.read(7), br.peek(), br.readline(), br.read(), c.calls)
print(list(io.BufferedReader(Chunky(b'a\nbb\nccc'))))
t = io.TextIOWrapper(io.BufferedReader(Chunky('ünïcödé\nzwei\r\ndrei'.encode())), encoding='utf-8')
print(t.readline(), t.tell(), t.read(2), t.tell(), t.readlines())
print(isinstance(c, io.RawIOBase), isinstance(br, io.BufferedIOBase), isinstance(t, io.TextIOBase), isinstance(t, io.IOBase))
c.close()
print(c.closed)
attempt('closed raw read', lambda: c.read(1))


class Collect(io.RawIOBase):
    def __init__(self):
        self.got = []

    def writable(self):
        return True

    def write(self, b):
        self.got.append(bytes(b))
        return len(b)


sink = Collect()
bw = io.BufferedWriter(sink)
bw.write(b'one')
bw.write(b'two')
bw.flush()
print(b''.join(sink.got))
pair = io.BufferedRWPair(io.BufferedReader(Chunky(b'from the reader')), Collect())
print(pair.read(4), pair.peek()[:2], pair.read1(3), pair.readable(), pair.writable(), pair.write(b'xyz'), pair.closed)
pair.close()
print(pair.closed)
attempt('BufferedReader bad size', lambda: io.BufferedReader(Chunky(b''), 0))
attempt('BufferedReader not readable', lambda: io.BufferedReader(Collect()))
attempt('BufferedWriter not writable', lambda: io.BufferedWriter(Chunky(b'')))
attempt('BufferedReader int', lambda: io.BufferedReader(5))
u = io.BufferedReader.__new__(io.BufferedReader)
attempt('uninitialised', lambda: u.read())
print(repr(u))


class Upper(io.BufferedReader):
    def read(self, n=-1):
        return super().read(n).upper()


with Upper(io.FileIO(p)) as up:
    print(up.read(3), up.read(), repr(up).startswith('<Upper'))
base_io = io.IOBase()
print(base_io.readable(), base_io.writable(), base_io.seekable(), base_io.closed)
attempt('IOBase seek', lambda: base_io.seek(0))
attempt('IOBase fileno', base_io.fileno)
attempt('IOBase tell', base_io.tell)
attempt('IOBase read', lambda: io.RawIOBase().read(2))
attempt('BufferedIOBase read', lambda: io.BufferedIOBase().read())
attempt('TextIOBase read', lambda: io.TextIOBase().read())
print(io.TextIOBase().encoding, io.TextIOBase().newlines)
base_io.close()
print(base_io.closed)
attempt('closed IOBase', lambda: base_io.flush())
os.remove(p)
os.rmdir(base)
