def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100, len(str(f100)), sum(int(d) for d in str(f100)), str(f100).count('0'))
print(2 ** 256, (2 ** 256).bit_length(), hex(2 ** 128 - 1), (3 ** 200) % (10 ** 20))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(f100) ** 2 <= f100 < (isqrt(f100) + 1) ** 2)
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return ''.join(map(str, out))
print(pi_digits(60))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(a % 10**15, len(str(a)))
print(pow(2, 10**5, 10**9 + 7), pow(3, -1, 10**9 + 7), (10**50 + 1) // 7, (10**50 + 1) % 7, divmod(-10**30, 7))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2**100, 6**50), gcd(fact(30), fact(20) + 1), (2**100) // gcd(2**100, 6**50))
n = 12345678901234567890123456789
print(n * n, n << 64, n >> 30, n & (2**64 - 1), n | 1, n ^ n, -n // 1000, -n % 1000, int(str(n)[::-1]))
print(float(n), int(float(n)) == n, n / 3, round(n, -20), abs(-n), hash(n) == hash(n), n.to_bytes(13, 'big').hex())
