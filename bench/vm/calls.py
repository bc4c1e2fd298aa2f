# Calls with positional, default and keyword arguments.
def f(a, b, c=3, *, d=4):
    return a + b + c + d
def g(*args, **kwargs):
    return len(args) + len(kwargs)
def run(n):
    s = 0
    for i in range(n):
        s += f(i, 1)
        s += f(i, 2, 3, d=5)
        s += g(i, i, k=i)
    return s
print(run(600_000))
