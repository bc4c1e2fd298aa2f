# Closures and generators.
def make_adder(k):
    def add(x):
        return x + k
    return add
def gen(n):
    for i in range(n):
        if i % 3:
            yield i
def pipeline(n):
    add5 = make_adder(5)
    return sum(add5(x) for x in gen(n))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter()
for _ in range(500_000):
    inc()
print(pipeline(1_500_000), inc())
