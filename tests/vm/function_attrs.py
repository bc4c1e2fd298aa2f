def f(a, b=2, *args, c, d=4, **kw):
    'docstring of f'
    x = 1
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_filename.endswith('function_attrs.py'), co.co_firstlineno)
print(co.co_flags & 0x0f, type(co).__name__, co.co_qualname, f.__annotations__, type(f).__name__, f.__globals__ is globals())
f.__name__ = 'renamed'
f.attr = 'custom'
print(f.__name__, f.attr, f.__dict__, repr(f).startswith('<function f at'))
def ann(x: int, y: 'str' = 'a') -> list:
    pass
print(ann.__annotations__)
def outer():
    v = 1
    def inner():
        return v
    return inner
i = outer()
print(i.__qualname__, i.__closure__[0].cell_contents, i.__code__.co_freevars, outer.__code__.co_cellvars, i.__closure__[0].__class__.__name__)
try:
    f.__code__ = 5
except TypeError as e:
    print(e)
def g():
    yield 1
async def h():
    pass
print(g.__code__.co_flags & 0x20 != 0, h.__code__.co_flags & 0x80 != 0, f.__code__.co_flags & 0x20)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, (lambda: 0).__code__.co_name)
class C:
    def m(self):
        pass
    class Inner:
        def n(self):
            pass
print(C.m.__qualname__, C.Inner.n.__qualname__, C.Inner.__qualname__, C.__module__, C.__name__)
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    return wrapper
@deco
def decorated():
    return 'd'
print(decorated(), decorated.__name__, decorated.__wrapped__.__name__)
print(f.__code__.co_consts[0] if False else 'skip', callable(f), f.__call__.__class__.__name__)
def defaults_mut(l=[]):
    l.append(1)
    return len(l)
print(defaults_mut(), defaults_mut(), defaults_mut.__defaults__)
print(type(f.__code__.co_code).__name__, len(f.__code__.co_lnotab) >= 0 if hasattr(f.__code__, 'co_lnotab') else True, f.__code__.co_stacksize > 0)
print(f.__code__.replace(co_name='x').co_name if hasattr(f.__code__, 'replace') else 'x')
