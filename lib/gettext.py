"""Translating the messages of a program into the user's language.

Messages are looked up in GNU gettext catalogs (.mo files) found by
domain, folder and language.  The functions (gettext, ngettext, pgettext,
...) use the global domain set with textdomain(); translation() returns a
catalog object to call directly, and install() makes its gettext the
builtin _().
"""

# Kaa's gettext. Plural forms in catalog headers are C expressions; c2py()
# compiles one into a Python function by translating it into a Python
# expression (the same text CPython builds, so that the limits on its
# nesting apply alike).

import operator
import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')

# The tokens of a plural-forms expression.
_token_pattern = re.compile(r"""
        (?P<WHITESPACES>[ \t]+)                    |
        (?P<NUMBER>[0-9]+\b)                       |
        (?P<NAME>n\b)                              |
        (?P<PARENTHESIS>[()])                      |
        (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|) |
        (?P<INVALID>\w+|.)
    """, re.VERBOSE | re.DOTALL)


def _tokenize(plural):
    # The expression's tokens, then '' for the end.
    for mo in _token_pattern.finditer(plural):
        kind = mo.lastgroup
        if kind == 'WHITESPACES':
            continue
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % mo.group(kind))
        yield mo.group(kind)
    yield ''


def _error(value):
    if not value:
        return ValueError('unexpected end of plural form')
    return ValueError('unexpected token in plural form: %s' % value)


# Binary operators by precedence (higher binds tighter), and their Python
# spelling where it differs.
_binary_ops = {}
for _level, _ops in enumerate((('||',), ('&&',), ('==', '!='),
                               ('<', '>', '<=', '>='), ('+', '-'),
                               ('*', '/', '%')), 1):
    _binary_ops.update(dict.fromkeys(_ops, _level))
del _level, _ops
_c2py_ops = {'||': 'or', '&&': 'and', '/': '//'}
_COMPARISONS = (3, 4)


def _operand(tokens):
    # A unary operand: '!'s, then a parenthesized expression, n or a number.
    # Returns its Python text and the token after it.
    negations = ''
    tok = next(tokens)
    while tok == '!':
        negations += 'not '
        tok = next(tokens)
    if tok == '(':
        inner, tok = _parse(tokens)
        if tok != ')':
            raise ValueError('unbalanced parenthesis in plural form')
        return '%s(%s)' % (negations, inner), next(tokens)
    if tok == 'n':
        return negations + tok, next(tokens)
    try:
        number = int(tok, 10)
    except ValueError:
        raise _error(tok) from None
    return '%s%d' % (negations, number), next(tokens)


def _parse(tokens, priority=-1):
    # An expression whose binary operators bind at least as tightly as
    # priority (-1: anything, with a conditional; 0: a conditional's branch).
    text, tok = _operand(tokens)
    last = 100      # the level of the operator last applied
    while tok in _binary_ops:
        level = _binary_ops[tok]
        if level < priority:
            break
        if level in _COMPARISONS and last in _COMPARISONS:
            # C compares the result of a comparison; Python would chain.
            text = '(%s)' % text
        right, following = _parse(tokens, level + 1)
        text = '%s %s %s' % (text, _c2py_ops.get(tok, tok), right)
        tok = following
        last = level
    if last == priority == 4:
        text = '(%s)' % text
    if tok == '?' and priority <= 0:
        when_true, tok = _parse(tokens, 0)
        if tok != ':':
            raise _error(tok)
        when_false, tok = _parse(tokens)
        text = '%s if %s else %s' % (when_true, text, when_false)
        if priority == 0:
            text = '(%s)' % text
    return text, tok


def _as_int(n):
    # A plural count: an int, or a number with an integral value (with a
    # warning), never anything else.
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    return _as_int2(n)


def _as_int2(n):
    try:
        return operator.index(n)
    except TypeError:
        pass
    import warnings
    # Point the warning at the first caller outside this module.
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' %
                  (n.__class__.__name__,), DeprecationWarning, stacklevel)
    return n


def c2py(plural):
    """Compile the C expression of a Plural-Forms header into a function of
    n returning the index of the plural form."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, tok = _parse(_tokenize(plural))
        if tok:
            raise _error(tok)
        depth = 0
        for ch in text:
            if ch == '(':
                depth += 1
                if depth > 20:
                    # Deep nesting would stress Python's parser.
                    raise ValueError('plural form expression is too complex')
            elif ch == ')':
                depth -= 1
        namespace = {'_as_int': _as_int, '__name__': __name__}
        exec('def func(n):\n'
             '    if not isinstance(n, int):\n'
             '        n = _as_int(n)\n'
             '    return int(%s)\n' % text, namespace)
        return namespace['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


def _expand_lang(loc):
    # The names to look for a language under, most specific first:
    # lang_TERRITORY.codeset@modifier, leaving parts out in turn.
    import locale
    loc = locale.normalize(loc)
    loc, at, modifier = loc.partition('@')
    modifier = at + modifier
    loc, dot, codeset = loc.partition('.')
    codeset = dot + codeset
    language, underscore, territory = loc.partition('_')
    territory = underscore + territory
    parts = [territory, codeset, modifier]       # bits 2, 1, 4 below
    present = sum(bit for bit, part in zip((2, 1, 4), parts) if part)
    names = []
    for mask in range(present + 1):
        if mask & ~present:
            continue
        name = language
        if mask & 2:
            name += territory
        if mask & 1:
            name += codeset
        if mask & 4:
            name += modifier
        names.append(name)
    names.reverse()
    return names


def _pick(msgid1, msgid2, n):
    return msgid1 if _as_int2(n) == 1 else msgid2


class NullTranslations:
    """A catalog without translations (or a base for others): every message
    is itself, unless a fallback catalog translates it."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return _pick(msgid1, msgid2, n)

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return _pick(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file."""

    # The file's magic number, as read little- or big-endian.
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # The key of a message with a context: context EOT message.
    CONTEXT = "%s\x04%s"

    # The major versions of the file format understood.
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Read the catalog: the messages and their translations, and the
        header (the translation of the empty message) into info()."""
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)    # Germanic plurals by default
        data = fp.read()
        size = len(data)
        magic = unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = unpack(order + '4I', data[4:20])
        pair = order + 'II'
        major, _ = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        for _ in range(count):
            mlen, moff = unpack(pair, data[originals:originals + 8])
            tlen, toff = unpack(pair, data[translations:translations + 8])
            if moff + mlen >= size or toff + tlen >= size:
                raise OSError(0, 'File is corrupt', filename)
            msg = data[moff:moff + mlen]
            tmsg = data[toff:toff + tlen]
            if mlen == 0:
                self._read_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                # Plural forms: singular NUL plural, translations NUL-separated.
                msgid1, _ = msg.split(b'\x00')
                key = str(msgid1, charset)
                for index, form in enumerate(tmsg.split(b'\x00')):
                    catalog[key, index] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            originals += 8
            translations += 8

    def _read_header(self, header):
        # The metadata lines "Key: value" (continued on following lines);
        # the charset and the plural rule are used here.
        last = None
        for raw in header.split(b'\n'):
            line = raw.decode().strip()
            if not line:
                continue
            # Lines msgcat adds between merged headers.
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                continue
            key = value = None
            if ':' in line:
                key, value = line.split(':', 1)
                key, value = key.strip().lower(), value.strip()
                self._info[key] = value
                last = key
            elif last:
                self._info[last] += '\n' + line
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                rule = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(rule)

    def _lookup(self, key):
        # The translation of key, or of its singular plural form; None.
        missing = object()
        found = self._catalog.get(key, missing)
        if found is missing:
            found = self._catalog.get((key, self.plural(1)), missing)
        return None if found is missing else found

    def gettext(self, message):
        found = self._lookup(message)
        if found is not None:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[msgid1, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is not None:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[self.CONTEXT % (context, msgid1), self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    """Return the path of domain's .mo file for the first language that has
    one (all: every such path), or None (all: []).

    languages default to the LANGUAGE, LC_ALL, LC_MESSAGES and LANG
    environment variables, the first set; localedir to the default folder.
    """
    localedir = _default_localedir if localedir is None else localedir
    if languages is None:
        languages = []
        for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(var)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = [] if all else None
    for lang in candidates:
        if lang == 'C':
            break       # the C locale has no translations
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            found.append(mofile)
    return found


# Catalogs read so far, by (class, path).
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """Return the catalog of domain for the languages (see find()): an
    instance of class_ (GNUTranslations by default), with the other
    languages' catalogs as fallbacks.  Without any catalog, a
    NullTranslations if fallback is true, else FileNotFoundError."""
    class_ = GNUTranslations if class_ is None else class_
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        catalog = _translations.get(key)
        if catalog is None:
            with open(mofile, 'rb') as fp:
                catalog = _translations.setdefault(key, class_(fp))
        # A copy, so that fallbacks added to it do not reach the cache.
        catalog = copy.copy(catalog)
        if result is None:
            result = catalog
        else:
            result.add_fallback(catalog)
    return result


def install(domain, localedir=None, *, names=None):
    """Make domain's catalog's gettext the builtin _() (and the methods
    named in names builtins too)."""
    translation(domain, localedir, fallback=True).install(names)


# The folders bound to domains, and the global domain.
_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Set the global domain (if given) and return it."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Bind domain to the folder localedir (if given) and return its
    folder."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _catalog_of(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    catalog = _catalog_of(domain)
    return message if catalog is None else catalog.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    catalog = _catalog_of(domain)
    if catalog is None:
        return _pick(msgid1, msgid2, n)
    return catalog.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    catalog = _catalog_of(domain)
    return message if catalog is None else catalog.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    catalog = _catalog_of(domain)
    if catalog is None:
        return _pick(msgid1, msgid2, n)
    return catalog.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# The old name of translation().
Catalog = translation
