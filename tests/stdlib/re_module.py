# The re module's public behaviour: matching functions, flags, groups,
# substitution templates, split, errors, warnings, the cache, Scanner,
# RegexFlag and the deprecated sre_* modules.
import re
import sys
import copyreg
import warnings


def show(label, value):
    if isinstance(value, re.Match):
        value = ('Match', value.span(), value.group(), value.groups(),
                 value.groupdict(), value.lastindex, value.lastgroup)
    print(label, repr(value))


def attempt(label, func, *args, **kwargs):
    try:
        show(label, func(*args, **kwargs))
    except Exception as exc:
        extra = ''
        if isinstance(exc, re.error):
            extra = (exc.msg, exc.pos, exc.lineno, exc.colno)
        print(label, type(exc).__name__, exc, extra)


# match, search, fullmatch
for pattern, text in [
    ('a+', 'caaab'), ('^a+', 'aab'), ('a+$', 'baa\n'), ('a+\\Z', 'baa\n'),
    ('(a)(b)?', 'ac'), ('(?P<x>a)(?P<y>b)?', 'ab'), ('(a|ab)(c|bcd)(d*)', 'abcd'),
    ('x*', 'aaa'), ('\\bfoo\\b', 'a foo b'), ('\\Bfoo', 'afoo'), ('(?i)straße', 'STRASSE'),
    ('(?i)k', '\u212a'), ('(?i)s', '\u017f'), ('(?a)(?i)k', '\u212a'), ('\\w+', 'héllo wörld'),
    ('(?a)\\w+', 'héllo'), ('\\d+', '٣٤5'), ('(?a)\\d+', '٣٤5'), ('\\s+', 'a\u2003\tb'),
    ('[^\\W\\d_]+', 'ab12_cd'), ('.+', 'ab\ncd'), ('(?s).+', 'ab\ncd'), ('(?m)^c', 'ab\ncd'),
    ('(?m)b$', 'ab\ncd'), ('a(?=b)', 'ab'), ('a(?!b)', 'abac'), ('(?<=a)b', 'ab'),
    ('(?<!a)b', 'abcb'), ('(a)\\1', 'aa'), ('(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'),
    ('(a)?(?(1)b|c)', 'c'), ('(a)?(?(1)b|c)', 'ab'), ('(?>a+)b', 'aaab'), ('(?>a+)a', 'aaa'),
    ('a++a', 'aaa'), ('a*+b', 'aab'), ('a{2,3}', 'aaaa'), ('a{2,3}?', 'aaaa'),
    ('(?:ab)+', 'ababx'), ('(ab)+', 'ababx'), ('(a*)*', 'b'), ('(a*)+', 'b'),
    ('(a|b)*?c', 'abac'), ('x|y|z', 'zebra'), ('[a-c]+', 'xxabcabx'),
    ('(?x) a b  # comment\n c', 'abc'), ('[\\u0400-\\u04ff]+', 'abc Привет'),
    ('(?i)[а-я]+', 'ПРИВЕТ'), ('(?i)ǆ', 'ǅ'), ('\\x41\\u0042\\U00000043\\101', 'ABCA'),
    ('[\\]]', ']'), ('[]a]', 'a'), ('a.c', 'a\nc'), ('\\$\\d+', 'cost $42'),
]:
    compiled = re.compile(pattern)
    show('search %r %r' % (pattern, text), compiled.search(text))
    show('match %r' % pattern, re.match(pattern, text))
    show('fullmatch %r' % pattern, re.fullmatch(pattern, text))

# positions and Match details
p = re.compile(r'(?P<word>\w+)(?:-(?P<num>\d+))?')
m = p.search('  foo-42 bar', 1, 10)
print(m.span(), m.start('num'), m.end(1), m.group(0, 'word', 2), m.pos, m.endpos,
      m.re is p, m.string, m.regs, m[1], m['num'], m.expand(r'<\g<word>|\2|\g<0>>'))
m = p.search('  foo bar')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0), m.span('num'))
print(p.match('foo', 1).group(), p.fullmatch('ab-1x', 0, 4), p.search('xyz', 5))
print(p.groups, sorted(p.groupindex.items()), p.pattern, p.flags)
attempt('bad group', m.group, 3)
attempt('bad name', m.group, 'nope')

# findall, finditer, split, sub, subn
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'),
      re.findall(r'(a)|b', 'ab'), re.findall('', 'abc'), re.findall(r'\b', 'a b'))
print([m.span() for m in re.finditer(r'a*', 'baaac')])
print([m.group() for m in re.finditer(r'(?i)[aeiou]', 'Education')])
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'),
      re.split(r'\W+', 'Words, words, words.', maxsplit=1), re.split('x*', 'axbc'),
      re.split(r'\b', 'a b'), re.split('(a)|b', 'xaybz'), re.split('', 'ab'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world and more'),
      re.sub('a', lambda m: m.group().upper() * 2, 'banana'),
      re.sub('x*', '-', 'abxd'), re.sub(r'(?P<n>\d)', r'[\g<n>\g<1>\g<0>]', 'a1b2'),
      re.sub('a', r'\n\t\\', 'xa'), re.sub('(b)', r'\0\07x', 'abc'),
      re.subn('a', 'o', 'banana', count=2), re.subn(r'\s', '', ' a b '),
      re.sub(b'a', b'\\\\x', b'cab'), re.sub('(a)|b', r'[\1]', 'ab'))
for repl in [r'\2', r'\g<3>', r'\g<nope>', r'\g<', r'\g<1', r'\q', '\\', r'\g<-1>',
             r'\400', r'\g<a1>']:
    attempt('sub %r' % repl, re.sub, '(a)', repl, 'xa')

# flags
for flags in [re.I, re.I | re.M, re.NOFLAG, re.A | re.X, re.DOTALL, re.U,
              re.RegexFlag(0x1000), re.I | 0x1000, ~re.I, re.L]:
    print(repr(flags), str(flags), int(flags), flags == int(flags))
print(re.compile('x', re.I).flags, re.compile(b'x', re.L).flags,
      re.compile('(?ims)x').flags, re.compile('(?a)x').flags)
for pattern, flags in [('x', re.L), ('x', re.A | re.U), (b'x', re.U), (b'x', re.A | re.L)]:
    attempt('flags %r %r' % (pattern, flags), re.compile, pattern, flags)
attempt('flags on compiled', re.compile, re.compile('x'), re.I)
attempt('bad type', re.compile, 42)
attempt('unhashable', re.match, bytearray(b'x'), b'x')

# bytes
print(re.findall(rb'[a-z]+', b'abc DEF ghi'), re.match(b'(?i)abc', b'ABC').group(),
      re.sub(rb'\d', b'#', b'a1b2'), re.split(rb',', b'a,b'),
      re.match(rb'\w+', b'caf\xe9').group(), re.match(rb'(?L)\w+', b'caf\xe9').group())
attempt('str on bytes', re.match, b'a', 'a')
attempt('bytes on str', re.match, 'a', b'a')

# errors: messages and positions
for pattern in ['(', ')', 'a**', '[z-a]', '(?P<1>x)', '(?<=a+)b', '\\q', 'a{3,1}',
                '(?P<a>x)(?P<a>y)', 'x\n  (?z)', '(?(2)a)', '[', '\\', b'\\N{x}',
                '(?i', '(?#', 'x)', '\\8', '(a)(?<=\\1)', '\\U00110000']:
    attempt('compile %r' % (pattern,), re.compile, pattern)

# warnings: where they point
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    re.compile('[[a]')
    re.sub('a', 'b', 'aa', 1)
    re.subn('a', 'b', 'aa', 1, 0)
    re.split(',', 'a,b', 1)
    re.compile('(?:x|[a||b])')
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno)
attempt('sub count twice', re.sub, 'a', 'b', 'aa', 1, count=1)
attempt('sub flags twice', re.sub, 'a', 'b', 'aa', 1, 0, flags=0)
attempt('sub too many', re.sub, 'a', 'b', 'aa', 1, 0, 0)
attempt('split too many', re.split, 'a', 'b', 1, 0, 0)
print(re.sub.__text_signature__, re.split.__text_signature__)

# the cache
re.purge()
a = re.compile('cached+')
print(a is re.compile('cached+'), a is re.compile('cached+', re.I),
      re.compile(a) is a, re.compile('cached+', 0) is a)
re.purge()
print(a is re.compile('cached+'), a == re.compile('cached+'), hash(a) == hash(re.compile('cached+')))
for i in range(600):
    re.compile('many%d' % i)
print(len(re._cache) <= re._MAXCACHE, len(re._cache2) <= re._MAXCACHE2)
re.purge()
print(len(re._cache), len(re._cache2))

# escape
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o-p&q~r#s t\tu\nv'),
      re.escape('plain_words123'), re.escape(b'a.b\xff'), re.escape('é∂'))
print(re.match(re.escape('1+1=2?'), '1+1=2?').group())

# Scanner
def num(scanner, token):
    return ('NUM', int(token), scanner.match.span())
sc = re.Scanner([(r'\d+', num), (r'[a-z]+', lambda s, t: ('ID', t)),
                 (r'\s+', None), (r'[=+]', 'OP')])
print(sc.scan('x = 12 + y7 $ rest'))
print(re.Scanner([('a', 'A'), ('', 'E')]).scan('aab'))

# pickling support is registered with copyreg
_f, _args = copyreg.dispatch_table[re.Pattern](re.compile('ab', re.I))
print(_f is re._compile, _args)

# types
print(re.Pattern, re.Match, re.Pattern.__module__, re.error.__module__,
      re.error is re.PatternError, issubclass(re.error, Exception),
      repr(re.compile('a\\d', re.I | re.M)), repr(re.compile(b'x')),
      repr(re.match('ab', 'xab', 1)))
print(re.__all__)

# the deprecated modules
for name in ['sre_compile', 'sre_parse', 'sre_constants']:
    sys.modules.pop(name, None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        mod = __import__(name)
    print(name, [(w.category.__name__, str(w.message), w.filename == __file__) for w in caught],
          mod.MAXREPEAT, hasattr(mod, 'error'), hasattr(mod, '__file__'))
import sre_parse
print(sre_parse.parse('a|b').dump())

# DEBUG: the parse dump and the code listing, and no caching
import io, contextlib
for pattern in ['(?P<w>[a-z]+)\\s+(?P=w)', '(?i)caf[eé]|tea', b'[^\\x00-\\x1f]+?']:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        first = re.compile(pattern, re.DEBUG)
        second = re.compile(pattern, re.DEBUG)
    print(first is second, first == second)
    print(out.getvalue())
