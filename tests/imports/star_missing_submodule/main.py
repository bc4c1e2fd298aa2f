try:
    from pkg import *
except AttributeError as e:
    print(type(e).__name__, e)
from lazy import *
print(sorted(k for k in globals() if not k.startswith('__')))
