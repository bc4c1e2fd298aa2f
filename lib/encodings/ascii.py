"""7-bit ASCII; anything above 127 goes to the error handler."""

import codecs
from encodings import _simple

_simple.install(globals(), 'ascii',
                codecs.ascii_encode, codecs.ascii_decode, chunked=False,
                classic=True, converter=True)
del _simple
