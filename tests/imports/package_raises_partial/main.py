import sys
try:
    import pkg.bad
except RuntimeError as e:
    print('caught', e)
print(sorted(k for k in sys.modules if k.startswith('pkg')))
import pkg
print(hasattr(pkg, 'good'), hasattr(pkg, 'bad'))
try:
    import broken_pkg.child
except ValueError as e:
    print('caught', e)
print(sorted(k for k in sys.modules if k.startswith('broken_pkg')))
