# copy.copy and copy.deepcopy of the container and functional types (deque with maxlen,
# OrderedDict order, Counter, defaultdict, ChainMap, namedtuple, partial, the User*
# classes, the operator getters, deque subclasses with attributes).
import copy, collections, functools, itertools, operator
from collections import *
d = deque([1, [2]], maxlen=5)
print(copy.copy(d), copy.deepcopy(d), copy.copy(d)[1] is d[1], copy.deepcopy(d)[1] is d[1])
od = OrderedDict(a=[1], b=2); od.move_to_end('a')
c = copy.deepcopy(od); print(c, type(c).__name__, list(c), c == od)
print(copy.copy(Counter('aab')), copy.deepcopy(defaultdict(list, a=[1])), copy.copy(ChainMap({1: 2})))
P = namedtuple('P', 'x y'); print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
p = functools.partial(max, 1, key=abs); print(copy.copy(p), copy.deepcopy(p))
class U(UserDict): pass
u = U(a=1); u.extra = 5; v = u.copy(); print(v, type(v).__name__, v.extra)
print(copy.copy(UserList([1])), copy.copy(UserString('s')))
print(copy.copy(operator.itemgetter(1)), copy.copy(operator.methodcaller('f', 1, k=2)))
class MD(deque): pass
m = MD([1, 2], 3); m.z = 9; m2 = copy.copy(m); print(m2, m2.__dict__, type(m2).__name__, copy.deepcopy(m).__dict__)
dd = defaultdict(int, {'a': 1}); print(copy.copy(dd).default_factory)
print(copy.deepcopy(collections.Counter(a=1)) == collections.Counter(a=1))
