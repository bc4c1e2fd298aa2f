try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .y import z
except ImportError as e:
    print(type(e).__name__, e)
import plain
print(__package__, __spec__)
from . import anything
