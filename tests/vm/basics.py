print("hello", 1 + 2, 2.5 * 2, [1, 2, 3], (1,), {"a": 1}, {3, 1, 2})
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
print(A(3), B(1, 2).y, [A(i) for i in range(3)])
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(10)))
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
d = {}
for w in "the quick the lazy the end".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items(), key=lambda kv: -kv[1]))
print("%d %s %.2f" % (3, "x", 1.5), "{:>5}|{:<4}|".format("a", 7))
print(2**100, -7 // 2, -7 % 2, 10 / 4)
