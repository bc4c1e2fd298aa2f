# The TOML parser: one pass over the text, statements at the top level and
# values recursively, building dicts and lists as it goes. Which tables may
# still be extended is tracked per key path (_Flags).
from __future__ import annotations

import string
from types import MappingProxyType
from typing import Any, BinaryIO

from ._re import (RE_DATETIME, RE_LOCALTIME, RE_NUMBER,
                  match_to_datetime, match_to_localtime, match_to_number)
from ._types import Key, ParseFloat, Pos

ASCII_CTRL = frozenset(map(chr, range(32))) | frozenset(chr(127))

# The control characters each context refuses.
ILLEGAL_BASIC_STR_CHARS = ASCII_CTRL - frozenset("\t")
ILLEGAL_MULTILINE_BASIC_STR_CHARS = ASCII_CTRL - frozenset("\t\n")
ILLEGAL_LITERAL_STR_CHARS = ILLEGAL_BASIC_STR_CHARS
ILLEGAL_MULTILINE_LITERAL_STR_CHARS = ILLEGAL_MULTILINE_BASIC_STR_CHARS
ILLEGAL_COMMENT_CHARS = ILLEGAL_BASIC_STR_CHARS

TOML_WS = frozenset(" \t")
TOML_WS_AND_NEWLINE = TOML_WS | frozenset("\n")
BARE_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "-_")
KEY_INITIAL_CHARS = BARE_KEY_CHARS | frozenset("\"'")
HEXDIGIT_CHARS = frozenset(string.hexdigits)

BASIC_STR_ESCAPE_REPLACEMENTS = MappingProxyType({
    "\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
    '\\"': '"', "\\\\": "\\",
})


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp: BinaryIO, /, *, parse_float: ParseFloat = float) -> dict[str, Any]:
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)


def loads(s: str, /, *, parse_float: ParseFloat = float) -> dict[str, Any]:
    """Parse TOML from a string."""
    # The statements' loop runs here, not in a method, so that a document
    # nests no deeper in Python calls than CPython's parser does.
    p = _Parser(s.replace("\r\n", "\n"), make_safe_parse_float(parse_float))
    header = ()
    while True:
        p.skip(TOML_WS)
        c = p.peek()
        if not c:
            break
        if c == "\n":
            p.pos += 1
            continue
        if c in KEY_INITIAL_CHARS:
            p.key_value_statement(header)
            p.skip(TOML_WS)
        elif c == "[":
            p.flags.finalize_pending()
            header = p.array_table_header() if p.peek(2) == "[[" else p.table_header()
            p.skip(TOML_WS)
        elif c != "#":
            raise p.error("Invalid statement")
        p.skip_comment()
        c = p.peek()
        if not c:
            break
        if c != "\n":
            raise p.error("Expected newline or end of document after a statement")
        p.pos += 1
    return p.root


def make_safe_parse_float(parse_float: ParseFloat) -> ParseFloat:
    """parse_float wrapped to refuse dicts and lists as results (they would
    pass for tables and arrays) with ValueError; float itself as it is."""
    if parse_float is float:
        return float

    def safe_parse_float(float_str: str) -> Any:
        value = parse_float(float_str)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return safe_parse_float


def is_unicode_scalar_value(codepoint: int) -> bool:
    return 0 <= codepoint <= 0xD7FF or 0xE000 <= codepoint <= 0x10FFFF


def suffixed_err(src: str, pos: Pos, msg: str) -> TOMLDecodeError:
    """A TOMLDecodeError for msg, with the line and column of pos."""
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count("\n", 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
        where = f"line {line}, column {column}"
    return TOMLDecodeError(f"{msg} (at {where})")


# Flags on key paths: a table defined by a header or a dotted key
# (EXPLICIT_NEST) may not be defined again; an inline table or array
# (FROZEN, on it and everything below) may not be extended.
FROZEN = 0
EXPLICIT_NEST = 1


class _Flags:
    def __init__(self):
        # key path -> (flags on the path, flags on it and all below); every
        # prefix of a path with flags has an entry.
        self._paths = {}
        self._pending = set()

    def add_pending(self, key, flag):
        # Dotted keys mark their tables only when the next header comes.
        self._pending.add((key, flag))

    def finalize_pending(self):
        for key, flag in self._pending:
            self.set(key, flag, recursive=False)
        self._pending.clear()

    def set(self, key, flag, *, recursive):
        for i in range(1, len(key) + 1):
            if key[:i] not in self._paths:
                self._paths[key[:i]] = (set(), set())
        self._paths[key][1 if recursive else 0].add(flag)

    def unset_all(self, key):
        if any(key[:i] not in self._paths for i in range(1, len(key))):
            return
        n = len(key)
        for path in [p for p in self._paths if p[:n] == key]:
            del self._paths[path]

    def is_(self, key, flag):
        if not key:
            return False
        for i in range(1, len(key)):
            entry = self._paths.get(key[:i])
            if entry is None:
                return False
            if flag in entry[1]:
                return True
        entry = self._paths.get(key)
        return entry is not None and (flag in entry[0] or flag in entry[1])


def _nest(root, key, *, through_lists=True):
    # The dict at key below root, creating empty tables on the way; an
    # array of tables stands for its last table. KeyError when a value
    # other than a table is in the way.
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if through_lists and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError("There is no nest behind this key")
    return table


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.flags = _Flags()

    # Reading.

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def error(self, msg, pos=None):
        return suffixed_err(self.src, self.pos if pos is None else pos, msg)

    def skip(self, chars):
        src, pos = self.src, self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def skip_until(self, expect, illegal, eof_error):
        # Move to the next `expect` (or the end, when allowed), refusing the
        # illegal characters before it.
        src, start = self.src, self.pos
        end = src.find(expect, start)
        if end < 0:
            end = len(src)
            if eof_error:
                raise self.error(f"Expected {expect!r}", end)
        if not illegal.isdisjoint(src[start:end]):
            bad = start
            while src[bad] not in illegal:
                bad += 1
            raise self.error(f"Found invalid character {src[bad]!r}", bad)
        self.pos = end

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.skip_until("\n", ILLEGAL_COMMENT_CHARS, False)

    def skip_array_space(self):
        # Whitespace, newlines and comments, as arrays allow between items.
        while True:
            before = self.pos
            self.skip(TOML_WS_AND_NEWLINE)
            self.skip_comment()
            if self.pos == before:
                return

    # Statements.

    def table_header(self):
        self.pos += 1
        self.skip(TOML_WS)
        key = self.key()
        if self.flags.is_(key, EXPLICIT_NEST) or self.flags.is_(key, FROZEN):
            raise self.error(f"Cannot declare {key} twice")
        self.flags.set(key, EXPLICIT_NEST, recursive=False)
        try:
            _nest(self.root, key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_table_header(self):
        self.pos += 2
        self.skip(TOML_WS)
        key = self.key()
        if self.flags.is_(key, FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {key}")
        # A new table of the array: what the previous one defined is free.
        self.flags.unset_all(key)
        self.flags.set(key, EXPLICIT_NEST, recursive=False)
        try:
            parent = _nest(self.root, key[:-1])
            last = key[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise KeyError("An object other than list found behind this key")
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek(2) != "]]":
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def key_value_statement(self, header):
        key, value = self.key_value()
        parent = header + key[:-1]
        for i in range(1, len(key)):
            # The tables a dotted key creates or enters, relative to the header.
            table = header + key[:i]
            if self.flags.is_(table, EXPLICIT_NEST):
                raise self.error(f"Cannot redefine namespace {table}")
            self.flags.add_pending(table, EXPLICIT_NEST)
        if self.flags.is_(parent, FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {parent}")
        try:
            table = _nest(self.root, parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.flags.set(header + key, FROZEN, recursive=True)
        table[key[-1]] = value

    # Keys.

    def key_value(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(TOML_WS)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(TOML_WS)
        while self.peek() == ".":
            self.pos += 1
            self.skip(TOML_WS)
            parts.append(self.key_part())
            self.skip(TOML_WS)
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c and c in BARE_KEY_CHARS:
            start = self.pos
            self.skip(BARE_KEY_CHARS)
            return self.src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.pos += 1
            return self.basic_string(multiline=False)
        raise self.error("Invalid initial character for a key part")

    # Values.

    def value(self):
        src, pos = self.src, self.pos
        c = self.peek()
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(literal=False)
            self.pos += 1
            return self.basic_string(multiline=False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(literal=True)
            return self.literal_string()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = RE_DATETIME.match(src, pos)
        if m:
            try:
                value = match_to_datetime(m)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.pos = m.end()
            return value
        m = RE_LOCALTIME.match(src, pos)
        if m:
            self.pos = m.end()
            return match_to_localtime(m)
        m = RE_NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            return match_to_number(m, self.parse_float)
        for word in (src[pos:pos + 3], src[pos:pos + 4]):
            if word in ("inf", "nan", "-inf", "+inf", "-nan", "+nan"):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        items = []
        self.skip_array_space()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_array_space()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return items
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_space()
            if self.peek() == "]":
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        flags = _Flags()
        self.skip(TOML_WS)
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            key, value = self.key_value()
            if flags.is_(key, FROZEN):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            try:
                nest = _nest(table, key[:-1], through_lists=False)
            except KeyError:
                raise self.error("Cannot overwrite a value") from None
            if key[-1] in nest:
                raise self.error(f"Duplicate inline table key {key[-1]!r}")
            nest[key[-1]] = value
            self.skip(TOML_WS)
            c = self.peek()
            if c == "}":
                self.pos += 1
                return table
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                flags.set(key, FROZEN, recursive=True)
            self.pos += 1
            self.skip(TOML_WS)

    # Strings.

    def literal_string(self):
        self.pos += 1
        start = self.pos
        self.skip_until("'", ILLEGAL_LITERAL_STR_CHARS, True)
        self.pos += 1
        return self.src[start:self.pos - 1]

    def multiline_string(self, *, literal):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        if literal:
            quote = "'"
            start = self.pos
            self.skip_until("'''", ILLEGAL_MULTILINE_LITERAL_STR_CHARS, True)
            text = self.src[start:self.pos]
            self.pos += 3
        else:
            quote = '"'
            text = self.basic_string(multiline=True)
        # Up to two quotes right before the closing three belong to the text.
        for _ in range(2):
            if self.peek() != quote:
                break
            self.pos += 1
            text += quote
        return text

    def basic_string(self, *, multiline):
        illegal = ILLEGAL_MULTILINE_BASIC_STR_CHARS if multiline else ILLEGAL_BASIC_STR_CHARS
        src = self.src
        pieces = []
        start = pos = self.pos
        while True:
            if pos >= len(src):
                raise self.error("Unterminated string", pos)
            c = src[pos]
            if c == '"':
                if not multiline:
                    self.pos = pos + 1
                    break
                if src.startswith('"""', pos):
                    self.pos = pos + 3
                    break
                pos += 1
            elif c == "\\":
                pieces.append(src[start:pos])
                self.pos = pos
                pieces.append(self.escape(multiline))
                start = pos = self.pos
            elif c in illegal:
                raise self.error(f"Illegal character {c!r}", pos)
            else:
                pos += 1
        pieces.append(src[start:pos])
        return "".join(pieces)

    def escape(self, multiline):
        code = self.peek(2)
        self.pos += 2
        if multiline and code in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash: the newline and the whitespace after it
            # vanish (only whitespace may come between it and the newline).
            if code != "\\\n":
                self.skip(TOML_WS)
                c = self.peek()
                if not c:
                    return ""
                if c != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(TOML_WS_AND_NEWLINE)
            return ""
        if code in ("\\u", "\\U"):
            return self.hex_char(4 if code == "\\u" else 8)
        try:
            return BASIC_STR_ESCAPE_REPLACEMENTS[code]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None

    def hex_char(self, length):
        digits = self.peek(length)
        if len(digits) != length or not HEXDIGIT_CHARS.issuperset(digits):
            raise self.error("Invalid hex value")
        self.pos += length
        codepoint = int(digits, 16)
        if not is_unicode_scalar_value(codepoint):
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(codepoint)
