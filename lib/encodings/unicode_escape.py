"""Python string-literal escapes (\\xhh, \\uXXXX, \\N{...}) over Latin-1 bytes."""

import codecs
from encodings import _simple

_simple.install(globals(), 'unicode-escape',
                codecs.unicode_escape_encode, codecs.unicode_escape_decode,
                classic=True, reader_final=False)
del _simple
