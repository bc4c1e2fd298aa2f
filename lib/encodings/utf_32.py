"""UTF-32 with a byte order mark: written first in the machine's order when
encoding, required (and obeyed) when decoding."""

import codecs
import sys
from encodings import _simple

_simple.install_bom(globals(), 32)
del _simple
