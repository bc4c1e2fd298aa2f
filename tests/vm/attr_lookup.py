class Data:
    def __get__(self, obj, typ=None):
        return 'data get'
    def __set__(self, obj, v):
        print('data set', v)
class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata get' if obj is not None else 'class access'
class C:
    d = Data()
    n = NonData()
    plain = 'class attr'
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
print(c.d, c.n, C.n, c.plain)
c.d = 5
c.plain = 'inst'
print(c.plain, C.plain, c.__dict__)
del c.plain
print(c.plain)
try:
    del c.plain
except AttributeError as e:
    print(e)
class G:
    def __getattr__(self, name):
        return 'fallback ' + name
    real = 1
g = G()
print(g.real, g.missing, getattr(g, 'other'))
class GA:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'getattr for ' + name
    x = 1
ga = GA()
print(ga.x, ga.secret, ga.nothing)
class S:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
s = S()
s.a = 2
print(s.a)
del s.a
print(hasattr(s, 'a'))
print(getattr(c, 'zzz', 'default'), hasattr(c, 'zzz'))
try:
    c.zzz
except AttributeError as e:
    print(e, e.name, e.obj is c)
try:
    C.zzz
except AttributeError as e:
    print(e)
class P:
    __slots__ = ('a',)
p = P()
try:
    p.b = 1
except AttributeError as e:
    print(e)
try:
    p.a
except AttributeError as e:
    print(e)
import sys
try:
    sys.nonexistent_attr
except AttributeError as e:
    print(e)
print(type(c).__dict__['plain'], 'd' in vars(c), vars(C)['plain'])
setattr(c, 'dyn', 1)
print(c.dyn, delattr(c, 'dyn'), hasattr(c, 'dyn'))
