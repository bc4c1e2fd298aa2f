# The _sre engine and its objects through re: Match and Pattern API details,
# subject kinds, positions, errors, templates, and the opcodes that backtrack.
import copy
import re

def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))

# Match objects
m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'say Jane Doe now')
print(m, bool(m), m.span(), m.start(), m.end(), m.pos, m.endpos)
print(m.group(), m.group(1), m.group('last'), m.group(1, 'last', 0), m[2], m['first'])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.span('opt'), m.start('opt'), m.end(3), m.regs, m.lastindex, m.lastgroup)
print(m.expand(r'\g<last>, \1 [\g<0>] \\n'), m.string, m.re)
print(copy.copy(m) is m, copy.deepcopy(m) is m, re.Match[str], re.Pattern[bytes])
for g in (4, -1, 'nope', 1.5, None, 2**70, True):
    show('group %r' % (g,), m.group, g)
show('expand bad', m.expand, r'\5')
show('expand name', m.expand, r'\g<nope>')
show('start kw', m.start, group=1)
show('Match()', re.Match)
show('Pattern()', re.Pattern)
print(re.match('(a)|(b)', 'b').lastindex, re.match('(a)|(b)', 'b').groups())
print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(?:b)', 'ab').lastgroup)
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup)
print(repr(re.search('x', 'a' * 100 + 'x' + 'b' * 100)), re.match('.{60}', 'ab' * 40))

# Pattern objects
p = re.compile(r'(?P<w>\w+)-(\d+)', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
def setgi():
    p.groupindex['z'] = 1
show('groupindex set', setgi)
print(p == re.compile(r'(?P<w>\w+)-(\d+)', re.I | re.M), p != re.compile('x'), hash(p) == hash(re.compile(r'(?P<w>\w+)-(\d+)', re.I | re.M)))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
for f in (0, re.A, re.I | re.S | re.X, re.U, re.M | re.DEBUG * 0):
    print(re.compile('a', f))
print(re.compile(b'a', re.L), re.compile(b'a', re.I), re.compile('a' * 250))
print(re.compile("'\"\n\u1234"))

# positions
p = re.compile(r'\w')
for pos, endpos in [(0, 3), (-5, 2), (2, 100), (3, 1), (10, 20), (1, -1)]:
    print(pos, endpos, p.search('abc', pos, endpos), p.findall('abc', pos, endpos), p.match('abc', pos, endpos))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\b').findall('ab', 1))
print(re.compile('').match('abc', 2, 1), re.compile('(?<=a)b').match('ab', 1))

# subject kinds
bp = re.compile(rb'(\w)(\d)')
for s in (b'a1b2', bytearray(b'a1b2'), memoryview(b'a1b2')):
    mm = bp.search(s)
    print(type(s).__name__, mm.group(0), mm.groups(), bp.findall(s), bp.sub(rb'\2\1', s), bp.split(s))
show('str on bytes', re.compile('a').search, b'a')
show('bytes on str', re.compile(b'a').search, 'a')
show('int subject', re.compile('a').search, 5)
show('sub repl type', re.compile('a').sub, b'x', 'a')
show('sub bytes repl str', re.compile(b'a').sub, 'x', b'a')
show('callable returns int', re.sub, 'a', lambda m: 5, 'a')

class S(str):
    pass
print(repr(re.match('a+', S('aab')).group()), type(re.match('a+', S('aab')).group()).__name__)
print(re.sub('x', 'y', S('axb')), type(re.sub('x', 'y', S('axb'))).__name__)

# sub, subn, split, findall, finditer, scanner
print(re.sub(r'(\w)(\w*)', r'\2\1ay', 'hello big world'))
print(re.sub(r'(?P<d>\d)', r'<\g<d>\g<0>\g<1>>', 'a1b22'))
print(re.subn('', '-', 'abc'), re.subn('x*', '-', 'abxd'), re.sub('a', 'b', 'aaa', count=2))
print(re.sub('(a)|b', lambda m: m.group(1) or 'B', 'abab'), re.sub('a', lambda m: None if False else '', 'aba'))
print(re.sub(r'\d', r'\n', 'a1b'), re.sub('a', '\\\\', 'xa'), re.sub('(a)|(b)', r'[\1\2]', 'ab'))
print(re.split(r'(,)|;', 'a,b;c'), re.split(r'\s*', 'a b  c'), re.split('x', 'axbxc', maxsplit=1), re.split('(?=b)', 'abab'))
print(re.findall(r'(\w)(\d)?', 'a1b'), re.findall('', 'ab'), re.findall(r'\b', 'a b'))
print([m.span() for m in re.finditer(r'\w*', 'ab cd')])
sc = re.compile(r'\d+|\s+').scanner('12 34x')
print(sc.pattern, sc.match().group(), sc.match().group(), sc.match().group(), sc.match(), sc.match())
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search().span(), sc.search().span(), sc.search(), sc.search())
print(type(sc).__name__, type(re.compile('a').finditer('a')).__name__)

# opcodes
tests = [
    (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(?:a+|b)+c', 'aabac'), (r'(a+?)(a*)', 'aaa'),
    (r'(?>a+)ab', 'aaab'), (r'(?>a+)b', 'aaab'), (r'a*+a', 'aaa'), (r'(?:ab)?+ab', 'ab'),
    (r'(\w)\1', 'xaay'), (r'(?i)(\w)\1', 'xaAy'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'x\''),
    (r'(a)?(?(1)b|c)', 'c'), (r'(?<=\d{3})x', '123x'), (r'(?<!\d)x', '1x ax'),
    (r'(?=(\w+))\w', 'abc'), (r'(?!abc)\w+', 'abc abd'), (r'(?:(a)|b)*', 'ab'),
    (r'(a*)*b', 'aab'), (r'(a*)+?b', 'aab'), (r'(?:x|y){2,3}?z', 'xyxz'), (r'x{2,}?', 'xxxx'),
    (r'(?s).+?$', 'a\nb'), (r'(?m)^b$', 'a\nb\nc'), (r'\Ab\Z', 'b'), (r'a\Z', 'a\n'), (r'a$', 'a\n'),
    (r'[^\W\d_]+', 'ab1_c'), (r'\W+', 'a, b'), (r'[\s\S]+', 'a\nb'), (r'(?a)\w+', 'héllo'),
    (r'(?i)straße', 'STRASSE'), (r'(?i)σ+', 'Σσς'), (r'(?i)[k]', '\u212a'), (r'(?i)ǅ', 'ǆ'),
    (r'[\u0100-\u017f]+', 'aĀāb'), (r'\d+', '٣٤5'), (r'(?a)\d+', '٣٤5'), (r'\s+', '\x1c\x85\u3000'),
    (r'(?x) a # comment\n b', 'ab'), (r'.', '\U0001f600'), (r'\U0001f600+', 'x\U0001f600\U0001f600'),
]
for pat, s in tests:
    mm = re.search(pat, s)
    print(pat, repr(s), mm and (mm.span(), mm.groups()), re.findall(pat, s))
print(re.match(rb'(?L)\w+', b'abc'), re.match(rb'(?i)\xe9', b'\xc9'), re.match(rb'(?iL)\xe9', b'\xc9'))

# deep and long inputs run on an explicit stack
print(len(re.match(r'(?:a|b)*c', 'ab' * 50000 + 'c').group()))
print(len(re.match(r'(a|b)*?c', 'ab' * 20000 + 'c').group()), re.match(r'(a)+', 'a' * 100000).span(1))
print(re.match('(' * 100 + 'a' + ')' * 100, 'a').span(100))
print(re.fullmatch(r'(x+x+)+y', 'x' * 18))

# buffers: a strided memoryview is not a bytes-like subject; a bytearray changed
# after the match is read again (clamped)
show('strided view', re.search, b'b', memoryview(b'abab')[::2])
print(re.search(b'b', memoryview(b'abab')[1:]))
ba = bytearray(b'xxab')
mm = re.search(b'ab', ba)
ba[:] = b'a'
print(mm.group(), mm.span(), mm.string)
show('split huge', re.compile('a').split, 'aXa', 2**70)
show('sub negative', re.compile('a').sub, 'x', 'aaa', -1)
show('pos None', re.compile('a').search, 'a', None)

# hash(pattern) is CPython's (the code words hashed as bytes; PYTHONHASHSEED=0)
print([hash(re.compile(p, f)) for p, f in [('a', 0), ('a+b', re.I | re.M), (b'x', 0), ('', 0)]])
