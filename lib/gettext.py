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
    # A plural count: an int, or (with a DeprecationWarning) a number of
    # integral value; a TypeError for anything round() refuses.
    try:
        round(n)
    except TypeError:
        kind = type(n).__name__
        raise TypeError('Plural value must be an integer, got %s' % (kind,)) from None
    return _as_int2(n)


def _as_int2(n):
    try:
        return operator.index(n)
    except TypeError:
        pass    # a float, say: accepted with a warning
    import warnings
    # Blame the first frame outside this module.
    level, caller = 2, sys._getframe(1)
    while caller.f_back is not None and caller.f_globals.get('__name__') == __name__:
        level, caller = level + 1, caller.f_back
    warnings.warn('Plural value must be an integer, got %s' % (type(n).__name__,),
                  DeprecationWarning, level)
    return n


def _nesting(text):
    # The deepest nesting of parentheses in text.
    depth = deepest = 0
    for ch in text:
        if ch == '(':
            depth += 1
            deepest = max(deepest, depth)
        elif ch == ')':
            depth -= 1
    return deepest


def c2py(plural):
    """Turn the C expression of a Plural-Forms header into a function
    mapping a count n to the index of the plural form to use."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, rest = _parse(_tokenize(plural))
        if rest:
            raise _error(rest)
        if _nesting(text) > 20:
            # So deep a nesting would strain Python's own parser.
            raise ValueError('plural form expression is too complex')
        scope = {'_as_int': _as_int, '__name__': __name__}
        source = ('def func(n):\n'
                  '    if not isinstance(n, int):\n'
                  '        n = _as_int(n)\n'
                  '    return int(%s)\n' % text)
        exec(source, scope)
    except RecursionError:
        raise ValueError('plural form expression is too complex')
    return scope['func']


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
    """The catalog that translates nothing, and the base of real ones:
    a message not found is passed to the fallback catalog, if any, or
    returned as it is."""

    def __init__(self, fp=None):
        self._info, self._charset, self._fallback = {}, None, None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        # The new fallback goes at the end of the chain.
        current = self._fallback
        if not current:
            self._fallback = fallback
        else:
            current.add_fallback(fallback)

    def gettext(self, message):
        helper = self._fallback
        return helper.gettext(message) if helper else message

    def ngettext(self, msgid1, msgid2, n):
        helper = self._fallback
        if helper:
            return helper.ngettext(msgid1, msgid2, n)
        return _pick(msgid1, msgid2, n)

    def pgettext(self, context, message):
        helper = self._fallback
        return helper.pgettext(context, message) if helper else message

    def npgettext(self, context, msgid1, msgid2, n):
        helper = self._fallback
        if helper:
            return helper.npgettext(context, msgid1, msgid2, n)
        return _pick(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        wanted = set(names) if names is not None else set()
        for name in ('gettext', 'ngettext', 'npgettext', 'pgettext'):
            if name in wanted:
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU gettext .mo file."""

    # The magic number of .mo files, read little- or big-endian.
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # How a message with a context is keyed: context, EOT, message.
    CONTEXT = "%s\x04%s"

    # Major format versions that can be read.
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return divmod(version, 1 << 16)

    def _parse(self, fp):
        """Load the messages and translations; the header (translation of
        the empty message) fills info(), the charset and the plural rule."""
        from struct import unpack
        where = getattr(fp, 'name', '')
        self._catalog = table = {}
        self.plural = lambda n: int(n != 1)     # two forms, as in English
        data = fp.read()
        end = len(data)
        byte_order = {self.LE_MAGIC: '<', self.BE_MAGIC: '>'}.get(unpack('<I', data[:4])[0])
        if byte_order is None:
            raise OSError(0, 'Bad magic number', where)
        version, entries, ids_at, strs_at = unpack(byte_order + '4I', data[4:20])
        major = self._get_versions(version)[0]
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), where)
        entry = byte_order + 'II'
        for k in range(entries):
            id_len, id_at = unpack(entry, data[ids_at + 8 * k:ids_at + 8 * k + 8])
            str_len, str_at = unpack(entry, data[strs_at + 8 * k:strs_at + 8 * k + 8])
            if id_at + id_len >= end or str_at + str_len >= end:
                raise OSError(0, 'File is corrupt', where)
            original = data[id_at:id_at + id_len]
            translated = data[str_at:str_at + str_len]
            if not id_len:
                self._read_header(translated)
            encoding = self._charset or 'ascii'
            if b'\x00' not in original:
                table[str(original, encoding)] = str(translated, encoding)
                continue
            # Plural forms: "singular NUL plural" -> NUL-separated forms.
            singular, _plural = original.split(b'\x00')
            singular = str(singular, encoding)
            for form_no, form in enumerate(translated.split(b'\x00')):
                table[singular, form_no] = str(form, encoding)

    def _read_header(self, header):
        # "Key: value" lines (a line without a colon continues the value
        # before); Content-Type gives the charset, Plural-Forms the rule.
        previous = None
        for chunk in header.split(b'\n'):
            line = chunk.decode().strip()
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue        # blank, or a marker msgcat puts between headers
            key, colon, value = line.partition(':')
            if not colon:
                if previous:
                    self._info[previous] += '\n' + line
                continue
            key, value = key.strip().lower(), value.strip()
            self._info[key] = value
            previous = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _lookup(self, key):
        # The translation of key (or of the first plural form under key);
        # None if there is none.
        table = self._catalog
        if key in table:
            return table[key]
        return table.get((key, self.plural(1)))

    def gettext(self, message):
        found = self._lookup(message)
        if found is None:
            return NullTranslations.gettext(self, message)
        return found

    def _plural_form(self, msgid1, msgid2, n, key, ask_fallback):
        try:
            return self._catalog[key, self.plural(n)]
        except KeyError:
            pass
        if self._fallback:
            return ask_fallback()
        return msgid1 if n == 1 else msgid2

    def ngettext(self, msgid1, msgid2, n):
        return self._plural_form(
            msgid1, msgid2, n, msgid1,
            lambda: self._fallback.ngettext(msgid1, msgid2, n))

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is None:
            return NullTranslations.pgettext(self, context, message)
        return found

    def npgettext(self, context, msgid1, msgid2, n):
        return self._plural_form(
            msgid1, msgid2, n, self.CONTEXT % (context, msgid1),
            lambda: self._fallback.npgettext(context, msgid1, msgid2, n))


def _languages_from_environment():
    for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        setting = os.environ.get(var)
        if setting:
            return setting.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of domain for the first of languages that has one, or
    None; with all, the list of every such file (maybe empty).

    languages: by default from the first set of the LANGUAGE, LC_ALL,
    LC_MESSAGES and LANG environment variables.  localedir: by default
    the system's folder.
    """
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = _languages_from_environment()
        if 'C' not in languages:
            languages.append('C')
    names = []
    for language in languages:
        for name in _expand_lang(language):
            if name not in names:
                names.append(name)
    hits = []
    for name in names:
        if name == 'C':
            break       # nothing is translated for the C locale
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if not os.path.exists(path):
            continue
        if not all:
            return path
        hits.append(path)
    return hits if all else None


# Catalogs loaded so far, by (class, absolute path).
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """domain's catalog for languages (found as find() does), made by
    class_ (default GNUTranslations), the catalogs of the later languages
    chained as its fallbacks.  When there is none: a NullTranslations with
    fallback true, else FileNotFoundError."""
    maker = class_ if class_ is not None else GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if not fallback:
            from errno import ENOENT
            raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
        return NullTranslations()
    import copy
    chain = []
    for path in paths:
        key = (maker, os.path.abspath(path))
        loaded = _translations.get(key)
        if loaded is None:
            with open(path, 'rb') as fp:
                loaded = _translations.setdefault(key, maker(fp))
        # Copies: fallbacks added to them must not reach the cached ones.
        chain.append(copy.copy(loaded))
    for extra in chain[1:]:
        chain[0].add_fallback(extra)
    return chain[0]


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
