"""The XML reader plistlib uses in place of expat: a small non-validating
parser with the part of expat's interface plistlib needs."""

import codecs
import re


class ExpatError(ValueError):
    """The document is not well-formed XML (a ValueError, as plistlib reports
    its own errors)."""



class _XMLReader:
    """The part of an expat parser that plistlib uses: the four handlers,
    ParseFile/Parse and CurrentLineNumber. Elements must nest; DOCTYPE,
    comments, processing instructions and CDATA sections are understood, and
    an entity declaration in the DOCTYPE goes to EntityDeclHandler."""

    _NAME = re.compile(r'[^\s/>=<&"\']+')
    _ATTR = re.compile(r'\s*([^\s/>=]+)\s*=\s*("[^"]*"|\'[^\']*\')')
    _REF = re.compile(r'&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);')
    _NAMED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}

    def __init__(self):
        self.StartElementHandler = None
        self.EndElementHandler = None
        self.CharacterDataHandler = None
        self.EntityDeclHandler = None
        self.CurrentLineNumber = 1
        self._chunks = []

    def ParseFile(self, fileobj):
        self._run(fileobj.read())

    def Parse(self, data, isfinal=False):
        self._chunks.append(data.encode('utf-8') if isinstance(data, str) else bytes(data))
        if isfinal:
            self._run(b''.join(self._chunks))

    def _fail(self, what):
        raise ExpatError('%s: line %d' % (what, self.CurrentLineNumber))

    @staticmethod
    def _decode(data):
        for bom, encoding in ((codecs.BOM_UTF8, 'utf-8'), (codecs.BOM_UTF16_LE, 'utf-16-le'),
                              (codecs.BOM_UTF16_BE, 'utf-16-be')):
            if data.startswith(bom):
                return data[len(bom):].decode(encoding)
        m = re.match(rb'<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']', data)
        encoding = m.group(1).decode('ascii').lower() if m else 'utf-8'
        if encoding.replace('_', '-') in ('utf-16', 'utf16'):
            encoding = 'utf-8'  # declared UTF-16 without a BOM: expat reads the bytes as they are
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            raise ExpatError('not well-formed (invalid token)')

    def _text(self, raw):
        def ref(m):
            name = m.group(1)
            if name.startswith('#x'):
                return chr(int(name[2:], 16))
            if name.startswith('#'):
                return chr(int(name[1:]))
            if name in self._NAMED:
                return self._NAMED[name]
            self._fail('undefined entity')
        if '&' in self._REF.sub('', raw):
            self._fail('not well-formed (invalid token)')
        return self._REF.sub(ref, raw)

    def _run(self, data):
        text = self._decode(data).replace('\r\n', '\n').replace('\r', '\n')
        open_tags = []
        pos = 0
        seen_root = False
        n = len(text)
        while pos < n:
            lt = text.find('<', pos)
            if lt < 0:
                lt = n
            if lt > pos:
                chunk = text[pos:lt]
                if open_tags:
                    if self.CharacterDataHandler is not None:
                        self.CharacterDataHandler(self._text(chunk))
                elif chunk.strip():
                    self._fail('syntax error')
                self.CurrentLineNumber += chunk.count('\n')
                pos = lt
                continue
            if text.startswith('<!--', pos):
                end = text.find('-->', pos + 4)
                if end < 0:
                    self._fail('unclosed token')
                end += 3
            elif text.startswith('<?', pos):
                end = text.find('?>', pos + 2)
                if end < 0:
                    self._fail('unclosed token')
                end += 2
            elif text.startswith('<![CDATA[', pos):
                end = text.find(']]>', pos)
                if end < 0 or not open_tags:
                    self._fail('unclosed CDATA section')
                if self.CharacterDataHandler is not None:
                    self.CharacterDataHandler(text[pos + 9:end])
                end += 3
            elif text.startswith('<!DOCTYPE', pos):
                end = self._doctype(text, pos)
            elif text.startswith('</', pos):
                end = text.find('>', pos)
                if end < 0:
                    self._fail('unclosed token')
                name = text[pos + 2:end].strip()
                if not open_tags or open_tags[-1] != name:
                    self._fail('mismatched tag')
                open_tags.pop()
                if self.EndElementHandler is not None:
                    self.EndElementHandler(name)
                end += 1
            else:
                m = self._NAME.match(text, pos + 1)
                if not m:
                    self._fail('not well-formed (invalid token)')
                name = m.group()
                if seen_root and not open_tags:
                    self._fail('junk after document element')
                attrs = {}
                cur = m.end()
                while True:
                    am = self._ATTR.match(text, cur)
                    if not am:
                        break
                    attrs[am.group(1)] = self._text(am.group(2)[1:-1])
                    cur = am.end()
                while cur < n and text[cur] in ' \t\n':
                    cur += 1
                empty = text.startswith('/>', cur)
                if not empty and not text.startswith('>', cur):
                    self._fail('not well-formed (invalid token)')
                end = cur + (2 if empty else 1)
                seen_root = True
                if self.StartElementHandler is not None:
                    self.StartElementHandler(name, attrs)
                if empty:
                    if self.EndElementHandler is not None:
                        self.EndElementHandler(name)
                else:
                    open_tags.append(name)
            self.CurrentLineNumber += text.count('\n', pos, end)
            pos = end
        if open_tags or not seen_root:
            self._fail('no element found')

    def _doctype(self, text, pos):
        """Skip a DOCTYPE declaration, reporting the entities it declares."""
        cur = pos + 9
        depth = 0
        n = len(text)
        while cur < n:
            ch = text[cur]
            if ch in '"\'':
                close = text.find(ch, cur + 1)
                if close < 0:
                    break
                cur = close + 1
                continue
            if ch == '[':
                depth += 1
            elif ch == ']':
                depth -= 1
            elif ch == '>' and depth == 0:
                return cur + 1
            elif depth and text.startswith('<!ENTITY', cur):
                end = text.find('>', cur)
                if end < 0:
                    break
                parts = re.findall(r'"[^"]*"|\'[^\']*\'|[^\s]+', text[cur + 8:end])
                if parts and self.EntityDeclHandler is not None:
                    is_param = parts[0] == '%'
                    if is_param:
                        parts = parts[1:]
                    value = parts[1][1:-1] if len(parts) > 1 and parts[1][:1] in '"\'' else None
                    self.EntityDeclHandler(parts[0], is_param, value, None, None, None, None)
                cur = end + 1
                continue
            cur += 1
        self._fail('unclosed token')


def ParserCreate(encoding=None, namespace_separator=None):
    """A new XML reader (see _XMLReader)."""
    return _XMLReader()


