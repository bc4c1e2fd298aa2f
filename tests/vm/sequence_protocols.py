class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __len__(self):
        return max(0, self.stop - self.start)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError('Range2 index out of range')
        return self.start + i
    def __contains__(self, x):
        return self.start <= x < self.stop
    def __reversed__(self):
        return (self.start + i for i in range(len(self) - 1, -1, -1))
    def __repr__(self):
        return f'Range2({self.start}, {self.stop})'
r = Range2(3, 9)
print(len(r), r[0], r[-1], r[1:4], r[::-2], 5 in r, 9 in r, list(r), list(reversed(r)), sum(r), sorted(r, reverse=True)[:2])
print(max(r), min(r), list(enumerate(r))[:2], dict(zip(r, 'abcdef')), any(x > 7 for x in r), r.__class__.__name__)
try:
    r[10]
except IndexError as e:
    print(e)
a, b, *rest = r
print(a, b, rest, [*r][2:4], tuple(r)[::3])
class Deque:
    def __init__(self, items=()):
        self._items = list(items)
    def appendleft(self, x): self._items.insert(0, x)
    def append(self, x): self._items.append(x)
    def popleft(self): return self._items.pop(0)
    def pop(self): return self._items.pop()
    def rotate(self, n):
        if self._items:
            n %= len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]
    def __iter__(self): return iter(self._items)
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __repr__(self): return f'Deque({self._items})'
d = Deque(range(5))
d.appendleft(-1); d.append(5); d.rotate(2)
print(d, d.popleft(), d.pop(), len(d), bool(Deque()), list(d))
