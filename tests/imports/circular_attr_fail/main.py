try:
    import a
except AttributeError as e:
    print(type(e).__name__, e)
    print(e.name, e.obj.__name__)
import sys
print(sorted(k for k in ('a', 'b') if k in sys.modules))
import c
try:
    c.nothing
except AttributeError as e:
    print(e)
