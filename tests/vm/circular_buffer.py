class Ring:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.start = self.size = 0
    def push(self, x):
        end = (self.start + self.size) % len(self.buf)
        self.buf[end] = x
        if self.size == len(self.buf):
            self.start = (self.start + 1) % len(self.buf)
        else:
            self.size += 1
    def pop(self):
        if not self.size:
            raise IndexError('pop from empty ring')
        x = self.buf[self.start]
        self.start = (self.start + 1) % len(self.buf)
        self.size -= 1
        return x
    def __iter__(self):
        for i in range(self.size):
            yield self.buf[(self.start + i) % len(self.buf)]
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if not -self.size <= i < self.size:
            raise IndexError('ring index out of range')
        return self.buf[(self.start + i % self.size) % len(self.buf)]
r = Ring(4)
for i in range(7):
    r.push(i)
print(list(r), len(r), r[0], r[-1], r.pop(), list(r))
try:
    r[10]
except IndexError as e:
    print(e)
while len(r):
    r.pop()
try:
    r.pop()
except IndexError as e:
    print(e)
window = Ring(3)
avgs = []
for x in [10, 20, 30, 40, 50, 60]:
    window.push(x)
    avgs.append(sum(window) / len(window))
print(avgs)
