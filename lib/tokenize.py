"""Split Python source into tokens.

tokenize(readline) reads bytes lines (detecting the source encoding as the
interpreter does, PEP 263) and generate_tokens(readline) reads str lines; both
yield TokenInfo 5-tuples (type, string, start, end, line), where start and end
are (row, column) pairs and line is the physical source line. Unlike the
parser's tokens, comments come as COMMENT, blank lines as NL and every
operator as OP (TokenInfo.exact_type tells which); tokenize() starts with an
ENCODING token naming the encoding used.
"""

__author__ = 'Ka-Ping Yee <ping@lfw.org>'
__credits__ = ('GvR, ESR, Tim Peters, Thomas Wouters, Fred Drake, Skip Montanaro, '
               'Raymond Hettinger, Trent Nelson, Michael Foord')

import collections, functools, itertools as _itertools, re, sys
from codecs import BOM_UTF8, lookup
from io import TextIOWrapper
import token
from token import *
import _tokenize

EXACT_TOKEN_TYPES = token.EXACT_TOKEN_TYPES
__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize",
                           "TokenInfo", "open", "TokenError"]
del token
_builtin_open = open        # (this module's open() is defined below)

# A PEP 263 coding declaration, and a line that may come before one.
cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    """One token: its type, text, (row, column) start and end, and the
    physical line it is on."""

    def __repr__(self):
        kind = f'{self.type} ({tok_name[self.type]})'
        return (f'TokenInfo(type={kind}, string={self.string!r}, '
                f'start={self.start!r}, end={self.end!r}, line={self.line!r})')

    @property
    def exact_type(self):
        """For OP tokens the specific operator's type (LPAR, PLUS...);
        otherwise type."""
        return EXACT_TOKEN_TYPES.get(self.string, OP) if self.type == OP else self.type


# Regular expressions for Python's tokens, kept for programs that use them
# (the tokenizer itself is native).
def group(*choices):
    return '(%s)' % '|'.join(choices)


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
_digits = r'[0-9](?:_?[0-9])*'
Exponent = r'[eE][-+]?' + _digits
Pointfloat = group(_digits + r'\.(?:' + _digits + ')?', r'\.' + _digits) + maybe(Exponent)
Expfloat = _digits + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_digits + '[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)
del _digits


def _all_string_prefixes():
    """'' and every spelling (order and case) of the string prefixes."""
    found = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in _itertools.permutations(base):
            found.update(map(''.join, _itertools.product(*[(c, c.upper()) for c in order])))
    return found


StringPrefix = group(*_all_string_prefixes())

# The rest of a string after its opening quote(s): one-quote strings end at
# an unescaped quote, triple-quoted ones at three.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(*(StringPrefix + quotes for quotes in ("'''", '"""')))
# A whole one-line string, and one that goes on past a backslash-newline.
_one_line_body = (r"'[^\n'\\]*(?:\\.[^\n'\\]*)*", r'"[^\n"\\]*(?:\\.[^\n"\\]*)*')
String = group(*(StringPrefix + body + body[0] for body in _one_line_body))
ContStr = group(*(StringPrefix + body + group(body[0], r'\\\r?\n') for body in _one_line_body))
del _one_line_body

# Longest operators first, so that '==' is not read as two '='.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# Every opening of a string (prefix and quotes) -> the pattern for its rest.
endpats = {prefix + quotes: rest
           for prefix in _all_string_prefixes()
           for quotes, rest in (("'", Single), ('"', Double), ("'''", Single3), ('"""', Double3))}
single_quoted = {opening for opening in endpats if opening[-1:] * 3 != opening[-3:]}
triple_quoted = set(endpats) - single_quoted

tabsize = 8


class TokenError(Exception): pass


class Untokenizer:
    """Rebuilds source text from tokens (see untokenize())."""

    def __init__(self):
        self.tokens = []                       # the text pieces so far
        self.prev_row, self.prev_col = 1, 0    # where the last token ended
        self.prev_type = self.encoding = None

    def add_whitespace(self, start):
        """Pad the output from the last token's end to start."""
        line_no, col = start
        if (line_no, col) < (self.prev_row, self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(line_no, col, self.prev_row, self.prev_col))
        rows_down = line_no - self.prev_row
        if rows_down > 0:
            # Lines the tokens skip are joined with backslashes.
            self.tokens.append("\\\n" * rows_down)
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def escape_brackets(self, token):
        """Double the braces of an f-string middle again, except the ones of
        a \\N{...} escape."""
        out = []
        in_named_escape = False
        for ch in token:
            if ch == "}":
                if in_named_escape:
                    in_named_escape = False
                else:
                    out.append(ch)
            elif ch == "{":
                backslashes = 0
                for prev in reversed(out[:-1]):
                    if prev != "\\":
                        break
                    backslashes += 1
                if backslashes % 2 == 1 and out and out[-1] == "N":
                    in_named_escape = True
                else:
                    out.append(ch)
            out.append(ch)
        return "".join(out)

    def _separate_strings(self, kind):
        # Adjacent string literals need a space between them.
        if kind in (STRING, FSTRING_START) and self.prev_type in (STRING, FSTRING_END):
            self.tokens.append(" ")

    def untokenize(self, iterable):
        """Source text from full 5-tuples (falling back to compat() at the
        first 2-tuple)."""
        stream = iter(iterable)
        indent_stack = []
        line_start = False
        for tok in stream:
            if len(tok) == 2:
                self.compat(tok, stream)
                break
            kind, text, start, end, line = tok
            if kind == ENDMARKER:
                break
            if kind in (ENCODING, INDENT, DEDENT):
                self._bookkeeping(kind, text, end, indent_stack)
                continue
            if kind in (NEWLINE, NL):
                line_start = True
            elif line_start and indent_stack:
                # Re-create the indentation the INDENT tokens described.
                if start[1] >= len(indent_stack[-1]):
                    self.tokens.append(indent_stack[-1])
                    self.prev_col = len(indent_stack[-1])
                line_start = False
            elif kind == FSTRING_MIDDLE:
                text, end = self._fstring_middle(text, end)
            else:
                self._separate_strings(kind)
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = (end[0] + 1, 0) if kind in (NEWLINE, NL) else end
            self.prev_type = kind
        return "".join(self.tokens)

    def _bookkeeping(self, kind, text, end, indent_stack):
        """ENCODING, INDENT and DEDENT tokens write nothing themselves."""
        if kind == ENCODING:
            self.encoding = text
        elif kind == INDENT:
            indent_stack.append(text)
        else:
            indent_stack.pop()
            self.prev_row, self.prev_col = end

    def _fstring_middle(self, text, end):
        """The text of an f-string middle with its braces doubled back, and
        its end moved right by the braces added on its last line."""
        if '{' not in text and '}' not in text:
            return text, end
        text = self.escape_brackets(text)
        last = text.splitlines()[-1]
        return text, (end[0], end[1] + last.count("{{") + last.count("}}"))

    def compat(self, token, iterable):
        """Untokenize (type, string) pairs: positions are made up, with the
        spaces needed to keep the tokens apart."""
        indent_stack = []
        line_start = token[0] in (NEWLINE, NL)
        after_string = False
        fstring_depth = 0
        for tok in _itertools.chain((token,), iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING and after_string:
                text = ' ' + text
            after_string = kind == STRING
            fstring_depth += {FSTRING_START: 1, FSTRING_END: -1}.get(kind, 0)
            if kind == INDENT:
                indent_stack.append(text)
                continue
            if kind == DEDENT:
                indent_stack.pop()
                continue
            if kind in (NEWLINE, NL):
                line_start = True
            elif line_start and indent_stack:
                self.tokens.append(indent_stack[-1])
                line_start = False
            elif kind == FSTRING_MIDDLE:
                text = self.escape_brackets(text)
            # '{{' inside an f-string would read as an escaped brace.
            if text in {"{", "}"} and fstring_depth and self.tokens and self.tokens[-1] == text:
                text = ' ' + text
            self._separate_strings(kind)
            self.tokens.append(text)
            self.prev_type = kind


def untokenize(iterable):
    """Turn tokens back into source: 5-tuples give the source exactly, (type,
    string) pairs give source that tokenizes to the same pairs. The result is
    bytes, in the ENCODING token's encoding, when the tokens start with one,
    and str otherwise."""
    builder = Untokenizer()
    text = builder.untokenize(iterable)
    return text if builder.encoding is None else text.encode(builder.encoding)


# Spellings the interpreter's tokenizer normalises (first 12 characters,
# lower case, '_' as '-'), with what they become.
_ENCODING_ALIASES = (("utf-8", "utf-8"), ("latin-1", "iso-8859-1"),
                     ("iso-8859-1", "iso-8859-1"), ("iso-latin-1", "iso-8859-1"))


def _get_normal_name(orig_enc):
    """The canonical name of the usual spellings of utf-8 and latin-1 (the
    first 12 characters decide), as the interpreter's tokenizer has it."""
    spelled = orig_enc[:12].lower().replace("_", "-")
    for alias, canonical in _ENCODING_ALIASES:
        if spelled == alias or spelled.startswith(alias + "-"):
            return canonical
    return orig_enc


def detect_encoding(readline):
    """Find the encoding of Python source read through readline (bytes
    lines), reading at most two lines: a UTF-8 BOM, a coding cookie on
    line 1 or 2 (PEP 263) or else 'utf-8'. Returns (encoding, the lines
    read); with a BOM the encoding is 'utf-8-sig'. A bad cookie, or one
    that contradicts the BOM, raises SyntaxError."""
    source_name = getattr(getattr(readline, '__self__', None), 'name', None)

    def where(msg):
        return msg if source_name is None else f'{msg} for {source_name!r}'

    def next_line():
        try:
            line = readline()
        except StopIteration:
            line = b''      # a readline that raises at the end counts as empty
        return line

    def cookie_of(line, after_bom):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError(where("invalid or missing encoding declaration"))
        declared = cookie_re.match(text)
        if declared is None:
            return None
        name = _get_normal_name(declared.group(1))
        try:
            lookup(name)
        except LookupError:
            raise SyntaxError("unknown encoding: " + name if source_name is None
                              else f"unknown encoding for {source_name!r}: {name}")
        if not after_bom:
            return name
        if name != 'utf-8':
            raise SyntaxError(where('encoding problem') + ': utf-8')
        return name + '-sig'

    seen = []
    first = next_line()
    has_bom = first.startswith(BOM_UTF8)
    fallback = 'utf-8-sig' if has_bom else 'utf-8'
    if has_bom:
        first = first[len(BOM_UTF8):]
    # The cookie may be on line 1, or on line 2 after a blank or comment line.
    for line in (first, None):
        if line is None:
            if blank_re.match(first) is None:
                break
            line = next_line()
        if not line:
            break
        seen.append(line)
        found = cookie_of(line, has_bom)
        if found:
            return found, seen
    return fallback, seen


def open(filename):
    """Open a Python source file for reading as text, in the encoding
    detect_encoding() finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        encoding = detect_encoding(raw.readline)[0]
        raw.seek(0)
        wrapped = TextIOWrapper(raw, encoding, line_buffering=True)
    except BaseException:
        raw.close()
        raise
    wrapped.mode = 'r'
    return wrapped


def tokenize(readline):
    """Generate the TokenInfo tuples of the source readline returns as bytes
    lines (or until it raises StopIteration), after an ENCODING token."""
    codec, head = detect_encoding(readline)
    lines = _itertools.chain(head, iter(readline, b""))
    if codec is not None:
        # The BOM is gone already, so the rest is plain UTF-8.
        codec = 'utf-8' if codec == 'utf-8-sig' else codec
        origin = (0, 0)
        yield TokenInfo(ENCODING, codec, origin, origin, '')
    yield from _generate_tokens_from_c_tokenizer(lines.__next__, codec, extra_tokens=True)


def generate_tokens(readline):
    """Like tokenize(), for a readline that returns str lines (and no
    ENCODING token)."""
    return _generate_tokens_from_c_tokenizer(readline, extra_tokens=True)


def _cli_error(err, source_name):
    """Report an error of the command line and exit with status 1."""
    # Errors that know where they happened say so; OSErrors say no file.
    if isinstance(err, IndentationError):
        text = "%s:%d:%d: error: %s" % ((source_name,) + tuple(err.args[1][1:3]) + (err.args[0],))
    elif isinstance(err, TokenError):
        text = "%s:%d:%d: error: %s" % ((source_name,) + tuple(err.args[1]) + (err.args[0],))
    elif isinstance(err, SyntaxError):
        text = "%s: error: %s" % (source_name, err)
    else:
        text = "error: %s" % err
    sys.stderr.write(text + '\n')
    sys.exit(1)


def main():
    """Command line: list the tokens of a file (or standard input)."""
    import argparse

    cli = argparse.ArgumentParser(prog='python -m tokenize')
    cli.add_argument(dest='filename', nargs='?', metavar='filename.py',
                     help='the file to tokenize; defaults to stdin')
    cli.add_argument('-e', '--exact', dest='exact', action='store_true',
                     help='display token names using the exact type')
    opts = cli.parse_args()
    source_name = opts.filename or "<stdin>"
    try:
        if opts.filename:
            with _builtin_open(source_name, 'rb') as stream:
                tokens = list(tokenize(stream.readline))
        else:
            tokens = _generate_tokens_from_c_tokenizer(sys.stdin.readline, extra_tokens=True)
        for tok in tokens:
            shown_type = tok.exact_type if opts.exact else tok.type
            span = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (span, tok_name[shown_type], tok.string))
    except (SyntaxError, TokenError, OSError) as err:
        _cli_error(err, source_name)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as err:
        sys.stderr.write("unexpected error: %s\n" % err)
        raise


def _transform_msg(msg):
    """The message tokenize has always given for what the interpreter's
    tokenizer words differently."""
    return "EOF in multi-line string" if "unterminated triple-quoted string literal" in msg else msg


def _generate_tokens_from_c_tokenizer(source, encoding=None, extra_tokens=False):
    """TokenInfo tuples from the native tokenizer over a readline callable;
    plain SyntaxErrors become TokenError (line, column)."""
    options = {'extra_tokens': extra_tokens}
    if encoding is not None:
        options['encoding'] = encoding
    native = _tokenize.TokenizerIter(source, **options)
    try:
        yield from map(TokenInfo._make, native)
    except SyntaxError as exc:
        if type(exc) is not SyntaxError:
            raise exc from None     # IndentationError and the like pass through
        raise TokenError(_transform_msg(exc.msg), (exc.lineno, exc.offset)) from None


if __name__ == "__main__":
    main()
