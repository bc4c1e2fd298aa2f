# urllib.parse: splitting and parsing URLs (str and bytes), the netloc's
# parts, joining with RFC 3986's examples, quoting and unquoting, query
# strings, urlencode, and the errors and deprecation warnings.
import urllib.parse as up
import warnings

urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', 'http://[fe80::1%25eth0]/',
        'ftp://ftp.example.org/pub/file.txt', 'mailto:someone@example.com', 'file:///etc/passwd', '//host/path',
        'path/only?x#y', 'HTTP://h/%7Euser', 'sip:alice@atlanta.com;transport=tcp', 'tel:+1-816-555-1212',
        '  \x00http://h/a\tb\nc ', 'http://h:/', 'http://@h', 'http://u@h', 'http://:p@h', 'javascript:alert(1)',
        'a1+.-:rest', '1abc:x', 'http://h?q', 'http://h#f', 'http://[v1.fe]/', 'svn+ssh://h/r', 'data:text/plain,hi', '']
for u in urls:
    s = up.urlsplit(u)
    p = up.urlparse(u)
    print(repr(u), s, p.params, (s.username, s.password, s.hostname, s.port), s.geturl(), p.geturl())
for u in [b'http://u:p@H/x;y?z#w', b'//h:1/p', b'']:
    s = up.urlsplit(u)
    print(s, s.hostname, s.port, s.decode(), up.urlparse(u).geturl())
print(up.urlsplit('http://h/x#f', allow_fragments=False), up.urlparse('x', scheme='https'), up.urlsplit(b'x', b'ftp'))
print(up.urlparse('http://h/a').encode(), type(up.urldefrag(b'x#y')).__name__, up.urldefrag('http://h/a?b#c'), up.urldefrag('q').geturl())
for bad in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[::g]/', 'http://[vx.1]/', 'http://h:99999/',
            'http://h:x/', 'http://h:-1/', 'http://ex\uff0fample.com/', 'http://ex\u2100ample/']:
    try:
        s = up.urlsplit(bad)
        print(bad, s.port)
    except ValueError as e:
        print('ValueError', e)
print(up.urlsplit('http://ex\u00e9mple.com/').netloc, up.urlsplit('http://[::1]:80').hostname)
for args in [('http://h', b'x'), (b'http://h', 'x')]:
    try:
        up.urljoin(*args)
    except TypeError as e:
        print('TypeError', e)

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './',
            '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g',
            'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
            'g#s/./x', 'g#s/../x', 'http:g', 'https:g', 'mailto:x']:
    print(repr(ref), up.urljoin(base, ref))
print(up.urljoin('http://a/b/', 'c//d/../e'), up.urljoin(b'http://a/b', b'c'), up.urljoin('', 'x'), up.urljoin('http://a', ''),
      up.urljoin('http://a/b#f', '', allow_fragments=False), up.urljoin('svn://a/b', '../c'), up.urljoin('unknown://a/b', 'c'))

for s in ['abc def', 'a/b?c=d&e', 'caf\u00e9', '~user', '', '\U0001f600', 'a+b']:
    print(repr(s), up.quote(s), up.quote(s, safe=''), up.quote_plus(s), up.quote_plus(s, safe='/+'),
          up.quote(s.encode('utf-8')), up.quote(s, encoding='latin-1', errors='replace'))
print(up.quote_from_bytes(b'\x00\xff abc/'), up.quote_from_bytes(bytearray(b'a b'), safe=b' \xff'), up.quote(b'a b', safe=b'/ '))
print(len(up.quote('x y' * 100000)), up.quote_plus(b'a b+c'))
for s in ['abc%20def', '%7e/abc+def', '%zz%4', '%C3%A9%E9', 'caf\u00e9%20x', '%', b'%41%4']:
    print(repr(s), repr(up.unquote(s)), repr(up.unquote_to_bytes(s)), repr(up.unquote_plus(s) if isinstance(s, str) else ''))
print(up.unquote('%E9', encoding='latin-1'), up.unquote('%E9', errors='strict') if False else up.unquote('%E9'))
for bad in [lambda: up.quote(b'x', encoding='utf-8'), lambda: up.quote(b'x', errors='strict'), lambda: up.quote_from_bytes('x'),
            lambda: up.unquote(None), lambda: up.unquote_to_bytes(None), lambda: up.quote('\udc80')]:
    try:
        bad()
    except (TypeError, AttributeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)

qs = 'a=1&b=2&a=3&c=&d&e=%41+%42&&f=x%3Dy'
print(up.parse_qs(qs), up.parse_qs(qs, keep_blank_values=True))
print(up.parse_qsl(qs), up.parse_qsl(qs, keep_blank_values=True), up.parse_qsl(b'a=1&b=%41+c'), up.parse_qsl(bytearray(b'x=1')))
print(up.parse_qsl('a=1;b=2', separator=';'), up.parse_qsl(b'a=1;b=2', separator=';'), up.parse_qsl('', strict_parsing=True))
for kw in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator=''), dict(separator=5)]:
    try:
        print(up.parse_qsl('a=1&b&c=3', **kw))
    except ValueError as e:
        print('ValueError', e)
print(up.urlencode({'a': 1, 'b': 'x y', 'c': b'\xff', 'd': [1, 2]}), up.urlencode([('a', 'b&c'), (b'k', 'v')], safe='&'))
print(up.urlencode({'d': [1, 2], 'e': 'str', 'f': 5, 'g': (b'x', 'y')}, doseq=True), up.urlencode({'s': 'a/b c'}, quote_via=up.quote))
print(up.urlencode({'\u00e9': '\u00e9'}, encoding='latin-1'), up.urlencode([]), up.urlencode({}))
for bad in ['abc', [1, 2], 5]:
    try:
        up.urlencode(bad)
    except TypeError as e:
        print('TypeError', e, repr(e.__cause__))

print(up.unwrap(' <URL:http://h/> '), up.unwrap('<http://x>'), up.unwrap('URL:y'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(up.splittype('HTTP:x'), up.splithost('//h:1/p'), up.splithost('//h?q'), up.splituser('u:p@h'), up.splitpasswd('u:p'),
          up.splitport('h:80'), up.splitport('h:'), up.splitport('h:x'), up.splitnport('h:80'), up.splitnport('h'),
          up.splitnport('h:x', 5), up.splitnport('h:', 7), up.splitquery('/p?q'), up.splittag('/p#t'), up.splitattr('/p;a=1;b'),
          up.splitvalue('a=1'), up.splitvalue('a'), up.to_bytes('abc'))
    for x in w:
        print(x.category.__name__, x.message)
    up.Quoter
    print(w[-1].message)
try:
    up.to_bytes('caf\u00e9')
except UnicodeError as e:
    print('UnicodeError', e)
try:
    up.nothing
except AttributeError as e:
    print('AttributeError', e)
print(up.SplitResult[str], up.ParseResult.__doc__, up.SplitResult.netloc.__doc__, up.DefragResult.fragment.__doc__)
print(up.ResultBase is up._NetlocResultMixinStr, sorted(up.__all__), up.splittype.__name__)
up.clear_cache()
print(up.urlsplit.cache_info().currsize)
