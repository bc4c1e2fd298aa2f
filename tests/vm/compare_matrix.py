vals = [0, 1, -1, 2**64, 0.5, -0.0, float('inf'), float('nan'), True, 1j, 'a', 'b', '', b'a', (1,), (1, 2), [1], [], None, {1}, frozenset({1}), {}, range(1)]
fns = {'<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '==': lambda a, b: a == b, '!=': lambda a, b: a != b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b}
for name, f in fns.items():
    line = []
    for a in vals:
        s = ''
        for b in vals:
            try:
                s += 'T' if f(a, b) else 'f'
            except TypeError:
                s += '.'
        line.append(s)
    print(name)
    for l in line:
        print('  ', l)
print(2**53 == 2**53 + 0.0, 2**53 + 1 == float(2**53 + 1), 2**64 < float('inf'), -2**1000 < float('-inf'), 10**400 > 1e308, 0.1 + 0.2 > 0.3, 1 < 1.0000000000000002)
print((1, 2) < (1, 2.5), [1, "a"] == [1, "a"])
n = float('nan')
print((n,) == (n,), [n] == [n], n in [n], {n: 1}.get(n), n is n)
try:
    print(sorted([3, 1.5, True, 2**65, -0.5]))
except TypeError as e:
    print(e)
print(min([3, 1.5, True]), max(-1, -1.0), max(-1.0, -1), min(0, -0.0), min(-0.0, 0))
