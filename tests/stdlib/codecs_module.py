# The codecs module: BOMs, CodecInfo, the registry (register, unregister,
# lookup's normalisation), stream readers and writers, codecs.open, EncodedFile,
# StreamRecoder, iterencode/iterdecode, the incremental base classes.
import codecs, io, os

print(codecs.BOM_UTF8, codecs.BOM_UTF16, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32,
      codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE,
      codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)
info = codecs.lookup('UTF-8')
print(info.name, info[0] is info.encode, len(info), type(info).__name__, isinstance(info, tuple))
print(info.incrementalencoder.__name__, info.incrementaldecoder.__name__, info.streamreader.__name__, info.streamwriter.__name__)
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
for name in ['utf8', 'UTF_8', 'U8', 'latin1', 'L1', 'iso-8859-1', 'ISO8859-1', '8859', 'cp819', 'us-ascii', 'ANSI_X3.4_1968',
             'windows_1252', 'utf_16le', 'UTF-32BE', 'koi8-r', 'macroman', 'hex', 'base64', 'rot13', 'quopri', 'uu',
             'unicode-escape', 'raw_unicode_escape', 'iso-ir-100', 'csISOLatin1', 'L9']:
    try:
        print(name, '->', codecs.lookup(name).name)
    except LookupError as e:
        print(name, 'LookupError', e)
seen = []


def search(name):
    seen.append(name)
    if name == 'kaa_test_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='kaa-test')
    if name == 'kaa_bad_codec':
        return (1, 2, 3)
    return None


codecs.register(search)
print('x y'.encode('Kaa-Test Codec'), b'ABC'.decode('kaa_test_codec'), seen)
print(codecs.lookup('kaa-test-codec').name, codecs.encode('abc', 'kaa_test_codec'))
for f in (lambda: codecs.lookup('kaa_bad_codec'), lambda: codecs.lookup('no-such-codec'), lambda: codecs.register(1),
          lambda: codecs.lookup(3), lambda: 'x'.encode('hex'), lambda: b'x'.decode('rot13'),
          lambda: codecs.encode('x', 'nope'), lambda: codecs.decode(b'x', 'utf-8', 'nope'),
          lambda: codecs.getincrementalencoder('nope'), lambda: codecs.getreader('nope')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
codecs.unregister(search)
try:
    codecs.lookup('kaa_other_codec')
except LookupError as e:
    print('after unregister', e, seen[-1])

print(list(codecs.iterencode(['a', 'é', '', '€'], 'utf-8')), list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'!'], 'utf-8')))
print(list(codecs.iterencode(['a', 'b'], 'utf-16')), list(codecs.iterdecode([b'\xff', b'\xfea', b'\x00'], 'utf-16')))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2, 4: 5}))

stream = io.BytesIO()
w = codecs.getwriter('utf-16')(stream)
w.write('héllo')
w.writelines(['\n', 'wörld\n'])
print(stream.getvalue())
stream.seek(0)
r = codecs.getreader('utf-16')(stream)
print(repr(r.readline()), repr(r.read()), repr(r.read()))
stream = io.BytesIO('line one\nline twö\r\nthree\rfour'.encode('utf-8'))
r = codecs.getreader('utf-8')(stream)
print([r.readline() for _ in range(5)])
stream.seek(0)
r.reset()
print(r.readlines(), stream.tell())
stream.seek(0)
print(list(codecs.getreader('utf-8')(stream)))
stream.seek(0)
r = codecs.getreader('utf-8')(stream)
print(repr(r.read(3)), repr(r.read(5, 2)), repr(r.readline(keepends=False)), repr(r.read()))

base = '/tmp/kaa_codecs_module_%d' % os.getpid()
with codecs.open(base, 'w', 'latin-1') as f:
    print(type(f).__name__, f.encoding)
    f.write('café\n')
with open(base, 'rb') as f:
    print(f.read())
with codecs.open(base, 'r', 'latin-1') as f:
    print(repr(f.read()))
with codecs.open(base, encoding='utf-8', errors='replace') as f:
    print(repr(f.readline()))
f = codecs.open(base, 'rb')
print(type(f).__name__)
f.close()
os.remove(base)
data = io.BytesIO('grüße'.encode('latin-1'))
ef = codecs.EncodedFile(data, 'utf-8', 'latin-1')
print(ef.read(), ef.data_encoding, ef.file_encoding)
ef.write('ö'.encode('utf-8'))
print(data.getvalue())


class Upper(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return input.upper().encode()


e = Upper()
print(e.encode('abc'), e.getstate(), e.reset(), e.setstate(0))
d = codecs.IncrementalDecoder()
print(d.getstate(), d.errors)
for cls, args in ((codecs.Codec, ('x',)), (codecs.IncrementalDecoder, (b'x',))):
    try:
        m = cls().encode if cls is codecs.Codec else cls().decode
        m(*args)
    except NotImplementedError:
        print(cls.__name__, 'NotImplementedError')


class Pairs(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return bytes(input[:n]).decode('latin-1')[::-1], n


p = Pairs()
print(repr(p.decode(b'abc')), p.getstate(), repr(p.decode(b'd')), repr(p.decode(b'e', True)))
p.setstate((b'zz', 0))
print(repr(p.decode(b'')), p.buffer)
try:
    import pickle
except ImportError:
    pickle = None
print(codecs.lookup('rot13').encode('Hello')[0], codecs.getencoder('utf-32')('a'), codecs.getdecoder('utf-16')(b'\xff\xfea\x00'))
