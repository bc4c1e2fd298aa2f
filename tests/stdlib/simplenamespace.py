# types.SimpleNamespace (the type of sys.implementation and of time.get_clock_info's
# results): construction, repr (recursive too), equality, __reduce__, __replace__.
import sys
NS = type(sys.implementation)
print(NS, NS.__name__, NS.__module__, NS.__qualname__, repr(NS.__doc__))
def show(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
show(lambda: NS(1, 2))
show(lambda: NS({1: 2}))
show(lambda: NS(5))
show(lambda: NS([('a', 1)], b=2))
show(lambda: NS({'a': 1}, a=2))
n = NS(x=1, y='s')
n.z = [n]
print(n, n.__dict__, n == NS(x=1, y='s', z=[n]), n != NS())
show(lambda: hash(n))
print(n.__reduce__()[0] is NS, n.__reduce__()[1], n.__reduce__()[2] is n.__dict__)
print(n.__replace__(x=5))
show(lambda: n.__replace__(1))
class Sub(NS): pass
s = Sub(a=1); print(s, s == NS(a=1), NS(a=1) == s, s.__replace__(b=2), type(s.__replace__()))
del n.x; print(n)
show(lambda: n.x)
show(lambda: delattr(n, 'q'))
m = NS(); m.__dict__[1] = 2; m.__dict__['k'] = 3; print(m)
print(sorted(set(dir(NS)) - set(dir(object))))
print(NS() == 1, NS().__eq__(1))
impl = sys.implementation
print(type(impl).__name__, sorted(k for k in vars(impl) if not k.startswith('_')) >= ['cache_tag', 'hexversion', 'name', 'version'])
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion)
