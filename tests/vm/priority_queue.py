class Heap:
    def __init__(self, key=lambda x: x):
        self.a, self.key, self.count = [], key, 0
    def push(self, item):
        self.count += 1
        self.a.append((self.key(item), self.count, item))
        i = len(self.a) - 1
        while i and self.a[(i - 1) // 2] > self.a[i]:
            p = (i - 1) // 2
            self.a[i], self.a[p] = self.a[p], self.a[i]
            i = p
    def pop(self):
        if not self.a:
            raise IndexError('pop from empty heap')
        top = self.a[0]
        last = self.a.pop()
        if self.a:
            self.a[0] = last
            i, n = 0, len(self.a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and self.a[l] < self.a[m]: m = l
                if r < n and self.a[r] < self.a[m]: m = r
                if m == i: break
                self.a[i], self.a[m] = self.a[m], self.a[i]
                i = m
        return top[2]
    def __len__(self):
        return len(self.a)
h = Heap()
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
tasks = Heap(key=lambda t: (-t[1], t[0]))
for t in [('write', 2), ('test', 5), ('deploy', 5), ('lint', 1), ('review', 3)]:
    tasks.push(t)
print([tasks.pop()[0] for _ in range(len(tasks))])
try:
    Heap().pop()
except IndexError as e:
    print(e)
def kth_smallest(nums, k):
    h = Heap()
    for n in nums:
        h.push(n)
    for _ in range(k - 1):
        h.pop()
    return h.pop()
print(kth_smallest([7, 10, 4, 3, 20, 15], 3), kth_smallest(list(range(100, 0, -1)), 50))
def merge_sorted(*lists):
    h = Heap(key=lambda p: p[0])
    for idx, l in enumerate(lists):
        if l:
            h.push((l[0], idx, 0))
    out = []
    while len(h):
        v, li, pos = h.pop()
        out.append(v)
        if pos + 1 < len(lists[li]):
            h.push((lists[li][pos + 1], li, pos + 1))
    return out
print(merge_sorted([1, 4, 7], [2, 5, 8], [0, 3, 6, 9], []))
