"""Configuration files in the INI style: sections in [brackets] holding
"name = value" (or "name: value") options, with comments, multi-line values,
a DEFAULT section whose options every section sees, and value interpolation.

RawConfigParser stores and returns values as they are; ConfigParser expands
%(name)s references (BasicInterpolation) by default, and ExtendedInterpolation
gives the ${section:name} syntax.  Parsers and their sections (SectionProxy)
are mappings.
"""

from collections.abc import MutableMapping, Iterable
from collections import ChainMap as _ChainMap
import contextlib, functools, io, itertools, os, re, sys, types

__all__ = (
    "NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
    "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
    "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
    "MultilineContinuationError", "ConfigParser", "RawConfigParser", "Interpolation",
    "BasicInterpolation", "ExtendedInterpolation", "SectionProxy", "ConverterMapping",
    "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH", "UNNAMED_SECTION",
)

_default_dict = dict      # the dict_type parsers use unless told otherwise
DEFAULTSECT = 'DEFAULT'
MAX_INTERPOLATION_DEPTH = 10


def _located(source, lineno, what):
    """The message of the duplicate errors: what happened, prefixed by the
    source (and line) it happened in when that is known."""
    if source is None:
        return what[:1].upper() + what[1:]
    line = "" if lineno is None else " [line {0:2d}]".format(lineno)
    return f"While reading from {source!r}{line}: {what}"


def _remember(exc, args, **attrs):
    """Store attrs on exc and make args its args tuple."""
    for attr, val in attrs.items():
        setattr(exc, attr, val)
    exc.args = args


class Error(Exception):
    """The base of the errors of this module."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __str__(self):
        return self.message
    __repr__ = __str__


class NoSectionError(Error):
    """A section asked for does not exist."""

    def __init__(self, section):
        super().__init__(f'No section: {section!r}')
        _remember(self, (section,), section=section)


class DuplicateSectionError(Error):
    """A section was added twice, or a strict parser met one twice in a source."""

    def __init__(self, section, source=None, lineno=None):
        super().__init__(_located(source, lineno, f"section {section!r} already exists"))
        _remember(self, (section, source, lineno),
                  section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """A strict parser met an option twice in the same section of a source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = f"option {option!r} in section {section!r} already exists"
        super().__init__(_located(source, lineno, what))
        _remember(self, (section, option, source, lineno),
                  section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """An option asked for does not exist."""

    def __init__(self, option, section):
        super().__init__(f"No option {option!r} in section: {section!r}")
        _remember(self, (option, section), option=option, section=section)


class InterpolationError(Error):
    """The base of the errors of interpolation."""

    def __init__(self, option, section, msg):
        super().__init__(msg)
        _remember(self, (option, section, msg), option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        super().__init__(option, section,
                         f"Bad value substitution: option {option!r} in section "
                         f"{section!r} contains an interpolation key {reference!r} "
                         f"which is not a valid option name. Raw value: {rawval!r}")
        _remember(self, (option, section, rawval, reference), reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's references are malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        super().__init__(option, section,
                         f"Recursion limit exceeded in value substitution: option "
                         f"{option!r} in section {section!r} contains an interpolation "
                         f"key which cannot be substituted in "
                         f"{MAX_INTERPOLATION_DEPTH} steps. Raw value: {rawval!r}")
        _remember(self, (option, section, rawval))


class ParsingError(Error):
    """A source has lines that are not valid; errors lists (lineno, line)."""

    def __init__(self, source, *args):
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,))
        _remember(self, (source,), source=source, errors=[])
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = self.message + '\n\t[line %2d]: %r' % (lineno, line)

    def combine(self, others):
        for exc in others:
            for entry in exc.errors:
                self.append(*entry)
        return self



def _init_line_error(exc, text, filename, lineno, line):
    # skips ParsingError.__init__: these errors carry one line, not a list
    Error.__init__(exc, text % (filename, lineno, line))
    _remember(exc, (filename, lineno, line), source=filename, lineno=lineno, line=line)


class MissingSectionHeaderError(ParsingError):
    """An option comes before any section header."""

    def __init__(self, filename, lineno, line):
        _init_line_error(self, 'File contains no section headers.\nfile: %r, line: %d\n%r',
                         filename, lineno, line)


class MultilineContinuationError(ParsingError):
    """An indented line follows an option that has no value."""

    def __init__(self, filename, lineno, line):
        _init_line_error(self, "Key without value continued with an indented line.\n"
                         "file: %r, line: %d\n%r", filename, lineno, line)


def _raise_together(problems):
    """Raise the first of a source's ParsingErrors with the lines of the
    others added to it; nothing when there are none."""
    if problems:
        raise problems[0].combine(problems[1:])


class _UnnamedSection:
    """The key of the options that come before the first section header."""

    def __repr__(self):
        return '<UNNAMED_SECTION>'


UNNAMED_SECTION = _UnnamedSection()

# "no fallback given" (None is a valid fallback)
_UNSET = object()


class Interpolation:
    """No interpolation: every hook returns the value unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    """What Basic and Extended interpolation share: a marker character that is
    doubled to stand for itself and otherwise opens a reference.  Subclasses
    give marker, opener, _KEYCRE (one group: the name inside the reference)
    and _lookup(), which resolves a name to (section, option, value), and
    _scope(), the mapping a nested reference is looked up in."""

    marker = opener = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, section, option, value, defaults, 1, pieces)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        leftover = self._KEYCRE.sub('', value.replace(self.marker * 2, ''))
        where = leftover.find(self.marker)
        if where != -1:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, where))
        return value

    def _expand(self, parser, section, option, text, mapping, depth, out):
        # the option's raw value is what the errors quote
        original = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, original)
        mark = self.marker
        while text:
            start = text.find(mark)
            if start == -1:
                out.append(text)
                break
            out.append(text[:start])
            text = text[start:]
            nxt = text[1:2]
            if nxt == mark:
                out.append(mark)
                text = text[2:]
                continue
            ref = self._KEYCRE.match(text) if nxt == self.opener else None
            if ref is None:
                if nxt == self.opener:
                    problem = "bad interpolation variable reference %r" % text
                else:
                    problem = "%r must be followed by %r or %r, found: %r" % (
                        mark, mark, self.opener, text)
                raise InterpolationSyntaxError(option, section, problem)
            text = text[ref.end():]
            sect, opt, value = self._lookup(
                parser, section, option, ref.group(1), text, mapping, original)
            if mark in value:
                self._expand(parser, sect, opt, value, self._scope(parser, sect, mapping),
                             depth + 1, out)
            else:
                out.append(value)


class BasicInterpolation(_MarkerInterpolation):
    """%(name)s refers to an option of the same section (or DEFAULT), %% is a
    percent sign; references are expanded when a value is read."""

    _KEYCRE = re.compile(r"%\((?P<name>[^)]+)\)s")
    marker, opener = '%', '('

    def _lookup(self, parser, section, option, name, rest, mapping, original):
        name = parser.optionxform(name)
        if name not in mapping:
            # as if raised while handling the KeyError: context suppressed
            raise InterpolationMissingOptionError(option, section, original, name) from None
        return section, option, mapping[name]

    def _scope(self, parser, section, mapping):
        return mapping


class ExtendedInterpolation(_MarkerInterpolation):
    """${name} refers to an option of the same section, ${section:name} to one
    of another section, $$ is a dollar sign."""

    _KEYCRE = re.compile(r"\$\{(?P<name>[^}]+)\}")
    marker, opener = '$', '{'

    def _lookup(self, parser, section, option, name, rest, mapping, original):
        parts = name.split(':')
        if len(parts) > 2:
            problem = "More than one ':' found: %r" % (rest,)
            raise InterpolationSyntaxError(option, section, problem)
        try:
            if len(parts) == 2:
                other, key = parts[0], parser.optionxform(parts[1])
                return other, key, parser.get(other, key, raw=True)
            key = parser.optionxform(parts[0])
            return section, key, mapping[key]
        except (KeyError, *_MISSING):
            raise InterpolationMissingOptionError(option, section, original, name) from None

    def _scope(self, parser, section, mapping):
        # a nested expansion looks in the section as stored: vars given to
        # get() do not reach it
        return dict(parser.items(section, raw=True))


class _ReadState:
    """Where the reading of one source stands."""

    def __init__(self, fpname):
        self.fpname = fpname         # the source's name, for errors
        self.elements_added = set()  # sections and (section, option) pairs seen
        self.cursect = None          # the options dict being filled
        self.sectname = None
        self.optname = None
        self.lineno = 0
        self.indent_level = 0
        self.cur_indent_level = 0
        self.errors = []

    def error(self, kind, line):
        """A kind of ParsingError for line, the current one of the source."""
        return kind(self.fpname, self.lineno, line)


class _Line(str):
    """A source line that knows its text without comments (clean)."""

    def __new__(cls, text, *extra, **kw):
        return str.__new__(cls, text)

    def __init__(self, text, comments):
        self.comments = comments

    @functools.cached_property
    def clean(self):
        body = self.strip()
        if body.startswith(self.comments.full):
            return ''
        finder = self.comments.inline_re
        if finder is None:
            return body
        hit = finder.search(self)
        return self[:hit.start()].strip() if hit else body

    @property
    def has_comments(self):
        return self.clean != self.strip()


def _comment_syntax(full, inline):
    """Prefixes of whole-line comments and of inline ones, with the regex
    that finds the latter (None when there are none)."""
    inline = tuple(inline or ())
    finder = None
    if inline:
        finder = re.compile(r'(?:^|\s)(?:%s)' % '|'.join(map(re.escape, inline)))
    return types.SimpleNamespace(full=tuple(full or ()), inline=inline, inline_re=finder)


def _fallback_or_raise(fallback):
    """For an except clause that caught a missing section or option: the
    fallback when one was given, else the exception goes on."""
    if fallback is _UNSET:
        raise
    return fallback


# what a fallback stands in for
_MISSING = (NoSectionError, NoOptionError)


class RawConfigParser(MutableMapping):
    """A configuration parser whose values are never interpolated."""

    # a header is [anything]; an option is the shortest name, a delimiter and
    # the rest of the line (with allow_no_value the delimiter part may be absent)
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"""(?P<option>.*?) \s* (?P<vi>{delim}) \s* (?P<value>.*) $"""
    _OPT_NV_TMPL = r"""(?P<option>.*?) \s* (?: (?P<vi>{delim}) \s* (?P<value>.*) )? $"""
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL, re.X)
    OPTCRE = re.compile(_OPT_TMPL.format(delim='=|:'), re.X)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim='=|:'), re.X)
    NONSPACECRE = re.compile(r'\S')
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET,
                 allow_unnamed_section=False):
        # storage: the sections' option dicts, DEFAULT's, and a proxy per section
        self._dict = dict_type
        self._sections, self._defaults = dict_type(), dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._add_proxy(default_section)
        # the syntax accepted
        self._delimiters = tuple(delimiters)
        self._optcre = self._option_regex(delimiters, allow_no_value)
        self._prefixes = _comment_syntax(comment_prefixes, inline_comment_prefixes)
        self._strict, self._allow_no_value = strict, allow_no_value
        self._empty_lines_in_values, self._allow_unnamed_section = (
            empty_lines_in_values, allow_unnamed_section)
        self.default_section = default_section
        self._interpolation = self._chosen_interpolation(interpolation)
        self._converters.update(() if converters is _UNSET else converters)
        if defaults:
            self._read_defaults(defaults)

    def _option_regex(self, delimiters, allow_no_value):
        """The regex of an option line: the class's own for the standard
        delimiters, else one built for those given."""
        standard = delimiters == ('=', ':')
        if standard:
            return self.OPTCRE_NV if allow_no_value else self.OPTCRE
        template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
        choice = '|'.join(map(re.escape, delimiters))
        return re.compile(template.format(delim=choice), re.X)

    def _chosen_interpolation(self, interpolation):
        # _UNSET: the class default; None (given, or as that default): none
        chosen = self._DEFAULT_INTERPOLATION if interpolation is _UNSET else interpolation
        if chosen is None:
            return Interpolation()
        if isinstance(chosen, Interpolation):
            return chosen
        raise TypeError(f"interpolation= must be None or an instance of Interpolation;"
                        f" got an object of type {type(chosen)}")

    def _add_proxy(self, name):
        self._proxies[name] = SectionProxy(self, name)

    # -- sections and options ------------------------------------------------

    def defaults(self):
        return self._defaults

    def sections(self):
        """The names of the sections, DEFAULT not included."""
        return [*self._sections]

    def _new_section(self, name):
        options = self._sections[name] = self._dict()
        self._add_proxy(name)
        return options

    def add_section(self, section):
        """Add an empty section (DuplicateSectionError if it exists, ValueError
        for the default section's name)."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if self.has_section(section):
            raise DuplicateSectionError(section)
        self._new_section(section)

    def has_section(self, section):
        """Whether the section exists (DEFAULT does not count)."""
        return section in self._sections

    def options(self, section):
        """The names of a section's options, those of DEFAULT included."""
        merged = self._named_section(section).copy()
        merged.update(self._defaults)
        return [*merged]

    def _named_section(self, section):
        """The options dict of a section other than DEFAULT (NoSectionError
        for one that does not exist)."""
        options = self._sections.get(section)
        if options is None:
            raise NoSectionError(section) from None
        return options

    def _section_dict(self, section):
        """The options dict of a section; DEFAULT's when section is empty."""
        if not section or section == self.default_section:
            return self._defaults
        return self._named_section(section)

    def has_option(self, section, option):
        """Whether the section (DEFAULT when empty or None) has the option."""
        if section and section != self.default_section:
            own = self._sections.get(section)
            if own is None:
                return False
            key = self.optionxform(option)
            return key in own or key in self._defaults
        return self.optionxform(option) in self._defaults

    def set(self, section, option, value=None):
        """Set an option of a section (DEFAULT when empty or None)."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        options = self._section_dict(section)
        key = self.optionxform(option)
        found = key in options
        if found:
            del options[key]
        return found

    def remove_section(self, section):
        """Remove a section; return whether it existed."""
        found = section in self._sections
        if found:
            self._sections.pop(section)
            self._proxies.pop(section)
        return found

    def optionxform(self, optionstr):
        return optionstr.lower()

    # -- sources ---------------------------------------------------------------

    def read(self, filenames, encoding=None):
        """Read the named file, or each of an iterable of names, skipping those
        that cannot be opened; return the names read."""
        single = isinstance(filenames, (str, bytes, os.PathLike))
        names = [filenames] if single else filenames
        encoding = io.text_encoding(encoding)
        done = []
        for name in names:
            try:
                with open(name, encoding=encoding) as stream:
                    self._read(stream, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Read an iterable of lines; source names it in errors (default
        f.name, else '<???>')."""
        self._read(f, getattr(f, 'name', '<???>') if source is None else source)

    def read_string(self, string, source='<string>'):
        """Read a configuration held in a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read {section: {option: value}}; keys and values (but None) are
        converted to str."""
        seen = set()
        for name, options in dictionary.items():
            name = str(name)
            try:
                self.add_section(name)
            except (DuplicateSectionError, ValueError):
                if self._strict and name in seen:
                    raise
            seen.add(name)
            for key, value in options.items():
                key = self.optionxform(str(key))
                value = None if value is None else str(value)
                if self._strict and (name, key) in seen:
                    raise DuplicateOptionError(name, key, source)
                seen.add((name, key))
                self.set(name, key, value)

    # -- lookups ---------------------------------------------------------------

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """An option's value, looked up in vars, the section and DEFAULT in
        turn; fallback (when given) instead of NoSectionError/NoOptionError.
        Interpolated unless raw."""
        try:
            key, value, chain = self._find(section, option, vars)
        except _MISSING:
            return _fallback_or_raise(fallback)
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, chain)

    def _find(self, section, option, vars):
        """(key, raw value, the mapping it came from) of an option."""
        chain = self._unify_values(section, vars)
        key = self.optionxform(option)
        if key not in chain:
            raise NoOptionError(key, section)
        return key, chain[key], chain

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except _MISSING:
            return _fallback_or_raise(fallback)

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET,
                   **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw,
                              vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, the (name, SectionProxy) pairs; with one, its
        (option, value) pairs, DEFAULT's included, interpolated unless raw."""
        if section is _UNSET:
            return super().items()
        own = self._sections.get(section)
        if own is None and section != self.default_section:
            raise NoSectionError(section)
        merged = self._defaults.copy()
        merged.update(own or {})
        names = [*merged]
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        hook = self._interpolation.before_get
        return [(name, hook(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove a section (never DEFAULT) and return (name, proxy)."""
        names = self.sections()
        if not names:
            raise KeyError
        name = names[0]
        proxy = self[name]
        del self[name]
        return name, proxy

    def _unify_values(self, section, vars):
        """vars over the section over DEFAULT, as one mapping."""
        own = {} if section == self.default_section else self._named_section(section)
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = value if value is None else str(value)
        return _ChainMap(given, own, self._defaults)

    def _convert_to_boolean(self, value):
        lowered = value.lower()
        if lowered not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[lowered]

    def _validate_value_types(self, *, section="", option="", value=""):
        """TypeError unless section and option are str and value is a str (or
        None where options may have no value)."""
        for what, text in ((section, "section names"), (option, "option keys")):
            if not isinstance(what, str):
                raise TypeError(text + " must be strings")
        if not (isinstance(value, str) or self._allow_no_value and not value):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters

    # -- output ----------------------------------------------------------------

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI form to the text file fp (comments
        are not kept)."""
        first = self._delimiters[0]
        sep = f" {first} " if space_around_delimiters else first
        # DEFAULT (unless empty), then the unnamed section, then the others
        blocks = [(self.default_section, self._defaults)] if self._defaults else []
        blocks += sorted(self._sections.items(), key=lambda item: item[0] is not UNNAMED_SECTION)
        for name, options in blocks:
            self._write_section(fp, name, options.items(), sep,
                                unnamed=name is UNNAMED_SECTION)

    def _write_section(self, fp, section_name, section_items, delimiter, unnamed=False):
        if not unnamed:
            fp.write(f"[{section_name}]\n")
        before_write = self._interpolation.before_write
        for key, value in section_items:
            value = before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write(f"{key}\n")
            else:
                text = str(value).replace('\n', '\n\t')
                fp.write(f"{key}{delimiter}{text}\n")
        fp.write('\n')

    # -- the mapping of sections -------------------------------------------------

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # p[name] = p[name] must not empty the section before reading it back
        if key in self and self[key] is value:
            return
        stale = self._defaults if key == self.default_section else self._sections.get(key, {})
        stale.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not (self.has_section(key) and self.remove_section(key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections.keys()

    # -- parsing -----------------------------------------------------------------

    def _read(self, fp, fpname):
        """Parse the lines of fp into the parser; fpname names it in errors.
        Lines that are not valid are collected and reported together as one
        ParsingError once the whole source is read."""
        try:
            problems = self._read_inner(fp, fpname)
        finally:
            # values were gathered as lists of lines
            self._join_multiline_values()
        _raise_together(problems)

    def _read_inner(self, fp, fpname):
        st = _ReadState(fpname)
        for st.lineno, text in enumerate(fp, start=1):
            line = _Line(text, self._prefixes)
            if line.clean:
                self._read_line(st, line, fpname)
            elif not self._empty_lines_in_values:
                st.indent_level = sys.maxsize   # a blank line ends a value
            elif not line.has_comments:
                # a blank line inside a value is kept (a comment line is not)
                current = st.cursect[st.optname] if st.cursect is not None and st.optname else None
                if current is not None:
                    current.append('')
        return st.errors

    def _read_line(self, st, line, fpname):
        indent = self.NONSPACECRE.search(line)
        level = st.cur_indent_level = indent.start() if indent else 0
        in_value = st.cursect is not None and st.optname
        if in_value and st.cur_indent_level > st.indent_level:
            lines = st.cursect[st.optname]
            if lines is None:
                raise st.error(MultilineContinuationError, line)
            lines.append(line.clean)
            return
        if st.cursect is None and self._allow_unnamed_section:
            st.sectname = UNNAMED_SECTION
            st.cursect = self._new_section(UNNAMED_SECTION)
            st.elements_added.add(UNNAMED_SECTION)
        st.indent_level = level
        header = self.SECTCRE.match(line.clean)
        if header is not None:
            self._enter_section(st, header.group('header'), fpname)
        elif st.cursect is not None:
            self._add_option(st, line, fpname)
        else:
            raise st.error(MissingSectionHeaderError, line)

    def _enter_section(self, st, name, fpname):
        st.sectname, st.optname = name, None
        if name in self._sections:
            if self._strict and name in st.elements_added:
                raise DuplicateSectionError(name, fpname, st.lineno)
            options = self._sections[name]
        elif name == self.default_section:
            options = self._defaults    # DEFAULT's options are not checked for repeats
        else:
            options = self._new_section(name)
        if options is not self._defaults:
            st.elements_added.add(name)
        st.cursect = options

    def _add_option(self, st, line, fpname):
        found = self._optcre.match(line.clean)
        if found is None or not found.group('option'):
            # not fatal: every bad line is reported once the source is read
            st.errors.append(st.error(ParsingError, line))
            if found is None:
                return
        name, value = found.group('option', 'value')
        name = st.optname = self.optionxform(name.rstrip())
        entry = (st.sectname, name)
        if self._strict and entry in st.elements_added:
            raise DuplicateOptionError(st.sectname, name, fpname, st.lineno)
        st.elements_added.add(entry)
        st.cursect[name] = [value.strip()] if value is not None else None

    def _join_multiline_values(self):
        hook = self._interpolation.before_read
        every = [(self.default_section, self._defaults), *self._sections.items()]
        for section, options in every:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = hook(self, section, name, value)

    def _read_defaults(self, defaults):
        xform = self.optionxform
        self._defaults.update((xform(key), val) for key, val in defaults.items())


class ConfigParser(RawConfigParser):
    """A configuration parser with BasicInterpolation by default, which accepts
    only str values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option, checking the value's type and interpolation syntax."""
        self._validate_value_types(value=value, option=option)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        """Add a section, whose name must be a str."""
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # the defaults become strings but are not checked for interpolation
        kept, self._interpolation = self._interpolation, Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SectionProxy(MutableMapping):
    """One section of a parser seen as a mapping of its options."""

    def __init__(self, parser, name):
        self._parser, self._name = parser, name
        for attr in ['get' + name for name in parser.converters]:
            setattr(self, attr, functools.partial(self.get, _impl=getattr(parser, attr)))

    def __repr__(self):
        return f'<Section: {self._name}>'

    def __getitem__(self, key):
        owner = self._parser
        if not owner.has_option(self._name, key):
            raise KeyError(key)
        return owner.get(self._name, key)

    def __setitem__(self, key, value):
        owner = self._parser
        owner._validate_value_types(value=value, option=key)
        return owner.set(self._name, key, value)

    def __delitem__(self, key):
        owner = self._parser
        if owner.has_option(self._name, key) and owner.remove_option(self._name, key):
            return
        raise KeyError(key)

    def __contains__(self, key):
        owner = self._parser
        return owner.has_option(self._name, key)

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def _keys(self):
        owner = self._parser
        if self._name == owner.default_section:
            return owner.defaults()
        return owner.options(self._name)

    parser = property(lambda self: self._parser, doc="The parser of this section.")
    name = property(lambda self: self._name, doc="The name of this section.")

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """An option's value, or fallback (None by default) when missing."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser: name -> function. Adding one gives the
    parser and its sections a get<name>() method; a getter the parser class
    defines itself shows as None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser, self._data = parser, {}
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError(f'Incompatible key: {key} (type: {type(key)})')
        if attr == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        method = functools.partial(self._parser._get_conv, conv=value)
        method.converter = value
        setattr(self._parser, attr, method)
        for section in self._parser.values():
            setattr(section, attr, functools.partial(section.get, _impl=method))

    def __delitem__(self, key):
        try:
            attr = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for owner in (self._parser, *self._parser.values()):
            with contextlib.suppress(AttributeError):
                delattr(owner, attr)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
