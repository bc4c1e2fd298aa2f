# tokenize over str and bytes sources: token types, exact types, positions and
# lines; encoding detection (BOM, cookies, errors); TokenError and the
# SyntaxErrors that pass through; untokenize both ways; _tokenize directly.
import _tokenize
import io
import token
import tokenize

SOURCES = [
    'x = (1,\n  2) # c\n\nif x:\n    y = """a\nb""" \\\n  + f"{x!r:>{w}} {{z}}"\n',
    'def f(a, *, b=2) -> int:\n    return a ** b  # power\n',
    'x',
    'x = 1\r\ny = 2\r\n',
    'def f():\n    pass\n# end',
    'if a:\n  if b:\n    x\n  y\n',
    'é = "ü" + 1\n',
    'f"{x=}" rb"x" f"""a\n{b}\nc"""\n',
    '\n\n# c\n  # d\n',
    '',
    'a\n ',
    '2sin(x) + 01234 + 1e\n',
    ') ] $ ? `\n',
    'x = 1 + \\\r\n1\r\n',
    'async def g():\n    await x\n    async for i in y: pass\n',
    'f"{x:{w}}" f"{x:}" f"{x:a{b}c}" f"{d[1:2]:>3}" f"{{}}"\n',
    'match x:\n    case [1, *r] if r: pass\n    case _: pass\n',
    '@dec\nclass C[T](Base, metaclass=M):\n    x: int = 5; y := 3\n',
    'a @= b; a //= 2; a ->b; ...\n',
    '"""doc\nstring"""\n',
]

for src in SOURCES:
    print('---', repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok, token.tok_name[tok.exact_type])
    except (tokenize.TokenError, SyntaxError) as e:
        print(type(e).__name__, e.args)

ERRORS = ['"abc\n', '(1,\n', '"""abc\n', 'x = 1 +\n', '  x\n y\n', '0x\n', '1_\n', 'x\\\n',
          '\tif x:\n        y\n', 'if x:\n  y\n    z\n', '0b12\n', '(\n\n', "'\\N{x"]
for src in ERRORS:
    print('---', repr(src))
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
        print(len(toks), toks[-1])
    except tokenize.TokenError as e:
        print('TokenError', e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

for raw in [b'x = 1\n', b'\xef\xbb\xbfx = "\xc3\xa9"\n', b'# -*- coding: latin-1 -*-\nx = "\xe9"\n',
            b'#!/usr/bin/env python\n# coding=utf-8\nx\n', b'\n\n# coding: ascii\n',
            b'# coding: bogus\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe\n', b'',
            b'\xef\xbb\xbf', b'# vim: set fileencoding=iso-8859-15 :\n']:
    print('---', raw)
    try:
        print(tokenize.detect_encoding(io.BytesIO(raw).readline))
    except SyntaxError as e:
        print('SyntaxError', e)
    try:
        toks = list(tokenize.tokenize(io.BytesIO(raw).readline))
        print(toks[0], [t.string for t in toks[1:]])
        print(tokenize.untokenize(toks))
    except (SyntaxError, tokenize.TokenError, UnicodeDecodeError) as e:
        print(type(e).__name__)

for src in SOURCES[:9] + SOURCES[14:]:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    full = tokenize.untokenize(toks)
    pairs = tokenize.untokenize([t[:2] for t in toks])
    again = [t[:2] for t in tokenize.generate_tokens(io.StringIO(pairs).readline)]
    print(full == src, repr(pairs), again == [t[:2] for t in toks])

print(tokenize.TokenInfo(token.OP, '+=', (1, 0), (1, 2), 'a += 1').exact_type == token.PLUSEQUAL)
print(repr(tokenize.TokenInfo(1, 'x', (1, 0), (1, 1), 'x')))
print(tokenize._get_normal_name('UTF_8-unix'), tokenize._get_normal_name('Latin-1-x'), tokenize._get_normal_name('cp1252'))
print(sorted(tokenize.single_quoted)[:6], len(tokenize.triple_quoted), len(tokenize.endpats))
print(tokenize.tabsize, tokenize.Number[:30], sorted(tokenize._all_string_prefixes())[:8])
print(sorted(set(tokenize.__all__) - set(token.__all__)))
for extra in (True, False):
    print(list(_tokenize.TokenizerIter(io.StringIO('if x:\n  y = 1\n').readline, extra_tokens=extra)))
print(list(_tokenize.TokenizerIter(io.BytesIO('x = "é"\n'.encode('latin-1')).readline, extra_tokens=True, encoding='latin-1')))
for bad in [5, lambda: 5, lambda: b'x', iter([]).__next__]:
    try:
        print(list(_tokenize.TokenizerIter(bad, extra_tokens=True)))
    except TypeError as e:
        print('TypeError', e)
