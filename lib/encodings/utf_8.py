"""UTF-8: the codec is a thin shell over codecs.utf_8_encode/_decode."""

import codecs
from encodings import _simple

_simple.install(globals(), 'utf-8', codecs.utf_8_encode, codecs.utf_8_decode)
del _simple
