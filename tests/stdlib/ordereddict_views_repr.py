# OrderedDict's keys(), values() and items() views print as CPython's native
# ones do (odict_keys([...]) ...), also when the dict contains itself.
from collections import OrderedDict

o = OrderedDict(a=1, b=[2, 3])
print(repr(o.keys()), repr(o.values()), repr(o.items()))
print(str(o.keys()), list(reversed(o.items())))
o['self'] = o
print(repr(o.keys()))
print(repr(o.values()))
print(repr(o.items()))
print(repr(OrderedDict().keys()), repr(OrderedDict().values()), repr(OrderedDict().items()))
print(f"{o.keys()}")
