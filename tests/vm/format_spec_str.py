for s in ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.3', '_<5', 'x>4']:
    print(repr(format('hello', s)), repr(format('hé', s)))
for bad in ['d', '+', '=5', ',', '#']:
    try:
        format('x', bad)
    except ValueError as e:
        print(e)
print('{} {} {}'.format(1, 'a', [2]), '{0}{1}{0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2), '{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'), '{:{}}'.format('w', 4) + '|', '{!r} {!s} {!a}'.format('q', 'q', 'é'))
class P:
    x = 10
    def __format__(self, spec):
        return f'P({spec})'
print('{.x}'.format(P()), '{:custom}'.format(P()), format(P(), 'abc'), f'{P():zz}', '{0.__class__.__name__}'.format(1))
print('{{}} {{{}}}'.format(5), '{:%}'.format(0.25), '{:,}'.format(10**7), '{:_}'.format(2**20), '{:08.3f}'.format(-3.14159))
for bad in ['{', '}', '{0!x}', '{:abc}', '{0', '{a.}', '{[}']:
    try:
        bad.format(1)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError', e)
print('{0:{1}.{2}f}'.format(3.14159, 8, 2), '{:*^{w}}'.format('mid', w=9), 'x'.format(), '{}'.format(None))
print('{:>{}}'.format('a', 3), '{:d}'.format(True), '{!r:>8}'.format('s'), '{0!s:^7}'.format(1.5))
print(format('abc', ''), str.format('{}-{}', 'a', 'b'), '{0}'.format(*['first']), '{k}'.format(**{'k': 'kw'}))
print('{:c}'.format(97), '{:x}'.format(255), '{:o}'.format(8), '{:b}'.format(5), '{:e}'.format(12345.678), '{:.3g}'.format(0.0001234))
print('%-5s|%5s|' % ('ab', 'cd'), 'Ab'.format_map({}), '{x}'.format_map({'x': 'mapped'}))
class Dflt(dict):
    def __missing__(self, k):
        return '?' + k
print('{a} {b}'.format_map(Dflt(a=1)))
