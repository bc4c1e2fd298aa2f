from pkg.m import *
print(sorted(k for k in globals() if not k.startswith('__')))
from pkg import *
print(sorted(k for k in globals() if not k.startswith('__')))
import sys
print('pkg.sub1' in sys.modules, 'pkg.sub2' in sys.modules)
