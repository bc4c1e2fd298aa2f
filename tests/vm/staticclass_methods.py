class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def helper(x):
        return x * 2
class D(C):
    pass
d = D.make()
print(type(d).__name__, C.how_many(), D.how_many(), C.helper(3), d.helper(4))
print(type(C.__dict__['make']).__name__, type(C.__dict__['helper']).__name__)
print(C.__dict__['helper'].__func__(5), C.__dict__['make'].__func__(D).__class__.__name__)
sm = staticmethod(len)
print(sm.__func__, callable(sm), sm([1]))
cm = classmethod(lambda cls: cls.__name__)
class E:
    name = cm
print(E.name(), E().name())
print(C.make.__self__ is C, D.make.__self__ is D, C.helper.__name__)
class P:
    @property
    @classmethod
    def bad(cls):
        return 1
try:
    P().bad
except TypeError as e:
    print('TypeError', e)
class W:
    @staticmethod
    def s():
        'doc of s'
        return 's'
print(W.s.__doc__, W.__dict__['s'].__doc__, W.__dict__['s'].__wrapped__ is W.s)
print(isinstance(W.__dict__['s'], staticmethod), staticmethod.__name__)
