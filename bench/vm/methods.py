# Method calls and attribute access on instances.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def norm1(self):
        return abs(self.x) + abs(self.y)
class Counter:
    def __init__(self):
        self.count = 0
    def inc(self, k):
        self.count += k
        return self
def run(n):
    p = Point(0, 0)
    d = Point(1, -2)
    c = Counter()
    for i in range(n):
        p = p.add(d)
        c.inc(p.norm1() & 7)
    return p.x, p.y, c.count
print(run(700_000))
