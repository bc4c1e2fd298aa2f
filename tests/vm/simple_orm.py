class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return self if obj is None else obj._data.get(self.name, self.default)
    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f'{self.name}: expected {self.kind.__name__}')
        obj._data[self.name] = value
class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        for b in bases:
            fields = {**getattr(b, '_fields', {}), **fields}
        cls = super().__new__(mcs, name, bases, ns)
        cls._fields = fields
        cls._rows = []
        return cls
class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        self._data = {}
        for k, f in self._fields.items():
            setattr(self, k, kw.pop(k, f.default))
        if kw:
            raise TypeError(f'unknown fields {sorted(kw)}')
    def save(self):
        type(self)._rows.append(self)
        return self
    @classmethod
    def where(cls, **cond):
        return [r for r in cls._rows if all(getattr(r, k) == v for k, v in cond.items())]
    def __repr__(self):
        return f'{type(self).__name__}(' + ', '.join(f'{k}={getattr(self, k)!r}' for k in self._fields) + ')'
class User(Model):
    name = Field(str)
    age = Field(int, 0)
class Admin(User):
    level = Field(int, 1)
User(name='ann', age=30).save(); User(name='bob').save(); Admin(name='root', level=9).save()
print(User._rows, Admin._rows, User.where(age=0), sorted(Admin._fields))
for bad in [lambda: User(name=5), lambda: User(nmae='x')]:
    try:
        bad()
    except TypeError as e:
        print(e)
