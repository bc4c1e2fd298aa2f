# Calls every method/function/operator with ill-typed arguments: each may raise
# any exception but SystemError (what a Go panic in Kaa becomes). Run by safety_test.go.
import builtins, math, sys, io
skip = {'input', 'breakpoint', 'exit', 'quit', 'help', 'open', 'print', '__import__', 'exec', 'eval', 'compile', 'setrecursionlimit', 'set_int_max_str_digits', 'exit', 'remove', 'unlink', 'rmdir', 'mkdir', 'rename'}
fns = [(m.__name__, n, getattr(m, n)) for m in (builtins, math, sys) for n in dir(m) if callable(getattr(m, n)) and n not in skip and not n.startswith('__')]
args_pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), ('a', 'b'), (b'x',), (1.5,), (object(),), ((1,),), (-1,), (2**70,), ('x', 1), (1, 'x'), (0,), (-2**63,), (2**63,), ('',), (1, 2, 3), (slice(None),), (int,), (str, 1), (float('inf'),), (float('nan'),), (1j,), ([1, 'a'],), (range(3),), (1, 2, 3, 4), (iter([1]),), (-1.5, 2), (0, 0), ([[]],)]
kw_pool = [{}, {'key': len}, {'default': 0}, {'start': 1}, {'sep': ''}, {'bogus': 1}, {'strict': True}, {'base': 2}]
bad = count = 0
def call(f, a, k):
    return f(*a, **k)
for mod, n, f in fns:
    for a in args_pool:
        for k in kw_pool:
            count += 1
            try:
                r = call(f, a, k)
                if hasattr(r, '__next__') and n not in ('iter',):
                    for _ in zip(range(5), r):
                        pass
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', mod, n, a, k, e)
            except BaseException:
                pass
print('calls', count, 'system errors', bad)
