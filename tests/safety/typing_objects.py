# Calls every method/function/operator with ill-typed arguments: each may raise
# any exception but SystemError (what a Go panic in Kaa becomes). Run by safety_test.go.
import _typing
def f[T: int, *Ts, **P](): pass
class C[X]: pass
type A[Y] = list[Y]
objs = list(f.__type_params__) + [C, C[int], A, A[int], _typing.Generic, _typing.NoDefault, f.__type_params__[2].args, _typing.TypeVar, _typing.TypeAliasType,
        _typing.ParamSpec, _typing.TypeVarTuple, _typing.ParamSpecArgs, _typing.ParamSpecKwargs, type(_typing.NoDefault),
        int | list, list[int], list[f.__type_params__[0]], int | f.__type_params__[0]]
args_pool = [(), (1,), ('x',), (None,), ((1,),), (int,), (1, 2), ('a', int), ([],), (C[int], (1,)), (C[int], 1), (A[int], ()), (1, 'x'), (list[int], (int, str))]
bad = count = 0
def call(fn, a):
    return fn(*a)
for o in objs:
    for name in dir(o):
        try:
            attr = getattr(o, name)
        except Exception:
            continue
        if not callable(attr) or name in ('__init_subclass__',):
            continue
        for a in args_pool:
            count += 1
            try:
                call(attr, a)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', o, name, a, e)
            except BaseException:
                pass
for a in objs:
    for b in objs + [1, 'x', None]:
        for op in (lambda x, y: x | y, lambda x, y: x == y, lambda x, y: x[y], lambda x, y: hash(x), lambda x, y: repr(x), lambda x, y: x(y)):
            count += 1
            try:
                call(lambda p, q: op(p, q), (a, b))
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', a, b, e)
            except BaseException:
                pass
print('calls', count, 'system errors', bad)
