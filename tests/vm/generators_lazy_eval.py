trace = []
def source(n):
    for i in range(n):
        trace.append(f'produce {i}')
        yield i
def double(it):
    for x in it:
        trace.append(f'double {x}')
        yield x * 2
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
result = list(take_while(lambda v: v < 5, double(source(10))))
print(result)
print(trace)
trace.clear()
g = double(source(3))
print(trace)
print(next(g), trace)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            break
        yield x
print(list(islice(fib(), 15)), sum(islice(fib(), 50)))
evens = (n for n in fib() if n % 2 == 0)
print([next(evens) for _ in range(6)])
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
print(list(islice(primes(), 20)))
squares = map(lambda x: x * x, range(10**9))
print(next(squares), next(squares), next(filter(lambda x: x > 50, squares)))
print(any(x > 5 for x in range(10**9)), all(x < 3 for x in range(10**9)))
