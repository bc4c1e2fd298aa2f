"""Translating the messages of a program into the user's language.

Messages are looked up in GNU gettext catalogs (.mo files) found by
domain, folder and language.  The functions (gettext, ngettext, pgettext,
...) use the global domain set with textdomain(); translation() returns a
catalog object to call directly, and install() makes its gettext the
builtin _().
"""

# Kaa's gettext.  A catalog's Plural-Forms header holds a C expression
# over n; c2py() turns it into Python source text and compiles that.  The
# text is parenthesized as CPython's is, so that the depth limit below
# rejects the same expressions.

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


# --- Plural-Forms expressions -------------------------------------------

# Each match is a run of blanks (no group set), a token of the grammar
# (number, n, parenthesis or operator: group 1) or anything else (group 2).
_PLURAL_TOKEN = re.compile(
    r'[ \t]+|([0-9]+\b|n\b|[()]|[-*/%+?:]|[<>!]=?|==|&&|\|\|)|(\w+|.)',
    re.DOTALL)


def _plural_tokens(expression):
    """The tokens of expression, then '' to mark its end."""
    for match in _PLURAL_TOKEN.finditer(expression):
        token, junk = match.groups()
        if junk is not None:
            raise ValueError('invalid token in plural form: %s' % junk)
        if token is not None:
            yield token
    yield ''


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


# C's binary operators: binding strength (higher is tighter) and the
# Python operator written for each.
_BINARY = {}
for _strength, _row in enumerate((
        (('||', 'or'),),
        (('&&', 'and'),),
        (('==', '=='), ('!=', '!=')),
        (('<', '<'), ('>', '>'), ('<=', '<='), ('>=', '>=')),
        (('+', '+'), ('-', '-')),
        (('*', '*'), ('/', '//'), ('%', '%'))), start=1):
    for _c_op, _py_op in _row:
        _BINARY[_c_op] = (_strength, _py_op)
del _strength, _row, _c_op, _py_op
_EQUALITY, _ORDERING = 3, 4     # the strengths of the comparisons


def _primary(tokens):
    """A primary with its leading '!'s; returns (python text, next token)."""
    prefix = ''
    token = next(tokens)
    while token == '!':
        prefix += 'not '
        token = next(tokens)
    if token == '(':
        inner, token = _expression(tokens)
        if token != ')':
            raise ValueError('unbalanced parenthesis in plural form')
        return prefix + '(' + inner + ')', next(tokens)
    if token == 'n':
        return prefix + 'n', next(tokens)
    if not token[:1].isdigit():
        raise _unexpected(token)
    return prefix + str(int(token)), next(tokens)


def _expression(tokens, floor=-1):
    """Parse operators binding at least floor tightly.  floor -1 is a
    whole expression, conditional included; 0 a conditional's middle
    branch.  Returns (python text, next token)."""
    text, token = _primary(tokens)
    previous = None
    while token in _BINARY:
        strength, py_op = _BINARY[token]
        if strength < floor:
            break
        comparing = (_EQUALITY, _ORDERING)
        if strength in comparing and previous in comparing:
            # In C a comparison's result is an operand; Python would chain.
            text = '(' + text + ')'
        right, token = _expression(tokens, strength + 1)
        text = ' '.join((text, py_op, right))
        previous = strength
    if floor == _ORDERING and previous == _ORDERING:
        text = '(' + text + ')'
    if token == '?' and floor <= 0:
        chosen, token = _expression(tokens, 0)
        if token != ':':
            raise _unexpected(token)
        otherwise, token = _expression(tokens)
        text = '%s if %s else %s' % (chosen, text, otherwise)
        if floor == 0:
            text = '(' + text + ')'
    return text, token


def _plural_warning(n):
    # Blame the first caller outside this module.
    from warnings import warn
    frame, depth = sys._getframe(2), 3
    while frame.f_globals.get('__name__') == __name__ and frame.f_back:
        frame, depth = frame.f_back, depth + 1
    warn('Plural value must be an integer, got %s' % (type(n).__name__,),
         DeprecationWarning, depth)


def _count(n):
    """n as an integer, if it has __index__; otherwise n itself, with a
    DeprecationWarning."""
    try:
        return operator.index(n)
    except TypeError:
        _plural_warning(n)
        return n


def _checked_count(n):
    """Like _count(), but a TypeError for a value round() refuses."""
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (type(n).__name__,)) from None
    return _count(n)


def _depth(text):
    """How deeply text's parentheses nest."""
    level = deepest = 0
    for char in text:
        if char in '()':
            level += 1 if char == '(' else -1
            deepest = max(deepest, level)
    return deepest


# The plural rule as Python: n is an int by the time the expression sees it.
_RULE_SOURCE = '''\
def func(n):
    n = n if isinstance(n, int) else _checked_count(n)
    return int(%s)
'''


def c2py(plural):
    """Compile the C expression of a Plural-Forms header into a function
    from a count to the index of the plural form for it."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, leftover = _expression(_plural_tokens(plural))
        if leftover:
            raise _unexpected(leftover)
        if _depth(text) > 20:
            # Keep well inside what Python's compiler can nest.
            raise ValueError('plural form expression is too complex')
        namespace = {'_checked_count': _checked_count, '__name__': __name__}
        exec(_RULE_SOURCE % text, namespace)
    except RecursionError:
        raise ValueError('plural form expression is too complex')
    return namespace['func']


# --- Catalogs ------------------------------------------------------------

def _split_off(text, mark):
    """(text before mark, mark and the rest) -- ('text', '') without it."""
    head, found, tail = text.partition(mark)
    return head, found + tail


def _expand_lang(loc):
    """The names a locale's catalogs may be filed under, most specific
    first: language[_territory][.codeset][@modifier] with each optional
    part present or left out."""
    import locale
    rest, modifier = _split_off(locale.normalize(loc), '@')
    rest, codeset = _split_off(rest, '.')
    language, territory = _split_off(rest, '_')

    def options(part):
        return (part, '') if part else ('',)
    return [language + t + c + m
            for m in options(modifier)
            for t in options(territory)
            for c in options(codeset)]


def _choose(msgid1, msgid2, n):
    return msgid1 if _count(n) == 1 else msgid2


class NullTranslations:
    """A catalog without translations, and the base class of the real
    ones: what a catalog lacks it asks its fallback catalog for, and with
    no fallback the message comes back untranslated."""

    def __init__(self, fp=None):
        self._info, self._charset, self._fallback = {}, None, None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Read the catalog from the open file fp (subclasses)."""

    def add_fallback(self, fallback):
        # Chained at the end: the catalog of last resort.
        last = self._fallback
        if last:
            last.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        helper = self._fallback
        return helper.gettext(message) if helper else message

    def ngettext(self, msgid1, msgid2, n):
        helper = self._fallback
        if helper:
            return helper.ngettext(msgid1, msgid2, n)
        return _choose(msgid1, msgid2, n)

    def pgettext(self, context, message):
        helper = self._fallback
        return helper.pgettext(context, message) if helper else message

    def npgettext(self, context, msgid1, msgid2, n):
        helper = self._fallback
        if helper:
            return helper.npgettext(context, msgid1, msgid2, n)
        return _choose(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Make self.gettext the builtin _, and the methods listed in
        names (of gettext, ngettext, pgettext, npgettext) builtins too."""
        import builtins
        chosen = {'_': self.gettext}
        for method in ('gettext', 'ngettext', 'npgettext', 'pgettext'):
            if names is not None and method in names:
                chosen[method] = getattr(self, method)
        vars(builtins).update(chosen)


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
        """Split a .mo format revision into (major, minor)."""
        return divmod(version, 1 << 16)

    def _parse(self, fp):
        """Load the messages and translations; the header (translation of
        the empty message) fills info(), the charset and the plural rule."""
        import struct
        where = getattr(fp, 'name', '')
        self._catalog = table = {}
        self.plural = lambda n: int(n != 1)     # two forms, as in English
        data = fp.read()
        end = len(data)
        order = {self.LE_MAGIC: '<', self.BE_MAGIC: '>'}.get(
            struct.unpack_from('<I', data)[0])
        if order is None:
            raise OSError(0, 'Bad magic number', where)
        revision, count, ids_at, strs_at = struct.unpack_from(order + '4I', data, 4)
        major = self._get_versions(revision)[0]
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), where)
        for k in range(count):
            id_len, id_at = struct.unpack_from(order + 'II', data, ids_at + 8 * k)
            str_len, str_at = struct.unpack_from(order + 'II', data, strs_at + 8 * k)
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
            singular = str(original.split(b'\x00')[0], encoding)
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

    def _plural_form(self, key, n, method, args):
        # The form for n of the plural message under key, else the
        # fallback's answer to method(*args), else msgid1 or msgid2.
        found = self._catalog.get((key, self.plural(n)))
        if found is not None:
            return found
        helper = self._fallback
        if helper:
            return getattr(helper, method)(*args)
        msgid1, msgid2 = args[-3:-1]
        return msgid1 if n == 1 else msgid2

    def ngettext(self, msgid1, msgid2, n):
        return self._plural_form(msgid1, n, 'ngettext', (msgid1, msgid2, n))

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is None:
            return NullTranslations.pgettext(self, context, message)
        return found

    def npgettext(self, context, msgid1, msgid2, n):
        return self._plural_form(self.CONTEXT % (context, msgid1), n,
                                 'npgettext', (context, msgid1, msgid2, n))


# --- Finding catalogs ------------------------------------------------------

def _environment_languages():
    """The languages of the first set of LANGUAGE, LC_ALL, LC_MESSAGES
    and LANG, then C."""
    found = []
    for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        setting = os.environ.get(variable)
        if setting:
            found = setting.split(':')
            break
    if 'C' not in found:
        found.append('C')
    return found


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of domain for the first of languages that has one, or
    None; with all, the list of every such file (maybe empty).

    languages: by default from the environment (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG).  localedir: by default the system's folder.
    """
    folder = _default_localedir if localedir is None else localedir
    wanted = _environment_languages() if languages is None else languages
    names = []
    for language in wanted:
        for variant in _expand_lang(language):
            if variant not in names:
                names.append(variant)
    hits = []
    for name in names:
        if name == 'C':
            break       # nothing is translated for the C locale
        path = os.path.join(folder, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            hits.append(path)
    return hits if all else None


# Catalogs loaded so far, by (class, absolute path).
_translations = {}


def _loaded(maker, path):
    """The catalog maker made from path, read once and then cached; the
    caller gets a copy, so that the fallbacks it adds stay its own."""
    import copy
    key = (maker, os.path.abspath(path))
    catalog = _translations.get(key)
    if catalog is None:
        with open(path, 'rb') as fp:
            catalog = _translations.setdefault(key, maker(fp))
    return copy.copy(catalog)


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """domain's catalog for languages (found as find() does), made by
    class_ (default GNUTranslations), the catalogs of the later languages
    chained as its fallbacks.  When there is none: a NullTranslations with
    fallback true, else FileNotFoundError."""
    maker = GNUTranslations if class_ is None else class_
    paths = find(domain, localedir, languages, all=True)
    if paths:
        first = _loaded(maker, paths[0])
        for path in paths[1:]:
            first.add_fallback(_loaded(maker, path))
        return first
    if fallback:
        return NullTranslations()
    import errno
    raise FileNotFoundError(errno.ENOENT, 'No translation file found for domain', domain)


def install(domain, localedir=None, *, names=None):
    """Make domain's catalog's gettext the builtin _() (and the methods
    named in names builtins too)."""
    translation(domain, localedir, fallback=True).install(names)


# --- The global domain -------------------------------------------------------

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
    """Bind domain to the folder localedir (if given); return the folder
    domain is bound to."""
    if localedir is None:
        return _localedirs.get(domain, _default_localedir)
    _localedirs[domain] = localedir
    return localedir


# What a domain without a catalog translates with: nothing.
_UNTRANSLATED = NullTranslations()


def _catalog_for(domain):
    try:
        return translation(domain, _localedirs.get(domain))
    except OSError:
        return _UNTRANSLATED


def dgettext(domain, message):
    return _catalog_for(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _catalog_for(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _catalog_for(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _catalog_for(domain).npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return _catalog_for(_current_domain).gettext(message)


def ngettext(msgid1, msgid2, n):
    return _catalog_for(_current_domain).ngettext(msgid1, msgid2, n)


def pgettext(context, message):
    return _catalog_for(_current_domain).pgettext(context, message)


def npgettext(context, msgid1, msgid2, n):
    return _catalog_for(_current_domain).npgettext(context, msgid1, msgid2, n)


# The old name of translation().
Catalog = translation
