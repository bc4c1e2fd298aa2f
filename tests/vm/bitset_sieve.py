class BitSet:
    def __init__(self, n):
        self.n, self.bits = n, 0
    def add(self, i):
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __contains__(self, i):
        return self.bits >> i & 1 == 1
    def __len__(self):
        return bin(self.bits).count('1')
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __or__(self, o):
        r = BitSet(max(self.n, o.n)); r.bits = self.bits | o.bits; return r
    def __and__(self, o):
        r = BitSet(max(self.n, o.n)); r.bits = self.bits & o.bits; return r
composite = BitSet(200)
for i in range(2, 15):
    for j in range(i * i, 200, i):
        composite.add(j)
primes = [i for i in range(2, 200) if i not in composite]
print(len(primes), primes[-5:], len(composite))
a, b = BitSet(64), BitSet(64)
for i in range(0, 64, 3): a.add(i)
for i in range(0, 64, 4): b.add(i)
print(list(a & b), len(a | b), 12 in a, 13 in a)
a.discard(12)
print(12 in a, len(a), a.bits.bit_length(), hex(b.bits))
