# The bits of NaNs made by float('nan'), math.nan, complex parsing and math
# functions: C's NAN, as struct shows them.
import math
import struct

def bits(x):
    return struct.pack('<d', x).hex()

print(bits(float('nan')), bits(float('-nan')), bits(-float('nan')), bits(math.nan))
print(bits(float('NaN')), bits(complex('nan+nanj').real), bits(complex('nan+nanj').imag))
print(bits(math.copysign(math.nan, -1.0)), bits(abs(float('-nan'))))
