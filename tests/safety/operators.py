# Calls every method/function/operator with ill-typed arguments: each may raise
# any exception but SystemError (what a Go panic in Kaa becomes). Run by safety_test.go.
import io
objs = [5, -3, 0, 2**70, 1.5, -0.0, float('nan'), float('inf'), 1j, True, 'str', '', b'b', bytearray(b'ba'), memoryview(b'mv'), [1, 2], (1,), {1: 2}, {1}, frozenset({2}), range(3), slice(1, 2), None, ..., NotImplemented, int, object(), ValueError('v'), property(), (x for x in []), io.StringIO('s'), lambda: 0, print, [].append, {}.keys(), {1: 2}.items(), iter([1]), super(int, 1)]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '<', '<=', '==', '!=', '>', '>=', 'in', 'is']
fns = {op: eval(f'lambda a, b: a {op} b') for op in ops}
fns['getitem'] = lambda a, b: a[b]
fns['divmod'] = divmod
fns['format'] = lambda a, b: format(a, b) if isinstance(b, str) else format(a)
fns['pow3'] = lambda a, b: pow(a, b, 7)
fns['iadd'] = lambda a, b: a.__iadd__(b) if hasattr(a, '__iadd__') else None
fns['setitem'] = lambda a, b: a.__setitem__(b, b) if hasattr(a, '__setitem__') and not isinstance(a, memoryview) else None
def call(f, a, b):
    return f(a, b)
bad = count = 0
for name, f in fns.items():
    for a in objs:
        for b in objs:
            count += 1
            try:
                call(f, a, b)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', name, repr(a)[:20], repr(b)[:20], e)
            except BaseException:
                pass
for a in objs:
    for f in (len, hash, str, repr, iter, bool, abs, lambda x: -x, lambda x: ~x, list, sorted, dir, vars, type, id, callable, reversed, sum, min, max, tuple, set, dict, enumerate, next, int, float, complex, bytes, bytearray, memoryview, ascii, hex, round, format):
        count += 1
        try:
            call(lambda x, _: f(x), a, None)
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', f, repr(a)[:20], e)
        except BaseException:
            pass
print('calls', count, 'system errors', bad)
