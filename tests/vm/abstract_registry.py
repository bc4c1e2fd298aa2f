class PluginMeta(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        required = getattr(cls, 'required', ())
        missing = [m for m in required if not callable(ns.get(m)) and not any(callable(getattr(b, m, None)) for b in bases)]
        cls.abstract = bool(missing)
        if not cls.abstract and bases:
            mcs.registry[name.lower()] = cls
        return cls
    def __call__(cls, *a, **k):
        if cls.abstract:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__}")
        return super().__call__(*a, **k)
class Base(metaclass=PluginMeta):
    required = ('run', 'name')
class Half(Base):
    def run(self):
        return 'half'
class Full(Half):
    def name(self):
        return 'full'
class Other(Base):
    def run(self): return 'other'
    def name(self): return 'o'
print(sorted(PluginMeta.registry), Full().run(), Full().name(), Other().run())
for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(type(Full).__name__, Full.abstract, Half.abstract, isinstance(Full(), Base), [c.__name__ for c in Full.__mro__])
