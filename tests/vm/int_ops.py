vals = [0, 1, -1, 7, -7, 2**63, -(2**63), 2**64 + 3, -(10**30) - 7, 123456789012345678901234567890]
divs = [1, -1, 3, -3, 7, 2**64, -(10**20)]
for a in vals:
    for b in divs:
        print(a // b, a % b, divmod(a, b) == (a // b, a % b), end=" | ")
    print()
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(2, -2), pow(10, 30, 10**9 + 7), pow(-2, 63), pow(0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print(1 << 100, (1 << 100) >> 99, -1 << 65, -(2**70) >> 3, 2**64 & (2**64 + 5), -(2**70) | 3, (2**70) ^ -1, ~(2**70))
print(int("ff", 16), int("0x1F", 0), int("0o17", 0), int("0b101", 0), int(" 42 "), int("-1_000"), int("z", 36), int(b"12"), int(3.99), int(-3.99), int("٣"))
for bad in ["", "1.5", "0x", "1__0", "_1", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int("5", base=10.0)
except TypeError as e:
    print(e)
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (1024).to_bytes(4), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2]))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length(), (7).bit_count(), (-7).bit_count(), (10).as_integer_ratio(), (5).is_integer())
print(bin(-10), oct(-8), hex(-255), bin(2**70), hex(2**64), format(2**70, "x"), format(-42, "#b"))
print(abs(-2**70), -(-2**63), +5, 10**20 // 10**10, 10**20 / 10**10, 2**1000 / 2**999, 7 / 2, -7 / 2)
try:
    2**10000 / 1.5
except OverflowError as e:
    print(e)
print(float(2**1023) , 2**1024 > 1e308, 2**53 + 1 == float(2**53 + 1), 10**400 > float("inf"), -10**400 < float("-inf"))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(15, -1), round(25, -1))
print(int.__name__, (5).__class__, isinstance(True, int), True.real, (3).conjugate(), (3).numerator, (3).denominator)
print(sum(range(10**6)), sum([2**64] * 3), max(2**64, 2**63), min(-2**64, 5))
x = 10**50
s = str(x)
print(len(s), int(s) == x, repr(-x)[:5])
import sys
print(sys.int_info.bits_per_digit if hasattr(sys, "int_info") else 30, sys.maxsize)
try:
    int("1" * 5000)
except ValueError as e:
    print(str(e)[:60])
try:
    str(10 ** 5000)
except ValueError as e:
    print(str(e)[:60])
print(int("1" * 4300) % 97)
print(True + 1, True * 3, -True, ~True, True & False, True | 2, True ^ True, True << 2, bool(-1), int(True))
print(5 == 5.0, 2**53 == 2**53 + 0.0, 2**60 < 2.0**60 + 1, 1 < 1.5, -1 > -1.5, 10**20 == 1e20, 10**23 == 1e23)
