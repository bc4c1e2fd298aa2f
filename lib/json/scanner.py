"""The JSON scanner: make_scanner(decoder) gives the function that reads one
value at a given index of a document (scan_once(string, idx) -> (value, end)),
raising StopIteration(idx) when no value starts there.
"""
__all__ = ['make_scanner']

try:
    from _json import make_scanner as c_make_scanner
except ImportError:     # the Python scanner below does the same
    c_make_scanner = None
try:
    import re
except ImportError:
    re = None
else:
    NUMBER_RE = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?',
                           re.MULTILINE | re.DOTALL | re.VERBOSE)

_DIGITS = frozenset('0123456789')


def _number_end(s, i):
    """Where the number at s[i] ends, and whether it is a float; (-1, False)
    when there is none."""
    n = len(s)
    j = i
    if j < n and s[j] == '-':
        j += 1
    if j < n and s[j] == '0':
        j += 1
    elif j < n and s[j] in _DIGITS:
        while j < n and s[j] in _DIGITS:
            j += 1
    else:
        return -1, False
    is_float = False
    if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
        is_float = True
        j += 2
        while j < n and s[j] in _DIGITS:
            j += 1
    if j < n and s[j] in 'eE':
        k = j + 1
        if k < n and s[k] in '+-':
            k += 1
        if k < n and s[k] in _DIGITS:
            while k < n and s[k] in _DIGITS:
                k += 1
            is_float = True
            j = k
    return j, is_float


def py_make_scanner(context):
    """The scanner for context (a JSONDecoder), in Python."""
    c = context
    read_object, read_array, read_string = (
        c.parse_object, c.parse_array, c.parse_string)
    strict, to_float, to_int, constant = (
        c.strict, c.parse_float, c.parse_int, c.parse_constant)
    hooks = c.object_hook, c.object_pairs_hook
    memo = c.memo
    words = (('null', None), ('true', True), ('false', False))

    def scan(s, idx):
        if not -len(s) <= idx < len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return read_string(s, idx + 1, strict)
        if c == '{':
            return read_object((s, idx + 1), strict, scan, *hooks, memo)
        if c == '[':
            return read_array((s, idx + 1), scan)
        for word, value in words:
            if s.startswith(word, idx):
                return value, idx + len(word)
        end, is_float = _number_end(s, idx)
        if end >= 0:
            text = s[idx:end]
            return (to_float(text) if is_float else to_int(text)), end
        for word in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(word, idx):
                return constant(word), idx + len(word)
        raise StopIteration(idx)

    def scan_once(s, idx):
        # The memo lives for one document.
        result = None
        try:
            result = scan(s, idx)
        finally:
            memo.clear()
        return result

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
