"""UTF-8 with a signature: encoding puts the byte order mark EF BB BF first;
decoding drops one at the start if it is there."""

import codecs
from encodings import _simple

_simple.install_sig(globals())
del _simple
