class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f), sum(f), max(f), 55 in f, 56 in f)
it = iter(f)
print(next(it), next(it), next(it), list(it))
class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            yield from self.items
print(list(Cycle('ab', 3)), len(list(Cycle([], 5))))
class Peekable:
    _sentinel = object()
    def __init__(self, it):
        self._it = iter(it)
        self._peeked = self._sentinel
    def peek(self, default=None):
        if self._peeked is self._sentinel:
            self._peeked = next(self._it, self._sentinel)
        return default if self._peeked is self._sentinel else self._peeked
    def __iter__(self):
        return self
    def __next__(self):
        if self._peeked is not self._sentinel:
            v, self._peeked = self._peeked, self._sentinel
            return v
        return next(self._it)
p = Peekable(range(4))
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek('done'))
class Chunked:
    def __init__(self, seq, n):
        self.seq, self.n = seq, n
    def __iter__(self):
        for i in range(0, len(self.seq), self.n):
            yield self.seq[i:i + self.n]
    def __len__(self):
        return -(-len(self.seq) // self.n)
c = Chunked('abcdefg', 3)
print(list(c), len(c), [len(x) for x in c])
