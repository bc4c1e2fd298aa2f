import sys
class R:
    def __repr__(self): return repr(self)
class S:
    def __str__(self): return str(self)
class C:
    def __eq__(self, o): return self == o
class K:
    def __call__(self): return self()
for lim in (1000, 50):
    sys.setrecursionlimit(lim)
    for f in [lambda: repr(R()), lambda: str(S()), lambda: C() == 1, lambda: K()()]:
        try: f()
        except RecursionError as e: print(lim, e)
a=[]; a.append(a); b=[]; b.append(b)
try: a == b
except RecursionError as e: print(e)
sys.setrecursionlimit(30)
deep = []
for _ in range(3000):
    deep = [deep]
print(len(repr(deep)), deep == deep, str(deep)[:5])
d = {}
for _ in range(20000):
    d = {'k': d}
try:
    repr(d)
except RecursionError as e:
    print(e)
t = ()
for _ in range(20000):
    t = (t,)
try:
    hash(t) if False else t == t
    print('compared')
except RecursionError as e:
    print(e)
