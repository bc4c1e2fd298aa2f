class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        'celsius'
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        self._c = None
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.c = 100
print(t.c, t.f, Temp.c.__doc__, type(Temp.c).__name__)
try:
    t.c = -300
except ValueError as e:
    print(e)
del t.c
print(t.c)
try:
    t.f = 1
except AttributeError as e:
    print(e)
try:
    del t.f
except AttributeError as e:
    print(e)
p = property()
class Q:
    x = p
try:
    Q().x
except AttributeError as e:
    print(e)
print(Temp.c.fget.__name__, Temp.c.fset.__name__, Temp.c.fdel.__name__, Temp.f.fset)
class R:
    @property
    def v(self):
        raise AttributeError('inner missing')
    def __getattr__(self, n):
        return 'getattr ' + n
print(R().v)
class Base:
    @property
    def name(self):
        return 'base'
class Derived(Base):
    @Base.name.getter
    def name(self):
        return 'derived'
print(Base().name, Derived().name)
prop = property(doc='explicit')
print(prop.__doc__)
class Named:
    val = property(lambda s: 1)
print(Named.val.__name__ if hasattr(Named.val, '__name__') else 'noname')
print(isinstance(Temp.c, property), property.__isabstractmethod__.__class__.__name__)
