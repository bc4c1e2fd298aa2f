class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'P({self.x!r})'
class Q(P):
    def __str__(self):
        return f'Q with {self.x}'
class R:
    pass
p, q = P('a'), Q(2)
print(p, str(p), repr(p), q, repr(q), [p, q], (q,), {'k': q}, {q})
print(str(R()).startswith('<__main__.R object at 0x'), repr(R) , repr(P.__repr__).startswith('<function P.__repr__'))
print(repr(int), repr(len), repr(object()).startswith('<object object at'), repr(type), str(int), repr(None.__class__))
print(repr([1, 'a', None, 2.5, [3]]), str((1,)), repr({1: {2: 3}}), repr(set()), repr({1, 2}), repr(frozenset({1})), repr(range(3)), repr(slice(None)))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class StrSub(str):
    pass
class ReprStrSub:
    def __repr__(self):
        return StrSub('sub repr')
print(repr(ReprStrSub()), type(repr(ReprStrSub())).__name__)
l = [1]
l.append(l)
d = {}
d['self'] = d
print(l, d, repr(l))
class Rec:
    def __repr__(self):
        return f'Rec({self!s})' if False else 'Rec'
print([Rec()] * 2)
print(format(P('f'), ''), '{}'.format(q), '{!r}'.format(q), f'{q!s}', '%s %r' % (q, q))
try:
    format(R(), 'x')
except TypeError as e:
    print(e)
print(str(1.0), str(1e16), str(-0.0), repr(1e-5), str(123456789.123), str(True), str(None), str(b'\x00'), str([b'a']))
print(repr('a\\b'), repr(r'\d'), str('multi\nline'), repr('multi\nline'))
class Fmt:
    def __format__(self, spec):
        return 'Fmt:' + spec
print(format(Fmt(), '>10'), f'{Fmt():xyz}', '{:abc}'.format(Fmt()))
class NoFormat:
    __format__ = None
try:
    format(NoFormat())
except TypeError as e:
    print(e)
