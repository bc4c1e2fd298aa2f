"""Common ASCII character sets as strings, and two ways of formatting.

The constants: whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
digits, hexdigits, octdigits, punctuation and printable (the union of the
digits, letters, punctuation and whitespace).  capwords() capitalizes words;
Template does $-substitution and Formatter is str.format as a class.
"""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
    "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
    "Formatter", "Template",
]

import _string

# The ASCII character classes, spelled out.
whitespace = ' \t\n\r\v\f'
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ''.join((ascii_lowercase, ascii_uppercase))
digits = ''.join(map(str, range(10)))
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
octdigits = digits[:8]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = ''.join((digits, ascii_letters, punctuation, whitespace))


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word and join
    them with sep (a single space when sep is None or not given)."""
    joiner = sep or ' '
    return joiner.join([word.capitalize() for word in s.split(sep)])


# --- Template: $-substitution ---------------------------------------

_NO_MAPPING = {}

_DEFAULT_ID = r'(?a:[_a-z][_a-z0-9]*)'


class _LazyDefault:
    """A class attribute of Template made on first use, so that importing
    string does not import re: the compiled default pattern, or the default
    flags (re.IGNORECASE). It replaces itself by the value."""

    def __init__(self, make):
        self._make = make

    def __get__(self, obj, cls):
        value = self._make(cls)
        for owner in cls.__mro__:
            if owner.__dict__.get(self._name) is self:
                setattr(owner, self._name, value)
                break
        return value

    def __set_name__(self, owner, name):
        self._name = name


def _default_flags(cls):
    import re
    return re.IGNORECASE


def _compile_default(cls):
    # The pattern of cls's delimiter, idpattern and braceidpattern.
    import re
    delim = re.escape(cls.delimiter)
    ident = cls.idpattern
    braced = cls.braceidpattern or cls.idpattern
    source = (rf'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})'
              rf'|{{(?P<braced>{braced})}}|(?P<invalid>))')
    return re.compile(source, cls.flags | re.VERBOSE)


class Template:
    """A template string with $name and ${name} placeholders, filled in by
    substitute() and safe_substitute().  Subclasses may change delimiter,
    idpattern, braceidpattern and flags, or give a whole pattern."""

    delimiter = '$'
    # [a-z] with IGNORECASE, and ASCII only (the (?a:) flag).
    idpattern = _DEFAULT_ID
    braceidpattern = None
    flags = _LazyDefault(_default_flags)
    pattern = _LazyDefault(_compile_default)

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            import re
            # A whole pattern given by the subclass.
            cls.pattern = re.compile(cls.pattern, cls.flags | re.VERBOSE)
        else:
            lazy = _LazyDefault(_compile_default)
            lazy.__set_name__(cls, 'pattern')
            cls.pattern = lazy

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        # Report where the lone delimiter is, counting lines and columns
        # from 1.
        at = mo.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        lineno, colno = 1, 1
        if before:
            lineno = len(before)
            colno = at - sum(map(len, before[:-1]))
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _mapping(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def _render(self, mapping, kws, lenient):
        # The template with its placeholders replaced; lenient (for
        # safe_substitute) keeps unknown and invalid ones as they stand.
        values = self._mapping(mapping, kws)

        def replacement(found):
            name = found.group('named') or found.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    if lenient:
                        return found.group()
                    raise
            if found.group('escaped') is not None:
                return self.delimiter  # a doubled delimiter stands for one
            if found.group('invalid') is not None:
                if lenient:
                    return found.group()
                self._invalid(found)
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(replacement, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template filled in from mapping and the keywords (which win);
        a missing name raises KeyError, a lone delimiter ValueError."""
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute(), but leaving placeholders it cannot fill as
        they are instead of raising."""
        return self._render(mapping, kws, True)

    def is_valid(self):
        """False if the template has a placeholder substitute() would reject
        as invalid."""
        for found in self.pattern.finditer(self.template):
            if found.group('invalid') is not None:
                return False
            if all(found.group(g) is None for g in ('named', 'braced', 'escaped')):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        """The names of the valid placeholders, each once, in order."""
        names = []
        for found in self.pattern.finditer(self.template):
            name = found.group('named') or found.group('braced')
            if name is None:
                if found.group('invalid') is None and found.group('escaped') is None:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            elif name not in names:
                names.append(name)
        return names


# --- Formatter: str.format as a class whose steps can be overridden ---

_MIXED_NUMBERING = ('cannot switch from manual field specification to '
                    'automatic field numbering')


def _number_field(name, numbering):
    # The field's name once numbered ('' becomes the next number), and the
    # numbering state after it; mixing the two styles is an error.
    if name == '':
        if numbering is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(numbering), numbering + 1
    if name.isdigit():
        if numbering:
            raise ValueError(_MIXED_NUMBERING)
        return name, False
    return name, numbering


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text = self._vformat(format_string, args, kwargs, seen, 2)[0]
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # Returns the formatted text and the numbering state for what
        # follows: the next automatic field number, or False once a field
        # was numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        numbering = auto_arg_index
        out = []
        for literal, name, spec, conv in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            name, numbering = _number_field(name, numbering)
            value, source = self.get_field(name, args, kwargs)
            used_args.add(source)
            value = self.convert_field(value, conv)
            # The spec may hold fields of its own ("{0:{1}}").
            spec, numbering = self._vformat(spec, args, kwargs, used_args,
                                            recursion_depth - 1,
                                            auto_arg_index=numbering)
            out.append(self.format_field(value, spec))
        return ''.join(out), numbering

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        convert = {'s': str, 'r': repr, 'a': ascii}.get(conversion)
        if convert is None:
            raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
        return convert(value)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each
        piece of format_string; the last three are None after the final
        literal text."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object field_name ("0", "name.attr[key]") refers to, and the
        argument it starts from."""
        head, path = _string.formatter_field_name_split(field_name)
        target = self.get_value(head, args, kwargs)
        for by_attribute, key in path:
            target = getattr(target, key) if by_attribute else target[key]
        return target, head
