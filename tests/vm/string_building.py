parts = []
for i in range(10):
    parts.append(str(i) * (i % 3 + 1))
s = ''.join(parts)
print(s, len(s))
acc = ''
for ch in 'abcdef':
    acc += ch.upper() + ch
print(acc, acc.lower().count('a'))
lines = [f'{n:>3}: {"*" * n}' for n in range(1, 6)]
print('\n'.join(lines))
table = [('Name', 'Qty', 'Price'), ('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(' | '.join(str(c).ljust(w) if isinstance(c, str) else str(c).rjust(w) for c, w in zip(row, widths)))
print('-'.join(str(x) for x in range(5)), ''.join(reversed('stressed')), 'abc' * 0, ' '.join(['x'] * 3))
words = 'The Quick Brown Fox'.split()
print(' '.join(w[::-1] for w in words), '_'.join(w.lower() for w in words), ''.join(w[0] for w in words))
csv = 'name,age\nann,30\nbob,25\n'
rows = [line.split(',') for line in csv.strip().split('\n')]
print(rows, [dict(zip(rows[0], r)) for r in rows[1:]])
template = 'Dear {name}, you owe {amount:.2f}.'
print(template.format(name='Ann', amount=12.5), template.format_map({'name': 'Bob', 'amount': 3}))
print('%s has %d items totalling %.2f' % ('cart', 3, 9.99), 'x=%(x)s y=%(y)r' % {'x': 1, 'y': 'why'})
s = 'a' * 5 + 'b' * 3
print(s, s.replace('a', '', 3), s.rstrip('b'), s.partition('ab'), s.center(12, '.'))
print(str(12345)[::-1], int(str(2**40)[::-1]), hex(255)[2:].zfill(4), format(7, '08b'), '{:,}'.format(1234567), f'{0.125:.1%}')
