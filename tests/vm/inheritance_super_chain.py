log = []
class Base:
    def __init__(self, **kw):
        log.append('Base')
        self.extra = kw
class A(Base):
    def __init__(self, a=1, **kw):
        log.append('A')
        self.a = a
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=2, **kw):
        log.append('B')
        self.b = b
        super().__init__(**kw)
class C(A, B):
    def __init__(self, c=3, **kw):
        log.append('C')
        self.c = c
        super().__init__(**kw)
obj = C(a=10, b=20, c=30, z=99)
print(log, obj.a, obj.b, obj.c, obj.extra, [k.__name__ for k in C.__mro__])
class Loud:
    def greet(self):
        return ['Loud']
class Polite(Loud):
    def greet(self):
        return ['Polite'] + super().greet()
class Friendly(Loud):
    def greet(self):
        return ['Friendly'] + super().greet()
class Host(Polite, Friendly):
    def greet(self):
        return ['Host'] + super().greet()
print(Host().greet(), super(Polite, Host()).greet(), super(Friendly, Host()).greet())
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class WithMeta(C, metaclass=Meta):
    pass
log.clear()
w = WithMeta()
print(log, w.created_by_meta, w.a, w.c)
