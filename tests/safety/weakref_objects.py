# Weak references and proxies, alive and dead, through every operator and with
# ill-typed arguments; weak containers fed bad input. No SystemError may come out.
import gc
import weakref


class Plain:
    pass


class Full:
    def __call__(self, *a):
        return a

    def __iter__(self):
        return iter([1])

    def __next__(self):
        raise StopIteration

    def __len__(self):
        return 1

    def __getitem__(self, k):
        return k


alive = [Plain(), Full(), len, Plain, {1}]
refs = [weakref.ref(o) for o in alive] + [weakref.proxy(o) for o in alive]
dead_objs = [Plain(), Full()]
dead = [weakref.ref(o) for o in dead_objs] + [weakref.proxy(o) for o in dead_objs]
del dead_objs
gc.collect()
values = [1, 'x', None, 2.5, [], {}, (), object(), Plain(), b'', 2**70] + refs[:3] + dead[:3]
ops = [lambda a, b=1, c=None: a + b, lambda a, b=1, c=None: a - b, lambda a, b=1, c=None: a * b,
       lambda a, b=1, c=None: a / b, lambda a, b=1, c=None: a // b, lambda a, b=1, c=None: a % b,
       lambda a, b=1, c=None: a ** b, lambda a, b=1, c=None: a << b, lambda a, b=1, c=None: a >> b,
       lambda a, b=1, c=None: a & b, lambda a, b=1, c=None: a | b, lambda a, b=1, c=None: a ^ b,
       lambda a, b=1, c=None: a @ b, lambda a, b=1, c=None: a < b, lambda a, b=1, c=None: a <= b,
       lambda a, b=1, c=None: a == b, lambda a, b=1, c=None: a != b, lambda a, b=1, c=None: a > b,
       lambda a, b=1, c=None: a >= b, lambda a, b=1, c=None: b in a, lambda a, b=1, c=None: a[b],
       lambda a, b=1, c=None: a.__setitem__(b, c), lambda a, b=1, c=None: a.__delitem__(b),
       lambda a, b=1, c=None: -a, lambda a, b=1, c=None: +a, lambda a, b=1, c=None: ~a,
       lambda a, b=1, c=None: a.__index__(), lambda a, b=1, c=None: a is b, lambda a, b=1, c=None: not a]
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']:
    ops.append(lambda a, b=1, c=None, name=name: getattr(a, '__i%s__' % name)(b))
bad = count = 0
for r in refs + dead:
    for op in ops:
        for v in values:
            for args in [(r,), (r, v), (v, r), (r, v, v)]:
                count += 1
                try:
                    op(*args)
                except SystemError as e:
                    bad += 1
                    print('SYSTEMERROR', op.__name__, args, e)
                except BaseException:
                    pass
    for f in [repr, str, hash, bool, len, iter, next, abs, int, float, complex, bytes, reversed, dir, divmod, pow, round,
              lambda x: x(), lambda x: x(1), lambda x: x.__callback__, lambda x: x.attr, lambda x: setattr(x, 'a', 1),
              lambda x: delattr(x, 'a'), lambda x: x[0], lambda x: x.__class__, lambda x: weakref.ref(x),
              lambda x: weakref.getweakrefs(x), lambda x: weakref.getweakrefcount(x), lambda x: divmod(x, 2),
              lambda x: divmod(2, x), lambda x: pow(x, 2, 3), lambda x: x.__bytes__(), lambda x: x.__reversed__(),
              lambda x: type(x)(x), lambda x: type(x).__new__(type(x), x), lambda x: type(x).__init__(x, 1, 2, 3),
              lambda x: type(x).__call__(x, 1), lambda x: type(x).__hash__(x), lambda x: type(x).__repr__(1)]:
        count += 1
        try:
            f(r)
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', r, e)
        except BaseException:
            pass
for cls in [weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet, weakref.WeakMethod,
            weakref.KeyedRef, weakref.finalize, weakref.ref, weakref.proxy, weakref.ProxyType, weakref.CallableProxyType]:
    for args in [(), (1,), ([1],), ({1: 2},), (None,), (Plain(),), (Plain(), None), (Plain(), 1, 2), ({Plain(): 1},),
                 ([(1, Plain())],), (Plain().__init__,), (Plain(), max, 1)]:
        count += 1
        try:
            obj = cls(*args)
            for meth in ['__len__', '__iter__', 'copy', 'pop', 'popitem', '__repr__', 'clear', 'keys', 'values', 'items']:
                m = getattr(obj, meth, None)
                if m is not None:
                    try:
                        list(m()) if meth in ('keys', 'values', 'items', '__iter__') else m()
                    except SystemError:
                        raise
                    except BaseException:
                        pass
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', cls, args, e)
        except BaseException:
            pass
print('calls', count, 'system errors', bad)
