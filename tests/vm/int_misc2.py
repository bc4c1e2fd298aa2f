print(int('-0'), -0, 0 == -0, (-0).__repr__(), int.__name__, int.__mro__, type(1).__base__)
print(10 ** 18 + 1, 2 ** 63, -2 ** 63, (2 ** 63) - 1 + 1, 9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(3037000500 * 3037000500, 4611686018427387904 * 2, -4611686018427387904 * 2, -(-9223372036854775808), abs(-9223372036854775808))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 // 5, 0 % -5)
print(2 ** 62 + 2 ** 62, (1 << 63) - 1, 1 << 63, (1 << 64) >> 1, -1 << 63, ~(1 << 63), (2 ** 64) % 2 ** 32, (-2 ** 64) % 1000)
print(int.from_bytes(b'\xff' * 9, 'big') + 1, (10 ** 30).bit_length(), (-10 ** 30).bit_count(), (10 ** 30) & (10 ** 29), (10 ** 30) | 1, (10 ** 30) ^ (10 ** 30 + 1))
print(True + True, True * 10, True / 2, True // 2, -True, True << 3, 5 + False, max(True, 2), sum([True, True, False]), int(True), 1 == True, hash(True) == 1)
print(round(5, 2), round(55, -1), round(65, -1), round(-55, -1), round(10**20 + 5, -1), round(123, -5), round(1234567, -3))
x = 5
x += 2 ** 64
x -= 2 ** 64
print(x, type(x).__name__, x == 5, hash(x) == hash(5))
print(int('123456789' * 5) * int('987654321' * 5), -int('9' * 40) // 7, int('9' * 40) % -7)
print(divmod(2 ** 100, 3 ** 40), divmod(-(2 ** 100), 3 ** 40), pow(2 ** 100, 3, 10 ** 9), pow(-3, 2 ** 65, 1000), pow(7, -1, 2 ** 100 + 1) * 7 % (2 ** 100 + 1))
print(float(2 ** 1023) * 2 if False else 'skip', 2 ** 1023 / 2 ** 1022, (2 ** 1024) // (2 ** 1023), 10 ** 400 // 10 ** 399, int(1e300) == 10 ** 300)
print((123).__format__('x'), (255).__format__('#b'), int.__add__(2, 3), int.__radd__(2, 3), (5).__neg__(), (7).__floordiv__(2), (7).__rfloordiv__(2), int.__eq__(1, 1.0))
print(int.__new__(int, 5), int.__new__(bool, 1) if False else 'skip', isinstance(int('7'), int), (12).__sizeof__() > 0, (3).real, (3).imag, (3).numerator, (3).denominator)
