# Error handlers: every built-in handler on encoding and decoding with many
# codecs and inputs; registered handlers that replace, skip, go back, return
# bad values; lookup_error and the handler functions called directly.
import codecs

texts = ['plain', 'naïve café', '€uro', 'a\udc80b\udcffc', 'x\ud800y', '😀 emoji', 'mix é€😀\udc85']
blobs = [b'plain', b'caf\xc3\xa9', b'bad \xff\xfe end', b'\xc3(', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\x80abc\xe2\x82']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass']
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp1252', 'iso8859_7', 'koi8_r']:
    for s in texts:
        row = []
        for h in handlers:
            try:
                row.append(s.encode(enc, h))
            except UnicodeError as e:
                row.append('%s(%s %d-%d %s)' % (type(e).__name__, e.encoding, e.start, e.end, e.reason))
            except LookupError as e:
                row.append('LookupError')
        print(enc, ascii(s), row)
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252', 'cp437', 'mac_roman']:
    for b in blobs:
        row = []
        for h in handlers:
            if h in ('xmlcharrefreplace', 'namereplace'):
                continue
            try:
                row.append(ascii(b.decode(enc, h)))
            except UnicodeError as e:
                row.append('%s(%s %d-%d %s)' % (type(e).__name__, e.encoding, e.start, e.end, e.reason))
        print(enc, b, row)


def show(what, f):
    try:
        print(what, ascii(f()))
    except Exception as e:
        print(what, type(e).__name__, e)


def angle(e):
    return ('<%s>' % ascii(e.object[e.start:e.end])[1:-1], e.end)


codecs.register_error('test.angle', angle)
codecs.register_error('test.skip2', lambda e: ('', e.end + 1))
backs = []


def back(e):
    # Back to the last position once per error, then on past it.
    backs.append(e.start)
    if backs.count(e.start) == 1:
        return ('?', -1)
    return ('!', e.end)


codecs.register_error('test.back', back)
codecs.register_error('test.bytes', lambda e: (b'<B>', e.end))
codecs.register_error('test.nottuple', lambda e: 'x')
codecs.register_error('test.badpos', lambda e: ('x', 1000))
codecs.register_error('test.unencodable', lambda e: ('é', e.end))
codecs.register_error('test.raise', lambda e: 1 / 0)
for h in ['test.angle', 'test.skip2', 'test.back', 'test.bytes', 'test.nottuple', 'test.badpos', 'test.unencodable', 'test.raise', 'test.none']:
    show('encode ascii ' + h, lambda: 'aé€bc'.encode('ascii', h))
    show('encode cp1252 ' + h, lambda: 'a\u0100b'.encode('cp1252', h))
    show('decode utf-8 ' + h, lambda: b'a\xff\xfeb\xc3'.decode('utf-8', h))
    show('decode ascii ' + h, lambda: b'a\x80b'.decode('ascii', h))
    show('decode utf-16 ' + h, lambda: b'a\x00\x00\xdcb'.decode('utf-16-le', h))
    show('decode charmap ' + h, lambda: b'a\x81b'.decode('cp1252', h))
show('lookup_error', lambda: codecs.lookup_error('strict') is codecs.strict_errors)
show('lookup_error', lambda: codecs.lookup_error('test.angle') is angle)
show('lookup_error', lambda: codecs.lookup_error('nope'))
show('lookup_error', lambda: codecs.lookup_error(1))
show('register_error', lambda: codecs.register_error('x', 1))
show('register_error', lambda: codecs.register_error(1, angle))
ee = UnicodeEncodeError('ascii', 'aé€😀b', 1, 4, 'r')
de = UnicodeDecodeError('utf-8', b'a\xff\x80b', 1, 3, 'r')
te = UnicodeTranslateError('aéb', 1, 2, 'r')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    f = codecs.lookup_error(name)
    for e in (ee, de, te, ValueError('v'), 'str'):
        show('%s(%s)' % (name, type(e).__name__), lambda: f(e))
show('surrogatepass utf-8', lambda: codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 3, 'r')))
show('surrogateescape enc', lambda: codecs.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', 'a\udc80\udcff', 1, 3, 'r')))
