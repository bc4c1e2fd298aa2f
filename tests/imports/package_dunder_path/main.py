import os, sys
import pkg
here = os.path.dirname(os.path.abspath(__file__))
pkg.__path__.append(os.path.join(here, 'extra'))
import pkg.fromextra
print(pkg.fromextra.WHERE)
print(pkg.fromextra.__file__.replace(here, 'HERE'))
import pkg2
try:
    import pkg2.anything
except ModuleNotFoundError as e:
    print(e)
