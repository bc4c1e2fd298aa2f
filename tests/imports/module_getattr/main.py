import lazy
print(lazy.anything)
from lazy import other
print(other)
try:
    from lazy import forbidden
except ImportError as e:
    print(type(e).__name__, e)
try:
    lazy.forbidden
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(lazy))
