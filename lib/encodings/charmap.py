"""The generic charmap codec: encode and decode through a mapping given to each
call (a dict, or a str of 256 characters for decoding); without one, Latin-1."""

import codecs
from encodings import _simple

_simple.install_mapping(globals())
del _simple
