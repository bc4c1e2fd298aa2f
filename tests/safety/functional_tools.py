# Calls every method of the functional and container tools' objects (deque, defaultdict,
# OrderedDict, Counter, ChainMap, the User* classes, partial, the operator getters,
# itertools iterators, lru_cache wrappers, Template/Formatter, ExitStack, ...) and every
# function of their modules with ill-typed arguments: any exception but SystemError.
import collections, functools, itertools, operator, heapq, bisect, _string, string, textwrap, reprlib, contextlib, abc, _abc
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString, namedtuple
pool = [(), (1,), ('x',), (None,), ([],), ({},), (1, 2), ('a', 'b'), (b'x',), (1.5,), (object(),), ((1,),), (-1,), (2**70,), (-2**70,),
        ('x', 1), (1, 'x'), (0,), (slice(None),), (int,), (str, 1), (float('nan'),), ([1, 'a'],), (range(3),), (1, 2, 3), (iter([1]),), (len,), (abs, [1, -2])]
kws = [{}, {'bogus': 1}, {'key': len}, {'maxlen': 2}]
objs = [deque([1, 2, 3]), deque(maxlen=2), defaultdict(list, a=1), OrderedDict(a=1), Counter('ab'), ChainMap({1: 2}), UserDict(a=1), UserList([1]), UserString('s'),
        functools.partial(max, 1), operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('x'), itertools.count(), itertools.repeat(1, 3),
        itertools.islice('abc', 2), itertools.chain('ab'), itertools.groupby('aab'), itertools.tee('ab')[0], functools.lru_cache(lambda *a: a),
        functools.cmp_to_key(lambda a, b: 0)(1), _string.formatter_parser('{a}'), textwrap.TextWrapper(), reprlib.Repr(), string.Formatter(), string.Template('$a'),
        contextlib.ExitStack(), namedtuple('P', 'x')(1)]
bad = count = 0
for o in objs:
    for name in dir(o):
        if name in ('__del__', '__init_subclass__', '__class__', 'clear', '__setstate__') or name.startswith('__i') and False:
            continue
        try:
            m = getattr(o, name)
        except Exception:
            continue
        if not callable(m):
            continue
        for a in pool:
            for k in kws:
                count += 1
                try:
                    r = m(*a, **k)
                    if hasattr(r, '__next__') and not isinstance(r, (itertools.count, itertools.repeat, itertools.cycle)):
                        list(itertools.islice(r, 5))
                except SystemError as e:
                    bad += 1
                    print('SYSTEMERROR', type(o).__name__, name, a, k, e)
                except BaseException:
                    pass
# module-level functions too
for mod in (collections, functools, itertools, operator, heapq, bisect, string, textwrap, reprlib, contextlib, abc, _abc):
    for name in dir(mod):
        f = getattr(mod, name)
        if not callable(f) or name.startswith('__'):
            continue
        for a in pool:
            for k in kws:
                count += 1
                try:
                    r = f(*a, **k)
                    if hasattr(r, '__next__') and name not in ('count', 'repeat', 'cycle'):
                        list(itertools.islice(r, 5))
                except SystemError as e:
                    bad += 1
                    print('SYSTEMERROR', mod.__name__, name, a, k, e)
                except BaseException:
                    pass
print('calls', count, 'system errors', bad)
