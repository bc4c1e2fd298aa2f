import plain
try:
    import plain.child
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from plain import child
except ImportError as e:
    print(e)
try:
    from plain.child import x
except ImportError as e:
    print(e)
import sys
try:
    import sys.nothing
except ImportError as e:
    print(e)
