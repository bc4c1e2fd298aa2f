print(None, repr(None), type(None).__name__, None is None, bool(None), str(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis)
print(type(None)(), type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    type(None)(1)
except TypeError as e:
    print(e)
try:
    bool(NotImplemented)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(f(), f() is None, [None] * 2, {None: 1}[None], hash(None) == hash(None))
try:
    None.x = 1
except AttributeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
print(None.__eq__(None), None.__ne__(1), None.__class__, None.__bool__(), (...).__class__.__name__)
x = [1, 2, 3]
print(x[...] if False else 'ok', x[:])
print(__debug__, type(__debug__).__name__, __name__, type(__builtins__).__name__ in ('module', 'dict'))
