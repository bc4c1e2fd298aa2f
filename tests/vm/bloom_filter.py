class Bloom:
    def __init__(self, size, hashes):
        self.size, self.hashes, self.bits = size, hashes, 0
    def _positions(self, item):
        data = item.encode()
        h1 = 5381
        h2 = 0
        for b in data:
            h1 = (h1 * 33 + b) & 0xFFFFFFFF
            h2 = (h2 * 131 + b + 7) & 0xFFFFFFFF
        return [(h1 + i * h2) % self.size for i in range(self.hashes)]
    def add(self, item):
        for p in self._positions(item):
            self.bits |= 1 << p
    def __contains__(self, item):
        return all(self.bits >> p & 1 for p in self._positions(item))
    def fill_ratio(self):
        return bin(self.bits).count('1') / self.size
b = Bloom(512, 4)
members = [f'user{i}' for i in range(40)]
for m in members:
    b.add(m)
print(all(m in b for m in members), round(b.fill_ratio(), 4))
others = [f'guest{i}' for i in range(200)]
fp = sum(1 for o in others if o in b)
print(fp, b._positions('user1'), 'user1' in b, 'nobody' in b)
