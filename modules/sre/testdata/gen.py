# Records, with python3.13, what _sre.compile receives for a corpus of patterns
# (the code words of CPython's re._compiler) and what the compiled patterns
# answer on a few subjects: modules/sre's Go test runs the same code lists on
# Kaa's engine and compares. Run: python3.13 gen.py > cases.json
import json
import re
import sys
from re import _compiler, _parser

real_sre = _compiler._sre
captured = []


class Shim:
    def __getattr__(self, name):
        return getattr(real_sre, name)

    @staticmethod
    def compile(*args):
        captured.append(args)
        return real_sre.compile(*args)


_compiler._sre = Shim()

I, M, S, X, A, L = re.I, re.M, re.S, re.X, re.A, re.L

# (pattern, flags, subjects)
CORPUS = [
    ('abc', 0, ['abc', 'xabcy', 'ababc', 'ab', '']),
    ('a.c', 0, ['abc', 'a\nc', 'axyc']),
    ('a.c', S, ['a\nc', 'abc']),
    ('a.*c', 0, ['axyzc', 'axyzd', 'ac\nac']),
    ('a.*c', S, ['a\nb\nc', 'abcabc']),
    ('a.*?c', 0, ['abcabc', 'acc']),
    ('a+', 0, ['aaa', 'baaac', 'b', '']),
    ('a*', 0, ['aaa', 'baaac', 'b', '']),
    ('a?', 0, ['a', 'ba', '']),
    ('a{2,3}', 0, ['a', 'aa', 'aaaa', 'aaaaaaa']),
    ('a{2,}', 0, ['a', 'aaaaa']),
    ('a{,2}', 0, ['aaaa', 'b']),
    ('a{2}', 0, ['aaa']),
    ('a{2,3}?', 0, ['aaaa']),
    ('a+?', 0, ['aaa']),
    ('a*?b', 0, ['aaab', 'b', 'aac']),
    ('a??b', 0, ['ab', 'b']),
    ('(a)(b)(c)', 0, ['abc', 'xabcx']),
    ('(a|b)*c', 0, ['abac', 'c', 'ab']),
    ('(a|b)*?c', 0, ['abac']),
    ('(a|b)+', 0, ['ababx', 'x']),
    ('(a+|b)*', 0, ['ab', 'aab']),
    ('(a+|b){0,}', 0, ['ab']),
    ('(a+|b)+', 0, ['ab']),
    ('(a+|b){1,}', 0, ['ab']),
    ('(a+|b)?', 0, ['ab']),
    ('(a+|b){0,1}', 0, ['ab']),
    ('([abc])*d', 0, ['abbbcd', 'abcd']),
    ('([abc])*bcd', 0, ['abcd']),
    ('a|b|c|d|e', 0, ['e', 'xyz']),
    ('(a|b|c|d|e)f', 0, ['ef', 'af', 'ff']),
    ('abcd*efg', 0, ['abcdefg', 'abefg']),
    ('ab*', 0, ['xabyabbbz', 'xayabbbz']),
    ('(ab|cd)e', 0, ['abcde']),
    ('[abhgefdc]ij', 0, ['hij']),
    ('^(ab|cd)e', 0, ['abcde', 'cde']),
    ('(abc|)ef', 0, ['abcdef']),
    ('(a|b)c*d', 0, ['abcd']),
    ('(ab|ab*)bc', 0, ['abc']),
    ('a([bc]*)c*', 0, ['abc']),
    ('a([bc]*)(c*d)', 0, ['abcd']),
    ('a([bc]+)(c*d)', 0, ['abcd']),
    ('a([bc]*)(c+d)', 0, ['abcd']),
    ('a[bcd]*dcdcde', 0, ['adcdcde']),
    ('(ab|a)b*c', 0, ['abc']),
    ('((a)(b)c)(d)', 0, ['abcd']),
    ('[a-zA-Z_][a-zA-Z0-9_]*', 0, ['alpha', '9x_y']),
    ('^a(bc+|b[eh])g|.h$', 0, ['abh', 'abhg']),
    ('(bc+d$|ef*g.|h?i(j|k))', 0, ['effgz', 'ij', 'effg', 'bcdd', 'reffgz']),
    ('((((((((((a))))))))))', 0, ['a']),
    (r'((((((((((a))))))))))\10', 0, ['aa', 'a']),
    ('(((((((((a)))))))))', 0, ['a']),
    ('multiple words of text', 0, ['uh-uh', 'multiple words of text, yeah']),
    ('(.*)c(.*)', 0, ['abcde']),
    (r'\((.*), (.*)\)', 0, ['(a, b)']),
    ('[k]', 0, ['ab']),
    ('a[-]?c', 0, ['ac']),
    (r'(abc)\1', 0, ['abcabc', 'abcab']),
    (r'([a-c]*)\1', 0, ['abcabc']),
    (r'(a)|\1', 0, ['a', 'x']),
    (r'(([a-c])b*?\2)*', 0, ['ababbbcbc']),
    (r'(([a-c])b*?\2){3}', 0, ['ababbbcbc']),
    (r'((\3|b)\2(a)x)+', 0, ['aaxabxbaxbbx']),
    (r'((\3|b)\2(a)){2,}', 0, ['bbaababbabaaaaabbaaaabba']),
    (r'(?i)abc', 0, ['ABC', 'XABCY', 'aBc']),
    ('abc', I, ['ABC', 'aBC']),
    ('a[b-d]e', I, ['ACE', 'aDe']),
    ('[^ab]+', I, ['ABcdAB']),
    (r'(\w+)\s+\1', I, ['Hello HELLO', 'abc abd']),
    ('[a-z]+', I, ['HELLO world', 'ÀB']),
    ('É+', I, ['éÉé', 'e']),
    ('ß', I, ['ẞ', 'ß', 'SS']),
    ('[ſ]', I, ['s', 'S', 'ſ']),
    ('k', I, ['K', 'k', '\u212a']),
    ('[k-l]', I, ['\u212a', 'L']),
    ('σ', I, ['Σ', 'ς', 'σ']),
    ('i', I, ['I', '\u0130', '\u0131']),
    ('[\u0100-\u017f]+', I, ['ĀāĂă']),
    (r'\bfoo\b', 0, ['foo bar', 'foobar', 'a foo', 'foo_']),
    (r'\Bfoo\B', 0, ['xfoox', 'foo']),
    (r'\b', 0, ['', 'ab cd']),
    (r'\B', 0, ['', 'ab cd']),
    (r'\d+', 0, ['abc 123 ٣٤', '']),
    (r'\d+', A, ['abc 123 ٣٤']),
    (r'\D+', 0, ['ab12cd']),
    (r'\s+', 0, ['a \t\n\r\x0b\x0cb\x1c\x85\u2028c']),
    (r'\s+', A, ['a \t\n\x1c\x85b']),
    (r'\S+', 0, ['ab  cd']),
    (r'\w+', 0, ['héllo wörld_1 日本 ١٢']),
    (r'\w+', A, ['héllo wörld_1']),
    (r'\W+', 0, ['a, b! c']),
    (r'[\w]+', 0, ['héllo-x']),
    (r'[\d\s]+', 0, ['a1 2\t3b']),
    (r'[^\W\d]+', 0, ['ab12cd_e']),
    (r'[\S]+', A, ['a b']),
    ('^abc$', M, ['abc\nabc', 'x\nabc\ny']),
    ('^', M, ['a\nb\n']),
    ('$', M, ['a\nb\n']),
    ('$', 0, ['a\nb\n', 'a\n']),
    ('a$', 0, ['a\n', 'a\n\n', 'ab']),
    (r'a\Z', 0, ['a\n', 'a']),
    (r'\Aa', M, ['a', 'ba', '\na']),
    ('^a', 0, ['ba', 'ab']),
    ('.', 0, ['\n']),
    ('.+', 0, ['ab\ncd']),
    ('(?s).+', 0, ['ab\ncd']),
    ('(?m)^\\w+', 0, ['one\ntwo\nthree']),
    ('(?x) a b # comment\n c', 0, ['abc']),
    ('(?P<first>\\w+) (?P<last>\\w+)', 0, ['Jane Doe', 'X']),
    ('(?P<a>x)(?P=a)', 0, ['xx', 'xy']),
    ('(?P<n>a)|(?P<m>b)', 0, ['a', 'b', 'c']),
    ('(?:a|(b))+', 0, ['ab', 'ba']),
    ('(a)?b', 0, ['b', 'ab']),
    ('(a)?(b)?', 0, ['', 'b']),
    ('(a)|(b)', 0, ['b']),
    ('(?:(a)|b)*', 0, ['ab', 'ba']),
    ('(?:(a)|(b))*', 0, ['ab', 'aba']),
    ('(?=a)a', 0, ['a', 'b']),
    ('(?!a).', 0, ['ab', 'ba']),
    ('a(?=b)', 0, ['ab', 'ac']),
    ('a(?!b)', 0, ['ab', 'ac']),
    ('(?<=a)b', 0, ['ab', 'cb']),
    ('(?<!a)b', 0, ['ab', 'cb']),
    ('(?<=ab)c', 0, ['abc', 'xbc']),
    ('(?<=a|b)c', 0, ['ac', 'bc', 'cc']),
    ('(?<=(a))b', 0, ['ab']),
    ('(?<!(a))b', 0, ['cb']),
    ('(?=(a+))a*b\\1', 0, ['baaabac']),
    ('(?=(\\w+))\\1:', 0, ['abcd:']),
    ('(a)(?(1)b|c)', 0, ['ab', 'ac']),
    ('(a)?(?(1)b|c)', 0, ['ab', 'c', 'b']),
    ('(?P<g>a)?(?(g)b)', 0, ['ab', 'b', '']),
    ('^(\\()?blah(?(1)(\\)))$', 0, ['(blah)', 'blah', 'blah)', '(blah']),
    ('(?>a+)b', 0, ['aaab']),
    ('(?>a+)a', 0, ['aaa']),
    ('(?>a|ab)c', 0, ['abc', 'ac']),
    ('(?>(a)|b)+', 0, ['abab']),
    ('a++', 0, ['aaa']),
    ('a*+a', 0, ['aaa']),
    ('a?+a', 0, ['a', 'aa']),
    ('a{1,2}+a', 0, ['aaa', 'aa']),
    ('(?:ab)++', 0, ['ababab']),
    ('(?:ab)*+ab', 0, ['abab']),
    ('(?:a|b)++c', 0, ['abbac']),
    ('(ab)*+', 0, ['ababx']),
    ('(a|bc)++d', 0, ['abcad']),
    ('x*', 0, ['abxd', '']),
    ('x*?', 0, ['ab']),
    ('', 0, ['', 'ab']),
    ('(?:)', 0, ['ab']),
    ('(|a)*', 0, ['aa']),
    ('(a*)*', 0, ['aaa', 'b']),
    ('(a*)+', 0, ['aaa', 'b']),
    ('(a*|b)*', 0, ['aab']),
    ('(a|)*b', 0, ['aab']),
    ('(?:a*)*?b', 0, ['aab']),
    ('(a*)*?b', 0, ['ab']),
    ('(a*?)*', 0, ['aa']),
    ('((a)|b)*', 0, ['ab']),
    ('(a{0,2})*', 0, ['aaaaa']),
    ('(ab|a)*?b', 0, ['aab']),
    ('(?:(a)|b)*?c', 0, ['abac']),
    ('[abc]', 0, ['xbz']),
    ('[^abc]', 0, ['abcd']),
    ('[a-]', 0, ['-']),
    ('[]a]', 0, [']']),
    ('[\\]]', 0, [']']),
    ('[\\-\\]]+', 0, ['-]']),
    ('[\\x00-\\x7f]+', 0, ['abc\x80']),
    ('[\\u0100-\\uffff]+', 0, ['aĀ日b']),
    ('[\\U00010000-\\U0010ffff]+', 0, ['a\U0001F600\U00010000b']),
    ('[^\\u0100-\\uffff]+', 0, ['aĀb']),
    ('[αβγ]+', 0, ['xαγβy']),
    ('[a-zα-ω]+', 0, ['abγδ1']),
    ('[ab\u4e00-\u9fff]+', 0, ['a中文b']),
    ('[\u4e00\u4e8c\u4e09]', 0, ['三二一']),
    ('[^\u4e00\u4e8c]+', 0, ['一x二']),
    ('\U0001F600+', 0, ['😀😀x']),
    ('日本', 0, ['こんにちは日本語']),
    ('日本語|中文', 0, ['中文日本語']),
    ('ab|cd|ef', 0, ['xxcd', 'ef']),
    ('abcabd', 0, ['abcabcabd']),
    ('aaab', 0, ['aaaab']),
    ('abab', 0, ['abaabab']),
    ('ab+c', 0, ['abbbc', 'ac']),
    ('hello world', 0, ['say hello world']),
    ('a[bc]d', 0, ['acd']),
    ('(a)b(c)', 0, ['abc']),
    ('[0-9]+\\.[0-9]*', 0, ['pi 3.14159 e']),
    (r'\$\d+(?:\.\d\d)?', 0, ['cost $12.50 or $3']),
    (r'(\d{3})-(\d{4})', 0, ['555-1234 and 555-9876']),
    (r'([^@\s]+)@([^@\s]+)\.(\w+)', 0, ['mail bob@example.com now']),
    (r'<(\w+)>.*?</\1>', 0, ['<b>bold</b> and <i>it</i>']),
    (r'(\w+)=(\w*)', 0, ['a=1 b= c=3']),
    (r'\s*,\s*', 0, ['a , b,c ,d']),
    (r'(?P<key>\w+):\s*(?P<value>[^;]*);?', 0, ['color: red; size: 10;']),
    (r'^\s*(#.*)?$', 0, ['   # comment', 'code']),
    (r'(?:\d+\.){3}\d+', 0, ['ip 192.168.0.1 x']),
    (r'(a|b|c)+?d', 0, ['abcd']),
    (r'(?:a(?:b(?:c(?:d))))', 0, ['abcd']),
    (r'a(?#comment)b', 0, ['ab']),
    (r'\x41\101\u0042', 0, ['AAB']),
    (r'\n\t', 0, ['a\n\tb']),
    (r'[\n]', 0, ['\n']),
    (r'a\\b', 0, ['a\\b']),
    (r'(?a:\w+)', 0, ['héllo']),
    (r'(?i:a)b', 0, ['Ab', 'AB']),
    (r'a(?i)b', 0, ['aB']),
    (r'(?-i:a)b', I, ['aB', 'AB']),
    (r'(?s:.)x', 0, ['\nx']),
    (r'(?m:^a)', 0, ['b\na']),
    (r'(?x:a b)c', 0, ['abc']),
    (r'(?:a{0})b', 0, ['ab']),
    (r'a{0}', 0, ['a']),
    (r'(a){0}b', 0, ['ab']),
    (r'(?:x{2}){2}', 0, ['xxxxx']),
    (r'(x{1,3}){2}', 0, ['xxxxx']),
    (r'(x{1,3}?){2}', 0, ['xxxxx']),
    (r'((a)|(b))+', 0, ['abab']),
    (r'(a)+', 0, ['aaa']),
    (r'(a)*?(a)', 0, ['aaa']),
    (r'(.)(?=.*\1)', 0, ['abcab']),
    (r'^(?:(\d+)|(\w+))$', 0, ['123', 'abc', '12ab']),
    (r'(?:^|,)([^,]*)', 0, ['a,,b,c']),
    (r'\b\w', 0, ['hello big world']),
    (r'(?<=\b)\w+(?=\b)', 0, ['one two']),
    (r'.*(\d)', 0, ['abc123def4']),
    (r'.*?(\d)', 0, ['abc123def4']),
    (r'(.+)+x', 0, ['aaaaaaaaaaaaaaay']),
    (r'(a|aa)+b', 0, ['aaaaaaaaaaaaaaac']),
    (r'(\w+)\s(\w+)', 0, ['hello world again']),
    ('[\\s\\S]', 0, ['\n']),
    ('[^\\s\\S]', 0, ['\n']),
    ('\\0', 0, ['\x00']),
    ('[\\0-\\x1f]+', 0, ['a\x00\x01\x1fb']),
    ('a|', 0, ['b', 'a']),
    ('|a', 0, ['a']),
    ('(?i)[^a]', 0, ['A', 'b']),
    ('(?i)[^k]', 0, ['\u212a', 'x']),
    ('(?i)[a-c]+', 0, ['AbC']),
    ('(?i)\\w+', A, ['aBc']),
    ('(?i)[\\w]+', A, ['aBc']),
    ('(?i)(a)\\1', 0, ['aA', 'Aa']),
    ('(?i)(é)\\1', 0, ['éÉ']),
    ('(?i)[é-ë]+', 0, ['ÉÊËx']),
    ('(?i)(?:ab)+', 0, ['ABab']),
    ('(?i)ab|cd', 0, ['CD']),
    ('(?i)a*', 0, ['AaA']),
    ('(?i)[^é]', 0, ['É', 'e']),
    ('a.b', S | M, ['a\nb']),
    ('(?L)a', 0, []),
    # a failed alternative keeps its marks when no REPEAT is active (sre's BRANCH)
    ('(?:(?:(a)|())++)++', 0, ['acaba', 'a']),
    ('(?:(a)c|())++', 0, ['ab', 'acb']),
    ('(?:(a)c|b)', 0, ['ab']),
    ('(?>(a)c|())', 0, ['ab']),
]

BYTES = [
    (b'abc', 0, [b'xabcx', b'ab']),
    (b'a.c', 0, [b'a\nc', b'abc']),
    (rb'\w+', 0, [b'hello world \xe9t\xe9']),
    (rb'\w+', L, [b'hello world']),
    (rb'\d+', 0, [b'a12b']),
    (rb'\s+', 0, [b'a \t\x1cb']),
    (rb'[\x80-\xff]+', 0, [b'ab\x80\xffc']),
    (rb'(?i)abc', 0, [b'ABC', b'aBc']),
    (rb'(?i)[a-z]+', 0, [b'HeLLo']),
    (rb'(?i)\xe9', 0, [b'\xc9', b'\xe9']),
    (rb'(?i)\xe9', L, [b'\xc9', b'\xe9']),
    (rb'(?i)[\xe0-\xef]', L, [b'\xc9']),
    (rb'(a)(b)?', 0, [b'a', b'ab']),
    (rb'\bx\b', 0, [b'a x b']),
    (rb'\bx\b', L, [b'a x b']),
    (rb'(?P<n>\d+)', 0, [b'x42y']),
    (rb'(?L)(?i)k', 0, [b'K']),
    (rb'a|b', 0, [b'cba']),
    (rb'(?i)(a)\1', 0, [b'aA']),
    (rb'(?i)(a)\1', L, [b'aA']),
    (rb'(?i)[^a]', L, [b'A', b'b']),
    (rb'\x00+', 0, [b'a\x00\x00b']),
]

REPLS = ['-', r'<\g<0>>', r'\1', r'[\g<0>]\n', '']
BREPLS = [b'-', rb'<\g<0>>', rb'\1', b'']


def enc(v):
    if isinstance(v, bytes):
        return {'b': v.decode('latin-1')}
    if isinstance(v, str):
        return {'s': v}
    return v


def compile_args(pattern, flags):
    del captured[:]
    re.purge()
    p = re.compile(pattern, flags)
    a = captured[-1]
    return p, {
        'pattern': enc(a[0]), 'flags': a[1], 'code': list(a[2]), 'groups': a[3],
        'groupindex': a[4], 'indexgroup': list(a[5]),
    }


def desc(m):
    if m is None:
        return 'None'
    return repr((m.span(), m.group(0), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
                 [m.span(i) for i in range(m.re.groups + 1)]))


def attempt(f):
    try:
        return f()
    except Exception as e:
        return 'EXC ' + type(e).__name__ + ': ' + str(e)


def run(p, s, repls):
    out = []
    n = len(s)
    for pos, endpos in [(0, n), (1, n), (0, n - 1), (2, 1)]:
        for op in ('search', 'match', 'fullmatch'):
            out.append([op, pos, endpos, attempt(lambda: desc(getattr(p, op)(s, pos, endpos)))])
        out.append(['findall', pos, endpos, attempt(lambda: repr(p.findall(s, pos, endpos)))])
        out.append(['finditer', pos, endpos, attempt(lambda: repr([desc(m) for m in p.finditer(s, pos, endpos)]))])
    out.append(['split', 0, 0, attempt(lambda: repr(p.split(s)))])
    out.append(['split', 1, 0, attempt(lambda: repr(p.split(s, 1)))])
    for r in repls:
        try:
            res = repr(p.subn(r, s))
        except Exception as e:
            res = type(e).__name__ + ': ' + str(e)
        out.append(['subn', enc(r), 0, res])
    for cnt in (0, 1):
        try:
            res = repr(p.subn(lambda m: m.group(0).upper(), s, cnt))
        except Exception as e:
            res = type(e).__name__ + ': ' + str(e)
        out.append(['subn', 'upper', cnt, res])
    return out


def templates(p, repls):
    t = {}
    for r in repls:
        try:
            t[repr(r)] = [enc(x) for x in _parser.parse_template(r, p)]
        except Exception as e:
            t[repr(r)] = {'error': str(e)}
    return t


cases = []
for pattern, flags, subjects in CORPUS + BYTES:
    repls = BREPLS if isinstance(pattern, bytes) else REPLS
    try:
        p, args = compile_args(pattern, flags)
    except Exception as e:
        print('skip', repr(pattern), e, file=sys.stderr)
        continue
    args['templates'] = templates(p, repls)
    args['runs'] = [[enc(s), run(p, s, repls)] for s in subjects]
    args['repr'] = repr(p)
    cases.append(args)
# The case helpers over every code point, as a digest.
import hashlib
casemap = hashlib.sha256(repr([(c, real_sre.unicode_tolower(c), real_sre.unicode_iscased(c), real_sre.ascii_tolower(c),
                                real_sre.ascii_iscased(c)) for c in range(0x110000)]).encode()).hexdigest()
json.dump({'casemap': casemap, 'cases': cases}, sys.stdout, indent=None, separators=(',', ':'))
print()
