# Calls every function and type of the native standard modules with ill-typed and
# out-of-range arguments: each may raise any exception but SystemError (what a Go
# panic in Kaa becomes). Run by safety_test.go. Functions that would change the
# machine (clock_settime) or wait (sleep, with long durations) are left out.
import sys
names = ['time', 'errno', 'atexit', 'gc', '_abc', '_operator', '_codecs', 'itertools', '_weakref', 'weakref', 'copy', 'copyreg', 'types', '_functools', '_collections', '_heapq', '_bisect', '_string', '_sre', '_random', '_md5', '_sha1', '_sha2', '_sha3', '_blake2', '_locale', '_csv']
skip = {'clock_settime', 'clock_settime_ns', 'sleep', 'collect'}
mods = []
for n in names:
    try:
        mods.append(__import__(n))
    except ImportError:
        pass
fns = [(m.__name__, n, getattr(m, n)) for m in mods for n in dir(m) if callable(getattr(m, n)) and n not in skip and not n.startswith('__')]
st = None
for m in mods:
    if hasattr(m, 'struct_time'):
        st = m.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'UTC', 0))
args_pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), ('a', 'b'), (b'x',), (1.5,), (object(),), ((1,),), (-1,), (2**70,),
             ('x', 1), (1, 'x'), (0,), (-2**63,), (2**63,), ('',), (1, 2, 3), (slice(None),), (int,), (str, 1), (float('inf'),),
             (float('nan'),), (1j,), ([1, 'a'],), (range(3),), (1, 2, 3, 4), (iter([1]),), (-1.5, 2), (0, 0), ([[]],),
             ((2024,) * 9,), ((-2**31,) * 9,), ((2**31 - 1,) * 9,), ('%Y', (0,) * 9), ('%c%x%X%s%z%Z', (-2**31 + 1900,) * 9),
             ('%2147483647Y',), ('%s%c', (2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0)), ('%s%c%G%V', (-2**31 + 1900, 12, 31, 23, 59, 61, 6, 366, 1)), ('%s', (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, -1)), ('%' * 1000,), ('2024', '%Y %Y'), ('x' * 1000, '%a' * 500), (st,), ('%Z%z%s', st),
             (range(9), {'tm_zone': 1}), (range(11),), (1e18,), (-1e18,), (2**62,), (-2**62,), ('\ud800', '%Y\ud800')]
kw_pool = [{}, {'bogus': 1}, {'format': '%Y'}, {'dict': {}}]
bad = count = 0
for mod, n, f in fns:
    for a in args_pool:
        for k in kw_pool:
            count += 1
            try:
                f(*a, **k)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', mod, n, a, k, e)
            except BaseException:
                pass
# sleep: only short or invalid durations.
import time
for a in [(), ('x',), (None,), (-1,), (float('nan'),), (float('inf'),), (2**70,), (-2**63,), (1j,), (0,), (0.001,), (1, 2)]:
    count += 1
    try:
        time.sleep(*a)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR sleep', a, e)
    except BaseException:
        pass
print('calls', count, 'system errors', bad)
