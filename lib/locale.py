"""Locale support: the C library's locale settings (setlocale, localeconv,
strcoll, ...) and formatting of numbers and money by the current locale.

The settings apply to the whole interpreter: a program sets them once, with
setlocale(LC_ALL, '') for the user's preferences, rather than switching back
and forth.
"""

# Kaa's locale module, over the native _locale. Sections: the native layer
# and its fallbacks; number grouping and formatting; locale names
# (normalize() over the alias tables, which lib/_locale_aliases.py holds).

import sys
import encodings
import encodings.aliases
import re
from collections.abc import Mapping as _Mapping
from builtins import str as _builtin_str
import functools

from _locale_aliases import locale_alias, locale_encoding_alias, windows_locale

__all__ = [
    # the settings
    "setlocale", "getlocale", "getdefaultlocale", "getencoding",
    "getpreferredencoding", "normalize", "localeconv", "Error",
    # collation
    "strcoll", "strxfrm",
    # numbers and money
    "format_string", "currency", "str", "atof", "atoi",
    # the categories (LC_MESSAGES is added below where there is one)
    "LC_ALL", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC",
    "CHAR_MAX",
]


def _strcoll(a, b):
    """Compare two strings by code point: -1, 0 or 1."""
    return (a > b) - (a < b)


def _strxfrm(s):
    """Return s itself: a sort key that orders as _strcoll does."""
    return s


try:
    from _locale import *
except ImportError:
    # Without the native module: the C locale only.
    CHAR_MAX = 127
    LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
    Error = ValueError

    def localeconv():
        """Return the C locale's number and money conventions (a dict)."""
        conv = dict.fromkeys(['int_curr_symbol', 'currency_symbol',
                              'mon_decimal_point', 'mon_thousands_sep',
                              'positive_sign', 'negative_sign',
                              'thousands_sep'], '')
        conv.update(dict.fromkeys(['int_frac_digits', 'frac_digits',
                                   'p_cs_precedes', 'p_sep_by_space',
                                   'n_cs_precedes', 'n_sep_by_space',
                                   'p_sign_posn', 'n_sign_posn'], 127))
        conv.update(grouping=[127], mon_grouping=[], decimal_point='.')
        return conv

    def setlocale(category, value=None):
        """Query or set the locale: only "C" is known without _locale."""
        if value not in (None, '', 'C'):
            raise Error('_locale emulation only supports "C" locale')
        return 'C'

# Code-point order where the native module lacks collation.
for _name, _fallback in (('strxfrm', _strxfrm), ('strcoll', _strcoll)):
    globals().setdefault(_name, _fallback)
del _name, _fallback

# Tests may override parts of localeconv()'s result.
_localeconv = localeconv
_override_localeconv = {}


@functools.wraps(_localeconv)
def localeconv():
    conv = _localeconv()
    conv.update(_override_localeconv)
    return conv


# Number formatting.

def _grouping_intervals(grouping):
    # The sizes of the digit groups from the right, as localeconv() gives
    # them: CHAR_MAX ends grouping, 0 repeats the previous size for ever.
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield size
        previous = size


def _conv(name, monetary):
    # A localeconv() entry, the monetary one when asked for.
    return localeconv()[('mon_' if monetary else '') + name]


def _group(s, monetary=False):
    # Insert the thousands separator into the digits of s (spaces around
    # them kept); returns the result and how many characters were added.
    separator = _conv('thousands_sep', monetary)
    grouping = _conv('grouping', monetary)
    if not grouping:
        return s, 0
    body = s.rstrip() if s[-1] == ' ' else s
    trailing = s[len(body):]
    leading = ''
    groups = []
    for size in _grouping_intervals(grouping):
        if not body or body[-1] not in '0123456789':
            # A sign or other text: it stays in front, ungrouped.
            leading, body = body, ''
            break
        groups.append(body[-size:])
        body = body[:-size]
    if body:
        groups.append(body)
    added = len(separator) * (len(groups) - 1)
    return leading + separator.join(groups[::-1]) + trailing, added


def _strip_padding(s, amount):
    # Remove up to amount spaces of padding, from the left first.
    start, end = 0, len(s)
    while amount and s[start] == ' ':
        start += 1
        amount -= 1
    while amount and s[end - 1] == ' ':
        end -= 1
        amount -= 1
    return s[start:end]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    # One %-conversion, localised if it is a number.
    text = percent % ((value,) + additional if additional else value)
    numeric = percent[-1] in 'eEfFgGdiu'
    return _localize(text, grouping, monetary) if numeric else text


def _localize(formatted, grouping=False, monetary=False):
    # Use the locale's decimal point, and its grouping when asked for.
    whole, dot, fraction = formatted.partition('.')
    added = 0
    if grouping:
        whole, added = _group(whole, monetary=monetary)
    if dot:
        formatted = _conv('decimal_point', monetary).join((whole, fraction))
    else:
        formatted = whole
    return _strip_padding(formatted, added) if added else formatted


def format_string(f, val, grouping=False, monetary=False):
    """Format val with the %-format f as the % operator does, with the
    locale's decimal point; grouping adds the thousands separators, and
    monetary uses the money conventions instead of the number ones."""
    conversions = list(_percent_re.finditer(f))
    template = _percent_re.sub('%s', f)
    pieces = []
    if isinstance(val, _Mapping):
        for conv in conversions:
            spec = conv.group()
            pieces.append('%' if spec[-1] == '%' else _format(spec, val, grouping, monetary))
    else:
        values = val if isinstance(val, tuple) else (val,)
        i = 0
        for conv in conversions:
            spec = conv.group()
            if spec[-1] == '%':
                pieces.append('%')
                continue
            # '*' widths and precisions take values of their own.
            stars = conv.group('modifiers').count('*')
            pieces.append(_format(spec, values[i], grouping, monetary,
                                  *values[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """Format the amount val as money by the locale's conventions: the
    currency symbol (unless symbol is false; the international one if
    international is true), the sign, and grouping if asked for."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    negative = val < 0
    text = '<' + _localize(f'{abs(val):.{digits}f}', grouping, monetary=True) + '>'
    if symbol:
        mark = conv['int_curr_symbol' if international else 'currency_symbol']
        gap = ' ' if conv['n_sep_by_space' if negative else 'p_sep_by_space'] else ''
        if conv['n_cs_precedes' if negative else 'p_cs_precedes']:
            text = mark + gap + text
        else:
            if international and mark[-1] == ' ':
                mark = mark[:-1]
            text = text + gap + mark
    position = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    # The '<' and '>' markers stand where signs may go.
    if position == 0:
        text = '(' + text + ')'
    elif position == 2:
        text = text + sign
    elif position == 3:
        text = text.replace('<', sign)
    elif position == 4:
        text = text.replace('>', sign)
    else:
        text = sign + text
    return text.replace('<', '').replace('>', '')


def str(val):
    """Return the float val as text ('%.12g'), with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """Turn a number written the locale's way into Python's notation (text)."""
    conventions = localeconv()
    for mark, python_mark in (('thousands_sep', ''), ('decimal_point', '.')):
        if conventions[mark]:
            string = string.replace(conventions[mark], python_mark)
    return string


def localize(string, grouping=False, monetary=False):
    """Write the number in Python's notation string the locale's way."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Convert text written the locale's way with func (float by default)."""
    return func(delocalize(string))


def atoi(string):
    """Convert text written the locale's way to an int."""
    return int(delocalize(string))


def _test():
    setlocale(LC_ALL, '')
    grouped = format_string("%d", 123456789, 1)
    print(grouped, "is", atoi(grouped))
    text = str(3.14)
    print(text, "is", atof(text))


# Locale names.

_setlocale = setlocale


def _replace_encoding(code, encoding):
    # code with its encoding replaced by encoding, spelled as the alias
    # tables spell encodings.
    language = code.partition('.')[0]
    name = encodings.normalize_encoding(encoding)
    name = encodings.aliases.aliases.get(name.lower(), name)
    key = name.lower()
    if key not in locale_encoding_alias:
        key = key.replace('_', '').replace('-', '')
    return language + '.' + locale_encoding_alias.get(key, name)


def _append_modifier(code, modifier):
    # '@euro' is no modifier but a request for an encoding with the euro
    # sign: ISO8859-15 where the code names none or Latin-1; UTF-8 and
    # ISO8859-15 have it already.
    if modifier != 'euro':
        return f'{code}@{modifier}'
    _, dot, encoding = code.partition('.')
    if not dot:
        return f'{code}.ISO8859-15'
    if encoding == 'ISO8859-1':
        return _replace_encoding(code, 'ISO8859-15')
    if encoding not in {'ISO8859-15', 'UTF-8'}:
        return f'{code}@{modifier}'
    return code


def normalize(localename):
    """Return the full locale code (as setlocale() takes it) that the
    name localename stands for, looked up in the alias tables: 'en_us'
    becomes 'en_US.ISO8859-1'.  An encoding given in the name is kept, in
    the tables' spelling; a name the tables do not know comes back as it
    is.
    """
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    language, _, rest = code.partition('.')
    encoding = rest.split('.')[0]
    lang_enc = language
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    with_modifier = lambda name: name + '@' + modifier if modifier else name

    # 1. the whole name.
    found = locale_alias.get(with_modifier(lang_enc))
    if found is not None:
        return found
    # 2. language and encoding, the modifier added.
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    # 3. the language (and modifier), with the encoding asked for.
    if encoding:
        found = locale_alias.get(with_modifier(language))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            base, mod = found.split('@', 1)
            return _replace_encoding(base, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(language)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                base, default_mod = found.split('@', 1)
                if default_mod.lower() == modifier:
                    return _replace_encoding(base, encoding) + '@' + default_mod
    return localename


def _parse_localename(localename):
    """(language code, encoding) of a locale name, normalized first; None
    for what is absent (both for the C locale).  ValueError for a name
    that makes no sense."""
    full = normalize(localename)
    code, at, modifier = full.partition('@')
    language, dot, encoding = code.partition('.')
    if dot:
        return language, encoding.partition('.')[0]
    if at and modifier == 'euro':
        # "@euro" with no encoding stands for ISO-8859-15.
        return code, 'iso-8859-15'
    special = {'C': (None, None),
               # macOS: LC_CTYPE=UTF-8 is the C locale with UTF-8.
               'UTF-8': (None, 'UTF-8')}
    if code in special:
        return special[code]
    raise ValueError('unknown locale: %s' % localename)


_BAD_LOCALE_TUPLE = ('Locale must be None, a string, or an iterable of '
                     'two strings -- language code, encoding.')


def _build_localename(localetuple):
    """The locale name of (language code, encoding), unchanged."""
    try:
        code, charset = localetuple
        if code is None:
            code = 'C'
        return code if charset is None else code + '.' + charset
    except (TypeError, ValueError):
        raise TypeError(_BAD_LOCALE_TUPLE) from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated.  (language code, encoding) of the user's locale as the
    first set of the environment variables envvars says (gettext's order
    by default), leaving the current settings alone.  Prefer setlocale(),
    getencoding() and getlocale().
    """
    import warnings
    warnings._deprecated(
        "locale.getdefaultlocale",
        "{name!r} is deprecated and slated for removal in Python {remove}. "
        "Use setlocale(), getencoding() and getlocale() instead.",
        remove=(3, 15))
    return _getdefaultlocale(envvars)


def _getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    chosen = 'C'
    for var in envvars:
        setting = os.environ.get(var, None)
        if not setting:
            continue
        # LANGUAGE holds a colon-separated list: its first entry counts.
        chosen = setting.split(':')[0] if var == 'LANGUAGE' else setting
        break
    return _parse_localename(chosen)


def getlocale(category=LC_CTYPE):
    """Return the current setting of category (not LC_ALL) as (language
    code, encoding); None where unknown.
    """
    name = _setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def setlocale(category, locale=None):
    """Set category's locale to locale -- a name, or (language code,
    encoding), normalized through the alias tables -- or with None, return
    the current one."""
    given_as_pair = locale and not isinstance(locale, _builtin_str)
    if given_as_pair:
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


try:
    from _locale import getencoding
except ImportError:
    def getencoding():
        return sys.getfilesystemencoding()


def getpreferredencoding(do_setlocale=True):
    """The encoding text files likely use by the user's preferences:
    'utf-8' in UTF-8 mode, else the locale's, trying the environment's
    LC_CTYPE on the way unless do_setlocale is false."""
    if sys.flags.warn_default_encoding:
        import warnings
        warnings.warn(
            "UTF-8 Mode affects locale.getpreferredencoding(). Consider locale.getencoding() instead.",
            EncodingWarning, 2)
    if sys.flags.utf8_mode:
        return 'utf-8'
    # Only with nl_langinfo(CODESET) does the temporary setlocale() matter.
    ask_environment = do_setlocale and 'CODESET' in globals()
    return _encoding_under_user_ctype() if ask_environment else getencoding()


def _encoding_under_user_ctype():
    # getencoding() with LC_CTYPE set from the environment for the moment.
    before = setlocale(LC_CTYPE)
    try:
        _try_user_ctype()
        return getencoding()
    finally:
        setlocale(LC_CTYPE, before)


def _try_user_ctype():
    try:
        setlocale(LC_CTYPE, '')
    except Error:
        pass    # an unusable environment: the current setting's encoding


def _show(pair, indent=''):
    language, encoding = pair
    print(indent + 'Language: ', language or '(undefined)')
    print(indent + 'Encoding: ', encoding or '(undefined)')


def _print_locale():
    """Print what the locale functions find (run as a script)."""
    rule = '-' * 72
    categories = [(name, value) for name, value in globals().items()
                  if name.startswith('LC_') and name != 'LC_ALL']

    def each_category():
        for name, category in categories:
            print(f'{name} ...')
            _show(getlocale(category), '   ')
            print()

    print('Locale defaults as determined by getdefaultlocale():')
    print(rule)
    _show(getdefaultlocale())
    print()
    print('Locale settings on startup:')
    print(rule)
    each_category()
    try:
        setlocale(LC_ALL, '')
    except:
        for line in ('NOTE:',
                     'setlocale(LC_ALL, "") does not support the default locale',
                     'given in the OS environment variables.'):
            print(line)
        return
    print()
    print('Locale settings after calling setlocale(LC_ALL, ""):')
    print(rule)
    each_category()


if 'LC_MESSAGES' in globals():
    __all__.append("LC_MESSAGES")

if __name__ == '__main__':
    for number, (title, run) in enumerate((('Locale aliasing:', _print_locale),
                                           ('Number formatting:', _test))):
        if number:
            print()
        print(title)
        print()
        run()
