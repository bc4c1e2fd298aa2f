from . import one
import pkg.two
from .three import three_value
print('three' in dir(), 'two' in dir())
