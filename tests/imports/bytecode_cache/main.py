import os, sys
tag = sys.implementation.cache_tag
def listing(d):
    return sorted(n.replace(tag, 'TAG') for n in os.listdir(d)) if os.path.isdir(d) else None
print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)
import first
print(listing('__pycache__'))
sys.dont_write_bytecode = False
import second, pkg.inner
print(listing('__pycache__'), listing('pkg/__pycache__'))
print(second.__cached__.replace(tag, 'TAG'), os.path.exists(second.__cached__))
# a changed source (another size) is compiled again, not read from the cache
with open('second.py', 'w') as f:
    f.write('VALUE = "changed source, longer"\n')
del sys.modules['second']
import second
print(second.VALUE)
# with the source gone, the cache beside it is not used
os.remove('second.py')
del sys.modules['second']
try:
    import second
except ModuleNotFoundError as e:
    print(e)
