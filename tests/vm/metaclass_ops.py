class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('__prepare__', name, kw)
        return {'injected': 42}
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
class A(metaclass=Meta, tag='t1'):
    x = 1
    def __init__(self, v):
        self.v = v
print(A, A.tag, A.injected, type(A).__name__)
a = A(5)
print(a.v)
class B(A):
    pass
print(B.tag, type(B) is Meta, isinstance(B, Meta), isinstance(A, type))
X = type('X', (), {'f': lambda self: 'f of X', 'n': 3})
print(X().f(), X.n, X.__name__, X.__bases__, type(X))
Y = Meta('Y', (A,), {})
print(Y.tag)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    pass
print(S() is S())
class AttrMeta(type):
    def __getattr__(cls, name):
        return f'meta getattr {name}'
    @property
    def prop(cls):
        return 'meta property'
class Z(metaclass=AttrMeta):
    pass
print(Z.anything, Z.prop, hasattr(Z(), 'prop'))
try:
    type('Q', (), {}, extra=1)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type.__name__, type(type), type.__class__, Meta.__mro__[1:], Meta.__call__.__name__)
class NS(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class Bad(metaclass=NS):
        pass
except TypeError as e:
    print(e)
