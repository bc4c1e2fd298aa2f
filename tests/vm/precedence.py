print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, 1 + 2 << 3, 1 + (2 << 3))
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 | 8, ~1 + 1, -~5, not 1 == 2, (not 1) == 2, 1 < 2 == 2 > 1)
print(True + 1 * 2, 3 > 2 and 2 > 1 or 0, 0 or 1 and 2, not None or 5, 1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)())
print('a' + 'b' * 3, 'x' in 'xyz' == True, ('x' in 'xyz') == True, [1, 2] + [3] * 2, -3 % 5, -(3 % 5), 2 ** 2 ** -1)
x = 5
print(x > 3 and x < 10, 3 < x < 10, not 3 < x, x is not None, x not in [1, 2], 0 < x <= 5 != 6)
a = b = 3
a += b * 2
print(a, b, a == b or a > b, [i for i in range(10) if i % 2 if i % 3])
print(1e3 * 1e-3, 7 / 7 * 7, 2 ** 0.5 ** 2, 10 % 3 ** 2, -7 // 2 ** 1, (-7) // 2)
