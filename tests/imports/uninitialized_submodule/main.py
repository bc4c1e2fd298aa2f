import sys
try:
    import pkg.a
except AttributeError as e:
    print(type(e).__name__, e)
import pkg
print(sorted(k for k in vars(pkg) if not k.startswith('__')))
try:
    pkg.a
except AttributeError as e:
    print(type(e).__name__, e)
