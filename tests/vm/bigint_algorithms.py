def karatsuba(x, y):
    if x < 10**8 or y < 10**8:
        return x * y
    n = max(len(str(x)), len(str(y))) // 2
    p = 10 ** n
    a, b = divmod(x, p)
    c, d = divmod(y, p)
    ac, bd = karatsuba(a, c), karatsuba(b, d)
    mid = karatsuba(a + b, c + d) - ac - bd
    return ac * p * p + mid * p + bd
x, y = 3**200, 7**150
print(karatsuba(x, y) == x * y, len(str(x * y)))
def modinv(a, m):
    g, x0, x1 = m, 0, 1
    b = a
    while b:
        q = g // b
        g, b = b, g - q * b
        x0, x1 = x1, x0 - q * x1
    if g != 1:
        raise ValueError('not invertible')
    return x0 % m
print(modinv(3, 11), modinv(10**20 + 1, 10**30 + 7) * (10**20 + 1) % (10**30 + 7), pow(10**20 + 1, -1, 10**30 + 7) == modinv(10**20 + 1, 10**30 + 7))
def crt(rems, mods):
    x, m = 0, 1
    for r, n in zip(rems, mods):
        x += m * ((r - x) * modinv(m, n) % n)
        m *= n
    return x % m, m
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
p, q = 2**61 - 1, 2**89 - 1
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
msg = int.from_bytes(b'hello kaa', 'big')
c = pow(msg, e, n)
print(pow(c, d, n) == msg, pow(c, d, n).to_bytes(9, 'big'), n.bit_length())
def digits_of_e(k):
    total, term, i = 0, 10**(k + 5), 0
    while term:
        total += term
        i += 1
        term //= i
    return str(total)[:k]
print(digits_of_e(50))
print(sum(int(d) for d in str(2**5000)), str(3**1000)[-10:], (10**100 + 1) % 97, bin(2**100 + 1).count('1'))
