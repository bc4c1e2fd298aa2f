vals = [1, -1.5, 'text', "it's", 'say "hi"', 'tab\t', 'nl\n', 'uni é', '\x00', [1, 'a'], (1,), {'k': None}, {1}, b'\x00a', None, True, ..., 1e100, float('nan'), 2**70, -0.0, 3 + 0j, range(3), slice(1, 2)]
for v in vals:
    print(str(v), '|', repr(v), '|', ascii(v))
class S:
    def __str__(self): return 'str!'
class R:
    def __repr__(self): return 'repr!'
class Both(S, R):
    pass
print(str(S())[:10] if False else str(S()), repr(R()), str(R()), repr(Both()), str(Both()), [S()][0].__class__.__name__, ascii(R()))
print(str(), str(''), str(b'abc'), str(bytearray(b'x')), str(5, ) if False else str(5), str(object='kw'), repr(str), repr(repr))
