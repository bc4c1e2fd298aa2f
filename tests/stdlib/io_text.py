# TextIOWrapper: newline translation both ways, seek/tell cookies over multibyte
# text (every position, then seeking back to each), encodings with and without a
# BOM, error handlers, reconfigure, line buffering, detach.
import io, os

base = '/tmp/kaa_io_text_%d' % os.getpid()
os.mkdir(base)
p = os.path.join(base, 't.txt')


def attempt(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, '->', type(e).__name__, e)
        return None
    print(what, '->', repr(r))
    return r


raw = b'a\nb\r\nc\rd\r\n\r\ne\n\rf'
with open(p, 'wb') as f:
    f.write(raw)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        print(repr(nl), [l for l in f], repr(f.newlines))
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()), repr(f.newlines))
    with open(p, newline=nl) as f:
        print(repr(nl), [f.readline(2) for _ in range(6)])
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('x\ny\r\nz\r')
    with open(p, 'rb') as f:
        print('write', repr(nl), f.read())

text = 'añb€c\n𝄞d\r\nline2 ü\nlast'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig', 'latin-1', 'ascii']:
    try:
        with open(p, 'w', encoding=enc, errors='replace') as f:
            f.write(text)
    except Exception as e:
        print(enc, type(e).__name__, e)
        continue
    with open(p, 'rb') as f:
        data = f.read()
    print(enc, len(data), data[:12])
    with open(p, encoding=enc) as f:
        cookies = []
        while True:
            cookies.append(f.tell())
            c = f.read(1)
            if not c:
                break
        print(' cookies', cookies)
        back = []
        for ck in cookies:
            f.seek(ck)
            back.append(f.read(2))
        print(' back', back)
        f.seek(0)
        print(' lines', [(f.tell(), l) for l in iter(f.readline, '')])
    with open(p, encoding=enc, newline='') as f:
        f.read(3)
        t = f.tell()
        rest = f.read()
        f.seek(t)
        print(' same', f.read() == rest)

# small chunks: cookies that need bytes to feed and characters to skip
with open(p, 'w', encoding='utf-8') as f:
    f.write('héllo wörld\r\nsecond ünïcode line\rthird\n' * 3)
with open(p, encoding='utf-8') as f:
    f._CHUNK_SIZE = 5
    out = []
    while True:
        t = f.tell()
        s = f.read(3)
        if not s:
            break
        out.append((t, s))
    print(out)
    for t, s in out[::4]:
        f.seek(t)
        print(t, repr(f.read(3)) == repr(s), end='; ')
    print()
with open(p, encoding='utf-8') as f:
    f._CHUNK_SIZE = 7
    print([(f.tell(), f.readline()) for _ in range(4)])
    attempt('chunk 0', lambda: setattr(f, '_CHUNK_SIZE', 0))
    next(f)
    attempt('tell after next', f.tell)
    attempt('seek cur', lambda: f.seek(3, 1))
    attempt('seek end', lambda: f.seek(3, 2))
    attempt('seek whence', lambda: f.seek(0, 3))
    attempt('seek neg', lambda: f.seek(-1))
    print(f.seek(0, 2), repr(f.read()))

# errors on decoding and encoding
with open(p, 'wb') as f:
    f.write(b'ok \xff\xfe bad \xc3( end\n')
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    with open(p, errors=errors) as f:
        attempt('read ' + errors, f.read)
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    with open(p, 'w', encoding='ascii', errors=errors) as f:
        attempt('write ' + errors, lambda: f.write('naïve €'))
    with open(p, 'rb') as f:
        print(' ', f.read())

# reconfigure, line buffering, write_through, detach
f = open(p, 'w+', encoding='utf-8')
print(f.line_buffering, f.write_through, f.encoding, f.errors)
f.reconfigure(line_buffering=True, write_through=True)
print(f.line_buffering, f.write_through)
f.reconfigure(encoding='latin-1', errors='replace', newline='\r\n')
print(f.encoding, f.errors)
f.write('€ and é\n')
f.seek(0)
print(repr(f.read()))
attempt('reconfigure after read', lambda: f.reconfigure(encoding='utf-8'))
attempt('reconfigure bad', lambda: f.reconfigure(newline=5))
f.reconfigure(line_buffering=False)
b = f.detach()
print(type(b).__name__, b.closed)
attempt('after detach', lambda: f.read())
attempt('after detach', lambda: f.encoding)
print(repr(f))
b.close()
attempt('TextIOWrapper bad', lambda: io.TextIOWrapper(io.BytesIO(), encoding='nope'))
attempt('TextIOWrapper bad', lambda: io.TextIOWrapper(io.BytesIO(), newline='x'))
attempt('TextIOWrapper bad', lambda: io.TextIOWrapper(io.BytesIO(), errors=3))
t = io.TextIOWrapper(io.BytesIO(b'abc\ndef'), encoding='ascii')
print(t.readlines(), t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-16')
t.write('hi')
t.write('there')
t.flush()
print(t.buffer.getvalue())
t.seek(0)
print(t.read())
t.close()
attempt('closed text', lambda: t.read())
attempt('closed text', lambda: t.write('x'))
print(repr(t).replace("'", '"'))
w = open(p, 'w')
attempt('read writer', w.read)
attempt('readline writer', w.readline)
w.close()
r = open(p)
attempt('write reader', lambda: r.write('x'))
attempt('write bytes', lambda: open(p, 'a').write(b'x'))
r.close()
os.remove(p)
os.rmdir(base)
# UTF-16 and UTF-32 streams must start with a BOM.
for enc, data in [('utf-16', b'a\x00b\x00'), ('utf-32', b'a\x00\x00\x00'), ('utf-16', b'\xfe\xff\x00a'), ('utf-16', b'a')]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    attempt('bom ' + enc, t.read)
