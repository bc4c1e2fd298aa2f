# html.parser: every handler over a document with the usual and the
# malformed constructs, fed whole, character by character and in odd
# chunks, with and without convert_charrefs; positions, get_starttag_text,
# CDATA elements, and _markupbase's DOCTYPE subset scanning.
import _markupbase
from html.parser import HTMLParser


class Log(HTMLParser):
    def __init__(self, **kw):
        self.events = []
        super().__init__(**kw)

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, data):
        self.events.append(('decl', data))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))


doc = '''<!DOCTYPE html>
<html lang="en"><head><title>T &amp; t</title>
<script type="text/javascript">if (a < b && c > d) { x = "</div>"; }</script>
<style>p > a { color: red }</STYLE >
</head>
<body class=main id='b' data-x = "1 &lt; 2" hidden>
<!-- a comment -- with dashes --> <!--x--  >
<p>One&nbsp;two &#169; &#xA9; &copy &notanentity; &#bad; &
<br/><img src="a.png" alt=""/><input disabled / >
<a href="?q=1&amp;r=2" TITLE="X">link</a>
<![CDATA[ raw <stuff> ]]> <![if !IE]>cond<![endif]>
<?xml version="1.0"?> <!bogus> </ bogus> </> </p x=1> <//x>
<div <p>> <a b='unclosed >
text at the end &am'''

for convert in (True, False):
    for chunk in (len(doc), 1, 7):
        p = Log(convert_charrefs=convert)
        for i in range(0, len(doc), chunk):
            p.feed(doc[i:i+chunk])
        p.close()
        print(convert, chunk, len(p.events))
        if chunk != 1:
            for e in p.events:
                print(' ', e)
        else:
            whole = Log(convert_charrefs=convert)
            whole.feed(doc)
            whole.close()
            print(' same events as whole:', [e[0] for e in p.events] == [e[0] for e in whole.events])

p = Log()
p.feed('<a href="x')
print(p.events, repr(p.rawdata))
p.feed('y">z &amp')
print(p.events, repr(p.rawdata))
p.close()
print(p.events, repr(p.rawdata), p.getpos())
p.reset()
print(p.getpos(), p.rawdata, p.lasttag, p.cdata_elem, p.get_starttag_text())
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser().convert_charrefs)


class Decl(_markupbase.ParserBase):
    def __init__(self, data):
        self.rawdata = data
        self.reset()
        self.events = []

    def handle_decl(self, d):
        self.events.append(('decl', d))

    def unknown_decl(self, d):
        self.events.append(('unknown', d))

    def handle_comment(self, d):
        self.events.append(('comment', d))


for text in ['<!DOCTYPE html>', '<!DOCTYPE x [ <!ELEMENT a (b)> <!ATTLIST a c CDATA #IMPLIED d (e|f) "e"> '
             '<!ENTITY % g "h"> <!ENTITY i SYSTEM "j"> <!NOTATION k PUBLIC "l"> %g; <!-- c --> ]>',
             '<!DOCTYPE x [', '<!>', '<!-', '<![CDATA[x]]>', '<![if x]>', '<!ELEMENT', '<!FOO bar "baz">',
             '<!DOCTYPE x [ <!BOGUS> ]>', '<!DOCTYPE x [ <x> ]>', '<!DOCTYPE x ] >', '<!DOCTYPE x [ ] y>', '<![bogus[x]]>',
             '<!DOCTYPE x [ @ ]>', '<!DOCTYPE 1>', '<!foo [x]>', '<!element [x]>', '<!DOCTYPE x @>']:
    d = Decl(text)
    try:
        print(repr(text), d.parse_declaration(0), d.events, d.getpos())
    except AssertionError as e:
        print(repr(text), 'AssertionError', e, d.getpos())
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print('RuntimeError', e)
