for f in [0.1, 1/3, 1e16, 1e-5, 123456789.123, 1e22, 1.0, -0.0, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e15, 0.00001234, 3.14159265358979]:
    print(repr(f), str(f), f"{f}", float(repr(f)) == f)
print(float("1e500"), float("-inf"), float("nan"), float(" 2.5 "), float("1_000.5"), float("infinity"), float("-NaN"), float(".5"), float("5."))
for bad in ["", "abc", "1e", "1_", "--1", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e20, -5), round(123.456, -1), round(5e-324, 400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), (5e-324).hex())
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print(e)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 % -2, divmod(7.5, 2), divmod(-7.5, 2), 0.0 % 5, -0.0 % 5, 5 % float("inf"), -5 % float("inf"))
print(2.0 ** 0.5, (-8.0) ** (1/3) if False else 0, 2 ** -1.0, 0.0 ** 0, float("inf") ** 0, 10.0 ** 308, (-1.0) ** 2)
try:
    10.0 ** 309
except OverflowError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(e)
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf") < -1e308, 0.0 == -0.0, 1e308 * 10, -1e308 * 10)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 1 / 3 * 3, 100 * 1.1, 3.3 - 1.1, 1e16 + 1, 2.0 ** 53 + 1)
print(int(1e20), int(-2.5), int(2.9999), float(10**20), float(-(10**25)), float(True))
print(abs(-0.0), -0.0, 0.0 * -1, max(0.0, -0.0), min(0.0, -0.0), sum([0.1] * 10), sum([1e100, 1, -1e100]))
print(float.__name__, isinstance(1.0, float), 1.0.real, 1.5.imag, (2.5).conjugate(), float.fromhex("0x10"), hash(2.5) == hash(2.5))
print(f"{1e-7} {1e-4} {1e-5} {123e18} {1.5e300*1.5e10}")
print(repr(1.0000000000000002), repr(0.30000000000000004), repr(9007199254740993.0), repr(4.35), repr(0.1 * 3))
print(sorted([3.5, -1.0, float("inf"), 0.0, -0.0, 2]), max([1, 2.5, 2]), min(1.0, 1))
print(1.5 < 2, 2 > 1.5, 1.0 == 1, 2**1000 > 1e300, 2**1000 < float("inf"), float(2**60) == 2**60, 1e16 == 10**16)
