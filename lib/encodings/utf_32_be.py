"""UTF-32, big-endian, no byte order mark."""

import codecs
from encodings import _simple

_simple.install(globals(), 'utf-32-be', codecs.utf_32_be_encode, codecs.utf_32_be_decode)
del _simple
