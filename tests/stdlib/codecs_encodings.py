# Every encoding of the encodings package that Kaa has: lookup by name and alias,
# all 256 characters or bytes both ways with several error handlers, incremental
# coders fed one character or byte at a time, the bytes-to-bytes and str-to-str
# codecs, the search function's normalisation.
import codecs, encodings
names = ['utf_8', 'utf-8-sig', 'utf-16', 'utf_16_le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf_32_be', 'latin_1',
         'ascii', 'cp1252', 'cp437', 'koi8_r', 'koi8_u', 'mac_roman', 'raw_unicode_escape', 'unicode_escape',
         'utf-7', 'punycode', 'windows-1252', 'latin9', 'cyrillic', 'IBM437', 'macintosh', 'U8']
names += ['iso8859_%d' % i for i in range(1, 17) if i != 12]
for n in names:
    info = codecs.lookup(n)
    print(n, info.name, repr(info)[:40].split(' at ')[0])
    sample = ''.join(chr(i) for i in range(256))
    try:
        b = sample.encode(n)
        print('  all 256 ->', len(b), b == codecs.encode(sample, n), b.decode(n) == sample)
    except UnicodeError as e:
        print('  ', type(e).__name__, e)
        b = sample.encode(n, 'replace')
        print('  replace ->', len(b), b[:40])
    raw = bytes(range(256))
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try:
            s = raw.decode(n, errors) if n != 'unicode_escape' else raw.replace(b'\\', b'/').decode(n, errors)
            print('  decode', errors, len(s), ascii(s[120:140]))
        except UnicodeError as e:
            print('  decode', errors, type(e).__name__, e)
    enc = codecs.getincrementalencoder(n)()
    dec = codecs.getincrementaldecoder(n)()
    text = 'héllo wörld €𝄞 end\r\n'
    if n in ('ascii', 'latin_1') or n.startswith(('cp', 'koi', 'mac', 'iso', 'windows', 'latin9', 'cyrillic', 'IBM')):
        text = 'hello world\r\n'
    try:
        data = b''.join(enc.encode(c) for c in text) + enc.encode('', True)
        out = ''.join(dec.decode(data[i:i + 1]) for i in range(len(data))) + dec.decode(b'', True)
        print('  incremental', data == text.encode(n), out == text, dec.getstate()[0], enc.getstate())
    except Exception as e:
        print('  incremental', type(e).__name__, e)
for n in ['hex', 'base64', 'quopri', 'uu', 'rot13']:
    try:
        info = codecs.lookup(n)
        print(n, info.name, info._is_text_encoding)
        if n == 'rot13':
            print(codecs.encode('Hello, World!', n), codecs.decode('Uryyb', n))
            continue
        data = bytes(range(0, 256, 3)) * 2 + b'tail =\tx \n'
        e = codecs.encode(data, n)
        print(' ', e[:60], codecs.decode(e, n) == data)
    except Exception as e:
        print(n, type(e).__name__, e)
print(encodings.normalize_encoding('  UTF--8 .x é'), encodings.normalize_encoding(b'latin-1'))
print(encodings.search_function('nope'), encodings.search_function('latin_1').name)
print(sorted(encodings.aliases.aliases.items())[:5], len(encodings.aliases.aliases))
print('bücher.de'.encode('idna'), 'bücher'.encode('punycode'), b'xn--bcher-kva.de'.decode('idna'), b'bcher-kva'.decode('punycode'))
print('München-Straße'.encode('punycode'), 'abc'.encode('punycode'), '€'.encode('punycode'))
print(list(codecs.iterencode(['a', 'é', '€'], 'utf-16')), list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')))
print(codecs.getencoder('latin-1')('abc'), codecs.getdecoder('utf-8')(b'\xc3\xa9'))
for bad in ['nope', 'hex']:
    for f in (lambda: 'x'.encode(bad), lambda: b'x'.decode(bad), lambda: codecs.getincrementalencoder(bad), lambda: codecs.lookup(bad).name):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
