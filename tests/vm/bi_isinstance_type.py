print(type(1), type('a'), type([]), type(type), type(None), type(...), type(1.0), type(1j), type(True), type(b''), type(range(1)))
print(type(1) is int, type(True) is bool, type(True) == int, isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)))
X = type('X', (object,), {'a': 1, 'f': lambda self: self.a * 2})
x = X()
print(X.__name__, X.__bases__, x.f(), type(x) is X, isinstance(x, X), X.__module__, X.__qualname__)
Y = type('Y', (X,), {'a': 5})
print(Y().f(), Y.__mro__, issubclass(Y, X), type(Y) is type)
print(isinstance(int, type), isinstance(type, object), isinstance(object, type), issubclass(type, type), issubclass(object, object))
for bad in [lambda: type('Z', 'notatuple', {}), lambda: type('Z', (), []), lambda: type(1, (), {}), lambda: isinstance(1, (int, 1)), lambda: issubclass('a', str)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(isinstance([], (list, (tuple, (dict,)))), isinstance({}, (list, (tuple, (dict,)))), issubclass(bool, (str, (int,))))
class Meta(type):
    pass
M = Meta('M', (), {})
print(type(M).__name__, isinstance(M, type), isinstance(M, Meta), type(M()).__name__)
