vals = [7, -7, 0, 1, -1, 13, 2**65 + 3, -(2**65) - 3]
divs = [2, -2, 3, -3, 7, 2**33, -(2**33) + 1]
for a in vals:
    print(a, [(a // d, a % d, divmod(a, d)) for d in divs])
for a, b in [(7, 0), (2**70, 0)]:
    for op in ['//', '%', 'divmod']:
        try:
            eval(f'{op}({a}, {b})' if op == 'divmod' else f'{a} {op} {b}')
        except ZeroDivisionError as e:
            print(op, e)
print(7 / 2, -7 / 2, 2**70 / 2**68, 1 / 3, 10**30 / 10**10, (2**1000) / (2**999))
try:
    print((10**400) / 1)
except OverflowError as e:
    print(e)
print(10**400 // 10**398, (10**400) / (10**399))
print(-2**63 // -1, (-2**63) % -1, abs(-2**63), -(-2**63), (2**63 - 1) + 1, (-2**63) - 1, 2**62 * 4, -(2**63) * -1)
print(divmod(-2**63, -1), (-(2**63)) // 1, 3 * -(2**62), (2**32) * (2**31))
