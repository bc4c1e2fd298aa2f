import sys
def show(m):
    print('---', m.__name__)
    print('  __package__', repr(m.__package__))
    s = m.__spec__
    print('  spec', s.name, s.origin, s.parent, s.submodule_search_locations, s.has_location)
    print('  cached', (s.cached or '').replace(sys.implementation.cache_tag, 'TAG'))
    print('  __file__', getattr(m, '__file__', '-'))
    c = getattr(m, '__cached__', None)
    print('  __cached__', c and c.replace(sys.implementation.cache_tag, 'TAG'))
    print('  __path__', getattr(m, '__path__', '-'))
    print('  loader', type(m.__loader__).__name__, type(m.__loader__).__module__, m.__loader__ is s.loader)
    print('  repr', repr(m))
    r = repr(s)
    i = r.find(' at 0x')
    if i >= 0:
        r = r[:i] + r[r.find('>', i):]
    print('  spec repr', r)
import pkg.sub.leaf
import plain
show(pkg)
show(pkg.sub)
show(pkg.sub.leaf)
show(plain)
show(sys)
print(__name__, __package__, __spec__, type(__loader__).__name__)
print('__cached__' in globals(), __file__)
print(pkg.__loader__.name, pkg.__loader__.path)
print(pkg.__loader__.is_package('pkg'), plain.__loader__.is_package('plain'))
print(plain.__loader__.get_filename('plain'))
print(repr(plain.__loader__.get_source('plain')))
