"""Escaping text for HTML, and decoding HTML's character references."""

# Kaa's html: escape() for text going into HTML, unescape() for character
# references coming out of it, as the HTML5 standard decodes them.

import re as _re
from html.entities import html5 as _html5


__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Return s with "&", "<" and ">" written as character references, and
    with quote true (the default) the quotation marks " and ' too, so that
    the text can stand in HTML content and attribute values."""
    s = s.replace("&", "&amp;")     # first, so that the others stay intact
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Numeric references HTML5 maps to other characters (the Windows-1252
# meanings of 0x80-0x9F, NUL and CR).
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
_invalid_charrefs.update(
    (code, bytes([code]).decode('cp1252', 'strict'))
    for code in range(0x80, 0xa0)
    if code not in (0x81, 0x8d, 0x8f, 0x90, 0x9d))
_invalid_charrefs.update((code, chr(code)) for code in (0x81, 0x8d, 0x8f, 0x90, 0x9d))

# Code points HTML5 drops from numeric references: controls, noncharacters.
_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20)) \
    | set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | {0xb} \
    | {plane * 0x10000 + low for plane in range(17) for low in (0xfffe, 0xffff)}


def _replace_charref(s):
    ref = s.group(1)
    if ref[0] == '#':
        digits = ref[2:] if ref[1] in 'xX' else ref[1:]
        code = int(digits.rstrip(';'), 16 if ref[1] in 'xX' else 10)
        if code in _invalid_charrefs:
            return _invalid_charrefs[code]
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return '\uFFFD'
        if code in _invalid_codepoints:
            return ''
        return chr(code)
    if ref in _html5:
        return _html5[ref]
    # The longest name that is a reference without its semicolon.
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Return s with its character references (&gt;, &#62;, &#x3e;) replaced
    by the characters they stand for, decoded as the HTML5 standard says,
    invalid ones included, with the names of html.entities.html5."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
