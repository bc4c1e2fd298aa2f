class Rng:
    def __init__(self, seed):
        self.x = seed
    def next(self):
        self.x ^= (self.x << 13) & 0xFFFFFFFFFFFFFFFF
        self.x ^= self.x >> 7
        self.x ^= (self.x << 17) & 0xFFFFFFFFFFFFFFFF
        return self.x
    def random(self):
        return (self.next() >> 11) / 2**53
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)
rng = Rng(88172645463325252)
rolls = [rng.randint(1, 6) for _ in range(6000)]
counts = {f: rolls.count(f) for f in range(1, 7)}
expected = len(rolls) / 6
chi2 = sum((c - expected) ** 2 / expected for c in counts.values())
print(counts, round(chi2, 4), min(rolls), max(rolls))
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print(inside, round(4 * inside / 20000, 4))
walk, pos, maxd = [], 0, 0
for _ in range(1000):
    pos += 1 if rng.random() < 0.5 else -1
    maxd = max(maxd, abs(pos))
print(pos, maxd, [rng.next() % 100 for _ in range(5)])
