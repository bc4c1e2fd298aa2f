"""UTF-7 (RFC 2152), over the _codecs utf_7 pair."""

import codecs
from encodings import _simple

_simple.install(globals(), 'utf-7', codecs.utf_7_encode, codecs.utf_7_decode)
del _simple
