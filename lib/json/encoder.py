"""The JSON encoder: JSONEncoder, and the functions that quote strings."""
try:
    import re
except ImportError:
    re = None

try:
    import _json
except ImportError:
    _json = None
c_encode_basestring_ascii = getattr(_json, 'encode_basestring_ascii', None)
c_encode_basestring = getattr(_json, 'encode_basestring', None)
c_make_encoder = getattr(_json, 'make_encoder', None)
del _json

# How each character that must be escaped is written.
ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
              '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _code in range(0x20):
    ESCAPE_DCT.setdefault(chr(_code), '\\u{0:04x}'.format(_code))
del _code

if re is not None:
    ESCAPE = re.compile('[\\x00-\\x1f\\\\"\\b\\f\\n\\r\\t]')
    ESCAPE_ASCII = re.compile('([\\\\"]|[^\\ -~])')
    HAS_UTF8 = re.compile(rb'[\x80-\xff]')

INFINITY = float('inf')


def py_encode_basestring(s):
    """The JSON form of the str s, escaping only what JSON requires."""
    table = ESCAPE_DCT
    return '"' + ''.join([table.get(c, c) for c in s]) + '"'


def _escape_ascii(c):
    try:
        return ESCAPE_DCT[c]
    except KeyError:
        pass
    code = ord(c)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10) & 0x3ff,
                               0xdc00 | code & 0x3ff)


def py_encode_basestring_ascii(s):
    """The JSON form of the str s, in ASCII only."""
    out = []
    for c in s:
        if ' ' <= c <= '~' and c != '\\' and c != '"':
            out.append(c)
        else:
            out.append(_escape_ascii(c))
    return '"' + ''.join(out) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = (c_encode_basestring_ascii or
                           py_encode_basestring_ascii)


class JSONEncoder(object):
    """Writes Python objects as JSON.

    dict becomes an object, list and tuple an array, str a string, int and
    float (and their subclasses) a number, True/False/None true/false/null.
    For anything else, default() is called and its result written instead;
    give a default function, or override the method, to extend the encoder.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Options:

        skipkeys: leave out dict keys that are not str, int, float, bool or
        None (otherwise they are a TypeError).
        ensure_ascii: escape every non-ASCII character (otherwise the output
        may hold any character).
        check_circular: detect containers that contain themselves
        (ValueError) instead of recursing until RecursionError.
        allow_nan: write NaN, Infinity and -Infinity (otherwise such floats
        are a ValueError, as strict JSON has no way to write them).
        sort_keys: write each object's members in order of their keys.
        indent: a number of spaces, or a str, to indent nested members and
        items with, one per line; None writes everything on one line.
        separators: the (item_separator, key_separator) pair; the default is
        (', ', ': '), or (',', ': ') with an indent.
        default: a function called with each object that cannot be written
        otherwise; it returns something that can, or raises TypeError.
        """
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if separators is None:
            if indent is not None:
                # No space before the newline an indent adds.
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for an object the encoder cannot write; return something
        it can, or raise TypeError (which is what this one does)."""
        name = o.__class__.__name__
        raise TypeError(f'Object of type {name} is not JSON serializable')

    def encode(self, o):
        """The JSON text for o, as one str."""
        if isinstance(o, str):
            return (encode_basestring_ascii(o) if self.ensure_ascii
                    else encode_basestring(o))
        parts = self.iterencode(o, _one_shot=True)
        if not isinstance(parts, (list, tuple)):
            parts = list(parts)
        return ''.join(parts)

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o, as an iterable of strs to be written one after
        another (for a large object, to a stream)."""
        markers = {} if self.check_circular else None
        quote = (encode_basestring_ascii if self.ensure_ascii
                 else encode_basestring)
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and c_make_encoder is not None:
            run = c_make_encoder(
                markers, self.default, quote, indent, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys,
                self.allow_nan)
        else:
            allow_nan = self.allow_nan

            def float_text(f, _repr=float.__repr__):
                if f != f:
                    text = 'NaN'
                elif f == INFINITY:
                    text = 'Infinity'
                elif f == -INFINITY:
                    text = '-Infinity'
                else:
                    return _repr(f)
                if not allow_nan:
                    raise ValueError(
                        'Out of range float values are not JSON compliant: '
                        + repr(f))
                return text

            run = _make_iterencode(
                markers, self.default, quote, indent, float_text,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return run(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot, ValueError=ValueError, dict=dict,
                     float=float, id=id, int=int, isinstance=isinstance,
                     list=list, str=str, tuple=tuple,
                     _intstr=int.__repr__):
    """A generator function writing objects as the C encoder does, in pieces."""

    def scalar(o):
        # The text of a str, None, bool, int or float; None for anything else.
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _intstr(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def enter(o):
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def layout(level):
        # The text after an opening bracket, between items, and before the
        # closing bracket, at nesting depth level.
        if _indent is None:
            return '', _item_separator, ''
        inner = '\n' + _indent * (level + 1)
        return inner, _item_separator + inner, '\n' + _indent * level

    def nested(o, level):
        if isinstance(o, (list, tuple)):
            return encode_array(o, level)
        if isinstance(o, dict):
            return encode_object(o, level)
        return encode_other(o, level)

    def encode_array(seq, level):
        if not seq:
            yield '[]'
            return
        enter(seq)
        opening, between, closing = layout(level)
        prefix = '[' + opening
        for n, item in enumerate(seq):
            if n:
                prefix = between
            text = scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from nested(item, level + 1)
        yield closing
        yield ']'
        leave(seq)

    def key_text(key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return _intstr(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_object(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        yield '{'
        opening, between, closing = layout(level)
        yield opening
        pairs = sorted(dct.items()) if _sort_keys else dct.items()
        started = False
        for key, value in pairs:
            key = key_text(key)
            if key is None:
                continue
            if started:
                yield between
            started = True
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, level + 1)
        yield closing
        yield '}'
        leave(dct)

    def encode_other(o, level):
        enter(o)
        replacement = _default(o)
        yield from _iterencode(replacement, level)
        leave(o)

    def _iterencode(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        else:
            yield from nested(o, level)

    return _iterencode
