class Config:
    defaults = {'a': 1}
    count = 0
    def __init__(self, **kw):
        self.values = {**self.defaults, **kw}
        Config.count += 1
    def __getattr__(self, name):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(f'no config {name!r}') from None
c = Config(b=2)
print(c.a, c.b, Config.count, c.count)
try:
    c.zzz
except AttributeError as e:
    print(e, e.__cause__, e.__suppress_context__)
c.count = 100
print(c.count, Config.count, Config().count)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
k = Counter()
print(k.inc(), k.inc(), Counter.n, k.__dict__)
class WithDoc:
    '''Class docstring.'''
    x: int = 5
    y: str
print(WithDoc.__doc__, WithDoc.__annotations__, WithDoc.x, hasattr(WithDoc, 'y'))
print(WithDoc.__name__, WithDoc.__qualname__, WithDoc.__module__, type(WithDoc.__dict__).__name__, '__weakref__' in WithDoc.__dict__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
def factory(n):
    class Made:
        val = n
        def get(self):
            return self.val
    return Made
M1, M2 = factory(1), factory(2)
print(M1().get(), M2().get(), M1.__qualname__, M1 is M2)
class Dyn:
    pass
Dyn.added = lambda self: 'added later'
Dyn.static = staticmethod(lambda: 'static later')
print(Dyn().added(), Dyn.static(), 'added' in Dyn.__dict__)
del Dyn.added
print(hasattr(Dyn(), 'added'))
try:
    Dyn.__dict__['x'] = 1
except TypeError as e:
    print(e)
setattr(Dyn, 'via_setattr', 42)
print(Dyn.via_setattr, getattr(Dyn, 'missing', 'dflt'))
class Attrs:
    a = 1
    b = a + 1
    c = [a, b]
    del a
print(Attrs.b, Attrs.c, hasattr(Attrs, 'a'))
try:
    int.new_attr = 1
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
print(type(c).__name__, c.__class__ is Config, type(Config), Config.__bases__, Config.__base__)
