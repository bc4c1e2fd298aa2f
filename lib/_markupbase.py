"""Declaration scanning shared by the HTML parser: comments, marked
sections and document type declarations with their internal subset.

Only html.parser should use it; it has no documented API.
"""

import re

# A name, and a quoted string, each with the whitespace after it.
_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_QUOTED = re.compile(r"""('[^']*'|"[^"]*")\s*""")
# The ends of a comment and of a marked section; Microsoft's conditional
# sections close with a single ']>'.
_COMMENT_END = re.compile(r"--\s*>")
_SECTION_END = re.compile(r"]\s*]\s*>")
_MS_SECTION_END = re.compile(r"]\s*>")

del re

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# What a DOCTYPE's internal subset may declare (each has a _parse_doctype_*).
_SUBSET_DECLARATIONS = frozenset({"attlist", "element", "entity", "notation"})


class ParserBase:
    """Position tracking and declaration scanning for the markup parsers.

    Every parse_* method takes the index where a construct starts in
    self.rawdata and returns the index just after it, or -1 when the data
    ends before the construct does (the caller waits for more).
    """

    def __init__(self):
        if type(self) is ParserBase:
            raise RuntimeError(
                "_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno, self.offset = 1, 0

    def getpos(self):
        """(line number, column) of the position reached: line 1 is the
        first, column 0 the first."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Advance lineno/offset over rawdata[i:j]; returns j.
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (text.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    # Characters a declaration may hold besides names, strings and '[':
    # subclasses widen it.
    _decl_otherchars = ''

    def parse_declaration(self, i):
        # '<!' at i: an empty declaration, a comment, a marked section, or
        # a declaration such as DOCTYPE (its internal subset included).
        text = self.rawdata
        j = i + 2
        assert text[i:j] == "<!", "unexpected call to parse_declaration"
        following = text[j:j+1]
        if following == ">":
            return j + 1
        if following in ("-", ""):
            return -1
        if text[j:j+2] == '--':
            return self.parse_comment(i)
        if following == '[':
            return self.parse_marked_section(i)
        kind, j = self._scan_name(j, i)
        if j < 0:
            return j
        if kind == "doctype":
            # Nothing else may stand in a DOCTYPE.
            self._decl_otherchars = ""
        while j < len(text):
            c = text[j]
            if c == ">":
                body = text[i+2:j]
                if kind == "doctype":
                    self.handle_decl(body)
                else:
                    # Only DOCTYPE is defined in HTML; others are passed on.
                    self.unknown_decl(body)
                return j + 1
            if c in "\"'":
                m = _QUOTED.match(text, j)
                if not m:
                    return -1
                j = m.end()
            elif c in _LETTERS:
                _, j = self._scan_name(j, i)
            elif c in self._decl_otherchars:
                j += 1
            elif c == "[":
                if kind == "doctype":
                    j = self._parse_doctype_subset(j + 1, i)
                elif kind in {"attlist", "linktype", "link", "element"}:
                    raise AssertionError("unsupported '[' char in %s declaration" % kind)
                else:
                    raise AssertionError("unexpected '[' char in declaration")
            else:
                raise AssertionError("unexpected %r char in declaration" % text[j])
            if j < 0:
                return j
        return -1

    def parse_marked_section(self, i, report=1):
        # '<![' at i: <![CDATA[...]]> and the like, or Microsoft's
        # <![if ...]>; the content goes to unknown_decl.
        text = self.rawdata
        assert text[i:i+3] == '<![', "unexpected call to parse_marked_section()"
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in {"temp", "cdata", "ignore", "include", "rcdata"}:
            close = _SECTION_END
        elif keyword in {"if", "else", "endif"}:
            close = _MS_SECTION_END
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section' % text[i+3:j])
        m = close.search(text, i + 3)
        if not m:
            return -1
        if report:
            self.unknown_decl(text[i+3:m.start()])
        return m.end()

    def parse_comment(self, i, report=1):
        # '<!--' at i, up to the next '--' and '>' (whitespace between).
        text = self.rawdata
        if text[i:i+4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _COMMENT_END.search(text, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(text[i+4:m.start()])
        return m.end()

    def _parse_doctype_subset(self, i, declstartpos):
        # The internal subset of a DOCTYPE, from just after its '[': returns
        # the index of the '>' that ends the declaration.
        text = self.rawdata
        n = len(text)
        j = i
        while j < n:
            c = text[j]
            if c == "<":
                two = text[j:j+2]
                if two == "<":
                    return -1
                if two != "<!":
                    self.updatepos(declstartpos, j + 1)
                    raise AssertionError("unexpected char in internal subset (in %r)" % two)
                if j + 4 > n:
                    return -1
                if text[j:j+4] == "<!--":
                    j = self.parse_comment(j, report=0)
                    if j < 0:
                        return j
                    continue
                keyword, j = self._scan_name(j + 2, declstartpos)
                if j == -1:
                    return -1
                if keyword not in _SUBSET_DECLARATIONS:
                    self.updatepos(declstartpos, j + 2)
                    raise AssertionError("unknown declaration %r in internal subset" % keyword)
                j = getattr(self, "_parse_doctype_" + keyword)(j, declstartpos)
                if j < 0:
                    return j
            elif c == "%":
                # A parameter entity reference, %name; or %name.
                if j + 1 == n:
                    return -1
                _, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                if text[j] == ";":
                    j += 1
            elif c == "]":
                j += 1
                while j < n and text[j].isspace():
                    j += 1
                if j == n:
                    return -1
                if text[j] == ">":
                    return j
                self.updatepos(declstartpos, j)
                raise AssertionError("unexpected char after internal subset")
            elif c.isspace():
                j += 1
            else:
                self.updatepos(declstartpos, j)
                raise AssertionError("unexpected char %r in internal subset" % c)
        return -1

    def _parse_doctype_element(self, i, declstartpos):
        # <!ELEMENT name ...>: skipped to its '>'.
        _, j = self._scan_name(i, declstartpos)
        if j == -1:
            return -1
        end = self.rawdata.find(">", j)
        return end + 1 if end >= 0 else -1

    def _parse_doctype_attlist(self, i, declstartpos):
        # <!ATTLIST element (attribute type default)*>
        text = self.rawdata
        _, j = self._scan_name(i, declstartpos)
        c = text[j:j+1]
        if c == "":
            return -1
        if c == ">":
            return j + 1
        while True:
            # The attribute's name, then its type: a name or a (list).
            _, j = self._scan_name(j, declstartpos)
            if j < 0:
                return j
            c = text[j:j+1]
            if c == "":
                return -1
            if c == "(":
                close = text.find(")", j)
                if close < 0:
                    return -1
                j = close + 1
                while text[j:j+1].isspace():
                    j += 1
                if not text[j:]:
                    return -1
            else:
                _, j = self._scan_name(j, declstartpos)
            c = text[j:j+1]
            if not c:
                return -1
            # Then a default: a string, #KEYWORD, or both.
            if c in "'\"":
                m = _QUOTED.match(text, j)
                if not m:
                    return -1
                j = m.end()
                c = text[j:j+1]
                if not c:
                    return -1
            if c == "#":
                if text[j:] == "#":
                    return -1
                _, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                c = text[j:j+1]
                if not c:
                    return -1
            if c == '>':
                return j + 1

    def _skip_names_and_strings(self, j, declstartpos):
        # Names and quoted strings up to the closing '>'.
        text = self.rawdata
        while True:
            c = text[j:j+1]
            if not c:
                return -1
            if c == '>':
                return j + 1
            if c in "'\"":
                m = _QUOTED.match(text, j)
                if not m:
                    return -1
                j = m.end()
            else:
                _, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _parse_doctype_notation(self, i, declstartpos):
        # <!NOTATION name ...>
        _, j = self._scan_name(i, declstartpos)
        if j < 0:
            return j
        return self._skip_names_and_strings(j, declstartpos)

    def _parse_doctype_entity(self, i, declstartpos):
        # <!ENTITY [%] name ...>
        text = self.rawdata
        j = i
        if text[i:i+1] == "%":
            j = i + 1
            while True:
                c = text[j:j+1]
                if not c:
                    return -1
                if not c.isspace():
                    break
                j += 1
        _, j = self._scan_name(j, declstartpos)
        if j < 0:
            return j
        return self._skip_names_and_strings(j, declstartpos)

    def _scan_name(self, i, declstartpos):
        # (lowercased name, index after it and its trailing whitespace), or
        # (None, -1) when the data may end inside the name.
        text = self.rawdata
        if i == len(text):
            return None, -1
        m = _NAME.match(text, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError(
                "expected name token at %r" % text[declstartpos:declstartpos+20])
        if m.end() == len(text):
            return None, -1
        return m.group().strip().lower(), m.end()

    # To be overridden: the contents of a declaration or marked section
    # this parser does not know.
    def unknown_decl(self, data):
        pass
