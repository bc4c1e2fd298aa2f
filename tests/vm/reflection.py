class Plugin:
    '''A plugin.'''
    version = (1, 2)
    def __init__(self, name):
        self.name = name
    def run(self, x, *, twice=False):
        return x * (2 if twice else 1)
    @staticmethod
    def helper():
        return 'help'
    @classmethod
    def create(cls):
        return cls('default')
    @property
    def upper(self):
        return self.name.upper()
p = Plugin.create()
print(type(p).__name__, p.name, p.upper, p.run(3, twice=True), Plugin.__doc__)
public = [n for n in dir(p) if not n.startswith('_')]
print(public)
for n in public:
    attr = getattr(type(p), n, None)
    kind = type(attr).__name__
    print(n, kind, callable(getattr(p, n)))
print(Plugin.run.__code__.co_varnames[:Plugin.run.__code__.co_argcount], Plugin.run.__code__.co_kwonlyargcount, Plugin.run.__defaults__, Plugin.run.__kwdefaults__)
print(vars(Plugin)['helper'].__class__.__name__, vars(Plugin)['create'].__class__.__name__, Plugin.__dict__['upper'].fget.__name__)
method = getattr(p, 'run')
print(method(5), method.__self__ is p, method.__func__ is Plugin.run, method.__name__)
setattr(p, 'dynamic', lambda: 'dyn')
print(p.dynamic(), 'dynamic' in vars(p), hasattr(Plugin, 'dynamic'))
print(isinstance(p, Plugin), issubclass(Plugin, object), Plugin.__bases__, Plugin.__mro__, Plugin.__module__, Plugin.__qualname__)
def describe(fn):
    co = fn.__code__
    return f'{fn.__name__}({", ".join(co.co_varnames[:co.co_argcount])}) flags={co.co_flags & 0xf} lines>0={co.co_firstlineno > 0}'
print(describe(Plugin.__init__), describe(describe))
