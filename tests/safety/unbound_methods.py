# Calls every method/function/operator with ill-typed arguments: each may raise
# any exception but SystemError (what a Go panic in Kaa becomes). Run by safety_test.go.
import sys
types_ = [int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview, property, staticmethod, classmethod, super, type, object, BaseException, ValueError, OSError, StopIteration, SyntaxError, UnicodeDecodeError, KeyError, ExceptionGroup, enumerate, zip, map, filter, reversed]
args_pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), ('a', 'b'), (b'x',), (1.5,), (object(),), ((1,),), (-1,), (2**70,), ('x', 1), (1, 'x'), ([1], [2]), (slice(1, 2),)]
bad = 0
count = 0
def call(f, s, a):
    return f(s, *a)
for T in types_:
    for name in dir(T):
        if name in ('__del__', '__init_subclass__'):
            continue
        try:
            attr = getattr(T, name)
        except Exception:
            continue
        if not callable(attr):
            continue
        for self_ in [5, 'str', b'b', [1], (1,), {1: 2}, {1}, 1.5, None, T]:
            for a in args_pool:
                count += 1
                try:
                    call(attr, self_, a)
                except SystemError as e:
                    bad += 1
                    print('SYSTEMERROR', T.__name__, name, repr(self_)[:20], a, e)
                except BaseException:
                    pass
print('calls', count, 'system errors', bad)
