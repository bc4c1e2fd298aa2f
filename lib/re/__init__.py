r"""Regular expressions: patterns that match text.

Regular expressions as in Perl, over str or bytes (with null bytes and
characters beyond ASCII in either the pattern or the subject).

Ordinary characters match themselves; these are special:
    .          any character but a newline (any at all with DOTALL)
    ^ $        start and end of the string (of lines with MULTILINE); $ also
               before a newline that ends the string
    * + ?      0 or more, 1 or more, 0 or 1 of what precedes, greedily;
    *? +? ??   the same as few as possible; *+ ++ ?+ possessive
    {m,n}      m to n repetitions ({m,n}? and {m,n}+ likewise)
    \          escapes a special character or starts a special sequence
    [...]      a set of characters; [^...] its complement
    A|B        A or else B
    (...)      a group, whose match can be read and referred to later
    (?aiLmsux) flags for the whole pattern (the constants below)
    (?aiLmsux-imsx:...) flags for a part of it
    (?:...)    a group that captures nothing
    (?P<name>...) a group with a name; (?P=name) what it matched
    (?#...)    a comment
    (?=...) (?!...)   lookahead: ... follows / does not follow here
    (?<=...) (?<!...) lookbehind (of a fixed width): ... precedes / not
    (?>...)    an atomic group
    (?(id/name)yes|no) yes if the group matched, no (optional) otherwise

Special sequences:
    \number  what group number matched   \A \Z  start, end of the string
    \b \B    at / not at a word's edge   \d \D  a decimal digit / not one
    \s \S    whitespace / not            \w \W  a word character / not
    \\       a backslash
For str patterns \d, \s and \w take Unicode's classes unless ASCII is set.

Functions: match, fullmatch, search, sub, subn, split, findall, finditer,
compile, purge, escape. All but purge and escape take flags, joined by |:
    A  ASCII       \w \W \b \B \d \D \s \S use ASCII's classes
    I  IGNORECASE  case-insensitive matching
    L  LOCALE      \w \W \b \B and case follow the current locale (bytes only)
    M  MULTILINE   ^ and $ match at lines' ends too
    S  DOTALL      . matches a newline too
    X  VERBOSE     whitespace and # comments in the pattern are ignored
    U  UNICODE     the default for str patterns (kept for compatibility)

Invalid patterns raise PatternError (also named error).
"""

import enum, functools, _sre
from . import _parser, _compiler

__all__ = """
    match fullmatch search sub subn split findall finditer compile purge
    escape error Pattern Match A I L M S X U ASCII IGNORECASE LOCALE
    MULTILINE DOTALL VERBOSE UNICODE NOFLAG RegexFlag PatternError
""".split()

__version__ = '2.2.1'


class RegexFlag:
    NOFLAG = 0
    ASCII = A = _compiler.SRE_FLAG_ASCII            # ASCII classes
    IGNORECASE = I = _compiler.SRE_FLAG_IGNORECASE  # case-insensitive
    LOCALE = L = _compiler.SRE_FLAG_LOCALE          # the locale's classes
    UNICODE = U = _compiler.SRE_FLAG_UNICODE        # Unicode's classes
    MULTILINE = M = _compiler.SRE_FLAG_MULTILINE    # ^ and $ at lines too
    DOTALL = S = _compiler.SRE_FLAG_DOTALL          # . matches newlines
    VERBOSE = X = _compiler.SRE_FLAG_VERBOSE        # spaces, # comments
    DEBUG = _compiler.SRE_FLAG_DEBUG                # print the compiled code
    # str() is repr(), and unknown bits show in hexadecimal
    __str__, _numeric_repr_ = object.__str__, hex


# an IntFlag whose members are also module constants (re.I, re.M, ...),
# and whose repr is re.IGNORECASE|re.MULTILINE
RegexFlag = enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)(RegexFlag)
RegexFlag = enum.global_enum(RegexFlag)

error = PatternError = _compiler.PatternError


def match(pattern, string, flags=0):
    """Match the pattern at the start of the string: a Match object, or
    None if it does not match there."""
    compiled = _compile(pattern, flags)
    return compiled.match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against the whole string: a Match object, or None
    if it does not match all of it."""
    compiled = _compile(pattern, flags)
    return compiled.fullmatch(string)


def search(pattern, string, flags=0):
    """The first place in the string where the pattern matches, as a Match
    object, or None if it matches nowhere."""
    compiled = _compile(pattern, flags)
    return compiled.search(string)


class _Unset(int):
    # the default of count, maxsplit and flags: 0, but recognisably not
    # passed
    pass


_unset = _Unset()


def _positional_args(fname, args, first, first_name, flags, fixed):
    # sub, subn and split still take count/maxsplit and flags by position,
    # with a DeprecationWarning
    if first is not _unset:
        raise TypeError(f"{fname}() got multiple values for argument "
                        f"'{first_name}'")
    first = args[0]
    if len(args) > 1:
        if flags is not _unset:
            raise TypeError(f"{fname}() got multiple values for argument "
                            f"'flags'")
        flags = args[1]
        if len(args) > 2:
            raise TypeError(f"{fname}() takes from {fixed} to {fixed + 2} "
                            f"positional arguments but {fixed + len(args)} "
                            f"were given")
    from warnings import warn
    warn(f"'{first_name}' is passed as positional argument",
         DeprecationWarning, stacklevel=3)
    return first, flags


def sub(pattern, repl, string, *args, count=_unset,
        flags=_unset):
    """The string with the leftmost non-overlapping matches of the pattern
    replaced by repl. repl is a string, where backslash escapes are
    processed, or a callable, called with each Match object and returning
    the string to put in its place."""
    if args:
        count, flags = _positional_args('sub', args, count, 'count', flags, 3)
    compiled = _compile(pattern, flags)
    return compiled.sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_unset,
         flags=_unset):
    """As sub, but returns (new string, number of replacements made)."""
    if args:
        count, flags = _positional_args('subn', args, count, 'count', flags,
                                        3)
    compiled = _compile(pattern, flags)
    return compiled.subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_unset,
          flags=_unset):
    """The pieces of the string between matches of the pattern, as a list,
    with the text of the pattern's groups (if any) between them. With a
    non-zero maxsplit, at most that many splits; the rest of the string is
    the last item."""
    if args:
        maxsplit, flags = _positional_args('split', args, maxsplit,
                                           'maxsplit', flags, 2)
    compiled = _compile(pattern, flags)
    return compiled.split(string, maxsplit)


# what inspect.signature shows (the sentinels are an implementation detail)
for _function, _signature in ((sub, 'repl, string, count=0, flags=0'),
                              (subn, 'repl, string, count=0, flags=0'),
                              (split, 'string, maxsplit=0, flags=0')):
    _function.__text_signature__ = '(pattern, %s)' % _signature
del _function, _signature


def findall(pattern, string, flags=0):
    """All non-overlapping matches in the string, as a list: of the matched
    text, of the one group's text, or of tuples of the groups' texts.
    Empty matches count."""
    compiled = _compile(pattern, flags)
    return compiled.findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of the Match objects of all non-overlapping matches in
    the string, empty matches included."""
    compiled = _compile(pattern, flags)
    return compiled.finditer(string)


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object
    (cached: compiling the same pattern again is cheap)."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression caches (compiled patterns and parsed
    replacement templates)."""
    for cache in (_cache, _cache2):
        cache.clear()
    _compile_template.cache_clear()


# escape() puts a backslash before what could mean something in a pattern:
# the special characters, closing brackets, '-' (ranges), '&' and '~'
# (possible set operations), '#' and whitespace (verbose mode).
_special_chars_map = {ord(ch): '\\' + ch
                      for ch in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string (str or bytes)."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    text = str(pattern, 'latin1').translate(_special_chars_map)
    return text.encode('latin1')


# the engine's types, named
_empty = _compiler.compile('', 0)
Pattern, Match = type(_empty), type(_empty.match(''))
del _empty


# Compiled patterns by (type(pattern), pattern, flags): _cache2 is a small
# first-in first-out cache consulted first (cheap to keep up), _cache a
# larger least-recently-used one (dicts keep insertion order; a hit moves
# to the end).
_cache = {}
_cache2 = {}
_MAXCACHE, _MAXCACHE2 = 512, 256


def _drop_oldest(cache):
    # another thread may have emptied or changed it meanwhile
    try:
        del cache[next(iter(cache))]
    except (StopIteration, KeyError, RuntimeError):
        pass


def _compile(pattern, flags):
    # (the type test first spares plain ints the slower isinstance)
    if type(flags) is not int and isinstance(flags, RegexFlag):
        flags = flags.value
    key = type(pattern), pattern, flags
    try:
        return _cache2[key]
    except KeyError:
        pass

    found = _cache.pop(key, None)
    if found is None:
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError('cannot process flags argument with a '
                                 'compiled pattern')
            return pattern
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled '
                            'pattern')
        found = _compiler.compile(pattern, flags)
        if DEBUG & flags:
            # not kept, so that the next use prints it again
            return found
        if _MAXCACHE <= len(_cache):
            _drop_oldest(_cache)
    _cache[key] = found

    if _MAXCACHE2 <= len(_cache2):
        _drop_oldest(_cache2)
    _cache2[key] = found
    return found


@functools.lru_cache(maxsize=_MAXCACHE)
def _compile_template(pattern, repl):
    # a replacement string, parsed, for the engine
    parsed = _parser.parse_template(repl, pattern)
    return _sre.template(pattern, parsed)


# compiled patterns pickle as a call to re._compile
import copyreg


def _pickle(compiled):
    return _compile, (compiled.pattern, compiled.flags)


copyreg.pickle(Pattern, _pickle, constructor_ob=_compile)


class Scanner:
    # Experimental: lexicon is a list of (phrase, action); scan() matches
    # phrases one after another at the start of what is left, collecting
    # what their actions give (an action that is not callable is the
    # result itself).
    def __init__(self, lexicon, flags=0):
        flags = flags.value if isinstance(flags, RegexFlag) else flags
        self.lexicon = lexicon
        # one pattern: the phrases as alternatives, each in its own group
        st = _parser.State()
        st.flags = flags
        alternatives = []
        for phrase, _ in lexicon:
            gid = st.opengroup()
            body = _parser.parse(phrase, flags)
            alternatives.append(
                _parser.SubPattern(st, [(_parser.SUBPATTERN, (gid, 0, 0, body))]))
            st.closegroup(gid, alternatives[-1])
        whole = _parser.SubPattern(st, [(_parser.BRANCH, (None, alternatives))])
        self.scanner = _compiler.compile(whole)

    def scan(self, string):
        found = []
        step = self.scanner.scanner(string).match
        done = 0
        while True:
            m = step()
            if not m or m.end() == done:
                break
            done = m.end()
            result = self.lexicon[m.lastindex - 1][1]
            if callable(result):
                self.match = m
                result = result(self, m.group())
            if result is not None:
                found.append(result)
        return found, string[done:]
