"""The JSON encoder: JSONEncoder, and the functions that quote strings."""


def _optional_module(name):
    # re and the _json accelerator are both optional here.
    try:
        return __import__(name)
    except ImportError:
        return None


re = _optional_module('re')
_json = _optional_module('_json')
c_encode_basestring_ascii = getattr(_json, 'encode_basestring_ascii', None)
c_encode_basestring = getattr(_json, 'encode_basestring', None)
c_make_encoder = getattr(_json, 'make_encoder', None)
del _json, _optional_module

# How each character that must be escaped is written: the usual backslash
# pairs where JSON has one, a \u escape for the other control characters.
ESCAPE_DCT = dict(zip('\\"\b\f\n\r\t', ('\\\\', '\\"', '\\b', '\\f', '\\n',
                                          '\\r', '\\t')))
ESCAPE_DCT.update({ch: '\\u%04x' % ord(ch) for ch in map(chr, range(0x20))
                   if ch not in ESCAPE_DCT})

if re is not None:
    ESCAPE = re.compile('[\\x00-\\x1f\\\\"\\b\\f\\n\\r\\t]')
    ESCAPE_ASCII = re.compile('([\\\\"]|[^\\ -~])')
    HAS_UTF8 = re.compile(rb'[\x80-\xff]')

INFINITY = float('inf')

# The JSON words for the three singletons, used for values and keys alike.
_WORDS = {None: 'null', True: 'true', False: 'false'}


def py_encode_basestring(s):
    """The JSON form of the str s, escaping only what JSON requires."""
    escapes = ESCAPE_DCT
    return '"%s"' % ''.join([escapes.get(ch, ch) for ch in s])


def _ascii_escape(ch):
    known = ESCAPE_DCT.get(ch)
    if known is not None:
        return known
    point = ord(ch)
    if point > 0xffff:
        # Outside the BMP: a UTF-16 surrogate pair.
        point -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 | (point >> 10) & 0x3ff,
                                   0xdc00 | point & 0x3ff)
    return '\\u%04x' % point


def py_encode_basestring_ascii(s):
    """The JSON form of the str s, in ASCII only."""
    parts = [ch if ' ' <= ch <= '~' and ch not in '\\"' else _ascii_escape(ch)
             for ch in s]
    return '"%s"' % ''.join(parts)


encode_basestring = (py_encode_basestring if c_encode_basestring is None
                     else c_encode_basestring)
encode_basestring_ascii = (py_encode_basestring_ascii
                           if c_encode_basestring_ascii is None
                           else c_encode_basestring_ascii)


def _float_writer(allow_nan, _repr=float.__repr__):
    # The float formatter the pure-Python encoder uses: repr for finite
    # values, JavaScript's words for the others (when allowed).
    def float_text(f):
        if f != f:
            word = 'NaN'
        elif f == INFINITY:
            word = 'Infinity'
        elif f == -INFINITY:
            word = '-Infinity'
        else:
            return _repr(f)
        if allow_nan:
            return word
        raise ValueError('Out of range float values are not JSON '
                         'compliant: ' + repr(f))
    return float_text


class JSONEncoder:
    """Writes Python objects as JSON.

    dict becomes an object, list and tuple an array, str a string, int and
    float (and their subclasses) a number, True/False/None true/false/null.
    For anything else, default() is called and its result written instead;
    give a default function, or override the method, to extend the encoder.
    """
    item_separator, key_separator = ', ', ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
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
        if separators is not None:
            between_items, after_key = separators
            self.item_separator = between_items
            self.key_separator = after_key
        elif indent is not None:
            # No space before the newline an indent adds.
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for an object the encoder cannot write; return something
        it can, or raise TypeError (which is what this one does)."""
        name = o.__class__.__name__
        raise TypeError(f'Object of type {name} is not JSON serializable')

    def _quoter(self):
        return (encode_basestring_ascii if self.ensure_ascii
                else encode_basestring)

    def encode(self, o):
        """The JSON text for o, as one str."""
        if not isinstance(o, str):
            parts = self.iterencode(o, _one_shot=True)
            if not isinstance(parts, (list, tuple)):
                parts = list(parts)
            return ''.join(parts)
        return self._quoter()(o)

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o, as an iterable of strs to be written one after
        another (for a large object, to a stream)."""
        markers = {} if self.check_circular else None
        step = self.indent
        if step is not None and not isinstance(step, str):
            step = ' ' * step
        seps = (self.key_separator, self.item_separator)
        if c_make_encoder is None or not _one_shot:
            run = _make_iterencode(
                markers, self.default, self._quoter(), step,
                _float_writer(self.allow_nan), *seps,
                self.sort_keys, self.skipkeys, _one_shot)
        else:
            run = c_make_encoder(
                markers, self.default, self._quoter(), step, *seps,
                self.sort_keys, self.skipkeys, self.allow_nan)
        return run(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys,
                     _skipkeys, _one_shot, ValueError=ValueError, dict=dict,
                     float=float, id=id, int=int, isinstance=isinstance,
                     list=list, str=str, tuple=tuple,
                     _intstr=int.__repr__):
    """A generator function writing objects as the C encoder does, in the
    same pieces as CPython's pure-Python encoder."""

    def scalar(o):
        # The text of a str, None, bool, int or float; None for anything else.
        if isinstance(o, str):
            return _encoder(o)
        if o is None or o is True or o is False:
            return _WORDS[o]
        if isinstance(o, int):
            return _intstr(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    if markers is None:
        def enter(o):
            pass

        def leave(o):
            pass
    else:
        def enter(o):
            ident = id(o)
            if ident in markers:
                raise ValueError('Circular reference detected')
            markers[ident] = o

        def leave(o):
            del markers[id(o)]

    def layout(level):
        # (text after the opening bracket, text between items, text before
        # the closing bracket) at nesting depth level; the first and last
        # are None when there is no indent, as nothing is written then.
        if _indent is None:
            return None, _item_separator, None
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
        lead = '[' if opening is None else '[' + opening
        for position, item in enumerate(seq):
            if position:
                lead = between
            text = scalar(item)
            if text is None:
                yield lead
                yield from nested(item, level + 1)
            else:
                yield lead + text
        if closing is not None:
            yield closing
        yield ']'
        leave(seq)

    def key_text(key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True or key is False or key is None:
            return _WORDS[key]
        if isinstance(key, int):
            return _intstr(key)
        if _skipkeys:
            return None
        kind = key.__class__.__name__
        raise TypeError('keys must be str, int, float, bool or None, not '
                        + kind)

    def encode_object(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        yield '{'
        opening, between, closing = layout(level)
        if opening is not None:
            yield opening
        members = sorted(dct.items()) if _sort_keys else dct.items()
        written = 0
        for raw_name, value in members:
            name = key_text(raw_name)
            if name is None:
                continue
            if written:
                yield between
            written += 1
            yield _encoder(name)
            yield _key_separator
            text = scalar(value)
            if text is None:
                yield from nested(value, level + 1)
            else:
                yield text
        if closing is not None:
            yield closing
        yield '}'
        leave(dct)

    def encode_other(o, level):
        enter(o)
        yield from _iterencode(_default(o), level)
        leave(o)

    def _iterencode(o, level):
        text = scalar(o)
        if text is None:
            yield from nested(o, level)
        else:
            yield text

    return _iterencode
