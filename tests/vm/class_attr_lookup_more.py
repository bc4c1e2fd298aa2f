class Base:
    x = 'Base.x'
    def m(self):
        return 'Base.m'
class Child(Base):
    pass
c = Child()
print(c.x, c.m(), Child.x)
Base.x = 'changed'
print(c.x)
Child.x = 'child own'
print(c.x, Base.x)
del Child.x
print(c.x)
c.x = 'instance'
print(c.x, Child.x)
del c.x
print(c.x)
Base.m = lambda self: 'patched'
print(c.m())
class WithGetattr:
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)
w = WithGetattr()
print(w.dyn_hello, hasattr(w, 'other'), getattr(w, 'dyn_x'))
class Counted:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
class Sub(Counted):
    pass
Counted(); Sub(); Sub()
print(Counted.instances, Sub.instances)
class Desc:
    def __get__(self, obj, typ):
        return 'desc on ' + ('class' if obj is None else 'instance')
class HasDesc:
    d = Desc()
h = HasDesc()
h.__dict__['d'] = 'instance dict'
print(h.d, HasDesc.d)
class DataDesc(Desc):
    def __set__(self, obj, v):
        pass
class HasData:
    d = DataDesc()
hd = HasData()
hd.__dict__['d'] = 'shadowed?'
print(hd.d)
print(type(c).__name__, c.__class__.__bases__[0].__name__, Child.__mro__[-1].__name__, isinstance(c, Base))
