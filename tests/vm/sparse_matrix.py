class Sparse:
    def __init__(self, rows, cols, data=None):
        self.rows, self.cols = rows, cols
        self.data = {k: v for k, v in (data or {}).items() if v}
    def __getitem__(self, rc):
        return self.data.get(rc, 0)
    def __setitem__(self, rc, v):
        if v:
            self.data[rc] = v
        else:
            self.data.pop(rc, None)
    def __add__(self, o):
        out = Sparse(self.rows, self.cols, dict(self.data))
        for k, v in o.data.items():
            out[k] = out[k] + v
        return out
    def __matmul__(self, o):
        out = Sparse(self.rows, o.cols)
        by_row = {}
        for (i, k), v in o.data.items():
            by_row.setdefault(i, []).append((k, v))
        for (i, j), v in self.data.items():
            for k, w in by_row.get(j, []):
                out[i, k] = out[i, k] + v * w
        return out
    def dense(self):
        return [[self[i, j] for j in range(self.cols)] for i in range(self.rows)]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f'Sparse({self.rows}x{self.cols}, nnz={len(self)})'
a = Sparse(3, 3, {(0, 0): 1, (1, 2): 2, (2, 1): 3})
b = Sparse(3, 3, {(0, 0): 4, (2, 2): 5, (1, 1): -1})
print(a, b, (a + b).dense(), (a @ b).dense(), len(a @ b))
a[0, 0] = 0
print(a.dense(), len(a), a[5, 5])
ident = Sparse(4, 4, {(i, i): 1 for i in range(4)})
m = Sparse(4, 4, {(i, (i * 3) % 4): i + 1 for i in range(4)})
print((ident @ m).dense() == m.dense(), (m @ m).dense())
