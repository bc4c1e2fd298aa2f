# Calls every method of the io stream objects (over memory, over a scratch file,
# over raw streams written in Python, closed, detached and never initialised) with
# ill-typed and out-of-range arguments, and the constructors with bad arguments:
# each may raise any exception but SystemError. File descriptors are never given
# as integers, so the test process's own descriptors are left alone.
import io, _io, os

base = '/tmp/kaa_safety_io_%d' % os.getpid()
os.mkdir(base)
p = os.path.join(base, 'f')
with open(p, 'wb') as f:
    f.write('héllo\r\nwörld\n'.encode() * 50)


class Raw(io.RawIOBase):
    def __init__(self, n):
        self.n, self.calls = n, 0

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        # A few answers, then end of file: readall must finish.
        self.calls += 1
        return self.n if self.calls < 4 else 0

    def write(self, b):
        return self.n

    def seek(self, *a):
        return self.n

    def tell(self):
        return self.n


def objects():
    out = [io.BytesIO(b'abc\ndef'), io.StringIO('abc\ndef'), io.StringIO('x', newline=None),
           open(p, 'rb'), open(p, 'r+b'), open(p, 'ab'), open(p, 'rb', buffering=0), open(p),
           open(p, 'r+', encoding='utf-16', errors='replace'), open(p, newline=''), open(p, 'a', newline='\r'),
           io.BufferedReader(Raw(3)), io.BufferedReader(Raw(-1)), io.BufferedReader(Raw(None)),
           io.BufferedWriter(Raw(10**9)), io.BufferedRandom(Raw('x')),
           io.TextIOWrapper(io.BufferedReader(Raw(2)), encoding='latin-1'),
           io.BufferedRWPair(Raw(1), Raw(1)), io.IncrementalNewlineDecoder(None, True),
           io.IncrementalNewlineDecoder(io.IncrementalNewlineDecoder(None, False), False),
           io.IOBase(), io.RawIOBase(), io.BufferedIOBase(), io.TextIOBase()]
    for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper, io.FileIO,
                io.BytesIO, io.StringIO, io.BufferedRWPair, io.IncrementalNewlineDecoder):
        out.append(cls.__new__(cls))
    closed = [open(p, 'rb'), open(p), io.BytesIO(), io.StringIO(), open(p, 'rb', buffering=0)]
    for c in closed:
        c.close()
    detached = [open(p, 'rb'), open(p)]
    for d in detached:
        d.detach()
    return out + closed + detached


args_pool = [(), (1,), ('x',), (None,), (b'x',), (bytearray(3),), (memoryview(bytearray(4)),), (-1,), (-2,),
             (2**70,), (-2**70,), (1.5,), (0, 1), (0, 2), (0, 5), (5, 1), (-1, 1), (1, 2, 3), ([b'a', 'b'],),
             (['a', 'b'],), (object(),), (2**63,), (2**64 + 3,), (2**128 + 2**64 + 1,), (0, -1), ('', 0),
             (b'', 1), ('\r', True), (b'\xff\xfe\x00', False)]
kw_pool = [{}, {'bogus': 1}, {'encoding': 'x'}, {'newline': 'x'}, {'line_buffering': 1}, {'errors': 5}]
skip = {'fileno', '__del__', '__exit__', 'close'}
bad = count = 0
for obj in objects():
    for name in sorted(set(dir(obj))):
        if name in skip or name.startswith('__') and name not in ('__next__', '__iter__', '__enter__', '__getstate__', '__setstate__', '__repr__', '__reduce__'):
            continue
        try:
            m = getattr(obj, name)
        except Exception:
            continue
        if not callable(m):
            continue
        for a in args_pool:
            for k in kw_pool:
                count += 1
                try:
                    m(*a, **k)
                except SystemError as e:
                    bad += 1
                    print('SYSTEMERROR', type(obj).__name__, name, a, k, e)
                except BaseException:
                    pass
    try:
        obj.close()
    except BaseException:
        pass
for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper, io.FileIO, io.BytesIO,
            io.StringIO, io.BufferedRWPair, io.IncrementalNewlineDecoder, io.open, io.open_code, io.text_encoding):
    for a in [(), ('x',), (None,), (b'x',), (1.5,), (object(),), (Raw(1),), (Raw(1), 0), (Raw(1), -5),
              (Raw(1), 2**70), (Raw('x'), 'y'), (io.BytesIO(), 'nope'), (io.BytesIO(), None, 5), (p, 'q'),
              (p, 'r', 'x'), (p, 'rb', 1, 'x'), (p + '\0',), (base,), (p, 'r', -1, 'utf-8', 'strict', 'x')]:
        for k in kw_pool:
            count += 1
            try:
                r = cls(*a, **k)
                if hasattr(r, 'close'):
                    r.close()
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', cls.__name__, a, k, e)
            except BaseException:
                pass
for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.rmdir(base)
print('calls', count, 'system errors', bad)
