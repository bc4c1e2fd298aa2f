import pkg
print(pkg.VALUE, pkg.__name__, pkg.__package__)
import pkg.mod
print(pkg.mod.f(), pkg.mod.__name__, pkg.mod.__package__)
print('mod' in dir(pkg), pkg.mod is __import__('sys').modules['pkg.mod'])
print(repr(pkg), repr(pkg.mod), sep='\n')
