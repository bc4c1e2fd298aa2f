# re's parser and compiler, word for word: for a corpus of patterns under
# several flag sets, the parsed tree (SubPattern.dump), the engine's code
# words (re._compiler._code), the width and groups; for bad patterns the
# exception with its message, position, line and column; and the warnings.
# (\N{...} needs unicodedata, which Kaa lacks so far: only its errors here.)
import re
import re._casefix
import re._parser as P
import re._compiler as C
import re._constants as K
import io
import contextlib
import warnings

SIMPLE = [
    '', 'a', 'abc', 'a.c', '.', '^', '$', '^abc$', r'\A', r'\Z', r'\b', r'\B',
    'a*', 'a+', 'a?', 'a*?', 'a+?', 'a??', 'a*+', 'a++', 'a?+',
    'a{3}', 'a{2,5}', 'a{,5}', 'a{2,}', 'a{2,5}?', 'a{2,5}+', 'a{0}', 'a{}',
    'a{', 'a{1', 'a{1,', 'a{,}', 'a{x}', 'x{3,3}', '{', '}', '{1}x', 'a{0,0}',
    'ab*c', 'a(b)c', '(a)(b)(c)', '(?:a)', '(?:ab)*', '(ab)*', '(a|b)*',
    'a|b', 'a|b|c', 'ab|ac', 'abc|abd|abe', 'a|bc', '|a', 'a|', '|', 'a||b',
    '[abc]', '[a-z]', '[^a-z]', '[a-zA-Z0-9_]', '[]]', '[^]]', '[]a]',
    '[a-]', '[-a]', '[a\\-z]', '[\\]]', '[\\d]', '[\\w\\s]', '[^\\d]',
    '[.]', '[$^]', '[a]', '[^a]', '[aa]', '[ab]', '[abcdefg]', '[aceg]',
    '[\\x00-\\x7f]', '[\\x80-\\xff]', '[\\u0100-\\u0200]', '[\\u0100]',
    '[a\\u0100]', '[\\U00010000-\\U00010fff]', '[a-c\\U00010000]',
    '[\\x00-\\uffff]', '[\\x00-\\U0010ffff]', '[^\\x00-\\uffff]',
    '[\\u0400-\\u04ff\\u4e00-\\u9fff]', '[a-cx-z0-3]', '[a-cx-z]',
    '[\\u0100-\\u0110\\u0200-\\u0210\\u0300-\\u0310]',
    '\\d', '\\D', '\\s', '\\S', '\\w', '\\W', '\\d+', '\\w+\\s*',
    '\\a\\f\\n\\r\\t\\v\\\\', '\\x41', '\\u0041', '\\U00000041', '\\0',
    '\\07', '\\077', '\\0777', '\\101', '\\.', '\\-', '\\ ', '\\#', '\\é',
    '(a)\\1', '(a)(b)\\2\\1', '(?P<x>a)(?P=x)', '(?P<first>a)(?P<second>b)',
    '(a)\\10', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', '\\1234',
    '(?#comment)a', 'a(?#x)b', '(?=a)', '(?!a)', '(?<=a)', '(?<!a)',
    '(?<=ab)c', '(?<!a|b)c', '(?<=a(?=b)b)', '(?!)', '(?=)', 'a(?!)b',
    '(?>a)', '(?>a|ab)c', '(?>a*)b', '(?i)a', '(?i)abc', '(?m)^a$',
    '(?s).', '(?x) a b # comment\n c', '(?a)\\w', '(?u)\\w', '(?i:a)b',
    '(?-i:a)b', '(?i)(?-i:a)b', '(?s:.)', '(?x: a b )c', '(?a:\\w)\\w',
    '(?im)^a', '(?imsx)a', '(a)(?(1)b|c)', '(?P<g>a)(?(g)b)',
    '(a)?(?(1)b|c)', '(?(1)a|b)(x)', '(a)(?(1)|c)',
    'a.*b', '.*', '.*?', '.+', '(.*)', '(?s).*', 'x*y+z?',
    '\\bfoo\\b', '(?m)foo$', '^$', '(a*)*', '(a*)+', '(a|b)*?c',
    '(?:a|b)+', '(?:(a)|b)+', 'a(?:b(?:c)d)e', '(a(b(c)))', '((a)b)c',
    'abc(?:def)', '(?:abc)def', 'ab(cd)ef', '(ab)cd', '(?:a)(?:b)',
    'foo|foobar', 'foo|bar|baz', 'x(?:foo|bar)y', 'a(?=b)', 'a(?!b)',
    '(?<=\\d{3})x', '(?<=\\bx)y', '[\\s\\S]', '[\\w-]', '[\\w\\-.]',
    'hello world', 'aaaa', 'abab', 'abcabd', 'aabaabaaa', 'aab|aac',
    '\\x00', '\\x00+', '[\\x00]', '(?:)', '()', '(|a)', '(a|)', 'a(?:)b',
    'a{3}b{2,4}c{,2}', '(?:ab){2}', '(ab){2,}?', '(?:a|bc){1,3}+',
    'a{4294967294}', '(?:a{2}){3}', 'a*b*c*', '[a-z]+@[a-z]+\\.com',
    '^\\s*#', '\\$\\d+\\.\\d\\d', '[^\\s,]+', '"[^"]*"', "'(?:[^'\\\\]|\\\\.)*'",
    '(?P<year>\\d{4})-(?P<month>\\d\\d)-(?P<day>\\d\\d)',
    'ΣΑΣ', 'σ', 'ſ', 'k', 'K', 'ǅ', '[σ-ω]', '[ſs]', '[k-k]', 'ﬅ',
    'i', 'ı', 'İ', 'µ', 'ß', 'ẞ', '[ß-ẞ]', '[a-z\\u0100-\\u017f]',
    '\\u0130', '[\\u0130-\\u0131]', '[Ⅰ-Ⅻ]', '[𐐀-𐐏]', '𐐀', '[𐐨]',
    '[^σ]', '[^a]b', '[^ab]', 'a[^b]c', 'é', 'É', '[àé]', '[À-Þ]',
    '\\d\\w\\s', '[\\d\\D]', '[^\\W\\d_]', '(?a)[\\w\\s]', 'x|\\d',
    'a|\\d|[xy]', 'a|[^b]', '[a]|b', 'a|b|[cd]|e', '(?:a|b)', '(?:[ab]|c)d',
]

BAD = [
    '(', ')', 'a)', '(a', '(?', '(?P', '(?P<', '(?P<>a)', '(?P<1>a)',
    '(?P<a b>a)', '(?P<a>a)(?P<a>b)', '(?P=)', '(?P=a)', '(?P<a>(?P=a))',
    '(?Px)', '(?<a>x)', '(?<', '(?<x', '(?z)', '(?i', '(?i-', '(?i-z:a)',
    '(?-', '(?-:a)', '(?iz)', '(?i-i:a)', '(?L)a', '(?au)a', '(?-a:a)',
    '(?-u:x)', 'a(?i)', '(?#', '(?#abc', '[', '[a', '[a-', '[^', '[]',
    '[z-a]', '[\\d-z]', '[a-\\d]', '*', '+', '?', '{1}', 'a**', 'a*+*',
    '^*', '$+', '\\A*', 'a{2,1}', 'a{4294967295}', 'a{1,4294967295}',
    '\\', 'a\\', '\\q', '\\e', '\\8', '\\9', '\\1', '(a)\\2', '(a\\1)',
    '\\x', '\\x1', '\\xg', '\\u12', '\\U1234', '\\U00110000', '\\N',
    '\\N{', '\\N{}', '\\N{EM DASH', '\\400', '[\\400]',
    '\\777', '[\\8]', '[\\A]', '[\\x]', '(?(', '(?()', '(?(1)', '(?(0)a)',
    '(?(a)x)', '(?(1a)x)', '(?(1)a|b|c)', '(?(2)a)(b)', '(?(1)a',
    '(?(99999999999)x)', '(?<=a*)', '(?<=a|bc)', '(?<!a+)', '(?<=(a)\\1)',
    '(?<=a(?(1)b))', '(a)(?<=(?(1)b|c))', 'a\n(', 'ab\ncd\n)', '(?x)\n\n)',
    '(?P<a>x)(?P=b)', '(?P<é>a)', '(?P<a\\x>a)', 'x(?i)y', '(?i)(?m)x|(?s)y',
    '(?i(?m)x)', '(?>', '(?>a', '(?:a', '(a|b', '(?=a', '(?<=a', '(?!a',
]

FLAGSETS = [0, re.I, re.M, re.S, re.X, re.A, re.I | re.A, re.I | re.M | re.S,
            re.U]

BYTES = [
    b'', b'a', b'abc', b'[a-z]', b'\\w+', b'(?i)a', b'(?L)a', b'\\xff',
    b'[\\x80-\\xff]', b'\\d\\s\\w', b'(?P<n>x)(?P=n)', b'a\\u0041',
    b'[^\\x00]', b'\\bword\\b', b'[\\xe9\\xc9]', b'(?a)x', b'a|b|c',
]
BAD_BYTES = [b'(?u)a', b'(', b'\\u1234', b'\\N{x}', b'(?P<\xe9>x)',
             b'[\xe9-a]', b'\\q', b'(?L)(?a)x', b'(?aL)x']


def show_error(exc):
    if isinstance(exc, re.error):
        return ('error', exc.msg, exc.pos, exc.lineno, exc.colno, str(exc))
    return (type(exc).__name__, str(exc))


def code_of(pattern, flags):
    p = P.parse(pattern, flags)
    return p, C._code(p, flags)


def run(pattern, flags, dump=False):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            p, code = code_of(pattern, flags)
    except Exception as exc:
        print(repr(pattern), flags, '->', show_error(exc))
        return
    for w in caught:
        print('  warning', w.category.__name__, w.message)
    print(repr(pattern), hex(flags), p.state.flags, p.state.groups,
          p.state.groupdict, p.getwidth())
    print('  ', code)
    if dump:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            p.dump()
        for line in out.getvalue().splitlines():
            print('  |', line)


for pattern in SIMPLE:
    run(pattern, 0, dump=True)
    for flags in FLAGSETS[1:]:
        run(pattern, flags)

for pattern in BAD:
    run(pattern, 0)

for pattern in BYTES:
    run(pattern, 0, dump=True)
    run(pattern, re.I)
    run(pattern, re.L)
    run(pattern, re.L | re.I)

for pattern in BAD_BYTES:
    run(pattern, 0)

# flag conflicts at the parse's end
for pattern, flags in [('a', re.L), ('a', re.A | re.U), (b'a', re.U),
                       (b'a', re.A | re.L), ('(?a)x', re.U), ('(?u)x', re.A)]:
    run(pattern, flags)

# ignore-case over the whole of Latin-1 and more: literal and set codes
for cp in list(range(0x20, 0x180)) + [0x345, 0x390, 0x3b0, 0x3c2, 0x1e9e,
                                      0x1fbe, 0x2126, 0x212a, 0x212b, 0xfb05,
                                      0xfb06, 0x10400, 0x10428, 0x1e921]:
    ch = chr(cp)
    for text in (re.escape(ch), '[%s]' % re.escape(ch), '[^%s]' % re.escape(ch),
                 '[%sx]' % re.escape(ch)):
        print(hex(cp), C._code(P.parse(text, re.I), re.I))

# ranges under IGNORECASE that cross case classes
for text in ['[a-z]', '[A-Z]', '[A-z]', '[\\x00-\\xff]', '[\\u0100-\\u01ff]',
             '[\\u0370-\\u03ff]', '[\\u0400-\\u04ff]', '[\\u1e00-\\u1fff]',
             '[\\u2100-\\u2200]', '[\\uff00-\\uffff]', '[\\U00010400-\\U0001044f]',
             '[\\U00010000-\\U0010ffff]', '[a-\\U00010400]', '[^a-z]',
             '[k-s]', '[\\w\\d]', '[a-zA-Z_]', '[i\\u0130]']:
    for flags in (re.I, re.I | re.A):
        run(text, flags)

# warnings for what future versions may read as set operations
for text in ['[[a]', '[a--b]', '[a&&b]', '[a||b]', '[a~~b]', '[--a]',
             '[a-b--c]', '[[:alpha:]]', '(?x)[[a] #', '((([[a])))']:
    run(text, 0)

# the error's text: position, line and column
for text in ['a\nb\n(c', '\n)', 'abc\n  [', b'x\n(?P<>y)']:
    try:
        re.compile(text)
    except re.error as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, repr(str(e)),
              e.pattern == text)

# a big pattern: many groups, a long literal, a long alternation
big = '|'.join('w%d' % i for i in range(300))
print(C._code(P.parse(big), 0)[:60])
print(len(C._code(P.parse(big), 0)))
lit = 'ab' * 300 + 'c'
print(C._code(P.parse(lit), 0)[:20], len(C._code(P.parse(lit), 0)))
grp = ''.join('(%s)' % chr(97 + i % 26) for i in range(150))
print(C._code(P.parse(grp), 0)[-20:])

# parse_template against a compiled pattern
p = re.compile('(?P<a>x)(y)(z)?')
for t in ['', 'abc', r'\1', r'\g<1>', r'\g<a>', r'\g<0>x', r'\2\1', r'\n\t',
          r'\\', r'\&', r'\0', r'\01', r'\012', r'\0123', r'\101', r'\4',
          r'\g<4>', r'\g<b>', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\q',
          r'\477', '\\', r'\g<-1>', r'\g<+1>', r'\g<१>', r'\10', r'x\g<a>y']:
    try:
        print(repr(t), P.parse_template(t, p))
    except Exception as exc:
        print(repr(t), show_error(exc))
pb = re.compile(b'(a)(b)')
for t in [b'x\\1y', b'\\g<2>', b'\\0\\x', b'\\g<\xe9>', b'\\3', b'\xe9']:
    try:
        print(repr(t), P.parse_template(t, pb))
    except Exception as exc:
        print(repr(t), show_error(exc))

# warnings name the line that compiled the pattern
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    P.parse('[[x]')
    P.parse('(?:(a)|(?=[b&&c]))')
    P.parse('(?i)(x(?(1)[[y]|[z&&w]))')
    try:
        re.compile('(((([[q]))))')
    except NotImplementedError:
        pass
    try:
        re.compile('x(?(1)y|[a||b])(z)')
    except NotImplementedError:
        pass
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno)

# the DEBUG listing (re._compiler.dis) and dump
for text, flags in [('a', 0), ('abc|abd', 0), ('[a-z]+\\d*?', 0),
                    ('(?P<n>x)(?P=n)(?(n)a|b)', re.I), ('(?<=ab)c(?!d)', 0),
                    ('(?>a+)b*+', 0), ('[\\u0100-\\u0fff\\u3000-\\u30ff]', 0),
                    ('[a-cx-zA-C]', 0), ('^foo$', re.M), ('\\bx\\B', 0),
                    ('(a|bc)+', 0), ('(?:ab|cd)', 0), ('x{2,7}?', 0),
                    ('[^\\W\\d]', re.A), ('k', re.I), ('.', re.S),
                    (b'[\\x00-\\xff]x', 0), ('(?i)[^a]', 0)]:
    print('==', repr(text), flags)
    C.dis(C._code(P.parse(text, flags), flags))
    P.parse(text, flags | re.DEBUG)

# RegexFlag
print(repr(re.I), str(re.I), repr(re.I | re.M), repr(re.NOFLAG), repr(re.A | re.X),
      repr(re.RegexFlag(0x1000)), repr(re.I | 0x1000), repr(~re.I), int(re.DEBUG),
      re.I.value, re.RegexFlag.__mro__[1].__name__, list(re.RegexFlag)[:3])
print(re.__all__, re.__version__)
print(re.escape('a.b*c\\d[e]{f}|g^h$i?j+k(l)m-n#o p\tq&r~s'), re.escape(b'a.b\xff'))
print(P.parse('a(b)c').state.groups, repr(P.parse('a(b)c')), K.MAXREPEAT, K.OPCODES[:5])
try:
    raise re.error('boom', 'a\nbc', 3)
except re.error as e:
    print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, type(e).__module__,
          re.error is re.PatternError)
print(re.error('x').lineno, str(re.error('x', 'abc')), str(re.error('x', b'a\nb', 2)))
