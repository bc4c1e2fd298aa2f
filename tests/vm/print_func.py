import sys, io
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep='--', end='!\n')
print(1, 2.5, None, True, [1, 'x'], {'k': (1,)}, end='')
print()
print(*range(5), sep=', ')
print('no newline', end='')
print(' then newline')
print('to stderr', file=sys.stderr)
buf = io.StringIO()
print('into buffer', 42, file=buf, sep=':')
print(repr(buf.getvalue()))
print('flushed', flush=True)
print(sep=None, end=None)
print('x', sep=None, end=None)
for bad in [dict(sep=1), dict(end=[]), dict(file=5), dict(bogus=1)]:
    try:
        print('y', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return 'custom str'
    def __repr__(self):
        return 'custom repr'
print(S(), [S()], str(S()), repr(S()), f'{S()}', f'{S()!r}', '%s %r' % (S(), S()))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('a', 'b', file=w)
print(w.parts)
print('unicode: é ü 中文 🐍')
print(b'bytes', bytearray(b'ba'), 1e100, -0.0, 1/3, 2**100, 3+4j)
sys.stdout.write('via write\n')
print(sys.stdout.write('x') if False else 'written')
