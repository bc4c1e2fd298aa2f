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
__credits__ = ('GvR, ESR, Tim Peters, Thomas Wouters, Fred Drake, '
               'Skip Montanaro, Raymond Hettinger, Trent Nelson, '
               'Michael Foord')

from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
import collections
import functools
from io import TextIOWrapper
import itertools as _itertools
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES
import _tokenize

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

import token
__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo", "open", "TokenError"]
del token


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = f'{self.type} ({tok_name[self.type]})'
        return (f'TokenInfo(type={kind}, string={self.string!r}, '
                f'start={self.start!r}, end={self.end!r}, line={self.line!r})')

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


# Regular expressions for Python's tokens, kept for programs that use them
# (the tokenizer itself is native).
def group(*choices):
    return '(' + '|'.join(choices) + ')'


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
            for cased in _itertools.product(*[(c, c.upper()) for c in order]):
                found.add(''.join(cased))
    return found


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


StringPrefix = group(*_all_string_prefixes())

# The rest of a string after its opening quote(s).
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Longest operators first, so that '==' is not read as two '='.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    for _quote, _tail in (("'", Single), ('"', Double), ("'''", Single3), ('"""', Double3)):
        endpats[_prefix + _quote] = _tail
        (single_quoted if len(_quote) == 1 else triple_quoted).add(_prefix + _quote)
del _prefix, _quote, _tail

tabsize = 8


class TokenError(Exception): pass


class Untokenizer:
    """Rebuilds source text from tokens (see untokenize())."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.prev_type = None
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            # Lines the tokens skip are joined with backslashes.
            self.tokens.append("\\\n" * (row - self.prev_row))
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

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            elif kind == FSTRING_MIDDLE:
                if '{' in text or '}' in text:
                    text = self.escape_brackets(text)
                    last = text.splitlines()[-1]
                    end = (end[0], end[1] + last.count("{{") + last.count("}}"))
            elif kind in (STRING, FSTRING_START) and self.prev_type in (STRING, FSTRING_END):
                self.tokens.append(" ")
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
            self.prev_type = kind
        return "".join(self.tokens)

    def compat(self, token, iterable):
        """Untokenize (type, string) pairs: positions are made up, with the
        spaces needed to keep the tokens apart."""
        indents = []
        emit = self.tokens.append
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        fstring_depth = 0
        for tok in _itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == FSTRING_START:
                fstring_depth += 1
            elif kind == FSTRING_END:
                fstring_depth -= 1
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                emit(indents[-1])
                at_line_start = False
            elif kind == FSTRING_MIDDLE:
                text = self.escape_brackets(text)
            # '{{' inside an f-string would read as an escaped brace.
            if text in {"{", "}"} and self.tokens and self.tokens[-1] == text and fstring_depth:
                text = ' ' + text
            if kind in (STRING, FSTRING_START) and self.prev_type in (STRING, FSTRING_END):
                self.tokens.append(" ")
            emit(text)
            self.prev_type = kind


def untokenize(iterable):
    """Turn tokens back into source: 5-tuples give the source exactly, (type,
    string) pairs give source that tokenizes to the same pairs. The result is
    bytes, in the ENCODING token's encoding, when the tokens start with one,
    and str otherwise."""
    builder = Untokenizer()
    text = builder.untokenize(iterable)
    if builder.encoding is not None:
        return text.encode(builder.encoding)
    return text


def _get_normal_name(orig_enc):
    """The canonical name of the usual spellings of utf-8 and latin-1 (the
    first 12 characters decide), as the interpreter's tokenizer has it."""
    name = orig_enc[:12].lower().replace("_", "-")
    if name == "utf-8" or name.startswith("utf-8-"):
        return "utf-8"
    for latin in ("latin-1", "iso-8859-1", "iso-latin-1"):
        if name == latin or name.startswith(latin + "-"):
            return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """Find the encoding of Python source read through readline (bytes
    lines), reading at most two lines: a UTF-8 BOM, a coding cookie on
    line 1 or 2 (PEP 263) or else 'utf-8'. Returns (encoding, the lines
    read); with a BOM the encoding is 'utf-8-sig'. A bad cookie, or one
    that contradicts the BOM, raises SyntaxError."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None

    def where(msg):
        return msg if filename is None else f'{msg} for {filename!r}'

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    bom = False

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError(where("invalid or missing encoding declaration"))
        m = cookie_re.match(text)
        if not m:
            return None
        name = _get_normal_name(m.group(1))
        try:
            lookup(name)
        except LookupError:
            if filename is None:
                raise SyntaxError("unknown encoding: " + name)
            raise SyntaxError(f"unknown encoding for {filename!r}: {name}")
        if bom:
            if name != 'utf-8':
                raise SyntaxError(where('encoding problem') + ': utf-8')
            name += '-sig'
        return name

    default = 'utf-8'
    first = next_line()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[len(BOM_UTF8):]
        default = 'utf-8-sig'
    if not first:
        return default, []
    found = cookie_of(first)
    if found:
        return found, [first]
    if not blank_re.match(first):
        return default, [first]
    second = next_line()
    if not second:
        return default, [first]
    found = cookie_of(second)
    if found:
        return found, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file for reading as text, in the encoding
    detect_encoding() finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        text = TextIOWrapper(raw, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        raw.close()
        raise


def tokenize(readline):
    """Generate the TokenInfo tuples of the source readline returns as bytes
    lines (or until it raises StopIteration), after an ENCODING token."""
    encoding, read = detect_encoding(readline)
    lines = _itertools.chain(read, iter(readline, b""))
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"  # the BOM is gone already
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _generate_tokens_from_c_tokenizer(lines.__next__, encoding, extra_tokens=True)


def generate_tokens(readline):
    """Like tokenize(), for a readline that returns str lines (and no
    ENCODING token)."""
    return _generate_tokens_from_c_tokenizer(readline, extra_tokens=True)


def main():
    import argparse

    def fail(message, filename=None, location=None):
        if location:
            text = "%s:%d:%d: error: %s" % ((filename,) + location + (message,))
        elif filename:
            text = "%s: error: %s" % (filename, message)
        else:
            text = "error: %s" % message
        sys.stderr.write(text + '\n')
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = "<stdin>"
            tokens = _generate_tokens_from_c_tokenizer(sys.stdin.readline, extra_tokens=True)
        for tok in tokens:
            kind = tok.exact_type if args.exact else tok.type
            where = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        fail(err.args[0], filename, tuple(err.args[1][1:3]))
    except TokenError as err:
        fail(err.args[0], filename, tuple(err.args[1]))
    except SyntaxError as err:
        fail(err, filename)
    except OSError as err:
        fail(err)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as err:
        sys.stderr.write("unexpected error: %s\n" % err)
        raise


def _transform_msg(msg):
    """The message tokenize has always given for what the interpreter's
    tokenizer words differently."""
    if "unterminated triple-quoted string literal" in msg:
        return "EOF in multi-line string"
    return msg


def _generate_tokens_from_c_tokenizer(source, encoding=None, extra_tokens=False):
    """TokenInfo tuples from the native tokenizer over a readline callable;
    plain SyntaxErrors become TokenError (line, column)."""
    if encoding is None:
        it = _tokenize.TokenizerIter(source, extra_tokens=extra_tokens)
    else:
        it = _tokenize.TokenizerIter(source, encoding=encoding, extra_tokens=extra_tokens)
    try:
        for info in it:
            yield TokenInfo._make(info)
    except SyntaxError as e:
        if type(e) != SyntaxError:
            raise e from None
        raise TokenError(_transform_msg(e.msg), (e.lineno, e.offset)) from None


if __name__ == "__main__":
    main()
