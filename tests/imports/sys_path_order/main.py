import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, 'first'))
sys.path.append(os.path.join(here, 'second'))
import dup
print(dup.WHERE)
import both
print(both.KIND, type(both.__loader__).__name__)
import nsvsmod
print(nsvsmod.KIND, repr(nsvsmod).replace(here, 'HERE'))
import pkgvsmod
print(pkgvsmod.KIND)
