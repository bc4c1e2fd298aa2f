import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(here, 'one'))
sys.path.append(os.path.join(here, 'two'))
import ns
print(type(ns.__path__).__name__)
print(list(ns.__path__))
print(ns.__path__)
print(repr(ns))
print(ns.__spec__.origin, ns.__spec__.has_location, ns.__spec__.parent)
print(hasattr(ns, '__file__'), type(ns.__loader__).__name__)
print(ns.__spec__.loader is ns.__loader__)
print(ns.__package__, ns.__name__)
import ns.x, ns.y
print(ns.x.X, ns.y.Y)
print(ns.x.__package__, ns.y.__spec__.parent)
from ns import y as yy
print(yy is ns.y)
from ns.sub import z
print(z.Z, z.__name__)
print(len(ns.__path__), ns.__path__[0] == os.path.join(here, 'one', 'ns'))
