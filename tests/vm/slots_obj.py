class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 9
print(r.w, r.x)
try:
    r.v = 1
except AttributeError as e:
    print(e)
class D:
    __slots__ = ('a', '__dict__')
d = D()
d.a = 1
d.b = 2
print(d.a, d.__dict__)
class W:
    __slots__ = ('__weakref__',)
print(hasattr(W(), '__dict__'))
class S:
    __slots__ = 'single'
s = S()
s.single = 'ok'
print(s.single, S.__slots__)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
class Priv:
    __slots__ = ('__p',)
    def set(self):
        self.__p = 5
        return self.__p
print(Priv().set(), Priv.__dict__.keys() >= {'_Priv__p'})
print(P.x.__name__, P.x.__objclass__ is P)
class E:
    __slots__ = ()
try:
    E().a = 1
except AttributeError as e:
    print(e)
