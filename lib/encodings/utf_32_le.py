"""UTF-32, little-endian, no byte order mark."""

import codecs
from encodings import _simple

_simple.install(globals(), 'utf-32-le', codecs.utf_32_le_encode, codecs.utf_32_le_decode)
del _simple
