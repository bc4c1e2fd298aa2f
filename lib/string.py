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


class _Found:
    """One placeholder found in a template: the groups a regular expression
    match would have (escaped, named, braced, invalid), with their places."""

    def __init__(self, text, begin, end, kind, value, at):
        self._text = text
        self._span = (begin, end)
        self._kind = kind
        self._value = value
        self._at = at

    def group(self, name=0):
        if name == 0:
            return self._text[self._span[0]:self._span[1]]
        return self._value if name == self._kind else None

    def start(self, name=0):
        if name == 0:
            return self._span[0]
        return self._at if name == self._kind else -1


def _is_id_start(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class _DefaultScanner:
    """Finds placeholders as Template's default pattern does, without the
    re module: delimiter twice, delimiter and identifier, delimiter and
    {identifier}, or a lone delimiter (invalid)."""

    def __init__(self, delimiter):
        self.delimiter = delimiter

    def finditer(self, text):
        delim = self.delimiter
        width = len(delim)
        pos = 0
        while True:
            at = text.find(delim, pos)
            if at < 0 or not delim:
                return
            after = at + width
            if text.startswith(delim, after):
                yield _Found(text, at, after + width, 'escaped', delim, after)
                pos = after + width
                continue
            end = after
            if end < len(text) and _is_id_start(text[end]):
                while end < len(text) and _is_id_char(text[end]):
                    end += 1
                yield _Found(text, at, end, 'named', text[after:end], after)
                pos = end
                continue
            if text.startswith('{', after):
                end = after + 1
                if end < len(text) and _is_id_start(text[end]):
                    while end < len(text) and _is_id_char(text[end]):
                        end += 1
                    if text.startswith('}', end):
                        yield _Found(text, at, end + 1, 'braced', text[after + 1:end], after + 1)
                        pos = end + 1
                        continue
            yield _Found(text, at, after, 'invalid', '', after)
            pos = after

    def sub(self, replace, text):
        pieces = []
        last = 0
        for found in self.finditer(text):
            begin, end = found._span
            pieces.append(text[last:begin])
            pieces.append(replace(found))
            last = end
        pieces.append(text[last:])
        return ''.join(pieces)


class Template:
    """A template string with $name and ${name} placeholders, filled in by
    substitute() and safe_substitute().  Subclasses may change delimiter,
    idpattern, braceidpattern and flags, or give a whole pattern."""

    delimiter = '$'
    # [a-z] with IGNORECASE, and ASCII only (the (?a:) flag).
    idpattern = _DEFAULT_ID
    braceidpattern = None
    flags = 2  # re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_ID
                  or cls.braceidpattern not in (None, _DEFAULT_ID) or cls.flags != 2)
        if not custom:
            cls.pattern = _DefaultScanner(cls.delimiter)
            return
        import re
        if 'pattern' in vars(cls):
            source = cls.pattern  # given whole by the subclass
        else:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            source = (rf'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})'
                      rf'|{{(?P<braced>{braced})}}|(?P<invalid>))')
        cls.pattern = re.compile(source, cls.flags | re.VERBOSE)

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


# __init_subclass__ runs for subclasses only: prepare Template itself.
Template.__init_subclass__()


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
