import sys
try:
    from pkg import broken
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
print('pkg.broken' in sys.modules)
try:
    from pkg import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('pkg', fromlist=[None])
except TypeError as e:
    print(type(e).__name__, e)
m = __import__('pkg', fromlist=['nosuch', 'ok'])
print(m.ok.OK)
