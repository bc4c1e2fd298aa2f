import sys
before = list(sys.modules)
import pkg.b
import c
print([k for k in sys.modules if k not in before])
