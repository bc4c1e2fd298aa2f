for n in [0, 7, -7, 10**18, -10**18, 2**63, 2**64 - 1, 10**50, -(10**50) + 1]:
    s = str(n)
    print(s, len(s), int(s) == n, repr(n) == s, f'{n:,}', f'{n:_}', format(n, 'x'), int(format(n, 'x'), 16) == n)
for s in ['  42  ', '+7', '-0', '0009', '1_000', '١٢', '٣', '12abc', '1 2', '', '0x1A']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for b, s in [(2, '1010'), (8, '777'), (16, 'ff'), (36, 'zz'), (0, '0o17'), (0, '0B11'), (16, '0xFF'), (3, '12'), (2, '2')]:
    try:
        print(b, s, int(s, b))
    except ValueError as e:
        print(b, s, 'ValueError', e)
print(int(3.99), int(-3.99), int(1e20), int(True), int('  -12  '), int(b'42'), int(bytearray(b'17')))
print(str(2**100)[:10], len(str(3**500)), str(-10**20), int('9' * 50) + 1 == 10**50)
