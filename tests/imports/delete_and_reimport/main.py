import sys
import m
first = m
m.extra = 'kept on old object'
del sys.modules['m']
import m as m2
print(m2 is first, hasattr(m2, 'extra'), first.count, m2.count)
import pkg.sub
old = pkg.sub
del sys.modules['pkg.sub']
import pkg.sub
print(pkg.sub is old)
del sys.modules['pkg']
import pkg.sub as s
import pkg as p2
print(s is pkg.sub, p2 is pkg, hasattr(p2, 'sub'))
