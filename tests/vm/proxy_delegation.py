class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, '_log', [])
    def __getattr__(self, name):
        self._log.append(('get', name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(('set', name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(('del', name))
        delattr(self._target, name)
    def __len__(self):
        return len(self._target)
    def __getitem__(self, k):
        return self._target[k]
    def __iter__(self):
        return iter(self._target)
class Target:
    def __init__(self):
        self.items = [1, 2, 3]
    def total(self):
        return sum(self.items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
t = Target()
p = Proxy(t)
print(p.total(), p.items, len(p), p[1], list(p) if hasattr(Target, '__iter__') else list(iter(p._target)))
p.extra = 'x'
print(t.extra, p.extra)
del p.extra
print(hasattr(t, 'extra'), p._log)
class ReadOnly:
    __slots__ = ('_data',)
    def __init__(self, data):
        object.__setattr__(self, '_data', dict(data))
    def __getattr__(self, k):
        try:
            return self._data[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        raise AttributeError(f'read-only: {k}')
r = ReadOnly({'a': 1})
print(r.a, getattr(r, 'b', 'none'))
try:
    r.a = 2
except AttributeError as e:
    print(e)
