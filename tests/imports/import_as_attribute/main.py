import pkg.sub as s
print(type(s).__name__, s.__name__)
import pkg
print(pkg.sub is s)
from pkg import other
print(other)
import pkg.other as o
print(o)
