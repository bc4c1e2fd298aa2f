class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin):
    pass
class B(Plugin, name='bee'):
    pass
class C(B):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class D(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.owner = owner
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f'<{self.name} unset>')
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    first = Field()
    second = Field()
m = Model()
m.first = 'F'
print(m.first, m.second, Model.first.owner.__name__)
f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, 'name'))
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('boom in set_name')
try:
    class Holder:
        b = Boom()
except ValueError as e:
    print(type(e).__name__, e)
class GA:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(GA[int], GA['x'], GA[1, 2])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
class Base:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, 'depth', -1) + 1
class L1(Base): pass
class L2(L1): pass
print(L1.depth, L2.depth)
