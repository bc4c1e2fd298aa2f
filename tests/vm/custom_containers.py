class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.cells[r][c]
        return self.cells[key]
    def __setitem__(self, key, v):
        r, c = key
        self.cells[r][c] = v
    def __delitem__(self, key):
        r, c = key
        self.cells[r][c] = None
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for row in self.cells:
            yield from row
    def __contains__(self, v):
        return any(v in row for row in self.cells)
    def __repr__(self):
        return '\n'.join(' '.join(str(x) for x in row) for row in self.cells)
g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
del g[0, 0]
print(g, len(g), g[1], g[0, 1], 7 in g, 9 in g, list(g), sum(x for x in g if x))
class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    dd[word[0]].append(word)
print(dict(dd), len(dd), isinstance(dd, dict))
class OrderedSet:
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)
    def add(self, x):
        self._d[x] = None
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __contains__(self, x):
        return x in self._d
    def __or__(self, other):
        return OrderedSet([*self, *other])
    def __repr__(self):
        return f'OrderedSet({list(self)})'
s = OrderedSet('hello world')
s.add('!')
print(s, len(s), 'w' in s, s | 'xyz')
class ReadOnlyList:
    def __init__(self, data):
        self._data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ReadOnlyList(self._data[i])
        return self._data[i]
    def __len__(self):
        return len(self._data)
    def __repr__(self):
        return f'ROL{self._data}'
r = ReadOnlyList(range(10))
print(r[2], r[-1], r[2:5], r[::3], list(r), len(r), 3 in r, list(reversed(r)), sorted(r, reverse=True)[:2])
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    del r[0]
except TypeError as e:
    print(e)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
st = Stack([1, 2])
st.push(3)
print(st, st.peek(), st.pop(), len(st), type(st + [9]).__name__, isinstance(st, list), st == [1, 2])
class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
print(Counter('mississippi').most_common(3), Counter([]))
