# Calls every method/function/operator with ill-typed arguments: each may raise
# any exception but SystemError (what a Go panic in Kaa becomes). Run by safety_test.go.
import io
objs = [5, -3, 2**70, 1.5, float('nan'), 1j, True, 'str', '', 'ß✓', b'b', bytearray(b'ba'), memoryview(b'mv'), [1, 2], (1,), {1: 2}, {1}, frozenset({2}), range(3), slice(1, 2), None, ..., NotImplemented, int, object(), ValueError('v'), KeyError(1), OSError(2, 'x', 'f'), StopIteration(3), property(), super(int, 1), (x for x in []), iter([]), enumerate([]), zip(), map(abs, []), io.StringIO('s'), io.BytesIO(b'b'), lambda: 0, print, len.__call__, [].append, (1).__add__]
args_pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), ('a', 'b'), (b'x',), (1.5,), (object(),), ((1,),), (-1,), (2**70,), ('x', 1), (1, 'x'), (0,), (-2**63,), (2**63,), ('',), (1, 2, 3), (slice(None),), (int,), (str, 1)]
skip = {'__del__', '__init_subclass__', 'close', 'release', 'clear', '__setstate__', 'detach'}
bad = count = 0
def call(f, a):
    return f(*a)
for o in objs:
    for name in dir(o):
        if name in skip:
            continue
        try:
            attr = getattr(o, name)
        except Exception:
            continue
        if not callable(attr):
            continue
        for a in args_pool:
            count += 1
            try:
                call(attr, a)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', type(o).__name__, name, a, e)
            except BaseException:
                pass
print('calls', count, 'system errors', bad)
