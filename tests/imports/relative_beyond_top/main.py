try:
    import pkg.m
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
import sys
print('pkg.m' in sys.modules, 'pkg' in sys.modules)
try:
    __import__('x', {'__name__': 'pkg.m', '__package__': 'pkg'}, None, [], 3)
except ImportError as e:
    print(type(e).__name__, e)
