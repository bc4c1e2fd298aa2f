# gzip: reading files made by CPython's gzip (embedded below: a member with a
# file name written in two flushes, a second member from gzip.compress, and a
# hand-made header using FEXTRA, FNAME, FCOMMENT and FHCRC), round trips through
# GzipFile, open() in binary and text modes, seeking, and the errors.
import base64, gzip, io, os, tempfile, zlib

TEXT = b''.join(b'record %04d: gzip sample payload\n' % i for i in range(200))
ONE = base64.b64decode(
    'H4sICADxU2UC/3NhbXBsZS50eHQAhNA7TgNBEEDBnFPsEej59LS5zQpbCMnIqyWC00NEhFQvflGdt9fHed2ef3vZ3r'
    '7fj+1z/zjut+3Yv+6P/fp0/g2hoWnoGoaGqSE1LA2l4YIhJBmSDEmGJEOSIcmQZEgyJBmSbJJskmySbJJskmySbJJs'
    'kmySbJLskuyS7JLskuyS7JLskuyS7JLskhySHJIckhySHJIckhySHJIckhySnJKckpySnJKckpySnJKckpySnJJMSa'
    'YkU5IpyZRkSjIlmZJMSaYklySXJJcklySXJJcklySXJJcklyRLkiXJkmRJsiRZkixJliRLkiXJy3+SPwAAAP//hdeh'
    'EQAwEMOwmQyz/2LFD3riRmY6gU5OJ6eT08np5HRyOjmdHE4m4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4y'
    'TjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTj'
    'JOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJO'
    'Mk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOMk4yTjJOP0M84DvXUknMgZAAA='
)
TWO = base64.b64decode(
    'H4sIADkwAAAE/ytOTc7PS1HITc1NSi3iAgA2GEsODgAAAA=='
)
THREE = base64.b64decode(
    'H4sIHmMAAAAAAwQAYWJjZG5hbWUAY29tbWVudACUK0vLSUwvVihJLS7hAgB3OLyuCwAAAA=='
)


def exc(f):
    try:
        f()
    except Exception as e:
        return e


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


print(gzip.decompress(ONE) == TEXT, gzip.decompress(TWO), gzip.decompress(THREE))
print(gzip.decompress(ONE + TWO + b'\0\0\0\0' + THREE) == TEXT + b'second member\nflags test\n')
print(ONE[:4], ONE[4:8], ONE[9], ONE[10:21])

# Reading through GzipFile: whole, in pieces, lines, mtime, seek/tell.
with gzip.GzipFile(fileobj=io.BytesIO(ONE + TWO)) as f:
    print(f.mode, f.name, f.mtime, f.readable(), f.writable(), f.seekable())
    print(f.read(10), f.tell(), f.mtime)
    print(f.readline(), f.peek(5)[:5], f.read1(7))
    print(f.seek(100), f.read(8), f.seek(-5, io.SEEK_CUR), f.read(5))
    rest = f.read()
    print(len(rest), rest[-14:], f.mtime, f.tell())
    f.rewind()
    print(sum(1 for _ in f), f.read())
show('read after close', lambda: f.read())
print(f.closed)
with gzip.GzipFile(fileobj=io.BytesIO(THREE)) as f:
    print(f.readlines(), f.mtime)

# Writing and reading back: modes, levels, mtime, names, text mode.
for level in (0, 1, 6, 9):
    buf = io.BytesIO()
    with gzip.GzipFile('name.gz', 'wb', level, buf, mtime=0) as f:
        print(level, f.write(TEXT), f.write(memoryview(b'mv')), f.tell(), f.mode, f.name)
    data = buf.getvalue()
    print(data[:4], data[4:10], data[10:15], gzip.decompress(data) == TEXT + b'mv')
data = gzip.compress(TEXT, mtime=5)
print(data[:10], gzip.decompress(data) == TEXT)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'file.txt.gz')
    with gzip.open(p, 'wt', encoding='utf-8', newline='') as f:
        f.write('h\u00e9llo\r\nw\u00f6rld\n')
    with gzip.open(p, 'rt', encoding='utf-8') as f:
        print(repr(f.read()))
    with gzip.open(p, 'rb') as f:
        print(f.read(), os.path.basename(f.name))
    with gzip.open(p, 'ab') as f:
        f.write(b'appended\n')
    with gzip.open(p) as f:
        print(f.read())
    with open(p, 'rb') as raw:
        print(raw.read()[3], b'file.txt\x00' in open(p, 'rb').read())
    print('x mode', type(exc(lambda: gzip.open(p, 'x'))).__name__)
    w = gzip.GzipFile(p, 'w', mtime=0)
    w.write(b'abc')
    w.seek(10)
    print(w.tell())
    show('negative seek', lambda: w.seek(2))
    show('seek end', lambda: w.seek(0, 2))
    show('read on write', lambda: w.read())
    w.close()
    with gzip.open(p) as f:
        print(f.read())
        show('write on read', lambda: f.write(b'x'))
    with open(p, 'rb') as raw, gzip.GzipFile(fileobj=raw) as f:
        print(f.read(), f.name == p)
buf = io.BytesIO()
f = gzip.GzipFile(fileobj=buf, mode='w', mtime=0)
f.write(b'one')
f.flush(zlib.Z_FULL_FLUSH)
f.write(b'two')
f.close()
f.close()
print(gzip.decompress(buf.getvalue()), f.closed)

# Errors.
show('not gzip', lambda: gzip.decompress(b'plain text here'))
show('bad method', lambda: gzip.decompress(b'\x1f\x8b\x07' + ONE[3:]))
show('truncated', lambda: gzip.decompress(ONE[:-20]))
show('short header', lambda: gzip.decompress(ONE[:6]))
show('bad crc', lambda: gzip.decompress(TWO[:-8] + b'\0\0\0\0' + TWO[-4:]))
show('bad size', lambda: gzip.decompress(TWO[:-4] + b'\x99\0\0\0'))
show('corrupt body', lambda: gzip.decompress(TWO[:10] + b'\xff' * 6 + TWO[16:]))
show('empty', lambda: gzip.decompress(b''))
show('trailing junk', lambda: gzip.decompress(TWO + b'junk'))
for label, blob in [('file not gzip', b'plain text here'), ('file truncated', ONE[:-20]),
                    ('file bad crc', TWO[:-8] + b'\0\0\0\0' + TWO[-4:]), ('file trailing', TWO + b'\x1f\x8bxx')]:
    show(label, lambda: gzip.GzipFile(fileobj=io.BytesIO(blob)).read())
show('mode t', lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rt'))
show('mode z', lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z'))
show('open tb', lambda: gzip.open(io.BytesIO(), 'tb'))
show('open encoding', lambda: gzip.open(io.BytesIO(), 'rb', encoding='utf-8'))
show('open errors', lambda: gzip.open(io.BytesIO(), 'rb', errors='strict'))
show('open newline', lambda: gzip.open(io.BytesIO(), 'rb', newline=''))
show('open int', lambda: gzip.open(3.5))
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE, gzip.FNAME, gzip.READ_BUFFER_SIZE)
