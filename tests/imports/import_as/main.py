import sys
import a.b as c
print(c.__name__, 'a' in globals(), 'b' in globals())
import a.b.c as d
print(d.__name__, d.Y)
from a.b import c as e
print(e is d)
from a import b as bb
print(bb is c)
import a.b.c as a
print(a.__name__)
