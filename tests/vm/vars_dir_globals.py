x_global = 1
def f():
    a = 1
    b = 'two'
    return sorted(locals().items())
print(f())
print('x_global' in globals(), globals()['x_global'], '__name__' in globals(), globals()['__name__'])
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith('__')), c.__dict__ is vars(c))
try:
    vars(1)
except TypeError as e:
    print(e)
d = dir(c)
print('inst' in d, 'cls_attr' in d, 'method' in d, '__init__' in d, d == sorted(d))
print([n for n in dir(C) if not n.startswith('_')], dir(1)[:0], 'append' in dir([]), 'upper' in dir(''))
class WithDir:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(WithDir()))
def g():
    print(sorted(dir()))
    y = 5
    print(sorted(dir()))
g()
def modify():
    globals()['new_global'] = 'made'
modify()
print(new_global)
def loc():
    l = locals()
    l['zz'] = 1
    return 'zz' in locals()
print(loc())
m = __import__('math')
print(m.sqrt(16), __import__('sys').maxsize > 0, type(m).__name__)
import math as mm
print(mm is m, 'math' in __import__('sys').modules)
from math import floor as fl, ceil
print(fl(2.7), ceil(2.1))
try:
    from sys import nonexistent
except ImportError as e:
    print(e)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
print(vars().get('x_global'), eval('x_global + 1'), eval('a * 2', {'a': 21}), eval('b', {}, {'b': 'local'}))
