"""Raw escapes: only \\uXXXX and \\UXXXXXXXX are special."""

import codecs
from encodings import _simple

_simple.install(globals(), 'raw-unicode-escape',
                codecs.raw_unicode_escape_encode, codecs.raw_unicode_escape_decode,
                classic=True, reader_final=False)
del _simple
