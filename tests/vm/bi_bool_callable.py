for v in [0, 1, -1, 0.0, 1e-300, '', ' ', [], [0], (), {}, {0: 0}, set(), None, range(0), range(1), b'', bytearray(1), 0j, float('nan')]:
    print(repr(v), bool(v))
print(bool(), bool(bool), isinstance(True, int), True + True, True * 3.5, True == 1.0, hash(True) == hash(1), str(True), int(False))
class C:
    def __call__(self): pass
class D:
    pass
d = D()
d.__call__ = lambda: 1
print(callable(C()), callable(D()), callable(d), callable(C), callable(print), callable(len), callable(None), callable(lambda: 0), callable([].append), callable(type))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(e)
