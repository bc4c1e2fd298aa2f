r"""JSON (JavaScript Object Notation, RFC 8259) for Python.

dumps() and dump() write Python objects as JSON text, to a str or to a file;
loads() and load() read JSON text back into Python objects:

    >>> import json
    >>> json.dumps({"name": "kaa", "sizes": [1, 2.5, None]}, sort_keys=True)
    '{"name": "kaa", "sizes": [1, 2.5, null]}'
    >>> json.loads('{"name": "kaa", "sizes": [1, 2.5, null]}')
    {'name': 'kaa', 'sizes': [1, 2.5, None]}

JSONEncoder and JSONDecoder are the classes behind them, for subclassing
(cls=...); `python -m json.tool` validates and pretty-prints a document.
"""
__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__version__ = '2.0.9'
__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecodeError, JSONDecoder
from .encoder import JSONEncoder

try:
    import codecs
except ImportError:     # json needs nothing from it
    codecs = None

# The shared instances behind calls that give no options.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

_ENCODER_DEFAULTS = dict(skipkeys=False, ensure_ascii=True, check_circular=True,
                         allow_nan=True, indent=None, separators=None,
                         default=None, sort_keys=False)


def _encoder_for(cls, options, extra):
    if cls is None and not extra and options == _ENCODER_DEFAULTS:
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(**options, **extra)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True,
         check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Write obj as JSON to fp, a file open for writing text (anything with
    a write method taking str).

    The options are those of dumps(); the text is written in pieces as it is
    made rather than built whole first.
    """
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    write = fp.write
    for piece in _encoder_for(cls, options, kw).iterencode(obj):
        write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True,
          check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Return obj written as JSON text, a str.

    skipkeys: leave out dict keys that are not str, int, float, bool or None
    instead of raising TypeError. ensure_ascii: escape all non-ASCII
    characters (false: write them as they are). check_circular: detect a
    container inside itself (false: such a container ends in
    RecursionError). allow_nan: write out-of-range floats as NaN, Infinity
    and -Infinity (false: ValueError, as strict JSON requires). indent: a
    number of spaces or a str to indent nested items with, one per line
    (None: everything on one line). separators: the (item_separator,
    key_separator) pair; (', ', ': ') by default and (',', ': ') with an
    indent, (',', ':') for the most compact text. default: called with any
    object that cannot be written otherwise, returning one that can or
    raising TypeError. sort_keys: write objects' members in key order. cls: a
    JSONEncoder subclass to use, given the other options and **kw.
    """
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    return _encoder_for(cls, options, kw).encode(obj)


# Byte order marks, longest first, and the codec each one means.
_SIGNATURES = ((b'\xef\xbb\xbf', 'utf-8-sig'),
               (b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
               (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'))


def detect_encoding(b):
    """The encoding of a JSON document given as bytes: UTF-8 (with or without
    its signature), UTF-16 or UTF-32, from its first bytes."""
    for mark, name in _SIGNATURES:
        if b[:len(mark)] == mark:
            return name
    # No signature: a JSON text starts with an ASCII character, so where the
    # zero bytes fall tells the width and the byte order.
    n = len(b)
    if n >= 4 or n == 2:
        zero = [x == 0 for x in b[:4]]
        if zero[0]:
            if n == 2 or not zero[1]:
                return 'utf-16-be'
            return 'utf-32-be'
        if zero[1]:
            if n == 2 or not (zero[2] and zero[3]):
                return 'utf-16-le'
            return 'utf-32-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None,
         parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Read a JSON document from fp (anything with a read method returning
    str or bytes) and return the Python object; the options are loads()'s."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 object_pairs_hook=object_pairs_hook,
                 parse_float=parse_float, parse_constant=parse_constant,
                 parse_int=parse_int, **kw)


def loads(s, *, cls=None, object_hook=None,
          parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python object of the JSON document s (str, bytes or
    bytearray; bytes in UTF-8, UTF-16 or UTF-32).

    object_hook: called with each decoded object (a dict), its result used
    in the dict's place. object_pairs_hook: called instead with the list of
    the object's (key, value) pairs, in order; it wins over object_hook.
    parse_float, parse_int: called with the text of each float or int (float
    and int by default; decimal.Decimal, say, for exact values).
    parse_constant: called with '-Infinity', 'Infinity' or 'NaN'. cls: a
    JSONDecoder subclass to use, given these options and **kw.
    """
    if not isinstance(s, str):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or '
                            'bytearray, not ' + s.__class__.__name__)
        s = s.decode(detect_encoding(s), 'surrogatepass')
    elif s[:1] == '\ufeff':
        raise JSONDecodeError(
            "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    given = {'object_hook': object_hook, 'parse_float': parse_float,
             'parse_int': parse_int, 'parse_constant': parse_constant,
             'object_pairs_hook': object_pairs_hook}
    hooks = {name: v for name, v in given.items() if v is not None}
    if cls is None and not hooks and not kw:
        return _default_decoder.decode(s)
    return (JSONDecoder if cls is None else cls)(**kw, **hooks).decode(s)
