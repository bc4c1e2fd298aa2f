import sys
seen = []
me = sys.modules[__name__]
seen.append(me.__name__)
import a
seen.append(a is me)
from a import seen as s2
seen.append(s2 is seen)
