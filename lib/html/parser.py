"""HTMLParser: reads HTML (and XHTML) text and calls a handler method for
each tag, piece of text, comment and declaration it finds."""

# The parser is tolerant in the way browsers are: malformed markup becomes
# data or a bogus comment rather than an error. feed() may cut the text
# anywhere; a construct that is not complete yet waits in rawdata for the
# next feed() or for close().

import re
import string as _string
import _markupbase
from html import unescape


__all__ = ['HTMLParser']

interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')
# Tag names and attributes as browsers read them (HTML5 section 8.2.4).
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
attrfind_tolerant = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
locatestarttagend_tolerant = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*       # the tag's name
  (?:[\s/]*                          # space before the first attribute
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*  # an attribute's name
      (?:\s*=+\s*                    # its value, if any:
        (?:'[^']*'                   #   single-quoted
          |"[^"]*"                   #   double-quoted
          |(?!['"])[^>\s]*           #   or bare
         )
        \s*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*                                # space before the end
""", re.VERBOSE)
endendtag = re.compile('>')
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

# A '&' within this many characters of the end may start a reference that
# the next feed() completes (the longest named reference is 33 long).
_REF_LOOKBEHIND = 34
_ref_end = re.compile(r'[\s;]')


# What a '<' followed by these starts, tried in this order (after a start
# tag), and the method that parses it.
# After these a start tag may still be going on (more data may follow).
_TAG_MAY_GO_ON = frozenset(_string.ascii_letters + '=/')

_MARKUP_KINDS = (("</", 'parse_endtag'), ("<!--", 'parse_comment'),
                 ("<?", 'parse_pi'), ("<!", 'parse_html_declaration'))


class HTMLParser(_markupbase.ParserBase):
    """Reads markup fed to it in pieces and reports what it finds to its
    handle_* methods, which subclasses override.

    Typical use:
        parser = MyParser()
        parser.feed(data)
        ...
        p.close()

    Override the handle_* methods: handle_starttag(tag, attrs),
    handle_endtag(tag) and handle_startendtag(tag, attrs) for tags,
    handle_data(text) for the text between them (possibly in several
    pieces), handle_comment, handle_decl, handle_pi and unknown_decl for
    the rest. With convert_charrefs true (the default) character
    references in text are replaced by their characters; otherwise they
    go to handle_entityref(name) and handle_charref(name).
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """A parser with nothing read yet.

        convert_charrefs: replace character references in text (and so
        hand over text in whole runs) instead of reporting them.
        """
        super().__init__()
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget everything read, including data not handled yet."""
        self.rawdata, self.lasttag = '', '???'
        self.interesting, self.cdata_elem = interesting_normal, None
        super().reset()

    def feed(self, data):
        """Parse more text: as much of it as is complete is handled now,
        the rest waits for the next feed() or close()."""
        self.rawdata += data
        self.goahead(0)

    def close(self):
        """Handle whatever text is left, complete or not."""
        self.goahead(1)

    _starttag_source = None

    def get_starttag_text(self):
        """The source text of the last start tag read, '<' to '>'."""
        return self._starttag_source

    def set_cdata_mode(self, elem):
        # Inside <script> and <style> only the matching end tag is markup.
        name = elem.lower()
        self.cdata_elem = name
        self.interesting = re.compile(r'</\s*%s\s*>' % name, re.I)

    def clear_cdata_mode(self):
        self.interesting, self.cdata_elem = interesting_normal, None

    @property
    def _unescaping(self):
        # Whether text is handed over with its references replaced.
        return self.convert_charrefs and not self.cdata_elem

    def _text(self, i, j):
        # Report rawdata[i:j] as data, references replaced when converting.
        text = self.rawdata[i:j]
        self.handle_data(unescape(text) if self._unescaping else text)

    def _next_markup(self, i, n):
        # Where the text starting at i ends, or None to wait for more data.
        data = self.rawdata
        if self._unescaping:
            j = data.find('<', i)
            if j >= 0:
                return j
            amp = data.rfind('&', max(i, n - _REF_LOOKBEHIND))
            if amp >= 0 and not _ref_end.search(data, amp):
                return None
            return n
        m = self.interesting.search(data, i)
        if m:
            return m.start()
        return None if self.cdata_elem else n

    def _markup(self, i, n, end):
        # The markup starting with '<' at i: the index after it, or None to
        # wait for more data.
        data = self.rawdata
        parser = 'parse_starttag' if starttagopen.match(data, i) else None
        for prefix, method in _MARKUP_KINDS:
            if parser:
                break
            if data.startswith(prefix, i):
                parser = method
        if parser:
            k = getattr(self, parser)(i)
        elif i + 1 < n:
            # A '<' starting nothing is text.
            self.handle_data('<')
            k = i + 1
        else:
            return None
        if k >= 0:
            return k
        if not end:
            return None
        # At the end an unfinished construct is text, up to its '>' or
        # else the next '<'.
        k = data.find('>', i + 1)
        if k >= 0:
            k += 1
        else:
            k = data.find('<', i + 1)
            if k < 0:
                k = i + 1
        self._text(i, k)
        return k

    def _reference(self, i, n, end):
        # A '&' at i, outside convert_charrefs: (index after what was
        # handled, whether to go on scanning).
        data = self.rawdata
        numeric = data.startswith("&#", i)
        m = (charref if numeric else entityref).match(data, i)
        if m:
            if numeric:
                self.handle_charref(m.group()[2:-1])
            else:
                self.handle_entityref(m.group(1))
            # The character after the name ends it; only a ';' belongs to it.
            k = m.end()
            if data[k-1] != ';':
                k -= 1
            return k, True
        if numeric:
            if ";" in data[i:]:
                # A malformed &#...; : its first two characters are text.
                self.handle_data(data[i:i+2])
                return i + 2, False
            return i, False
        if incomplete.match(data, i):
            # Maybe the start of a reference the next feed() completes;
            # at the end its '&' is consumed silently.
            if end and incomplete.match(data, i).group() == data[i:]:
                return i + 1, False
            return i, False
        if i + 1 < n:
            self.handle_data("&")
            return i + 1, True
        return i, False

    def goahead(self, end):
        # Handle as much of rawdata as is complete; with end true, all of it.
        data = self.rawdata
        i = 0
        n = len(data)
        while i < n:
            j = self._next_markup(i, n)
            if j is None:
                break
            if i < j:
                self._text(i, j)
            i = self.updatepos(i, j)
            if i == n:
                break
            first = data[i]
            if first == '<':
                k = self._markup(i, n, end)
                go_on = k is not None
            elif first == '&':
                k, go_on = self._reference(i, n, end)
            else:
                raise AssertionError("interesting.search() lied")
            if k is not None:
                i = self.updatepos(i, k)
            if not go_on:
                break
        # At the end, what is left is text (unless inside <script>, say).
        if end and not self.cdata_elem and i < n:
            self._text(i, n)
            i = self.updatepos(i, n)
        self.rawdata = data[i:]

    def parse_html_declaration(self, i):
        # '<!' at i: a comment, a marked section (<![CDATA[...]]>), a
        # DOCTYPE, or else a bogus comment.
        data = self.rawdata
        assert data[i:i+2] == '<!', ('unexpected call to '
                                     'parse_html_declaration()')
        if data[i:i+4] == '<!--':
            return self.parse_comment(i)
        if data[i:i+3] == '<![':
            return self.parse_marked_section(i)
        if data[i:i+9].lower() == '<!doctype':
            gt = data.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(data[i+2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        # '<!' or '</' not starting anything valid: a comment up to '>'.
        data = self.rawdata
        assert data[i:i+2] in ('<!', '</'), ('unexpected call to '
                                             'parse_comment()')
        gt = data.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(data[i+2:gt])
        return gt + 1

    def parse_pi(self, i):
        # '<?' at i: a processing instruction, up to the first '>'.
        data = self.rawdata
        assert data[i:i+2] == '<?', 'unexpected call to parse_pi()'
        m = piclose.search(data, i + 2)
        if not m:
            return -1
        self.handle_pi(data[i+2:m.start()])
        return m.end()

    def _attributes(self, start, stop):
        # The (name, value) pairs between start and stop, and where the
        # scan stopped.
        data = self.rawdata
        attrs = []
        k = start
        while k < stop:
            m = attrfind_tolerant.match(data, k)
            if not m:
                break
            name, has_value, value = m.group(1, 2, 3)
            if not has_value:
                value = None
            else:
                if value[:1] in ('"', "'") and value[:1] == value[-1:]:
                    value = value[1:-1]
                if value:
                    value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        return attrs, k

    def parse_starttag(self, i):
        # A start tag at i: handle_starttag or handle_startendtag, or data
        # when what follows its attributes is not a proper end.
        self._starttag_source = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        data = self.rawdata
        self._starttag_source = data[i:stop]
        m = tagfind_tolerant.match(data, i + 1)
        assert m, 'unexpected call to parse_starttag()'
        self.lasttag = tag = m.group(1).lower()
        attrs, k = self._attributes(m.end(), stop)
        rest = data[k:stop].strip()
        if rest not in (">", "/>"):
            self.handle_data(data[i:stop])
            return stop
        if rest == "/>":
            # XHTML's empty element.
            self.handle_startendtag(tag, attrs)
            return stop
        self.handle_starttag(tag, attrs)
        if tag in self.CDATA_CONTENT_ELEMENTS:
            # Raw text until the matching end tag.
            self.set_cdata_mode(tag)
        return stop

    def check_for_whole_start_tag(self, i):
        # Where the start tag at i ends, or -1 if the data may end in it.
        data = self.rawdata
        m = locatestarttagend_tolerant.match(data, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        following = data[j:j+1]
        if following == ">":
            return j + 1
        if following == "/":
            if data.startswith("/>", j):
                return j + 2
            if data.startswith("/", j):
                # More data may turn it into '/>'.
                return -1
        elif not following or following in _TAG_MAY_GO_ON:
            # The tag or an attribute may still be going on.
            return -1
        # Malformed: what was matched (at least '<') ends the tag.
        return j if j > i else i + 1

    def parse_endtag(self, i):
        # '</' at i: an end tag, or inside <script>/<style> data unless it
        # closes that element.
        data = self.rawdata
        assert data[i:i+2] == "</", "unexpected call to parse_endtag"
        close = endendtag.search(data, i + 1)
        if not close:
            return -1
        gtpos = close.end()
        proper = endtagfind.match(data, i)
        name = proper.group(1).lower() if proper else None
        if self.cdata_elem is not None and name != self.cdata_elem:
            # Raw text goes on.
            self.handle_data(data[i:gtpos])
            return gtpos
        if name is not None:
            self.handle_endtag(name)
            self.clear_cdata_mode()
            return gtpos
        # Tolerated: '</tag junk>' ends tag; '</>' is nothing; '</ ...>' and
        # '</#...>' are bogus comments.
        name = tagfind_tolerant.match(data, i + 2)
        if not name:
            if data[i:i+3] == '</>':
                return i + 3
            return self.parse_bogus_comment(i)
        tag = name.group(1).lower()
        gtpos = data.find('>', name.end())
        self.handle_endtag(tag)
        return gtpos + 1

    # The handlers, to be overridden.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
