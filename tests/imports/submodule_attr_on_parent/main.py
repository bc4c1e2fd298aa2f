import sys
import pkg
print(hasattr(pkg, 'sub'))
import pkg.sub
print(hasattr(pkg, 'sub'), pkg.sub is sys.modules['pkg.sub'])
del pkg.sub
print(hasattr(pkg, 'sub'))
import pkg.sub
print(hasattr(pkg, 'sub'))
from pkg import sub
print(sub is sys.modules['pkg.sub'])
# an attribute of the same name as a submodule wins in from-import
import pkg2
from pkg2 import thing
print(thing, 'pkg2.thing' in sys.modules)
import pkg2.thing
print(pkg2.thing.__name__, 'pkg2.thing' in sys.modules)
