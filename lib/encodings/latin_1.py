"""Latin-1 (ISO 8859-1): code points 0-255 map to bytes of the same value."""

import codecs
from encodings import _simple

_simple.install(globals(), 'iso8859-1', codecs.latin_1_encode, codecs.latin_1_decode, chunked=False,
                classic=True, converter=True)
del _simple
