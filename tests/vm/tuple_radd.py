# tuple + x tries x.__radd__ before refusing (CPython has only sq_concat for tuple).
class X:
    def __radd__(self, other): return ('radd', other)
    def __rmul__(self, other): return ('rmul', other)
print((1, 2) + X())
print([1] + X())
print('s' + X() if hasattr(str, '__radd__') else 'skip')
print((1,) * 2, X.__rmul__(X(), 3))
try:
    (1,) + [2]
except TypeError as e: print(e)
class T(tuple):
    def __radd__(self, o): return 'T.radd'
print((1,) + T((2,)))
print([1] + T((2,)) if False else 'x')
for b in [None, 5, 'x', [1], {1: 2}, object(), len, type, 1.5, b'x']:
    try:
        print((1,) + b)
    except TypeError as e:
        print(e)
class N:
    def __radd__(self, o): return NotImplemented
try:
    (1,) + N()
except TypeError as e:
    print(e)
