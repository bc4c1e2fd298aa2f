class Typed:
    def __init__(self, typ, default=None):
        self.typ, self.default = typ, default
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f'{self.name[1:]} must be {self.typ.__name__}, got {type(value).__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        raise AttributeError(f"can't delete {self.name[1:]}")
class Bounded(Typed):
    def __init__(self, lo, hi):
        super().__init__((int, float), lo)
        self.lo, self.hi = lo, hi
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f'{self.name[1:]}={value} out of [{self.lo}, {self.hi}]')
class Person:
    name = Typed(str, 'anon')
    age = Bounded(0, 150)
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f'Person({self.name!r}, {self.age})'
p = Person('Ann', 30)
print(p, Person.name.__class__.__name__, vars(p))
for action in [lambda: setattr(p, 'name', 5), lambda: setattr(p, 'age', 200), lambda: setattr(p, 'age', 'old'), lambda: delattr(p, 'name'), lambda: Person('Bob', -1)]:
    try:
        action()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
p.age = 31.5
print(p, p.age, type(Person.__dict__['age']).__mro__[1].__name__)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return sum(range(1000))
d = Data()
print(d.expensive, d.expensive, Data.calls, 'expensive' in vars(d))
