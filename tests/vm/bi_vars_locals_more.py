def f(a, b=2):
    c = a + b
    return sorted(locals()), sorted(vars().items())
print(f(1))
class K:
    x = 1
    print('class body locals:', sorted(k for k in locals() if not k.startswith('__')))
    y = 2
print(sorted(k for k in vars(K) if not k.startswith('__')), K.__dict__['x'])
import math
print('pi' in vars(math), vars(math)['floor'](2.5), 'sqrt' in dir(math))
def g():
    z = 1
    def h():
        return z
    return sorted(h.__code__.co_freevars), sorted(locals())
print(g())
print(sorted(globals())[:0], '__name__' in globals(), globals() is vars(), __name__)
