def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(17)], all(popcount(n) == bin(n).count('1') == n.bit_count() for n in range(1000)))
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), '04b') for i in range(8)], all(popcount(gray(i) ^ gray(i + 1)) == 1 for i in range(100)))
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(x) for x in (1, 2, 0b1011, 255, 128)], hex(reverse_bits(0x12345678, 32)))
def subsets(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(subsets('abc'))
print(1 << 100 >> 99, (1 << 64) - 1 & 0xFF00, -1 & 0xFFFF, ~0 & 0xF, (-8) >> 1, -1 >> 63, 0b1010 | 0b0101, 0x0F ^ 0xFF)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, x.bit_length(), popcount(x), hex(x), x & -x, (x & -x).bit_length() - 1)
def is_pow2(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_pow2(n)], is_pow2(2**200), is_pow2(2**200 + 1))
def xor_swap(a, b):
    a ^= b; b ^= a; a ^= b
    return a, b
print(xor_swap(5, 9), xor_swap(-3, 2**70))
