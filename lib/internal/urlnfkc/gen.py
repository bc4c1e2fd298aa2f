"""Prints the characters that lib/urllib/parse.py's _NFKC_DELIMS holds: those
whose NFKC normalization contains one of the URL delimiters / ? # @ :
(urlsplit refuses such a netloc, as CPython's _checknetloc does with
unicodedata). Run with python3.13 and paste the result when Unicode changes:

    python3.13 lib/internal/urlnfkc/gen.py
"""
import sys
import unicodedata

chars = [chr(c) for c in range(sys.maxunicode + 1)
         if chr(c) not in '/?#@:' and any(d in unicodedata.normalize('NFKC', chr(c)) for d in '/?#@:')]
print('# Unicode %s' % unicodedata.unidata_version)
print('_NFKC_DELIMS = %s' % ascii(''.join(chars)))
