try:
    import a
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path, e.name_from)
import sys
print('a' in sys.modules, 'b' in sys.modules)
