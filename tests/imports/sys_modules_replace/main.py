import sys
import replacer
print(type(replacer).__name__, replacer.value)
print(sys.modules['replacer'] is replacer)
from replacer import value
print(value)
import pkg.sub
print(type(pkg.sub).__name__, pkg.sub)
