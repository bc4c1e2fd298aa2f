s = 'a,b,,c'
print(s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(',', 0), s.split(',', -1))
print('  a b\tc\nd  '.split(), '  a b  '.split(None, 1), '  a b  c '.rsplit(None, 1), ''.split(), ''.split(','), 'abc'.split('abc'))
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
print('a\nb\n'.splitlines(True), 'a\r\n'.splitlines(keepends=True), ''.splitlines(), '\n'.splitlines())
print('-'.join(['a', 'b']), ''.join([]), ', '.join('xyz'), '|'.join(str(i) for i in range(3)))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print(e)
print('a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), 'abc'.partition('x'), 'abc'.rpartition('x'))
try:
    'abc'.partition('')
except ValueError as e:
    print(e)
try:
    'abc'.split('')
except ValueError as e:
    print(e)
print('a  b'.split(' '), 'x'.split('x'), 'xxx'.split('x', 1), 'aXbXc'.rsplit('X', maxsplit=1), 'abc'.split(sep='b'))
print('hello world'.split('o'), '1,2;3'.replace(';', ',').split(','))
print(' \u3000x\u3000 '.split(), '\u00a0a\u00a0'.strip(), 'x\u200by'.split())
