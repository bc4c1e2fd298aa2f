import sys
sys.path.insert(0, sys.path[0] + '/lib')
try:
    import q
except AttributeError as e:
    print(type(e).__name__, e)
    print(e.name, e.obj.__name__)
try:
    import pkg
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in ('q', 'r', 'pkg', 'pkg.x') if k in sys.modules))
import deep.a
