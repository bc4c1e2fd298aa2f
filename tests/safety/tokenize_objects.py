# _tokenize.TokenizerIter and tokenize with hostile input: readline callables
# that return the wrong types, raise or never end a line; random and truncated
# source of every kind (f-strings, brackets, continuations, bad encodings);
# detect_encoding and untokenize on garbage. Any exception may come but
# SystemError (a Go panic in Kaa). Run by safety_test.go.
import _tokenize, io, random, tokenize

bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            for _ in range(100000):
                next(r)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, repr(a)[:80], k, e)
    except BaseException:
        pass


def lines(*items):
    it = iter(items)
    return lambda: next(it)


for rl in [5, None, lambda: 5, lambda: None, lambda: b'x\n', lambda: [], lambda: 1 / 0,
           lines('x', 5), lines(b'x\n', 'y\n'), lines('\udcff\n'), lines('\x00\n')]:
    for extra in (True, False, 0, 'x'):
        call('TokenizerIter', _tokenize.TokenizerIter, rl, extra_tokens=extra)
        call('TokenizerIter enc', _tokenize.TokenizerIter, rl, extra_tokens=extra, encoding='utf-8')
        call('TokenizerIter bad enc', _tokenize.TokenizerIter, rl, extra_tokens=extra, encoding='bogus')
        call('TokenizerIter enc type', _tokenize.TokenizerIter, rl, extra_tokens=extra, encoding=5)
    call('TokenizerIter noextra', _tokenize.TokenizerIter, rl)
    call('TokenizerIter pos', _tokenize.TokenizerIter, rl, True)
    call('generate_tokens', tokenize.generate_tokens, rl)
    call('tokenize', tokenize.tokenize, rl)
    call('detect_encoding', tokenize.detect_encoding, rl)
call('TokenizerIter', _tokenize.TokenizerIter)

pieces = ['x', ' ', '\t', '\n', '\r\n', '\r', '\\', '\\\n', '(', ')', '[', ']', '{', '}', '"', "'", '"""',
          "'''", 'f"', "f'", 'rf"', 'b"', '#', ':', '=', '!r', '0x', '1e', '1_0', '0b2', '.', '...', '$',
          '?', '\x00', '\x0c', 'é', '€', '\u2028', 'if', 'async', 'await', '  ', '        ', ':=', '->']
rng = random.Random(7)
sources = [''.join(rng.choice(pieces) for _ in range(rng.randrange(1, 30))) for _ in range(1500)]
sources += ['f"{' * 150, '(' * 250, '[' * 300 + ']' * 300, ' ' * 500 + 'x', 'if 1:\n' + ''.join(' ' * i + 'if 1:\n' for i in range(1, 120))]
for src in sources:
    for extra in (True, False):
        call('iter', _tokenize.TokenizerIter, io.StringIO(src).readline, extra_tokens=extra)
    call('generate_tokens', tokenize.generate_tokens, io.StringIO(src).readline)
    raw = src.encode('utf-8', 'surrogatepass')
    call('tokenize', tokenize.tokenize, io.BytesIO(raw).readline)
    call('detect_encoding', tokenize.detect_encoding, io.BytesIO(raw).readline)
for raw in [b'\xef\xbb\xbf', b'# coding: utf-16\n', b'# coding: latin-1\n\xff\n', b'\xff\n\xff\n',
            b'# coding: \xff\n', b'#!x\n# coding: utf-8\n\xff', b'\xef\xbb\xbf# coding: latin-1\n']:
    call('tokenize', tokenize.tokenize, io.BytesIO(raw).readline)
    call('detect_encoding', tokenize.detect_encoding, io.BytesIO(raw).readline)
for toks in [[], [(1, 'x')], [(1, 'x', (5, 0), (1, 0), '')], [(99, 'x', (1, 0), (1, 1), '')], [(5, 'x')],
             [(6, '')], [(1, 2, 3, 4, 5)], [None], [(62,)], [(60, '{', (1, 0), (1, 1), '')]]:
    call('untokenize', tokenize.untokenize, toks)
print('calls', count > 0, 'system errors', bad)
