# str methods on strings holding lone surrogates (as surrogateescape makes them).
s = 'Ab\udce9 cD\ud800 e'
tests = [
    lambda: s.upper(), lambda: s.lower(), lambda: s.title(), lambda: s.swapcase(), lambda: s.casefold(),
    lambda: s.capitalize(), lambda: s.split(), lambda: s.split('\udce9'), lambda: s.rsplit(' ', 1),
    lambda: s.partition('\ud800'), lambda: s.rpartition(' '), lambda: s.replace('\udce9', 'X'),
    lambda: s.replace(' ', '\udc80'), lambda: s.find('\ud800'), lambda: s.index(' e'), lambda: s.count('\udce9'),
    lambda: s.strip('A\ud800 e'), lambda: s.center(15, '\udc81'), lambda: s.ljust(12, '*'), lambda: s.zfill(12),
    lambda: s.expandtabs(), lambda: s[::-1], lambda: s[2], lambda: s[1:4], lambda: list(s), lambda: sorted(s),
    lambda: s.encode('utf-8', 'surrogateescape') if False else s.encode('utf-8', 'surrogatepass'),
    lambda: s.encode('utf-8', 'replace'), lambda: s.encode('utf-8', 'backslashreplace'), lambda: s.encode('ascii', 'xmlcharrefreplace'),
    lambda: s.encode('utf-16', 'surrogatepass'), lambda: b'a\xed\xb3\xa9'.decode('utf-8', 'surrogatepass'),
    lambda: repr(s), lambda: f'{s!r:>20}', lambda: format(s, '^15'), lambda: '{:.4}'.format(s),
    lambda: s.join(['1', '2']), lambda: '\udce9'.join('ab'), lambda: s.isprintable(), lambda: s.isalpha(),
    lambda: ord(s[2]), lambda: chr(0xdce9) == s[2], lambda: s.startswith('Ab\udce9'), lambda: s.endswith('\ud800 e'),
    lambda: s.translate({0xdce9: 'T', ord('A'): None}), lambda: str.maketrans('\udce9', 'x'),
    lambda: hash(s) == hash('Ab\udce9' + ' cD\ud800 e'), lambda: {s: 1}['Ab\udce9 cD\ud800 e'],
    lambda: s < 'Ab\udcea', lambda: max(s), lambda: min(s), lambda: s.splitlines(), lambda: ('x\udce9\ny').splitlines(),
    lambda: s.removeprefix('Ab\udce9'), lambda: s.removesuffix(' e'), lambda: '%r %a' % (s, s), lambda: s * 2,
    lambda: 'é\udce9'.encode('latin-1', 'surrogateescape') if False else 'é'.encode('latin-1'),
    lambda: s.encode('utf-8', 'surrogateescape') if '\ud800' not in s else s.replace('\ud800','').encode('utf-8', 'surrogateescape'),
]
for i, t in enumerate(tests):
    try:
        print(i, ascii(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
