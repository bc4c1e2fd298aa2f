"""UTF-16, little-endian, no byte order mark."""

import codecs
from encodings import _simple

_simple.install(globals(), 'utf-16-le', codecs.utf_16_le_encode, codecs.utf_16_le_decode)
del _simple
