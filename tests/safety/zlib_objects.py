# zlib with hostile input: truncated, bit-flipped and random streams in every
# wrapper, fed whole, byte by byte and with tiny max_length; ill-typed and
# out-of-range arguments to every function and method. Any exception may come
# but SystemError (a Go panic in Kaa). Run by safety_test.go.
import random, zlib

bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        return f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a[:1], k, e)
    except BaseException:
        pass


rng = random.Random(7)
text = b''.join(b'%d some words, some words again %d\n' % (i, i * i) for i in range(400))
streams = []
for wbits in (15, -15, 31, 9, -9):
    for level in (0, 1, 6, 9):
        streams.append((wbits, zlib.compress(text, level, wbits)))
co = zlib.compressobj(zdict=b'some words')
streams.append((15, co.compress(text) + co.flush()))

for wbits, s in streams:
    variants = [s, s[:len(s) // 2], s[:1], s[:-1], s + b'junk', b'', s[::-1]]
    for _ in range(4):
        m = bytearray(s)
        for _ in range(rng.randint(1, 6)):
            m[rng.randrange(len(m))] = rng.randrange(256)
        variants.append(bytes(m))
    for v in variants:
        for wb in (wbits, 47, -15):
            call('decompress', zlib.decompress, v, wb)
            d = zlib.decompressobj(wb)
            for i in range(0, min(len(v), 60)):
                if call('bytewise', d.decompress, v[i:i + 1], 3) is None:
                    break
            call('flush', d.flush)
            d = zlib.decompressobj(wb, zdict=b'some words')
            data = v
            for _ in range(100):
                r = call('maxlen', d.decompress, data, 7)
                if r is None or d.eof or not d.unconsumed_tail:
                    break
                data = d.unconsumed_tail
            call('copy', d.copy)
            z = call('_ZlibDecompressor', zlib._ZlibDecompressor, wb)
            if z is not None:
                call('zd', z.decompress, v[:50], 10)
                call('zd2', z.decompress, v[50:], 0)
                call('zd3', z.decompress, b'', -1)
for _ in range(300):
    junk = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
    for wb in (15, -15, 31, 47):
        call('junk', zlib.decompress, junk, wb)

values = [None, 0, -1, 1, 2**31, -2**31 - 1, 2**63, 2**100, -2**100, 1.5, 'x', b'x', bytearray(b'xy'),
          memoryview(b'abc'), [], object()]
for f in (zlib.compress, zlib.decompress, zlib.crc32, zlib.adler32, zlib.compressobj, zlib.decompressobj,
          zlib._ZlibDecompressor):
    call(f.__name__, f)
    for v in values:
        call(f.__name__, f, v)
        call(f.__name__, f, b'data', v)
        call(f.__name__, f, b'data', 15, v)
        call(f.__name__ + ' kw', f, b'data', bogus=v)
for v in values:
    for kw in ('level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'):
        call('compressobj ' + kw, zlib.compressobj, **{kw: v})
    co = zlib.compressobj()
    call('compress', co.compress, v)
    call('cflush', co.flush, v)
    call('ccopy', co.copy)
    d = zlib.decompressobj()
    call('decompress', d.decompress, v)
    call('decompress max', d.decompress, b'x\x9c', v)
    call('dflush', d.flush, v)
    call('deepcopy', d.__deepcopy__, v)
print('calls', count, 'system errors', bad)
