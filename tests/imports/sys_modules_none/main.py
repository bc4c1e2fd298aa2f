import sys
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules['pkg.sub'] = None
try:
    import pkg.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules['blocked']
import blocked
print(blocked.B)
sys.modules['fake'] = 'a string'
import fake
print(repr(fake))
