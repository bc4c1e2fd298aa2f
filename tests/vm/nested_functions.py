def make_multiplier_table(n):
    def row(i):
        def cell(j):
            return i * j
        return [cell(j) for j in range(1, n + 1)]
    return [row(i) for i in range(1, n + 1)]
for r in make_multiplier_table(5):
    print(' '.join(f'{x:3}' for x in r))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, int)('-42'))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data
print(pipeline(range(10), lambda xs: (x * x for x in xs), lambda xs: filter(lambda v: v % 2, xs), list))
def accumulator():
    total = 0
    def add(x=0):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator()
print([acc(x) for x in [1, 2, 3]], acc())
def once(f):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result, done = f(*a), True
        return result
    return wrapper
init = once(lambda: print('initialising') or 42)
print(init(), init(), init())
