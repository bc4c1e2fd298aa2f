vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e17, 1.5e-7, 123456789012345678.0, 5e-324, 1.7976931348623157e308, -0.0, 0.0, 100.0, 1e22, 1e21, 9.999999999999999e22, 3.14, 2.675]
for v in vals:
    print(repr(v), str(v), v.hex(), v.as_integer_ratio() if v == v and abs(v) != float('inf') else None)
for v, n in [(2.675, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (0.125, 2), (0.375, 2), (1.005, 2), (123.456, -1), (123.456, -2), (1e300, -300), (5e-324, 323), (0.5, None), (1.5, None), (-0.5, None)]:
    r = round(v, n) if n is not None else round(v)
    print(v, n, repr(r), type(r).__name__)
print(round(1.23456789, 5), round(float('inf'), 2), round(float('nan'), 1), round(-0.0, 1), round(15.0, -1), round(25.0, -1))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('0x1.fffffffffffffp+1023'), float.fromhex('inf'), float.fromhex('  0x10  '))
try:
    float.fromhex('0x1p99999')
except OverflowError as e:
    print(e)
try:
    float.fromhex('zz')
except ValueError as e:
    print(e)
print((0.5).is_integer(), (2.0).is_integer(), float('1e500'), float('-inf'), float(' 1_0.5 '), float('nan') != float('nan'))
for s in ['1.', '.5', '1e5', '1E-5', '  -3.25 ', 'infinity', '-Infinity', 'nan', '+nan', '1_0', '0x10', '1e', '', '1..2', 'in f']:
    try:
        print(s, repr(float(s)))
    except ValueError as e:
        print(e)
print(int(2.9), int(-2.9), float(2**53 + 1), float(10**20), 1e308 * 10, -1e308 * 10, (2**1023) * 2.0 if False else 'skip')
try:
    float(10**400)
except OverflowError as e:
    print(e)
print(math_trunc := __import__('math').trunc(-3.7), 7.0 // 2, 7.0 % -2, -7.0 // 2, divmod(7.5, 2), 2.0 ** 0.5, (-8.0) ** 2, 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    (-8.0) ** 0.5
except ValueError as e:
    print(e)
print(type((-8) ** 0.5).__name__, (-8) ** 1.0)
