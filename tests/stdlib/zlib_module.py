# zlib: decompressing streams made by CPython's zlib (embedded below), round trips
# through our compressor (its bytes are not zlib's, so only their decoding is shown),
# decompressobj/compressobj in pieces, flush modes, checksums and zlib.error messages.
import base64, copy, zlib

TEXT = b''.join(b'line %d of the sample text, with some repetition repetition\n' % i for i in range(300))
S = {
    'Z': base64.b64decode(
        'eNqk2D1uAjEQQOE+p/ABUmT+zXEoHLHSwqJgKRwfpUtD49e5ed2n8dj7dhvtqx3fbV5Ge5yv9320OZ7zs/1u89Iex3'
        'W0n3Efc5vbcft3/Nj/UllPdT219dTX01hPcz2t9bSvpydAgnACngSAEiBKACkBpgSgEqBKACsBrhS4UjKngCsFrhS4'
        'UuBKgSsFrhS4UuDKgCsDroxcgMCVAVcGXBlwZcCVAVcGXDlw5cCVA1dONivgyoErB64cuHLgyoGrAK4CuArgKoCrIC'
        's7cBXAVQBXAVwFcJXAVQJXCVwlcJXAVZK3IHCVwFUCVwlcFXBVwFUBVwVcFXBVwFWRTwbgqoCrAq46cNWBqw5c9Xeu'
        'XgAAAP//pdzBccMwEATBlLAjySLyT8wpuNwB8Devxh7/8i109UBXD3T1iF5BVw90daGrC11d6OpCVxe6utDVha4udH'
        'WFRclFBUaPyOgRGj1io0dw9IiOHuHRIz56BEiPFGb0LoURvpO+E7+TvxPAk8ATwYvBTxB+0euOFCYOP4H4icRPKH5i'
        '8ROMn2j8hOMnHr8XPSBKYULyE5OfoPxE5ScsP3H5CcxPZH5C83vTG7UUJjo/4fmJz0+AfiL0E6KfGP0E6SdKvw/NIK'
        'QwgfqJ1E+ofmL1E6yfaP2E6ydePwH7/dDSRgoTs5+g/UTtJ2w/cfsJ3E/kfkL3E7vfl8ZcUpjw/cTvJ4A/EfwJ4U8M'
        'f4L4E8WfMP4e2gtKYSL5E8qfWP4E8yeaP+H8iedPQH8i+rs0SaVNqoxSxfQT009MPzH9xPQT009MPzH9xPQbzZ6lMD'
        'H9xPQT009MPzH9xPQT04929TSst2W9FEbbehrX07qe5vW0r6eBvZh+YvqJ6fei4w0pTEw/Mf3E9BPTT0w/Mf3E9BPT'
        'T0y/N90HSWFi+onpJ6afmH5i+onpJ6afmH5i+n3oBE0KE9NPTD8x/cT0E9NPTD8x/cT0E9Pvh64cpTAx/cT0E9NPTD'
        '8x/cT0E9NPTD8x/b50SCuFieknpp+YfmL6ieknpp+YfmL6ien30K22FCamn5h+YvqJ6Semn5h+YvqJ6Sem36XfAfyv'
        'sF/r8Jw8'
    ),
    'RAW': base64.b64decode(
        'pNg9bgIxEEDhPqfwAVJk/s1xKByx0sKiYCkcH6VLQ+PXuXndp/HY+3Yb7asd321eRnucr/d9tDme87P9bvPSHsd1tJ'
        '9xH3Ob23H7d/zY/1JZT3U9tfXU19NYT3M9rfW0r6cnQIJwAp4EgBIgSgApAaYEoBKgSgArAa4UuFIyp4ArBa4UuFLg'
        'SoErBa4UuFLgyoArA66MXIDAlQFXBlwZcGXAlQFXBlw5cOXAlQNXTjYr4MqBKweuHLhy4MqBqwCuArgK4CqAqyArO3'
        'AVwFUAVwFcBXCVwFUCVwlcJXCVwFWStyBwlcBVAlcJXBVwVcBVAVcFXBVwVcBVkU8G4KqAqwKuOnDVgasOXPV3rl4A'
        'AAD//6XcwXHDMBAEwZSwI8ki8k/MKbjcAfA3r8Ye//ItdPVAVw909YheQVcPdHWhqwtdXejqQlcXurrQ1YWuLnR1hU'
        'XJRQVGj8joERo9YqNHcPSIjh7h0SM+egRIjxRm9C6FEb6TvhO/k78TwJPAE8GLwU8QftHrjhQmDj+B+InETyh+YvET'
        'jJ9o/ITjJx6/Fz0gSmFC8hOTn6D8ROUnLD9x+QnMT2R+QvN70xu1FCY6P+H5ic9PgH4i9BOinxj9BOknSr8PzSCkMI'
        'H6idRPqH5i9ROsn2j9hOsnXj8B+/3Q0kYKE7OfoP1E7SdsP3H7CdxP5H5C9xO735fGXFKY8P3E7yeAPxH8CeFPDH+C'
        '+BPFnzD+HtoLSmEi+RPKn1j+BPMnmj/h/InnT0B/Ivq7NEmlTaqMUsX0E9NPTD8x/cT0E9NPTD8x/cT0G82epTAx/c'
        'T0E9NPTD8x/cT0E9OPdvU0rLdlvRRG23oa19O6nub1tK+ngb2YfmL6ien3ouMNKUxMPzH9xPQT009MPzH9xPQT009M'
        'vzfdB0lhYvqJ6Semn5h+YvqJ6Semn5h+Yvp96ARNChPTT0w/Mf3E9BPTT0w/Mf3E9BPT74euHKUwMf3E9BPTT0w/Mf'
        '3E9BPTT0w/Mf2+dEgrhYnpJ6afmH5i+onpJ6afmH5i+onp99CtthQmpp+YfmL6ieknpp+YfmL6ieknpt+l3wH8r7Bf'
    ),
    'GZ': base64.b64decode(
        'H4sIAAAAAAACA6TYPW4CMRBA4T6n8AFSZP7NcSgcsdLComApHB+lS0Pj17l53afx2Pt2G+2rHd9tXkZ7nK/3fbQ5nv'
        'Oz/W7z0h7HdbSfcR9zm9tx+3f82P9SWU91PbX11NfTWE9zPa31tK+nJ0CCcAKeBIASIEoAKQGmBKASoEoAKwGuFLhS'
        'MqeAKwWuFLhS4EqBKwWuFLhS4MqAKwOujFyAwJUBVwZcGXBlwJUBVwZcOXDlwJUDV042K+DKgSsHrhy4cuDKgasArg'
        'K4CuAqgKsgKztwFcBVAFcBXAVwlcBVAlcJXCVwlcBVkrcgcJXAVQJXCVwVcFXAVQFXBVwVcFXAVZFPBuCqgKsCrjpw'
        '1YGrDlz1d65eAAAA//+l3MFxwzAQBMGUsCPJIvJPzCm43AHwN6/GHv/yLXT1QFcPdPWIXkFXD3R1oasLXV3o6kJXF7'
        'q60NWFri50dYVFyUUFRo/I6BEaPWKjR3D0iI4e4dEjPnoESI8UZvQuhRG+k74Tv5O/E8CTwBPBi8FPEH7R644UJg4/'
        'gfiJxE8ofmLxE4yfaPyE4ycevxc9IEphQvITk5+g/ETlJyw/cfkJzE9kfkLze9MbtRQmOj/h+YnPT4B+IvQTop8Y/Q'
        'TpJ0q/D80gpDCB+onUT6h+YvUTrJ9o/YTrJ14/Afv90NJGChOzn6D9RO0nbD9x+wncT+R+QvcTu9+XxlxSmPD9xO8n'
        'gD8R/AnhTwx/gvgTxZ8w/h7aC0phIvkTyp9Y/gTzJ5o/4fyJ509AfyL6uzRJpU2qjFLF9BPTT0w/Mf3E9BPTT0w/Mf'
        '3E9BvNnqUwMf3E9BPTT0w/Mf3E9BPTj3b1NKy3Zb0URtt6GtfTup7m9bSvp4G9mH5i+onp96LjDSlMTD8x/cT0E9NP'
        'TD8x/cT0E9NPTL833QdJYWL6ieknpp+YfmL6ieknpp+YfmL6fegETQoT009MPzH9xPQT009MPzH9xPQT0++HrhylMD'
        'H9xPQT009MPzH9xPQT009MPzH9vnRIK4WJ6Semn5h+YvqJ6Semn5h+YvqJ6ffQrbYUJqafmH5i+onpJ6afmH5i+onp'
        'J6bfpd8B/K+wX3hsaWoORwAA'
    ),
    'DICT': base64.b64decode(
        'eLuUawqTpdUxDoMwEETRnlPsASiYcQLkQCCniFyAlOtH0JCGZn9haYv93dP6eDFEW2OvS2zXYh/f915ja5/lv7nG7k'
        'yVT51PSz595NNnPh3z6ZRP53z6AiQIJ+BJAJSAKAFSAqYEUAmoEmAl4MrAlcmdAq4MXBm4MnBl4MrAlYErA1cFuCrA'
        'VSEf4J2rH7jn1Pg='
    ),
    'STORED': base64.b64decode(
        'eAEBLAHT/mxpbmUgMCBvZiB0aGUgc2FtcGxlIHRleHQsIHdpdGggc29tZSByZXBldGl0aW9uIHJlcGV0aXRpb24KbG'
        'luZSAxIG9mIHRoZSBzYW1wbGUgdGV4dCwgd2l0aCBzb21lIHJlcGV0aXRpb24gcmVwZXRpdGlvbgpsaW5lIDIgb2Yg'
        'dGhlIHNhbXBsZSB0ZXh0LCB3aXRoIHNvbWUgcmVwZXRpdGlvbiByZXBldGl0aW9uCmxpbmUgMyBvZiB0aGUgc2FtcG'
        'xlIHRleHQsIHdpdGggc29tZSByZXBldGl0aW9uIHJlcGV0aXRpb24KbGluZSA0IG9mIHRoZSBzYW1wbGUgdGV4dCwg'
        'd2l0aCBzb21lIHJlcGV0aXRpb24gcmVwZXRpdGlvbgpsaW5lIPVMbVg='
    ),
    'HUFF': base64.b64decode(
        'eAEFwcuN3TAQBMC7ougAdNhnr3/h8NACGyBnBmQDYviuGgriC/nAndht1iDM4xuv3LFzEotFy8rAYtGyMq6hID7IB+'
        '7EbrMGYR7feOWOnZNYLFpWBhaLlpVxDQXxA/nAndht1iDM4xuv3LFzEotFy8rAYtGyMq6hIH4iH7gTu80ahHl845U7'
        'dk5isWhZGVgsWlbGNRTEN/KBO7HbrEGYxzdeuWPnJBaLlpWBxaJlZVxDQfxCPnAndps1CPP4xit37JzEYtGyMrBYtK'
        'yMayiI38gH7sRuswZhHt945Y6dk1gsWlYGFouWlXENBfEH+cCd2G3WIMzjG6/csXMSi0XLysBi0bIyrqEg/iIfuBO7'
        'zRqEeXzjlTt2TmKxaFkZWCxaVsY1FMQ/5AN3YrdZgzCPb7xyx85JLBYtKwOLRcvKuIaC+HwhH7gTu80ahHl845U7dk'
        '5isWhZGVgsWlbGNRTE54N84E7sNmsQ5vGNV+7YOYnFomVlYP0Hpkj+wg=='
    ),
    'FIXED': base64.b64decode(
        'eAHLycxLVTBQyE9TKMlIVShOzC3ISVUoSa0o0VEozyzJUCjOz01VKEotSC3JLMnMz0NicuWAtBqSr9WIfK3G5Gs1IV'
        '+rKflazcjXak6+VgvytVpSkCQoSU6kpCcApkj+wg=='
    ),
}


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


# Whole streams made by CPython.
print(zlib.decompress(S['Z']) == TEXT, zlib.decompress(S['RAW'], -15) == TEXT, zlib.decompress(S['GZ'], 31) == TEXT)
print(zlib.decompress(S['GZ'], 47) == TEXT, zlib.decompress(S['Z'], 32 + 15) == TEXT, zlib.decompress(S['Z'], 0) == TEXT)
print(zlib.decompress(S['STORED']) == TEXT[:300], zlib.decompress(S['HUFF']) == TEXT[:700], zlib.decompress(S['FIXED']) == TEXT[:700])
print(zlib.decompress(S['Z'] + b'trailing garbage') == TEXT)
show('dict needed', lambda: zlib.decompress(S['DICT']))
show('dict wrong', lambda: zlib.decompressobj(zdict=b'nope').decompress(S['DICT']))
print(zlib.decompressobj(zdict=b'sample text repetition line').decompress(S['DICT']) == TEXT[:2000])

# Byte by byte, and with a small max_length fed back through unconsumed_tail.
for name, wbits in [('Z', 15), ('RAW', -15), ('GZ', 31), ('GZ', 47)]:
    d = zlib.decompressobj(wbits)
    out = b''.join(d.decompress(S[name][i:i + 1]) for i in range(len(S[name])))
    print(name, wbits, 'bytewise', out == TEXT, d.eof, d.unused_data, d.unconsumed_tail)
    d = zlib.decompressobj(wbits)
    data, out, calls = S[name] + b'EXTRA', [], 0
    while not d.eof:
        chunk = d.decompress(data, 100)
        assert len(chunk) <= 100
        out.append(chunk)
        data = d.unconsumed_tail
        calls += 1
    print(name, 'max_length', b''.join(out) == TEXT, calls > 150, d.unused_data, d.unconsumed_tail)

# Unused data and eof.
d = zlib.decompressobj()
print(d.eof, d.decompress(S['STORED'] + b'abc') == TEXT[:300], d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data, d.flush(), d.eof)
show('after flush', lambda: d.decompress(b'x'))
show('copy after flush', d.copy)

# Our compressor: every level, wbits, strategy; CPython-compatible framing.
for level in range(-1, 10):
    for wbits in (9, 15, -9, -15, 25, 31):
        c = zlib.compress(TEXT, level, wbits)
        assert zlib.decompress(c, wbits) == TEXT, (level, wbits)
print('levels ok')
c = zlib.compress(b'hello')
print(c[:2], zlib.compress(b'hello', 9)[:2], zlib.compress(b'hello', 1)[:2], zlib.compress(b'hello', wbits=8)[:2])
g = zlib.compress(b'hello', wbits=31)
print(g[:10], g[-8:])
for strategy in range(5):
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    assert zlib.decompress(co.compress(TEXT) + co.flush()) == TEXT
print('strategies ok')

# compressobj in pieces with each flush mode, decoded at each flush point.
for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    co = zlib.compressobj()
    do = zlib.decompressobj()
    got = b''
    for i in range(0, len(TEXT), 4000):
        part = co.compress(TEXT[i:i + 4000]) + co.flush(mode)
        got += do.decompress(part)
        if mode not in (zlib.Z_NO_FLUSH, zlib.Z_BLOCK):
            assert got == TEXT[:i + 4000][:len(got)] and len(got) == min(i + 4000, len(TEXT)), mode
    got += do.decompress(co.flush())
    print('mode', mode, got == TEXT, do.eof)
co = zlib.compressobj()
print(co.flush(zlib.Z_NO_FLUSH), len(co.compress(b'')))
co.flush()
show('compress after finish', lambda: co.compress(b'x'))
show('flush after finish', lambda: co.flush())
show('copy after finish', co.copy)

# copy of both objects.
co = zlib.compressobj()
head = co.compress(TEXT[:9000])
c2 = co.copy()
a = head + co.compress(TEXT[9000:]) + co.flush()
b = head + c2.compress(b'different tail') + c2.flush()
print(zlib.decompress(a) == TEXT, zlib.decompress(b) == TEXT[:9000] + b'different tail')
c3 = copy.copy(zlib.compressobj(zdict=b'repetition'))
print(zlib.decompressobj(zdict=b'repetition').decompress(c3.compress(TEXT) + c3.flush()) == TEXT)
d = zlib.decompressobj()
first = d.decompress(S['Z'][:500])
d2 = copy.deepcopy(d)
print(first + d.decompress(S['Z'][500:]) == TEXT, first + d2.decompress(S['Z'][500:]) == TEXT)

# zdict with raw streams.
co = zlib.compressobj(wbits=-15, zdict=b'line of the sample')
raw = co.compress(TEXT[:1000]) + co.flush()
print(zlib.decompressobj(-15, zdict=b'line of the sample').decompress(raw) == TEXT[:1000])

# _ZlibDecompressor, as gzip uses it.
z = zlib._ZlibDecompressor(-15)
out = z.decompress(S['RAW'][:100], 50)
print(len(out), z.needs_input, z.eof)
out += z.decompress(b'', -1)
print(z.needs_input, z.eof)
out += z.decompress(S['RAW'][100:] + b'tail')
print(out == TEXT, z.eof, z.unused_data, z.needs_input)
show('after eof', lambda: z.decompress(b'x'))

# Checksums.
print(zlib.crc32(b''), zlib.crc32(b'abc'), zlib.crc32(b'abc', 5), zlib.crc32(b'a', 2**40), zlib.crc32(b'a', -1))
print(zlib.adler32(b''), zlib.adler32(b'abc'), zlib.adler32(b'abc', 0), zlib.adler32(TEXT), zlib.adler32(b'x', 2**33 + 7))
print(zlib.crc32(TEXT[:100], zlib.crc32(TEXT[100:200])) != zlib.crc32(TEXT[:200]), zlib.crc32(TEXT[100:200], zlib.crc32(TEXT[:100])) == zlib.crc32(TEXT[:200]))
print(zlib.crc32(memoryview(b'abc')), zlib.adler32(bytearray(b'abc')))

# Errors, with CPython's messages.
good = zlib.compress(b'some data to break' * 20)
cases = [
    ('bad header', (b'abc',)),
    ('truncated', (good[:-3],)),
    ('header only', (b'x\x9c',)),
    ('empty', (b'',)),
    ('bad method', (b'\x79\x9c' + good[2:],)),
    ('window', (b'\x88\x98' + good[2:],)),
    ('window for wbits 9', (good, 9)),
    ('checksum', (good[:-1] + bytes([good[-1] ^ 1]),)),
    ('gzip not zlib', (good, 31)),
    ('gzip method', (b'\x1f\x8b\x09\x00' + bytes(20), 31)),
    ('gzip flags', (b'\x1f\x8b\x08\xe0' + bytes(20), 31)),
    ('gzip crc', (S['GZ'][:-8] + b'\0\0\0\0' + S['GZ'][-4:], 31)),
    ('gzip length', (S['GZ'][:-4] + b'\0\0\0\0', 31)),
    ('block type', (b'\x07\x00', -15)),
    ('stored lengths', (b'\x01\x05\x00\x00\x00', -15)),
    ('distance', (b'\x63\x00\x02\x00', -15)),
    ('too far back', (b'\x4b\x04\x02\x46\x00', -15)),
    ('code lengths', (b'\x05\xe0\xff\xff\xff\xff', -15)),
    ('wbits 7', (good, 7)),
    ('wbits 48', (good, 48)),
    ('wbits -16', (good, -16)),
    ('bufsize', (good, 15, -1)),
    ('str', ('text',)),
    ('float wbits', (good, 1.5)),
]
for label, args in cases:
    show(label, lambda: zlib.decompress(*args))
for label, args in [('level 10', (b'x', 10)), ('level -2', (b'x', -2)), ('wbits 40', (b'x', 6, 40)),
                    ('wbits -8', (b'x', 6, -8)), ('list', ([],))]:
    show(label, lambda: zlib.compress(*args))
for kw in [dict(level=10), dict(method=9), dict(wbits=24), dict(memLevel=0), dict(memLevel=10), dict(strategy=5),
           dict(zdict='str')]:
    show('compressobj %s' % kw, lambda: zlib.compressobj(**kw))
for kw in [dict(wbits=7), dict(wbits=48), dict(zdict='s'), dict(wbits=-16)]:
    show('decompressobj %s' % kw, lambda: zlib.decompressobj(**kw))
d = zlib.decompressobj()
show('max_length -1', lambda: d.decompress(b'x', -1))
show('flush 0', lambda: d.flush(0))
show('sticky 1', lambda: d.decompress(b'junk'))
show('sticky 2', lambda: d.decompress(good))
show('Compress()', lambda: type(zlib.compressobj())())
print(zlib.error.__mro__, type(zlib.compressobj()), type(zlib.decompressobj()))
print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL, zlib.Z_TREES)

# unconsumed_tail and unused_data at the end of the stream, with and without
# max_length (the tail is kept only when the call was fed a tail), and flush.
c = zlib.compress(b'a' * 50)
d = zlib.decompressobj()
print(d.decompress(c + b'EXTRA'), d.unconsumed_tail, d.unused_data, d.flush(), d.unconsumed_tail, d.unused_data)
d = zlib.decompressobj()
out = d.decompress(c + b'EXTRA', 10)
while not d.eof:
    out += d.decompress(d.unconsumed_tail, 10)
print(len(out), d.unconsumed_tail, d.unused_data, d.flush(), d.unconsumed_tail, d.unused_data)
big = zlib.compress(b'abcdefghijklmnop') + b'x' * 5000
d = zlib.decompressobj()
print(d.decompress(big) + d.flush(), len(d.unused_data), d.unconsumed_tail)
