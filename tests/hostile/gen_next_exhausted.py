def g():
    yield 1
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.args)
print(next(it, 'dflt'))
next(it)
