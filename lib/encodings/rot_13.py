"""ROT13: each ASCII letter moves 13 places along the alphabet, str to str.

    >>> import codecs
    >>> codecs.encode('Hello', 'rot13')
    'Uryyb'
"""

import codecs
from encodings import _simple


def _rotation_table():
    # Every Latin-1 code point maps (to itself unless it is an ASCII letter).
    table = {n: n for n in range(256)}
    for first in (ord('a'), ord('A')):
        for i in range(26):
            table[first + i] = first + (i + 13) % 26
    return table


rot13_map = _rotation_table()
del _rotation_table

# ROT13 is its own inverse: both directions use the one table.
_simple.install_translation(globals(), 'rot-13', rot13_map)
del _simple


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), 'rot-13'))
