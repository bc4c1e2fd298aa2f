xs = [(i * 7919) % 1009 for i in range(3000)]
ys = sorted(xs)
print(ys[:10], ys[-5:], all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)))
pairs = [(x % 10, i) for i, x in enumerate(xs)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(r[:3], all(r[i][1] < r[i + 1][1] for i in range(len(r) - 1) if r[i][0] == r[i + 1][0]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=str.upper, reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0]), sorted([[2, 1], [1, 2], [1]]), sorted("banana"))
l = [5, 3, 1]
l.sort()
print(l, l.sort(reverse=True), l)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(1), K(5)], key=lambda k: k.v), min(K(4), K(2)))
big = list(range(1000, 0, -1))
big.sort(key=lambda v: v % 7)
print(big[:8], big[-3:])
try:
    [3, 1].sort(key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print("key raised", e)
print(sorted([], reverse=True), sorted((1,)), sorted({3: 1, 1: 2}), sorted({"b", "a"}))
