"""Configuration files in the INI style: sections in [brackets] holding
"name = value" (or "name: value") options, with comments, multi-line values,
a DEFAULT section whose options every section sees, and value interpolation.

RawConfigParser stores and returns values as they are; ConfigParser expands
%(name)s references (BasicInterpolation) by default, and ExtendedInterpolation
gives the ${section:name} syntax.  Parsers and their sections (SectionProxy)
are mappings.
"""

from collections.abc import Iterable, MutableMapping
from collections import ChainMap as _ChainMap
import contextlib
import functools
import io
import itertools
import os
import re
import sys
import types

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "MultilineContinuationError",
           "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH", "UNNAMED_SECTION")

_default_dict = dict

DEFAULTSECT = "DEFAULT"

MAX_INTERPOLATION_DEPTH = 10


def _where(source, lineno):
    """The "While reading from ..." prefix of the duplicate errors."""
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text


class Error(Exception):
    """The base of the errors of this module."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """A section asked for does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section was added twice, or a strict parser met one twice in a source."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = "Section %r already exists" % (section,)
        else:
            text = "%s: section %r already exists" % (_where(source, lineno), section)
        Error.__init__(self, text)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """A strict parser met an option twice in the same section of a source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            text = "Option " + what
        else:
            text = "%s: option %s" % (_where(source, lineno), what)
        Error.__init__(self, text)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """An option asked for does not exist."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """The base of the errors of interpolation."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's references are malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """A source has lines that are not valid; errors lists (lineno, line)."""

    def __init__(self, source, *args):
        super().__init__(f'Source contains parsing errors: {source!r}')
        self.source = source
        self.errors = []
        self.args = (source,)
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, repr(line))

    def combine(self, others):
        for other in others:
            for lineno, line in other.errors:
                self.append(lineno, line)
        return self

    @staticmethod
    def _raise_all(exceptions):
        """Raise the first of exceptions with the lines of the others added."""
        it = iter(exceptions)
        for first in it:
            raise first.combine(it)


class MissingSectionHeaderError(ParsingError):
    """An option comes before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class MultilineContinuationError(ParsingError):
    """An indented line follows an option that has no value."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "Key without value continued with an indented line.\n"
                       "file: %r, line: %d\n%r" % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class _UnnamedSection:
    """The key of the options that come before the first section header."""

    def __repr__(self):
        return "<UNNAMED_SECTION>"


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
    doubled to stand for itself and otherwise opens a reference."""

    marker = opener = None

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._interpolate_some(parser, option, parts, value, section, defaults, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, value):
        rest = self._KEYCRE.sub('', value.replace(self.marker * 2, ''))
        pos = rest.find(self.marker)
        if pos >= 0:
            raise ValueError("invalid interpolation syntax in %r at position %d" % (value, pos))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        marker = self.marker
        while rest:
            pos = rest.find(marker)
            if pos < 0:
                accum.append(rest)
                return
            if pos:
                accum.append(rest[:pos])
                rest = rest[pos:]
            follower = rest[1:2]
            if follower == marker:
                accum.append(marker)
                rest = rest[2:]
            elif follower == self.opener:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, "bad interpolation variable reference %r" % rest)
                rest = rest[m.end():]
                self._substitute(parser, option, accum, rest, section, map, depth, rawval, m.group(1))
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "%r must be followed by %r or %r, found: %r" % (marker, marker, self.opener, rest))


class BasicInterpolation(_MarkerInterpolation):
    """%(name)s refers to an option of the same section (or DEFAULT), %% is a
    percent sign; references are expanded when a value is read."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    marker, opener = '%', '('

    def _substitute(self, parser, option, accum, rest, section, map, depth, rawval, name):
        key = parser.optionxform(name)
        try:
            value = map[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, key) from None
        if '%' in value:
            self._interpolate_some(parser, option, accum, value, section, map, depth + 1)
        else:
            accum.append(value)


class ExtendedInterpolation(_MarkerInterpolation):
    """${name} refers to an option of the same section, ${section:name} to one
    of another section, $$ is a dollar sign."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    marker, opener = '$', '{'

    def _substitute(self, parser, option, accum, rest, section, map, depth, rawval, name):
        path = name.split(':')
        sect, opt = section, option
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                value = map[opt]
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                value = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval, ":".join(path)) from None
        if '$' in value:
            self._interpolate_some(parser, opt, accum, value, sect,
                                   dict(parser.items(sect, raw=True)), depth + 1)
        else:
            accum.append(value)


class _ReadState:
    """Where the reading of one source stands."""

    def __init__(self):
        self.elements_added = set()  # sections and (section, option) pairs seen
        self.cursect = None          # the options dict being filled
        self.sectname = None
        self.optname = None
        self.lineno = 0
        self.indent_level = 0
        self.cur_indent_level = 0
        self.errors = []


class _Line(str):
    """A source line that knows its text without comments (clean)."""

    def __new__(cls, val, *args, **kwargs):
        return super().__new__(cls, val)

    def __init__(self, val, prefixes):
        self.prefixes = prefixes

    @functools.cached_property
    def clean(self):
        stripped = self.strip()
        if any(stripped.startswith(p) for p in self.prefixes.full):
            return ''
        # an inline comment starts the line or follows white space
        inline = self.prefixes.inline
        if not inline:
            return stripped
        pattern = re.compile('|'.join(r'(^|\s)(%s)' % re.escape(p) for p in inline))
        m = pattern.search(self)
        return (self[:m.start()] if m else str(self)).strip()

    @property
    def has_comments(self):
        return self.strip() != self.clean


class RawConfigParser(MutableMapping):
    """A configuration parser whose values are never interpolated."""

    _SECT_TMPL = r"""
        \[                 # opening bracket
        (?P<header>.+)     # the name: anything
        \]                 # closing bracket
        """
    _OPT_TMPL = r"""
        (?P<option>.*?)    # the name, as short as possible
        \s*(?P<vi>{delim})\s*
        (?P<value>.*)$     # the rest of the line
        """
    _OPT_NV_TMPL = r"""
        (?P<option>.*?)    # the name, as short as possible
        \s*(?:             # a delimiter and value, or nothing
        (?P<vi>{delim})\s*
        (?P<value>.*))?$
        """
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL, re.VERBOSE)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"), re.VERBOSE)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"), re.VERBOSE)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET,
                 allow_unnamed_section=False,):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            alternatives = "|".join(re.escape(d) for d in delimiters)
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim=alternatives), re.VERBOSE)
        self._prefixes = types.SimpleNamespace(full=tuple(comment_prefixes or ()),
                                               inline=tuple(inline_comment_prefixes or ()))
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(f"interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)
        self._allow_unnamed_section = allow_unnamed_section

    def defaults(self):
        return self._defaults

    def sections(self):
        """The names of the sections, DEFAULT not included."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Add an empty section (DuplicateSectionError if it exists, ValueError
        for the default section's name)."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Whether the section exists (DEFAULT does not count)."""
        return section in self._sections

    def options(self, section):
        """The names of a section's options, those of DEFAULT included."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    def read(self, filenames, encoding=None):
        """Read the named file, or each of an iterable of names, skipping those
        that cannot be opened; return the names read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            if isinstance(name, os.PathLike):
                name = os.fspath(name)
            done.append(name)
        return done

    def read_file(self, f, source=None):
        """Read an iterable of lines; source names it in errors (default
        f.name, else '<???>')."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read a configuration held in a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read {section: {option: value}}; keys and values (but None) are
        converted to str."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """An option's value, looked up in vars, the section and DEFAULT in
        turn; fallback (when given) instead of NoSectionError/NoOptionError.
        Interpolated unless raw."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = chain[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, the (name, SectionProxy) pairs; with one, its
        (option, value) pairs, DEFAULT's included, interpolated unless raw."""
        if section is _UNSET:
            return super().items()
        values = self._defaults.copy()
        try:
            values.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(values.keys())
        if vars:
            for key, value in vars.items():
                values[self.optionxform(key)] = value
        if raw:
            return [(name, values[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, values[name], values)) for name in names]

    def popitem(self):
        """Remove a section (never DEFAULT) and return (name, proxy)."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the section (DEFAULT when empty or None) has the option."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        """Set an option of a section (DEFAULT when empty or None)."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI form to the text file fp (comments
        are not kept)."""
        delim = self._delimiters[0]
        if space_around_delimiters:
            delim = " %s " % delim
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delim)
        if UNNAMED_SECTION in self._sections:
            self._write_section(fp, UNNAMED_SECTION, self._sections[UNNAMED_SECTION].items(),
                                delim, unnamed=True)
        for name, options in self._sections.items():
            if name is not UNNAMED_SECTION:
                self._write_section(fp, name, options.items(), delim)

    def _write_section(self, fp, section_name, section_items, delimiter, unnamed=False):
        if not unnamed:
            fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write("%s\n" % (key,))
            else:
                fp.write("%s%s%s\n" % (key, delimiter, str(value).replace('\n', '\n\t')))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        options = self._section_dict(section)
        option = self.optionxform(option)
        if option in options:
            del options[option]
            return True
        return False

    def remove_section(self, section):
        """Remove a section; return whether it existed."""
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        # p[name] = p[name] must not empty the section before reading it back
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # reading

    def _read(self, fp, fpname):
        """Parse the lines of fp into the parser; fpname names it in errors.
        Lines that are not valid are collected and reported together as one
        ParsingError once the whole source is read."""
        try:
            ParsingError._raise_all(self._read_inner(fp, fpname))
        finally:
            self._join_multiline_values()

    def _read_inner(self, fp, fpname):
        st = _ReadState()
        prefixes = self._prefixes
        for st.lineno, raw in enumerate(fp, start=1):
            line = _Line(raw, prefixes)
            if not line.clean:
                if self._empty_lines_in_values:
                    # a blank line may belong to a multi-line value (a line
                    # holding only a comment never does)
                    if (not line.has_comments and st.cursect is not None and st.optname
                            and st.cursect[st.optname] is not None):
                        st.cursect[st.optname].append('')
                else:
                    st.indent_level = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            st.cur_indent_level = first.start() if first else 0
            if self._handle_continuation_line(st, line, fpname):
                continue
            self._handle_rest(st, line, fpname)
        return st.errors

    def _handle_continuation_line(self, st, line, fpname):
        if st.cursect is None or not st.optname or st.cur_indent_level <= st.indent_level:
            return False
        if st.cursect[st.optname] is None:
            raise MultilineContinuationError(fpname, st.lineno, line)
        st.cursect[st.optname].append(line.clean)
        return True

    def _handle_rest(self, st, line, fpname):
        if self._allow_unnamed_section and st.cursect is None:
            st.sectname = UNNAMED_SECTION
            st.cursect = self._dict()
            self._sections[st.sectname] = st.cursect
            self._proxies[st.sectname] = SectionProxy(self, st.sectname)
            st.elements_added.add(st.sectname)
        st.indent_level = st.cur_indent_level
        mo = self.SECTCRE.match(line.clean)
        if mo:
            self._handle_header(st, mo, fpname)
        elif st.cursect is None:
            raise MissingSectionHeaderError(fpname, st.lineno, line)
        else:
            self._handle_option(st, line, fpname)

    def _handle_header(self, st, mo, fpname):
        name = st.sectname = mo.group('header')
        if name in self._sections:
            if self._strict and name in st.elements_added:
                raise DuplicateSectionError(name, fpname, st.lineno)
            st.cursect = self._sections[name]
            st.elements_added.add(name)
        elif name == self.default_section:
            st.cursect = self._defaults
        else:
            st.cursect = self._sections[name] = self._dict()
            self._proxies[name] = SectionProxy(self, name)
            st.elements_added.add(name)
        st.optname = None

    def _handle_option(self, st, line, fpname):
        st.indent_level = st.cur_indent_level
        mo = self._optcre.match(line.clean)
        if not mo:
            st.errors.append(ParsingError(fpname, st.lineno, line))
            return
        name, _, value = mo.group('option', 'vi', 'value')
        if not name:
            st.errors.append(ParsingError(fpname, st.lineno, line))
        name = st.optname = self.optionxform(name.rstrip())
        if self._strict and (st.sectname, name) in st.elements_added:
            raise DuplicateOptionError(st.sectname, name, fpname, st.lineno)
        st.elements_added.add((st.sectname, name))
        # values are kept as lists of lines until the source is read
        st.cursect[name] = None if value is None else [value.strip()]

    def _join_multiline_values(self):
        sections = itertools.chain(((self.default_section, self._defaults),), self._sections.items())
        for section, options in sections:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _unify_values(self, section, vars):
        """vars over the section over DEFAULT, as one mapping."""
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            sectiondict = {}
        vardict = {}
        if vars:
            for key, value in vars.items():
                vardict[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(vardict, sectiondict, self._defaults)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def _validate_value_types(self, *, section="", option="", value=""):
        """TypeError unless section and option are str and value is a str (or
        None where options may have no value)."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (not self._allow_no_value or value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """A configuration parser with BasicInterpolation by default, which accepts
    only str values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option, checking the value's type and interpolation syntax."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Add a section, whose name must be a str."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # the defaults become strings but are not checked for interpolation
        saved = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SectionProxy(MutableMapping):
    """One section of a parser seen as a mapping of its options."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key, functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """An option's value, or fallback (None by default) when missing."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser: name -> function. Adding one gives the
    parser and its sections a get<name>() method; a getter the parser class
    defines itself shows as None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(self._parser):
            m = self.GETTERCRE.match(attr)
            if m and callable(getattr(self._parser, attr)):
                self._data[m.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if attr == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, attr, getter)
        for proxy in self._parser.values():
            setattr(proxy, attr, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            attr = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for owner in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(owner, attr)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
