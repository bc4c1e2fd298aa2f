print('main start')
import a
import b
import a
from c import *
print('main end', a.N, b.N)
