Y = "y from two"
from . import x
print("y sees", x.X)
