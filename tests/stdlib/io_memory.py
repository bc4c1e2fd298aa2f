# StringIO and BytesIO: newline modes, positions past the end, truncation,
# getbuffer views, pickling state, iteration, subclasses, closed streams.
import io


def attempt(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, '->', type(e).__name__, e)
        return None
    print(what, '->', repr(r))
    return r


for nl in ['\n', None, '', '\r', '\r\n']:
    s = io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s.write('\nx\r\ny')
    print('  ', repr(s.getvalue()), repr(s.newlines), s.tell())
s = io.StringIO()
print(s.write('héllo 𝄞'), s.tell(), s.seek(2), s.read(3), s.seek(20), s.write('!'), repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell(), s.seek(0, 2), s.seek(0, 1))
attempt('seek neg', lambda: s.seek(-1))
attempt('seek cur', lambda: s.seek(1, 1))
attempt('seek whence', lambda: s.seek(0, 5))
attempt('truncate neg', lambda: s.truncate(-1))
attempt('write bytes', lambda: s.write(b'x'))
attempt('newline bad', lambda: io.StringIO(newline='x'))
attempt('newline type', lambda: io.StringIO(newline=1))
attempt('initial type', lambda: io.StringIO(b'x'))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors)
st = io.StringIO('one\ntwo', newline='\r\n')
print(repr(st.getvalue()), st.__getstate__()[1:3])
r = io.StringIO()
r.__setstate__(('restored\n', None, 3, {'k': 1}))
print(repr(r.read()), r.k)
s.close()
for m in ['read', 'readline', 'getvalue', 'tell', 'readable', 'seekable', 'writable', 'isatty', 'flush']:
    attempt('closed ' + m, getattr(s, m))
attempt('closed write', lambda: s.write('x'))
attempt('closed iter', lambda: iter(s))
print(s.closed)

b = io.BytesIO(b'0123456789\nabc\n')
print(b.read(3), b.read1(2), b.readline(), b.tell(), list(b), b.read())
print(b.seek(-3, 2), b.read(), b.seek(20), b.write(b'Z'), b.getvalue())
print(b.seek(1), b.truncate(), b.getvalue(), b.truncate(0), b.getvalue(), b.tell())
b = io.BytesIO(bytearray(b'view me'))
v = b.getbuffer()
v[0] = ord('V')
print(bytes(v), b.getvalue(), len(v))
del v
ba = bytearray(4)
b.seek(0)
print(b.readinto(ba), ba, b.readinto(memoryview(ba)[1:3]), ba)
print(b.readlines(), b.seek(0), b.readlines(5), b.writelines([b'x', bytearray(b'y')]), b.getvalue())
print(b.__getstate__()[:2])
attempt('write str', lambda: b.write('s'))
attempt('readinto bytes', lambda: b.readinto(b'x'))
attempt('seek neg', lambda: b.seek(-1))
attempt('seek whence', lambda: b.seek(0, 3))
attempt('init str', lambda: io.BytesIO('x'))
b.close()
for m in ['read', 'getvalue', 'getbuffer', 'tell', 'flush', 'isatty', 'readable']:
    attempt('closed ' + m, getattr(b, m))
print(b.closed, iter(b) is b)


class Lines(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(Lines('a\nb\n')), isinstance(Lines(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
