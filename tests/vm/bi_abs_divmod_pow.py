class A:
    def __abs__(self): return 'abs called'
print(abs(-5), abs(5), abs(-2**100), abs(-1.5), abs(float('-inf')), abs(-0.0), abs(3 - 4j), abs(True), abs(A()))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (2**65, 7), (0, 5), (5, 2.5), (True, 2)]:
    print(a, b, divmod(a, b), a // b, a % b)
for args in [(2, 10), (2, -2), (-2, 3), (2.0, 3), (2, 0.5), (10, 2, 7), (3, -1, 11), (2**100, 2, 10**9 + 7), (-1, 0.5), (0, 0)]:
    try:
        print(args, pow(*args))
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5), 2 ** 0.5 == pow(2, 0.5))
