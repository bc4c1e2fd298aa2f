"""UTF-16, big-endian, no byte order mark."""

import codecs
from encodings import _simple

_simple.install(globals(), 'utf-16-be', codecs.utf_16_be_encode, codecs.utf_16_be_decode)
del _simple
