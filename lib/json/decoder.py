"""The JSON decoder: JSONDecoder, JSONDecodeError, and the pieces the scanner
is made of (the string scanner, the object and array readers).
"""
from . import scanner

try:
    import re
except ImportError:  # the library can do without the patterns
    re = None


def _native_scanstring():
    # An accelerated string scanner, when the interpreter has one.
    try:
        from _json import scanstring
    except ImportError:
        return None
    return scanstring


c_scanstring = _native_scanstring()

__all__ = 'JSONDecoder JSONDecodeError'.split()

NaN, PosInf, NegInf = float('nan'), float('inf'), -float('inf')

# The three names JSON borrows from JavaScript, as parse_constant sees them.
_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}

WHITESPACE_STR = '\x20\t\n\r'
BACKSLASH = dict(zip('"\\/bfnrt', '"\\/\b\f\n\r\t'))

if re is not None:
    FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL
    # Plain text up to the next quote, backslash or control character; and
    # a run of insignificant whitespace.
    STRINGCHUNK, WHITESPACE = (re.compile(pattern, FLAGS) for pattern in (
        r'(.*?)(["\\\x00-\x1f])', '[%s]*' % WHITESPACE_STR))


class JSONDecodeError(ValueError):
    """ValueError raised for a document that is not valid JSON.

    Besides the message it keeps msg (the bare complaint), doc (the text being
    parsed), pos (where in doc it went wrong) and the line and column of pos
    (lineno, colno), both counted from 1.
    """

    def __init__(self, msg, doc, pos):
        lineno = 1 + doc.count('\n', 0, pos)
        line_start = doc.rfind('\n', 0, pos) + 1
        colno = pos - line_start + 1
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        # Pickling rebuilds the error from what it was made with.
        return type(self), (self.msg, self.doc, self.pos)


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i] in WHITESPACE_STR:
        i += 1
    return i


def _hex_unit(text, at):
    """The code unit spelled by the four hex digits after the 'u' at
    text[at]."""
    digits = text[at + 1:at + 5]
    value = None
    if len(digits) == 4 and digits[1] not in 'xX':
        try:
            value = int(digits, 16)
        except ValueError:
            value = None
    if value is None:
        raise JSONDecodeError('Invalid \\uXXXX escape', text, at)
    return value


def py_scanstring(s, end, strict=True, _b=BACKSLASH, _m=None):
    """Read the JSON string whose opening quote is at s[end - 1].

    Returns the decoded text and the index just past the closing quote.
    Escapes are decoded; with strict false, raw control characters are
    allowed inside the string.
    """
    pieces = []
    start = end - 1
    n = len(s)
    while True:
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\':
                break
            if c < ' ' and strict:
                complaint = f'Invalid control character {c!r} at'
                raise JSONDecodeError(complaint, s, i + 1)
            i += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, start)
        if i > end:
            pieces.append(s[end:i])
        if s[i] == '"':
            return ''.join(pieces), i + 1
        i += 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, start)
        kind = s[i]
        if kind != 'u':
            simple = _b.get(kind)
            if simple is None:
                complaint = f'Invalid \\escape: {kind!r}'
                raise JSONDecodeError(complaint, s, i)
            pieces.append(simple)
            end = i + 1
            continue
        code = _hex_unit(s, i)
        end = i + 5
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex_unit(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        pieces.append(chr(code))


scanstring = py_scanstring if c_scanstring is None else c_scanstring


def _value_at(s, end, scan_once):
    """The value at s[end] and where it ends; a JSONDecodeError if none."""
    try:
        return scan_once(s, end)
    except StopIteration as stop:
        raise JSONDecodeError("Expecting value", s, stop.value) from None


def _next_item(s, end, closer, what):
    """After an item: skip to the ',' or the closer. Returns the index past
    it and whether the container ended; a ',' must not precede the closer."""
    end = _skip_space(s, end)
    c = s[end:end + 1]
    if c == closer:
        return end + 1, True
    if c != ',':
        raise JSONDecodeError("Expecting ',' delimiter", s, end)
    after = _skip_space(s, end + 1)
    if s[after:after + 1] == closer:
        complaint = f'Illegal trailing comma before end of {what}'
        raise JSONDecodeError(complaint, s, end)
    return after, False


_NAME_EXPECTED = "Expecting property name enclosed in double quotes"


def JSONObject(s_and_end, strict, scan_once, object_hook,
               object_pairs_hook, memo=None, _w=None, _ws=WHITESPACE_STR):
    """Read the members of an object whose '{' is just before s_and_end[1]."""
    text, pos = s_and_end
    if memo is None:
        memo = {}
    members = []
    pos = _skip_space(text, pos)
    done = text[pos:pos + 1] == '}'
    if done:
        pos += 1
    while not done:
        if text[pos:pos + 1] != '"':
            raise JSONDecodeError(_NAME_EXPECTED, text, pos)
        name, pos = scanstring(text, pos + 1, strict)
        name = memo.setdefault(name, name)
        pos = _skip_space(text, pos)
        if text[pos:pos + 1] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", text, pos)
        value, pos = _value_at(text, _skip_space(text, pos + 1), scan_once)
        members.append((name, value))
        pos, done = _next_item(text, pos, '}', 'object')
    if object_pairs_hook is None:
        result = dict(members)
        if object_hook is not None:
            result = object_hook(result)
    else:
        result = object_pairs_hook(members)
    return result, pos


def JSONArray(s_and_end, scan_once, _w=None, _ws=WHITESPACE_STR):
    """Read the items of an array whose '[' is just before s_and_end[1]."""
    text, pos = s_and_end
    items = []
    pos = _skip_space(text, pos)
    done = text[pos:pos + 1] == ']'
    if done:
        pos += 1
    while not done:
        item, pos = _value_at(text, pos, scan_once)
        items.append(item)
        pos, done = _next_item(text, pos, ']', 'array')
    return items, pos


class JSONDecoder:
    """Turns JSON text into Python objects.

    Objects become dicts, arrays lists, strings str, numbers int or float,
    true/false/null True/False/None; NaN, Infinity and -Infinity are accepted
    as the floats of those names.

    object_hook is called with every decoded object (a dict) and its result
    used instead; object_pairs_hook, if given, wins over it and is called with
    the object's (key, value) pairs in document order. parse_float,
    parse_int and parse_constant are called with the text of each float,
    each int and each of the three constants. With strict false, control
    characters are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        # Any false value, not only None, means the default.
        self.parse_float = parse_float if parse_float else float
        self.parse_int = parse_int if parse_int else int
        self.parse_constant = (parse_constant if parse_constant
                               else _CONSTANTS.__getitem__)
        self.strict, self.memo = strict, {}
        # What the scanner made below calls back into.
        self.parse_object, self.parse_array, self.parse_string = (
            JSONObject, JSONArray, scanstring)
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python object for the JSON document s (a str), which must hold
        nothing else but whitespace."""
        value, end = self.raw_decode(s, _skip_space(s, 0))
        end = _skip_space(s, end)
        if end == len(s):
            return value
        raise JSONDecodeError('Extra data', s, end)

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx]; return it with the
        index where it ends, so that text after it can be read on."""
        return _value_at(s, idx, self.scan_once)
