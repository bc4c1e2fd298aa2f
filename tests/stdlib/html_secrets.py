# html.escape/unescape over the HTML5 rules and entity tables, and secrets'
# functions (their shapes: the values are random).
import html
import html.entities
import secrets

for s in ['<a href="x">Tom & Jerry\'s</a>', 'plain', '&&<<>>""\'\'']:
    print(html.escape(s), html.escape(s, quote=False))
for s in ['&amp; &lt;&gt; &quot;&#39;&#x27;', '&copy &copy; &COPY;', '&notit; &notin; &not', '&#0; &#13; &#128; &#x80; &#159;',
          '&#xD800; &#1114112; &#x110000; &#1; &#11; &#127; &#xFFFE; &#x10FFFF;', '&#65 &#x41; &#X41', '&unknown; &amp', 'no refs',
          '&ampx &ltx &Aacute &aacute; &acE;', '&' + 'a' * 40 + ';', '&#' + '9' * 30 + ';']:
    print(repr(html.unescape(s)))
e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs), e.name2codepoint['euro'], e.codepoint2name[8364],
      e.entitydefs['amp'], e.html5['gt;'], e.html5['gt'], sorted(e.__all__))
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(4)), len(secrets.token_urlsafe(16)),
      0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256, secrets.choice('abc') in 'abc', secrets.DEFAULT_ENTROPY,
      secrets.compare_digest(b'a', b'a'), isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for bad in [0, -5]:
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('ValueError', e)
